export const PATTERNS: string[];
export const DUMPS: string[];
export function blankDumpVariant(seed: number, patterns?: string[]): { data: { activeDisclosure: unknown; requests: unknown; reviewLitigation: unknown }; html: string; tab: string; pattern: string; what: string };
export function expandTabs(text: string, measure: (ch: string) => number, stop?: number): string;
