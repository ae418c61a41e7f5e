/** @file The report's schema version, without zod (the CLI's text path does not load zod). */

/** Bumped only when the output changes incompatibly. */
export const SCHEMA_VERSION = 1;
