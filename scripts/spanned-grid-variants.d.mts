/** Types of spanned-grid-variants.mjs for the TypeScript tests that import it. */
export type SpanCell = [row: number, col: number, rowSpan: number, colSpan: number, text: string];
export interface DrawOptions {
  style?: 'single' | 'double' | 'heavy' | 'ascii';
  amb?: 1 | 2;
  lw?: number;
  valign?: 'top' | 'middle';
  indent?: string;
}
export function drawSpans(cells: SpanCell[], nr: number, nc: number, opts?: DrawOptions): string;
export function build(seed: number): { text: string; data: Record<string, unknown>; opts: DrawOptions & { combined: boolean } };
