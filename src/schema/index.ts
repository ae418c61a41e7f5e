/** @file Public entry `xxgk-report/schema`: the zod schemas of the output and the options. */
export * from './report.js';
export { ExtractOptionsSchema } from '../options.js';
export type { ExtractOptions, ResolvedOptions } from '../options.js';
