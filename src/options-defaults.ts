/**
 * @file Option defaults and a zod-free fast path for the common case, so extracting a text file
 * does not load zod (about half of a cold start). `fastOptions` accepts only options it can
 * check completely — the keys below, each with a value zod would accept — and returns exactly
 * what `resolveOptions` would; anything else (an unknown key, a bad value, an option added to
 * `ExtractOptionsSchema` later) gets `undefined`, and the caller asks zod (`options.ts`, the
 * source of truth). test/startup.test.ts checks both agree.
 */
import type { ResolvedOptions } from './options.js';

/** bytes. Larger inputs are refused with E_TOO_LARGE: no real report comes near it. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** ms. Wall-clock budget for one document; a hostile PDF ends with E_TIMEOUT instead of hanging. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** pages. A PDF with more is refused with E_TOO_LARGE before its pages are read (reports have < 50). */
export const DEFAULT_MAX_PAGES = 500;

/** The defaults `ExtractOptionsSchema` fills in (test/startup.test.ts checks they agree). */
export const OPTION_DEFAULTS = {
  format: 'auto',
  encoding: 'auto',
  trace: false,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxBytes: DEFAULT_MAX_BYTES,
  maxPages: DEFAULT_MAX_PAGES,
} as const;

const positiveInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const string = (v: unknown): boolean => typeof v === 'string';

/** Checks no looser than the zod schema's, per key. */
const CHECKS: Record<string, (v: unknown) => boolean> = {
  format: (v) => v === 'auto' || v === 'pdf' || v === 'html' || v === 'text' || v === 'docx',
  name: string,
  password: string,
  encoding: string,
  trace: (v) => typeof v === 'boolean',
  timeoutMs: positiveInt,
  maxBytes: positiveInt,
  maxPages: positiveInt,
};

/** The resolved options when every key is known and valid; `undefined` when zod must decide. */
export function fastOptions(user: unknown): ResolvedOptions | undefined {
  if (user === undefined || user === null) return Object.freeze({ ...OPTION_DEFAULTS });
  if (typeof user !== 'object' || Array.isArray(user) || Object.getPrototypeOf(user) !== Object.prototype) return undefined;
  const out: Record<string, unknown> = { ...OPTION_DEFAULTS };
  for (const [key, value] of Object.entries(user)) {
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
    if (!check) return undefined;
    if (value === undefined) continue;
    if (!check(value)) return undefined;
    out[key] = value;
  }
  return Object.freeze(out) as ResolvedOptions;
}
