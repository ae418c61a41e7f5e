/** Types of multi-report-variants.mjs's renderers for the TypeScript tests that import them. */
export function toText(blocks: readonly (readonly [string, unknown])[]): string;
export function toHtml(blocks: readonly (readonly [string, unknown])[], pageTitle: string): string;
export function build(seed: number, format?: string): Record<string, unknown>;
export function flatten(o: unknown, p?: string, out?: Map<string, unknown>): Map<string, unknown>;
