/**
 * @file The printed order of table 三's and table 四's columns, read from their header lines: the
 * first line naming words out of template order (with the permutation of interchangeable columns it
 * determines), table 三's leaves when the header names each once, table 四's groups as printed.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { headerLines, LITIGATION_GROUPS, REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, REVIEW_GROUP_ROWS, REVIEW_HEADER, REVIEW_TOP_HEADER, SWAPPABLE_REQUEST, wordsOf, type HeaderWord, type Vocab } from './header-words.js';
import { REVIEW_GROUPS } from '../template/review.js';


export interface Disorder {
  /** Printed order of the line that breaks the template's. */
  printed: string[];
  /** Template key → printed key, when the header determines a swap the values can follow. */
  moves: Map<string, string> | null;
  /** Only pieces of a wrapped header were read, in no order that contradicts the template's: the order is unconfirmed. */
  unread?: boolean;
}

/** The first header line whose words are out of template order; with the permutation when it is one of `swappable`. */
export function disorder(lines: readonly Line[], vocab: Vocab, swappable: ReadonlySet<string>): Disorder | null {
  const rank = new Map(vocab.map((w, i) => [w[0], i]));
  for (const words of requestRowsRead(headerLines(lines, vocab))) {
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
function partialDisorder(lines: readonly Line[], vocab: Vocab, swappable: ReadonlySet<string>): Disorder | null {
  const template = vocab.map((w) => w[1]).filter((k): k is string => k !== null && swappable.has(k));
  for (const l of lines) {
    if (l.cells.length !== template.length || /\d/.test(l.cells.join(''))) continue;
    // A line naming a column outside the swappable ones (自然人, 总计) is no sub-column line: its cells are not one per
    // sub-column ('' / 自然人 / 商业企业 / 科研机构 / 社会公益组织, a table 三 cut after four columns: layout/cut-cell-lines).
    const keysOf = (c: string): (string | null)[] => wordsOf(normalizeLabel(c), vocab).map((w) => w[1]);
    if (l.cells.some((c) => keysOf(c).some((k) => k !== null && !swappable.has(k) && vocab.some((w) => w[1] === k && w[0] === normalizeLabel(c))))) continue;
    const cellKeys = l.cells.map((c) => keysOf(c).filter((k) => k !== null && swappable.has(k)));
    const named = cellKeys.filter((ks) => ks.length === 1).length;
    if (named < 2 || named === template.length) continue;
    if (cellKeys.some((ks, i) => ks.length === 1 && ks[0] !== template[i])) return { printed: l.cells.map((c) => normalizeLabel(c)), moves: null };
  }
  return null;
}

/**
 * Table 三's two-row header flattened onto one line — its top row (the cells spanning both rows and the
 * 法人或其他组织 group cell) followed by the group's sub-columns: '自然人 法人或其他组织 总计 商业企业 … 其他'
 * (a paragraph refill or a converter joining the rows) — read as the columns each word heads: the
 * sub-columns stand at the group word's place, the top row's words after the group word after them
 * (自然人 商业企业 … 其他 总计, the template's order). Read so when the line names the group word, then
 * a top-row word, then the sub-columns as its last words: in one printed row nothing stands between
 * the group cell and the sub-columns it spans. A line printing the sub-columns right after the group
 * word ('总计 自然人 法人或其他组织 商业企业 …', a 总计-first header flattened the same way) reads the
 * same either way and is kept as printed, as is any other line.
 */
function twoRowsRead(words: readonly HeaderWord[]): HeaderWord[] {
  const group = words.findIndex((w) => w[0] === REQUEST_GROUP);
  const isSub = (w: HeaderWord): boolean => w[1] !== null && SWAPPABLE_REQUEST.has(w[1]);
  const firstSub = words.findIndex(isSub);
  if (group < 0 || firstSub <= group + 1 || !words.slice(firstSub).every(isSub)) return [...words];
  return [...words.slice(0, group + 1), ...words.slice(firstSub), ...words.slice(group + 1, firstSub)];
}

/** Header lines' words with table 三's flattened two-row header read by the columns its words head (`twoRowsRead`). */
const requestRowsRead = (lines: readonly HeaderWord[][]): HeaderWord[][] => lines.map(twoRowsRead);

/**
 * Table 三's leaf columns in printed order, when the header names each of them once: the line with the
 * group word (自然人 法人或其他组织 总计) with the group replaced by the sub-column line (商业企业 … 其他).
 */
export function requestLeafOrder(lines: readonly Line[]): string[] | null {
  const heads = requestRowsRead(headerLines(lines, REQUEST_HEADER));
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
  const isSubs = (ws: Vocab): boolean => ws.length === LITIGATION_GROUPS.length && ws.every((w) => LITIGATION_GROUPS.includes(w[1]!));
  let top: Vocab | undefined = headerLines(lines, REVIEW_TOP_HEADER).find((ws) => ws.length === REVIEW_TOP_HEADER.length);
  let subs = groups.find(isSubs);
  if (!top) {
    // One header cell per line: the words of the header lines in sequence.
    const { words: seq, byPosition } = headerSequence(lines);
    const topSeq = seq.filter((w) => REVIEW_TOP_HEADER.includes(w));
    const subSeq = seq.filter((w) => w[1] !== null && LITIGATION_GROUPS.includes(w[1]));
    // The three groups one per line, no 行政诉讼 span read: their sequence is the order.
    if (topSeq.length === 1 && topSeq[0]![1] === 'review' && subSeq.length === LITIGATION_GROUPS.length) return seq.filter((w) => w[1] !== 'litigation').map((w) => w[1]!);
    if (topSeq.length !== REVIEW_TOP_HEADER.length) return null;
    // 行政诉讼 before 行政复议 in a dump that keeps no places (plain pdftotext, pdfminer): the 行政诉讼 span
    // is the header's top row, 行政复议 spans both rows and is printed centred below it, so a dump in
    // reading order prints 行政诉讼 first wherever its column stands. Their order is not read.
    if (!byPosition && topSeq[0]![1] === 'litigation') return null;
    top = topSeq;
    subs ??= isSubs(subSeq) ? subSeq : undefined;
  }
  const litigation = subs ? subs.map((w) => w[1]!) : LITIGATION_GROUPS;
  return top.flatMap((w) => (w[1] === 'litigation' ? litigation : [w[1]!]));
}

/**
 * Table 四's group words (top row and sub-groups) printed each on a line of its own, in reading order,
 * each word once; `byPosition`: put in order by their places on a space-aligned dump's lines.
 */
function headerSequence(lines: readonly Line[]): { words: HeaderWord[]; byPosition: boolean } {
  const vocab = REVIEW_GROUP_ROWS;
  const seen = new Set<string>();
  const out: { w: HeaderWord; at: number | undefined }[] = [];
  for (const l of lines) {
    // Only a line that is one group word: a line that mixes header words may be a PDF line whose
    // pieces were gathered out of their printed order (行政诉讼 read above a line starting 行政复议).
    const w = vocab.find((v) => v[0] === normalizeLabel(l.cells.join('')));
    if (!w || seen.has(w[0])) continue;
    seen.add(w[0]);
    out.push({ w, at: l.starts?.[0] });
  }
  // A space-aligned dump keeps each word where it stands: 行政复议 spanning two header rows is
  // printed centred, below the 行政诉讼 span to its right, so its column, not its line, places it.
  // A stream printing every cell on a line of its own (lynx or w3m of cells holding paragraphs) indents
  // each word by its own centring in one column: its places are no columns. Only a region with a line of
  // several cells is laid out by column.
  const laidOut = lines.some((l) => (l.starts?.length ?? 0) >= 2);
  const byPosition = laidOut && out.every((o) => o.at !== undefined) && new Set(out.map((o) => o.at)).size > 1;
  if (byPosition) out.sort((a, b) => a.at! - b.at!);
  return { words: out.map((o) => o.w), byPosition };
}
