/**
 * @file Option defaults, and a zod-free path for resolving options, so extracting a text file
 * does not load zod (about half of a cold start). The build writes `dist/options.schema.json`
 * from `ExtractOptionsSchema` (the source of truth): its JSON Schema and the defaults zod fills
 * in (`scripts/build-schema.mjs`). `fastOptions` checks the options against that schema and
 * applies those defaults; options the schema refuses get `undefined`, so zod words the error.
 * Running from sources (no built file), `fastOptions` always defers to zod. test/startup.test.ts
 * checks that it gives what `resolveOptions` gives.
 */
import { readFileSync } from 'node:fs';
import type { ResolvedOptions } from './options.js';
import { jsonSchemaChecker } from './schema/json-check.js';

/** bytes. Larger inputs are refused with E_TOO_LARGE: no real report comes near it. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** ms. Wall-clock budget for one document; a hostile PDF ends with E_TIMEOUT instead of hanging. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * ms. Added to a document's budget for each page it reads by OCR (`ocr: 'auto' | 'force'`): OCR
 * takes 10–25 s a page on a quiet core and 100 s and more on a busy machine (a tester's 3-page scan
 * at 100 dpi ran out of 280 s at load 30), where a text page takes milliseconds. A 5-page scan
 * under the default budget gets 60 s + 5 × 120 s.
 */
export const OCR_PAGE_BUDGET_MS = 120_000;
/** pages. A PDF with more is refused with E_TOO_LARGE before its pages are read (reports have < 50). */
export const DEFAULT_MAX_PAGES = 500;

/** What the build derives from ExtractOptionsSchema. */
export interface BuiltOptions {
  /** The path of the first violation of the options' JSON Schema, or null. */
  check: (value: unknown) => string | null;
  /** `resolveOptions({})`. */
  defaults: Readonly<Record<string, unknown>>;
}

let built: BuiltOptions | undefined | null = null;

/** dist/options.schema.json as a checker and defaults; `undefined` from sources or when its schema is not understood. */
export function loadBuiltOptions(): BuiltOptions | undefined {
  if (built !== null) return built;
  try {
    const file = JSON.parse(readFileSync(new URL('./options.schema.json', import.meta.url), 'utf8')) as { schema: unknown; defaults: Record<string, unknown> };
    const check = jsonSchemaChecker(file.schema);
    built = check ? { check, defaults: file.defaults } : undefined;
  } catch {
    built = undefined;
  }
  return built;
}

/** The resolved options when the built schema accepts them; `undefined` when zod must decide. */
export function fastOptions(user: unknown, from: BuiltOptions | undefined = loadBuiltOptions()): ResolvedOptions | undefined {
  if (!from) return undefined;
  const given = user ?? {};
  const proto: unknown = typeof given === 'object' ? Object.getPrototypeOf(given) : undefined;
  if (Array.isArray(given) || (proto !== Object.prototype && proto !== null)) return undefined;
  if (from.check(given) !== null) return undefined;
  // A named encoding is checked against iconv-lite's names by zod (a refinement JSON Schema cannot say).
  const { encoding } = given as { encoding?: unknown };
  if (encoding !== undefined && encoding !== 'auto') return undefined;
  const out: Record<string, unknown> = { ...from.defaults };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) out[key] = value;
  return Object.freeze(out) as ResolvedOptions;
}
