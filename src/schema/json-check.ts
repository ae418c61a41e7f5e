/**
 * @file A zod-free check of a report (or of options) against the JSON Schema that the build
 * generates from `ReportSchema` (dist/schema.json, `scripts/build-schema.mjs`), so the CLI's text
 * path does not load zod. It knows the keywords z.toJSONSchema emits for them; a schema using any other
 * keyword is not interpreted at all (`loadReportChecker` gives `undefined` and the caller uses
 * zod). Running from sources (no dist/schema.json) also falls back to zod.
 */
import { readFileSync } from 'node:fs';

type Schema = { [keyword: string]: unknown };

/** Keywords interpreted below; `description`, `default`, `$schema` and `title` are annotations. */
const KNOWN = new Set(['$schema', 'title', 'description', 'default', 'type', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'anyOf']);

/** Every keyword of every (sub)schema is known. */
function supported(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return typeof schema === 'boolean';
  for (const [k, v] of Object.entries(schema)) {
    if (!KNOWN.has(k)) return false;
    if (k === 'properties' && !Object.values(v as object).every(supported)) return false;
    if ((k === 'additionalProperties' || k === 'propertyNames' || k === 'items') && !supported(v)) return false;
    if (k === 'anyOf' && !(v as unknown[]).every(supported)) return false;
  }
  return true;
}

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    default:
      return false;
  }
}

/** Compiled `pattern`s: the same few patterns are checked on every field of every report. */
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

/**
 * The path of the first violation below `v` ('' for `v` itself, '/items/0' for a part), or `null`
 * when `v` matches: the path is built only on the way back from a violation, not for every part checked.
 */
function check(s: Schema | boolean, v: unknown): string | null {
  if (s === true) return null;
  if (s === false) return '';
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type.some((t: string) => typeOk(t, v)) : typeOk(s.type as string, v))) return '';
  if ('const' in s && v !== s.const) return '';
  if (s.enum && !(s.enum as unknown[]).includes(v)) return '';
  if (typeof v === 'string' && typeof s.pattern === 'string' && !patternOf(s.pattern).test(v)) return '';
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) return '';
    if (typeof s.maximum === 'number' && v > s.maximum) return '';
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return '';
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return '';
  }
  if (s.anyOf && !(s.anyOf as Schema[]).some((sub) => check(sub, v) === null)) return '';
  if (Array.isArray(v) && s.items !== undefined) {
    for (let i = 0; i < v.length; i++) {
      const bad = check(s.items as Schema, v[i]);
      if (bad !== null) return `/${i}${bad}`;
    }
  }
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if ((v as Record<string, unknown>)[key] === undefined) return `/${key}`;
    for (const [key, value] of Object.entries(v)) {
      const declared = Object.hasOwn(props, key);
      // An optional property may hold undefined (as in zod); a record's value may not.
      if (value === undefined && declared && !(s.required as string[] | undefined)?.includes(key)) continue;
      const sub = declared ? props[key] : (s.additionalProperties as Schema | boolean | undefined);
      if (s.propertyNames !== undefined && check(s.propertyNames as Schema, key) !== null) return `/${key}`;
      if (sub === undefined) continue;
      const bad = check(sub, value);
      if (bad !== null) return `/${key}${bad}`;
    }
  }
  return null;
}

/** A checker for `schema`: the path of the first violation or `null`; `undefined` when the schema uses keywords it does not know. */
export function jsonSchemaChecker(schema: unknown): ((value: unknown) => string | null) | undefined {
  if (!supported(schema)) return undefined;
  return (value) => check(schema as Schema, value);
}

let cached: ((value: unknown) => string | null) | undefined | null = null;

/** The checker of the built dist/schema.json, or `undefined` (no such file: running from sources). */
export function loadReportChecker(): ((value: unknown) => string | null) | undefined {
  if (cached !== null) return cached;
  try {
    cached = jsonSchemaChecker(JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')));
  } catch {
    cached = undefined;
  }
  return cached;
}
