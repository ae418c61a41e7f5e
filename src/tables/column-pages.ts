/**
 * @file Table 三 as pdfminer (`pdf2txt -A`, `--char-margin 0.5`) and plain `pdftotext` print a ruled
 * table page by page: every row label of the page first (wrapped labels over two or three lines, the
 * group labels '（三）不予' / '公开' between them), then the columns, each as its header pieces ('科研' /
 * '机构', '其' / '他') followed by its values one per line — several columns under one header run
 * ('申请人情况 法人或其他组织 科研机构 … 其他' then 4 × rows values, column after column), the
 * columns in the order the tool met them, and some of a page's columns maybe after the next heading.
 *
 * Each page's rows are its labels matched to the template in order (a label every line of which is
 * a row label, a wrapped piece of one or a group label; contiguous template rows, so the count is the
 * labels' own); a column block belongs to the page whose labels came before it and whose row count
 * times the block's header columns is its value count. A page is read only when all seven columns
 * are found so, each exactly once; it is put back in row order (label, then the seven values in
 * template order) and the identities check it like any table. A blank cell prints nothing, so a
 * column with blanks is shorter than the rows and fits no page: that page stays as printed (its
 * fields missing or ambiguous), never a value moved onto another row. A page whose counts follow its labels as
 * one stream with no header word per column (pdfminer of a LibreOffice docx/odt print: the first row's first cells
 * beside its label, a group label's number alone on its line '（三）') is read by tables/stream-columns.
 */
import { maxOf, pushAll } from '../_internal/extremes.js';
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { matchLabel } from '../map/label-match.js';
import { APPLICANT_COLUMNS, REQUEST_COLUMN_WORDS, REQUEST_COLUMNS, REQUEST_ROWS_COMBINED, REQUEST_ROWS_SPLIT } from '../template/requests.js';
import type { RowSpec } from '../template/types.js';
import { columnValueText } from './column-major.js';
import { boxTreeRows } from './box-pages.js';
import { readStreamColumns, type StreamToken } from './stream-columns.js';

/** Table 三's header words → the leaf column they head (null: a spanning word heading no values). */
const HEADER_WORDS: ReadonlyArray<readonly [string, (typeof REQUEST_COLUMNS)[number] | null]> = [
  ['法人或其他组织', null], ['申请人情况', null], ['社会公益组织', 'socialOrg'], ['法律服务机构', 'legalService'],
  ['商业企业', 'commercial'], ['科研机构', 'research'], ['自然人', 'naturalPerson'], ['其他', 'otherOrg'], ['总计', 'total'],
];
const HEADER_CHARS = new Set([...HEADER_WORDS.map(([w]) => w).join('')]);
/** chars. A header piece is at most a whole header word ('法人或其他组织'). */
const MAX_PIECE_CHARS = 7;
/** Group labels spanning rows, whose pieces stand between the row labels ('（三）不予' / '公开'). */
const GROUP_WORDS = ['本年度办理结果', '不予公开', '无法提供', '不予处理', '其他处理'];
/** Score a label (with its wrapped pieces) must reach to be taken as the next template row. */
const ROW_SCORE = 0.85;
/** Score, and normalized length, of a label starting a page's run of rows ('总计', '其他' are too common to start one). */
const START_SCORE = 0.9;
const START_CHARS = 4;
/** Lines a wrapped label may take. */
const MAX_LABEL_LINES = 3;
/** Fewest rows of a page: a lone label line and a one-value block ('总计' / '1' of table 四) prove nothing. */
const MIN_PAGE_ROWS = 2;
/** chars. A normalized label longer than this starts no page (the template's longest row label is 33). */
const MAX_LABEL_CHARS = 60;
/** lines. A table 三 region longer than this is no page-by-page print of it (a dump whose headings were not found): not searched. */
const MAX_REGION_LINES = 2000;
/** lines. How far after the region a page's last columns are looked for (table 四 and the next sections' first lines). */
const MAX_AFTER_LINES = 400;
/** A line starting with an item or group number: a row's or a group's first line, never a wrapped piece. */
const NUMBERED = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;

interface PageRow { spec: number; lines: number[]; text: string; score: number }
interface Page {
  rows: PageRow[]; start: number; columns: Map<string, number[]>; used: number[]; shared?: boolean; /** Cells as printed ('/' kept), when read by leadPages. */ cells?: string[][];
  /** Per row, the lines its cells were read from in stream order, not placed by a header word (headlessColumns, leadPages): Line.linesApart. */
  cellLines?: number[][];
}
interface Block { start: number; end: number; leaves: string[]; values: number[] }

const lineText = (l: Line): string => l.cells.join('').trim();

function isHeaderPiece(l: Line): boolean {
  const t = toHalfWidth(lineText(l)).replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
  return t !== '' && t.length <= MAX_PIECE_CHARS && [...t].every((c) => HEADER_CHARS.has(c));
}

/** The leaves a run of header pieces names, or null when the joined text is not header words only. */
function headerLeaves(text: string): string[] | null {
  const leaves: string[] = [];
  let rest = text;
  while (rest) {
    const w = HEADER_WORDS.find(([word]) => rest.startsWith(word));
    if (!w) return null;
    if (w[1]) leaves.push(w[1]);
    rest = rest.slice(w[0].length);
  }
  return leaves;
}

/** Runs of header pieces whose joined text is header words only ('科研' / '机构'; a lone '申请' of a wrapped label is none): start → [end, leaves]. */
function headerRuns(lines: readonly Line[]): Map<number, { end: number; leaves: string[] }> {
  const runs = new Map<number, { end: number; leaves: string[] }>();
  for (let i = 0; i < lines.length; ) {
    if (!isHeaderPiece(lines[i]!)) { i++; continue; }
    let j = i;
    while (j < lines.length && isHeaderPiece(lines[j]!)) j++;
    const leaves = headerLeaves(lines.slice(i, j).map((l) => toHalfWidth(lineText(l)).replace(/[^\p{Script=Han}]/gu, '')).join(''));
    if (leaves) runs.set(i, { end: j, leaves });
    i = j;
  }
  return runs;
}

/** The lines of the header runs. */
function headerLineSet(runs: ReadonlyMap<number, { end: number }>): Set<number> {
  const set = new Set<number>();
  for (const [start, { end }] of runs) for (let k = start; k < end; k++) set.add(k);
  return set;
}

/** Column blocks: a run of header pieces naming leaves, then one value per line. */
export function findBlocks(lines: readonly Line[], runs: ReadonlyMap<number, { end: number; leaves: string[] }>): Block[] {
  const blocks: Block[] = [];
  for (const [i, { end: j, leaves }] of runs) {
    let k = j;
    const values: number[] = [];
    while (k < lines.length) {
      const v = columnValueText(lines[k]!);
      if (v === null || !/^\d+$/.test(v.replace(/\s/g, ''))) break;
      values.push(Number(v.replace(/\s/g, '')));
      k++;
    }
    if (leaves.length > 0 && values.length > 0) blocks.push({ start: i, end: k, leaves, values });
  }
  return blocks;
}

const isGroupPiece = (norm: string): boolean => norm !== '' && GROUP_WORDS.some((g) => g.includes(norm));
/** A group's number alone on its line, its words on the next ('（三）' / '不予公' / '开': a LibreOffice docx print's narrow group cell). */
const GROUP_NUMBER = /^\s*[（(][一二三四五六七][）)]\s*$/;

function scoreAs(norm: string, spec: RowSpec): number {
  return maxOf(spec.labels.map((l) => matchLabel(norm, l).score), 0);
}

/** The best reading of lines i.. as the label of `spec`: its lines (a numbered line then unnumbered pieces) and score. */
function labelAt(lines: readonly Line[], heads: ReadonlySet<number>, i: number, end: number, spec: RowSpec): PageRow | null {
  let best: PageRow | null = null;
  let text = '';
  for (let k = i; k < Math.min(end, i + MAX_LABEL_LINES); k++) {
    const raw = lineText(lines[k]!);
    if (k > i && (NUMBERED.test(raw) || heads.has(k) || columnValueText(lines[k]!) !== null)) break;
    text += raw;
    const score = scoreAs(normalizeLabel(text), spec);
    if (!best || score > best.score) best = { spec: -1, lines: Array.from({ length: k - i + 1 }, (_, d) => i + d), text, score };
  }
  return best;
}

/** Runs of row labels matched to contiguous template rows, in the lines before `end`. */
export function findPages(lines: readonly Line[], heads: ReadonlySet<number>, end: number, specs: readonly RowSpec[]): Page[] {
  const pages: Page[] = [];
  let cur: Page | null = null;
  for (let i = 0; i < end; ) {
    const line = lines[i]!;
    // A value line, or a row printed whole — its label with its counts after it on one line ('2.其他法律行政法规禁止公开 1 0 0
    // 0 0 0 1'): such a row's values are not in the stream after the pile, so it ends a page and starts none (plain pdftotext
    // of a Chromium print writing some rows whole and others as a label, then its values line: fresh51 v/pdftotext-raw-thead
    // r03 had read the two value lines after '3.危及…' as 2.其他法律…'s and 3.危及…'s, the second 4.保护第三方…'s).
    if (heads.has(i) || columnValueText(line) !== null || splitCounts(lineText(line)).counts.length > 0) { cur = null; i++; continue; }
    const norm = normalizeLabel(lineText(line));
    if (cur) {
      const last = cur.rows.at(-1)!;
      const next = specs[last.spec + 1];
      const row = next ? labelAt(lines, heads, i, end, next) : null;
      if (row && row.score >= ROW_SCORE) {
        cur.rows.push({ ...row, spec: last.spec + 1 });
        i = row.lines.at(-1)! + 1;
        continue;
      }
      const longer = NUMBERED.test(lineText(line)) ? 0 : scoreAs(normalizeLabel(last.text + lineText(line)), specs[last.spec]!);
      if (longer > last.score) { last.text += lineText(line); last.lines.push(i); last.score = longer; i++; continue; }
      if (isGroupPiece(norm) || GROUP_NUMBER.test(lineText(line))) { i++; continue; }
      cur = null;
    }
    const start = norm.length >= START_CHARS && norm.length <= MAX_LABEL_CHARS ? specs.findIndex((s) => scoreAs(norm, s) >= START_SCORE) : -1;
    if (start >= 0) {
      const row = labelAt(lines, heads, i, end, specs[start]!)!;
      cur = { rows: [{ ...row, spec: start }], start: i, columns: new Map(), used: [] };
      pages.push(cur);
      i = row.lines.at(-1)! + 1;
      continue;
    }
    i++;
  }
  return pages.filter((p) => p.rows.length >= MIN_PAGE_ROWS);
}

/** Puts each block on the one page it can belong to (labels before it, rows × columns = its values). */
function assignBlocks(pages: Page[], blocks: readonly Block[]): void {
  for (const b of blocks) {
    const fits = pages.filter((p) => p.start < b.start && b.values.length === p.rows.length * b.leaves.length && b.leaves.every((c) => !p.columns.has(c)));
    if (fits.length !== 1 || new Set(b.leaves).size !== b.leaves.length) continue;
    const page = fits[0]!;
    const n = page.rows.length;
    b.leaves.forEach((c, ci) => page.columns.set(c, b.values.slice(ci * n, (ci + 1) * n)));
    if (b.leaves.length > 1) page.shared = true;
    for (let k = b.start; k < b.end; k++) page.used.push(k);
  }
}

/** A bare count on a line of its own ('12', '1,234'): one cell of a column printed one value per line. */
const BARE_COUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;
/** A line of bare counts one space apart ('3 10'): one row's last cells printed after the columns. */
const COUNT_TOKENS = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\s+(?:\d+|\d{1,3}(?:,\d{3})+))*$/;
const countOf = (t: string): number => Number(t.replace(/,/g, ''));

/**
 * A page whose labels are followed, with no header between, by its first k columns one value per
 * line (k × rows lines: the header stood once above the table's first rows, in the template's order)
 * and then, when k < 7, one line per row holding its other 7 − k cells ('3 10'), in row order
 * (plain `pdftotext` / `-bbox-layout` of a Chromium page: the label pile, then the narrow columns,
 * then the two widest as row lines). Read only when the counts fit exactly (a blank cell prints
 * nothing, a column of it is shorter: no fit) and every row's 总计 holds (rowsAddUp); the lines read
 * are dropped. Returns whether the page was read so.
 */
function headlessColumns(lines: readonly Line[], page: Page, heads: ReadonlySet<number>): boolean {
  const n = page.rows.length;
  const from = page.rows.at(-1)!.lines.at(-1)! + 1;
  const lineText1 = (k: number): string | null => (k < lines.length && !heads.has(k) && lines[k]!.cells.length === 1 ? lineText(lines[k]!) : null);
  let m = 0;
  while (BARE_COUNT.test(lineText1(from + m) ?? '')) m++;
  const width = REQUEST_COLUMNS.length;
  if (m === 0 || m % n !== 0 || m / n > width) return false;
  const k = m / n;
  const tails: number[][] = [];
  if (k < width) {
    for (let r = 0; r < n; r++) {
      const t = lineText1(from + m + r);
      if (t === null || !COUNT_TOKENS.test(t)) return false;
      const parts = t.split(/\s+/).map(countOf);
      if (parts.length !== width - k) return false;
      tails.push(parts);
    }
  }
  const columns = new Map<string, number[]>();
  REQUEST_COLUMNS.forEach((c, ci) => columns.set(c, Array.from({ length: n }, (_, r) => (ci < k ? countOf(lineText1(from + ci * n + r)!) : tails[r]![ci - k]!))));
  const read: Page = { ...page, columns, shared: true };
  if (!rowsAddUp(read)) return false;
  page.columns = columns;
  page.shared = true;
  page.cellLines = Array.from({ length: n }, (_, r) => REQUEST_COLUMNS.map((_, ci) => (ci < k ? from + ci * n + r : from + m + r)));
  for (let j = from; j < from + m + tails.length; j++) page.used.push(j);
  return true;
}

/** A label line's trailing counts ('（二）部分公开（区分处理的，只计这一 8', '7.属于行政执法案卷 15件 3件'), or a line of counts only. */
const TRAILING_COUNTS = /^(.*?)((?:(?:^|\s+)(?:\d+|\d{1,3}(?:,\d{3})+|\/)件?)+)\s*$/;
/** A line of units a narrow cell wrapped off its count ('件', '件 件'): nothing of its own. */
const UNITS_ONLY = /^件(?:\s+件)*$/;

/** A count of a lead page's stream: its text and line (`after`: past table 三's region). */
interface LeadToken { t: string; line: number; after?: true }
interface LeadRow { spec: number; text: string; score: number; line: number; tokens: LeadToken[] }

/** A line's label text and its trailing counts (units dropped: '15件' is 15). */
function splitCounts(line: string): { label: string; counts: string[] } {
  const text = line.replace(/(?:\s+件)+$/, '');
  const m = TRAILING_COUNTS.exec(text);
  if (!m || /\d$/.test(m[1]!)) return { label: text, counts: [] };
  return { label: m[1]!.trim(), counts: m[2]!.trim().split(/\s+/).map((t) => t.replace(/件$/, '')) };
}

/**
 * Plain `pdftotext` / `-bbox-layout` of a Chromium print of table 三 whose first k1 columns print
 * beside their labels (each row's label, then its k1 counts, on the label's line or the next), the
 * next k2 columns after the last label one value per line (column after column), and the last
 * 7 − k1 − k2 as one line per row ('0件 0件 12' / '件' / '0 1 1' …): the labels matched to contiguous
 * template rows as the page finder does, the counts between them each row's leading cells (every
 * row as many), then the stream after them fitting those counts exactly; read only when every row's
 * 总计 holds (rowsAddUp, '/' rows all '/'). Null when no page reads so (the region stays as printed).
 */
function leadPages(lines: readonly Line[], heads: ReadonlySet<number>, end: number, specs: readonly RowSpec[]): Page[] {
  const pages: Page[] = [];
  let rows: LeadRow[] = [];
  let start = 0;
  const close = (stop: number): void => {
    const page = rows.length >= MIN_PAGE_ROWS ? leadPage(rows.map((r) => ({ ...r, tokens: r.tokens.filter((t) => !t.after) })), start, stop) ?? tiledPage(rows, start, lines) : null;
    if (page) pages.push(page);
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (heads.has(i)) { close(i); continue; }
    // (Cells a dump set apart on a label's line — '…政府信息公开申请', '0', '3' — are its counts: joined with a space.)
    const raw = lines[i]!.cells.join(' ').trim();
    if (rows.length && UNITS_ONLY.test(raw)) continue;
    const { label, counts } = splitCounts(raw);
    const last = rows.at(-1);
    if (label === '') {
      if (last) for (const t of counts) last.tokens.push({ t, line: i, ...(i >= end ? { after: true } : {}) });
      continue;
    }
    // Past the region a block-ordered dump may still print the page's last column blocks after the next heading (tiledPage
    // takes what its rows lack; the lines past them are the next table's).
    if (i >= end && last && lines[i]!.block !== undefined && i < end + MAX_AFTER_LINES) continue;
    if (i >= end) { close(i); break; }
    const norm = normalizeLabel(label);
    if (last) {
      const next = specs[last.spec + 1];
      const score = next ? scoreAs(norm, next) : 0;
      if (score >= ROW_SCORE) { rows.push({ spec: last.spec + 1, text: label, score, line: i, tokens: counts.map((t) => ({ t, line: i })) }); continue; }
      // A label wrapped over the next lines ('（四）无法提 1.本机关不掌握相关政府 5' / '供' / '信息'): its pieces joined.
      const wrapped = next ? wrappedLabel(lines, i, end, label, next) : null;
      if (wrapped) {
        const tokens: LeadToken[] = [];
        for (let k = i; k <= wrapped.last; k++) for (const t of splitCounts(lineText(lines[k]!)).counts) tokens.push({ t, line: k });
        rows.push({ spec: last.spec + 1, text: wrapped.text, score: wrapped.score, line: i, tokens });
        i = wrapped.last;
        continue;
      }
      const longer = NUMBERED.test(label) ? 0 : scoreAs(normalizeLabel(last.text + label), specs[last.spec]!);
      // (A wrapped label's next piece may score a little lower than its first line alone, read with its group's words
      // '（六）其他 1.申请人无正当理由逾期不补正、' / '行政机关不再处理其政府信息公开申': still its row's, not a group piece.)
      if (longer > last.score || (longer >= ROW_SCORE && !isGroupPiece(norm))) { last.text += label; last.score = Math.max(longer, last.score); pushAll(last.tokens, counts.map((t) => ({ t, line: i }))); continue; }
      if (isGroupPiece(norm) && counts.length === 0) continue;
      close(i);
    }
    const first = norm.length >= START_CHARS && norm.length <= MAX_LABEL_CHARS ? specs.findIndex((sp) => scoreAs(norm, sp) >= START_SCORE) : -1;
    if (first >= 0) {
      start = i;
      rows = [{ spec: first, text: label, score: scoreAs(norm, specs[first]!), line: i, tokens: counts.map((t) => ({ t, line: i })) }];
    }
  }
  close(lines.length);
  return pages;
}

/** The label starting at line i (text `label`) joined with the label pieces of the next lines, when that names `spec` (ROW_SCORE). */
function wrappedLabel(lines: readonly Line[], i: number, end: number, label: string, spec: RowSpec): { text: string; score: number; last: number } | null {
  let text = label;
  // (The row's counts on a line of their own between its label's pieces — '5.要求行政机关确认或重新出具已' / '38 10' / '获取信息' —
  // are no piece: skipped, not counted among the label's lines.)
  let counted = 0;
  for (let k = i + 1; k < Math.min(end, i + MAX_LABEL_LINES + counted); k++) {
    const piece = splitCounts(lineText(lines[k]!)).label;
    if (piece === '' && splitCounts(lineText(lines[k]!)).counts.length > 0 && counted === 0) { counted++; continue; }
    if (piece === '' || NUMBERED.test(piece)) return null;
    text += piece;
    const score = scoreAs(normalizeLabel(text), spec);
    if (score >= ROW_SCORE) return { text, score, last: k };
  }
  return null;
}

/** The page of `rows` (see leadPages) read, or null when its counts do not fit exactly or a row's 总计 breaks. */
function leadPage(all: readonly LeadRow[], pageStart: number, stop: number): Page | null {
  const width = REQUEST_COLUMNS.length;
  // Rows printed whole before the pile (一、本年新收 and 二、上年结转 with their seven cells) are left to the row reading.
  let first = 0;
  if (all.slice(0, -1).some((r) => r.tokens.length !== width)) while (first < all.length - MIN_PAGE_ROWS && all[first]!.tokens.length === width) first++;
  const rows = all.slice(first);
  const start = first > 0 ? rows[0]!.line : pageStart;
  const n = rows.length;
  const k1 = rows[0]!.tokens.length;
  // (Every cell beside its label is a page read row by row as printed, by the stages that check its header's column
  // order (test/column-unread): nothing to put back here.)
  if (k1 >= width || rows.slice(0, -1).some((r) => r.tokens.length !== k1)) return null;
  const rest = rows.at(-1)!.tokens.slice(k1);
  if (rows.at(-1)!.tokens.length < k1 || rest.length !== (width - k1) * n) return null;
  // The stream after the labels by line: single values first (k2 columns), then one line per row.
  const byLine: string[][] = [];
  const lineOf: number[] = [];
  let prev = -1;
  for (const { t, line } of rest) {
    if (line !== prev) {
      byLine.push([]);
      lineOf.push(line);
    }
    byLine.at(-1)!.push(t);
    prev = line;
  }
  let m = 0;
  while (m < byLine.length && byLine[m]!.length === 1) m++;
  if (m % n !== 0) return null;
  const k2 = m / n;
  const k3 = width - k1 - k2;
  const tails = byLine.slice(m);
  if (k3 < 0 || (k3 > 0 && (tails.length !== n || tails.some((t) => t.length !== k3))) || (k3 === 0 && tails.length !== 0)) return null;
  // The single values column after column, or row after row (k2 per row): read only when exactly one order keeps every row's 总计.
  const pageRows: PageRow[] = rows.map((r) => ({ spec: r.spec, lines: [r.line], text: r.text, score: r.score }));
  const reads = [(r: number, c: number): number => (c - k1) * n + r, (r: number, c: number): number => r * k2 + (c - k1)].map((at) => {
    const text = rows.map((row, r) => REQUEST_COLUMNS.map((_, c) => (c < k1 ? row.tokens[c]!.t : c < k1 + k2 ? byLine[at(r, c)]![0]! : tails[r]![c - k1 - k2]!)));
    if (text.some((cells) => cells.includes('/') && !cells.every((t) => t === '/'))) return null;
    const columns = new Map<string, number[]>(REQUEST_COLUMNS.map((c, ci) => [c, text.map((cells) => (cells[ci] === '/' ? 0 : countOf(cells[ci]!)))]));
    const cellLines = rows.map((row, r) => REQUEST_COLUMNS.map((_, c) => (c < k1 ? row.tokens[c]!.line : c < k1 + k2 ? lineOf[at(r, c)]! : lineOf[m + r]!)));
    const page: Page = { rows: pageRows, start, columns, used: [], shared: true, cells: text, cellLines };
    return rowsAddUp(page) ? page : null;
  });
  const [byColumn, byRow] = reads;
  if (byColumn && byRow && JSON.stringify(byColumn.cells) !== JSON.stringify(byRow.cells)) return null;
  const page = byColumn ?? byRow;
  if (!page) return null;
  for (let k = start; k < stop; k++) page.used.push(k);
  return page;
}

/**
 * Plain `pdftotext` of a borderless Chromium print of table 三 (fresh54 f000, f031): the page's label block carries
 * each row's first cells (beside its label or under it: the row's lead), and its other cells follow as text blocks
 * (Line.block), each a rectangle of the grid — L lines of m counts, the m next cells of L consecutive rows — written band
 * by band ('6' / '5' / … twelve rows of one column, then the next column; the last two rows' columns after them, '1 20'
 * / '1 17' two columns at once), some after the next heading. Each block (a run of its lines holding as many counts) is
 * put at the topmost row whose cells are not all read, on that row and the L − 1 below it, which must lack as many cells
 * and have room for m: the one tiling the stream's order gives, no search. Read only when a block spans two rows or more
 * (blocks of one line each are a row-by-row print, left to the row reading), it fills every cell of the
 * page's rows, leaves no count of the region over (those past it are the next table's), and every row's 总计 holds
 * (rowsAddUp, '/' rows all '/'); rows printed whole in their label's block before the page's first short row are left
 * to the row reading. Null otherwise (the region stays as printed).
 */
function tiledPage(all: readonly LeadRow[], pageStart: number, lines: readonly Line[]): Page | null {
  const width = REQUEST_COLUMNS.length;
  const blockOf = (k: number): number | undefined => lines[k]?.block;
  if (all.some((r) => blockOf(r.line) === undefined)) return null;
  // Each row's lead (its tokens in its label's block, up to the first token outside it) and the blocks after it.
  const leads: LeadToken[][] = [];
  const chunks: Array<{ after: number; lines: LeadToken[][]; past: boolean }> = [];
  all.forEach((r, ri) => {
    const home = blockOf(r.line);
    let k = 0;
    while (k < r.tokens.length && blockOf(r.tokens[k]!.line) === home && !r.tokens[k]!.after) k++;
    leads.push(r.tokens.slice(0, k));
    for (const t of r.tokens.slice(k)) {
      const chunk = chunks.at(-1);
      const row = chunk?.lines.at(-1);
      if (chunk && chunk.after === ri && row && row[0]!.line === t.line) { row.push(t); continue; }
      const prev = chunk?.lines.at(-1)?.[0];
      if (chunk && chunk.after === ri && prev && blockOf(prev.line) === blockOf(t.line) && !!prev.after === !!t.after) chunk.lines.push([t]);
      else chunks.push({ after: ri, lines: [[t]], past: t.after === true });
    }
  });
  // A block's lines of one count each make one rectangle: split where the count per line changes.
  const rects = chunks.flatMap((c) => {
    const out: Array<{ after: number; lines: LeadToken[][]; past: boolean }> = [];
    for (const l of c.lines) {
      const cur = out.at(-1);
      if (cur && cur.lines[0]!.length === l.length) cur.lines.push(l);
      else out.push({ after: c.after, lines: [l], past: c.past });
    }
    return out;
  });
  // A block over two rows or more is the band print's mark; blocks of one line each, every row's right after its label (a
  // dump writing each cell as a paragraph: fresh53 f007), are the row reading's, which keeps what the label's line says.
  if (!rects.some((r) => r.lines.length >= 2)) return null;
  // Every row followed by exactly its own row's worth of counts before the next label is a row-by-row print of one cell a
  // line (mutool's blocks: a label, then its seven counts as one block of seven lines): the row reading's, not a band's
  // column (fresh55 f011, f034: read so, every value of table 三 was capped below 0.9 by the band reading's warning).
  if (all.every((r) => r.tokens.filter((t) => !t.after).length === width)) return null;
  const cells = leads.map((l) => [...l]);
  if (cells.some((c) => c.length > width)) return null;
  for (const rect of rects) {
    const r0 = cells.findIndex((c, r) => r <= rect.after && c.length < width);
    if (r0 < 0) {
      if (rect.past && cells.every((c) => c.length === width)) break;
      return null;
    }
    const have = cells[r0]!.length;
    if (r0 + rect.lines.length - 1 > rect.after) return null;
    for (const [i, l] of rect.lines.entries()) {
      const row = cells[r0 + i]!;
      if (row.length !== have || have + l.length > width) return null;
      pushAll(row, l);
    }
  }
  if (cells.some((c) => c.length !== width)) return null;
  let first = 0;
  while (first < all.length - MIN_PAGE_ROWS && leads[first]!.length === width) first++;
  const rows = all.slice(first);
  const text = cells.slice(first).map((c) => c.map((t) => t.t));
  if (text.some((c) => c.includes('/') && !c.every((t) => t === '/'))) return null;
  const columns = new Map<string, number[]>(REQUEST_COLUMNS.map((c, ci) => [c, text.map((t) => (t[ci] === '/' ? 0 : countOf(t[ci]!)))]));
  const pageRows: PageRow[] = rows.map((r) => ({ spec: r.spec, lines: [r.line], text: r.text, score: r.score }));
  const cellLines = cells.slice(first).map((c) => c.map((t) => t.line));
  const page: Page = { rows: pageRows, start: first > 0 ? rows[0]!.line : pageStart, columns, used: [], shared: true, cells: text, cellLines };
  if (!rowsAddUp(page)) return null;
  const last = maxOf(cellLines.flat());
  for (let k = page.start; k <= last; k++) page.used.push(k);
  return page;
}

/**
 * A row whose cells came from several lines in stream order: how many (Line.linesApart), and as blocks of a block-ordered
 * dump (Line.blocksApart) when every one of those lines is one. The row total holds in any order of them (score/block-order).
 */
function apartOf(cellLines: readonly number[] | undefined, lines: readonly Line[]): Pick<Line, 'linesApart' | 'blocksApart'> {
  const distinct = [...new Set(cellLines ?? [])];
  if (distinct.length < 2) return {};
  return distinct.every((k) => lines[k]?.blockOrdered) ? { blocksApart: distinct.length } : { linesApart: distinct.length };
}

/** Count tokens of line k ('12', '19 237'), or null when it holds anything else. */
function countTokens(lines: readonly Line[], k: number): StreamToken[] | null {
  const t = k < lines.length && lines[k]!.cells.length === 1 ? lineText(lines[k]!) : '';
  return COUNT_TOKENS.test(t) ? t.split(/\s+/).map((v) => ({ value: countOf(v), line: k })) : null;
}

/** The counts before the page's first label back to a lone label of the template row before it ('一、本年新收…' / '109' / '26'), with that row. */
function leadBefore(lines: readonly Line[], page: Page, heads: ReadonlySet<number>, specs: readonly RowSpec[], taken: ReadonlySet<number>): { row: PageRow; tokens: StreamToken[] } | null {
  const spec = page.rows[0]!.spec - 1;
  if (spec < 0) return null;
  const tokens: StreamToken[] = [];
  let k = page.start - 1;
  for (; k >= 0; k--) {
    if (heads.has(k)) continue;
    const t = countTokens(lines, k);
    if (!t || t.length !== 1) break;
    tokens.unshift(t[0]!);
  }
  if (tokens.length === 0 || tokens.length >= REQUEST_COLUMNS.length || k < 0 || taken.has(k)) return null;
  for (let s = k; s > Math.max(-1, k - MAX_LABEL_LINES); s--) {
    const row = labelAt(lines, heads, s, k + 1, specs[spec]!);
    if (row && row.lines.at(-1) === k && row.score >= ROW_SCORE && !row.lines.some((l) => taken.has(l))) return { row: { ...row, spec }, tokens };
  }
  return null;
}

/**
 * A page whose counts follow its labels as one stream, column after column, the first row's first cells maybe
 * beside its label before the page (tables/stream-columns): read when exactly one reading fits and adds up.
 */
function streamPage(lines: readonly Line[], page: Page, heads: ReadonlySet<number>, specs: readonly RowSpec[], taken: ReadonlySet<number>): void {
  const from = page.rows.at(-1)!.lines.at(-1)! + 1;
  const stream: StreamToken[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    if (heads.has(k)) continue;
    const t = countTokens(lines, k);
    if (!t) break;
    pushAll(stream, t);
  }
  const lead = leadBefore(lines, page, heads, specs, taken);
  const rows = lead ? [lead.row, ...page.rows] : page.rows;
  const read = (lead && readStreamColumns(rows.length, lead.tokens, stream)) || readStreamColumns(page.rows.length, [], stream);
  if (!read) return;
  const withLead = read.cells.length > page.rows.length;
  if (withLead) {
    page.rows = rows;
    page.start = lead!.row.lines[0]!;
  }
  page.columns = new Map(REQUEST_COLUMNS.map((c, ci) => [c, read.cells.map((cells) => cells[ci]!)]));
  page.shared = true;
  page.cellLines = read.lines;
  for (let j = from; j < k; j++) page.used.push(j);
}

/** The pages read whole (every column once) under one row list of the template. */
function readPages(lines: readonly Line[], labelEnd: number, specs: readonly RowSpec[]): Page[] {
  const runs = headerRuns(lines);
  const blocks = findBlocks(lines, runs);
  const heads = headerLineSet(runs);
  const pages = findPages(lines, heads, labelEnd, specs);
  if (blocks.length >= 2) assignBlocks(pages, blocks);
  for (const p of pages) if (p.columns.size === 0) headlessColumns(lines, p, heads);
  const taken = new Set(pages.flatMap((p) => p.rows.flatMap((r) => r.lines)));
  for (const p of pages) if (p.columns.size === 0) streamPage(lines, p, heads, specs, taken);
  return pages.filter((p) => REQUEST_COLUMNS.every((c) => p.columns.has(c)) && (!p.shared || rowsAddUp(p)));
}

/**
 * Every row's 总计 is the sum of its six applicant columns. A block under several header words is
 * read column after column, which the stream does not say: pdfminer also prints such a block with
 * the columns' values interleaved ('30 14 6 5 …': 自然人 and 商业企业 of one row, then the next).
 * Read column by column, such a block breaks the row totals of most rows, while a swap inside one
 * row keeps that row's — so a page with such a block is read only when all its rows add up.
 */
function rowsAddUp(p: Page): boolean {
  return p.rows.every((_, r) => APPLICANT_COLUMNS.reduce((sum, c) => sum + p.columns.get(c)![r]!, 0) === p.columns.get('total')![r]);
}

/**
 * Table 三's region (`region`, a run of `doc`'s lines; the columns of its last page may follow it
 * in `doc`) with every page printed column by column put back in row order, or null when none is.
 * Lines of the region that were read (labels, header pieces, values) are replaced by the rows.
 */
export function columnPagesToRows(region: readonly Line[], doc: readonly Line[]): Line[] | null {
  if (region.length === 0 || region.length > MAX_REGION_LINES) return null;
  const at = doc.indexOf(region[0]!);
  const lines = at >= 0 && doc[at + region.length - 1] === region.at(-1) ? doc.slice(at, at + region.length + MAX_AFTER_LINES) : region;
  const reads = [REQUEST_ROWS_SPLIT, REQUEST_ROWS_COMBINED].map((specs) => ({ specs, pages: readPages(lines, region.length, specs) }));
  let best = reads.reduce((a, b) => (b.pages.length > a.pages.length ? b : a));
  if (best.pages.length === 0) {
    const heads = headerLineSet(headerRuns(lines));
    const leads = [REQUEST_ROWS_SPLIT, REQUEST_ROWS_COMBINED].map((specs) => ({ specs, pages: leadPages(lines, heads, region.length, specs) }));
    best = leads.reduce((a, b) => (b.pages.length > a.pages.length ? b : a));
  }
  if (best.pages.length === 0) return boxRowsToLines(region, lines);
  // A pdfminer box order may print a page's first rows as a column page (their labels, then each column under its header
  // words) and the rest box by box: where the box trees read the whole table (every row of the template, each cell one
  // value the identities leave: BoxRows.whole) and more rows than the column pages hold, theirs is taken (fresh50 k2
  // pdf2txt-L0.3-full: rows 0–3 as a column page, 21 rows more in the boxes; 2026-12-06 miner51, miner52). Trees reading
  // part of it give way: plain pdftotext writing a Chromium print's cells a paragraph each, the page's other rows read by
  // the stream (fresh50 f05 lohtml: trees of 18 rows had lost 4 rows).
  const onPages = best.pages.reduce((n, p) => n + p.rows.length, 0);
  const boxed = boxRowsToLines(region, lines, onPages, true);
  if (boxed) return boxed;
  const drop = new Set<number>();
  const rowsAt = new Map<number, Line[]>();
  for (const p of best.pages) {
    for (const k of p.used) drop.add(k);
    for (let k = p.start; k <= p.rows.at(-1)!.lines.at(-1)!; k++) drop.add(k);
    // The columns as the header runs named them, in the template's order (the rows below are put in it).
    const header: Line = { cells: [...REQUEST_COLUMN_WORDS], separated: true, ...(p.cellLines ? { headerWritten: true as const } : {}), source: lines[p.start]!.source };
    rowsAt.set(p.start, [header, ...p.rows.map((r, ri): Line => ({
      cells: [r.text, ...REQUEST_COLUMNS.map((c, ci) => p.cells?.[ri]?.[ci] ?? String(p.columns.get(c)![ri]))],
      separated: true,
      ...apartOf(p.cellLines?.[ri], lines),
      ...(p.cellLines ? { columnsByStream: true, valuesByOrder: true as const } : {}),
      source: lines[r.lines[0]!]!.source,
    }))]);
  }
  const out: Line[] = [];
  region.forEach((l, k) => {
    pushAll(out, rowsAt.get(k) ?? []);
    if (!drop.has(k)) out.push(l);
  });
  return out;
}

/** The region with table 三's rows read from a pdfminer box dump (tables/box-pages) in place of its boxes, or null (also when
 * the trees read `moreThan` rows or fewer, or, `whole`, not the whole table). */
function boxRowsToLines(region: readonly Line[], lines: readonly Line[], moreThan = 0, whole = false): Line[] | null {
  const read = boxTreeRows(lines, region.length);
  if (!read || read.rows.length <= moreThan || (whole && !read.whole)) return null;
  const drop = new Set(read.used);
  const at = Math.min(read.used[0]!, read.rows[0]!.line);
  const header: Line = { cells: [...REQUEST_COLUMN_WORDS], separated: true, headerWritten: true, source: lines[at]!.source };
  const rows = read.rows.map((r): Line => ({ cells: [r.text, ...r.cells], separated: true, columnsByStream: true, ...(read.bands ? { runsByOrder: true as const } : {}), source: lines[r.line]!.source }));
  const out: Line[] = [];
  region.forEach((l, k) => {
    if (k === at) pushAll(out, [header, ...rows]);
    if (!drop.has(k)) out.push(l);
  });
  return out;
}
