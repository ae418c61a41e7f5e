/** Types of pandoc-span-variants.mjs for the tests that import it. */
export function build(seed: number): { data: { activeDisclosure: unknown; requests: unknown; reviewLitigation: unknown }; style: string; groups: boolean; bytes: Uint8Array; name: string };
