/** @file Golden comparison: the same code for the CLI and the tests. */
export * from './compare.js';
export * from './format.js';
