/**
 * @file Table 三 cut at the page's right edge, dumped a cell a line (plain `pdftotext` and `mutool draw
 * -F txt` of a LibreOffice print of a Word/WPS table wider than the page): its header names the first k
 * applicant columns whole ('自然人' / '商业企业' / '科研机构' / '社会公益组织', then a piece '法律服' or
 * nothing), each row prints its label and exactly k numbers, the rest off the page. Read a line at a time
 * the rows lose their columns (k numbers for seven cells: ambiguous). Here each row is written as a tab row
 * of its k cells under a tab header naming those k columns, so each number goes to the column its header
 * names and the columns off the page stay unread. A part of the table (a 续表 repeating the header, maybe cut
 * at another width) is read by its own header, the table at the fewest columns any part prints. Read so only
 * when most rows of the part print exactly k values (a blank-zero print breaks the count: left as printed; so
 * is a row of another count, a number wrapped in its narrow cell), except a row holding the numbers of the
 * rows beside it whose labels print none (layout/row-windows.ts), given out in order. mutool's blank cells
 * (a line of spaces; two spaces ending a cell's line: a blank cell after it) are cells, so a blank-zero table
 * dumped by mutool is read too — the whole table where nothing is cut.
 */
import { minOf, pushAll } from '../_internal/extremes.js';
import { REQUEST_COLUMN_WORDS } from '../template/requests.js';
import { rowWindows } from './row-windows.js';

/** Table 三's column words, printed order. */
const WORDS = REQUEST_COLUMN_WORDS;
/** The group word over the five 法人或其他组织 columns. */
const GROUP = '法人或其他组织';
/** The total column's word. */
const TOTAL = '总计';
/** The corner word over the row labels. */
const CORNER = '申请人情况';
/** Header text that is neither a column word nor a row: the group heading, the corner, the note. */
const HEADER_TEXT = /^(?:法人或其他组织|申请人情况|项目|（本列数据.*）|\(本列数据.*\)|续表)$/;
/** A cell's value: a count (thousands commas, a unit) or a not-applicable mark. */
export const VALUE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:件|个)?$|^[-—–－/／]$/;
/**
 * '不适用' a cell: a row printed not applicable across the table (a row of the 2019 template), its cells
 * split around other lines by the dump — no count of them places anything: dropped, the row's fields missing.
 */
const NOT_APPLICABLE = /^不适用$/;
const TABLE_START = /收到和处理政府信息公开申请情况/;
const TABLE_END = /政府信息公开行政复议|存在的主要问题|其他需要报告/;

type Kind = 'word' | 'piece' | 'header' | 'value' | 'blank' | 'unit' | 'na' | 'text' | 'empty';

/** A column's header text → its word: the words, 合计 for 总计, the 其他 column named whole. */
const FORMS = new Map<string, string>([...WORDS.map((w): [string, string] => [w, w]), ['合计', '总计'], ['其他法人或其他组织', '其他']]);
/** A count's unit wrapped onto a line of its own below its number ('164' / '件'). */
const UNIT_LINE = /^[件个]$/;

const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');
/** The start (not all) of a column's header text: a header cell wrapped or cut at the page's edge. */
const isPiece = (t: string): boolean => t.length > 0 && t.length < 9 && [...FORMS.keys()].some((w) => w.length > t.length && w.startsWith(t));

function kindOf(t: string): Kind {
  if (t === '') return 'empty';
  if (FORMS.has(t)) return 'word';
  if (VALUE.test(t)) return 'value';
  if (NOT_APPLICABLE.test(t)) return 'na';
  if (HEADER_TEXT.test(t) || [GROUP, CORNER].some((w) => w.length > t.length && w.startsWith(t))) return 'header';
  if (isPiece(t)) return 'piece';
  return 'text';
}

/** A printed cell of the table: its text, kind and the lines it takes. */
interface Token {
  kind: Kind;
  text: string;
  lines: number[];
  /** A value printed on its row label's line ('…不再处理其 0'): the label goes on on the next text line. */
  glued?: boolean;
}

/** A line of spaces only: `mutool draw -F txt`'s blank cell (a cell holding a space; an empty line parts blocks). */
export const BLANK_LINE = /^[ \u00a0]+$/;
/** Two spaces or more ending a cell's line: mutool glued the blank cell after it onto it ('3  ', '4.保护第三方合法权益  '). */
export const BLANK_AFTER = /\S[ \u00a0]{2,}$/;
/** Blank-cell lines a table region needs before its spaces are read as blank cells. */
export const MIN_BLANK_LINES = 3;
/** A label with its row's first value on its line: the label's text, a space, the value. */
const GLUED_VALUE = /^(.*[^\d\s,])[ \u3000]+(\d{1,3}(?:,\d{3})+|\d+)(?:[ \u3000]*[件个])?$/;

/**
 * The region's cells: a header line holding several cells parted by spaces ('社会公益组织 法律服') gives each,
 * and a column word wrapped over consecutive lines ('商业企' / '业', '自然' / '人') one word.
 */
function tokensOf(lines: readonly string[], from: number, to: number): Token[] {
  const out: Token[] = [];
  let spaced = 0;
  for (let i = from; i < to && spaced < MIN_BLANK_LINES; i++) if (BLANK_LINE.test(lines[i]!)) spaced++;
  const blanks = spaced >= MIN_BLANK_LINES;
  for (let i = from; i < to; i++) {
    const t = squeeze(lines[i]!);
    const kind = kindOf(t);
    if (blanks && BLANK_LINE.test(lines[i]!)) {
      out.push({ kind: 'blank', text: '', lines: [i] });
      continue;
    }
    const blankAfter = blanks && BLANK_AFTER.test(lines[i]!) && (kind === 'value' || kind === 'text');
    const glued = kind === 'text' ? GLUED_VALUE.exec(lines[i]!.trim()) : null;
    if (glued && kindOf(squeeze(glued[1]!)) === 'text') {
      out.push({ kind: 'text', text: squeeze(glued[1]!), lines: [i] });
      out.push({ kind: 'value', text: glued[2]!, lines: [i], glued: true });
      if (blankAfter) out.push({ kind: 'blank', text: '', lines: [i] });
      continue;
    }
    if (blankAfter) {
      out.push({ kind, text: t, lines: [i] });
      out.push({ kind: 'blank', text: '', lines: [i] });
      continue;
    }
    const cells = lines[i]!.trim().split(/[\s\u3000]+/);
    if (kind === 'text' && cells.length > 1 && cells.every((c) => FORMS.has(c) || isPiece(c))) {
      for (const c of cells) out.push(FORMS.has(c) ? { kind: 'word', text: FORMS.get(c)!, lines: [i] } : { kind: 'piece', text: c, lines: [i] });
      continue;
    }
    if (kind === 'piece') {
      let acc = t;
      let j = i + 1;
      for (; j < to && j <= i + 2; j++) {
        acc += squeeze(lines[j]!);
        if (FORMS.has(acc) || !isPiece(acc)) break;
      }
      if (j < to && FORMS.has(acc)) {
        out.push({ kind: 'word', text: FORMS.get(acc)!, lines: Array.from({ length: j - i + 1 }, (_, n) => i + n) });
        i = j;
        continue;
      }
    }
    out.push({ kind: UNIT_LINE.test(t) ? 'unit' : kind, text: kind === 'word' ? FORMS.get(t)! : t, lines: [i] });
  }
  return out;
}

/** A row's value cell: its line and text ('' a blank cell). */
interface Cell {
  line: number;
  text: string;
}

interface Row {
  label: number;
  /** The label's text (without a value printed on its line). */
  text: string;
  /** Lines of its values' units wrapped below them ('件'). */
  units: number[];
  /** The label's lines after its first (a label its first value cut: '…不再处理其 0' / '政府信息公开申请'). */
  more: number[];
  values: Cell[];
  /** Its first value was printed on the label's line. */
  glued: boolean;
}

interface Part {
  words: Set<string>;
  /** Its first column word (自然人 unless the table prints 总计 first). */
  first: string | null;
  /** Its column words and group word (法人或其他组织) in printed order. */
  printed: string[];
  pieces: string[];
  /** Line indexes of its column words and pieces, and of cells no row takes (consumed). */
  dropped: number[];
  rows: Row[];
  /** A value before any row's label: the part's cells are not in row order. */
  stray: boolean;
  from: number;
  to: number;
}

const valued = (p: Part): Row[] => p.rows.filter((r) => r.values.length > 0);

/** A row label's number or last-row word: '1.', '（一）', '一、', 总计 — not a wrapped label's tail ('政府信息公开申请', '果'). */
const ROW_MARK = /[（(][一二七][）)]|^\d{1,2}[.．、]|^[一二四]、|总计|合计|结转下年度/;

/** The table's parts: a new one starts at a column word (whole), or at '续表', after two rows with values. */
function partsOf(lines: readonly string[], from: number, to: number): Part[] {
  const parts: Part[] = [];
  const fresh = (at: number): Part => ({ words: new Set(), first: null, printed: [], pieces: [], dropped: [], rows: [], stray: false, from: at, to });
  let part = fresh(from);
  let row: Row | null = null;
  // After a piece of the cut column's header printed below the rows: its cut digits ('法律服' / '1'), no row's.
  let cutTail = false;
  for (const tok of tokensOf(lines, from, to)) {
    const at = tok.lines[0]!;
    const head = tok.kind === 'word' || tok.kind === 'piece';
    if (tok.kind !== 'value' && tok.kind !== 'blank' && tok.kind !== 'empty') cutTail = tok.kind === 'piece' && valued(part).length >= 2;
    // (A piece alone after the rows is the cut column's header printed after them, '法律服' / '1': no new part.)
    if ((tok.kind === 'word' || tok.text === '续表') && valued(part).length >= 2) {
      part.to = at;
      parts.push(part);
      part = fresh(at);
      row = null;
    }
    if (head) {
      if (tok.kind === 'word') {
        part.words.add(tok.text);
        part.first ??= tok.text;
        part.printed.push(tok.text);
      }
      else part.pieces.push(tok.text);
      for (const l of tok.lines) if (!part.dropped.includes(l)) part.dropped.push(l);
    } else if (tok.kind === 'value' || tok.kind === 'blank') {
      // A blank cell before any row: the header's (no value out of order).
      if (cutTail) part.dropped.push(at);
      else if (row) row.values.push({ line: at, text: tok.text });
      else if (tok.kind === 'value') part.stray = true;
      if (row && tok.glued) row.glued = true;
    } else if (tok.kind === 'header' && tok.text.length >= 2 && GROUP.startsWith(tok.text)) {
      // The group word, or its first line ('法人或其' / '他组织': a `<br>` in its cell).
      part.printed.push(GROUP);
    } else if (tok.kind === 'na') {
      part.dropped.push(at);
    } else if (tok.kind === 'unit') {
      if (row && row.values.length > 0) row.units.push(at);
    } else if (tok.kind === 'text') {
      // The rest of a label whose first value was printed on its first line ('…不再处理其 0' / '政府信息公开申请').
      if (row?.glued && row.values.length === 1 && row.more.length === 0 && !ROW_MARK.test(tok.text)) {
        row.more.push(at);
        row.text += tok.text;
      } else {
        row = { label: at, text: tok.text, more: [], units: [], values: [], glued: false };
        part.rows.push(row);
      }
    }
  }
  parts.push(part);
  return parts;
}

/** Rows printing another count than the part's, at most this share of its rows: left as printed. */
const MAX_ODD_SHARE = 0.25;
/** Rows with values a part needs to be read. */
const MIN_ROWS = 3;

/** The count most of the rows print. */
function commonCount(rows: readonly Row[]): number {
  const n = new Map<number, number>();
  for (const r of rows) n.set(r.values.length, (n.get(r.values.length) ?? 0) + 1);
  let best = 0;
  for (const [c, k] of n) if (k > (n.get(best) ?? 0)) best = c;
  return best;
}

/**
 * True when a whole header's words (and its group word) print the template's columns in its order: 自然人
 * first, the group word (where printed) before the group's sub-columns and after 自然人, the sub-columns
 * in the template's order, 总计 after 自然人 (above the sub-columns in the two-row header, or last). A header
 * printed one cell a line names its top row, then the sub-columns: '法人或其他组织' / '自然人' / '总计' /
 * '商业企业' … is the group printed first (its five columns before 自然人), the same words in the same order
 * as the template's but for the group word — such a table is left as printed (browse49: a tag strip of a
 * blank-zero page read it in the template's order at 0.98).
 */
function templateOrder(printed: readonly string[]): boolean {
  const words = printed.filter((t) => t !== GROUP);
  if (words[0] !== WORDS[0]) return false;
  const group = printed.indexOf(GROUP);
  if (group >= 0 && group < printed.indexOf(WORDS[0]!)) return false;
  const subs = words.filter((t) => t !== WORDS[0] && t !== TOTAL);
  return subs.every((t, i) => t === WORDS[i + 1]);
}

/**
 * The part's column count: the words its header names whole (the template's first k), one more where the
 * next word shows in part ('科研') and its rows print that many; a part printing no header (a 续表 without its
 * header) the count each of its rows prints, when no more than the part before it read. 0: not so.
 */
function columnsOf(p: Part, rows: readonly Row[], before: number): number {
  const w = p.words.size;
  const m = commonCount(rows);
  if (w === 0 && p.pieces.length === 0) return before >= m && rows.every((r) => r.values.length === m) ? m : 0;
  if (w < 2 || !WORDS.slice(0, w).every((x) => p.words.has(x))) return 0;
  // The whole table (nothing cut): read so only where its blank cells show (mutool's, a line of spaces), its rows
  // printing all 7 cells, and its header names 自然人 first (a table printing 总计 first stays as printed).
  if (w === WORDS.length) return m === w && templateOrder(p.printed) && rows.some((r) => r.values.some((v) => v.text === '')) ? m : 0;
  const next = WORDS[w]!;
  return m === w || (m === w + 1 && m < WORDS.length && p.pieces.some((x) => next.startsWith(x))) ? m : 0;
}

/** The part's rows as tab rows into `out` (line index → its text; consumed lines → null). False when the part is not so. */
function readPart(lines: readonly string[], p: Part, k: number, width: number, out: Map<number, string | null>): boolean {
  const rows = valued(p);
  // A row printing the numbers of the n − 1 rows beside it too (their labels without numbers): given out in order.
  const spread = new Map<Row, Row[]>();
  for (const [i, to] of rowWindows(p.rows.map((r) => ({ text: r.text, count: r.values.length })), k)) spread.set(p.rows[i]!, to.map((j) => p.rows[j]!));
  if (rows.filter((r) => r.values.length !== k && !spread.has(r)).length > MAX_ODD_SHARE * rows.length) return false;
  const put = new Map<number, string | null>();
  // A row's first `width` values (a part printed wider than another keeps only the columns every part prints).
  const row = (x: Row, values: readonly Cell[]): string => [x.text, ...values.slice(0, width).map((v) => squeeze(v.text))].join('\t');
  for (const r of rows) {
    const to = r.values.length === k ? [r] : spread.get(r);
    if (!to) {
      // More than k (a number wrapped in its narrow cell, '1486' / '1' of 14861; rows' numbers under one label
      // no window places): its numbers place in no column — the row dropped, label too (its fields missing: a
      // label alone among tab rows with blank cells reads as a row of blanks, 0); left among the rows, a value a
      // line, they lose the downstream every row of the table. Fewer (a cell the dump lost): left as printed, the
      // value stream's alignment reads them (map/clipped-total MAX_LOST).
      if (r.values.length > k) for (const l of [r.label, ...r.more, ...r.values.map((v) => v.line), ...r.units]) put.set(l, null);
      continue;
    }
    for (const l of [...r.values.map((v) => v.line), ...r.units]) put.set(l, null);
    for (const x of to) for (const l of x.more) put.set(l, null);
    // The rows in template order where the numbers were printed (a label printed far from its numbers — after
    // 总计 — would read out of order), the other labels' lines dropped.
    for (const x of to) put.set(x.label, null);
    put.set(r.label, to.map((x, j) => row(x, r.values.slice(j * k, (j + 1) * k))).join('\n'));
  }
  // The header as two lines: the 法人或其他组织 group over its sub-columns (the band of a table 三 cut
  // after k columns: map/clipped-total), then the k column words, each over its column.
  const header = `\t\t${GROUP}\n${['', ...WORDS.slice(0, width)].join('\t')}`;
  // The group word and the corner's pieces ('法', '申': cut to a character, printed between the column words)
  // dropped: a corner piece left above the rewritten header reads as its first cell (columns_reordered).
  const cutCorner = (t: string): boolean => t.length < CORNER.length && CORNER.startsWith(t);
  for (let i = p.from; i < p.to; i++) {
    const t = squeeze(lines[i]!);
    if (t !== '' && kindOf(t) === 'header' && (GROUP.startsWith(t) || cutCorner(t))) put.set(i, null);
  }
  // The header right above the part's first row (a band of header lines only: map/clipped-total reads it there).
  for (const i of p.dropped) put.set(i, null);
  const first = p.rows[0]!.label;
  const at = put.get(first);
  put.set(first, at === null ? header : `${header}\n${at ?? lines[first]!}`);
  for (let i = p.from; i < p.to; i++) if (squeeze(lines[i]!) === '') put.set(i, null);
  for (const [i, t] of put) out.set(i, t);
  return true;
}

/** The dump's lines with a cut table 三 written as tab rows under its columns (unchanged when there is none). */
export function joinCutCellLines(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((l) => TABLE_START.test(l) && squeeze(l).length < 30);
  if (start < 0) return lines;
  let end = start + 1;
  while (end < lines.length && !(TABLE_END.test(lines[end]!) && squeeze(lines[end]!).length < 30)) end++;
  if (end - start > 2000) return lines;
  const parts = partsOf(lines, start + 1, end);
  const out = new Map<number, string | null>();
  // Each part's count, then the table's: the fewest any part prints (the downstream reads one width; the columns a
  // narrower part cuts are missing in every row).
  const counts: number[] = [];
  let before = 0;
  for (const p of parts) {
    const rows = valued(p);
    before = rows.length >= MIN_ROWS && !p.stray ? columnsOf(p, rows, before) : 0;
    counts.push(before);
  }
  const width = minOf(counts.filter((k) => k >= 2));
  // A part of fewer rows (the table's first rows before a page break repeats the header) printing the same count
  // as its header names whole, every row: read at the table's width too.
  parts.forEach((p, i) => {
    const rows = valued(p);
    if (counts[i] === 0 && rows.length > 0 && rows.length < MIN_ROWS && !p.stray && p.words.size > 0) {
      const k = columnsOf(p, rows, 0);
      if (k === width && rows.every((r) => r.values.length === k)) counts[i] = k;
    }
  });
  let read = 0;
  parts.forEach((p, i) => {
    if (counts[i]! >= 2 && readPart(lines, p, counts[i]!, width, out)) read++;
  });
  if (read === 0) return lines;
  const result: string[] = [];
  lines.forEach((l, i) => {
    const t = out.get(i);
    if (t === undefined) result.push(l);
    else if (t !== null) pushAll(result, t.split('\n'));
  });
  return result;
}
