/** Types of prior-year-variants.mjs for the TypeScript tests that import it. */
export function build(seed: number): {
  text: string;
  name: string;
  data: Record<string, unknown>;
  /** Last year's values (the other copy). */
  old: Record<string, unknown>;
  tables: string[];
  determined: boolean;
  /** Per table printed twice, whether its captions tell the copies apart. */
  tells: Record<string, boolean>;
  opts: Record<string, unknown>;
};
