/**
 * Two rows' labels run together before the second's values (refilled text: a row printing nothing on
 * the next row's line, '（六）其他处理 （七）总计 114 35 …'): the values are the last label's, the earlier
 * label a row that printed nothing (map/run-on-labels). A block heading before its first item stays.
 */
import { splitRunOnLabels } from '../src/map/run-on-labels.js';
import type { TableRow } from '../src/tables/build-rows.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { TEMPLATE_2021, TEMPLATE_2021_COMBINED } from '../src/template/index.js';

const num = (v: number): ValueToken => ({ kind: 'num', value: v, raw: String(v), fusable: false });
const row = (label: string, values: number[], pending = ''): TableRow => ({ label, pending, values: values.map(num), blankCells: 0, source: { line: 1 } });
const shape = (rows: readonly TableRow[]): string[] => rows.map((r) => `${r.label}|${r.values.map((v) => (v.kind === 'num' ? v.value : v.kind)).join(' ')}`);

describe('splitRunOnLabels', () => {
  it("should give the values to the last label when an earlier one names another row ('（六）其他处理 （七）总计')", () => {
    const rows = [row('（六）其他处理 （七）总计', [114, 35, 5, 6, 14, 9, 183])];
    expect(shape(splitRunOnLabels(rows, TEMPLATE_2021_COMBINED.requestRows))).toEqual(['（六）其他处理|', '（七）总计|114 35 5 6 14 9 183']);
  });
  it("should split a numbered item run into the 总计 row's label ('3.其他 （七）总计 728'), and leave labels whose whole names the last row as they are", () => {
    expect(shape(splitRunOnLabels([row('3.其他 （七）总计', [728])], TEMPLATE_2021.requestRows))).toEqual(['3.其他|', '（七）总计|728']);
    expect(shape(splitRunOnLabels([row('2.重复申请 3.要求提供公开出版物', [7, 7])], TEMPLATE_2021.requestRows))).toEqual(['2.重复申请 3.要求提供公开出版物|7 7']);
  });
  it('should not split off a row that printed marks (dashes or slashes between its label and the next)', () => {
    const rows = [row('2.其他法律行政法规禁止公开 － － － － － － － 3.危及“三安全一稳定”', [1, 0, 0, 0, 0, 0, 1])];
    expect(shape(splitRunOnLabels(rows, TEMPLATE_2021.requestRows))).toHaveLength(1);
  });
  it("should keep a block heading with its first item ('（三）不予公开 1.属于国家秘密', '（四）无法提供 1.本机关不掌握…')", () => {
    for (const label of ['（三）不予公开 1.属于国家秘密', '（四）无法提供 1.本机关不掌握相关政府信息', '三、本年度办理结果 （一）予以公开', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']) {
      const rows = [row(label, [1, 0, 0, 0, 0, 0, 1])];
      expect(shape(splitRunOnLabels(rows, TEMPLATE_2021.requestRows))).toEqual([`${label}|1 0 0 0 0 0 1`]);
    }
  });
});
