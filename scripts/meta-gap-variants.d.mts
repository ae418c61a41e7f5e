/** Types of meta-gap-variants.mjs for the TypeScript tests that import it. */
export interface GapVariant {
  name: string;
  text: string;
  truth: { agency: string; year: number };
  knobs?: { form: 'kept' | 'lost' | 'dropped'; where: 'title' | 'signOff' | 'both' };
}
export interface GapTally { right: number; rightHigh: number; missing: number; wrong: number; wrongHigh: number; wrong85: number }
export function yearVariant(seed: number): GapVariant;
export function puaVariant(seed: number): GapVariant;
export function planVariant(seed: number): GapVariant;
export function scoreGaps(
  seeds: number[],
  make: (seed: number) => GapVariant,
  readMeta: (v: GapVariant) => Promise<{ agency?: string | null; year?: number | null; metaFields?: Record<string, { confidence: number } | undefined> }>,
  keys: ('agency' | 'year')[],
  options?: { verbose?: boolean },
): Promise<Record<string, GapTally>>;
