/**
 * @file Public API of xxgk-report: extract / safeExtract, the stage functions, schemas, errors.
 * The package's entry point is `entry.ts`: the same exports, with the zod schemas loaded on first
 * use; this module (all static) is what the tests and the sources import.
 */
export * from './api.js';
export { ExtractOptionsSchema, resolveOptions, type ExtractOptions, type ResolvedOptions } from './options.js';
export * from './schema/report.js';
