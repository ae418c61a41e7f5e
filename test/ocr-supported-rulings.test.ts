/**
 * Rulings found as dark runs in a scan that are table borders (`ocr/supported-rulings.ts`): a run is
 * kept when its ends reach rulings of the other direction. A border of a 100 dpi scan runs a little
 * past the borders it ends on (blurred over pixels, its lighter edges taken by the split test); a
 * glyph stroke ends inside its cell.
 */
import type { FoundRuling } from '../src/ocr/supported-rulings.js';
import { supportedRulings } from '../src/ocr/supported-rulings.js';

const vertical = (x: number, y1: number, y2: number, half: number): FoundRuling => ({ seg: { x1: x, y1, x2: x, y2 }, half });
const horizontal = (y: number, x1: number, x2: number, half: number): FoundRuling => ({ seg: { x1, y1: y, x2, y2: y }, half });

describe('horizontal runs kept as rulings by the verticals they end on', () => {
  // A table's item column from x 177 to its frame at 546.7 (pt), rows 17 pt high.
  const verticals = [vertical(177.2, 186, 475, 0.84), vertical(546.7, 43, 526, 0.48)];

  it('should keep a row border that runs 1.5 pt past both verticals (a 100 dpi scan\'s blur)', () => {
    const rows = [horizontal(204.1, 175.7, 548.2, 0.6), horizontal(221.3, 175.7, 547.4, 0.72)];
    expect(supportedRulings(rows, verticals, true)).toEqual([0, 1]);
  });

  it('should still drop a glyph stroke that ends inside its cell, and a border running far past', () => {
    // A bold header's strokes joined along its line, 2 pt inside the cell at both ends, 150 pt long.
    const stroke = horizontal(240, 179.2, 329, 0.3);
    // 4 pt past the frame: no border of this table.
    const far = horizontal(260, 181, 550.7, 0.5);
    expect(supportedRulings([stroke, far], [...verticals, vertical(329.5 + 2.5, 230, 250, 0.5)], true)).toEqual([]);
  });
});
