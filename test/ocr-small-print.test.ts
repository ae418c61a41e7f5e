/**
 * Small print in an OCR'd page's grids (`ocr/page.ts` `gridPrintHeight`): the median height of the
 * page pass's Han words centred in grid cells. On a dev 120 dpi 1-bit scan of a report whose tables
 * print 6.5 pt (gen 1009023), the page pass at 150 dpi read labels as lone glyphs ~6 pt high ('计'
 * '程' '党' for '属于过程性信息'): the grids are then read again at 300 dpi for their labels.
 */
import { gridPrintHeight } from '../src/ocr/page.js';
import type { OcrWord } from '../src/ocr/engine.js';

const word = (text: string, x0: number, y0: number, h: number): OcrWord => ({ text, x0, y0, x1: x0 + h, y1: y0 + h, confidence: 50 });
// One grid 100..900 × 100..500 px at 300 dpi (px × 72/300 = pt).
const grid = [{ x1: 100, y1: 100, x2: 900, y2: 500 }];

describe('print height in OCR grids', () => {
  it('should measure the Han words inside the grids (25 px at 300 dpi = 6 pt)', () => {
    const words = Array.from({ length: 9 }, (_, i) => word('计', 120 + i * 60, 200, 25));
    expect(gridPrintHeight(words, grid, 300)).toBeCloseTo(6, 5);
  });

  it('should leave out words outside the grids (the prose, the title) and words without Han', () => {
    const inside = Array.from({ length: 8 }, (_, i) => word('程', 120 + i * 60, 300, 34));
    const outside = Array.from({ length: 20 }, (_, i) => word('政', 120 + i * 40, 700, 25));
    const digits = Array.from({ length: 20 }, (_, i) => word('12', 120 + i * 30, 400, 20));
    expect(gridPrintHeight([...inside, ...outside, ...digits], grid, 300)).toBeCloseTo(8.16, 5);
  });

  it('should not measure from fewer than eight words', () => {
    const words = Array.from({ length: 7 }, (_, i) => word('计', 120 + i * 60, 200, 25));
    expect(gridPrintHeight(words, grid, 300)).toBeUndefined();
  });
});
