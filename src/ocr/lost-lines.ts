/**
 * @file Lines of text the Chinese page pass dropped: its automatic page segmentation (PSM 3) leaves
 * out a whole line now and then (on a 100 dpi grey scan of a Chromium print the bold heading
 * '三、收到和处理政府信息公开申请情况' gave no word, no section was found, and table 三 was unread).
 * An ink word of text size (`ink-words.ts`) that no page-pass word overlaps is read again alone,
 * as one block of text, at the page pass's resolution.
 */
import { HAN, NOISE_CONFIDENCE, recognizeText, type OcrWord } from './engine.js';
import { crop, erase, shrink, upscalePad, type Box, type Grey } from './image.js';
import type { InkWords } from './ink-words.js';

/** × glyph height. An ink word this wide at least is a line of text worth a read (two glyphs). */
const MIN_WIDTH = 2;
/** × glyph height. Its height: one line of body text or a heading (not a wrapped block, not specks). */
const MIN_HEIGHT = 0.7;
const MAX_HEIGHT = 2;
/** Share of an ink word's area that page-pass words may cover and still leave it lost. */
const COVERED = 0.2;
/** × glyph height. White kept around a lost word when it is read. */
const MARGIN = 0.3;
/** px. White margin added around the crop (Tesseract needs background around glyphs). */
const PAD = 20;

const area = (b: Box): number => Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);
const meet = (a: Box, b: Box): Box => ({ x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), x2: Math.min(a.x2, b.x2), y2: Math.min(a.y2, b.y2) });

/** The ink words of text size that the page pass's `words` (page px) leave uncovered. */
export function lostWords({ words: ink, glyph }: InkWords, words: readonly OcrWord[], blanked: readonly Box[]): Box[] {
  const boxes = [...words.map((w) => ({ x1: w.x0, y1: w.y0, x2: w.x1, y2: w.y1 })), ...blanked];
  return ink.filter((b) => {
    const [w, h] = [b.x2 - b.x1, b.y2 - b.y1];
    if (w < MIN_WIDTH * glyph || h < MIN_HEIGHT * glyph || h > MAX_HEIGHT * glyph) return false;
    return boxes.reduce((s, o) => s + area(meet(b, o)), 0) <= COVERED * area(b);
  });
}

/** Reads each lost ink word of `clean` (page px) alone, scaled by `scale` (the page pass's resolution); words in page px. */
export async function lostLines(clean: Grey, ink: InkWords, words: readonly OcrWord[], blanked: readonly Box[], scale: number): Promise<OcrWord[]> {
  const out: OcrWord[] = [];
  const plain = erase(clean, blanked);
  for (const b of lostWords(ink, words, blanked)) {
    const m = MARGIN * ink.glyph;
    const at = { x1: Math.max(0, Math.floor(b.x1 - m)), y1: Math.max(0, Math.floor(b.y1 - m)), x2: Math.ceil(b.x2 + m), y2: Math.ceil(b.y2 + m) };
    const img = upscalePad(shrink(crop(plain, at), 1 / scale), 1, PAD);
    for (const w of await recognizeText(img, true)) {
      if (w.text.trim() === '' || (!HAN.test(w.text) && w.confidence < NOISE_CONFIDENCE)) continue;
      const k = 1 / scale;
      out.push({ ...w, x0: at.x1 + (w.x0 - PAD) * k, x1: at.x1 + (w.x1 - PAD) * k, y0: at.y1 + (w.y0 - PAD) * k, y1: at.y1 + (w.y1 - PAD) * k });
    }
  }
  return out;
}
