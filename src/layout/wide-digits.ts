/**
 * @file The text-dump normalisation point for full-width digits (load/load-text.ts): '０'–'９' →
 * ASCII, a full-width '．' or '，' between two digits → '.' / ',' (a decimal point, a thousands comma)
 * and the full-width bar '｜' → '|', as NFKC maps them, one character for one, so every stage after
 * it (row shapes, aligned columns, prose numbers) sees ASCII digits. Other full-width punctuation
 * ('（一）', '：', '，' in prose) and the ideographic space '　' (a cell gap: splitCells) stay as printed.
 *
 * A drawn table's geometry decides its lines: a dump tool that met full-width digits in the page
 * (w3m, html2text) drew them two columns wide and padded the cells to match, so there they are left
 * as they are (the cells' tokens read them: tokenize-cell.ts) — mapping them would shift every
 * bar after them. A dump whose digits were made full-width after it was drawn (a converter, an
 * archiver) has rows wider than its border lines until they are mapped. A drawn line holding such
 * characters is mapped when that makes its display width one of the document's drawn lines without
 * them (borders, rows of text) and not mapping does not; the other way round it is kept; lines the
 * widths do not tell go with the document's majority (mapped on a tie). Lines drawing nothing are mapped.
 */
import { displayWidth } from './aligned-columns.js';
import { DRAWN } from './grid-tables.js';

/** A full-width digit, or full-width '．' / '，' between two digits (full-width or not), or '｜'. */
const WIDE_DIGIT_OR_BAR = /[\uff10-\uff19\uff5c]|(?<=[0-9\uff10-\uff19])[\uff0e\uff0c](?=[0-9\uff10-\uff19])/g;
const HAS_WIDE = /[\uff10-\uff19\uff5c]/;
/** A line of a drawn table: box-drawing characters or bars. */
const DRAWING = /[\u2500-\u257f|\uff5c]/;

/** A text with every full-width digit (and '．'/'，' between digits, '｜') read as ASCII, one character for one. */
export const mapped = (line: string): string => line.replace(WIDE_DIGIT_OR_BAR, (ch) => ch.normalize('NFKC'));

/** The text with full-width digits read as ASCII ones where its drawing allows (see the file comment). */
export function asciiDigits(text: string): string {
  if (!HAS_WIDE.test(text)) return text;
  const parts = text.split(/(\r\n|\r|\n)/);
  // Display widths of the drawn lines holding no full-width digit or bar.
  const widths = new Set<number>();
  for (let i = 0; i < parts.length; i += 2) {
    const t = parts[i]!.trim();
    if (DRAWN.test(t) && !HAS_WIDE.test(t)) widths.add(displayWidth(t));
  }
  const verdict = new Map<number, boolean>();
  let map = 0;
  let keep = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (!HAS_WIDE.test(line) || !DRAWING.test(line)) continue;
    const t = line.trim();
    const asIs = widths.has(displayWidth(t));
    const asMapped = widths.has(displayWidth(mapped(t)));
    if (asMapped && !asIs) { verdict.set(i, true); map++; }
    else if (asIs && !asMapped) { verdict.set(i, false); keep++; }
  }
  const byDefault = map >= keep;
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (!HAS_WIDE.test(line)) continue;
    if (!DRAWING.test(line) || (verdict.get(i) ?? byDefault)) parts[i] = mapped(line);
  }
  return parts.join('');
}
