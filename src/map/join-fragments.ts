/**
 * @file Label fragments joined to the row they belong to. A wrapped or truncated label leaves its
 * tail on a line of its own: a row of empty cells ('5.要求行政 1 0 … 1' / '机关确认或重新出具已获取信息'
 * with seven empty cells), or a text-only line (the next page, a converter that drops cells) that
 * would otherwise prefix the next row's label. A value-less fragment is joined to the row above or
 * below when that clearly raises the label match; a real blank row whose own label matches stays.
 */
import { normalizeLabel, squashSpaces } from '../layout/normalize-text.js';
import { stripHeaderWords, type TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { REQUEST_COLUMN_WORDS } from '../template/requests.js';
import { memoByStrings } from '../_internal/memo.js';
import { bestMatch, MIN_FRAGMENT_CHARS, type LabelMatch } from './label-match.js';
import { blockHeading } from './block-heading.js';
import { maxOf } from '../_internal/extremes.js';
import { OWN_ROW_START } from '../layout/wrapped-rows.js';

/** A table row as the mapper sees it: `joined` when label text from another line was joined to it. */
export type MappedRow = TableRow & { joined?: boolean; /** Table 三's closing label alone, kept as its row (joinOrphans `closing`). */ closing?: true };

/** Label similarity below which a row's text is not taken as naming that template row. */
export const MIN_LABEL_SCORE = 0.6;
/** Pending (previous-line) text counts a little less than the row's own label. */
export const PENDING_WEIGHT = 0.95;
/** A join must raise the best label score by this much over both pieces on their own. */
export const JOIN_MARGIN = 0.1;
/**
 * chars. Longest text moved from one line to another: the longest template label is 35 chars, so
 * a longer head is not a label's tail (and each try costs label matches over the whole text).
 */
export const MAX_FRAGMENT_CHARS = 60;

/** A label text in the form it is compared in (normalized, header words stripped). */
export const comparable = (text: string): string => stripHeaderWords(normalizeLabel(text));

/** A label's match against a template row's labels; a block heading of table 三 ('不予公开') matches only a row it is the label of (map/block-heading). */
function match(text: string, labels: readonly string[]): LabelMatch {
  const heading = blockHeading(text);
  return heading && !labels.includes(heading) ? { score: 0, partial: false } : bestMatch(text, labels);
}

/** A row's label matches per template row (`rowMatches`): shared between callers, never changed. */
export interface RowMatches {
  own: readonly Readonly<LabelMatch>[];
  best: readonly Readonly<LabelMatch>[];
}

/**
 * Per template row: the row's own label match, or its pending text joined to it, whichever is
 * higher. Memoized per specs list by (label, pending): the same rows are matched again by the
 * joins, the copy check, the split rows and the alignment of every candidate reading of a table.
 */
export function rowMatches(row: Pick<TableRow, 'label' | 'pending'>, specs: readonly RowSpec[]): RowMatches {
  let memo = MATCHES.get(specs);
  if (!memo) MATCHES.set(specs, (memo = memoByStrings((label, pending) => matchRow(label, pending, specs))));
  return memo(row.label, row.pending);
}

/** The kind of item number a text starts with: '（六）' paren, '3.' digit, '四、' numeral; null for none. */
function itemKind(text: string): 'paren' | 'digit' | 'numeral' | null {
  const t = text.trimStart();
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return 'paren';
  if (/^\d{1,2}\s*[.、．](?!\d)/.test(t)) return 'digit';
  if (/^[一二三四五六七八九十]+\s*[、.．]/.test(t)) return 'numeral';
  return null;
}

/**
 * Pending text and a label that each start with an item number of the same kind ('（六）其他处' above
 * '（七）总计 理'): two sibling rows' labels, never one (a row of blank cells printed as its label only, a
 * borderless print, fb37 apb1-lopd: the joined '（六）其他处（七）总计理' took 总计's values for 其他处理 at 0.88).
 */
const siblingStarts = (pending: string, label: string): boolean => {
  const kind = itemKind(label);
  return kind !== null && kind === itemKind(pending);
};

/** rowMatches' memo per specs list (dropped with the list). */
const MATCHES = new WeakMap<readonly RowSpec[], (label: string, pending: string) => RowMatches>();

/**
 * A note printed under a table ('注：行政事业性收费金额单位为万元…'): it names a row in passing, it is none. A 2-up or
 * two-column print can set another column's number on its line (breaker39 b2-ptt-2up/r06-inside: the note
 * took 行政事业性收费 from its own row '性收费 8459.35' and read an 8 of the next column, at 0.85).
 */
export const NOTE_LINE = /^\s*(?:注|备注|说明)\s*\d{0,2}\s*[:：]/;
const NO_MATCH: Readonly<LabelMatch> = { score: 0, partial: false };

/**
 * A template label standing wholly inside the pending text with the row's own text — words of its own (MIN_FRAGMENT_CHARS),
 * naming no row — after it: prose naming the row in passing, not a label wrapped over lines (its tail is the own text). A note
 * under table 二 wrapped by a PDF dump ('…3.行政事业性收费金额单位为万元，…本机关无收费项' / '目；4.表中“/”表示不适用，空白表示为0。')
 * read its '0' as the fee at 0.85 (breaker44 hand/*pypdf, the fee printed '/ 万元').
 */
function namedInPassing(joined: string, own: string, labels: readonly string[]): boolean {
  if (own.length < MIN_FRAGMENT_CHARS || continuesLabel(own, labels)) return false;
  // A label running on into the own text: the own text is its wrapped tail, whatever shorter label stands before
  // ('四、结转下年度继续办' / '理的申请1 … 1': 结转下年度 before '理的申请' read it as prose; breaker45 hand/r25-ctl dumps).
  const ownAt = joined.length - own.length;
  if (labels.some((l) => { const at = joined.lastIndexOf(l); return at >= 0 && at < ownAt && at + l.length > ownAt; })) return false;
  // Prose around the label in the text above: a pending line that is one label and nothing more names the row from above
  // ('要求行政机关确认或重新出具已获取信息' over '（六）其他处理 1.申': its own words another block's, shiftDoubt), it does not pass it by.
  return labels.some((l) => {
    const at = joined.lastIndexOf(l);
    return at >= 0 && at + l.length <= ownAt && ownAt - l.length >= MIN_FRAGMENT_CHARS;
  });
}

/**
 * A label with a sentence after it on the row's own text, a sentence end (';', '。') inside ('3.行政事业性收费金额单位为万元，
 * 保留两位小数，本机关无收费项目；4.表中“/”表示不适用，空白表示为0。' — a note's line read as a row at its last number): the note
 * names the row in passing, it is none (NOTE_LINE catches only the note's first line).
 */
const SENTENCE_INSIDE = /[;；。]/;
const SENTENCE_CLOSE = /[;；。\s）)]+$/;
function sentenceAfter(label: string, labels: readonly string[]): boolean {
  if (!SENTENCE_INSIDE.test(label)) return false;
  const text = squashSpaces(label).replace(/ /g, '');
  return labels.some((l) => {
    const at = text.indexOf(l);
    if (at < 0) return false;
    // The sentence end inside, not only closing it: a caption after the table's last row ('四、结转下年度继续办理' /
    // '以上为2024年度数据。', scripts/prior-year-variants seed 512) is no note naming the row.
    const rest = text.slice(at + l.length);
    return SENTENCE_INSIDE.test(rest.replace(SENTENCE_CLOSE, '')) && comparable(rest).length >= MIN_FRAGMENT_CHARS;
  });
}

/** Characters of the own text that, found inside one of the row's labels, make it that label's words (a wrapped label's tail). */
const SHARED_CHARS = 4;
/** Own text past this many characters is not searched for a label's words (a note's line is long; a label's tail is not). */
const SHARED_SEARCH_CHARS = 64;

/**
 * The own text holds SHARED_CHARS characters of one of the row's labels: the label's tail beside a longer wrapped label whose
 * short form fits the pending line ('1.申请人无正当理由逾期不补正、行政机关不' / '（六）其 再处理其政府信息公开申请': a 2-column -sort
 * dump interleaves the block cell), never a sentence naming the row in passing.
 */
function continuesLabel(own: string, labels: readonly string[]): boolean {
  const text = own.slice(0, SHARED_SEARCH_CHARS);
  for (let i = 0; i + SHARED_CHARS <= text.length; i++) {
    const piece = text.slice(i, i + SHARED_CHARS);
    if (labels.some((l) => l.includes(piece))) return true;
  }
  return false;
}

function matchRow(label: string, pending: string, specs: readonly RowSpec[]): RowMatches {
  if (NOTE_LINE.test(label)) return { own: specs.map(() => NO_MATCH), best: specs.map(() => NO_MATCH) };
  const own = label ? comparable(label) : '';
  // A short label glued after a header word ('其他（七）总计') loses itself with the header words: also as printed.
  const printed = label ? normalizeLabel(label) : '';
  const joined = pending && !siblingStarts(pending, label) ? comparable(`${pending}${label}`) : '';
  const owns = specs.map((s) => {
    if (sentenceAfter(label, s.labels)) return NO_MATCH;
    const m = match(own, s.labels);
    const p = printed !== own ? match(printed, s.labels) : m;
    return p.score > m.score ? p : m;
  });
  const best = specs.map((s, j) => {
    const o = owns[j]!;
    if (!joined || (o.score < MIN_LABEL_SCORE && namedInPassing(joined, own, s.labels))) return o;
    const p = match(joined, s.labels);
    return PENDING_WEIGHT * p.score > o.score ? { score: PENDING_WEIGHT * p.score, partial: p.partial } : o;
  });
  return { own: owns, best };
}

/** The best label score of a row over all template rows. */
function topScore(row: Pick<TableRow, 'label' | 'pending'>, specs: readonly RowSpec[]): number {
  return maxOf(rowMatches(row, specs).best.map((m) => m.score), 0);
}

const hasValues = (r: TableRow | undefined): r is TableRow => r !== undefined && r.values.length > 0;
const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');

/** A row of empty cells only (a blank row, or the wrapped tail of a label). */
function isValueless(r: TableRow): boolean {
  return r.values.length === 0 && r.blankCells > 0 && (r.label !== '' || r.pending !== '');
}

/** Joins value-less rows of empty cells up or down when that clearly raises a label match. */
function joinBlankFragments(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  const list = [...rows];
  const out: MappedRow[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    const prev = out.at(-1);
    const next = list[i + 1];
    if (!isValueless(r) || (!hasValues(prev) && !hasValues(next)) || join(r.pending, r.label).length > MAX_FRAGMENT_CHARS) {
      out.push(r);
      continue;
    }
    const own = topScore(r, specs);
    const frag = join(r.pending, r.label);
    const upScore = hasValues(prev) ? topScore({ pending: prev.pending, label: `${prev.label}${frag}` }, specs) : -1;
    const prevOwn = hasValues(prev) ? topScore(prev, specs) : 0;
    const up = upScore - Math.max(own, prevOwn);
    const down = hasValues(next) ? topScore({ pending: join(frag, next.pending), label: next.label }, specs) - Math.max(own, topScore(next, specs)) : -1;
    // The row above printed a label that names nothing ('行政' of '行政' / '规范性文件'): a fragment
    // below that completes it as well as it names a row alone is its tail, not a blank row.
    const completes = prev !== undefined && normalizeLabel(prev.label) !== '' && prevOwn < MIN_LABEL_SCORE && upScore >= Math.max(own, MIN_LABEL_SCORE);
    if ((up >= JOIN_MARGIN && up >= down) || (completes && down < JOIN_MARGIN)) out[out.length - 1] = { ...prev!, label: `${prev!.label}${frag}`, joined: true };
    else if (down >= JOIN_MARGIN) list[i + 1] = { ...next!, pending: join(frag, next!.pending), joined: true };
    else out.push(r);
  }
  return out;
}

/** A numbered sub-row's item number anywhere in a text ('… 6.属于四类…'): the text starts a row of its own there. */
const ITEM_INSIDE = /(?:^|\s)\d{1,2}\s*[.、．](?!\d)/;

/**
 * A row of empty cells that is only the head of a wrapped label: an item number, or a start that
 * names no template row ('（二）' / '部分公' / '开（区' / '分处理的，只计这一情形，不计其 4 11 7 ∅ 6 15 43'
 * / '他情形）': a narrow label cell centred vertically, its first line read as a row of its own).
 * Read as printed, the head is a blank row — zeros at 0.85 for a row that printed numbers — and
 * the row with the numbers loses its item number. The head joins the next row when that row holds
 * numbers and its label text starts no row of its own (no item number, no block: it continues a
 * sentence), the head alone names no row and the joined label names one at least as well as the
 * next row did alone.
 */
function joinHeadsDown(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  const list = [...rows];
  const out: MappedRow[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    const next = list[i + 1];
    const head = join(r.pending, r.label);
    const rest = next ? join(next.pending, next.label) : '';
    const continues = rest !== '' && !OWN_ROW_START.test(rest) && !ITEM_INSIDE.test(rest) && !/^\s*\d/.test(rest) && /\p{L}/u.test(rest);
    const startsRow = OWN_ROW_START.test(head) && blockHeading(comparable(head)) === null;
    if (!isValueless(r) || !next || !next.values.some((v) => v.kind === 'num') || !continues || !startsRow || head.length > MAX_FRAGMENT_CHARS) {
      out.push(r);
      continue;
    }
    const joined = { pending: join(head, next.pending), label: next.label };
    const score = topScore(joined, specs);
    if (topScore(r, specs) < MIN_LABEL_SCORE && score >= MIN_LABEL_SCORE && score >= topScore(next, specs)) list[i + 1] = { ...next, pending: joined.pending, joined: true };
    else out.push(r);
  }
  return out;
}

/**
 * Orphan label text (no values followed it before a column header or the table's end): its head
 * joins the row above when it completes that row's label; the orphan itself is no row — but for
 * the table's closing text when it names, by itself and whole, a template row after the one the
 * row above names: that row printed its label alone, as the table's last row does when it printed
 * nothing ('四、结转下年度继续办理' after '（七）总计' and its values, `mutool draw -F txt` of a table
 * printing its zeros blank; table 三's rows only, see closingRow) — asked for (`closing`) where the table is
 * read as printing its zeros blank (table-rows tableGroups; a row printing marks, '—', whose label the dump
 * left an orphan, had read derived 0s for its not-applicable cells). Such a row of no values reads 0.
 */
function joinOrphans(rows: readonly MappedRow[], specs: readonly RowSpec[], closing: boolean): MappedRow[] {
  const out: MappedRow[] = [];
  for (const [i, r] of rows.entries()) {
    const prev = out.at(-1);
    if (!r.orphan) out.push(r);
    else if (hasValues(prev)) {
      const k = bestHead(prev, r.label.split(' ').filter(Boolean), specs);
      if (k) out[out.length - 1] = { ...prev, label: `${prev.label}${k}`, joined: true };
      else if (closing && i === rows.length - 1 && closingRow(prev, r.label, specs)) {
        const { orphan: _orphan, orphanLines: _lines, ...row } = r;
        out.push({ ...row, closing: true });
      }
    }
  }
  return out;
}

/**
 * True when `text` names, by itself and whole, a template row after the one `prev`'s label names, a row with a 总计 its
 * identities check (table 三's: table 二's closing label alone is map/empty-active-rows' to read, capped).
 */
function closingRow(prev: TableRow, text: string, specs: readonly RowSpec[]): boolean {
  const alone = namedAlone(text, specs);
  const mine = bestRowOf(prev, specs);
  return alone >= 0 && mine >= 0 && alone > mine && specs[alone]!.columns.includes('total');
}

/** Own-label score from which a text names a template row by itself (NAMED_MARGIN ahead of any other), as map/named-row's NAMED_LABEL. */
const NAMES_ALONE = 0.9;
const NAMES_ALONE_MARGIN = 0.2;

/** The template row a text names by itself, whole (not a fragment), well ahead of any other; -1 for none. */
function namedAlone(text: string, specs: readonly RowSpec[]): number {
  const own = rowMatches({ label: text, pending: '' }, specs).own;
  let index = 0;
  own.forEach((m, j) => {
    if (m.score > own[index]!.score) index = j;
  });
  const top = own[index];
  if (!top || top.partial || top.score < NAMES_ALONE || own.some((m, j) => j !== index && m.score > top.score - NAMES_ALONE_MARGIN)) return -1;
  return index;
}

/** The template row a row's own label names best, at MIN_LABEL_SCORE at least; -1 for none. */
function bestRowOf(row: Pick<TableRow, 'label' | 'pending'>, specs: readonly RowSpec[]): number {
  const best = rowMatches(row, specs).best;
  let index = -1;
  best.forEach((m, j) => {
    if (m.score >= MIN_LABEL_SCORE && (index < 0 || m.score > best[index]!.score)) index = j;
  });
  return index;
}

/**
 * True when text moved onto `row`'s label names a template row by itself, not the one the row's label
 * names already: a row of its own (its cells blank or lost: '四、结转下年度继续办理' after '三、本年度办理结果
 * （七）总计 6504 … 14527' in a `pdftotext -raw` dump of a table printing its block label on every row),
 * not the row's tail. Joined, the label names both rows, and the values went to the one the moved
 * text names (结转下年度继续办理 took 总计's values at 0.85, labelPartial).
 */
export function namesAnotherRow(row: Pick<TableRow, 'label' | 'pending'>, text: string, specs: readonly RowSpec[]): boolean {
  const alone = namedAlone(text, specs);
  if (alone < 0) return false;
  const mine = bestRowOf(row, specs);
  return mine >= 0 && mine !== alone;
}

/** The head of `pieces` that raises the row's best label score the most (by JOIN_MARGIN at least), or ''. */
function bestHead(row: TableRow, pieces: readonly string[], specs: readonly RowSpec[]): string {
  const own = topScore(row, specs);
  let best = { score: own + JOIN_MARGIN, head: '' };
  for (let k = 1; k <= pieces.length; k++) {
    const head = pieces.slice(0, k).join('');
    if (head.length > MAX_FRAGMENT_CHARS) break;
    if (namesAnotherRow(row, head, specs)) continue;
    const score = topScore({ pending: row.pending, label: `${row.label}${head}` }, specs);
    if (score >= best.score) best = { score, head };
  }
  return best.head;
}

/**
 * A row's label that starts with an item number ('3.危', '（四）1.本机', '二、上年结转') and whose pending text
 * (the lines above it) holds no item number of its own: the label's first line. A borderless table
 * printed with its cells top-aligned (LibreOffice print of a pandoc .docx, fb37 cases/apb) puts a
 * wrapped label's other lines ('2.其他' / '法律' / '行政' / … / '公开') above the next row's first line,
 * where they are read as its pending text; joined to it, the values of '3.危' read as 其他法律行政法规禁止公开's
 * at 0.88. Such pending text is weighed as the row above's tail against the row's own label alone.
 */
export const NUMBERED_START = OWN_ROW_START;
const numberedStart = (r: TableRow): boolean => r.pending !== '' && NUMBERED_START.test(r.label) && !ITEM_INSIDE.test(` ${r.pending}`) && !OWN_ROW_START.test(r.pending);

/**
 * Moves the head of a row's pending text up to the row above when it completes that row's label
 * (the tail of a wrapped label on a text-only line) and the row keeps a label as good as before.
 */
function joinPendingTails(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  const out: MappedRow[] = [];
  for (const r of rows) {
    const prev = out.at(-1);
    const isRow = (x: TableRow | undefined): x is TableRow => hasValues(x) || (x !== undefined && isValueless(x));
    if (!r.pending || !isRow(prev) || !isRow(r)) {
      out.push(r);
      continue;
    }
    const pieces = r.pending.split(' ').filter(Boolean);
    const prevOwn = topScore(prev, specs);
    // A row whose label starts with its own item number ('3.危 … 6件 10件 16件') starts on that line: the text
    // lines above it are no part of its label (map/join-fragments NUMBERED_START).
    const numbered = numberedStart(r);
    const base = prevOwn + topScore(numbered ? { label: r.label, pending: '' } : r, specs);
    let best = { gain: JOIN_MARGIN, k: 0, upScore: 0 };
    for (let k = 1; k <= pieces.length && pieces.slice(0, k).join('').length <= MAX_FRAGMENT_CHARS; k++) {
      if (namesAnotherRow(prev, pieces.slice(0, k).join(''), specs)) continue;
      const upScore = topScore({ pending: prev.pending, label: `${prev.label}${pieces.slice(0, k).join('')}` }, specs);
      const rest = { pending: numbered ? '' : pieces.slice(k).join(' '), label: r.label };
      const gain = upScore + topScore(rest, specs) - base;
      if (upScore - prevOwn >= JOIN_MARGIN && gain >= best.gain) best = { gain, k, upScore };
    }
    if (best.k === 0) {
      out.push(r);
      continue;
    }
    out[out.length - 1] = { ...prev, label: `${prev.label}${pieces.slice(0, best.k).join('')}`, joined: true };
    out.push({ ...r, pending: pieces.slice(best.k).join(' ') });
  }
  return out;
}

/** A row start inside running text ('… （二）部分公开…', '… 5.属于…', '… 二、上年结转…'): where pending text is cut into pieces. */
const ROW_START_INSIDE = new RegExp(`\\s+(?=${OWN_ROW_START.source.replace(/^\^\\s\*/, '')})`);

/**
 * Pending text that is whole rows of its own, above a row printing its own label beside its values
 * (or its cells, placed blank under the header: pdf/free-columns).
 * A mostly-blank table (a small agency printing its zeros as empty cells) leaves most rows as label
 * lines with nothing beside them: those above the next row with numbers were read as that row's
 * pending text, and the row's own label, naming its row alone, kept it — so the rows in the pending
 * text came out missing ('5.属于三类内部事务信息' above '6.属于四类过程性信息 4 4'; '二、上年结转… 三、本年度
 * （一）予以公开 办理结果 （二）部分公开…' above '（三）不予公开 1.属于国家秘密 1 1'). The pending text is cut
 * at its row starts; a piece that names a template row alone (namedAlone), an earlier one than the
 * row's own label names best (bestRowOf, the label alone; later than the piece before it so named),
 * becomes a row without values (its cells blank), as build-rows' splitPiledLabels makes the rows of a pile. Plain `pdftotext` (labels piled apart from their values)
 * prints no label beside the values, so its rows keep their piles as before.
 */
function splitNamedPending(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  const out: MappedRow[] = [];
  for (const r of rows) {
    const mine = r.pending !== '' && r.label !== '' && (r.values.length > 0 || r.blankCells > 0) ? bestRowOf({ label: r.label, pending: '' }, specs) : -1;
    if (mine < 0) {
      out.push(r);
      continue;
    }
    const pieces = r.pending.split(ROW_START_INSIDE).map((p) => p.trim()).filter(Boolean);
    const rest: string[] = [];
    let last = -1;
    let lost = 0;
    for (const piece of pieces) {
      const named = piece.length <= MAX_FRAGMENT_CHARS ? namedAlone(piece, specs) : -1;
      if (named >= 0 && named > last && named < mine) {
        // Under a placed header (the row's cells put in its columns) the piece's line printed nothing in any column: its cells are blank.
        out.push({ label: piece, pending: '', values: [], blankCells: r.onGrid ? Math.max(r.values.length, r.blankCells) : 0, ...(r.ocrRead ? { ocrRead: true as const } : {}), source: { ...r.source, text: piece } });
        last = named;
        lost++;
      } else rest.push(piece);
    }
    out.push(lost > 0 ? { ...r, pending: rest.join(' ') } : r);
  }
  return out;
}

/** Characters (normalized) a piece of a label line needs to count as a row's label for namedRowsInLabel. */
const MIN_NAMING_PIECE = 4;
/** Column header words that are short row labels too ('其他', '总计'): printed on a label line, they name no row. */
const HEADER_WORDS = new Set(REQUEST_COLUMN_WORDS.map((w) => normalizeLabel(w)));

/** A piece shorter than MIN_NAMING_PIECE that is one of a row's labels whole and no column header word ('规章'). */
function wholeShortLabel(piece: string, specs: readonly RowSpec[]): boolean {
  const p = normalizeLabel(piece);
  return p !== '' && !HEADER_WORDS.has(p) && specs.some((s) => s.labels.some((l) => normalizeLabel(l) === p));
}

/** A bracketed or ordinal row number inside a label run together with no space ('…予以公开度办理结（二）部分公开…'). */
const NUMBER_INSIDE = /(?<=\S)(?=[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]、)/u;

/**
 * The template rows (indexes into specs) a printed label names, each alone by a piece of it: two or more ('处理
 * 4.无正当理由大量反复申请 2.重复申请': 无正当理由… and 重复申请; '行政规范性文件 信息内容规章': 行政规范性文件 and 规章), and the
 * label is two rows' labels run onto one line (LibreOffice's print of a Word table centring each label in its cell, pdf
 * lines joining labels of neighbouring rows beside one row's values) — which of them printed the values beside it the
 * text does not tell (map/table-rows: such a row is not `named`, RowEvidence `namesSeveral`). Pieces
 * between spaces, cut again at a row number inside ('…办理结（二）部分公开…'; the parts starting with one). A piece starting with
 * its row's number names its row whatever its length ('（七）总计', '3.其他'): a numbered label is a whole row label, not
 * a header word; so does a short piece that is a row's label whole and no column header word ('规章', not '其他').
 */
export function namedRowsInLabel(label: string, specs: readonly RowSpec[], glued = false): Set<number> {
  const named = new Set<number>();
  // Of a piece cut at row numbers inside, only the parts starting with one: the text before the first number is a wrapped
  // tail or the header run onto the line ('…社会公益组织法律服务机构其他一、本年新收…': 其他 is a header word there).
  const cut = (p: string): string[] => {
    const parts = p.split(NUMBER_INSIDE);
    return parts.length === 1 ? parts : parts.filter((x) => OWN_ROW_START.test(x));
  };
  for (const piece of label.split(/\s+/u).filter(Boolean).flatMap(cut)) {
    // A header word naming a short row's label ('总计', '其他') is no row's label printed on the line.
    // A short row label printed whole names its row ('行政规范性文件 规章 3 13': 规章's line joined to the blank row below, fresh50 b06).
    const long = normalizeLabel(piece).length >= MIN_NAMING_PIECE || OWN_ROW_START.test(piece) || wholeShortLabel(piece, specs);
    const j = piece.length <= MAX_FRAGMENT_CHARS && long ? namedAlone(piece, specs) : -1;
    if (j >= 0) named.add(j);
    else if (glued && long && piece.length <= MAX_FRAGMENT_CHARS) for (const g of gluedRows(piece, specs)) named.add(g);
  }
  return named;
}

/**
 * (`namedRowsInLabel` with `glued`) The two template rows a piece naming no row alone is the labels of, glued
 * without a space: the first split (each side MIN_NAMING_PIECE characters or more) whose head and tail each name
 * a row alone, two different rows; none otherwise. An OCR page pass reads the labels of two rows printed a few
 * points apart as one line ('行政规范性文件行政许可 … 5': 规范性文件's 现行有效件数 read as 行政许可's).
 */
export function gluedRows(piece: string, specs: readonly RowSpec[]): number[] {
  const chars = [...piece];
  for (let i = MIN_NAMING_PIECE; i <= chars.length - MIN_NAMING_PIECE; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    if (normalizeLabel(head).length < MIN_NAMING_PIECE || normalizeLabel(tail).length < MIN_NAMING_PIECE) continue;
    const a = namedAlone(head, specs);
    if (a < 0) continue;
    const b = namedAlone(tail, specs);
    if (b >= 0 && b !== a) return [a, b];
  }
  return [];
}

/** Joins label fragments to the rows they complete. */
export function joinFragments(rows: readonly TableRow[], specs: readonly RowSpec[], closing = false): MappedRow[] {
  return joinOrphans(joinBlankFragments(joinPendingTails(joinHeadsDown(splitNamedPending(rows, specs), specs), specs), specs), specs, closing);
}
