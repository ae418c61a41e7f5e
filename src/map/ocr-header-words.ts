/**
 * @file Header words of a scan read with one character wrong: an OCR'd header cell that names no
 * word of the vocabulary but is one edit from exactly one of them (two for words of six characters
 * or more; words under three characters never) is read as that word ('结麻维持' → 结果维持, '尚审结' →
 * 尚未审结). A first cell of table 四's result row lost so ('结麻维持') let the next group's 结果维持 stand
 * first among the words read, and the header read as out of order (`columns_reordered`, every value
 * capped). Used only to confirm an order (map/column-order): a header these readings put out of the
 * template's order is read as printed.
 */
import { distance } from 'fastest-levenshtein';
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Vocab } from './header-words.js';

const MIN_WORD = 3;
const edits = (w: string): number => (w.length >= 6 ? 2 : 1);

/** The OCR'd header cells one or two edits from one vocabulary word, read as it; other lines and cells as printed. The lines themselves when nothing changed. */
export function fuzzyOcrHeader(lines: readonly Line[], vocab: Vocab): readonly Line[] {
  const words = [...new Set(vocab.map((w) => w[0]))].filter((w) => w.length >= MIN_WORD);
  let changed = false;
  const out = lines.map((l) => {
    if (!l.ocr || /\d/.test(l.cells.join(''))) return l;
    const cells = l.cells.map((c) => {
      const norm = normalizeLabel(c);
      if (norm.length < MIN_WORD - 1 || vocab.some((w) => norm.includes(w[0]))) return c;
      const near = words.filter((w) => Math.abs(w.length - norm.length) <= edits(w) && distance(norm, w) <= edits(w));
      if (near.length !== 1) return c;
      changed = true;
      return near[0]!;
    });
    return cells.some((c, i) => c !== l.cells[i]) ? { ...l, cells } : l;
  });
  return changed ? out : lines;
}
