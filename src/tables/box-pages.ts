/**
 * @file Table 三 as pdfminer (`pdf2txt`, default LAParams) writes a Chromium print of it: every cell a text box of
 * its own, the boxes in the order of pdfminer's grouping tree — label piles, column runs, row pieces and blocks
 * interleaved (tables/box-tree). The region's boxes are sorted into label boxes (their rows, by the template), boxes
 * of counts and others (header words, group labels: left out); every tree over them is searched, and the cells'
 * candidates narrowed by the table's identities (each row's 总计, the outcome rows' sum, 新收 + 结转 = 办理 + 结转下年)
 * until nothing changes. A row is read only when each of its cells has one value left; the rest stay unread. When
 * an identity breaks under every tree, or a narrowing leaves no tree, the print is not what the search assumes (a
 * cell blank, two cells in one box, the report's own sums wrong): nothing is read. The rows read are the stream's
 * reading alone (Line.columnsByStream: capped below 0.9 by map/index).
 */
import { minOf, pushAll } from '../_internal/extremes.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { matchLabel } from '../map/label-match.js';
import type { Line } from '../model/document.js';
import { APPLICANT_COLUMNS, REQUEST_COLUMNS, REQUEST_COLUMN_WORDS, REQUEST_ROWS_COMBINED, REQUEST_ROWS_SPLIT, outcomeRowKeys } from '../template/requests.js';
import type { Identity, RowSpec } from '../template/types.js';
import { oneCellSites } from '../solve/one-cell-sites.js';
import { bandCandidates } from './box-bands.js';
import { type TreeBox, type TreeRead, treeCandidates } from './box-tree.js';

/** Score a label piece must reach to name a template row (as tables/column-pages). */
const ROW_SCORE = 0.85;
/** Group labels spanning rows, printed before a row's label in one box ('三、本年度办理结果 （一）予以公开'). */
const GROUP_PREFIX = /^(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理)+/;
/** A line starting with an item or group number: a label's first line. */
const NUMBERED = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;
const COUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;
/** A label line's trailing counts ('5.要求行政机关确认或重新出具已获取信息 4', '1.属于国家秘密 0件 2件'). */
const TRAILING = /^(.*?\D)\s+((?:\d+|\d{1,3}(?:,\d{3})+)\s*件?(?:\s+(?:\d+|\d{1,3}(?:,\d{3})+)\s*件?)*)$/;
/** A count's unit beside it ('1025件 742件', '0 件': Chromium's cells with units; a '件' wrapped onto a line of its own under
 * its count is joined back at the load, layout/unit-lines). */
const UNIT = /(\d)\s*件/g;
/** Distinct partial sums an identity's narrowing keeps at most (else it is skipped that round). */
const MAX_SUMS = 5_000;
/** Characters (item number left out) a label's head must print to name the one row whose label begins so (headOf). */
const MIN_HEAD = 5;
/** Tree-search states (box-tree) a document's table 三 may take in all (time: ~1 s on a loaded machine). */
const MAX_STATES = 400_000;
/** Narrowing rounds at most (each drops candidates, so few are needed). */
const MAX_ROUNDS = 6;

const WIDTH = REQUEST_COLUMNS.length;
const TOTAL = REQUEST_COLUMNS.indexOf('total');
const APPLICANTS = APPLICANT_COLUMNS.map((c) => REQUEST_COLUMNS.indexOf(c));
const text = (l: Line): string => l.cells.join(' ').trim();
const countsOf = (t: string): number[] | null => {
  const parts = t.replace(UNIT, '$1').split(/\s+/);
  return parts.every((p) => COUNT.test(p)) ? parts.map((p) => Number(p.replace(/,/g, ''))) : null;
};

interface Box { lines: number[]; box: TreeBox | null; labels: Array<{ spec: number; text: string; numbered: boolean }>; counts?: true; text?: string; page?: number }

/** A column's header word ('其他', '总计' piled one character a line): no row label, which is numbered ('3.其他', '（七）总计'). */
const HEADER_WORDS = new Set([...REQUEST_COLUMN_WORDS, '合计']);
const isHeaderWord = (piece: string): boolean => HEADER_WORDS.has(piece.replace(/\s/g, ''));

/** The columns whose header word holds a box's text ('业' of 商业企业, '构' of 科研机构 or 法律服务机构), or null (no header piece). */
function headerColumns(text: string): number[] | null {
  const t = text.replace(/\s/g, '');
  const cols = t ? REQUEST_COLUMN_WORDS.map((w, c) => (w.includes(t) ? c : -1)).filter((c) => c >= 0) : [];
  return cols.length > 0 ? cols : null;
}

/** The template row a label piece names, or -1. */
function specOf(piece: string, specs: readonly RowSpec[]): number {
  const norm = normalizeLabel(piece);
  const bare = norm.replace(GROUP_PREFIX, '') || norm;
  let best = -1;
  let score = ROW_SCORE;
  specs.forEach((s, i) => s.labels.forEach((l) => {
    const m = matchLabel(bare, l).score;
    if (m >= score) { score = m; best = i; }
  }));
  return best >= 0 ? best : headOf(piece, bare, specs);
}

/**
 * The one template row whose label a numbered piece begins ('2.其他法律行政法规' of '…禁止公开', '1.申请人无正当理由' of '…逾期不补正…'),
 * or -1: a narrow label column wraps a label into lines pdfminer may write as boxes of their own (a borderless print's cells
 * do not hold a wrapped label's lines together), so a row's label box holds the label's head only, its tail a box after it.
 * The item number and MIN_HEAD characters are required, and no other row's label may begin so.
 */
function headOf(piece: string, bare: string, specs: readonly RowSpec[]): number {
  if (!NUMBERED.test(piece) || bare.length < MIN_HEAD) return -1;
  const rows = specs.map((s, i) => (s.labels.some((l) => l.startsWith(bare)) ? i : -1)).filter((i) => i >= 0);
  return rows.length === 1 ? rows[0]! : -1;
}

/** A box (lines of one text block) as counts, labels (with trailing counts) or nothing to read. */
function readBox(lines: readonly Line[], at: readonly number[], specs: readonly RowSpec[]): Box {
  const texts = at.map((k) => text(lines[k]!));
  const counts = texts.map(countsOf);
  // A box of counts is one cell, or a row's cells on one text line ('23 6'); a block of several lines (a column's run, a
  // dumper joining blocks: mutool's stext) is no box of a print whose every cell stands alone: the region is not read here.
  if (counts.every((c) => c !== null)) return { lines: [...at], labels: [], counts: true, box: counts.length === 1 ? { rows: 1, width: counts[0]!.length, labelRow: null, values: counts as number[][] } : null };
  const pieces: string[] = [];
  let trailing: number[] = [];
  texts.forEach((t, i) => {
    const m = i === texts.length - 1 ? TRAILING.exec(t) : null;
    const own = m ? m[1]! : t;
    if (m) trailing = countsOf(m[2]!)!;
    if (pieces.length === 0 || NUMBERED.test(own)) pieces.push(own);
    else pieces[pieces.length - 1] += own;
  });
  const labels = pieces.filter((p) => !isHeaderWord(p)).map((p) => ({ spec: specOf(p, specs), text: p, numbered: NUMBERED.test(p) })).filter((l) => l.spec >= 0);
  const labelled = labels.length > 0 && (labels.length === 1 || trailing.length === 0);
  return { lines: [...at], labels, box: labelled ? { rows: labels.length, width: 1 + trailing.length, labelRow: -1, values: [trailing] } : null, text: texts.join('') };
}

/** The region's boxes (a block's lines), in the dump's order. */
function boxesOf(lines: readonly Line[], end: number, specs: readonly RowSpec[], feeds: boolean): Box[] {
  const out: Box[] = [];
  for (let k = 0; k < end; ) {
    const at = [k];
    while (at.at(-1)! + 1 < end && lines[at.at(-1)! + 1]!.block === lines[k]!.block) at.push(at.at(-1)! + 1);
    const page = feeds ? lines[k]!.feedPage : undefined;
    out.push({ ...readBox(lines, at, specs), ...(page !== undefined ? { page } : {}) });
    k = at.at(-1)! + 1;
  }
  return out;
}

/**
 * The boxes with a label's tail left out where its row is named again: an unnumbered piece naming the row a numbered piece
 * of an earlier box names ('1.申请人无正当理由', then '逾期不补正、行政机' in a box of its own) is that label's wrapped rest, no
 * row of its own (a box of words only, as the group labels). Rows named twice otherwise stay so (the region is not read).
 */
function withoutLabelTails(boxes: readonly Box[]): Box[] {
  const named = new Set<number>();
  return boxes.map((b) => {
    const labels = b.labels.filter((l) => l.numbered || !named.has(l.spec));
    for (const l of labels) if (l.numbered) named.add(l.spec);
    if (labels.length === b.labels.length) return b;
    if (labels.length > 0) return { ...b, labels };
    const trailing = b.box?.values[0] ?? [];
    return { ...b, labels, box: trailing.length > 0 ? { rows: 1, width: trailing.length, labelRow: null, values: [trailing] } : null };
  });
}

type Domains = Array<Array<Set<number>>>;

/** Candidates of `vars` narrowed by sum(plus) = sum(minus) (vars: [row, column, sign]); false when none is left. */
function narrow(dom: Domains, vars: ReadonlyArray<readonly [number, number, 1 | -1]>): boolean {
  const step = (sums: Set<number>, [r, c, s]: readonly [number, number, 1 | -1]): Set<number> | null => {
    const out = new Set<number>();
    for (const a of sums) for (const v of dom[r]![c]!) out.add(a + s * v);
    return out.size > MAX_SUMS ? null : out;
  };
  const pre: Array<Set<number>> = [new Set([0])];
  for (const v of vars) { const n = step(pre.at(-1)!, v); if (!n) return true; pre.push(n); }
  const suf: Array<Set<number>> = [new Set([0])];
  for (let i = vars.length - 1; i >= 0; i--) { const n = step(suf[0]!, vars[i]!); if (!n) return true; suf.unshift(n); }
  return vars.every(([r, c, s], i) => {
    const keep = [...dom[r]![c]!].filter((v) => [...pre[i]!].some((a) => suf[i + 1]!.has(-(a + s * v))));
    dom[r]![c] = new Set(keep);
    return keep.length > 0;
  });
}

/** The identities over the rows read (page row index per template row; absent rows make an identity unusable). */
function identities(rowOf: ReadonlyMap<number, number>, specs: readonly RowSpec[]): Array<Array<[number, number, 1 | -1]>> {
  const ids: Array<Array<[number, number, 1 | -1]>> = [];
  for (const r of rowOf.values()) ids.push([[r, TOTAL, 1], ...APPLICANTS.map((c): [number, number, -1] => [r, c, -1])]);
  const at = (key: string): number | undefined => rowOf.get(specs.findIndex((s) => s.key === key));
  const outcome = outcomeRowKeys(specs).map(at);
  const [nw, co, th, cf] = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map(at);
  for (let c = 0; c < WIDTH; c++) {
    if (th !== undefined && outcome.every((r) => r !== undefined)) ids.push([[th, c, 1], ...outcome.map((r): [number, number, -1] => [r!, c, -1])]);
    if ([nw, co, th, cf].every((r) => r !== undefined)) ids.push([[nw!, c, 1], [co!, c, 1], [th!, c, -1], [cf!, c, -1]]);
  }
  return ids;
}

/**
 * The one cell (row, column) whose printed value, wrong by one amount, alone explains every identity that breaks among those
 * whose cells the trees placed each with one value (solve/one-cell-sites); null when none breaks, none of them or several cells
 * explain it (two cells exchanged, a misread tree: nothing is read), or only identities through unplaced cells could tell.
 */
function printedWrongSite(cand: Domains, ids: ReadonlyArray<ReadonlyArray<readonly [number, number, 1 | -1]>>): [number, number] | null {
  const key = (r: number, c: number): string => `${r},${c}`;
  const values = new Map<string, number>();
  cand.forEach((row, r) => row.forEach((s, c) => { if (s.size === 1) values.set(key(r, c), [...s][0]!); }));
  // Σ sign·value = 0 as total = the other members: the first member (+) the total, each other one's sign turned.
  const placed: Identity[] = ids.filter((id) => id.every(([r, c]) => values.has(key(r, c)))).map((id, i) => ({
    id: `box${i}`,
    total: key(id[0]![0], id[0]![1]),
    parts: id.slice(1).map(([r, c, sign]) => (sign === 1 ? '-' : '') + key(r, c)),
  }));
  const sites = oneCellSites(values, placed);
  if (!sites || sites.length !== 1) return null;
  const [r, c] = sites[0]!.split(',').map(Number);
  return [r!, c!];
}

/** Rows read; `whole` when the trees read every row of the template (pages chained to the table's end, each cell one value). */
export interface BoxRows { rows: Array<{ spec: number; text: string; line: number; cells: string[]; lines: number[] }>; used: number[]; whole: boolean; bands: boolean }

/**
 * Table 三's rows read from a pdfminer box dump's region (lines 0..end−1), or null. Both row lists of the template are
 * searched until one reads the table whole (every row, every cell one value left by the identities): a partial reading
 * under the split list (a 2019 report's boxes, the first page's trees fitting 13 rows) gives way to the combined list
 * reading all 23 (fresh50 k2 pdf2txt default-full f03/f04: 3 and 5 rows read → 23; 2026-12-06 miner52). With no whole
 * reading, the first list's partial one is kept, as before.
 */
export function boxTreeRows(lines: readonly Line[], end: number): BoxRows | null {
  if (!lines.slice(0, end).every((l) => l.blockOrdered && l.block !== undefined)) return null;
  // A page-fed dump read page by page (Line.feedPage) first; where that reads part of the table, the boxes as one stream too (a
  // row whose label box pdfminer wrote on one page and its counts on the next: fresh54 f041 -A), the reading of more rows kept.
  // One search budget for both readings: a page-fed dump costs no more than one read as a stream.
  const budget = { states: MAX_STATES };
  const fed = lines.slice(0, end).some((l) => l.feedPage !== undefined) ? readLists(lines, end, true, budget) : null;
  if (fed?.whole) return fed;
  const stream = readLists(lines, end, false, budget);
  if (!fed || stream?.whole) return stream;
  return stream && stream.rows.length >= fed.rows.length ? stream : fed;
}

/** Both row lists of the template searched (boxTreeRows), the boxes page by page (`feeds`) or as one stream. */
function readLists(lines: readonly Line[], end: number, feeds: boolean, budget: { states: number }): BoxRows | null {
  let partial: BoxRows | null = null;
  for (const specs of [REQUEST_ROWS_SPLIT, REQUEST_ROWS_COMBINED]) {
    const read = readAs(lines, end, specs, budget, feeds);
    if (read?.whole) return read;
    partial ??= read;
  }
  return partial;
}

/** One page of table 三's boxes as the tree search read it: its rows first … first + rows − 1 and the boxes it took. */
interface TreePage { first: number; n: number; rows: number; cand: Domains; from: number; taken: number; search: (allowed: Allowed) => TreeRead | null; bands?: true; fed?: true; labelColumn?: true }
type Allowed = ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>;

/**
 * The tree search over the boxes from `start` on: the rows from the first label on, up to the first template row no label
 * names; the trees fill a prefix of them with a prefix of the boxes (a later page's rows, which a prefix of the boxes does
 * not take, are left to the next call: box-tree treeCandidates). Null when no tree fits.
 */
function pageTree(boxes: readonly Box[], start: number, end: number, budget: { states: number }, countsOnly: boolean): TreePage | null {
  const all = boxes.slice(start);
  const labelled = all.findIndex((b) => b.labels.length > 0);
  if (labelled < 0) return null;
  // A page-fed dump's page: no tree takes a box of another page (each page's boxes are written together, its feed after them).
  const page = all[labelled]!.page;
  const rest = page === undefined ? all : all.filter((b, k) => k < labelled || b.page === page);
  const labels = rest.flatMap((b) => b.labels.map((l) => l.spec));
  const first = minOf(labels);
  let n = 1;
  while (labels.includes(first + n)) n++;
  const treeBoxes: TreeBox[] = [];
  const origin: number[] = [];
  const from = start + labelled;
  // Counts before the first label may be its rows' (a page whose first rows' values the tree wrote first): not searched.
  if (boxes.slice(start, from).some((b) => b.box)) return null;
  let to = from;
  for (const b of boxes.slice(from)) {
    if (b.labels.some((l) => l.spec >= first + n) || (page !== undefined && b.page !== page)) break;
    to++;
    if (b.labels.length === 0 && !b.box && !b.counts) continue;
    if (!b.box) return null;
    treeBoxes.push(b.box.labelRow === null ? b.box : { ...b.box, labelRow: b.labels[0]!.spec - first });
    origin.push(to - 1);
  }
  // The labels' boxes as fixed points; else the counts alone (label boxes left out, their trailing counts kept on their rows).
  const counted = treeBoxes.map((b, k) => k).filter((k) => treeBoxes[k]!.labelRow === null || treeBoxes[k]!.values[0]!.length > 0);
  const countBoxes = counted.map((k): TreeBox => (treeBoxes[k]!.labelRow === null ? treeBoxes[k]! : { ...treeBoxes[k]!, width: treeBoxes[k]!.width - 1, labelCell: false }));
  let labelColumn = !countsOnly;
  let boxesRead = treeBoxes;
  const whole = page !== undefined;
  let tree = countsOnly ? null : treeCandidates(n, treeBoxes, budget, undefined, true, whole);
  if (!tree) {
    labelColumn = false;
    boxesRead = countBoxes;
    tree = treeCandidates(n, countBoxes, budget, undefined, false, whole);
  }
  const fed = page !== undefined ? { fed: true as const } : {};
  if (!tree) { const band = bandPage(boxes, from, to, end, first, n); return band && { ...band, ...fed }; }
  // The boxes the trees took (the rows they fill): the rest are a later page's.
  const taken = origin[labelColumn ? tree.boxes - 1 : counted[tree.boxes - 1]!]! + 1;
  const read = boxesRead;
  const search = (allowed: Allowed): TreeRead | null => treeCandidates(n, read, budget, allowed, labelColumn, whole);
  return { first, n, rows: tree.rows, cand: tree.cand, from, taken, search, ...fed, ...(labelColumn ? { labelColumn: true as const } : {}) };
}

/**
 * The page read as bands of column runs (tables/box-bands) where no tree was read: its count boxes one value each, label
 * boxes printing none, the runs of counts after the region (`end`) that words enclose passed over whole if need be. Null
 * when a box holds several counts or the bands read nothing.
 */
function bandPage(boxes: readonly Box[], from: number, to: number, end: number, first: number, n: number): TreePage | null {
  const values: number[] = [];
  const origin: number[] = [];
  const skips = new Map<number, number>();
  const heads = new Map<number, Set<number>>();
  let runStart = -1;
  for (let k = from; k < to; k++) {
    const b = boxes[k]!;
    const named = b.labels.length === 0 && !b.counts ? headerColumns(b.text ?? '') : null;
    if (named) heads.set(values.length, new Set([...(heads.get(values.length) ?? []), ...named]));
    if (b.counts) {
      if (b.box?.rows !== 1 || b.box.width !== 1) return null;
      // A run of counts after the region starts after a box of words (not a label's, not the region's).
      if (runStart < 0 && b.lines[0]! >= end && k > from && !boxes[k - 1]!.counts && boxes[k - 1]!.labels.length === 0) runStart = values.length;
      values.push(b.box.values[0]![0]!);
      origin.push(k);
      continue;
    }
    if ((b.box?.values[0]?.length ?? 0) > 0) return null;
    if (runStart >= 0 && b.labels.length === 0 && values.length > runStart) skips.set(runStart, values.length);
    runStart = -1;
  }
  const search = (allowed?: Allowed): TreeRead | null => bandCandidates(n, values, skips, heads, allowed);
  const read = search();
  if (!read) return null;
  return { first, n, rows: read.rows, cand: read.cand, from, taken: origin[read.boxes - 1]! + 1, search, bands: true };
}

function readAs(lines: readonly Line[], end: number, specs: readonly RowSpec[], budget: { states: number }, feeds: boolean, countsOnly = false): BoxRows | null {
  // The boxes after the region (table 四's heading and on) may hold the last page's counts: pdfminer writes a page's boxes
  // in its tree's order, the next heading's box among them. Their text names no row of table 三.
  const boxes = withoutLabelTails(boxesOf(lines, lines.length, specs, feeds)).map((b) => (b.lines[0]! < end || b.labels.length === 0 ? b : { lines: b.lines, labels: [], box: null }));
  const labels = boxes.flatMap((b) => b.labels.map((l) => l.spec));
  if (labels.length < 2 || new Set(labels).size !== labels.length) return null;
  // A row's seven counts on one line: the dump prints whole rows, which the row readers read and check (mutool's stext).
  if (boxes.some((b) => b.box?.values.some((line) => line.length >= WIDTH))) return null;
  // Page after page: each page's boxes start where the previous page's trees stopped, its rows right after the previous
  // page's (a page break: the next page's label column and counts come after every box of the page above; 2026-12-06 miner51).
  const pages: TreePage[] = [];
  for (let start = 0; ; ) {
    const page = pageTree(boxes, start, end, budget, countsOnly);
    if (!page || (pages.length > 0 && page.first !== pages.at(-1)!.first + pages.at(-1)!.rows)) break;
    pages.push(page);
    start = page.taken;
    // A page-fed dump's page holds its own labels only (n): the next feed's page goes on where it stops.
    if (page.rows === page.n && (!page.fed || page.first + page.rows >= specs.length)) break;
  }
  if (pages.length === 0) return null;
  // Pages chained only as far as the table's end: trees of several pages stopping short of it are no page chain (plain
  // pdftotext writing a Chromium print's cells a paragraph each, its (五) rows ragged: test/ragged-band) — the first page's
  // trees alone are read, as before pages were chained.
  // A page-fed dump's pages are each read whole (every row its labels name), so a chain of them stopping short is the table's
  // first pages (fresh54 f040: rows 0–20 on two pages, the third page's boxes in no guillotine order).
  if (pages.length > 1 && !pages.every((p) => p.fed) && pages.at(-1)!.first + pages.at(-1)!.rows < specs.length) pages.splice(1);
  // Candidates by template row (all pages'); a row is placed when each of its cells has one.
  const solvePages = (): Domains | null => {
    const placed: Domains = specs.map(() => Array.from({ length: WIDTH }, () => new Set<number>()));
    for (const p of pages) for (let r = 0; r < p.rows; r++) placed[p.first + r] = p.cand[r]!;
    const rowOf = new Map<number, number>();
    placed.forEach((row, r) => { if (row.every((s) => s.size > 0)) rowOf.set(r, r); });
    const all = identities(rowOf, specs);
    const narrowed = (ids: typeof all): Domains | null => {
      let d: Domains = placed.map((row) => row.map((s) => new Set(s)));
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const size = d.flat().reduce((s, set) => s + set.size, 0);
        if (!ids.every((id) => narrow(d, id))) return null;
        const next: Domains = d.map((row) => row.map((s) => new Set(s)));
        for (const p of pages) {
          // Each page's trees again, its cells as narrowed (the other pages' rows allowed nothing: the trees stay on this page's).
          const allowed = Array.from({ length: p.n }, (_, r) => d[p.first + r]!.map((s) => (r < p.rows && s.size > 0 ? s : new Set([-1]))));
          const again = p.search(allowed);
          if (!again) return null;
          for (let r = 0; r < p.rows; r++) if (rowOf.has(p.first + r)) next[p.first + r] = again.cand[r]!;
        }
        d = next;
        if (d.flat().reduce((s, set) => s + set.size, 0) === size) break;
      }
      return d;
    };
    // An identity no tree keeps: one printed cell wrong (a report's own total) when that one cell alone explains every identity
    // the trees' placed cells break; the rest are narrowed by the identities not through it, the wrong cell read as printed.
    const d = narrowed(all);
    if (d) return d;
    const site = printedWrongSite(placed, all);
    return site && narrowed(all.filter((id) => !id.some(([r, c]) => r === site[0] && c === site[1])));
  };
  const dom = solvePages();
  // The labels' boxes taken as a column of the page's grid, and an identity no such tree keeps: pdfminer grouped a label with
  // other rows' labels (fresh55 f025: （七）总计's box among rows 21–22's, its counts at the page's end) — the counts alone, read
  // only whole (every identity through them). A chain no trees of which keep the identities is not read otherwise: which
  // page's trees are wrong they do not say (fresh54 f009, a LibreOffice print: its first page read alone, the column identities
  // gone with the second, had two applicant columns of 0s and 1s exchanged).
  if (!dom) {
    const counts = !countsOnly && pages.some((p) => p.labelColumn) ? readAs(lines, end, specs, budget, feeds, true) : null;
    return counts?.whole ? counts : null;
  }
  const used: number[] = [];
  const rows: BoxRows['rows'] = [];
  const read = (spec: number): boolean => dom[spec]!.every((s) => s.size === 1);
  for (const p of pages) {
    // Page-fed pages are read up to their first row left open: the rows after it, and the later pages' boxes, are left to the
    // region's other readers (fresh55 f025: 七/结转下年 read after 15 rows open, a stream reader took them for rows 8–9).
    const open = p.fed ? Array.from({ length: p.rows }, (_, r) => p.first + r).find((spec) => !read(spec)) : undefined;
    const inPage = (spec: number): boolean => spec >= p.first && spec < (open ?? p.first + p.rows);
    for (const b of boxes.slice(p.from, p.taken)) {
      if (b.labels.every((l) => inPage(l.spec)) && (b.box !== null || b.labels.length > 0)) pushAll(used, b.lines);
      for (const l of b.labels) {
        if (!inPage(l.spec)) continue;
        const cells = dom[l.spec]!;
        if (read(l.spec)) rows.push({ spec: l.spec, text: l.text, line: b.lines[0]!, cells: cells.map((s) => String([...s][0])), lines: [] });
      }
    }
    if (open !== undefined) break;
  }
  rows.sort((a, b) => a.spec - b.spec);
  // Bands reading part of the table are no reading: their rows would stand in for the region's lines, whose other readers
  // may read the rest (g5520 f007: the stream's 办理 and 结转下年 rows lost to bands reading 23 rows, none of them read).
  const bands = pages.some((p) => p.bands);
  if (bands && rows.length < specs.length) return null;
  return rows.length > 0 ? { rows, used, whole: rows.length === specs.length, bands } : null;
}
