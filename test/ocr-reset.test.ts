/**
 * The legacy classifier's state across documents (src/ocr/engine.ts): it adapts to every glyph it
 * reads, so a cell read after other documents may read differently than the same cell read alone.
 * At a document's start (`newOcrDocument`) it is reset: the cell reads as it did first. The cells
 * are digits drawn small and grey with noise (as a 100 dpi scan's), a few dozen reads (~seconds).
 */
import { createCanvas } from '@napi-rs/canvas';
import { newOcrDocument, recognizeDigits } from '../src/ocr/engine.js';
import type { Grey } from '../src/ocr/image.js';
import { stopOcr } from '../src/ocr/index.js';

afterAll(async () => {
  await stopOcr();
});

/** `text` in DejaVu Sans at `px` pixels, grey level `grey`, with noise (±`noise`/2) from `seed`. */
function digits(text: string, px: number, seed: number, grey = 0x66, noise = 61): Grey {
  const c = createCanvas(px * text.length + 16, px + 16);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = `rgb(${grey},${grey},${grey})`;
  g.font = `${px}px DejaVu Sans`;
  g.fillText(text, 8, px + 4);
  const rgba = g.getImageData(0, 0, c.width, c.height).data;
  let a = seed;
  const data = new Uint8Array(c.width * c.height);
  for (let i = 0; i < data.length; i++) {
    a = (a * 1103515245 + 12345) >>> 0;
    data[i] = Math.max(0, Math.min(255, rgba[i * 4]! + ((a >>> 16) % noise) - (noise >> 1)));
  }
  return { width: c.width, height: c.height, data };
}

describe('the legacy classifier across documents', () => {
  it('should read a cell after other documents as it read it first, once a new document starts', async () => {
    const cells = [digits('4078', 14, 1), digits('359', 20, 3, 0x88, 121)];
    const read = async (): Promise<string[]> => {
      const out: string[] = [];
      for (const img of cells) {
        const r = await recognizeDigits(img, '7', true);
        out.push(`${r.text} at ${r.confidence}`);
      }
      return out;
    };
    const first = await read();
    // Other documents: glyphs of other sizes and greys, which the classifier adapts to.
    for (let s = 2; s < 58; s++) await recognizeDigits(digits(String(1000 + s * 337), 12 + (s % 20), s, 0x30 + (s % 6) * 0x18, 41 + (s % 4) * 30), '7', true);
    const drifted = await read();
    newOcrDocument();
    const again = await read();
    expect(again).toEqual(first);
    // The state the reset drops is real: without it the same cell read differently.
    expect(drifted).not.toEqual(first);
  });
});
