/**
 * Rulings split between two pixel rows (src/ocr/rulings.ts `findRulings`): a thin border of a
 * 100 dpi scan turned by the scanner's skew is resampled into stretches where it falls on one pixel
 * row (dark) and stretches where it falls between two (two light grey rows, each lighter than the
 * ruling level). Runs of dark pixels alone broke the border at every such stretch into pieces
 * shorter than a ruling: table 三 of a LibreOffice-printed 2019 report scanned at 100 dpi (skew
 * 0.8°, JPEG 40) kept only its verticals, and no table was read.
 */
import { findRulings } from '../src/ocr/rulings.js';
import { buildGrids } from '../src/pdf/grid.js';
import type { Grey } from '../src/ocr/image.js';

const PAPER = 248;
const LEVEL = 176;

/** A 300 dpi page with two rows of a ruled table whose horizontal borders alternate dark and split stretches of `stretch` px. */
function splitTable(stretch: number, splitGrey: number): Grey {
  const [w, h] = [900, 400];
  const data = new Uint8Array(w * h).fill(PAPER);
  const set = (x: number, y: number, v: number): void => void (data[y * w + x] = v);
  const [x0, x1] = [50, 850];
  for (const y of [100, 200, 300]) {
    for (let x = x0; x <= x1; x++) {
      if (Math.floor((x - x0) / stretch) % 2 === 0) set(x, y, 130);
      else for (const yy of [y, y + 1]) set(x, yy, splitGrey);
    }
  }
  for (const x of [x0, 450, x1]) for (let y = 100; y <= 301; y++) for (const xx of [x, x + 1]) set(xx, y, 130);
  // Some glyph ink, so the page has a dark end.
  for (let y = 140; y < 160; y++) for (let x = 100; x < 104; x++) set(x, y, 20);
  return { width: w, height: h, data };
}

describe('rulings split between two pixel rows', () => {
  it('should find a border whose dark stretches are shorter than a ruling, joined by split light stretches', () => {
    // Dark stretches of 60 px (14 pt at 300 dpi, under the 24 pt of a horizontal ruling), split ones of grey 205 × 2 rows.
    const { rulings } = findRulings(splitTable(60, 205), 300, LEVEL);
    expect(rulings.horizontal).toHaveLength(3);
    for (const s of rulings.horizontal) expect(s.x2 - s.x1).toBeGreaterThan(180);
    const grids = buildGrids(rulings);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.cells).toHaveLength(4);
  });

  it('should not join a border over stretches of paper-light grey (JPEG noise, a glyph halo)', () => {
    // Two rows of grey 235: less ink across than one pixel at the ruling level.
    const { rulings } = findRulings(splitTable(60, 235), 300, LEVEL);
    expect(rulings.horizontal).toHaveLength(0);
  });
});
