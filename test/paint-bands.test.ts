/**
 * Covered text found through the paints' y bands (speed47, issue 17): `markCovered` tests each glyph
 * only against the paints whose box (± a margin) reaches its band. Checked against the plain loop
 * (every glyph against every paint after it, as before) on seeded pages of glyphs and paints —
 * boxes, polygons, unknown shapes, clips, translucent fills, paints before and after the text,
 * glyphs of no size and with NaN places — and on the edge cases the index must leave alone.
 */
import { markCovered, markGlyph, type Cover } from '../src/pdf/covered-text.js';
import type { Region } from '../src/pdf/clip-region.js';
import type { PlacedGlyph } from '../src/pdf/text-walk.js';
import { rng } from '../scripts/template-data.mjs';

/** The loop before the index: every glyph against every paint after it. */
const reference = (glyphs: PlacedGlyph[], glyphSeq: readonly number[], covers: readonly Cover[]): void => glyphs.forEach((g, i) => markGlyph(g, glyphSeq[i]!, covers));

/** A seeded page: `n` glyphs on lines of a table, `m` paints (cell grounds, patches, bars) at random places in the paint order. */
function page(seed: number, n: number, m: number): { glyphs: PlacedGlyph[]; seq: number[]; covers: Cover[] } {
  const r = rng(seed);
  const glyphs: PlacedGlyph[] = [];
  const seq: number[] = [];
  for (let i = 0; i < n; i++) {
    const size = r() < 0.05 ? undefined : 6 + r() * 10;
    const g: PlacedGlyph = { x: r() * 560, y: 20 + Math.floor(r() * 60) * 13 + r() * 2, advance: r() < 0.03 ? 0 : 3 + r() * 8, str: r() < 0.1 ? ' ' : String(Math.floor(r() * 10)), em: 0.5, ...(size !== undefined ? { size } : {}) };
    if (r() < 0.02) g.y = NaN;
    if (r() < 0.03) g.invisible = true;
    glyphs.push(g);
    seq.push(i * 3 + 1);
  }
  const covers: Cover[] = [];
  for (let k = 0; k < m; k++) {
    const x0 = r() * 560;
    const y0 = r() * 800;
    const w = r() < 0.1 ? 600 : 5 + r() * 80;
    const h = r() < 0.1 ? 800 : 5 + r() * 30;
    const box = { x0, y0, x1: x0 + w, y1: y0 + h };
    const kind = r();
    const region: Region = kind < 0.6 ? { box, shape: 'box' } : kind < 0.8 ? { box, shape: 'polys', polys: [[x0, y0, x0 + w, y0, x0 + w / 2, y0 + h]], evenOdd: r() < 0.5, ...(r() < 0.5 ? { edge: 0.5 } : {}) } : kind < 0.9 ? { box, shape: 'unknown' } : { box: { ...box, y1: box.y0 - 0.0005 }, shape: 'box' };
    const clip = r() < 0.3 ? [{ box: { x0: 0, y0: y0 - 10, x1: 600, y1: y0 + h / 2 }, shape: 'box' as const }] : null;
    covers.push({ region, clip, seq: Math.floor(r() * n * 3) + 2, ...(r() < 0.3 ? { alpha: r() } : {}) });
  }
  covers.sort((a, b) => a.seq - b.seq);
  return { glyphs, seq, covers };
}

const flags = (gs: readonly PlacedGlyph[]): string => gs.map((g) => (g.covered ? 'C' : g.coverUnsure ? 'u' : '.')).join('');

describe('markCovered through the paints’ y bands', () => {
  it('marks the same glyphs as testing every glyph against every later paint (40 seeded pages)', () => {
    let marked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const a = page(seed, 300, 1 + (seed % 7) * 15);
      const b = page(seed, 300, 1 + (seed % 7) * 15);
      markCovered(a.glyphs, a.seq, a.covers);
      reference(b.glyphs, b.seq, b.covers);
      expect(flags(a.glyphs)).toBe(flags(b.glyphs));
      marked += a.glyphs.filter((g) => g.covered || g.coverUnsure).length;
    }
    // The pages do cover glyphs (the comparison is not between two empty markings).
    expect(marked).toBeGreaterThan(200);
  });

  it('still tests every paint when one is taller than the index reaches or not finite', () => {
    for (const box of [{ x0: 0, y0: -1e9, x1: 600, y1: 1e9 }, { x0: 0, y0: -Infinity, x1: 600, y1: 900 }]) {
      const glyphs: PlacedGlyph[] = [{ x: 100, y: 400, advance: 6, str: '7', em: 0.5, size: 10 }];
      markCovered(glyphs, [1], [{ region: { box, shape: 'box' }, clip: null, seq: 2 }]);
      expect(glyphs[0]!.covered).toBe(true);
    }
  });

  it('covers a glyph whose middle lies just inside a paint on a band edge, and not one just outside it', () => {
    // Band edges at multiples of 16 pt: the paint's box ends at y 32, the glyph's middle point at y 31.97 / 32.01 (a tiny glyph: its points lie within 0.05 pt).
    const at = (y: number): PlacedGlyph => ({ x: 100, y: y + 0.35 * 0.1, advance: 6, str: '5', em: 0.5, size: 0.1 });
    const glyphs = [at(31.97), at(32.01)];
    const paint: Cover = { region: { box: { x0: 0, y0: 20, x1: 600, y1: 32 }, shape: 'unknown' }, clip: null, seq: 5 };
    markCovered(glyphs, [1, 1], [paint]);
    expect(glyphs.map((g) => Boolean(g.covered || g.coverUnsure))).toEqual([true, false]);
  });
});
