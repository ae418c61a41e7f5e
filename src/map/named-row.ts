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
import { memoByString } from '../_internal/memo.js';
import { maxOf } from '../_internal/extremes.js';

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
  let memo = SCORES.get(specs);
  if (!memo) SCORES.set(specs, (memo = memoByString((text) => wholeScores(text, specs))));
  const scores = memo(label);
  if (!scores) return null;
  let index = 0;
  scores.forEach((s, j) => {
    if (s > scores[index]!) index = j;
  });
  const score = scores[index]!;
  if (score < min || scores.some((s, j) => j !== index && s > score - NAMED_MARGIN)) return null;
  return { index, score };
}

/** namedRow's scores per specs list, memoized by label (the alignment asks again for every candidate reading). */
const SCORES = new WeakMap<readonly RowSpec[], (label: string) => readonly number[] | null>();

/** Per template row, the label's best whole (not partial) match, with or without a block label before it; null for an empty label. */
function wholeScores(label: string, specs: readonly RowSpec[]): readonly number[] | null {
  const own = comparable(label);
  if (!own) return null;
  const bare = withoutBlockLabel(own);
  return specs.map((s) => {
    const whole = bestMatch(own, s.labels);
    const inBlock = bare ? bestMatch(bare, s.labels) : null;
    const best = [whole, inBlock].filter((m) => m !== null && !m.partial).map((m) => m!.score);
    return maxOf(best, 0);
  });
}

/** A label line that only heads a block ('（三）不予公开', '三、本年度办理结果') or gives the unit ('单位：件'): not part of a row's label. */
export function isBlockHeading(line: string): boolean {
  if (/^\s*[（(]?单位[:：]/.test(line)) return true;
  const norm = comparable(line).replace(/^[一二三四五六七八九十]+|^\d+/, '');
  return BLOCK_LABELS.includes(norm);
}

/** Starts a row of its own: a numbered item ('3.其他'), a block ('（七）总计'), a section ('四、结转…'). */
const OWN_ROW_START = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;

/** Lines a label wrapped above its values may take: table 三's longest labels (28 characters, （六）'s) fill five or six lines of a narrow label column. */
const MAX_LABEL_LINES = 6;

/**
 * The label printed on lines of its own above a values line (TableRow.pendingLines) when it is one
 * label and nothing else: block headings (also wrapped in a narrow block column) and a unit line
 * before it skipped, one line, or a label wrapped over two to MAX_LABEL_LINES lines whose other lines start no row and whose shorter readings (its
 * first line, its first two) name no row or name the same row less well than the whole: the lines
 * below complete it. Under a pile the lines above hold a whole label and the next one's start ('1.
 * 属于国家秘密' / '其他法律行政法规禁止'): the first line names its row best alone. Null otherwise.
 */
function labelAbove(lines: readonly string[], specs: readonly RowSpec[]): string | null {
  let from = 0;
  // Block headings, whole or wrapped in their own narrow column ('（六）' / '其他处' / '理'), before the label.
  while (from < lines.length - 1 && (isBlockHeading(lines[from]!) || withoutBlockColumn(lines[from]!) === '')) from++;
  const own = lines.slice(from);
  if (own.length === 0 || own.length > MAX_LABEL_LINES || own.slice(1).some((l) => OWN_ROW_START.test(l))) return null;
  const whole = namedRow(own.join(''), specs, DAMAGED_NAMED_LABEL);
  for (let k = 1; k < own.length; k++) {
    const part = namedRow(own.slice(0, k).join(''), specs, DAMAGED_NAMED_LABEL);
    if (part !== null && (whole === null || part.index !== whole.index || part.score >= whole.score)) return null;
  }
  return own.join('');
}

/** How the table prints its labels, for namesItsRow: every values line under a label of its own lines (TableRow.pendingLines). */
export interface LabelLines {
  /** The table prints each row's label on lines of its own right above its values, and nothing else. */
  labelLines: boolean;
  /** The label text above the next values line (its pendingLines joined), when there is one. */
  next?: string;
}

/**
 * True when the table prints labels on lines of their own above their values (label line, values
 * line): no row prints label text on its values line, the first row with values and most others
 * (LABEL_LINE_SHARE) have them alone on their line under clean label lines (TableRow.pendingLines) —
 * values printed before any label are values first — and no label is left after the last values
 * (a label following its values). A row under a pile or a lost label keeps no pendingLines and is
 * not named by it; its neighbours still are. Also true for a mixed table (pdftotext -raw of a
 * narrow label column): labels that fit printed before their values on the values line (under
 * whole text lines only, TableRow.around), wrapped ones on lines of their own above values alone,
 * every such values line under clean label lines, the first values line labelled or so.
 */
export function printsLabelLines(rows: readonly { label: string; pending: string; values: readonly { kind: string }[]; orphan?: boolean; pendingLines?: readonly string[]; around?: { above: readonly string[] } }[]): boolean {
  const valued = rows.filter((r) => r.values.some((v) => v.kind === 'num'));
  if (valued.length < 2 || rows.at(-1)?.orphan) return false;
  const clean = valued.filter((r) => r.pendingLines !== undefined && r.pendingLines.length > 0 && r.pending === r.pendingLines.join(' '));
  if (valued.every((r) => r.label === '')) return clean[0] === valued[0] && clean.length >= LABEL_LINE_SHARE * valued.length;
  // Mixed (pdftotext -raw of a narrow label column): a label that fits is printed before its values
  // on their line, a wrapped one on lines of its own above them. Every values line then starts with
  // its label or sits under clean label lines, the first one too; none has label text only after
  // its values (a row whose pending text is not whole lines).
  const bare = valued.filter((r) => r.label === '');
  const labelled = valued.filter((r) => r.label !== '');
  const beside = labelled.every((r) => r.around !== undefined && r.pending === r.around.above.join(' '));
  return beside && bare.length >= 2 && bare.every((r) => clean.includes(r)) && (valued[0]!.label !== '' || clean[0] === valued[0]);
}

/** Share of a table's value lines that must sit under clean label lines for printsLabelLines. */
const LABEL_LINE_SHARE = 0.75;

/**
 * True when the printed row's label names `spec` beyond doubt (namedRow, from DAMAGED_NAMED_LABEL: a
 * label with a glyph or two misprinted still names its row): its own label — the text on its
 * values' line — alone or with the pending text wrapped above it. A values line with no label
 * text of its own names nothing by the lines above it — under a pile of labels its values may
 * belong to the label complete above as well as to the one just started (pdftotext -layout of
 * vertically centred cells, tables/build-rows regroupWrappedPile) — except in a table that prints
 * every label on lines of its own above its values (`layout.labelLines`, printsLabelLines): there
 * the label above (labelAbove: one label, not a pile) names it, unless the label text above the
 * next values line completes it (names the same row better) (the pile's 'B1' / values of A / 'B2' / values of B, with A's
 * label lost). A label completed from another line (a fragment joined, `partial`) is not passed
 * here. The score stage lets a row that sums the same as its siblings reach 0.9 only on such a
 * label (map/row-evidence `named`, score/exchangeable-rows).
 */
export function namesItsRow(row: { label: string; pending: string; pendingLines?: readonly string[] }, spec: RowSpec, specs: readonly RowSpec[], layout?: LabelLines): boolean {
  const names = (t: string): boolean => {
    const n = namedRow(t, specs, DAMAGED_NAMED_LABEL);
    return n !== null && specs[n.index] === spec && markerAgrees(t, spec, specs);
  };
  // An item number alone on the values line starts the row there: its label follows below (a
  // top-aligned cell), and the text above may be the previous row's tail. That text names nothing.
  if (markerOnly(row.label)) return false;
  if (!comparable(row.label)) {
    if (!layout?.labelLines || row.label !== '' || !row.pendingLines || row.pending !== row.pendingLines.join(' ')) return false;
    const above = labelAbove(row.pendingLines, specs);
    const own = above === null ? null : namedRow(above, specs, DAMAGED_NAMED_LABEL);
    if (own === null || specs[own.index] !== spec) return false;
    if (layout.next === undefined || OWN_ROW_START.test(layout.next)) return true;
    // The text above the next values completes this label: a pile ('B1' / values of A / 'B2' / values of B).
    const further = namedRow(`${above}${layout.next}`, specs, DAMAGED_NAMED_LABEL);
    return !(further !== null && further.index === own.index && further.score > own.score);
  }
  const texts = [row.label, ...(row.pending ? [`${row.pending}${row.label}`] : [])];
  return texts.some(names);
}

/** A row's item number as printed: '(1)', '（1）', '1.', '1、', '（一）', '一、', '①'. */
export const ITEM_MARKER = /^(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．]|[①-⑳])/;

/** Block names after a numbered block column's number ('3.不' / '予公' / '开', '4.无' / '法提' / '供'). */
const BLOCK_NAMES = ['不予公开', '无法提供', '不予处理', '其他处理', '本年度办理结果'];

/** A piece of the block column: a piece of a block label, also numbered '3.不', '4.无法'. */
const blockPiece = (piece: string): boolean => {
  if (inBlockColumn(piece)) return true;
  const m = /^(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])(\S+)$/.exec(piece);
  return m !== null && BLOCK_NAMES.some((b) => b.startsWith(m[1]!));
};

/** A line's text with the block column's pieces before its last piece dropped ('4.无 (1)' → '(1)', '法提 本机' → '本机', '公开' kept). */
export function withoutBlockPieces(line: string): string {
  const pieces = line.trim().split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < pieces.length - 1 && blockPiece(pieces[k]!)) k++;
  return pieces.slice(k).join(' ');
}

/** A values line's own label when it is an item number only, after the block column's pieces ('(2)', '4.无 (1)', '①'). */
export function markerOnly(label: string): boolean {
  const rest = withoutBlockPieces(label).replace(/\s+/g, '');
  if (rest === '') return false;
  const m = ITEM_MARKER.exec(rest);
  return m !== null && m[0].length === rest.length;
}

/** The sub-row item number a label starts with after the block column ('(2)…', '4.无 (1) 本机…' → 1), or null. */
function subItem(label: string): number | null {
  const m = /^(?:[（(]\s*(\d{1,2})\s*[）)]|([①-⑳]))/.exec(withoutBlockPieces(label).replace(/\s+/g, ''));
  if (!m) return null;
  return m[1] !== undefined ? Number(m[1]) : m[2]!.charCodeAt(0) - 0x2460 + 1;
}

/**
 * False when the label's bracketed or circled sub-row number ('(2)', '②') is not `spec`'s place in
 * its block (the specs sharing its key's first part, in template order): the label text and the
 * item order disagree, so the label names nothing beyond doubt.
 */
function markerAgrees(label: string, spec: RowSpec, specs: readonly RowSpec[]): boolean {
  const n = subItem(label);
  if (n === null) return true;
  const block = spec.key.split('.')[0];
  const siblings = specs.filter((s) => s.key.split('.')[0] === block);
  return siblings.length < 2 || siblings.indexOf(spec) + 1 === n;
}

/** Table 三's block labels as printed in a column of their own left of the sub-rows' labels, wrapped there ('（三）不' / '予公开', '三、' / '本年' / '度办'). */
const BLOCK_COLUMN = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
const inBlockColumn = (piece: string): boolean => {
  const p = piece.replace(/\(/g, '（').replace(/\)/g, '）');
  return p !== '' && BLOCK_COLUMN.some((b) => b.includes(p));
};

/** A line with the pieces of the block-label column printed before it dropped ('果 （三）不' → '', '三、 3.危及“三安全一' → '3.危及“三安全一'). */
function withoutBlockColumn(line: string): string {
  const pieces = line.trim().split(/\s+/);
  let k = 0;
  while (k < pieces.length && inBlockColumn(pieces[k]!)) k++;
  return pieces.slice(k).join(' ');
}

/** Label lines with the block-label column's pieces, block headings and empty lines dropped. */
const clean = (lines: readonly string[]): string[] => lines.map(withoutBlockColumn).filter((l) => comparable(l) !== '' && !isBlockHeading(l));

/**
 * The start of the label of a values line: the lines above it from the one starting its row, then
 * the text on its own line — or that text alone when it starts the row and nothing above does.
 * Null when no line or two lines above start a row (a pile), or both the line and a line above do.
 */
function headOf(above: readonly string[], own: string): string[] | null {
  const starts = above.flatMap((l, i) => (OWN_ROW_START.test(l) ? [i] : []));
  if (own !== '' && OWN_ROW_START.test(own)) return starts.length > 0 ? null : [own];
  if (starts.length !== 1) return null;
  return [...above.slice(starts[0]), ...(own ? [own] : [])];
}

/**
 * The label a values line sits in the middle of, when its cell is centred vertically on a label
 * wrapped over several lines (pdftotext -layout of a narrow label column: '2.其他法律行政法' /
 * values / '规禁止公开'): the lines above it from the one starting its row ('2.', '（三）'), the text
 * on its own line, and the lines below it up to the next row's start. Rows do not overlap on the
 * page, so the lines between two values lines are the first row's tail then the next row's head,
 * and a row start parts them. Named only when that reading is the one the lines allow:
 *  - the label is wrapped around its values (text above or on the line, and text below): a label
 *    wholly above or below its values line (values first, labels after their values) names nothing
 *    here — the lines above could be the previous row's;
 *  - exactly one row start in the lines above (or, for a label starting on the values line, none):
 *    two are a pile, whose values line may belong to either label (tables/build-rows
 *    regroupWrappedPile); at most one below;
 *  - the whole names one row beyond doubt (namedRow), no split of its lines names two rows, and
 *    no text above its head names a row by itself (a label complete above and another started:
 *    the values could be either's) unless it completes the previous values line's label, itself
 *    wrapped around that line (its own text or a head above it): then it is that row's tail.
 */
export function centredLabel(row: { label: string; around?: { above: readonly string[]; below: readonly string[]; prev?: { label: string; above: readonly string[] } } }, specs: readonly RowSpec[]): NamedRow | null {
  if (!row.around) return null;
  const above = clean(row.around.above);
  const below = clean(row.around.below);
  const own = withoutBlockColumn(row.label);
  const startsBelow = below.flatMap((l, i) => (OWN_ROW_START.test(l) ? [i] : []));
  if (startsBelow.length > 1) return null;
  const tail = below.slice(0, startsBelow[0] ?? below.length);
  if (tail.length === 0) return null;
  const start = headOf(above, own);
  if (start === null) return null;
  const head = start.slice(0, start.length - (own ? 1 : 0));
  // Text above the head that names a row by itself is a label without values of its own (a pile),
  // unless it is the tail of the previous values line's label wrapped around that line.
  const before = above.slice(0, above.length - head.length);
  if (before.some((_, k) => namedRow(before.slice(k).join(''), specs, DAMAGED_NAMED_LABEL) !== null)) {
    const prev = row.around.prev ? headOf(clean(row.around.prev.above), withoutBlockColumn(row.around.prev.label)) : null;
    if (prev === null || prev.length === 0 || namedRow([...prev, ...before].join(''), specs, DAMAGED_NAMED_LABEL) === null) return null;
  }
  const lines = [...head, ...(own ? [own] : []), ...tail];
  const whole = namedRow(lines.join(''), specs, DAMAGED_NAMED_LABEL);
  if (whole === null) return null;
  for (let k = 1; k < lines.length; k++) {
    if (namedRow(lines.slice(0, k).join(''), specs, DAMAGED_NAMED_LABEL) !== null && namedRow(lines.slice(k).join(''), specs, DAMAGED_NAMED_LABEL) !== null) return null;
  }
  return whole;
}
