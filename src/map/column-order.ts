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
import { requestBandOrder, reviewOrderConfirmed } from './header-order.js';

/** Table 三's column words in template order, with the key of each (null: a group header, order-checked only). */
const REQUEST_HEADER: readonly (readonly [string, string | null])[] = [
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
const SWAPPABLE_REQUEST = new Set(['commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']);
/** Every leaf column of table 三: a header naming all of them (group line spliced with its sub-columns) is followed whole. */
const REQUEST_LEAVES = REQUEST_HEADER.map((w) => w[1]).filter((k): k is string => k !== null);
/** The leaf columns an identity cannot place (总计 is the sum of the others): only a header read in order confirms their order. */
const REQUEST_CATEGORIES = REQUEST_LEAVES.filter((k) => k !== 'total');
/** The group header whose place the sub-column line fills. */
const REQUEST_GROUP = '法人或其他组织';

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

/** Header lines: text-only lines (no digit) naming at least two words of the vocabulary. */
function headerLines(lines: readonly Line[], vocab: readonly (readonly [string, string | null])[]): (readonly [string, string | null])[][] {
  const out: (readonly [string, string | null])[][] = [];
  for (const l of lines) {
    const norm = normalizeLabel(l.cells.join(''));
    if (/\d/.test(norm)) continue;
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
  }
  let groups = reviewLines ? disorder(reviewLines, REVIEW_HEADER, new Set(['litigationDirect', 'litigationAfterReview'])) : null;
  const groupPieces = !groups && reviewLines ? piecesOutOfOrder(reviewLines, REVIEW_HEADER.map((w) => w[0]), ['行政诉讼']) : null;
  if (groupPieces) groups = { printed: [groupPieces.line], moves: null, unread: groupPieces.unread };
  const columns = reviewLines ? disorder(reviewLines, REVIEW_COLUMN_HEADER, new Set()) : null;
  // No header read out of order, and none read in order: the groups' and columns' order is unconfirmed.
  if (!groups && !columns && reviewLines && has('reviewLitigation.', placements) && !reviewOrderConfirmed(reviewLines, REVIEW_HEADER, REVIEW_COLUMN_HEADER)) groups = { printed: [], moves: null, unread: true };
  if (groups?.moves && !columns) {
    // Keys carry their column under the group: 'litigationDirect.x' ↔ 'litigationAfterReview.x' for each column x.
    const moves = new Map(REVIEW_COLUMN_HEADER.flatMap((w) => [...groups.moves!].map(([a, b]) => [`${a}.${w[1]}`, `${b}.${w[1]}`] as [string, string])));
    applyMoves('reviewLitigation.', moves, reviewGroupOf, fields, placements);
  }
  if (groups || columns) {
    mark('reviewLitigation.', placements);
    warnings.push(warning('reviewLitigation', groups && !columns ? groups : { printed: (columns ?? groups)!.printed, moves: null }));
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
