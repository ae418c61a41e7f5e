/**
 * @file Reading what `compare` compares: extractions (report .json, results.jsonl, a folder of
 * them) and goldens (`x.golden.json`, `<case>/golden.json`, or corrected reports: a report .json or
 * a results.jsonl, whose values are taken as right). Each entry keeps the names and the content
 * hash it can be paired by (`pairing.ts`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SUPPORTED } from '../batch/list-inputs.js';
import type { Report } from '../schema/report.js';
import type { Golden } from './compare.js';
import { pushAll } from '../_internal/extremes.js';

/** Bad compare input (missing path, not JSON, unpairable): the CLI's usage error, exit 2. */
export class CompareInputError extends Error {}

/** One extraction: the report, or the error of a document that failed in the batch. */
export interface ReportEntry {
  /** Where it came from: the batch row's file, or the report's source name. */
  file: string;
  sha256: string;
  report?: Report;
  error?: { code: string; message: string };
  /** The document's other paths in its batch (summary.json `duplicates`): a golden may be named after any of them. */
  aliases?: string[];
}

/** One golden and what it can be paired by. */
export interface GoldenEntry {
  /** The golden's file (and line for a results.jsonl). */
  path: string;
  /** The name it is paired by: `x` of x.golden.json, the case folder of golden.json, the source of a report. */
  name: string;
  /** The source document's hash when the golden records it (a corrected report does). */
  sha256?: string;
  golden: Golden;
}

/** Extensions of the documents extractions are made from: those a batch lists, and tables read when named (CSV, TSV, JSON). */
const SOURCE_EXTENSION = new RegExp(`(?:${SUPPORTED.source})|\\.(?:csv|tsv|json)$`, 'i');

/** File name without folders and without `.golden.json` / `.json` / the source extension (.pdf, .xlsx, .csv, …). */
export function stemOf(file: string): string {
  return basename(file).replace(/\.golden\.json$/, '').replace(SOURCE_EXTENSION, '');
}

async function filesIn(path: string, suffix: RegExp): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CompareInputError(`${path}: no such file or folder`);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true });
  return entries.filter((e) => suffix.test(e)).map((e) => join(path, e)).sort();
}

function parseJson<T>(text: string, file: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CompareInputError(`${file}: not JSON (compare reads extractions: report .json, results.jsonl or a folder; and goldens)`);
  }
}

interface JsonlRow {
  file?: string;
  sha256?: string;
  report?: Report;
  error?: { code: string; message: string };
}

/** Extractions in a report .json, a results.jsonl or a folder of them (the last line per document). */
export async function readReportEntries(path: string): Promise<ReportEntry[]> {
  const out = new Map<string, ReportEntry>();
  for (const file of await filesIn(path, /(results\.jsonl|\.json)$/)) {
    if (/golden\.json$/.test(file) && file !== path) continue;
    const text = await readFile(file, 'utf8');
    if (file.endsWith('.jsonl')) {
      const aliases = await duplicatesBeside(file);
      for (const line of text.split('\n').filter((l) => l.trim())) {
        const row = parseJson<JsonlRow>(line, file);
        if (row.report && !isReportShape(row.report)) throw new CompareInputError(`${file}: a row whose report has no \`source\`, \`data\` or \`fields\` (a results.jsonl from xxgk batch holds all three; was it edited or cut?)`);
        const sha256 = row.sha256 || row.report?.source.sha256 || '';
        const name = row.file ?? row.report?.source.name ?? file;
        const also = aliases.get(`${sha256}\u0000${name}`);
        out.set(`${sha256}\u0000${name}`, { file: name, sha256, ...(row.report ? { report: row.report } : {}), ...(row.error ? { error: row.error } : {}), ...(also ? { aliases: also } : {}) });
      }
    } else {
      const report = parseJson<Report & { error?: unknown }>(text, file);
      if (report?.schemaVersion && !isReportShape(report)) throw new CompareInputError(`${file}: an extraction without its \`source\`, \`data\` or \`fields\` (a report from xxgk extract holds all three; was it edited or cut?)`);
      if (report?.schemaVersion) out.set(file, { file: report.source.name, sha256: report.source.sha256, report });
      else if (isExtractError(report)) out.set(file, { file, sha256: '', error: report.error }); // `xxgk extract f > f.json` of a document that failed
      // Other JSON in a folder (summary.json, options) is no extraction; named alone, it is a mistake said so.
      else if (file === path) throw new CompareInputError(`${file}: not an extraction (a report from xxgk extract, a results.jsonl, {"error": …} of a failed document, or a folder of them)`);
    }
  }
  return [...out.values()];
}

/**
 * The other paths of each document of a batch whose results.jsonl is `jsonl`, from the summary.json
 * beside it (a batch names a document by one of its paths — the first in sort order, which may be a
 * copy's '副本 - x.pdf' — and lists the rest as its `duplicates`), keyed by hash and name. Empty
 * without a readable summary.
 */
async function duplicatesBeside(jsonl: string): Promise<Map<string, string[]>> {
  const byDocument = new Map<string, string[]>();
  const text = await readFile(join(dirname(jsonl), 'summary.json'), 'utf8').catch(() => null);
  if (text === null) return byDocument;
  let summary: unknown;
  try {
    summary = JSON.parse(text);
  } catch {
    return byDocument; // not ours to judge: compare reads the results, the summary only helps name them
  }
  const files = isObject(summary) && Array.isArray(summary.files) ? summary.files : [];
  for (const f of files) {
    if (isObject(f) && typeof f.file === 'string' && Array.isArray(f.duplicates)) {
      byDocument.set(`${typeof f.sha256 === 'string' ? f.sha256 : ''}\u0000${f.file}`, f.duplicates.filter((d): d is string => typeof d === 'string'));
    }
  }
  return byDocument;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An extraction whose parts compare reads are there: `source` (its name), `data` and `fields`. */
function isReportShape(value: unknown): value is Report {
  return isObject(value) && isObject(value.source) && typeof value.source.name === 'string' && isObject(value.data) && isObject(value.fields);
}

/** What `xxgk extract` prints for a document that failed: `{ "error": { "code", "message" } }` and nothing else. */
export function isExtractError(value: unknown): value is { error: { code: string; message: string } } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { error, ...rest } = value as { error?: { code?: unknown } };
  return Object.keys(rest).length === 0 && error !== null && typeof error === 'object' && typeof error.code === 'string';
}

/** A golden's shape: an object whose `data` is an object holding at least one table (`{"foo": 1}` or `{"data": {}}` would compare nothing and pass). */
function isGoldenShape(value: unknown): value is Golden {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const data = (value as { data?: unknown }).data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length > 0;
}

/** A report taken as a golden (its values as they are, corrections included). */
function reportAsGolden(report: Report): Golden {
  return { meta: report.meta, data: report.data };
}

/** Goldens under a path: golden files, or corrected reports (report .json / results.jsonl). */
export async function readGoldenEntries(path: string): Promise<GoldenEntry[]> {
  const out: GoldenEntry[] = [];
  for (const file of await filesIn(path, /(golden\.json|results\.jsonl)$/)) {
    const text = await readFile(file, 'utf8');
    if (file.endsWith('.jsonl')) {
      // The last line of a document is its result (a re-run with corrections appends one).
      const last = new Map<string, GoldenEntry>();
      text.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const row = parseJson<JsonlRow>(line, file);
        if (row.report) last.set(row.report.source.sha256, { path: `${file}:${i + 1}`, name: row.file ?? row.report.source.name, sha256: row.report.source.sha256, golden: reportAsGolden(row.report) });
      });
      pushAll(out, last.values());
      continue;
    }
    const json = parseJson<Golden & Partial<Report>>(text, file);
    if (json.schemaVersion && json.source) out.push({ path: file, name: json.source.name, sha256: json.source.sha256, golden: reportAsGolden(json as Report) });
    else if (isGoldenShape(json)) out.push({ path: file, name: basename(file) === 'golden.json' ? basename(dirname(file)) : stemOf(file), golden: json });
    else throw new CompareInputError(`${file}: not a golden (no \`data\` object with the template's values; a golden is { meta, data } as in golden/*.golden.json, or a report from xxgk extract)`);
  }
  return out;
}
