/**
 * @file Column headers printed in an order other than the template's. Values are read in the
 * template's column order; a table whose header prints '法律服务机构 社会公益组织' (swapped), 总计
 * first, or 复议后起诉 before 未经复议直接起诉 would put every value in the wrong column while the
 * identities still hold (they are symmetric in those columns). Each header line's recognised
 * column words are compared with the template's order. When the header determines a swap of
 * interchangeable columns (two applicant sub-columns of table 三, the two litigation groups of
 * table 四), the values are moved to the printed columns; in every case each value of the table is
 * marked `columnsReordered` (score: ≤ 0.85) and a `columns_reordered` warning names the order read.
 */
import type { Line, Warning } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';
import { piecesOutOfOrder } from './header-fragments.js';
import { reviewColumnChunks, reviewColumnMoves } from './review-columns.js';
import { requestBandOrder, reviewOrderConfirmed } from './header-order.js';
import { otherTotalPlaces, totalPlaceWarning } from './total-column.js';

/** Table 三's column words in template order, with the key of each (null: a group header, order-checked only). */
export const REQUEST_HEADER: readonly (readonly [string, string | null])[] = [
  ['自然人', 'naturalPerson'],
  ['法人或其他组织', null],
  ['商业企业', 'commercial'],
  ['科研机构', 'research'],
  ['社会公益组织', 'socialOrg'],
  ['法律服务机构', 'legalService'],
  ['其他', 'otherOrg'],
  ['总计', 'total'],
];
/** Applicant sub-columns the identities cannot tell apart: a printed permutation of them is applied. */
export const SWAPPABLE_REQUEST = new Set(['commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']);
/** Every leaf column of table 三: a header naming all of them (group line spliced with its sub-columns) is followed whole. */
export const REQUEST_LEAVES = REQUEST_HEADER.map((w) => w[1]).filter((k): k is string => k !== null);
/** The leaf columns an identity cannot place (总计 is the sum of the others): only a header read in order confirms their order. */
const REQUEST_CATEGORIES = REQUEST_LEAVES.filter((k) => k !== 'total');
/** The group header whose place the sub-column line fills. */
export const REQUEST_GROUP = '法人或其他组织';

/** Table 四's group words in template order. */
const REVIEW_HEADER: readonly (readonly [string, string | null])[] = [
  ['行政复议', 'review'],
  ['未经复议直接起诉', 'litigationDirect'],
  ['复议后起诉', 'litigationAfterReview'],
];
const REVIEW_COLUMN_HEADER: readonly (readonly [string, string | null])[] = [
  ['结果维持', 'upheld'],
  ['结果纠正', 'corrected'],
  ['其他结果', 'other'],
  ['尚未审结', 'pending'],
  ['总计', 'total'],
];

/** Table 四's top header row: the 行政复议 group and the 行政诉讼 group spanning both litigation sub-groups. */
const REVIEW_TOP_HEADER: readonly (readonly [string, string | null])[] = [
  ['行政复议', 'review'],
  ['行政诉讼', 'litigation'],
];
/** The template's group order of table 四 (the keys of REVIEW_HEADER). */
const REVIEW_GROUPS = REVIEW_HEADER.map((w) => w[1]!);
/** The litigation sub-groups in template order: what the 行政诉讼 span stands for when its sub-group row is not read. */
const LITIGATION_GROUPS = ['litigationDirect', 'litigationAfterReview'];

/** Recognised header words of one line, in printed order (each word once, at its first position). */
export function wordsOf(norm: string, vocab: readonly (readonly [string, string | null])[]): (readonly [string, string | null])[] {
  const found: { at: number; w: readonly [string, string | null] }[] = [];
  let masked = norm;
  // Longest words first, masked once found, so '复议后起诉' is not found inside '未经复议直接起诉'.
  for (const w of [...vocab].sort((a, b) => b[0].length - a[0].length)) {
    const at = masked.indexOf(w[0]);
    if (at < 0) continue;
    found.push({ at, w });
    masked = masked.split(w[0]).join('#'.repeat(w[0].length));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.w);
}

/** Header text of both tables, longest first (group headers and the unlisted 其他 column included). */
const HEADER_TEXT = [...[REQUEST_HEADER, REVIEW_HEADER, REVIEW_COLUMN_HEADER].flatMap((v) => v.map((w) => w[0])), '申请人情况', '行政诉讼'].sort((a, b) => b.length - a.length);
/** Share of a line's characters that must be header words for the line to be a column header. */
const HEADER_SHARE = 0.6;

/** A text line made mostly of header words (not a sentence of the narrative that names some of them). */
function isHeaderText(norm: string): boolean {
  const rest = HEADER_TEXT.reduce((t, w) => t.split(w).join(''), norm);
  return norm.length - rest.length >= HEADER_SHARE * norm.length;
}

/**
 * A header row's text: its cells that name a header word. A table row (HTML, .docx, a ruled PDF
 * grid, a tab dump) whose first cell is the table's note — '（本列数据的勾稽关系为：第一项加第二项之和…）'
 * printed in the header row's corner, naming no column — is still the column header: that cell is
 * not header text, so it is left out, not counted against the row. A cell that names a header word
 * is kept whole (a sentence naming two of them stays a sentence). One cell: the whole line.
 */
export function headerCellsText(cells: readonly string[]): string {
  const norm = cells.map((c) => normalizeLabel(c));
  if (norm.length < 2) return norm.join('');
  return norm.filter((c) => HEADER_TEXT.some((w) => c.includes(w))).join('');
}

/** Header lines: text-only lines (no digit) naming at least two words of the vocabulary. */
function headerLines(lines: readonly Line[], vocab: readonly (readonly [string, string | null])[]): (readonly [string, string | null])[][] {
  const out: (readonly [string, string | null])[][] = [];
  for (const l of lines) {
    if (/\d/.test(normalizeLabel(l.cells.join('')))) continue;
    const norm = headerCellsText(l.cells);
    const words = wordsOf(norm, vocab);
    // Mostly header words (not a sentence of the narrative that names two of them).
    const rest = HEADER_TEXT.reduce((t, w) => t.split(w).join(''), norm);
    if (words.length >= 2 && norm.length - rest.length >= HEADER_SHARE * norm.length) out.push(words);
  }
  return out;
}

interface Disorder {
  /** Printed order of the line that breaks the template's. */
  printed: string[];
  /** Template key → printed key, when the header determines a swap the values can follow. */
  moves: Map<string, string> | null;
  /** Only pieces of a wrapped header were read, in no order that contradicts the template's: the order is unconfirmed. */
  unread?: boolean;
}

/** The first header line whose words are out of template order; with the permutation when it is one of `swappable`. */
function disorder(lines: readonly Line[], vocab: readonly (readonly [string, string | null])[], swappable: ReadonlySet<string>): Disorder | null {
  const rank = new Map(vocab.map((w, i) => [w[0], i]));
  for (const words of headerLines(lines, vocab)) {
    const ranks = words.map((w) => rank.get(w[0])!);
    if (ranks.every((r, i) => i === 0 || r > ranks[i - 1]!)) continue;
    const printed = words.map((w) => w[0]);
    const keys = words.map((w) => w[1]).filter((k): k is string => k !== null && swappable.has(k));
    // The swappable words on this line, all of them, and nothing else out of place.
    const others = words.filter((w) => !(w[1] !== null && swappable.has(w[1])));
    const othersInOrder = others.every((w, i) => i === 0 || rank.get(w[0])! > rank.get(others[i - 1]![0])!);
    if (keys.length !== swappable.size || !othersInOrder) return { printed, moves: null };
    const template = vocab.map((w) => w[1]).filter((k): k is string => k !== null && swappable.has(k));
    return { printed, moves: new Map(template.map((k, i) => [k, keys[i]!])) };
  }
  return partialDisorder(lines, vocab, swappable);
}

/**
 * A sub-column header line with one cell per swappable column that names only some of them (a
 * variant wording such as 公益组织): a named word in another cell than its template place means the
 * columns are reordered, but the header does not pin every column — the table is capped, nothing moved.
 */
function partialDisorder(lines: readonly Line[], vocab: readonly (readonly [string, string | null])[], swappable: ReadonlySet<string>): Disorder | null {
  const template = vocab.map((w) => w[1]).filter((k): k is string => k !== null && swappable.has(k));
  for (const l of lines) {
    if (l.cells.length !== template.length || /\d/.test(l.cells.join(''))) continue;
    const cellKeys = l.cells.map((c) => wordsOf(normalizeLabel(c), vocab).map((w) => w[1]).filter((k) => k !== null && swappable.has(k)));
    const named = cellKeys.filter((ks) => ks.length === 1).length;
    if (named < 2 || named === template.length) continue;
    if (cellKeys.some((ks, i) => ks.length === 1 && ks[0] !== template[i])) return { printed: l.cells.map((c) => normalizeLabel(c)), moves: null };
  }
  return null;
}

/**
 * Table 三's leaf columns in printed order, when the header names each of them once: the line with the
 * group word (自然人 法人或其他组织 总计) with the group replaced by the sub-column line (商业企业 … 其他).
 */
function requestLeafOrder(lines: readonly Line[]): string[] | null {
  const heads = headerLines(lines, REQUEST_HEADER);
  const group = heads.find((ws) => ws.some((w) => w[0] === REQUEST_GROUP));
  const subs = heads.find((ws) => ws.filter((w) => w[1] !== null && SWAPPABLE_REQUEST.has(w[1])).length === SWAPPABLE_REQUEST.size);
  let keys: (string | null)[] | null = null;
  if (group && subs && group !== subs) {
    const sub = subs.map((w) => w[1]).filter((k) => k !== null && SWAPPABLE_REQUEST.has(k));
    keys = group.flatMap((w) => (w[0] === REQUEST_GROUP ? sub : [w[1]]));
  } else if (subs) keys = subs.map((w) => w[1]);
  const leaves = (keys ?? []).filter((k): k is string => k !== null);
  if (leaves.length !== REQUEST_LEAVES.length || new Set(leaves).size !== leaves.length || !leaves.every((k) => REQUEST_LEAVES.includes(k))) return null;
  return leaves;
}

/**
 * Table 四's groups in printed order when the header names them: a line naming all three groups, or
 * the top row (行政复议 / 行政诉讼, the latter spanning both litigation sub-groups) with the 行政诉讼
 * span replaced by the sub-group row (未经复议直接起诉 复议后起诉) — in template order when that row
 * is not read. A header printed one cell per line (a plain text dump of the PDF) is read the same way
 * from the sequence of its header lines. Null when no line names the groups.
 */
export function reviewGroupOrder(lines: readonly Line[]): string[] | null {
  const groups = headerLines(lines, REVIEW_HEADER);
  const all = groups.find((ws) => ws.length === REVIEW_GROUPS.length);
  if (all) return all.map((w) => w[1]!);
  const isSubs = (ws: readonly (readonly [string, string | null])[]): boolean => ws.length === LITIGATION_GROUPS.length && ws.every((w) => LITIGATION_GROUPS.includes(w[1]!));
  let top: readonly (readonly [string, string | null])[] | undefined = headerLines(lines, REVIEW_TOP_HEADER).find((ws) => ws.length === REVIEW_TOP_HEADER.length);
  let subs = groups.find(isSubs);
  if (!top) {
    // One header cell per line: the words of the header lines in sequence.
    const seq = headerSequence(lines);
    const topSeq = seq.filter((w) => REVIEW_TOP_HEADER.includes(w));
    const subSeq = seq.filter((w) => w[1] !== null && LITIGATION_GROUPS.includes(w[1]));
    // The three groups one per line, no 行政诉讼 span read: their sequence is the order.
    if (topSeq.length === 1 && topSeq[0]![1] === 'review' && subSeq.length === LITIGATION_GROUPS.length) return seq.filter((w) => w[1] !== 'litigation').map((w) => w[1]!);
    if (topSeq.length !== REVIEW_TOP_HEADER.length) return null;
    top = topSeq;
    subs ??= isSubs(subSeq) ? subSeq : undefined;
  }
  const litigation = subs ? subs.map((w) => w[1]!) : LITIGATION_GROUPS;
  return top.flatMap((w) => (w[1] === 'litigation' ? litigation : [w[1]!]));
}

/** Table 四's group words (top row and sub-groups) printed each on a line of its own, in reading order, each word once. */
function headerSequence(lines: readonly Line[]): (readonly [string, string | null])[] {
  const vocab = [...REVIEW_TOP_HEADER, ...REVIEW_HEADER.filter((w) => w[1] !== 'review')];
  const seen = new Set<string>();
  const out: (readonly [string, string | null])[] = [];
  for (const l of lines) {
    // Only a line that is one group word: a line that mixes header words may be a PDF line whose
    // pieces were gathered out of their printed order (行政诉讼 read above a line starting 行政复议).
    const w = vocab.find((v) => v[0] === normalizeLabel(l.cells.join('')));
    if (!w || seen.has(w[0])) continue;
    seen.add(w[0]);
    out.push(w);
  }
  return out;
}

/** Moves each row's values from the template column to the printed one (`moves`: template key → printed key). */
export function applyMoves(prefix: string, moves: ReadonlyMap<string, string>, rowOf: (key: string) => [string, string] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>): void {
  const rows = new Set<string>();
  for (const key of fields.keys()) {
    const parts = rowOf(key);
    if (parts && key.startsWith(prefix) && moves.has(parts[1])) rows.add(parts[0]);
  }
  for (const row of rows) {
    const f = new Map<string, SolvedField | undefined>();
    const p = new Map<string, Placement | undefined>();
    for (const from of moves.keys()) {
      f.set(from, fields.get(row + from));
      p.set(from, placements.get(row + from));
    }
    for (const [from, to] of moves) {
      const sf = f.get(from);
      const sp = p.get(from);
      if (sf) fields.set(row + to, sf);
      else fields.delete(row + to);
      if (sp) placements.set(row + to, sp);
      else placements.delete(row + to);
    }
  }
}

const lastDot = (key: string): [string, string] | null => {
  const i = key.lastIndexOf('.');
  return i < 0 ? null : [key.slice(0, i + 1), key.slice(i + 1)];
};
/** 'reviewLitigation.litigationDirect.total' → ['reviewLitigation.', 'litigationDirect.total']. */
const reviewGroupOf = (key: string): [string, string] | null => {
  const m = /^(reviewLitigation\.)([^.]+)(\..+)$/.exec(key);
  return m ? [m[1]!, m[2]! + m[3]!] : null;
};

const has = (prefix: string, placements: ReadonlyMap<string, Placement>): boolean => [...placements.keys()].some((k) => k.startsWith(prefix));

/**
 * Table 三 with no header line read out of order: the header band names every leaf in the template
 * order (null: confirmed), in another order (followed, `columns_reordered`), or not at all (unread).
 */
function unconfirmedRequests(lines: readonly Line[], piecesLine: string | undefined): Disorder | null {
  const read = requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_CATEGORIES);
  if (read.some((r) => r.order.every((k, i) => k === REQUEST_CATEGORIES[i]))) return null;
  const other = read[0];
  if (other) return { printed: [other.text], moves: new Map(REQUEST_CATEGORIES.map((k, i) => [k, other.order[i]!])) };
  return { printed: piecesLine ? [piecesLine] : [], moves: null, unread: true };
}

/** A header line (group line spliced with its sub-columns), or the header band, names every leaf of table 三 — 总计 included — in the template's order. */
function totalPlacePrinted(lines: readonly Line[], leaves: readonly string[] | null): boolean {
  const inOrder = (o: readonly string[]): boolean => o.every((k, i) => k === REQUEST_LEAVES[i]);
  if (leaves && inOrder(leaves)) return true;
  return requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES).some((r) => inOrder(r.order));
}

function mark(prefix: string, placements: Map<string, Placement>): void {
  for (const [key, p] of placements) if (key.startsWith(prefix)) p.columnsReordered = true;
}

/**
 * Checks the printed column order of table 三 and table 四 against the template; follows a
 * determined swap, marks the table's values (≤ 0.85) and warns. Changes `fields`/`placements` in place.
 */
export function followPrintedColumns(requestLines: readonly Line[] | null, reviewLines: readonly Line[] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  const warnings: Warning[] = [];
  const leaves = requestLines ? requestLeafOrder(requestLines) : null;
  let requests = requestLines ? disorder(requestLines, REQUEST_HEADER, SWAPPABLE_REQUEST) : null;
  // The whole header read (every leaf column once): its order is followed, total and 自然人 included.
  if (requests && leaves) requests = { printed: requests.printed, moves: new Map(REQUEST_LEAVES.map((k, i) => [k, leaves[i]!])) };
  // No header line read out of order, but wrapped header pieces name the columns out of order: capped, nothing moved.
  const pieces = !requests && requestLines ? piecesOutOfOrder(requestLines, REQUEST_HEADER.map((w) => w[0]), ['申请人情况']) : null;
  if (pieces && !pieces.unread) requests = { printed: [pieces.line], moves: null };
  // Otherwise the order is confirmed only by the header band read (line by line or its pieces joined) in template order.
  if (!requests && requestLines && has('requests.', placements)) requests = unconfirmedRequests(requestLines, pieces?.line);
  if (requests) {
    if (requests.moves) applyMoves('requests.', requests.moves, lastDot, fields, placements);
    mark('requests.', placements);
    warnings.push(warning('requests', requests));
  } else if (requestLines && has('requests.', placements) && !totalPlacePrinted(requestLines, leaves)) {
    // Categories confirmed in order, but no header text places 总计: the values must (a 'T 0 0 0 0 0 T' row fits 总计 first and last).
    const places = otherTotalPlaces('requests.', REQUEST_LEAVES, fields);
    if (places.length) {
      mark('requests.', placements);
      warnings.push(totalPlaceWarning('requests', places, REQUEST_LEAVES.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0])));
    }
  }
  let groups = reviewLines ? disorder(reviewLines, REVIEW_HEADER, new Set(LITIGATION_GROUPS)) : null;
  // The group header read whole (all three groups, or the 行政复议 / 行政诉讼 row with the litigation
  // sub-groups): its order is followed, the 行政复议 group included.
  const order = reviewLines ? reviewGroupOrder(reviewLines) : null;
  if (order && order.some((k, i) => k !== REVIEW_GROUPS[i])) {
    groups = { printed: order.map((k) => REVIEW_HEADER.find((w) => w[1] === k)![0]), moves: new Map(REVIEW_GROUPS.map((k, i) => [k, order[i]!])) };
  }
  const groupPieces = !groups && reviewLines ? piecesOutOfOrder(reviewLines, REVIEW_HEADER.map((w) => w[0]), ['行政诉讼']) : null;
  if (groupPieces) groups = { printed: [groupPieces.line], moves: null, unread: groupPieces.unread };
  const chunks = reviewLines ? reviewColumnChunks(reviewLines, isHeaderText) : null;
  // Sub-columns printed in the same other order under every group: followed within each group.
  const columnMoves = reviewColumnMoves(chunks);
  const columnsOut = chunks?.some((c) => c.some((k, i) => k !== REVIEW_COLUMN_HEADER[i]![1])) ?? false;
  let columns = reviewLines ? disorder(reviewLines, REVIEW_COLUMN_HEADER, new Set()) : null;
  if (!columns && columnsOut) columns = { printed: chunks!.flat(), moves: null };
  // No header read out of order, and none read in order: the groups' and columns' order is unconfirmed.
  if (!groups && !columns && reviewLines && has('reviewLitigation.', placements) && !reviewOrderConfirmed(reviewLines, REVIEW_HEADER, REVIEW_COLUMN_HEADER)) groups = { printed: [], moves: null, unread: true };
  if (groups?.moves && (!columns || columnMoves)) {
    // Keys carry their column under the group: 'litigationDirect.x' ↔ 'litigationAfterReview.x' for each column x.
    const moves = new Map(REVIEW_COLUMN_HEADER.flatMap((w) => [...groups.moves!].map(([a, b]) => [`${a}.${w[1]}`, `${b}.${w[1]}`] as [string, string])));
    applyMoves('reviewLitigation.', moves, reviewGroupOf, fields, placements);
  }
  if (columnMoves) {
    const moves = new Map(REVIEW_GROUPS.flatMap((g) => [...columnMoves].map(([a, b]) => [`${g}.${a}`, `${g}.${b}`] as [string, string])));
    applyMoves('reviewLitigation.', moves, reviewGroupOf, fields, placements);
  }
  if (groups || columns) {
    mark('reviewLitigation.', placements);
    warnings.push(warning('reviewLitigation', groups && !columns ? groups : { printed: (columns ?? groups)!.printed, moves: columnMoves && (!groups || groups.moves) ? columnMoves : null }));
  }
  return warnings;
}

function warning(table: string, d: Disorder): Warning {
  if (d.unread) {
    return {
      code: 'columns_unread',
      message: `table ${table} ${d.printed.length ? `prints a column header that could not be read whole (${d.printed.join(' ')})` : 'prints no column header that could be read'}: the values are read in the template's column order, which nothing confirms (the identities hold under any column order); every value of the table stays below 0.9`,
      keys: [table],
    };
  }
  const how = d.moves ? 'the values were moved to the columns the header names' : 'the values are read in the template\'s order, which the header contradicts';
  return {
    code: 'columns_reordered',
    message: `table ${table} prints its column headers in an order other than the template's (${d.printed.join(' ')}): ${how}; every value of the table stays below 0.9`,
    keys: [table],
  };
}
