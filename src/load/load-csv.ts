/**
 * @file CSV (a report's tables as a scraper saved them) → LoadedDocument: decoded as text files are
 * (BOM, UTF-8, GBK/GB18030: load-text's decodeChecked), parsed as CSV, tables split at blank rows.
 */
import { positionedItemLines, tsvWordPages } from './word-boxes.js';
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { parseCsv } from './csv-parse.js';
import { gridsToLines, splitAtBlankRows } from './grid-lines.js';
import { decodeChecked } from './load-text.js';
import { checkDecodedSize } from './text-limits.js';

/**
 * A cell Excel was told to keep as text: `="0123"` (a formula giving the string) or `'19` (the
 * text prefix before a number), as spreadsheet exports write numbers they must not reformat. The
 * value is the text inside: these are ways of writing the number, not damage around it.
 */
function excelTextCell(cell: string): string {
  const formula = /^="(.*)"$/s.exec(cell);
  if (formula) return formula[1]!;
  return /^'[-+]?[\d.,\s]*\d[\d.,\s]*$/.test(cell) ? cell.slice(1) : cell;
}

/** CSV bytes → document. */
export function loadCsv(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { text, warnings } = decodeChecked(bytes, base.name, opts);
  checkDecodedSize(text.length, 'text', base.name);
  // Word boxes saved as .tsv (pdftotext -tsv, Tesseract): positioned words, not a table's cells (word-boxes.ts).
  const wordPages = tsvWordPages(text);
  if (wordPages) return { ...base, kind: 'csv', lines: positionedItemLines(wordPages), warnings };
  const grids = splitAtBlankRows({ rows: parseCsv(text.replace(/^\uFEFF/, '')).map((row) => row.map(excelTextCell)) });
  return { ...base, kind: 'csv', lines: gridsToLines(grids), warnings };
}
