/**
 * Scans whose rulings are not straight axis-parallel lines once one skew is taken out
 * (src/ocr/unwarp.ts `straighten`, src/ocr/skew.ts): a sheet bent in the scanner (rows rise and
 * fall across the page), a phone photo (the verticals lean apart, the rows tilt one way at the top
 * and the other at the bottom), a page turned more than 3° on a black canvas. Found as straight
 * runs, a bent border broke into pieces at other heights and a leaning border's ends missed the
 * borders they meet: rows of table 三 were lost or read as one (breakit49 s04-warp 89/200,
 * breakit48 s02-phone 142/198 on main).
 */
import { tablePage } from '../src/ocr/page.js';
import { estimateSkew } from '../src/ocr/skew.js';
import { straighten } from '../src/ocr/unwarp.js';
import { rotate, type Grey } from '../src/ocr/image.js';

const [W, H] = [1400, 1800];
const XS = [150, 500, 700, 900, 1100, 1250];
const YS = Array.from({ length: 16 }, (_, i) => 300 + i * 80);

/** A 300 dpi page with a ruled table of 5 columns × 15 rows (4 px borders, a hatched block in each cell), seen through `map` (output px → printed px). */
function page(map: (x: number, y: number) => [number, number]): Grey {
  const src = new Uint8Array(W * H).fill(250);
  const set = (x: number, y: number, v: number): void => {
    if (x >= 0 && y >= 0 && x < W && y < H) src[y * W + x] = v;
  };
  for (const y of YS) for (let x = XS[0]!; x <= XS.at(-1)! + 3; x++) for (let t = 0; t < 4; t++) set(x, y + t, 40);
  for (const x of XS) for (let y = YS[0]!; y <= YS.at(-1)! + 3; y++) for (let t = 0; t < 4; t++) set(x + t, y, 40);
  for (let r = 0; r + 1 < YS.length; r++) {
    for (let c = 0; c + 1 < XS.length; c++) for (let y = YS[r]! + 25; y < YS[r]! + 55; y++) for (let x = XS[c]! + 40; x < XS[c]! + 80; x++) if ((x + y) % 7 < 3) set(x, y, 30);
  }
  const out = new Uint8Array(W * H).fill(250);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const [sx, sy] = map(x, y).map(Math.round) as [number, number];
      if (sx >= 0 && sy >= 0 && sx < W && sy < H) out[y * W + x] = src[sy * W + sx]!;
    }
  }
  return { width: W, height: H, data: out };
}

const shape = (img: Grey): string[] => tablePage(img, 300).grids.map((g) => `${g.xs.length - 1}x${g.ys.length - 1}`);

describe('scans whose lines are not straight', () => {
  it('should read every row of a table on a bent sheet (rows rising and falling 12 px across the page)', () => {
    // Main: 5x5 (the rows' borders broke into pieces at other heights and the grid builder lost most of them).
    expect(shape(page((x, y) => [x, y + 12 * Math.sin(x / 300)]))).toEqual(['5x15']);
  });

  it('should read every row of a keystoned table (verticals leaning apart, rows tilting opposite at top and bottom)', () => {
    // Main: 5x11 (row borders ending off the leaning verticals' median lines were dropped).
    expect(shape(page((x, y) => [x + ((x - W / 2) * 0.04 * (y - H / 2)) / H, y + ((y - H / 2) * 0.03 * (x - W / 2)) / W]))).toEqual(['5x15']);
  });

  it('should leave a straight page as it is', () => {
    const img = page((x, y) => [x, y]);
    expect(straighten(img, 300, 150)).toBe(img);
    expect(shape(img)).toEqual(['5x15']);
  });

  it('should find a skew beyond 3° on a page turned on a black canvas', () => {
    const turned = rotate(page((x, y) => [x, y]), 3.6);
    // Black wedges in the corners, as a scanner's background around a turned sheet.
    for (let y = 0; y < 80; y++) for (let x = 0; x < W; x++) turned.data[y * W + x] = 0;
    // Main: -3 (its range), and the table's rows came out as one.
    expect(estimateSkew(turned)).toBeCloseTo(-3.6, 1);
  });
});
