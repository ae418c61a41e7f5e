/** Types of scrape-render.mjs for the TypeScript tests that import it. */
export interface Scrape {
  name: string;
  bytes: Uint8Array;
  /** Dotted keys the file prints. */
  keys: string[];
  /** The value printed for a key. */
  truth(key: string): unknown;
  /** Keys the file no longer determines (an error cell, a blank cell printed for 0). */
  undetermined: Set<string>;
  /** The variant's choices. */
  v: Record<string, unknown>;
}
export function scrape(seed: number, opts?: { hidden?: boolean }): Promise<Scrape>;
