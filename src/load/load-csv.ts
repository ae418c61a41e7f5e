/**
 * @file CSV (a report's tables as a scraper saved them) → LoadedDocument: decoded as text files are
 * (BOM, UTF-8, GBK/GB18030: load-text's decodeChecked), parsed as CSV, tables split at blank rows.
 */
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { parseCsv } from './csv-parse.js';
import { gridsToLines, splitAtBlankRows } from './grid-lines.js';
import { decodeChecked } from './load-text.js';
import { checkDecodedSize } from './text-limits.js';

/** CSV bytes → document. */
export function loadCsv(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { text, warnings } = decodeChecked(bytes, base.name, opts);
  checkDecodedSize(text.length, 'text', base.name);
  const grids = splitAtBlankRows({ rows: parseCsv(text.replace(/^\uFEFF/, '')) });
  return { ...base, kind: 'csv', lines: gridsToLines(grids), warnings };
}
