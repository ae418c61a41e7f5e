/** Types of split-columns-variants.mjs for the TypeScript tests that import it. */
export const FORMATS: readonly string[];
export const LABELS: readonly string[];
export const BANDS: readonly string[];
export interface SplitVariant {
  name: string;
  bytes: Uint8Array;
  data: { requests: Record<string, unknown> };
  split: number[];
  labels: 'repeat' | 'none';
  band: 'group' | 'merged' | 'flat' | 'none';
  sparse: string | false;
  furniture: string[];
  format: string;
}
export function build(seed: number, force?: { split?: number[]; labels?: string; band?: string; furniture?: number; format?: string; sparse?: string | false }): SplitVariant;
export interface SplitScore { right: number; low: number; wrong: number; wrongLow: number; report: any }
export function measure(v: SplitVariant, lib: { extract: (bytes: Uint8Array, o: { name: string }) => Promise<any>; flattenData: (d: any) => Map<string, unknown> }): Promise<SplitScore>;
