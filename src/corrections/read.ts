/**
 * @file Reading a corrections file: what officers set by hand after checking a value against the
 * source. CSV (`sha256,key,value,who,why`, a header line, UTF-8 with or without BOM; the review
 * pages download this format) or JSON (an array of `{ sha256, key, value, who, why }`). `value` is a
 * number, or empty / null for "no value". Keyed by the document's content hash, so a renamed or
 * moved file keeps its corrections.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseCsv } from '../export/csv-cell.js';
import { ALL_KEYS } from '../template/index.js';

/** A bad corrections file: the message names the file and the line. */
export class CorrectionsError extends Error {}

const KEYS = new Set(ALL_KEYS);

export const CorrectionSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
    key: z.string().refine((k) => KEYS.has(k), 'not a canonical key (see codebook.csv)'),
    value: z.number().finite().nullable(),
    who: z.string().trim().min(1, 'who is required'),
    why: z.string().trim().min(1, 'why is required'),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionSchema>;

/** Corrections by document hash. */
export type CorrectionSet = ReadonlyMap<string, readonly Correction[]>;

function fromCsv(text: string, file: string): unknown[] {
  const [head, ...rows] = parseCsv(text);
  const cols = (head ?? []).map((h) => h.trim());
  for (const need of ['sha256', 'key', 'value', 'who', 'why']) if (!cols.includes(need)) throw new CorrectionsError(`${file}: the header must name sha256,key,value,who,why (missing ${need})`);
  return rows.map((cells) => {
    const o = Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()])) as Record<string, string>;
    const v = (o['value'] ?? '').replace(/^'/, '');
    return { sha256: o['sha256']?.toLowerCase(), key: o['key'], value: v === '' || v === '/' ? null : Number(v.replace(/,/g, '')), who: o['who'], why: o['why'] };
  });
}

/** Parses corrections from the text of a file (CSV or JSON by its content). */
export function parseCorrections(text: string, file = 'corrections'): CorrectionSet {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let items: unknown[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new CorrectionsError(`${file}: not valid JSON (${(error as Error).message})`);
    }
    items = Array.isArray(json) ? json : Array.isArray((json as { corrections?: unknown }).corrections) ? (json as { corrections: unknown[] }).corrections : [json];
  } else items = fromCsv(text, file);
  const out = new Map<string, Correction[]>();
  const seen = new Map<string, number | null>();
  items.forEach((item, i) => {
    const r = CorrectionSchema.safeParse(item);
    if (!r.success) throw new CorrectionsError(`${file}: entry ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const c = r.data;
    const id = `${c.sha256} ${c.key}`;
    if (seen.has(id) && seen.get(id) !== c.value) throw new CorrectionsError(`${file}: entry ${i + 1}: ${c.key} of ${c.sha256.slice(0, 12)}… is corrected twice with different values`);
    seen.set(id, c.value);
    out.set(c.sha256, [...(out.get(c.sha256) ?? []).filter((x) => x.key !== c.key), c]);
  });
  return out;
}

/** Reads a corrections file. */
export async function readCorrections(file: string): Promise<CorrectionSet> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new CorrectionsError(`${file}: ${error.message}`);
  });
  return parseCorrections(text, file);
}
