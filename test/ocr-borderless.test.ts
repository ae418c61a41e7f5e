/**
 * Borderless tables on scans (`ocr/ink-words.ts`, `ocr/borderless.ts`): the page's ink words stack
 * into column runs, a value glued to its label is cut off at its column's edge, and prose far from
 * a column is no part of it.
 */
import { cutAtEdge, labelledValues, loneValues, looseRows, rowNumbers, stackColumns } from '../src/ocr/borderless.js';
import type { Box, Grey } from '../src/ocr/image.js';
import { bodyGlyph, components, inkWords } from '../src/ocr/ink-words.js';

/** A white page with black rectangles. */
function page(w: number, h: number, blobs: readonly Box[]): Grey {
  const data = new Uint8Array(w * h).fill(255);
  for (const b of blobs) for (let y = b.y1; y < b.y2; y++) data.fill(0, y * w + b.x1, y * w + b.x2);
  return { width: w, height: h, data };
}

/** A 'glyph' 20 px high and `w` wide at (x, y). */
const glyph = (x: number, y: number, w = 18): Box => ({ x1: x, y1: y, x2: x + w, y2: y + 20 });

describe('ink words', () => {
  it('should find each connected blob once, with its bounding box', () => {
    const img = page(100, 50, [glyph(10, 10), { x1: 40, y1: 10, x2: 42, y2: 30 }, { x1: 40, y1: 28, x2: 60, y2: 30 }]);
    expect(components(img, 128).sort((a, b) => a.x1 - b.x1)).toEqual([
      { x1: 10, y1: 10, x2: 28, y2: 30 },
      { x1: 40, y1: 10, x2: 60, y2: 30 },
    ]);
  });

  it('should join glyphs of one line into words and keep words a column gap apart', () => {
    // A three-glyph label, then two values 40 px (2 glyph heights) apart.
    const img = page(300, 60, [glyph(10, 20), glyph(30, 20), glyph(50, 20), glyph(120, 20, 10), glyph(132, 20, 10), glyph(180, 20, 10)]);
    const { words, glyph: h } = inkWords(img, 128);
    expect(h).toBe(20);
    expect(words.map((b) => [b.x1, b.x2])).toEqual([
      [10, 68],
      [120, 142],
      [180, 190],
    ]);
  });

  it('should measure glyphs in Han glyph heights on a page of more digits than Han (a table\'s rows alone)', () => {
    // Rows of table 三 continued on a page of their own: per row a label of 8 Han glyphs (28 px) and 7 values of
    // 4 digits (20 px). The median glyph is a digit; measured so, no number was short enough to be read as one.
    const blobs: Box[] = [];
    for (let r = 0; r < 4; r++) {
      const y = 20 + 60 * r;
      for (let k = 0; k < 8; k++) blobs.push({ x1: 10 + 32 * k, y1: y, x2: 38 + 32 * k, y2: y + 28 });
      for (let c = 0; c < 7; c++) for (let d = 0; d < 4; d++) blobs.push({ x1: 320 + 90 * c + 13 * d, y1: y + 6, x2: 330 + 90 * c + 13 * d, y2: y + 26 });
    }
    const { words, glyph: h } = inkWords(page(1000, 270, blobs), 128);
    expect(h).toBe(28);
    // Each value one word (its digits 3 px apart), apart from the next column.
    expect(words.filter((w) => w.y1 === 26)).toHaveLength(7);
    // A page of prose with a few larger heading glyphs keeps its median glyph.
    expect(bodyGlyph([...Array(40).fill(28), ...Array(20).fill(20), ...Array(4).fill(40)])).toBe(28);
    expect(bodyGlyph([...Array(60).fill(20), ...Array(20).fill(28)])).toBe(28);
    expect(bodyGlyph([...Array(60).fill(20), ...Array(5).fill(28)])).toBe(20);
  });
});

describe('columns of a borderless table', () => {
  it('should stack short words into one column per run and split a run far from the next', () => {
    const col = [0, 1, 2].map((i) => glyph(100, 20 + 30 * i, 10));
    const far = glyph(100, 500, 10);
    const cols = stackColumns([...col, far, glyph(200, 20, 10)], 20);
    expect(cols).toHaveLength(1);
    expect(cols[0]!.map((b) => b.y1)).toEqual([20, 50, 80]);
  });

  it('should keep a column whole across a wrapped label, and part it where prose crosses it', () => {
    // Values 200 px (10 glyph heights) apart: a label wrapped over five lines beside the column.
    const col = [0, 1, 2].map((i) => glyph(300, 20 + 200 * i, 10));
    const label = [0, 1, 2, 3, 4].map((i) => ({ x1: 10, y1: 60 + 30 * i, x2: 200, y2: 80 + 30 * i }));
    expect(stackColumns(col, 20, label)).toHaveLength(1);
    // Further apart than the wrapped gap, it parts.
    expect(stackColumns(col.map((b, i) => ({ ...b, y1: b.y1 + 200 * i, y2: b.y2 + 200 * i })), 20, label)).toHaveLength(0);
    // A prose line across the column between two values parts it.
    const prose = { x1: 10, y1: 120, x2: 500, y2: 140 };
    expect(stackColumns(col, 20, [...label, prose])).toHaveLength(0);
  });

  it('should cut a value glued to its label off at the column edge, at the white gap', () => {
    // Label glyphs at 10–90 (touching), a 1 px white column at 90, the value at 91–101; the column's values start at 92.
    const blobs = [{ x1: 10, y1: 20, x2: 90, y2: 40 }, { x1: 91, y1: 22, x2: 101, y2: 38 }];
    const img = page(200, 60, blobs);
    const word = { x1: 10, y1: 20, x2: 101, y2: 40 };
    expect(cutAtEdge(img, word, 92, 20, 128)).toEqual({ x1: 91, y1: 20, x2: 101, y2: 40 });
    // A word that does not reach over the edge is not cut.
    expect(cutAtEdge(img, { ...word, x2: 90 }, 92, 20, 128)).toBeNull();
  });

  it('should take a line of digit-high words in no column as a row of values (table 四\'s one row)', () => {
    // Glyph 20: digits 16 px high; a Han header word 20 px high; two values alone on a line.
    const digits = (y: number, xs: readonly number[]): Box[] => xs.map((x) => ({ x1: x, y1: y, x2: x + 10, y2: y + 16 }));
    const row = digits(200, [50, 100, 150, 200, 250, 300]);
    const han = [100, 150, 200].map((x) => ({ x1: x, y1: 120, x2: x + 38, y2: 140 }));
    const pair = digits(300, [50, 100]);
    const rows = looseRows([...row, ...han, ...pair], 20);
    expect(rows).toEqual([row]);
    const num = (text: string) => ({ text, alternatives: [], confidence: 0.9 });
    expect(rowNumbers(row, ['0', '5', '0', '2', '7', '10'].map(num), 20).map((n) => n.read.text)).toEqual(['0', '5', '0', '2', '7', '10']);
    // Most words not read as numbers: no row (a line of labels some of which gave digits).
    expect(rowNumbers(row, [num('0'), 'other', num('1'), 'other', num('7'), 'other'], 20)).toEqual([]);
    // A word wider than its reading's digits (a Han word forced into digits) gives no number.
    const wide = [...row.slice(0, 2), { ...row[2]!, x2: row[2]!.x1 + 60 }];
    expect(rowNumbers(wide, ['0', '5', '17'].map(num), 20)).toEqual([]);
    expect(rowNumbers([...row.slice(0, 3), wide[2]!], ['0', '5', '0', '17'].map(num), 20)).toHaveLength(3);
  });

  it('should take a lone value beside a row\'s numbers read, right of its label (rows of blank zeros)', () => {
    // Glyph 20: the row total (read, in a column) at 400; a lone '1' at 250, a '、' (low) at 180, the label 40–170 and its item number '2' before it.
    const d = (x: number, y: number, w = 10, h = 16): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
    const total = d(400, 100);
    const lone = d(250, 100);
    const words = [d(20, 100), { x1: 40, y1: 98, x2: 170, y2: 118 }, d(180, 110, 6, 8), lone, total, d(250, 200)];
    const short = (w: Box): boolean => w.x2 - w.x1 <= 90 && w.y2 - w.y1 <= 24 && w.y2 - w.y1 >= 8;
    expect(loneValues(words, [total], short, 20)).toEqual([[lone]]);
    // A line without a number read gives none (the '1' at y 200 stands alone).
    expect(loneValues(words, [], short, 20)).toEqual([]);
  });
  it('should take the values ending a line right of a label, in runs too short to be columns (table 二\'s one-value rows)', () => {
    // Glyph 20: Han words 20 px high, digits 16. '行政处罚 2131' and '行政强制 12' under a header line that crosses their column:
    // a run of two values, no column (s1149001: the page pass lost '12').
    const d = (x: number, y: number, w = 10, h = 16): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });
    const han = (x: number, y: number, w = 80): Box => ({ x1: x, y1: y, x2: x + w, y2: y + 20 });
    const short = (w: Box): boolean => w.x2 - w.x1 <= 90 && w.y2 - w.y1 <= 24 && w.y2 - w.y1 >= 8;
    const v1 = d(200, 102, 40);
    const v2 = d(202, 152, 20);
    const words = [han(20, 100), v1, han(20, 150), v2, han(150, 50, 160)];
    expect(stackColumns(words.filter(short), 20, words.filter((w) => !short(w)))).toEqual([]);
    expect(labelledValues(words, [], short, 20)).toEqual([[v1], [v2]]);
    // A value read already (a column's) is not read again, nor is its line's other word.
    expect(labelledValues(words, [v1], short, 20)).toEqual([[v2]]);
    // Prose: a number glued to the words before it (less than two glyphs apart), or Han after it, or no label before it.
    const prose = [han(20, 300), d(105, 302, 20), han(20, 350), d(200, 352, 20), han(230, 350, 40), d(300, 402, 20)];
    expect(labelledValues(prose, [], short, 20)).toEqual([]);
    // Three or more values on the line are a row (looseRows), not this.
    expect(labelledValues([han(20, 500), d(200, 502), d(260, 502), d(320, 502)], [], short, 20)).toEqual([]);
  });
});
