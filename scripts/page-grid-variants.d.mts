/** Types of page-grid-variants.mjs for the TypeScript tests that import it. */
export interface PageGridVariant {
  /** The variant's choices (header shape, column order, words, extra). */
  v: Record<string, string>;
  name: string;
  /** The HTML page. */
  bytes: Uint8Array;
  /** The printed values (`requests` by dotted key). */
  data: { requests: Record<string, unknown> };
}
export function variant(seed: number): PageGridVariant;
