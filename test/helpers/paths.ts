/** @file Paths of the bundled samples and of the shared corpus (read in place, never copied). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname ?? process.cwd(), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'seed');
export const CORPUS = join(SHARED, 'corpus');

/** `describe` when the folder exists, `describe.skip` otherwise (a fresh clone has no ../shared). */
export function describeIfExists(path: string): jest.Describe {
  return existsSync(path) ? describe : describe.skip;
}
