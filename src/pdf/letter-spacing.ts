/**
 * @file Letter spacing of a visual line, measured on its CJK text. CSS `letter-spacing`, Word's
 * 字符间距 and justified cells widen every gap between glyphs by the same amount L, the gaps
 * inside a number as well as those between cells. A fixed threshold between "one number" and "two
 * cells" fails once L passes it (Chromium `letter-spacing: 5px` at 12 pt is 0.31 em: every digit
 * of '1916' became a cell of its own). Ideographs advance exactly 1 em in CJK fonts, so the pitch
 * of a line's ideographs less 1 em is L; the number thresholds of `pdf-lines.ts` are widened by it.
 */
import type { PdfItem } from './pdf-lines.js';
import { minOf } from '../_internal/extremes.js';

/** A character that advances 1 em in a CJK font: an ideograph, CJK punctuation, a fullwidth form. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
const WIDE_ONLY = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff60]+$/u;

/**
 * em. A larger spacing is not letter spacing of the line but a label distributed over its cell
 * (分散对齐, '信    息    内    容'), which says nothing about the numbers: such a line counts as
 * unspaced. CSS letter spacing in reports stays well below (5px at 12 pt = 0.31 em), but the size
 * of re-printed ideographs can come out 10 % small (pdftocairo: 10.2 pt for 11.25), which
 * makes 0.5 em measure 0.75.
 */
const MAX_SPACING_EM = 1;
/**
 * em. Less counts as no letter spacing: digits that close still join under the fixed threshold
 * (their gap ≈ spacing + 0.1 em < 0.3 em), and re-printed ideographs whose size comes out 10–14 %
 * small (pdftocairo's Type 3 fonts) measure up to 0.15 em unspaced.
 */
const MIN_SPACING_EM = 0.2;
/** em. Two ideograph runs further apart than this are two cells, not letter-spaced text of one. */
const MAX_HAN_GAP_EM = 1;
/**
 * Measured lines (either way) a line without ideographs of its own looks for a spaced neighbour: a
 * row of bare numbers under its spaced header, across header lines of one character per cell.
 */
const NEAR_LINES = 3;

/** Letter spacing in em measured on one line's ideographs (median of its runs and gaps), or null when it has none to measure. */
export function measuredSpacing(row: readonly PdfItem[]): number | null {
  const found: number[] = [];
  row.forEach((it, i) => {
    const chars = [...it.str.replace(/\s/g, '')];
    // A run of n ideographs is n em wide plus n − 1 spacings (pdf.js puts a space in each gap).
    if (chars.length >= 2 && WIDE_ONLY.test(chars.join(''))) found.push((it.width - chars.length * it.size) / (chars.length - 1) / it.size);
    const next = row[i + 1];
    if (!next || !WIDE.test(it.str.trimEnd().at(-1) ?? '') || !WIDE.test(next.str.trimStart()[0] ?? '')) return;
    const gap = (next.x - (it.x + it.width)) / it.size;
    if (gap > -0.1 && gap < MAX_HAN_GAP_EM) found.push(gap);
  });
  if (found.length === 0) return null;
  const sorted = found.sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return median > MAX_SPACING_EM || median < MIN_SPACING_EM ? 0 : median;
}

/**
 * Letter spacing (em) of each line, top to bottom: its own, or for a line without ideographs
 * (a row of bare numbers) that of the nearest spaced line within `NEAR_LINES` measured lines (its
 * table's header or labels; an unspaced heading next to it says nothing about the table); 0 when none.
 */
export function lineSpacings(rows: readonly (readonly PdfItem[])[]): number[] {
  const own = rows.map(measuredSpacing);
  // Lines with nothing to measure (a header wrapped one character per line, bare numbers) are
  // skipped: distance counts lines that say something about the spacing.
  const measured = own.flatMap((s, i) => (s === null ? [] : [i]));
  return own.map((s, i) => {
    if (s !== null) return s;
    const after = measured.findIndex((j) => j > i);
    const at = after < 0 ? measured.length : after;
    for (let d = 1; d <= NEAR_LINES; d++) {
      const near = [measured[at - d], measured[at + d - 1]].map((j) => (j === undefined ? undefined : own[j])).filter((v): v is number => v !== undefined && v !== null && v > 0);
      if (near.length > 0) return minOf(near);
    }
    return 0;
  });
}

/**
 * em. Digit gaps within this of the page's narrowest are letter spacing: pdf.js's widths of one
 * font's digits differ by less (0.4–0.45 em measured), while two cells are at least their padding
 * further apart.
 */
const LETTER_GAP_TOLERANCE = 0.15;
/** em. Narrower gaps are pieces of one run set edge to edge (a font change), not letter spacing. */
const MIN_LETTER_GAP = 0.05;

const endsInDigit = (it: PdfItem): boolean => /\d$/.test(it.str.trimEnd());
const startsWithDigit = (it: PdfItem): boolean => /^\d/.test(it.str.trimStart());

/** Gaps (em) between consecutive number items of a line: the space pdf.js put in a run where it was cut, else the distance. */
function digitGaps(row: readonly PdfItem[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const [a, b] = [row[i - 1]!, row[i]!];
    if (!endsInDigit(a) || !startsWithDigit(b) || b.objectStart === true || b.spaceBefore === true) continue;
    out.push((b.spacedGap ?? b.x - (a.x + a.width)) / b.size);
  }
  return out;
}

/**
 * The widest gap (em) at which two numbers of each line are still one number, or null where the
 * line is not letter spaced (the fixed threshold of `pdf-lines.ts` applies). A line is spaced when
 * its ideographs are (`lineSpacings`) and the page's numbers on such lines are drawn glyph by glyph
 * apart: an item holding two adjacent digits ('88') says the digits are set without spacing (the
 * ideographs' wide pitch is then justification, or spacing of the labels only). On a spaced line
 * the gaps inside numbers are all alike, the narrowest digit gaps of the page, and at most the
 * line's spacing wider than an unspaced gap (`base`): a gap within `LETTER_GAP_TOLERANCE` of the
 * page's narrowest and under `base` + spacing joins.
 */
export function numberJoinGaps(rows: readonly (readonly PdfItem[])[], base: number): (number | null)[] {
  const spacings = lineSpacings(rows);
  // Sizes at which the page draws numbers' digits together ('88').
  const together = rows.flatMap((row, i) => (spacings[i]! > 0 ? row.filter((it) => NUMBER.test(it.str) && /\d\d/.test(it.str)).map((it) => it.size) : []));
  const unspaced = (row: readonly PdfItem[]): boolean => row.some((it) => NUMBER.test(it.str) && together.some((size) => Math.abs(it.size - size) <= SAME_SIZE * size));
  const spaced = rows.map((row, i) => spacings[i]! > 0 && !unspaced(row));
  const gaps = rows.flatMap((row, i) => (spaced[i] ? digitGaps(row) : [])).filter((g) => g >= MIN_LETTER_GAP);
  const narrowest = gaps.length > 0 ? minOf(gaps) : Infinity;
  return spacings.map((s, i) => (spaced[i] ? Math.min(base + s, narrowest + LETTER_GAP_TOLERANCE) : null));
}

/** A number item: digits with the spaces pdf.js put between them, a decimal point, separators. */
const NUMBER = /^\s*\d[\d\s.,]*$/;
/** Share of size within which two items are set in the same font size (pdf.js sizes of one font differ by rounding). */
const SAME_SIZE = 0.15;

/** Least gaps between cells' numbers, and inside text objects, a page must show for its spacing to be judged. */
const MIN_OBJECT_GAPS = 6;
/** Share of the gaps between cells that must start an object, and of those inside objects that must be letter-spacing wide (≤ MAX_OBJECT_GAP_EM). */
const OBJECT_GAP_AGREEMENT = 0.8;
/**
 * em. Wider gaps inside a text object are not letter spacing of a number (cells of one row written
 * in one text object are apart by their columns). Character spacing of 3–5 pt at 7.5–10.5 pt is 0.3–0.7 em.
 */
const MAX_OBJECT_GAP_EM = 1;

const inObject = (it: PdfItem): boolean => it.objectEdge !== true && it.objectStart !== true && it.spaceBefore !== true;

/** Gaps (em) between consecutive number items of a line, each with the later item (edge-to-edge pieces left out). */
function numberGaps(row: readonly PdfItem[]): [number, PdfItem][] {
  const out: [number, PdfItem][] = [];
  for (let i = 1; i < row.length; i++) {
    const [a, b] = [row[i - 1]!, row[i]!];
    const gap = (b.spacedGap ?? b.x - (a.x + a.width)) / b.size;
    if (NUMBER.test(a.str) && NUMBER.test(b.str) && gap > MIN_LETTER_GAP) out.push([gap, b]);
  }
  return out;
}

/**
 * Whether the page sets its numbers with character spacing (PDF `Tc`, 2–5 pt) and draws each
 * cell's number as a text object of its own (`objectEdge`, text-objects.ts). Such a number's digits
 * come apart ('2 0 8 0', 0.3–0.7 em) while the page's ideographs are not spaced, so `numberJoinGaps`
 * does not join them; but they are drawn in one text object, and two cells are not. Taken where
 * numbers surely of two cells (further apart than MAX_OBJECT_GAP_EM) start an object — a producer
 * writing a row in one object does not — and most digit gaps inside objects are letter-spacing
 * wide. `numberBreak` then joins a digit that starts no object up to MAX_OBJECT_GAP_EM from the previous one.
 */
export function spacesInObjects(rows: readonly (readonly PdfItem[])[]): boolean {
  const gaps = rows.flatMap(numberGaps);
  const cells = gaps.filter(([g]) => g > MAX_OBJECT_GAP_EM);
  const inside = gaps.filter(([, b]) => inObject(b));
  const perCell = cells.filter(([, b]) => !inObject(b)).length >= OBJECT_GAP_AGREEMENT * cells.length;
  const spaced = inside.filter(([g]) => g <= MAX_OBJECT_GAP_EM).length >= OBJECT_GAP_AGREEMENT * inside.length;
  return cells.length >= MIN_OBJECT_GAPS && inside.length >= MIN_OBJECT_GAPS && perCell && spaced;
}

/** Does `it`, a digit `gap` em after a digit, continue its number's text object on a page that spaces digits in objects (`spacesInObjects`)? */
export function continuesObject(it: PdfItem, gap: number, spaced: boolean): boolean {
  return spaced && inObject(it) && gap <= MAX_OBJECT_GAP_EM;
}
