/**
 * @file The zod schemas for the package entry (`entry.ts`), loaded on first use: zod and the
 * report schema are ~230 modules, half a second of a cold start on a busy machine, and `extract`
 * itself does not need them (options are checked against the built JSON Schema, reports too; see
 * options-defaults.ts and json-check.ts). Each schema here is a stand-in that loads
 * `./report.js` (or `../options.js`) synchronously (`require` of an ES module, Node ≥ 20.19) the
 * first time it is touched and forwards everything to the real one, so `ReportSchema.parse(x)`,
 * `z.toJSONSchema(ReportSchema)` and `ReportSchema instanceof` checks work as on the real object
 * (methods are bound to it). `xxgk-report/schema` exports the real objects.
 */
import { createRequire } from 'node:module';
import type * as OptionsModule from '../options.js';
import { fastOptions } from '../options-defaults.js';
import type * as ReportModule from './report.js';

export { SCHEMA_VERSION } from './version.js';
export type * from './report.js';
export type { ExtractOptions, ResolvedOptions } from '../options.js';

const load = createRequire(import.meta.url);
let reportModule: typeof ReportModule | undefined;
let optionsModule: typeof OptionsModule | undefined;
const report = (): typeof ReportModule => (reportModule ??= load('./report.js') as typeof ReportModule);
const options = (): typeof OptionsModule => (optionsModule ??= load('../options.js') as typeof OptionsModule);

/** A stand-in for `real()` (an object, or an array with an array `shape`), loaded on first touch. */
function lazy<T extends object>(shape: object, real: () => T): T {
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(shape, {
    get(_, key) {
      const target = real();
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      if (!bound.has(key)) bound.set(key, (value as (...a: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  }) as T;
}

export const FIELD_FLAGS = lazy([], () => report().FIELD_FLAGS);
export const FieldFlagSchema = lazy({}, () => report().FieldFlagSchema);
export const SourceRefSchema = lazy({}, () => report().SourceRefSchema);
export const FieldInfoSchema = lazy({}, () => report().FieldInfoSchema);
export const DataSchema = lazy({}, () => report().DataSchema);
export const SectionKeySchema = lazy({}, () => report().SectionKeySchema);
export const CheckSchema = lazy({}, () => report().CheckSchema);
export const WarningSchema = lazy({}, () => report().WarningSchema);
export const META_FLAGS = lazy([], () => report().META_FLAGS);
export const MetaFlagSchema = lazy({}, () => report().MetaFlagSchema);
export const META_SOURCES = lazy([], () => report().META_SOURCES);
export const MetaFieldInfoSchema = lazy({}, () => report().MetaFieldInfoSchema);
export const MetaFieldsSchema = lazy({}, () => report().MetaFieldsSchema);
export const ReportSchema = lazy({}, () => report().ReportSchema);
export const ExtractOptionsSchema = lazy({}, () => options().ExtractOptionsSchema);

/** Validates and defaults user options (see `options.ts`); zod is loaded only to word an error. */
export function resolveOptions(user: unknown = {}): OptionsModule.ResolvedOptions {
  return fastOptions(user) ?? options().resolveOptions(user);
}
