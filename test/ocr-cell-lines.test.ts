/**
 * A table 三 printed with '—' zeros in most cells and '件' wrapped under some numbers (breakit55
 * scan100-dash, 100 dpi grey): the dashes are read as marks by their shape, the unit line under a
 * number is cut off, and neither sets the table's glyph height (`ocr/cell-lines.ts`, `ocr/cell-ink.ts`).
 */
import { prepareRows, type Prepared } from '../src/ocr/cell-ink.js';
import { isDash, wrappedUnitCut } from '../src/ocr/cell-lines.js';
import { endsInUnit } from '../src/ocr/unit-suffix.js';
import { readPrepared } from '../src/ocr/digits.js';
import type { Box, Grey } from '../src/ocr/image.js';

type Rect = [number, number, number, number];

/** A page `w` × `h` of paper 250 with black rectangles [x1, y1, x2, y2). */
function draw(w: number, h: number, rects: readonly Rect[]): Grey {
  const data = new Uint8Array(w * h).fill(250);
  for (const [x1, y1, x2, y2] of rects) for (let y = y1; y < y2; y++) data.fill(30, y * w + x1, y * w + x2);
  return { width: w, height: h, data };
}

/** A '7'-like glyph 14 × 30 px at (x, y): not a flat bar, not a box ('□' is no digit). */
const digit = (x: number, y: number): Rect[] => [
  [x, y, x + 14, y + 4],
  [x + 10, y, x + 14, y + 30],
];
/** An ideograph-like glyph 34 × 36 px at (x, y): a filled block with a slit. */
const ideograph = (x: number, y: number): Rect[] => [
  [x, y, x + 15, y + 36],
  [x + 18, y, x + 34, y + 36],
];
/** An em dash bar 45 × 5 px centred at mid-height of a 30 px line starting at y. */
const dash = (x: number, y: number): Rect[] => [[x, y + 13, x + 45, y + 18]];

const CELL_W = 100;
const cells = (row: number, n: number): Box[] => Array.from({ length: n }, (_, i) => ({ x1: i * CELL_W + 2, x2: (i + 1) * CELL_W - 2, y1: row * 100 + 2, y2: (row + 1) * 100 - 2 }));

describe('dash marks and wrapped units in a cell', () => {
  it('should read a flat bar at mid-height as a dash, not the base of a faint digit or a bar with other ink', () => {
    const bar = { inkW: 45, inkH: 5, glyphs: 1, top: 43, bottom: 48, stray: 0 };
    const band = { top: 30, bottom: 60 };
    expect(isDash(bar, 30, band)).toBe(true);
    // The base of a faint '2' (its darkest stroke): at the line's foot.
    expect(isDash({ ...bar, top: 55, bottom: 60 }, 30, band)).toBe(false);
    // The rest of the digit, fainter, elsewhere in the cell.
    expect(isDash({ ...bar, stray: 200 }, 30, band)).toBe(false);
    // Two glyphs, or ink as high as a digit.
    expect(isDash({ ...bar, glyphs: 2 }, 30, band)).toBe(false);
    expect(isDash({ ...bar, inkH: 20 }, 30, band)).toBe(false);
    // A row of dashes has no line of digits: the cell's middle (a ruling's residue lies at its edge).
    expect(isDash(bar, 30, { top: 10, bottom: 90 })).toBe(true);
    expect(isDash({ ...bar, top: 85, bottom: 90 }, 30, { top: 10, bottom: 90 })).toBe(false);
  });

  it('should cut a unit wrapped under a number, and not a header wrapped over two lines or a number over two lines', () => {
    // '3' over '件': a narrow glyph, then a taller wide one.
    const unit = draw(60, 90, [...digit(20, 4), ...ideograph(10, 44)]);
    expect(wrappedUnitCut(unit, 30)).toBe(34);
    // '总' over '计': ideographs on both lines.
    expect(wrappedUnitCut(draw(60, 90, [...ideograph(10, 4), ...ideograph(10, 46)]), 30)).toBeNull();
    // '12' over '34' (a number wrapped in a narrow column): lines of one height.
    expect(wrappedUnitCut(draw(60, 90, [...digit(10, 4), ...digit(30, 4), ...digit(10, 44), ...digit(30, 44)]), 30)).toBeNull();
  });

  it('should take the glyph height from the digits of a table whose cells are mostly dashes and two-line cells', async () => {
    // One row: '3', '—', '—', '—', '5' over '件', '—', '8'.
    const page = draw(7 * CELL_W, 100, [
      ...digit(40, 35),
      ...dash(130, 35),
      ...dash(230, 35),
      ...dash(330, 35),
      ...digit(440, 10),
      ...ideograph(430, 48),
      ...dash(530, 35),
      ...digit(640, 35),
    ]);
    const [row] = prepareRows(page, [cells(0, 7)]);
    const got = row!.map((p) => (typeof p === 'object' ? (p.dash ? 'dash' : (p as Prepared).inkH) : p));
    // Digits keep their own height (30 px ± the growth over faint strokes), not cut again as short.
    expect(got).toEqual([expect.any(Number), 'dash', 'dash', 'dash', expect.any(Number), 'dash', expect.any(Number)]);
    for (const i of [0, 4, 6]) expect(got[i]).toBeLessThanOrEqual(34);
    // The dashes come out as marks without a recognition.
    // (the digit cells left out: they would need the recogniser).
    const reads = await readPrepared([row!.map((p) => (typeof p === 'object' && !p.dash ? 'blank' : p))], [cells(0, 7)], []);
    expect(reads[0]!.filter((r) => typeof r === 'object' && r.text === '—')).toHaveLength(4);
  });
});

describe('a unit after a number', () => {
  it('should tell a cell ending in a taller glyph (a unit, or a digit touching one) from digits alone', () => {
    const cell = (img: Grey): Prepared => ({ tight: img, inkW: img.width, inkH: img.height, glyphs: 2, top: 0, bottom: img.height });
    // '3' then '件' (taller): a unit.
    expect(endsInUnit(cell(draw(70, 44, [...digit(4, 8), ...ideograph(26, 4)])))).toBe(true);
    // '33': digits of one height; '-4': a minus before a digit.
    expect(endsInUnit(cell(draw(50, 38, [...digit(4, 4), ...digit(26, 4)])))).toBe(false);
    expect(endsInUnit(cell(draw(50, 38, [[4, 17, 16, 21], ...digit(26, 4)])))).toBe(false);
  });
});
