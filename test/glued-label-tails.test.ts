/**
 * @file A wrapped label's last line pypdf glued onto its row's first value (layout/glued-label-tails): written onto the
 * label's line above, the values alone on their line, as PDFBox writes them. gen61 1052000 (dev) pypdf r05/r16/r20/r23:
 * table 三 ambiguous (r20 84 → 200 of 200 fields right).
 */
import { splitGluedLabelTails } from '../src/layout/glued-label-tails.js';

describe('splitGluedLabelTails', () => {
  it("should write the glued tail onto the label's line above and leave the values alone on their line", () => {
    const lines = ['（三）不予', '公开1.属于国', '家秘密0件 8件 0件 0件 3件 0件 11件', '2.其他法', '律⾏政法', '开0 0 0 / 0 0 0'];
    expect(splitGluedLabelTails(lines)).toEqual(['（三）不予', '公开1.属于国家秘密', '0件 8件 0件 0件 3件 0件 11件', '2.其他法', '律⾏政法开', '0 0 0 / 0 0 0']);
  });

  it('should leave a label on one line, a row after a row of values, short rows, prose and spaced or tabbed lines as printed', () => {
    const kept = [
      '（⼀）予以公开 0件 9件 0件 0件 0件 0件 9件', '2.重复申请0件 0件 0件 0件 1件 0件 1件', '规章', '行政许可1,161 2 3',
      '全年共新收政府信息公开申请154件，上年结转4件', '第二页', '秘密   0 8 0 0 3 0 11', '秘密\t0\t8\t0\t0\t3\t0\t11', '本年', '第3 4 5 6 7 8',
    ];
    expect(splitGluedLabelTails(kept)).toEqual(kept);
  });
});
