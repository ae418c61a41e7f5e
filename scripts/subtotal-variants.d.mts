/** Types of subtotal-variants.mjs for the TypeScript tests that import it. */
export const KINDS: readonly string[];
export const FORMATS: readonly string[];
export interface SubtotalVariant {
  name: string;
  bytes: Uint8Array;
  data: { requests: Record<string, unknown> };
  kind: 'none' | 'first' | 'last' | 'heji' | 'front';
  head: 'group' | 'flat' | 'lost';
  npWord: boolean;
  format: 'tab' | 'space' | 'cell' | 'html' | 'docx' | 'box' | 'pipe' | 'json';
  labels: 'one' | 'three';
  combined: boolean;
  shuffled: boolean;
  wrongRows: string[];
  order: string[];
}
export function build(seed: number, force?: { kind?: string; head?: string; npWord?: boolean; format?: string; wrong?: boolean; combined?: boolean; shuffled?: boolean; labels?: string }): SubtotalVariant;
export interface SubtotalScore { right: number; low: number; wrong: number; wrongLow: number; wrongRowsHigh: number; report: any }
export function measure(v: SubtotalVariant, lib: { extract: (bytes: Uint8Array, o: { name: string }) => Promise<any>; flattenData: (d: any) => Map<string, unknown> }): Promise<SubtotalScore>;
/** Renders header cells (with spans) and rows of table 三 in `v.format` inside a small report. */
export function render(v: { format: string }, cells: { text: string; col: number; row: number; colSpan: number; rowSpan: number }[], rows: (string | number)[][], width: number): { name: string; bytes: Uint8Array };
