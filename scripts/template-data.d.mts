/** Types of template-data.mjs for the TypeScript tests that import it. */
export const COLS: readonly string[];
export const COLUMN_WORDS: Readonly<Record<string, string>>;
export const SUB_COLUMNS: readonly string[];
export const REQUEST_NOTE: string;
export function verdict(got: unknown, truth: unknown, confidence: number): 'right' | 'low' | 'wrong' | 'wrongLow';
export function requestRows(combined: boolean): [group: string, label: string, key: string][];
export const ACTIVE_2021: [group: string, label: string, key: string, columns: string[]][];
export const ACTIVE_2019: [group: string, label: string, key: string, columns: string[]][];
export function tallyFields(rep: unknown, data: unknown, flattenData: unknown, seed: number, said?: (key: string, verdict: string) => string): Record<'right' | 'low' | 'wrong' | 'wrongLow', number>;
export function makeValues(seed: number, opts?: { version?: '2021' | '2019'; combined?: boolean; scale?: number; digits?: number }): { requests: unknown; activeDisclosure: unknown; reviewLitigation: unknown };
export function requestValues(data: unknown, key: string): number[];
export function flatTruth(d: unknown, p?: string): [string, unknown][];
/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number;
