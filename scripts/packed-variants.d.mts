/** Types of packed-variants.mjs for the TypeScript tests that import it. */
export const FORMATS: readonly string[];
export const TRAPS: readonly string[];
export interface PackedVariant {
  name: string;
  bytes: Uint8Array;
  data: { requests: Record<string, unknown> };
  format: 'pipe' | 'html';
  wrap: number;
  numbering: string;
  packed: string[];
  trap: 'none' | 'unnumbered' | 'short';
}
export function build(seed: number, force?: { format?: string; wrap?: number; numbering?: string; packed?: string[]; trap?: string }): PackedVariant;
export interface PackedScore { right: number; low: number; wrong: number; wrongLow: number; report: any }
export function measure(v: PackedVariant, lib: { extract: (bytes: Uint8Array, o: { name: string }) => Promise<any>; flattenData: (d: any) => Map<string, unknown> }): Promise<PackedScore>;
