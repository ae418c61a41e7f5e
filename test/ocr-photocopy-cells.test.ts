/**
 * Value cells of a 100 dpi photocopy scan (gen61 dev 1008000 r04, Chromium print, `make-scans.mjs
 * --look photocopy`): table 四's one row of values '6 6 2 4 18 0 6 0 3 9 0 2 4 4 10' lost its '2'
 * and '4' to toner specks (`cell-clean.ts` `clearSpecks`, `speckLevel`, `isGlyphBar`), and the page
 * pass's Han read there ('二坟达') cut the row in two (`page.ts` `isValueBetweenNumbers`).
 */
import { prepareRows } from '../src/ocr/cell-ink.js';
import { clearSpecks, speckLevel } from '../src/ocr/cell-clean.js';
import { INK } from '../src/ocr/image.js';
import { isValueBetweenNumbers } from '../src/ocr/page.js';
import type { CellRead } from '../src/ocr/reads.js';

describe('toner specks in a photocopy cell', () => {
  const [w, h] = [60, 40];
  const paint = (data: Uint8Array, x1: number, y1: number, x2: number, y2: number, v: number): void => {
    for (let y = y1; y <= y2; y++) for (let x = x1; x <= x2; x++) data[y * w + x] = v;
  };
  // A grey '2' as a 100 dpi scan gives it at the ink level: its right stroke, its base apart (the
  // diagonal lighter than the ink), one black pixel in it; a speck whose core (145) lies between the
  // faint level of that black (139) and the ink level (150), on the digit's line far to its left.
  const data = new Uint8Array(w * h).fill(232);
  paint(data, 40, 5, 44, 20, 60);
  data[10 * w + 42] = 0;
  paint(data, 32, 24, 46, 27, 100);
  paint(data, 8, 12, 9, 13, 145);
  const img = { width: w, height: h, data };

  it('should find the components at the ink level at least, short of grey paper', () => {
    expect(speckLevel(0, 232)).toBe(INK);
    expect(speckLevel(60, 230)).toBeCloseTo(162);
    expect(speckLevel(0, 170)).toBeCloseTo(136);
  });

  it('should clear a speck whose core is lighter than the faint level but counts as ink, and keep the base of the digit', () => {
    const out = clearSpecks(img);
    expect(out.data[12 * w + 8]).toBe(255);
    expect(out.data[25 * w + 34]).toBe(100);
    expect(out.data[10 * w + 41]).toBe(60);
  });

  it("should not keep a ruling's remnant across the cell under the digit as a bar of it", () => {
    const ruled = new Uint8Array(data);
    paint(ruled, 2, 22, 57, 22, 100);
    expect(clearSpecks({ width: w, height: h, data: ruled }).data[22 * w + 10]).toBe(255);
  });

  it('should give the cell the ink box of the digit alone', () => {
    const [row] = prepareRows(img, [[{ x1: 0, y1: 0, x2: w, y2: h }]], 178);
    const cell = row![0]!;
    expect(typeof cell).toBe('object');
    if (typeof cell !== 'object') return;
    expect(cell.inkW).toBeLessThanOrEqual(16);
    expect(cell.inkH).toBeGreaterThanOrEqual(22);
    expect(cell.glyphs).toBe(1);
  });
});

describe('a value cell that read as no number between numbers of its row', () => {
  const num = (text: string): CellRead => ({ text, alternatives: [], confidence: 0.9 });
  const at = (row: number, col: number, colSpan = 1): { row: number; col: number; colSpan: number } => ({ row, col, colSpan });
  // Table 四 of the 2021 template: two header rows of text, one row of 15 values, its '2' and '4' (cols 11, 12) not read.
  const values = ['6', '6', '2', '4', '18', '0', '6', '0', '3', '9', '0', '', '', '4', '10'];
  const reads = [
    { c: at(0, 0, 5), read: 'other' as CellRead },
    ...values.map((v, col) => ({ c: at(1, col), read: 'other' as CellRead })),
    ...values.map((v, col) => ({ c: at(2, col), read: v === '' ? ('other' as CellRead) : num(v) })),
  ];

  it('should take it for a value the scan does not give', () => {
    expect(isValueBetweenNumbers(reads, at(2, 11))).toBe(true);
    expect(isValueBetweenNumbers(reads, at(2, 12))).toBe(true);
  });

  it('should not take a label left of the values, text right of them, or a header cell for one', () => {
    const labelled = [{ c: at(0, 0), read: 'other' as CellRead }, { c: at(0, 1), read: num('5') }, { c: at(0, 2), read: num('8') }, { c: at(0, 3), read: 'other' as CellRead }];
    expect(isValueBetweenNumbers(labelled, at(0, 0))).toBe(false);
    expect(isValueBetweenNumbers(labelled, at(0, 3))).toBe(false);
    expect(isValueBetweenNumbers(reads, at(1, 5))).toBe(false);
    expect(isValueBetweenNumbers(reads, at(2, 11, 2))).toBe(false);
  });
});
