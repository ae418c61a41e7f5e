import { maxOf } from '../_internal/extremes.js';
/**
 * @file CSV text → rows of cells (RFC 4180: quoted cells with the delimiter, line breaks and doubled
 * quotes inside). The delimiter is the one of ',', ';' and tab that splits the first lines most
 * consistently into more than one cell: scrapers write all three (Excel in a Chinese locale ',',
 * European locales ';', pandas `sep='\t'`).
 */

/** The delimiters a scraper writes. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Lines looked at to choose the delimiter. */
const SNIFF_LINES = 30;

/** Parses CSV text with one delimiter. */
export function parseCsvWith(text: string, delim: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
    } else if (ch === '"' && cell.trim() === '') (cell = ''), (quoted = true);
    else if (ch === delim) row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/** How well a delimiter splits the head: lines split into more than one cell, counted once per line whose width repeats. */
function score(head: string, delim: string): number {
  const widths = parseCsvWith(head, delim).map((r) => r.length).filter((n) => n > 1);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  return widths.length + maxOf(counts.values(), 0);
}

/** The delimiter of a CSV text (',' when none splits it). */
export function sniffDelimiter(text: string): string {
  const head = text.split(/\r?\n/).slice(0, SNIFF_LINES).join('\n');
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const s = score(head, d);
    if (s > bestScore) (best = d), (bestScore = s);
  }
  return best;
}

/** CSV text → rows of cells, the delimiter sniffed. */
export function parseCsv(text: string): string[][] {
  return parseCsvWith(text, sniffDelimiter(text));
}
