/** Types of reportlab-spec.mjs for the TypeScript tests that import it. */
export function spec(seed: number, variant: number): { version: '2019' | '2021'; combined: boolean; data: Record<string, unknown>; printed: Record<string, unknown> };
export const COLUMN_HEADS: Readonly<Record<string, string>>;
