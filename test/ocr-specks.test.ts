/**
 * A speckled copy's toner specks (`ocr/specks.ts`): small compact blots standing alone are painted
 * paper on a page holding many; what lies beside print (a decimal point, a glyph's dot), flat marks
 * (a '-' zero mark) and every pixel of a clean page are kept.
 */
import type { Grey } from '../src/ocr/image.js';
import { clearPageSpecks } from '../src/ocr/specks.js';

const DPI = 300;
const at = (img: Grey, x: number, y: number): number => img.data[y * img.width + x]!;
const fill = (img: Grey, x1: number, y1: number, x2: number, y2: number, v: number): void => {
  for (let y = y1; y < y2; y++) img.data.fill(v, y * img.width + x1, y * img.width + x2);
};

/**
 * A page 1240 × 1754 px (half an A4 at 300 dpi), paper 250: a ruled table of cells holding a faint
 * 'digit' (grey 150, 12 × 22 px, a 6.5 pt glyph's size), one of them '1.5' (a 4 × 4 decimal point 3 px
 * beside its digits), one a '-' mark (14 × 3 px) alone in its cell.
 */
function page(): Grey {
  const [w, h] = [1240, 1754];
  const img = { width: w, height: h, data: new Uint8Array(w * h).fill(250) };
  for (let y = 300; y <= 1300; y += 100) fill(img, 100, y, 1100, y + 3, 20);
  for (let x = 100; x <= 1100; x += 125) fill(img, x, 300, x + 3, 1303, 20);
  for (let y = 340; y < 1300; y += 100) for (let x = 150; x < 1100; x += 125) fill(img, x, y, x + 12, y + 22, 150);
  // '1.5' in the cell at (150, 440): a point 3 px after the first digit, then the second.
  fill(img, 165, 458, 169, 462, 150);
  fill(img, 172, 440, 184, 462, 150);
  // A '-' mark in the cell at (275, 540), its digit taken out.
  fill(img, 275, 540, 287, 562, 250);
  fill(img, 272, 550, 286, 553, 60);
  return img;
}

/** `page()` with `n` specks (a dark 3 × 3 core in a grey rim: a 100 dpi pixel at 300 dpi, blurred) at pseudo-random places. */
function speckled(n: number): Grey {
  const img = page();
  let s = 12345;
  const rnd = (): number => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    const [x, y] = [20 + Math.floor(rnd() * 1190), 20 + Math.floor(rnd() * 1700)];
    fill(img, x - 1, y - 2, x + 4, y + 5, 200);
    fill(img, x, y, x + 3, y + 3, 40);
  }
  return img;
}

describe('toner specks of a speckled copy', () => {
  it('should paint specks standing alone paper and keep the digits, the decimal point and the dash mark', () => {
    const before = speckled(2000);
    const { img, specks } = clearPageSpecks(before, DPI);
    expect(specks).toBeGreaterThan(1000);
    // Most specks are gone: dark pixels left outside the table's rulings and glyphs.
    const dark = (g: Grey): number => g.data.filter((v) => v < 100).length;
    expect(dark(img)).toBeLessThan(dark(before));
    // The print is kept wherever no speck fell on it.
    expect(at(img, 155, 350)).toBe(150);
    expect(at(img, 166, 459)).toBe(150);
    expect(at(img, 278, 551)).toBe(60);
    expect(at(img, 500, 301)).toBe(20);
  });

  it('should leave a page with a few stray dots exactly as it is', () => {
    const few = speckled(20);
    expect(clearPageSpecks(few, DPI).img).toBe(few);
    const clean = page();
    expect(clearPageSpecks(clean, DPI).img).toBe(clean);
  });

  it('should clear the specks left alone once rulings are erased when told the page is speckled', () => {
    const img = page();
    fill(img, 580, 878, 583, 881, 40);
    expect(clearPageSpecks(img, DPI).img).toBe(img);
    expect(at(clearPageSpecks(img, DPI, true).img, 581, 879)).toBe(250);
  });
});
