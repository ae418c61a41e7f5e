/** Types of grid-header-variants.mjs for the TypeScript tests that import it. */
export interface GridHeaderVariant {
  /** The variant's choices (format, header shape, column order, damage). */
  v: Record<string, string>;
  name: string;
  /** The file's text (CSV, JSON or HTML). */
  text: string;
  /** Dotted keys of table 三 the file prints. */
  keys: string[];
  /** Column keys whose header the file does not determine (lost or ambiguous). */
  undetermined: Set<string>;
  data: unknown;
  /** The value printed for a key. */
  truth(key: string): unknown;
}
export function variant(seed: number): GridHeaderVariant;
