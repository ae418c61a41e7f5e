/**
 * pdf/band-columns columnOfRun: the first value column of a borderless table's part reaches left to
 * the rows' labels. Positions from Chromium's 70 % print of table 三's second part (breakit47 k28, pt
 * rounded): 法律服务机构 wrapped '法律服务机' / '构', centred over right-aligned numbers, beside the
 * narrow 其他 and 总计 columns.
 */
import { columnOfRun, type BandColumns, type Run } from '../src/pdf/band-columns.js';

const run = (str: string, x: number, end: number, top: number): Run => ({ str, x, end, top, bottom: top + 7.7, size: 7.7 });
const COLS: BandColumns = { centres: [486.5, 505.4, 522.8], ink: [{ x: 482.3, end: 490.7 }, { x: 501.2, end: 509.7 }, { x: 516.4, end: 529.1 }], labelEnd: 443.6 };

describe('columnOfRun: a wide first column beside narrow ones', () => {
  it('should read a run wider than the first column\'s pitch as that column\'s, not a group header', () => {
    expect(columnOfRun(run('法律服务机', 450.1, 488.5, 92.7), COLS)).toBe(0);
  });
  it('should read its wrapped piece right of the labels as the first column\'s, not label text', () => {
    expect(columnOfRun(run('构', 465.4, 473.1, 105.3), COLS)).toBe(0);
  });
  it('should still read text left of the labels\' edge as the label column\'s, and a run over two columns as a group header', () => {
    expect(columnOfRun(run('申请人情况（续）', 233, 286, 99), COLS)).toBe(-1);
    expect(columnOfRun(run('申请人情况', 470, 530, 80), COLS)).toBe(-2);
    const noLabels: BandColumns = { centres: COLS.centres, ink: COLS.ink };
    expect(columnOfRun(run('法律服务机', 450.1, 488.5, 92.7), noLabels)).toBe(-2);
  });
});
