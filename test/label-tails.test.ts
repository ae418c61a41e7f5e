/**
 * Top-aligned labels wrapped one character a line (pandoc .odt printed by LibreOffice, breakit53
 * lo-odt r10): the item number alone sits on its row's line ('4. | — — …') and the label's other
 * characters run down below it, farther than the wrap distance. mergeWrappedLabels must give them
 * all to the row above (the next row starts an item of its own in that column), and must not take
 * the item number alone for the row's first value.
 */
import { mergeWrappedLabels, type PositionedLine } from '../src/pdf/pdf-lines.js';

/** A line at `top` (12 pt high) with cells [text, x]. */
const at = (top: number, ...cells: [string, number][]): PositionedLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[1] + 12), top, bottom: top + 12 });
const nums = (values: string[]): [string, number][] => values.map((v, j) => [v, 379 + 23 * j]);
const column = (top: number, text: string): PositionedLine[] => [...text].map((ch, k) => at(top + 14 * (k + 1), [ch, 355]));

describe('mergeWrappedLabels: a top-aligned label wrapped one character a line', () => {
  it('should give every character below a row to it, up to the next row\'s item number', () => {
    const r2 = at(71, ['2.', 355], ...nums(['—', '—', '2', '2']));
    const r3 = at(253, ['3.', 355], ...nums(['—', '7', '—', '7']));
    const r4 = at(407, ['4.', 355], ...nums(['—', '—', '—', '—']));
    const lines = [r2, ...column(71, '其他法律行政法规禁止公开'), r3, ...column(253, '危及“三安全一稳定”'), r4];
    const out = mergeWrappedLabels(lines);
    expect(out.map((l) => l.cells.join('|'))).toEqual(['2.其他法律行政法规禁止公开|—|—|2|2', '3.危及“三安全一稳定”|—|7|—|7', '4.|—|—|—|—']);
  });

  it('should leave the characters alone when no item starts below them in that column', () => {
    const r5 = at(100, ['5.', 355], ...nums(['28', '—', '29']));
    const lines = [r5, ...column(100, '属于三类内部事务信息'), at(300, ['四、政府信息公开行政复议', 100])];
    const out = mergeWrappedLabels(lines);
    // The near characters join by distance; the far ones, with no next item to bound the label, stay lines of their own.
    expect(out[0]!.cells[0]).toBe('5.属于');
    expect(out.some((l) => l.cells[0] === '息')).toBe(true);
  });

  it('should not claim characters past a blank row starting its own item', () => {
    const r1 = at(100, ['1.', 355], ...nums(['3', '3']));
    const blank = at(100 + 14 * 7, ['2.', 355]);
    const r3 = at(100 + 14 * 12, ['3.', 355], ...nums(['1', '1']));
    const lines = [r1, ...column(100, '属于国家秘密'), blank, ...column(blank.top, '其他法律'), r3];
    const out = mergeWrappedLabels(lines);
    expect(out[0]!.cells[0]).toBe('1.属于国家秘密');
    expect(out.some((l) => l.cells[0]!.startsWith('1.') && l.cells[0]!.includes('其'))).toBe(false);
  });
});
