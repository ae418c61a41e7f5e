/**
 * @file JSON (a report's tables as a scraper saved them, or a CMS API response holding the article)
 * → LoadedDocument: decoded as text files are (load-text's decodeChecked), parsed, its parts found by
 * json-grids: tables read as saved grids, HTML strings as HTML pages (load-html), multi-line strings as
 * text files (layout/text-to-lines).
 */
import { XxgkError } from '../errors.js';
import { textToLines } from '../layout/text-to-lines.js';
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { gridToLines } from './grid-lines.js';
import { jsonToParts, type JsonPart } from './json-grids.js';
import { htmlPage } from './load-html.js';
import { decodeChecked } from './load-text.js';
import { checkDecodedSize } from './text-limits.js';
import { pushAll } from '../_internal/extremes.js';

/** What the parts of a JSON document read as. */
interface PartsRead {
  lines: Line[];
  metaTitle?: string;
  metaDate?: string;
}

/**
 * The parts' lines in document order. Tables are numbered across the parts (an HTML part's tables
 * after the tables before it), so no two tables share a `source.table`.
 */
function partsToLines(parts: readonly JsonPart[], warnings: Warning[], name: string): PartsRead {
  const out: PartsRead = { lines: [] };
  let tables = 0;
  for (const part of parts) {
    if ('rows' in part) {
      pushAll(out.lines, gridToLines(part, tables++));
      continue;
    }
    if ('text' in part) {
      pushAll(out.lines, textToLines(part.text));
      continue;
    }
    const page = htmlPage(part.html, warnings, name);
    const offset = tables;
    for (const l of page.lines) {
      if (l.source.table !== undefined) tables = Math.max(tables, offset + l.source.table + 1);
      out.lines.push(l.source.table === undefined ? l : { ...l, source: { ...l.source, table: offset + l.source.table } });
    }
    out.metaTitle ??= page.metaTitle;
    out.metaDate ??= page.metaDate;
  }
  return out;
}

/**
 * True for this product's own output or a golden: an object whose `meta` is an object and whose
 * `fields` (output) or `data` (golden, output) holds the template's sections. Its strings hold the
 * title and headings but no tables, so it would read as a report with every field missing.
 */
function isReportJson(parsed: unknown): boolean {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed) || !isObject(parsed.meta)) return false;
  const { fields, data } = parsed;
  return isObject(fields) || (isObject(data) && ('requests' in data || 'activeDisclosure' in data));
}

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
  if (isReportJson(parsed)) {
    throw new XxgkError('E_NOT_A_REPORT', `${base.name}: this is a report's extraction or golden (JSON with "meta" and "data" or "fields"), not a report: score it with \`xxgk compare\``);
  }
  const { lines, metaTitle, metaDate } = partsToLines(jsonToParts(parsed), warnings, base.name);
  return { ...base, kind: 'json', lines, warnings, ...(metaTitle ? { metaTitle } : {}), ...(metaDate ? { metaDate } : {}) };
}
