/**
 * A .docx dumped with a tab after every cell and a line break after every paragraph (breakit59
 * pandoc-docx-docx2txt): each run of value cells is one tab row after its label cells, a blank cell's
 * no-break space an empty field, a 序号 column dropped (layout/tab-ended-cells.ts).
 */
import { joinTabEndedCells } from '../src/layout/tab-ended-cells.js';

const N = '\t\u00a0';
/** Table 三's cells, `rowNo` a 序号 cell before each row's label; `rows` rows of the body repeated (the shape needs 60 cell lines). */
function dump(rowNo: boolean): string[] {
  const no = (k: number): string[] => (rowNo ? [`\t${k}`] : []);
  return [
    ['三、收到和处理政府信息公开申请情况', '申请情况', '\t自然人', '\t法人或其他组织', '\t总计'],
    no(1), ['\t一、本年新收政府信息公开申请数量', '\t12', '\t3', N, N, N, '\t1', '\t16'],
    no(2), ['\t二、上年结转政府信息公开申请数量', N, N, N, N, N, N, N],
    no(3), ['\t三、本年度办理结果', '\t（一）予以公开', '\t5', N, '\t2', N, N, N, '\t7'],
    ...Array.from({ length: 8 }, (_, i) => [no(i + 4), ['\t', `\t（${i + 4}）其他`, '\t1', N, N, N, N, N, '\t1']].flat()),
    ['\t四、政府信息公开行政复议、行政诉讼情况'],
  ].flat();
}

describe('tab-ended cells (docx2txt-like dump of a .docx)', () => {
  it('should write each run of value cells as a tab row, blank cells empty fields, a group label with its item', () => {
    const out = joinTabEndedCells(dump(false));
    expect(out).toContain('一、本年新收政府信息公开申请数量\t12\t3\t\t\t\t1\t16');
    expect(out).toContain('二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t');
    expect(out).toContain('三、本年度办理结果\t（一）予以公开\t5\t\t2\t\t\t\t7');
    expect(out).toContain('（4）其他\t1\t\t\t\t\t\t1');
    expect(out).toContain('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('should drop a 序号 column (the runs counting 1, 2, 3 … on before each label)', () => {
    expect(joinTabEndedCells(dump(true))).toEqual(joinTabEndedCells(dump(false)));
  });

  it('should leave a text without blank cells (no no-break space) as it is', () => {
    const lines = dump(false).map((l) => (l === N ? '\t0' : l));
    expect(joinTabEndedCells(lines)).toBe(lines);
  });
});
