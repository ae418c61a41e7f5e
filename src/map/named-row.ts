/**
 * @file The template row a printed label names beyond doubt. A row whose label names one template
 * row clearly (its own label, not text joined from another line) is not placed by position, nor by
 * a weaker label match, in another template row's slot: the alignment (map/align-rows) is monotone,
 * so a block of sub-rows printed in another order than the template's ('3.危及“三安全一稳定”' first
 * under （三）不予公开, then 1., 2.) would otherwise match one row by label and fill the slots
 * around it with the others by position — each value in a row its label contradicts, kept by the
 * identities (the sub-rows of one total add up however they are permuted). Left unmatched, such
 * rows are placed by their labels (map/out-of-order-rows) or not at all.
 *
 * The block's own label printed before the first sub-row ('（六）其他处理 3.其他', '（三）不予公开
 * 8.属于行政查询事项') is not part of the sub-row's label: it is read without it too.
 */
import type { RowSpec } from '../template/index.js';
import { comparable } from './join-fragments.js';
import { bestMatch } from './label-match.js';

/** Own-label score from which a label names its template row (a near-exact wording, not a fragment or a fuzzy match). */
export const NAMED_LABEL = 0.9;
/** Lead the named template row needs over the row's next best one ('7.属于行政执法案卷' vs '8.属于行政查询事项' score 0.5 apart). */
export const NAMED_MARGIN = 0.2;
/** Labels of table 三's blocks of sub-rows (normalized), printed before a block's first sub-row. */
const BLOCK_LABELS = ['本年度办理结果', '不予公开', '无法提供', '不予处理', '其他处理'];

/** A template row a label names: its index in the specs and the label's score. */
export interface NamedRow {
  index: number;
  score: number;
}

/** The label without a block label printed before it (nothing when that would leave nothing). */
function withoutBlockLabel(norm: string): string | null {
  for (const b of BLOCK_LABELS) if (norm.startsWith(b) && norm.length > b.length) return norm.slice(b.length);
  return null;
}

/**
 * Own-label score from which a label whose characters were damaged in print ('4.保æ第�方合法权益',
 * 0.78; '5.属于�类内部事�信息', 0.80) still names its row for namesItsRow, NAMED_MARGIN ahead of any
 * other row: a swap among sibling rows needs a label that could name the other row too.
 */
export const DAMAGED_NAMED_LABEL = 0.75;

/** The template row a printed row label names beyond doubt (whole match ≥ `min`, NAMED_MARGIN ahead of any other), or null. */
export function namedRow(label: string, specs: readonly RowSpec[], min = NAMED_LABEL): NamedRow | null {
  const own = comparable(label);
  if (!own) return null;
  const bare = withoutBlockLabel(own);
  const scores = specs.map((s) => {
    const whole = bestMatch(own, s.labels);
    const inBlock = bare ? bestMatch(bare, s.labels) : null;
    const best = [whole, inBlock].filter((m) => m !== null && !m.partial).map((m) => m!.score);
    return Math.max(0, ...best);
  });
  let index = 0;
  scores.forEach((s, j) => {
    if (s > scores[index]!) index = j;
  });
  const score = scores[index]!;
  if (score < min || scores.some((s, j) => j !== index && s > score - NAMED_MARGIN)) return null;
  return { index, score };
}

/**
 * True when the printed row's label names `spec` beyond doubt (namedRow, from DAMAGED_NAMED_LABEL: a
 * label with a glyph or two misprinted still names its row): its own label — the text on its
 * values' line — alone or with the pending text wrapped above it. A values line with no label
 * text of its own names nothing, whatever the lines above it say: under a pile of labels its values
 * may belong to the label complete above as well as to the one just started (pdftotext -layout of
 * vertically centred cells, tables/build-rows regroupWrappedPile). A label completed from another
 * line (a fragment joined, `partial`) is not passed here. The score stage lets a row that sums the
 * same as its siblings reach 0.9 only on such a label (map/row-evidence `named`, score/exchangeable-rows).
 */
export function namesItsRow(row: { label: string; pending: string }, spec: RowSpec, specs: readonly RowSpec[]): boolean {
  if (!comparable(row.label)) return false;
  const texts = [row.label, ...(row.pending ? [`${row.pending}${row.label}`] : [])];
  return texts.some((t) => {
    const n = namedRow(t, specs, DAMAGED_NAMED_LABEL);
    return n !== null && specs[n.index] === spec;
  });
}
