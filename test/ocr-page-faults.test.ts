/**
 * Page-level faults of scans, taken off the page image before anything is read from it: a sheet's
 * dark edges and punch holes (`ocr/page-edges.ts`), dark shaded bands with white text
 * (`ocr/shading.ts`), and uneven light (`ocr/paper.ts`).
 */
import type { Grey } from '../src/ocr/image.js';
import { runAspect } from '../src/ocr/orient.js';
import { clearPageEdges } from '../src/ocr/page-edges.js';
import { evenPaper } from '../src/ocr/paper.js';
import { unshade } from '../src/ocr/shading.js';
import { findRulings, ruleLevel } from '../src/ocr/rulings.js';

const DPI = 300;
const at = (img: Grey, x: number, y: number): number => img.data[y * img.width + x]!;

/** An A4-ish page at 100 dpi scale (rendered at 300: 1240 × 1754 is half of it), paper 250, a few short text lines of 'glyphs' (black 6 × 24 px blocks 30 px apart). */
function page(w = 1240, h = 1754): Grey {
  const data = new Uint8Array(w * h).fill(250);
  const img = { width: w, height: h, data };
  for (const y0 of [200, 260, 320])
    for (let x0 = 200; x0 < 800; x0 += 30) for (let y = y0; y < y0 + 24; y++) data.fill(0, y * w + x0, y * w + x0 + 18);
  return img;
}

/** Hatched dark edges as `scan.py` draws them (1 px lines 3 px apart at 100 dpi: 3 px every 9 here) and two punch holes. */
function edged(img: Grey): Grey {
  const { width: w, height: h } = img;
  const data = img.data.slice();
  for (let y = 0; y < h; y += 9) for (let t = 0; t < 3; t++) data.fill(40, (y + t) * w, (y + t) * w + 30 + ((y * 7) % 25));
  for (let y = 0; y < h; y += 9) for (let t = 0; t < 3 && y + t < h; t++) data.fill(50, (y + t) * w + w - 20 - ((y * 5) % 12), (y + t) * w + w);
  for (let x = 0; x < w; x += 9) for (let y = 0; y < 15 + ((x * 3) % 20); y++) data.fill(30, y * w + x, y * w + x + 3);
  for (const cy of [500, 1250]) {
    const [cx, r] = [110, 36];
    for (let y = cy - r; y <= cy + r; y++) for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) data[y * w + x] = 25;
  }
  return { ...img, data };
}

describe('dark page edges and punch holes', () => {
  it('should paint the hatched edges and the holes paper and keep the print', () => {
    const before = edged(page());
    const { img, holes, edgePixels } = clearPageEdges(before, DPI);
    expect(holes).toBe(2);
    expect(edgePixels).toBeGreaterThan(10000);
    expect(at(img, 5, 100)).toBe(250);
    expect(at(img, 110, 500)).toBe(250);
    expect(at(img, 1235, 900)).toBe(250);
    expect(at(img, 205, 210)).toBe(0);
    // Without the clearing, a sparse page's edges make its lines run down the page (read as turned a quarter).
    expect(runAspect(before)).toBeLessThan(1);
    expect(runAspect(img)).toBeGreaterThan(1);
  });

  it('should leave a clean page as it is, and keep a ruling that runs on from the edge into the page', () => {
    const clean = page();
    expect(clearPageEdges(clean, DPI).img).toBe(clean);
    const ruled = page();
    for (let y = 600; y < 603; y++) ruled.data.fill(0, y * ruled.width, y * ruled.width + 1000);
    const { img } = clearPageEdges(ruled, DPI);
    expect(at(img, 2, 601)).toBe(0);
  });

  it('should not take a filled square or a glyph-sized dot near the edge for a hole', () => {
    const p = page();
    for (let y = 500; y < 570; y++) p.data.fill(0, y * p.width + 80, y * p.width + 150);
    for (let y = 900; y < 912; y++) p.data.fill(0, y * p.width + 100, y * p.width + 112);
    const { holes } = clearPageEdges(p, DPI);
    expect(holes).toBe(0);
  });
});

describe('shaded bands', () => {
  /** A 120 grey bar 160 px high across 900 px with white 'glyphs' in it, and a zebra row of 220 with black ones. */
  function shaded(): Grey {
    const p = page();
    const w = p.width;
    for (let y = 600; y < 760; y++) p.data.fill(120, y * w + 170, y * w + 1070);
    for (let x0 = 200; x0 < 1000; x0 += 40) for (let y = 660; y < 690; y++) p.data.fill(245, y * w + x0, y * w + x0 + 5);
    for (let y = 800; y < 850; y++) p.data.fill(220, y * w + 170, y * w + 1070);
    for (let x0 = 200; x0 < 1000; x0 += 40) for (let y = 810; y < 840; y++) p.data.fill(0, y * w + x0, y * w + x0 + 5);
    return p;
  }

  it('should turn a dark bar with white text into black text on paper, and leave light shading alone', () => {
    const before = shaded();
    const { img, bands } = unshade(before, DPI);
    expect(bands).toHaveLength(1);
    expect(bands[0]!.inverted).toBe(true);
    expect(at(img, 300, 620)).toBeGreaterThan(240);
    expect(at(img, 202, 670)).toBeLessThan(40);
    expect(at(img, 300, 805)).toBe(220);
    expect(at(img, 202, 820)).toBe(0);
  });

  it('should find no ruling in the bar once it is turned (its dark between white strokes was a comb of rulings)', () => {
    const before = shaded();
    const count = (g: Grey): number => {
      const { rulings } = findRulings(g, DPI, ruleLevel(g));
      return rulings.vertical.filter((r) => (r.y1 + r.y2) / 2 > (600 * 72) / DPI && (r.y1 + r.y2) / 2 < (760 * 72) / DPI).length;
    };
    expect(count(unshade(before, DPI).img)).toBe(0);
  });

  it('should leave a page of text lines as it is', () => {
    const p = page();
    expect(unshade(p, DPI).img).toBe(p);
  });
});

describe('uneven light', () => {
  it('should even out a page darkening towards its corners and keep its print black', () => {
    const p = page();
    const { width: w, height: h } = p;
    const [cx, cy, r] = [w / 2, h / 2, Math.hypot(w, h) / 2];
    const data = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = Math.round(p.data[y * w + x]! * (1 - 0.5 * (((x - cx) ** 2 + (y - cy) ** 2) / (r * r))));
    const dim = { ...p, data };
    expect(at(dim, 20, 20)).toBeLessThan(150);
    const { img, evened } = evenPaper(dim, DPI);
    expect(evened).toBe(true);
    // The corner's paper comes out lighter than the ruling level (~175 here) and the ink level (150): not ink any more.
    expect(at(img, 20, 20)).toBeGreaterThan(180);
    expect(at(img, w / 2, h / 2)).toBeGreaterThan(200);
    expect(at(img, 205, 210)).toBeLessThan(30);
  });

  it('should leave an evenly lit page as it is', () => {
    const p = page();
    expect(evenPaper(p, DPI).img).toBe(p);
  });
});
