/**
 * @file Noise words of another program's OCR text layer (`invisible-text.ts` isOcrLayerPage): tesseract
 * reads specks in the paper between two printed lines (a wrapped title's gap) as a line of its own,
 * one- or two-character words ('盏', 'ae', 'N', '=') in a font a fraction of the printed line's, laid on
 * that line's top. Read with it, they land inside the title ('2019年新疆生盏产建设人兵团第ae二师…'),
 * which then names no agency. On an OCR layer page, a short word (NOISE_CHARS characters or fewer)
 * whose size is under NOISE_SIZE of the largest word on its line is dropped.
 */
import type { PdfItem } from './pdf-lines.js';

/** Share of its line's largest font size under which a short OCR word is noise. */
const NOISE_SIZE = 0.5;
/** Most characters of a noise word. */
const NOISE_CHARS = 2;

/** The page's items without the OCR layer's noise words (small, short words on a line of larger print). */
export function dropOcrNoise(items: readonly PdfItem[]): PdfItem[] {
  // The largest size per rounded top: words of one OCR line share their top.
  const largest = new Map<number, number>();
  for (const it of items) {
    const key = Math.round(it.top);
    for (const k of [key - 1, key, key + 1]) largest.set(k, Math.max(largest.get(k) ?? 0, it.size));
  }
  return items.filter((it) => !(it.str.trim().length <= NOISE_CHARS && it.size < NOISE_SIZE * (largest.get(Math.round(it.top)) ?? 0)));
}
