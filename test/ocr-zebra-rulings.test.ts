/**
 * Zebra rows (src/ocr/rulings.ts `isShadeEdge`): alternate rows shaded a light grey (#dadada–#e6e6e6)
 * pass the split-ruling test all over, and above and below each line of text the shading alone made
 * thin bands that were taken for rulings: a zebra table 三 scanned at 100 dpi came out with 53 grid
 * rows where it prints 26. A thin ruling is a darker line between lighter sides; a strip of shading
 * has the shaded text line's grey beside it.
 */
import { findRulings } from '../src/ocr/rulings.js';
import { buildGrids } from '../src/pdf/grid.js';
import type { Grey } from '../src/ocr/image.js';

const PAPER = 250;
const LEVEL = 177;

/** A 300 dpi table of `rows` rows 56 px high, every other one shaded `shade`, a line of glyph blocks 34 px high in each. */
function zebraTable(rows: number, shade: number): Grey {
  const [w, h] = [900, 120 + rows * 56];
  const data = new Uint8Array(w * h).fill(PAPER);
  const set = (x: number, y: number, v: number): void => void (data[y * w + x] = v);
  const [x0, x1, top] = [50, 850, 60];
  for (let r = 0; r < rows; r++) {
    const y0 = top + r * 56;
    if (r % 2 === 1) for (let y = y0; y < y0 + 56; y++) for (let x = x0; x <= x1; x++) set(x, y, shade);
    // Glyphs 20 px wide with 10 px gaps, 34 px high, centred in the row: a top and a bottom horizontal stroke
    // (solid across the line: the split runs stop there) and thin vertical strokes (bridged by the runs).
    for (let x = x0 + 20; x + 20 < x1; x += 30) for (let y = y0 + 11; y < y0 + 45; y++) for (let dx = 0; dx < 20; dx++) if (y < y0 + 14 || y >= y0 + 42 || dx % 9 < 2) set(x + dx, y, 40);
  }
  for (let r = 0; r <= rows; r++) for (let x = x0; x <= x1; x++) for (const dy of [0, 1, 2]) set(x, top + r * 56 + dy, 90);
  for (const x of [x0, 450, x1]) for (let y = top; y <= top + rows * 56 + 2; y++) for (const dx of [0, 1, 2]) set(x + dx, y, 90);
  return { width: w, height: h, data };
}

describe('zebra rows', () => {
  it.each([218, 226])('should find only the rulings of a table whose alternate rows are shaded %i', (shade) => {
    const { rulings } = findRulings(zebraTable(6, shade), 300, LEVEL);
    expect(rulings.horizontal).toHaveLength(7);
    const grids = buildGrids(rulings);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.ys).toHaveLength(7);
  });
});
