/**
 * @file JSON (a report's tables as a scraper saved them) → LoadedDocument: decoded as text files are
 * (load-text's decodeChecked), parsed, its tables found by json-grids.
 */
import { XxgkError } from '../errors.js';
import type { LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { gridsToLines } from './grid-lines.js';
import { jsonToGrids } from './json-grids.js';
import { decodeChecked } from './load-text.js';
import { checkDecodedSize } from './text-limits.js';

/** JSON bytes → document; E_DECODE when the text is not JSON. */
export function loadJson(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { text, warnings } = decodeChecked(bytes, base.name, opts);
  checkDecodedSize(text.length, 'text', base.name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new XxgkError('E_DECODE', `${base.name}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  return { ...base, kind: 'json', lines: gridsToLines(jsonToGrids(parsed)), warnings };
}
