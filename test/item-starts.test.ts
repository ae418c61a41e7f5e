/**
 * Blank rows of borderless PDF tables (breakit47 chrome/k04): a row printed with every cell empty is
 * a label line alone, as close to its neighbour row as a wrapped label fragment. mergeWrappedLabels
 * must not give it to that row (its label joined the row above, whose numbers were then read for
 * both): a line starting another item ('2.', '（三）') begins a row of its own.
 */
import { mergeWrappedLabels, type PositionedLine } from '../src/pdf/pdf-lines.js';

/** A line at `top` (11 pt high) with cells [text, x, end]. */
const at = (top: number, ...cells: [string, number, number][]): PositionedLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[2]), top, bottom: top + 11 });
const nums = (values: string[]): [string, number, number][] => values.map((v, j) => [v, 345 + 34 * j, 351 + 34 * j]);

describe('mergeWrappedLabels: a label line starting another item is a row of its own', () => {
  it('should not absorb a blank row\'s label into the row above', () => {
    const full = at(100, ['1.本机关不掌握相关政府信息', 193, 320], ...nums(['22', '3', '3', '28']));
    const blank = at(115, ['2.没有现成信息需要另行制作', 193, 320]);
    const next = at(145, ['3.补正后申请内容仍不明确', 193, 320], ...nums(['1', '1']));
    const out = mergeWrappedLabels([full, blank, next]);
    expect(out.map((l) => l.cells[0])).toEqual(['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']);
  });

  it('should still join wrapped fragments without an item number, above and below', () => {
    const first = at(100, ['1.本机关不掌握相关政府信息', 193, 320], ...nums(['22', '3', '3', '28']));
    const above = at(130, ['2.没有现成信息需', 193, 300]);
    const row = at(143, ...nums(['20', '1', '0', '21']));
    const below = at(156, ['要另行制作', 193, 260]);
    const out = mergeWrappedLabels([first, above, row, below]);
    expect(out).toHaveLength(2);
    expect(out[1]!.cells[0]).toBe('2.没有现成信息需要另行制作');
  });

  it('should join wrapped fragments to a row whose every cell prints 件 (a count with its unit is a value cell; apb-variants)', () => {
    const above = at(130, ['（二）部分公开（区分处理', 193, 300]);
    const row = at(143, ...nums(['26件', '0件', '0 件', '27件']));
    const below = at(156, ['情形）', 193, 230]);
    const out = mergeWrappedLabels([above, row, below]);
    expect(out).toHaveLength(1);
    expect(out[0]!.cells).toEqual(['（二）部分公开（区分处理情形）', '26件', '0件', '0 件', '27件']);
  });

  it('should leave a blank row above a row whose own label starts an item', () => {
    const blank = at(100, ['1.属于国家秘密', 193, 280]);
    const row = at(114, ['2.其他法律行政法规禁止公开', 193, 320], ...nums(['1', '1']));
    const out = mergeWrappedLabels([at(70, ['（二）部分公开', 193, 280], ...nums(['5', '5'])), blank, row]);
    expect(out.map((l) => l.cells[0])).toEqual(['（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开']);
  });
});

describe('mergeWrappedLabels: a blank row over the next row\'s own item is no wrapped fragment (LibreOffice, breakit50 lo-hrules/c34)', () => {
  it('should keep \'3.其他\' a row of its own above \'（七）总计\', whose label reaches into its column', () => {
    const prev = at(353, ['费用、行政机关不再处理其政府信息', 157, 317], ...nums(['1', '1']));
    const blank = at(384.6, ['3.其他', 157, 186]);
    const total = at(402, ['（七）总计', 115, 165], ...nums(['44', '6', '1', '51']));
    const out = mergeWrappedLabels([prev, blank, total]);
    expect(out.map((l) => l.cells[0])).toEqual(['费用、行政机关不再处理其政府信息', '3.其他', '（七）总计']);
    expect(out[2]!.cells).toEqual(['（七）总计', '44', '6', '1', '51']);
  });
});
