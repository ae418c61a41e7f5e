/**
 * @file Column headers printed in an order other than the template's. Values are read in the
 * template's column order; a table whose header prints '法律服务机构 社会公益组织' (swapped), 总计
 * first, or 复议后起诉 before 未经复议直接起诉 would put every value in the wrong column while the
 * identities still hold (they are symmetric in those columns). Each header line's recognised
 * column words are compared with the template's order. When the header determines a swap of
 * interchangeable columns (two applicant sub-columns of table 三, the two litigation groups of
 * table 四), the values are moved to the printed columns; each value of the table is marked
 * `orderUnconfirmed` (score: ≤ 0.85) and a `columns_reordered` warning names the order read — except
 * a table 三 header read whole that moves only 总计, whose place the row totals confirm
 * (`totalMovedOnly`): warned, not capped; and a table 三 moved where no row's totals confirm 总计's
 * place (a 总计 column printed empty): `orderOpen` (≤ 0.75), as an order nothing places.
 */
import type { Line, Warning } from '../model/document.js';
import { printedEmpty, type SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';
import { piecesOutOfOrder } from './header-fragments.js';
import { reviewColumnChunks, reviewColumnMoves } from './review-columns.js';
import { headerBand, requestBandOrder, requestBandTotalPlace, requestOrderConfirmed, reviewBandInOrder, reviewOrderConfirmed } from './header-order.js';
import { valuesAgreeLast, otherTotalPlaces, rowsFitElsewhere, sumValue, totalFitsBetterAt, totalPlaceByRows, totalPlaceWarning, lastPlaceOpen } from './total-column.js';
import { isHeaderText, LITIGATION_GROUPS, REQUEST_CATEGORIES, REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, REVIEW_COLUMN_HEADER, REVIEW_GROUP_ROWS, REVIEW_HEADER, SWAPPABLE_REQUEST } from './header-words.js';
import { LITIGATION_WORD, REVIEW_GROUPS } from '../template/review.js';
import { disorder, requestLeafOrder, reviewGroupOrder, type Disorder } from './header-disorder.js';
import { applyMoves, lastDot, reviewGroupOf } from './move-columns.js';
import { markOrderUnconfirmed, markRequestsUnread } from './order-unconfirmed.js';
import { followGridColumns } from './grid-columns.js';
import { stackedRequestLeaves } from './header-stacks.js';
import { groupRowsConfirmed } from './review-group-rows.js';
import { memoByObject } from '../_internal/memo.js';
import { requestChain, requestChainInOrder, requestLooseChain } from './line-chain.js';
import { ocrGridConfirmsColumns } from './ocr-grid-columns.js';
import { fuzzyOcrHeader } from './ocr-header-words.js';
import { wrappedPiecesInOrder } from './wrapped-pieces.js';
import { readCutTotalFirst } from './cut-total-first.js';
import { requestBandBoxOrdered, requestStreamBoxOrdered } from './box-order.js';
import { requestBandAgainstPlaces, requestOrderByColumns } from './band-places.js';
import { bandWordPlaces, bandWordsContradict } from './header-word-stream.js';

const TOTAL_WORD = REQUEST_HEADER.find((w) => w[1] === 'total')![0];
const NATURAL_WORD = REQUEST_HEADER.find((w) => w[1] === 'naturalPerson')![0];

/**
 * A header line that prints 总计 and then 自然人 as its first two column words: the two cells that span
 * the header's rows, read side by side on one line of a line-per-row dump ('总计 自然人 法人或其他组织'),
 * so 总计 is printed first. (总计 joined to a sub-column's piece, '总计 商业 企业', does not head 自然人.)
 */
const totalHeadsNatural = (printed: readonly string[]): boolean => printed[0] === TOTAL_WORD && printed[1] === NATURAL_WORD;

const has = (prefix: string, placements: ReadonlyMap<string, Placement>): boolean => [...placements.keys()].some((k) => k.startsWith(prefix));

/**
 * Table 三 with no header line read out of order: the header band names every leaf in the template
 * order (null: confirmed), in another order (followed, `columns_reordered`), or not at all (unread).
 */
function unconfirmedRequests(lines: readonly Line[], piecesLine: string | undefined): Disorder | null {
  const read = categoryBandOrder(lines);
  if (read.some((r) => r.confirms && inCategoryOrder(r.order))) return null;
  const other = read[0];
  // Wrapped header pieces on lines of their own (no positions): the band joined names an order the page does not print (map/wrapped-pieces).
  if (other && wrappedPiecesInOrder(lines)) return { printed: [other.text], moves: null, unread: true };
  // A reading with the group word left out disagrees (a stream that does not place it): nothing is followed.
  if (other && read.some((r) => !r.confirms && r.order.join() !== other.order.join())) return { printed: [other.text], moves: null, unread: true };
  // Read only in the template's order by a reading that does not confirm it (the group word's place not read): unread, not reordered.
  if (other && !other.confirms && inCategoryOrder(other.order)) return { printed: [other.text], moves: null, unread: true };
  if (other) return { printed: [other.text], moves: new Map(REQUEST_CATEGORIES.map((k, i) => [k, other.order[i]!])) };
  return { printed: piecesLine ? [piecesLine] : [], moves: null, unread: true };
}

/**
 * Table 三's order read from a header's pieces — its narrow cells stacked by position (map/header-stacks),
 * or its pieces chained by the lines they share in a dump with no layout (map/line-chain) — when it is
 * not the template's: followed (every leaf named, or the categories with 总计 left last). Null when
 * neither reads an order, or both do and disagree.
 */
function piecedOrder(lines: readonly Line[], stacked: readonly string[] | null, totalFirst = false): Disorder | null {
  const chain = requestChain(lines) ?? requestLooseChain(lines);
  const full = chain && chain.length === REQUEST_CATEGORIES.length ? (totalFirst ? ['total', ...chain] : [...chain, 'total']) : chain;
  if (stacked && full && stacked.join() !== full.join()) return null;
  const order = stacked ?? full;
  if (!order || order.every((k, i) => k === REQUEST_LEAVES[i])) return null;
  return followOrder(order);
}

/** The band's readings of table 三's categories, once per lines (map/printed-order's probe reads the same header first). */
const categoryBandOrder = memoByObject((lines: readonly Line[]) => requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_CATEGORIES));

/** Table 三's leaves in the template's order. */
/** Table 三's leaves printed in `order` (leaf keys, left to right): the printed words and each template leaf's printed key. */
function followOrder(order: readonly string[]): Disorder & { moves: Map<string, string> } {
  return { printed: order.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]), moves: new Map(REQUEST_LEAVES.map((k, i) => [k, order[i]!])) };
}

const inTemplateOrder = (o: readonly string[]): boolean => o.every((k, i) => k === REQUEST_LEAVES[i]);

/** A header line (group line spliced with its sub-columns), or the header band, names every leaf of table 三 — 总计 included — in the template's order. */
function totalPlacePrinted(lines: readonly Line[], leaves: readonly string[] | null): boolean {
  if (leaves && inTemplateOrder(leaves)) return true;
  return requestOrderConfirmed(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
}

/**
 * Checks the printed column order of table 三 and table 四 against the template; follows a
 * determined swap, marks the table's values (≤ 0.85) and warns. Changes `fields`/`placements` in place.
 */
export function followPrintedColumns(requestLines: readonly Line[] | null, reviewLines: readonly Line[] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>, requestsByRows: ReadonlyMap<string, string> | null = null): Warning[] {
  const before = new Map([...fields].filter(([k]) => k.startsWith('requests.')));
  const marks = orderMarks(placements);
  const requests = requestLines && requestsByRows ? followRowOrder(requestLines, requestsByRows, fields, placements) : followRequestColumns(requestLines, fields, placements);
  const out = [...requests, ...contradictedByRows(requestLines, fields, placements, requests), ...contradictedByWords(requestLines, before, fields, placements), ...followReviewColumns(reviewLines, fields, placements)];
  // (Not in a band dumped in a layout analyser's box order: its rows' cells may be the analyser's grouping too, map/box-order.)
  const lifted = requestLines && requestStreamBoxOrdered(requestLines) ? new Set<string>() : unmarkOrderFree(marks, fields, placements);
  // The warnings that cap a table say which of its values keep their confidence.
  return out.map((w) => (w.keys?.some((k) => lifted.has(k)) && /stays? below 0\.[89]/.test(w.message) ? { ...w, message: `${w.message} (but those of a row printing one number in every column: that number whatever the order)` } : w));
}

type OrderMarks = Map<string, { orderUnconfirmed: boolean; orderOpen: boolean }>;

/** Each table-三/四 placement's column-order marks as they stood before this stage. */
function orderMarks(placements: ReadonlyMap<string, Placement>): OrderMarks {
  const out: OrderMarks = new Map();
  for (const [k, p] of placements) if (k.startsWith('requests.') || k.startsWith('reviewLitigation.')) out.set(k, { orderUnconfirmed: p.orderUnconfirmed === true, orderOpen: p.orderOpen === true });
  return out;
}

/**
 * The keys whose value no column order changes: every cell of table 三's printed row (its 7 columns), or
 * every cell of table 四 (its 15 in one printed row), read as printed — one value each, none an
 * identity's choice (derived, repaired), none ambiguous — and all the same number (a row of zeros).
 * Whichever order the columns were printed in, each of these cells holds that number (crawl48: Debian
 * html2text cuts every header word inside its characters, so table 三's order is unread, and its rows
 * of zeros were capped with the rest).
 */
export function orderFreeKeys(fields: ReadonlyMap<string, SolvedField>): Set<string> {
  const rows = new Map<string, string[]>();
  for (const k of fields.keys()) {
    const row = k.startsWith('requests.') ? k.slice(0, k.lastIndexOf('.')) : k.startsWith('reviewLitigation.') ? 'reviewLitigation' : null;
    if (row !== null) rows.set(row, [...(rows.get(row) ?? []), k]);
  }
  const out = new Set<string>();
  for (const [row, keys] of rows) {
    const want = row === 'reviewLitigation' ? 15 : REQUEST_LEAVES.length;
    const values = keys.map((k) => fields.get(k)!);
    const v = values[0]?.value;
    if (keys.length !== want || typeof v !== 'number') continue;
    if (values.every((f) => f.value === v && !f.candidates && !f.flags.some((x) => x === 'ambiguous' || FROM_IDENTITIES.has(x)))) for (const k of keys) out.add(k);
  }
  return out;
}

/** The column-order marks this stage set taken back from the values no column order changes (orderFreeKeys); the tables ('requests') so lifted. */
function unmarkOrderFree(marks: OrderMarks, fields: ReadonlyMap<string, SolvedField>, placements: Map<string, Placement>): Set<string> {
  const lifted = new Set<string>();
  for (const k of orderFreeKeys(fields)) {
    const p = placements.get(k);
    const was = marks.get(k);
    if (!p || !was || (was.orderUnconfirmed === (p.orderUnconfirmed === true) && was.orderOpen === (p.orderOpen === true))) continue;
    const { orderUnconfirmed: _u, orderOpen: _o, ...rest } = p;
    placements.set(k, { ...rest, ...(was.orderUnconfirmed ? { orderUnconfirmed: true } : {}), ...(was.orderOpen ? { orderOpen: true } : {}) });
    lifted.add(k.slice(0, k.indexOf('.')));
  }
  return lifted;
}

/**
 * The leaves of table 三 in the order its values were finally read (printed column i holds the leaf at
 * i), from where each row's value of template column i went (`before`: the fields as first read): the
 * order most rows agree on.
 */
function readOrder(before: ReadonlyMap<string, SolvedField>, fields: ReadonlyMap<string, SolvedField>): string[] {
  const votes = REQUEST_LEAVES.map(() => new Map<string, number>());
  const at = new Map<SolvedField, string>();
  for (const [k, f] of fields) if (k.startsWith('requests.')) at.set(f, k);
  for (const [k, f] of before) {
    const i = REQUEST_LEAVES.indexOf(k.slice(k.lastIndexOf('.') + 1));
    const now = at.get(f);
    if (i < 0 || now === undefined || now.slice(0, now.lastIndexOf('.')) !== k.slice(0, k.lastIndexOf('.'))) continue;
    const leaf = now.slice(now.lastIndexOf('.') + 1);
    votes[i]!.set(leaf, (votes[i]!.get(leaf) ?? 0) + 1);
  }
  return REQUEST_LEAVES.map((k, i) => [...votes[i]!].sort((a, b) => b[1] - a[1])[0]?.[0] ?? k);
}

/**
 * Table 三 read in an order (the template's, or one the header or rows' totals gave) that the band's whole
 * column words contradict within one header row (map/header-word-stream: a reordered header a browser dumped
 * one cell per line, or laid out, that no reading followed): every value of the table is open (≤ 0.75), warned. Nothing is
 * moved: a plain PDF dump prints a wrapped cell's first line before an unwrapped neighbour (test/column-unread).
 */
function contradictedByWords(lines: readonly Line[] | null, before: ReadonlyMap<string, SolvedField>, fields: ReadonlyMap<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  if (!lines || !has('requests.', placements)) return [];
  const order = readOrder(before, fields);
  const unconfirmed = [...placements].some(([k, p]) => k.startsWith('requests.') && p.orderUnconfirmed);
  if (!bandWordsContradict(lines, order, unconfirmed)) return [];
  const places = bandWordPlaces(lines);
  for (const [key, p] of placements) if (key.startsWith('requests.')) { p.orderUnconfirmed = true; p.orderOpen = true; }
  const printed = [...places].sort((a, b) => a[1] - b[1]).map(([k]) => REQUEST_HEADER.find((w) => w[1] === k)?.[0] ?? REQUEST_GROUP);
  return [{
    code: 'columns_unread',
    message: `table requests prints its column words in an order (${printed.join(' ')}${headerBand(lines).some((l) => l.includes('\ufffd')) ? ', words cut inside their characters' : ''}) that the order its values were read in (${order.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]).join(' ')}) contradicts or nothing confirms, and no reading of its header places every column: every value of the table stays below 0.8`,
    keys: ['requests'],
  }];
}

/**
 * Table 三 as finally ordered (a header followed or confirmed, or the template's order) whose rows
 * mostly fail their totals there and sum with 总计 elsewhere (map/total-column rowsFitElsewhere): the
 * rows that sum either way confirm nothing, so every value of the table is marked `orderOpen`
 * (≤ 0.75), and warned unless a column warning already names the table.
 */
function contradictedByRows(lines: readonly Line[] | null, fields: ReadonlyMap<string, SolvedField>, placements: Map<string, Placement>, warned: readonly Warning[]): Warning[] {
  if (!lines || !has('requests.', placements) || !rowsFitElsewhere('requests.', REQUEST_LEAVES, blanksAsPrinted(fields))) return [];
  for (const [key, p] of placements) if (key.startsWith('requests.')) p.orderOpen = true;
  if (warned.some((w) => w.keys?.includes('requests'))) return [];
  return [{
    code: 'columns_unread',
    message: 'table requests is read in a column order under which most of its rows do not sum to their 总计, while they do with 总计 in another column: the rows that sum either way confirm neither order; every value of the table stays below 0.9',
    keys: ['requests'],
  }];
}

/**
 * Table 三's column order the rows' identities determine where its header does not (template key →
 * printed key: 总计 printed elsewhere than last, the categories in the template's order), or null.
 * The header does not determine it when, read with these values, it neither confirms the template's
 * order (no warning) nor moves any value (map/total-column totalPlaceByRows: rows with distinct nonzero
 * parts fit 总计 only there, and no row fits it only elsewhere). Asked after a first solve, the
 * values read as printed (none an identity chose): the caller solves again under the order found.
 */
export function requestMovesByRows(lines: readonly Line[] | null, fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>): Map<string, string> | null {
  if (!lines || !has('requests.', placements)) return null;
  const at = totalPlaceByRows('requests.', REQUEST_LEAVES, blanksAsPrinted(fields));
  if (at === null || at === REQUEST_LEAVES.length - 1) return null;
  // What the header says, followed on copies (moves and marks change the maps and placements in place).
  const f = new Map([...fields].filter(([k]) => k.startsWith('requests.')));
  const p = new Map([...placements].filter(([k]) => k.startsWith('requests.')).map(([k, v]) => [k, { ...v }]));
  if (followRequestColumns(lines, f, p).length === 0 || [...f].some(([k, v]) => fields.get(k) !== v)) return null;
  return totalAt(at).moves;
}

/**
 * The fields as printed, for the rows' identities: a cell printed empty is 0 whatever the solver made of
 * it under the template's order (a blank 总计 last is `derived`, not `repaired`, from its parts there: solve printedEmpty); values an
 * identity chose or computed from cells that were printed are left out. The checks of 总计's place by the
 * rows' totals read these (a value the identities computed fits the template's place by construction), but totalMovedOnly.
 */
function blanksAsPrinted(fields: ReadonlyMap<string, SolvedField>): Map<string, SolvedField> {
  return new Map([...fields].flatMap(([k, f]): [string, SolvedField][] => {
    if (printedEmpty(f)) return [[k, { ...f, value: 0 }]];
    return f.flags.some((x) => FROM_IDENTITIES.has(x)) ? [] : [[k, f]];
  }));
}

/**
 * A category column of table 三 empty in every row (printed '—' throughout, breakit55 `dashCol`) read as 0, so the rows'
 * totals can be summed: where 总计 sits is asked of the other columns. The fields themselves keep null.
 */
function dashColumnsAsZero(fields: ReadonlyMap<string, SolvedField>): Map<string, SolvedField> {
  const out = new Map(fields);
  for (const c of REQUEST_CATEGORIES) {
    const keys = [...fields.keys()].filter((k) => k.startsWith('requests.') && k.endsWith(`.${c}`));
    if (keys.length > 0 && keys.every((k) => fields.get(k)!.value === null)) for (const k of keys) out.set(k, { ...fields.get(k)!, value: 0 });
  }
  return out;
}

/**
 * Table 三 read in an order no row's totals confirm (map/total-column lastPlaceOpen: no row with distinct
 * nonzero parts sums to 总计 there and nowhere else, or one sums only elsewhere) — the template's order that no
 * header places, or one a header reading moved the values to: each value is marked `orderOpen` (score: ≤ 0.75).
 * A converter may have printed 总计 first, single-applicant rows read the same sums either way, and a 总计 column
 * printed empty checks no order at all (fixh53: Python html2text's Markdown of a shuffled header with an empty
 * 总计 column, its columns read one off by the words' places, 4 values at 0.85 on seed 1101). True when marked.
 * `always`: marked whatever the totals say (a band whose order its places contradict: map/band-places).
 */
function markOrderOpen(fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>, always = false): boolean {
  if (!always && !lastPlaceOpen('requests.', REQUEST_LEAVES, blanksAsPrinted(fields))) return false;
  for (const [key, p] of placements) if (key.startsWith('requests.')) p.orderOpen = true;
  return true;
}

/** Table 三's leaves printed with 总计 at `at` (0-based), the categories in the template's order. */
function totalAt(at: number): Disorder & { moves: Map<string, string> } {
  const order = [...REQUEST_CATEGORIES.slice(0, at), 'total', ...REQUEST_CATEGORIES.slice(at)];
  return followOrder(order);
}

/**
 * Table 三 moved to the order its rows determine (requestMovesByRows): capped as any order no header
 * confirms, and warned — unless the header agrees (`headerAgrees`): then the values keep their confidence.
 */
function followRowOrder(lines: readonly Line[], moves: ReadonlyMap<string, string>, fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  applyMoves('requests.', moves, lastDot, fields, placements);
  const agrees = headerAgrees(lines, moves);
  if (!agrees) markOrderUnconfirmed('requests.', placements);
  // The rows place 总计 only; the categories keep the template's order, which only a band reading them in that order confirms
  // (the identities hold under any permutation of them): else every category's value is open, 总计's stays capped (order48).
  const categoriesRead = agrees || categoriesConfirmed(lines);
  if (!categoriesRead) markRequestsUnread(placements, new Set(REQUEST_CATEGORIES));
  // A value the identities chose (repaired, derived) under an order the identities chose: nothing printed confirms either (≤ 0.7, as in an open order).
  for (const [key, p] of placements) if (key.startsWith('requests.') && fields.get(key)?.flags.some((x) => FROM_IDENTITIES.has(x))) p.orderOpen = true;
  const printed = REQUEST_LEAVES.map((k) => REQUEST_HEADER.find((w) => w[1] === moves.get(k))![0]);
  return [{
    code: 'columns_reordered',
    message: agrees
      ? `table requests prints 总计 elsewhere than last, as its rows' totals hold only there (${printed.join(' ')}), and its header names the categories in the template's order and 总计 at that place: the values were moved there and keep their confidence`
      : categoriesRead
        ? `table requests prints 总计 elsewhere than last, as its rows' totals hold only there (${printed.join(' ')}), and its header names the categories in the template's order but not 总计's place: the values were moved there; every value of the table stays below 0.9`
        : `table requests prints no column header that places its columns, and its rows' totals hold only with 总计 elsewhere than last (${printed.join(' ')}): the values were moved there; the categories are read in the template's order, which nothing printed confirms (their identities hold under any order of them): their values stay below 0.8, 总计's below 0.9`,
    keys: ['requests'],
  }];
}

/**
 * The header band confirms the order the rows determined (which moves only 总计: map/total-column
 * totalPlaceByRows): a reading confirms the categories in the template's order, and every reading naming
 * all leaves names 总计 where the rows put it (map/header-order requestBandTotalPlace). Two sources agree —
 * the rows' totals, each confirming row summing with 总计 there and nowhere else, and the printed words —
 * as under a header read whole that moves only 总计 (`totalMovedOnly`).
 */
function headerAgrees(lines: readonly Line[], moves: ReadonlyMap<string, string>): boolean {
  const at = REQUEST_LEAVES.map((k) => moves.get(k)).indexOf('total');
  if (!categoriesConfirmed(lines)) return false;
  return requestBandTotalPlace(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, 'total') === at;
}

/** An order of table 三's categories (a band's reading, stacked leaves) that begins as the template's does. */
const inCategoryOrder = (order: readonly string[]): boolean => order.every((k, i) => k === REQUEST_CATEGORIES[i]);

/**
 * A reading of table 三's band names its categories in the template's order, the group word placed among them (every
 * category word present, in template sequence): the order counts as read. A dump of a genuinely permuted header prints
 * its words in the printed order or in pieces, not in the template's sequence by chance (docs/development.md, order48).
 */
const categoriesConfirmed = (lines: readonly Line[]): boolean => categoryBandOrder(lines).some((r) => r.confirms && inCategoryOrder(r.order));

/**
 * Table 三's band reads its categories in the template's order (map/index: values put back in columns by the stream's order
 * alone): a reading of the band, its pieces chained by the lines they share (map/line-chain), or its narrow cells' pieces
 * stacked by position (map/header-stacks) — every category word present, in template sequence.
 */
export function requestCategoriesRead(lines: readonly Line[]): boolean {
  if (categoriesConfirmed(lines) || requestChainInOrder(lines)) return true;
  const categories = stackedRequestLeaves(lines)?.filter((k) => k !== 'total');
  return !!categories && categories.length === REQUEST_CATEGORIES.length && inCategoryOrder(categories);
}

/** Table 三: a header read out of order is followed where it determines the columns; else the order must be confirmed, 总计's place included. */
function followRequestColumns(lines: readonly Line[] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  if (!lines) return [];
  // A grid the file gives (HTML, CSV, JSON, .xlsx) whose header cells stand over its seven value columns: read by column.
  const byGrid = followGridColumns(lines, fields, placements);
  if (byGrid) return byGrid;
  const leaves = requestLeafOrder(lines);
  // A header not read whole whose rows' values place 总计 last: where a line names 总计 says nothing (a dump
  // joins the 总计 cell, which spans the header's rows, to a sub-column: '总计 商业 企业'); the others' order is checked.
  const totalByValues = !leaves && totalsConfirmLast(blanksAsPrinted(fields));
  const vocab = totalByValues ? REQUEST_HEADER.filter((w) => w[1] !== 'total') : REQUEST_HEADER;
  let requests = disorder(lines, vocab, SWAPPABLE_REQUEST);
  // The whole header read (every leaf column once): its order is followed, total and 自然人 included.
  if (requests && leaves) requests = { printed: requests.printed, moves: new Map(REQUEST_LEAVES.map((k, i) => [k, leaves[i]!])) };
  // No header line read out of order, but wrapped header pieces name the columns out of order: capped, nothing moved.
  // (A header read whole in the template's order — every leaf once, a flattened two-row header by the columns its words
  // head: map/header-disorder — has no pieces to read: its words' places on a line are not those of one row's cells.)
  const pieces = !requests && !(leaves && inTemplateOrder(leaves)) ? piecesOutOfOrder(lines, vocab.map((w) => w[0]), ['申请人情况', ...(totalByValues ? [TOTAL_WORD] : [])]) : null;
  if (pieces && !pieces.unread) requests = { printed: [pieces.line], moves: null };
  // A header read out of order by its lines or pieces but not whole: its cells' stacks or chained pieces may name every column.
  // The categories chained with no 总计 among them: 总计 goes where the line read out of order prints it, first when it heads 自然人.
  if (requests && !requests.moves && has('requests.', placements)) requests = piecedOrder(lines, stackedRequestLeaves(lines), totalHeadsNatural(requests.printed) && !valuesAgreeLast('requests.', REQUEST_LEAVES, dashColumnsAsZero(blanksAsPrinted(fields)))) ?? requests;
  // Otherwise the order is confirmed only by the header band read (line by line or its pieces joined) in template order,
  // or by its narrow cells' wrapped pieces stacked by position (map/header-stacks: confirms, never moves).
  const stacked = !requests && has('requests.', placements) ? stackedRequestLeaves(lines) : null;
  // Stacks confirm the order only where the values read as printed agree with 总计 where the stacks put it (map/total-column).
  const stackedInOrder = (stacked?.every((k, i) => k === REQUEST_LEAVES[i]) ?? false) && valuesAgreeLast('requests.', REQUEST_LEAVES, blanksAsPrinted(fields));
  // Or by a band dumped with no layout whose lines' pieces chain the categories in template order (map/line-chain); 总计 by the values below.
  const chained = !requests && has('requests.', placements) && !stackedInOrder && requestChainInOrder(lines);
  // Stacks or chained pieces that name another order: the header read, its order followed (capped as any move).
  if (!requests && has('requests.', placements) && !stackedInOrder && !chained) requests = piecedOrder(lines, stacked);
  if (!requests && has('requests.', placements) && !stackedInOrder && !chained) requests = unconfirmedRequests(lines, pieces?.line);
  // A scan's header read as noise (no reading names another order): the ruled grid's shape and the
  // rows' totals confirm the template's columns (map/ocr-grid-columns); the OCR trust rule still holds each value.
  if (requests?.unread && !requests.moves && categoryBandOrder(lines).every((r) => inCategoryOrder(r.order)) && ocrGridConfirmsColumns(lines, fields)) return [];
  // A band dumped in a layout analyser's box order (one cell per line, no reading of its rows): its order is not the page's (map/box-order).
  if (requests?.moves && requestBandBoxOrdered(lines)) requests = { printed: requests.printed, moves: null, unread: true };
  // A PDF band whose words' places on the page contradict the order read across its lines (a header that does not line up
  // with its columns: map/band-places): no order is read, the template's is not confirmed either (≤ 0.75).
  // So is a band of a pdftohtml -noframes flow (Line.flowOrdered): its header cells come in the order the printer drew them,
  // and the rows' totals hold under any order of their parts (breaker42 noframes-chrome: cells exchanged at 0.85).
  const offPlaces = !!requests?.moves && (requestBandAgainstPlaces(lines, requests.moves) || lines.some((l) => l.flowOrdered));
  // A text dump's band so contradicted whose leaf words stand one each over the columns (a rowspan cell drawn on a line below
  // the group's sub-columns, map/band-places): the order is the words' left to right — the template's confirms nothing moved
  // (总计's place still asked of the values below), another is followed (capped as any move).
  const byColumns = offPlaces ? requestOrderByColumns(lines) : null;
  if (offPlaces && byColumns && inTemplateOrder(byColumns)) requests = null;
  else if (offPlaces && byColumns) requests = followOrder(byColumns);
  else if (offPlaces) requests = { printed: requests!.printed, moves: null, unread: true };
  // A laid-out text band read out of order but with nothing it could move (its pieces wrapped: '社会公 商业 其他 法律服 科研'):
  // its words' columns name every leaf once in another order than the template's: followed (capped as any move).
  const unmoved = requests && !requests.moves && has('requests.', placements) ? requestOrderByColumns(lines) : null;
  if (unmoved && !inTemplateOrder(unmoved)) requests = followOrder(unmoved);
  if (requests) {
    if (requests.moves) applyMoves('requests.', requests.moves, lastDot, fields, placements);
    if (leaves && requests.moves && totalMovedOnly(lines, leaves, fields)) return [warning('requests', { ...requests, placedByTotals: true })];
    // 总计 printed first over rows of six values: the header's reading (其他 cut) holds as well as the template's (map/cut-total-first).
    const cutLast = !requests.moves && !requests.unread && totalHeadsNatural(requests.printed) && readCutTotalFirst(fields);
    markOrderUnconfirmed('requests.', placements);
    // A band its places contradict settles no cell's column (map/band-places): every one open. So does an order left unread
    // (no reading of the band places every column) or one the header contradicts and nothing followed: the values keep the
    // template's order, which no identity of table 三 tells from a permutation of its categories (order48; crawl48's case, an
    // unread band whose words' places name another order than the template's, is one of these).
    // A header reading followed (values moved) is no better checked: where the rows' totals do not confirm 总计's place under
    // it (a 总计 column printed empty, single-applicant rows), nothing but the reading placed the values (fixh53).
    const open = markOrderOpen(fields, placements, !requests.moves && (offPlaces || !cutLast));
    return [warning('requests', { ...requests, cutLast, open })];
  }
  if (!has('requests.', placements) || stackedInOrder || totalPlacePrinted(lines, leaves)) return [];
  // Categories confirmed in order, but no header text places 总计: the values must (a 'T 0 0 0 0 0 T' row fits 总计 first and last).
  // The values as printed (a blank cell 0; none an identity chose or computed): a blank last cell the solver derived fits 总计 last by construction.
  const places = otherTotalPlaces('requests.', REQUEST_LEAVES, blanksAsPrinted(fields));
  if (!places.length) return [];
  // A scan's grid ruled 自然人 | 法人或其他组织 | 总计: 总计 is an edge column, and the rows that fit it first read the same either way (map/ocr-grid-columns).
  if (ocrGridConfirmsColumns(lines, fields)) return [];
  // The header band names 总计 at a place the values fit too ('总计 自然人 法人或其他组织 …' over rows that sum to their first value): followed, capped.
  const named = requestBandBoxOrdered(lines) ? null : totalPlaceNamed(lines, places, fields);
  if (named) {
    applyMoves('requests.', named.moves!, lastDot, fields, placements);
    markOrderUnconfirmed('requests.', placements);
    return [warning('requests', named)];
  }
  // 总计's place unread (the values fit it elsewhere as well as last): every column after that place may be one off (order48).
  markRequestsUnread(placements);
  return [totalPlaceWarning('requests', places, REQUEST_LEAVES.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]))];
}

/**
 * Categories confirmed in the template's order whose band names 总计 elsewhere than last: every
 * reading of the band that names all leaves puts 总计 at one printed place (the group word's place
 * among the others may be unread there: the categories' order is the confirmed one), and the values
 * read fit 总计 there — more rows than fit it last (`places`: the template-order columns the rows fit,
 * which is the printed place before any move). A dump's place of 总计 alone is no column (a cell
 * spanning the header's rows is dumped beside a sub-column's piece), so the values must agree.
 */
function totalPlaceNamed(lines: readonly Line[], places: readonly number[], fields: ReadonlyMap<string, SolvedField>): Disorder | null {
  const read = requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
  const at = read[0]?.order.indexOf('total') ?? -1;
  if (at < 0 || at === REQUEST_LEAVES.length - 1 || read.some((r) => r.order.indexOf('total') !== at)) return null;
  if (!places.includes(at) || !totalFitsBetterAt('requests.', REQUEST_LEAVES, blanksAsPrinted(fields), at)) return null;
  return totalAt(at);
}

/**
 * A whole header (every leaf once) that moves only 总计 — the categories 自然人 … 其他 named in the
 * template's order, as a header in template order confirms them — whose place the values confirm:
 * every reading of the band that names all leaves names this order, and no other column fits the
 * rows' totals as well as 总计 where the header puts it (a row 'T 0 0 0 0 0 T' sums either way; the
 * solver's values, not blanksAsPrinted: read so, breakit55 pandoc-mediawiki r19's confirmed 总计-first header
 * went capped while two tab dumps of headless-total-variants went confirmed — not the same output, so kept). The
 * categories are then as confirmed as under a template header, and 总计's place by the identities.
 * Any move among the categories stays capped: their identities hold under any order, and a header
 * read in another order than the one nearly every report prints is as likely a misread as a permutation.
 */
function totalMovedOnly(lines: readonly Line[], leaves: readonly string[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const categories = leaves.filter((k) => k !== 'total');
  if (leaves.at(-1) === 'total' || !inCategoryOrder(categories)) return false;
  const read = requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
  if (read.some((r) => r.order.some((k, i) => k !== leaves[i]))) return false;
  return totalsConfirmLast(fields);
}

/** The rows read in the template's order put 总计 last: no other column fits the row totals as well, and some nonzero total holds. */
function totalsConfirmLast(fields: ReadonlyMap<string, SolvedField>): boolean {
  return otherTotalPlaces('requests.', REQUEST_LEAVES, fields).length === 0 && totalsPlaced(fields);
}

/** Values the identities chose or computed, which fit the template's 总计 place by construction. */
const FROM_IDENTITIES = new Set(['derived', 'repaired']);

/** Some row of table 三 (template order, after the move) prints a nonzero total that its categories sum to (a '—' cell adding 0: map/total-column sumValue). */
function totalsPlaced(fields: ReadonlyMap<string, SolvedField>): boolean {
  const rows = new Set([...fields.keys()].filter((k) => k.startsWith('requests.') && k.endsWith('.total')).map((k) => k.slice(0, -'total'.length)));
  return [...rows].some((row) => {
    const v = REQUEST_LEAVES.map((c) => sumValue(fields.get(row + c)));
    if (v.some((x) => x === null) || v.at(-1) === 0) return false;
    return Math.abs(v.slice(0, -1).reduce((a, x) => a! + x!, 0)! - v.at(-1)!) < 1e-9;
  });
}

/** Table 四's groups out of template order: the group header read whole (followed, 行政复议 included), a line out of order, or pieces of one. */
function groupDisorder(lines: readonly Line[]): Disorder | null {
  // The group header read whole (all three groups, or the 行政复议 / 行政诉讼 row with the litigation
  // sub-groups): its order is followed, the 行政复议 group included.
  const order = reviewGroupOrder(lines);
  if (order && order.some((k, i) => k !== REVIEW_GROUPS[i])) {
    return { printed: order.map((k) => REVIEW_HEADER.find((w) => w[1] === k)![0]), moves: new Map(REVIEW_GROUPS.map((k, i) => [k, order[i]!])) };
  }
  const groups = disorder(lines, REVIEW_HEADER, new Set(LITIGATION_GROUPS));
  const groupPieces = !groups ? piecesOutOfOrder(lines, REVIEW_HEADER.map((w) => w[0]), [LITIGATION_WORD]) : null;
  return groupPieces ? { printed: [groupPieces.line], moves: null, unread: groupPieces.unread } : groups;
}

/** Table 四: groups and result columns printed out of order are followed where determined; an order nothing confirms is capped. */
function followReviewColumns(printedLines: readonly Line[] | null, fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  if (!printedLines) return [];
  const lines = ocrHeaderInOrder(printedLines);
  // A laid-out header read by position in template order: its lines are pieces of wrapped cells, read in no order of their own.
  const byPosition = reviewBandInOrder(lines, REVIEW_GROUP_ROWS, REVIEW_COLUMN_HEADER);
  let groups = byPosition ? null : groupDisorder(lines);
  const chunks = byPosition ? null : reviewColumnChunks(lines, isHeaderText);
  // Sub-columns printed in the same other order under every group: followed within each group.
  const columnMoves = reviewColumnMoves(chunks);
  const columnsOut = chunks?.some((c) => c.some((k, i) => k !== REVIEW_COLUMN_HEADER[i]![1])) ?? false;
  let columns = byPosition ? null : disorder(lines, REVIEW_COLUMN_HEADER, new Set());
  if (!columns && columnsOut) columns = { printed: chunks!.flat(), moves: null };
  // No header read out of order, and none read in order: the groups' and columns' order is unconfirmed.
  // (A table printed one row per group, its rows labelled by the groups, confirms the groups by its rows: map/review-group-rows.)
  const confirmed = (): boolean => byPosition || reviewOrderConfirmed(lines, REVIEW_HEADER, REVIEW_COLUMN_HEADER) || groupRowsConfirmed(lines, fields);
  if (!groups && !columns && has('reviewLitigation.', placements) && !confirmed()) groups = { printed: [], moves: null, unread: true };
  if (groups?.moves && (!columns || columnMoves)) {
    // Keys carry their column under the group: 'litigationDirect.x' ↔ 'litigationAfterReview.x' for each column x.
    const moves = new Map(REVIEW_COLUMN_HEADER.flatMap((w) => [...groups.moves!].map(([a, b]) => [`${a}.${w[1]}`, `${b}.${w[1]}`] as [string, string])));
    applyMoves('reviewLitigation.', moves, reviewGroupOf, fields, placements);
  }
  if (columnMoves) {
    const moves = new Map(REVIEW_GROUPS.flatMap((g) => [...columnMoves].map(([a, b]) => [`${g}.${a}`, `${g}.${b}`] as [string, string])));
    applyMoves('reviewLitigation.', moves, reviewGroupOf, fields, placements);
  }
  if (!groups && !columns) return [];
  markOrderUnconfirmed('reviewLitigation.', placements);
  return [warning('reviewLitigation', groups && !columns ? groups : { printed: (columns ?? groups)!.printed, moves: columnMoves && (!groups || groups.moves) ? columnMoves : null })];
}

/**
 * Table 四's header lines of a scan with the header cells OCR read one character wrong taken as the
 * words they are next to (map/ocr-header-words), when so read they name no order other than the
 * template's; else the lines as printed (a misread is never followed into a move).
 */
function ocrHeaderInOrder(lines: readonly Line[]): readonly Line[] {
  const fuzzy = fuzzyOcrHeader(lines, [...REVIEW_GROUP_ROWS, ...REVIEW_COLUMN_HEADER]);
  if (fuzzy === lines) return lines;
  const chunks = reviewColumnChunks(fuzzy, isHeaderText);
  const out = groupDisorder(fuzzy) || disorder(fuzzy, REVIEW_COLUMN_HEADER, new Set()) || (chunks?.some((c) => c.some((k, i) => k !== REVIEW_COLUMN_HEADER[i]![1])) ?? false);
  return out ? lines : fuzzy;
}

/** The table's `columns_unread` or `columns_reordered` warning for the order read. */
function warning(table: string, d: Disorder & { placedByTotals?: boolean; cutLast?: boolean; open?: boolean }): Warning {
  if (d.unread) {
    return {
      code: 'columns_unread',
      message: `table ${table} ${d.printed.length ? `prints a column header that could not be read whole (${d.printed.join(' ')})` : 'prints no column header that could be read'}: the values are read in the template's column order, which nothing confirms (the identities hold under any column order); every value of the table stays below ${table === 'requests' ? '0.8' : '0.9'}`,
      keys: [table],
    };
  }
  const how = d.moves ? 'the values were moved to the columns the header names'
    : d.cutLast ? 'its rows print one value fewer than its columns, which read in the template\'s order (总计 derived) and as the header prints them (总计 first, the last column cut) alike: each value the two readings differ on is ambiguous'
    : 'the values are read in the template\'s order, which the header contradicts';
  const cap = d.placedByTotals ? 'the header names the categories in the template\'s order and the row totals confirm where 总计 is, so the values keep their confidence'
    : table === 'requests' && (!d.moves ? !d.cutLast : d.open) ? `every value of the table stays below 0.8${d.moves ? ' (no row\'s total confirms 总计\'s place under that order)' : ''}`
    : 'every value of the table stays below 0.9';
  return {
    code: 'columns_reordered',
    message: `table ${table} prints its column headers in an order other than the template's (${d.printed.join(' ')}): ${how}; ${cap}`,
    keys: [table],
  };
}