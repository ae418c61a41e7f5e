/**
 * Boxes printed for characters a font lacks ('□', tofu) in OCR'd cells: the digit reader reads a
 * box as '0', and the cell came out 0 at 0.85. A cell whose glyphs are all boxes is no number
 * (`ocr/box-glyph.ts`: a closed rectangle contour — ink in the four corners, along the four sides,
 * hollow); the closed digits (0, 8) leave their corners white, the ones that ink a corner (2, 4, 7)
 * are open along a side.
 */
import { isBox, onlyBoxes } from '../src/ocr/box-glyph.js';
import { prepareRows } from '../src/ocr/cell-ink.js';
import { smooth, stretch, type Grey } from '../src/ocr/image.js';
import { runs } from '../src/ocr/unit-suffix.js';

type Ink = (x: number, y: number) => boolean;

/** A grey crop `w` × `h` px inked where `ink` says (at 300 dpi: strokes 3 px), smoothed and stretched as a cell crop is. */
function draw(w: number, h: number, ...inks: Ink[]): Grey {
  const data = new Uint8Array(w * h).fill(250);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (inks.some((f) => f(x, y))) data[y * w + x] = 40;
  return stretch(smooth({ width: w, height: h, data }, 1));
}

const T = 3;
/** A rectangle outline [x0, x1) × [y0, y1). */
const rect = (x0: number, x1: number, y0: number, y1: number): Ink => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1 && (x < x0 + T || x >= x1 - T || y < y0 + T || y >= y1 - T);
/** An elliptic ring centred at (cx, cy) with semi-axes a, b. */
const ring = (cx: number, cy: number, a: number, b: number): Ink => (x, y) => {
  const o = ((x - cx) / a) ** 2 + ((y - cy) / b) ** 2;
  const i = ((x - cx) / (a - T)) ** 2 + ((y - cy) / (b - T)) ** 2;
  return o <= 1 && i > 1;
};
const bar = (x0: number, x1: number, y0: number, y1: number): Ink => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
/** A stroke from (x0, y0) to (x1, y1), T px wide. */
const line = (x0: number, y0: number, x1: number, y1: number): Ink => (x, y) => {
  const [dx, dy] = [x1 - x0, y1 - y0];
  const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - x0 - t * dx, y - y0 - t * dy) <= T / 2;
};

describe('a box glyph (tofu) in an OCR cell', () => {
  const box = draw(40, 46, rect(8, 32, 5, 41));
  const zero = draw(40, 46, ring(20, 23, 11, 17));
  const eight = draw(40, 46, ring(20, 14, 10, 9), ring(20, 32, 11, 10));
  const seven = draw(40, 46, bar(8, 32, 6, 6 + T), line(31, 7, 16, 40));
  const four = draw(40, 46, line(26, 6, 7, 30), bar(7, 33, 29, 29 + T), bar(24, 27, 6, 41));
  const two = draw(40, 46, ring(20, 16, 11, 10), line(29, 20, 8, 39), bar(8, 32, 38, 41));

  it('should be told from the closed and the corner-inking digits by its contour', () => {
    const first = (img: Grey): boolean => isBox(img, runs(img)[0]!);
    expect(first(box)).toBe(true);
    for (const digit of [zero, eight, seven, four, two]) expect(first(digit)).toBe(false);
  });

  it('should make a cell of boxes only no number, and leave a cell with a digit beside a box to the reader', () => {
    expect(onlyBoxes(draw(80, 46, rect(8, 32, 5, 41), rect(44, 68, 5, 41)))).toBe(true);
    expect(onlyBoxes(draw(80, 46, ring(20, 23, 11, 17), rect(44, 68, 5, 41)))).toBe(false);
    expect(onlyBoxes(zero)).toBe(false);
    // A wide frame (a ruling left around a cell's digits) is no glyph's box.
    expect(onlyBoxes(draw(160, 46, rect(4, 156, 4, 42)))).toBe(false);
  });

  it('should come out of the cell crop as ink that is no number', () => {
    // One row of three cells 120 × 60 px: '0', a box, '8'.
    const w = 360;
    const h = 60;
    const page = draw(w, h, ring(60, 30, 11, 17), rect(168, 192, 12, 48), ring(300, 21, 10, 9), ring(300, 39, 11, 10));
    const cells = [0, 1, 2].map((i) => ({ x1: i * 120 + 4, x2: i * 120 + 116, y1: 4, y2: 56 }));
    const got = prepareRows(page, [cells]);
    expect(typeof got[0]![0]).toBe('object');
    expect(got[0]![1]).toBe('other');
    expect(typeof got[0]![2]).toBe('object');
  });
});
