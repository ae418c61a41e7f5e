import type { makeValues } from './template-data.mjs';
export const BAND_ROWS: string[];
export function longBandTable(data: ReturnType<typeof makeValues>, from: string, to: string): string;
export function longBandReport(seed: number, from: string, to: string): { text: string; data: ReturnType<typeof makeValues> };
export function bandOf(seed: number): [string, string];
