/**
 * @file Stage 7, score: per-field confidence from recorded signals, in one place.
 *
 * Formula (all numbers are the named constants below):
 *  1. base from placement: by label `0.55 + 0.4 × labelScore`; by column order (table 四) 0.95;
 *     by position only 0.8.
 *  2. checks: any identity through the field fails → `base × 0.6`; otherwise, when at least one
 *     holds → `base + (1 − base) × 0.6` (the identities confirm the reading).
 *  3. caps by flag: position / repaired / derived / narrative ≤ 0.85 (a guess is never ≥ 0.9); blank ≤ 0.9
 *     (≤ 0.85 without a confirming identity); segmented ≤ 0.92 only when every identity through
 *     the field holds, else ≤ 0.7; ambiguous and missing → 0.
 *
 * Worked example: seed row '2. 其他法律法规禁止公开 0 0 0 0 0 0 0' matches
 * '其他法律行政法规禁止公开' with labelScore 0.83 → base 0.55 + 0.4 × 0.83 = 0.88; its row total
 * and column identities hold → 0.88 + 0.12 × 0.6 = 0.95; no capping flag → 0.95.
 * The seed's unlabeled first row ('2 0 0 0 0 0 2', placed by position) → base 0.8 → identities
 * hold → 0.92 → capped by `position` → 0.85.
 */
import type { Placement } from '../map/index.js';
import type { Check, FieldFlag, FieldInfo } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';

const LABEL_BASE = 0.55;
const LABEL_WEIGHT = 0.4;
const COLUMNS_BASE = 0.95;
const POSITION_BASE = 0.8;
/** Multiplier when an identity through the field fails as printed. */
const FAILED_CHECK_FACTOR = 0.6;
/** Share of the remaining doubt removed when the identities through the field hold. */
const CONFIRM_SHARE = 0.6;
const GUESS_CAP = 0.85;
const BLANK_CAP = 0.9;
const SEGMENTED_CAP = 0.92;
const SEGMENTED_UNCONFIRMED_CAP = 0.7;
/**
 * An OCR value stays below 0.9 unless every identity through it holds and at least
 * `OCR_CONFIRMATIONS` of them run through other cells that were read too (not derived). One is not
 * enough: OCR errors correlate (a faint leading '1' lost in a part and in its row total, '14'/'15'
 * read '4'/'5', still sum right).
 */
const OCR_CAP = 0.85;
const OCR_CONFIRMATIONS = 2;
/** Label score under which the field is flagged labelFuzzy. */
const FUZZY_LABEL = 0.9;

function base(p: Placement | undefined): number {
  if (!p) return 0;
  if (p.by === 'label') return LABEL_BASE + LABEL_WEIGHT * p.labelScore;
  return p.by === 'columns' ? COLUMNS_BASE : POSITION_BASE;
}

function capFor(flags: ReadonlySet<FieldFlag>, confirmed: boolean, independent: boolean): number {
  let cap = 1;
  if (flags.has('ocr') && !(confirmed && independent)) cap = Math.min(cap, OCR_CAP);
  if (flags.has('position') || flags.has('repaired') || flags.has('derived') || flags.has('narrative')) cap = Math.min(cap, GUESS_CAP);
  if (flags.has('blank')) cap = Math.min(cap, confirmed ? BLANK_CAP : GUESS_CAP);
  if (flags.has('segmented')) cap = Math.min(cap, confirmed ? SEGMENTED_CAP : SEGMENTED_UNCONFIRMED_CAP);
  return cap;
}

/** Scores one field. */
export function scoreField(solved: SolvedField | undefined, placement: Placement | undefined, checks: readonly Check[], derived: (key: string) => boolean = () => false): FieldInfo {
  if (!solved || !placement) return { confidence: 0, flags: ['missing'] };
  const flags = new Set<FieldFlag>(solved.flags);
  if (placement.by === 'position') flags.add('position');
  if (placement.by === 'label' && placement.labelScore < FUZZY_LABEL) flags.add('labelFuzzy');
  const failed = checks.some((c) => !c.ok);
  if (failed) flags.add('checkFailed');
  const confirmed = !failed && checks.length > 0;
  let c = base(placement);
  if (failed) c *= FAILED_CHECK_FACTOR;
  else if (confirmed) c += (1 - c) * CONFIRM_SHARE;
  const independent = checks.filter((ch) => ch.ok && ch.keys.every((k) => !derived(k.replace(/^-/, '')))).length >= OCR_CONFIRMATIONS;
  c = Math.min(c, capFor(flags, confirmed, independent));
  if (flags.has('ambiguous')) c = 0;
  const info: FieldInfo = { confidence: Math.round(c * 1000) / 1000, flags: [...flags].sort(), source: placement.source };
  if (solved.candidates) info.candidates = solved.candidates;
  return info;
}

/** Scores every key; the report's confidence is the mean over the template's keys (missing = 0). */
export function scoreConfidence(
  keys: readonly string[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
  checks: readonly Check[],
): { fields: Record<string, FieldInfo>; confidence: number } {
  const byKey = new Map<string, Check[]>();
  for (const c of checks) for (const k of c.keys) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  const out: Record<string, FieldInfo> = {};
  const derived = (key: string): boolean => fields.get(key)?.flags.includes('derived') ?? true;
  let sum = 0;
  for (const k of keys) {
    out[k] = scoreField(fields.get(k), placements.get(k), byKey.get(k) ?? [], derived);
    sum += out[k].confidence;
  }
  return { fields: out, confidence: keys.length ? Math.round((sum / keys.length) * 1000) / 1000 : 0 };
}
