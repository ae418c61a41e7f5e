/**
 * Table 二 on a scan (fresh49 scan-k1-1007, pandoc print at 150 dpi): the page pass read the labels of two rows printed
 * a few points apart as one line, '行政规范性文件行政许可 第二十条第(五)项 5' — 规范性文件's 现行有效件数 5 placed as 行政许可's
 * at 0.85 (table 二 has no identity: the label alone placed it). With `glued`, map/join-fragments namedRowsInLabel counts a
 * piece that is two rows' labels without a space as naming both (map/table-rows: namesSeveral, score SEVERAL_NAMED_CAP).
 */
import { describe, expect, it } from '@jest/globals';
import { TEMPLATE_2021 } from '../src/index.js';
import { gluedRows, namedRowsInLabel } from '../src/map/join-fragments.js';

const specs = TEMPLATE_2021.activeRows;
const keys = (ix: Iterable<number>): string[] => [...ix].map((i) => specs[i]!.key).sort();

describe('gluedRows / namedRowsInLabel glued (ocr50)', () => {
  it('reads two row labels glued on one line as naming both rows', () => {
    expect(keys(gluedRows('行政规范性文件行政许可', specs))).toEqual(['licensing', 'normativeDocuments']);
    expect(keys(namedRowsInLabel('行政规范性文件行政许可 第二十条第(五)项', specs, true))).toEqual(['licensing', 'normativeDocuments']);
  });

  it('leaves one row label, or a label with header words glued on, to name what it named', () => {
    expect(gluedRows('行政规范性文件', specs)).toEqual([]);
    expect(gluedRows('行政强制信息内容', specs)).toEqual([]);
    expect(gluedRows('行政事业性收费', specs)).toEqual([]);
    expect(keys(namedRowsInLabel('行政强制信息内容 第二十条第(六)项', specs, true)).length).toBeLessThan(2);
  });

  it('is off unless asked (text paths keep their reading)', () => {
    expect(namedRowsInLabel('行政规范性文件行政许可', specs).size).toBe(0);
  });
});
