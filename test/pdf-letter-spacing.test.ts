/**
 * Letter-spaced tables (CSS `letter-spacing`, Word 字符间距) read without ruling: the gaps inside a
 * number widened past the fixed "two cells" threshold made every digit a cell ('1916' → 1 9 1 6).
 * The line's spacing is measured on its ideographs and the page's digit gaps (src/pdf/letter-spacing.ts).
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { measuredSpacing } from '../src/pdf/letter-spacing.js';

const SIZE = 12;
/** A run at `x` on the line at `top`; ideographs 1 em plus `spacing` pt each, digits `digit` pt. */
function run(str: string, x: number, top: number, spacing = 0, digit = 5.2): PdfItem {
  const chars = [...str.replace(/\s/g, '')];
  const width = chars.reduce((w, c) => w + (/\d/.test(c) ? digit : SIZE), 0) + (chars.length - 1) * spacing;
  return { str, x, top, width, height: SIZE, size: SIZE };
}
/** A number drawn glyph by glyph, `pitch` pt apart (Chromium with letter-spacing: one item per digit). */
const digits = (n: string, x: number, top: number, pitch: number): PdfItem[] => [...n].map((d, i) => run(d, x + i * pitch, top));
const cells = (items: PdfItem[]): string[][] => itemsToLines(items).map((l) => l.cells);

describe('letter-spaced numbers in borderless tables', () => {
  // letter-spacing 5px at 12 pt: 3.75 pt between glyphs; digits 10.5 pt apart (gap 5.3 pt = 0.44 em).
  const L = 3.75;
  it('should read a number set glyph by glyph with wide letter spacing as one number', () => {
    const items = [run('规 章', 77.7, 409, L), ...digits('19', 253.1, 409, 10.5), ...digits('16', 414.1, 409, 10.5), run('7', 521.9, 409)];
    expect(cells(items)).toEqual([['规章', '19', '16', '7']]);
  });

  it('should keep numbers of narrow neighbouring cells apart on a spaced line', () => {
    // Table 三: '53' '20' '6' with cells 12.8 pt apart (1.07 em), digits 5.3 pt.
    const items = [run('一 、 本 年 新 收', 38, 463, L), ...digits('53', 381.9, 463, 10.5), ...digits('20', 410.4, 463, 10.5), run('6', 439.2, 463)];
    expect(cells(items)).toEqual([['一、本年新收', '53', '20', '6']]);
  });

  it('should keep apart cells closer than the labels\' spacing but wider than the gaps inside numbers', () => {
    // Labels spaced 6 pt (0.5 em: justified wrapped label); digits 4.8 pt apart; '14' and '147' 8 pt apart (0.67 em).
    const items = [run('、 本 年 新 收', 57, 519, 6), ...digits('14', 405.8, 519, 10), ...digits('147', 428.8, 519, 10)];
    expect(cells(items)).toEqual([['、本年新收', '14', '147']]);
  });

  it('should join a row of bare numbers by the spacing of the header line above it', () => {
    // The unspaced heading below is as near: the row belongs to its table, spaced.
    const items = [run('维 持 纠 正', 40, 500, L), run('1', 48.3, 520), ...digits('10', 554.6, 520, 10.5), run('五、存在的主要问题', 34, 540)];
    expect(cells(items)).toEqual([['维持纠正'], ['1', '10'], ['五、存在的主要问题']]);
  });

  it('should join a row of bare numbers by a spaced header above lines of one character per cell', () => {
    // Table 四 borderless: its column headers wrapped one character per line ('结' / '果' / '维' / '持'),
    // five lines between the spaced group header and the row: none of them has a spacing to measure.
    const header = [run('行 政 复 议', 40, 400, L), ...[0, 1, 2, 3, 4].map((k) => [run('结', 40, 420 + 18 * k), run('果', 100, 420 + 18 * k)]).flat()];
    const items = [...header, run('1', 48.3, 520), ...digits('10', 554.6, 520, 10.5), run('五、存在的主要问题', 34, 560)];
    expect(cells(items).at(-2)).toEqual(['1', '10']);
  });

  it('should not join cells whose digits are drawn together though the labels are widely spaced (justified)', () => {
    // '88' is one item: the digits are not letter spaced; the 7.3 pt (0.61 em) gap is two cells.
    const items = [run('信 息 内 容', 46, 469, 6), run('88', 328.2, 469, 0, 5.6), run('24', 349.8, 469, 0, 5.6), run('7', 368.3, 469), run('3', 380.5, 469)];
    expect(cells(items)).toEqual([['信息内容', '88', '24', '7', '3']]);
  });

  it('should not take a label distributed over its cell (分散对齐) for letter spacing', () => {
    expect(measuredSpacing([run('信 息 内 容', 46, 100, 30)])).toBe(0);
    expect(measuredSpacing([run('信 息 内 容', 46, 100, L)])).toBeCloseTo(L / SIZE);
    expect(measuredSpacing([run('规章', 46, 100)])).toBe(0);
    expect(measuredSpacing([run('12', 46, 100)])).toBeNull();
    const items = [run('信 息 内 容', 46, 469, 30), ...digits('7', 300, 469, 10.5), run('3', 311, 469)];
    expect(cells(items)).toEqual([['信息内容', '7', '3']]);
  });
});

describe('numbers set with character spacing (PDF Tc) inside their own text objects', () => {
  // reportlab `Tc 4` at 12 pt: digits 5.2 pt wide, 4 pt (0.33 em) apart; unspaced labels. Each cell's
  // number is one text object (its first digit `objectEdge`); cells ≥ 30 pt apart.
  const tc = (n: string, x: number, top: number): PdfItem[] => digits(n, x, top, 9.2).map((it, i) => (i === 0 ? { ...it, objectEdge: true } : it));
  const table = (mark: (n: string, x: number, top: number) => PdfItem[]): PdfItem[] =>
    [100, 120, 140, 160].flatMap((top, r) => [run('规章', 40, top), ...mark(String(2080 + r), 200, top), ...mark('177', 260, top), ...mark(String(44 + r), 320, top)]);

  it('should read a number whose digits continue one text object as one number', () => {
    expect(cells(table(tc))).toEqual([0, 1, 2, 3].map((r) => ['规章', String(2080 + r), '177', String(44 + r)]));
  });

  it('should not join the digits where the page does not start an object at each cell', () => {
    // The same positions without object marks (a row written in one object, or objects unknown): each digit a cell, as before.
    expect(cells(table((n, x, top) => digits(n, x, top, 9.2)))[0]).toEqual(['规章', '2', '0', '8', '0', '1', '7', '7', '4', '4']);
  });

  it('should keep apart the numbers of two cells drawn in one text object more than 1 em apart', () => {
    // Narrow cells, one object per pair: '12' then '3' 14 pt (1.2 em) away, no object starting at '3'.
    const rows = [...table(tc), run('规章', 40, 180), ...tc('12', 200, 180), run('3', 228.8, 180)];
    expect(cells(rows).at(-1)).toEqual(['规章', '12', '3']);
  });
});
