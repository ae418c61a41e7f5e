/**
 * @file The package's entry (`import … from 'xxgk-report'`, `require('xxgk-report')`): the
 * exports of `index.ts`, with the zod schemas loaded on first use (`schema/lazy.ts`), so importing
 * the package to call `extract` loads neither zod nor cheerio nor pdf.js.
 */
export * from './api.js';
export * from './schema/lazy.js';
