/** Types of meta-variants.mjs for the TypeScript tests that import it. */
export interface MetaVariant {
  name: string;
  text: string;
  truth: { agency: string; year: number };
}
export interface MetaScore {
  agencyRight: number; agencyWrong: number; agencyNull: number; agencyHigh: number;
  yearRight: number; yearWrong: number; yearNull: number; yearHigh: number;
  wrongHigh: number; total: number;
}
export function metaVariant(seed: number, options?: { marks?: boolean }): MetaVariant;
export function scoreVariants(
  seeds: number[],
  readMeta: (v: MetaVariant) => Promise<{ agency: string | null; year: number | null; metaFields?: { agency?: { confidence: number }; year?: { confidence: number } } }>,
  options?: { verbose?: boolean; marks?: boolean },
): Promise<MetaScore>;
