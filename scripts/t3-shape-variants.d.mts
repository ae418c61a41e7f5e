/** Types of t3-shape-variants.mjs for the TypeScript tests that import it. */
export interface ShapeVariant { name: string; bytes: Uint8Array; data: { requests: Record<string, unknown> }; kind: string; format: string; label: string; undetermined: boolean }
export function build(seed: number, kind: 'extra' | 'twoyear' | 'transposed', format: 'tab' | 'space' | 'html' | 'docx' | 'pdf'): ShapeVariant;
