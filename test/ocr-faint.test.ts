/**
 * A page printed faint all over (worn toner: black printed as grey) is given a normal scan's
 * contrast before its cells are read (`ocr/faint.ts`); a normal page is left as it is.
 */
import { prepareRows } from '../src/ocr/cell-ink.js';
import { evenFaint, FAINT_PAGE_DARK, GREY_PAPER } from '../src/ocr/faint.js';
import type { Grey } from '../src/ocr/image.js';

/** A 200 × 100 page of `paper` with a heading bar of `dark` and a small grey digit-like blob of `digit`. */
function page(paper: number, dark: number, digit: number): Grey {
  const [w, h] = [200, 100];
  const data = new Uint8Array(w * h).fill(paper);
  for (let y = 20; y < 25; y++) data.fill(dark, y * w + 20, y * w + 180);
  for (let y = 50; y < 62; y++) data.fill(digit, y * w + 100, y * w + 106);
  return { width: w, height: h, data };
}

describe('faint pages', () => {
  it('should stretch a faint page so its darkest print is black and keep its paper', () => {
    // Faint toner: black printed as grey 130, a 6.5 pt digit as grey 200 on 250 paper.
    const { img, faint } = evenFaint(page(250, 130, 200));
    expect(faint).toBe(true);
    expect(img.data[22 * 200 + 50]).toBe(0);
    expect(img.data[90 * 200 + 5]).toBe(250);
    // The digit is now darker than the cell reader's ink level (150): it is read, not blank.
    expect(img.data[55 * 200 + 102]).toBeLessThan(150);
    const [row] = prepareRows(img, [[{ x1: 90, y1: 40, x2: 120, y2: 70 }]]);
    expect(typeof row![0]).toBe('object');
  });

  it('should leave a page whose darkest print is black as it is', () => {
    const before = page(250, 20, 200);
    const { img, faint } = evenFaint(before);
    expect(faint).toBe(false);
    expect(img).toBe(before);
    expect(FAINT_PAGE_DARK).toBeGreaterThan(20);
  });

  it('should leave the white paper of a JPEG scan (250–252) as it is', () => {
    const before = page(250, 20, 120);
    expect(evenFaint(before)).toEqual({ img: before, faint: false, lifted: false });
    expect(GREY_PAPER).toBeLessThan(250);
  });

  it('should not read the unstretched faint digit (the loss the stretch removes)', () => {
    const [row] = prepareRows(page(250, 130, 200), [[{ x1: 90, y1: 40, x2: 120, y2: 70 }]]);
    expect(row![0]).toBe('blank');
  });
});

describe('faint photocopies', () => {
  it('should measure the print inside the page, not its dark copier edges', () => {
    const img = page(250, 130, 200);
    // The lid's shadow: a black band down the left side.
    for (let y = 0; y < img.height; y++) img.data.fill(0, y * img.width, y * img.width + 6);
    const out = evenFaint(img);
    expect(out.faint).toBe(true);
    expect(out.img.data[55 * 200 + 102]).toBeLessThan(150);
  });
});

describe('grey paper (a low-contrast scan)', () => {
  // `+level 20%,80%`: black printed as 51, the paper 202; erased rulings and blanked numbers are white (255).
  it("should lift grey paper to white and keep the print's depth below it", () => {
    const { img, faint, lifted } = evenFaint(page(202, 51, 120));
    expect([faint, lifted]).toEqual([false, true]);
    expect(img.data[90 * 200 + 5]).toBe(255);
    // The heading bar: 51 × 255 / 202.
    expect(img.data[22 * 200 + 50]).toBe(64);
    expect(img.data[55 * 200 + 102]).toBe(151);
  });

  it('should stretch a faint page on grey paper at both ends', () => {
    const { img, faint, lifted } = evenFaint(page(230, 120, 180));
    expect([faint, lifted]).toEqual([true, true]);
    expect(img.data[22 * 200 + 50]).toBe(0);
    expect(img.data[90 * 200 + 5]).toBe(255);
    // (180 − 120) / (230 − 120) of the way to white.
    expect(img.data[55 * 200 + 102]).toBe(Math.round((255 * 60) / 110));
  });
});
