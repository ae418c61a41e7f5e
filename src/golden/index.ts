/** @file Golden comparison: the same code for the CLI and the tests. */
export * from './compare.js';
export * from './format.js';
export * from './read.js';
export * from './pairing.js';
