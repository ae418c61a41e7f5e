/** Types of row-perturb-ops.mjs for the TypeScript tests that import it. */
import type { Identity } from '../src/template/index.js';

interface OutputField {
  confidence: number;
  flags: readonly string[];
  candidates?: readonly number[];
}

/** What the invariant check reads of a report. */
export interface ReportView {
  fields: Readonly<Record<string, OutputField>>;
  checks: readonly { id: string }[];
}

export const PERTURBATIONS: Record<string, (doc: unknown, r: () => number) => string | null>;
export function perturb(doc: unknown, r: () => number, only?: readonly string[]): { name: string; what: string }[];
export function identityBreaches(report: ReportView, identities: readonly Identity[], data: ReadonlyMap<string, unknown>): { breaches: string[]; unchecked: string[] };
/** A perturbed document: the chosen values (`doc.expected`), what was done, the rendered input. */
export function perturbedInput(
  seed: number,
  formats?: readonly string[],
  only?: readonly string[],
): { doc: { expected: Map<string, number | null>; format: string; style: string }; done: { name: string; what: string }[]; input: { name: string; bytes: Uint8Array } };
