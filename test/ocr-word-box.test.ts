/**
 * The box a page-pass number outside the grids is re-read from (src/ocr/word-box.ts): padded over
 * the strokes its box cut off, never into the next glyph ('…2019年…' re-read '20191' when the pad
 * was a fixed 0.3 × height and took the first stroke of '年').
 */
import { numberBox, sidePad } from '../src/ocr/word-box.js';

/** A white 200 × 60 image with dark columns [x1, x2) over rows 10–50. */
function page(...cols: [number, number][]) {
  const [w, h] = [200, 60];
  const data = new Uint8Array(w * h).fill(250);
  for (const [x1, x2] of cols) for (let y = 10; y < 50; y++) for (let x = x1; x < x2; x++) data[y * w + x] = 20;
  return { width: w, height: h, data };
}
const word = { x0: 50, y0: 10, x1: 100, y1: 50 };

describe('numberBox', () => {
  it('should stop the pad in the middle of the gap before a neighbour glyph closer than the full pad', () => {
    // The word's ink 50–102 (2 px beyond its box), the neighbour from 106: a fixed pad (12 px) reached 112.
    const img = page([50, 102], [106, 130]);
    const box = numberBox(img, word, 150);
    expect(box.x2).toBe(104);
    expect(box.x2).toBeLessThan(106);
  });

  it('should pad by the full 0.3 × height where no ink is near, and not at all where the neighbour touches', () => {
    expect(numberBox(page([50, 100]), word, 150)).toMatchObject({ x1: 38, x2: 112 });
    expect(sidePad(page([50, 140]), 100, 1, { y1: 10, y2: 50 }, 12, 150)).toBe(0);
  });

  it('should pad the left side the same way (a neighbour 3 px left of the word)', () => {
    const box = numberBox(page([20, 47], [50, 100]), word, 150);
    expect(box.x1).toBeGreaterThanOrEqual(47);
    expect(box.x1).toBeLessThan(50);
  });
});
