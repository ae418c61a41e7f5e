/** Types of unit-table-variants.mjs (and the renderers of multi-report-variants.mjs it uses) for the TypeScript tests that import it. */
export function build(seed: number): {
  seed: number;
  mode: 'first' | 'last' | 'middle' | 'none' | 'partial';
  n: number;
  t4rows: 'top' | 'bottom' | null;
  blocks: [string, unknown][];
  pageTitle: string;
  /** The summary's values, or (no summary) the values every unit prints as 0; null when nothing is determined. */
  truth: Record<string, unknown> | null;
  /** Table 四's truth: the 合计 row's values when the table prints a row per unit. */
  t4truth: Record<string, unknown> | null;
};
