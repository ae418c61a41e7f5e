/** Types of chinese-numeral-variants.mjs for the tests that import it. */
export function toChinese(n: number, r: () => number): string;
export function build(seed: number): { data: { activeDisclosure: unknown; requests: unknown; reviewLitigation: unknown }; format: string; share: number; rewritten: number; bytes: Uint8Array; name: string };
