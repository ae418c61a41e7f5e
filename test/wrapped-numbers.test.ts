/**
 * Numbers wrapped inside narrow cells of a borderless PDF table (pandoc .rtf → LibreOffice: table 三's
 * '14,051' printed '14,05' over '1'): joined into their row where the join is certain, the row marked
 * `piecesBeside` otherwise (pdf/wrapped-numbers). Read as printed, the tails' line was the row and its
 * tail digits satisfied the identities at 0.98 (breakit56 lo-prtf/r15).
 */
import { joinWrappedNumbers } from '../src/pdf/wrapped-numbers.js';
import type { PositionedLine } from '../src/pdf/pdf-lines.js';

/** pt. Left edges of the label column and of seven 34 pt value columns, as LibreOffice printed them. */
const LABEL_X = 60;
const COL_X = [110, 144, 178, 212, 246, 280, 314];
const WIDTH = 6; // pt per character of a 10.5 pt digit

/** A free line: its label at LABEL_X, then its cells at the given columns (left-aligned). */
function line(top: number, label: string, cells: Record<number, string>): PositionedLine {
  const at = Object.entries(cells).map(([c, t]) => [COL_X[Number(c)]!, t] as const);
  const all = [...(label ? [[LABEL_X, label] as const] : []), ...at];
  return { cells: all.map(([, t]) => t), xs: all.map(([x]) => x), ends: all.map(([x, t]) => x + t.length * WIDTH), top, bottom: top + 12 };
}

/** A row of grouped numbers whose cells fit four characters: the head on the row line, the tail under it. */
function wrapped(values: readonly number[], top: number, label: string, tailLabel: string): PositionedLine[] {
  const texts = values.map((v) => v.toLocaleString('en-US'));
  const head = Object.fromEntries(texts.map((t, i) => [i, t.slice(0, 4)]));
  const tail = Object.fromEntries(texts.flatMap((t, i) => (t.length > 4 ? [[i, t.slice(4)]] : [])));
  return [line(top, label, head), line(top + 13, tailLabel, tail)];
}

describe('joinWrappedNumbers', () => {
  it('should join each cut head with the tail under it and fold the tails label into the row', () => {
    const values = [14051, 2295, 549, 559, 1203, 1338, 19995];
    const out = joinWrappedNumbers(wrapped(values, 500, '一、', '本年新收'));
    expect(out).toHaveLength(1);
    expect(out[0]!.cells).toEqual(['一、本年新收', '14,051', '2,295', '549', '559', '1,203', '1,338', '19,995']);
    expect(out[0]!.joined).toEqual([1, 2, 5, 6, 7]);
    expect(out[0]!.piecesBeside).toBeUndefined();
  });

  it('should join heads with no label on the row line, the tails label becoming the label cell', () => {
    const out = joinWrappedNumbers(wrapped([3, 12345, 0, 0, 0, 0, 12348], 500, '', '（一）予以公开'));
    expect(out).toHaveLength(1);
    expect(out[0]!.cells).toEqual(['（一）予以公开', '3', '12,345', '0', '0', '0', '0', '12,348']);
    expect(out[0]!.joined).toEqual([2, 7]);
  });

  it('should mark the row and the number line under it when a tail stands under no cut cell', () => {
    const [head, tail] = wrapped([14051, 2295, 549, 559, 1203, 1338, 19995], 500, '一、', '本年');
    // A stray digit under an uncut cell: the pieces are not the row's for certain.
    const odd = { ...tail!, cells: [...tail!.cells, '7'], xs: [...tail!.xs, COL_X[2]!], ends: [...tail!.ends!, COL_X[2]! + WIDTH] };
    const out = joinWrappedNumbers([head!, odd]);
    expect(out.map((l) => l.piecesBeside)).toEqual([true, true]);
    expect(out[0]!.joined).toBeUndefined();
  });

  it('should mark a row with a cut number and nothing right under it', () => {
    const [head] = wrapped([14051, 2295, 549, 559, 1203, 1338, 19995], 500, '一、', '');
    const far = line(560, '二、上年结转', { 0: '3', 1: '1', 2: '0', 3: '0', 4: '0', 5: '0', 6: '4' });
    const out = joinWrappedNumbers([head!, far]);
    expect(out.map((l) => l.piecesBeside)).toEqual([true, undefined]);
  });

  it('should leave rows of whole numbers as they are', () => {
    const rows = [line(500, '一、', { 0: '14,051', 1: '2,295', 6: '19,995' }), line(513, '本年新收', { 0: '1', 1: '5', 6: '5' })];
    expect(joinWrappedNumbers(rows)).toEqual(rows);
  });
});
