/**
 * @file Everything the package's entry exports except the zod schemas (and `resolveOptions`),
 * which `index.ts` adds as they are and `entry.ts` (the packed entry) as lazy stand-ins.
 */
export { extract, extractDetailed, safeExtract, type ExtractTrace, type SafeExtractResult } from './extract.js';
export { XxgkError, ERROR_CODES, type ErrorCode } from './errors.js';
export { load, type ExtractInput } from './load/index.js';
export { findSections } from './sections/index.js';
export { mapToReport } from './map/index.js';
export { runChecks } from './checks/index.js';
export { scoreConfidence } from './score/index.js';
export { solve } from './solve/index.js';
export { flattenData, keysToData } from './report-data.js';
export * from './typed-report.js';
export { TEMPLATE_2019, TEMPLATE_2021, TEMPLATE_2021_COMBINED, ALL_KEYS, type Template } from './template/index.js';
export * from './golden/index.js';
