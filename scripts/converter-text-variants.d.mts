/** Types of converter-text-variants.mjs for the tests that import it. */
export const CONVERTERS: string[];
export function plan(seed: number): { seed: number; data: { activeDisclosure: unknown; requests: unknown; reviewLitigation: unknown }; version: string; combined: boolean; style: string; blankZeros: boolean; converter: string; html: string; stem: string };
export function build(seed: number): ReturnType<typeof plan> & { bytes: Uint8Array; name: string };
