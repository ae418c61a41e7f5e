/**
 * @file Table 三 printed wide and split column-wise across pages (a spreadsheet printed without
 * "fit to page", or a converter): the first part prints the row labels and some of the value
 * columns (自然人 … 社会公益组织), the next part the rest (法律服务机构, 其他, 总计) under a header band
 * of its own, its row labels printed again or not at all. Read as it stands, the table has rows of
 * four values and rows of three, twice over. When the parts' header bands (each read by grid position
 * where its lines keep their cells' columns, else line by line: map/part-columns) together name every
 * leaf column exactly once, and every value line of a part prints exactly as many values as its band
 * names columns, the parts are joined side by side on the section's lines before the table is read:
 * a later part's rows matched to the first part's by label when it prints labels (the same labels,
 * each once), by order only when it prints none and has as many rows (`byOrder`: nothing but the
 * identities then confirms that the rows line up). A band whose lines lost their cells' columns and
 * name its columns on several lines leaves their interleaving open: the order whose 总计 the rows'
 * sums place is taken, or, when the values fit orders that read a value differently, the template's
 * (`orderAssumed`: capped). The joined table's header is one line naming the
 * columns in the joined order, so the rest of the map stage reads (and, permuted, follows) it as a
 * whole table. Anything else is left as printed.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { REQUEST_HEADER, REQUEST_LEAVES } from './header-words.js';
import { chooseOrder, joinedOrders, partOrders } from './part-columns.js';

/**
 * The parts joined into one table's lines; `byOrder` when a part printing no labels was matched by
 * row order; `orderAssumed` when a part's band left its columns' order open and the values did not
 * settle it (map/part-columns: the template's order among those the values fit best was taken).
 */
export interface SplitJoin {
  lines: Line[];
  byOrder: boolean;
  orderAssumed: boolean;
  parts: number;
  /** The parts told by their rows' value counts, their header bands unnamed (map/split-counts): the template's order assumed. */
  unnamed?: boolean;
}

/** One part: its header band's first line, its first value line, the line after its last value line (indices into the lines). */
interface Part { band: number; rows: number; end: number }

/** A page number or running footer between the parts ('- 4 -', '第 4 页', '4/12'): no part of either. */
const FURNITURE = /^[\s\-—–－第页共/／\d]*$/;

/** A cell's value token: a number or a not-applicable mark. */
const isValue = (c: string): boolean => {
  const t = c.trim() === '' ? null : parseWholeValue(c.trim());
  return t !== null && (t.kind === 'num' || t.kind === 'na');
};

/**
 * Trailing cells of a line that print a value (a number or a not-applicable mark; a blank ends the
 * run). With `blanks`, on a line whose cells came from real separators (HTML cells, tabs keeping
 * blanks) a blank cell is taken for a value cell printed empty (zeros left blank) while the run
 * prints a value: the count then may take a blank label cell for one (a part's width decides: `fits`).
 */
export function valueCount(l: Line, blanks = false): number {
  let n = 0;
  let printed = 0;
  for (let k = l.cells.length - 1; k >= 0; k--) {
    const c = l.cells[k]!;
    if (c.trim() === '' && blanks && (l.cols || l.separated)) {
      n++;
      continue;
    }
    if (!isValue(c)) break;
    n++;
    printed++;
  }
  return printed > 0 ? n : 0;
}

/** Whether a value line's last `w` cells are its values (blanks as empty value cells on a separated line) and the cell before them none. */
function fits(l: Line, w: number): boolean {
  const n = l.cells.length;
  if (n < w || valueCount(l, true) < w) return false;
  return n === w || !isValue(l.cells[n - w - 1]!);
}

/** A line that prints no value and names a column of table 三 other than 其他 (a row label: '3.其他', '（六）其他处理'): a header band line. */
function namesColumns(l: Line): boolean {
  if (valueCount(l) > 0) return false;
  const norm = normalizeLabel(l.cells.join(''));
  return REQUEST_HEADER.some(([w, k]) => k !== 'otherOrg' && norm.includes(w));
}

/** A one-cell line of page furniture: a number with a page mark around it (a lone number is a value: a part of one column prints them). */
export const isFurniture = (l: Line): boolean => {
  if (l.cells.length > 1) return false;
  const t = l.cells.join('');
  return FURNITURE.test(t) && /\d/.test(t) && !/^\s*\d+\s*$/.test(t);
};

/** The parts of the lines: a header band, then value lines; a band line after value lines starts the next part. */
function partsOf(lines: readonly Line[]): Part[] | null {
  const parts: Part[] = [];
  let open: Part | null = null;
  let run = 0;
  lines.forEach((l, i) => {
    if (valueCount(l, true) > 0 && !isFurniture(l)) {
      // A band whose column words are wrapped over lines of their own, none naming a column whole
      // ('申请人情况 自然' / '人' / '商业企' / '业' …: a reading-order dump of narrow header cells):
      // the lines since the last value line, from the last one naming 申请人, joined.
      const band = open === null || open.rows >= 0 ? wrappedBand(lines, run, i) : null;
      if (band !== null) parts.push((open = { band, rows: -1, end: -1 }));
      run = i + 1;
      if (open && open.rows < 0) open.rows = i;
      if (open) open.end = i + 1;
      return;
    }
    if (!namesColumns(l)) return;
    if (open === null || open.rows >= 0) parts.push((open = { band: i, rows: -1, end: -1 }));
  });
  return parts.length >= 2 && parts.every((p) => p.rows >= 0) ? parts : null;
}

/** The start of a band of wrapped column words in lines [from, to): null unless only their joined text names a column. */
function wrappedBand(lines: readonly Line[], from: number, to: number): number | null {
  if (to - from < 2) return null;
  let start = from;
  for (let k = to - 1; k >= from; k--) if (lines[k]!.cells.join('').includes('申请人')) { start = k; break; }
  const band = lines.slice(start, to);
  if (band.some(namesColumns)) return null;
  const joined: Line = { ...band[0]!, cells: [band.map((l) => l.cells.join('')).join('')] };
  return namesColumns(joined) ? start : null;
}

/** A value line's label: its cells before the values, normalised ('' when it prints none). */
const labelOf = (l: Line, w: number): string => normalizeLabel(l.cells.slice(0, l.cells.length - w).join(''));

/** The value lines of a part, or null unless each prints exactly `width` values (a line re-seated by `reseated` keeps its printed line in `printed`). */
function rowsOf(lines: readonly Line[], p: Part, width: number, printed: Map<Line, Line>): Line[] | null {
  const rows = lines.slice(p.rows, p.end).filter((l) => valueCount(l, true) > 0 && !isFurniture(l));
  const out = rows.map((l) => (fits(l, width) ? l : reseated(l, width) ?? unglued(l, width)));
  out.forEach((l, i) => l !== rows[i] && l && printed.set(l, rows[i]!));
  return out.every((l): l is Line => l !== null) ? out : null;
}

/** A value token: a number. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A separated line printing fewer values than its part names whose label cell ends in the missing
 * values one space after its words (`pdftotext -layout` of a long label running up to its row's
 * values: '1.申请人无正当理由…政府信息公开申请 0 | 0 | 0 | 0', '…公开申请 40 34 | 0'): those values
 * split off as the row's first value cells; null for any other line.
 */
function unglued(l: Line, width: number): Line | null {
  const own = valueCount(l);
  const at = l.cells.length - own;
  if (!l.separated || l.cols || at < 1 || own >= width || l.cells.slice(at).some((c) => c.trim() === '')) return null;
  const words = l.cells[at - 1]!.trim().split(/\s+/);
  const glued = words.slice(words.length - (width - own));
  const label = words.slice(0, words.length - glued.length).join(' ');
  if (glued.length !== width - own || !glued.every((w) => NUMBER.test(w)) || !/\p{L}[^\d\s]*$/u.test(label)) return null;
  const { starts: _starts, cols: _cols, ...rest } = l;
  return { ...rest, cells: [...l.cells.slice(0, at - 1), label, ...glued, ...l.cells.slice(at)] };
}

/**
 * A separated line whose value cells hold blank cells too many at the edges around exactly
 * `width` printed values, contiguous ('label | 0 | 0 | 4 | 4 | ' under a part naming four columns,
 * the row before it 'label | | 31 | 21 | 26 | 20': an HTML table whose rows' colspans disagree,
 * rendered as a grid by pandoc or w3m): the part names `width` columns and the row prints `width`
 * values, so each column has its one value, whichever edge the blank stands at. The values are
 * re-seated on the line's last `width` grid columns; null for any other line.
 */
function reseated(l: Line, width: number): Line | null {
  if (!l.separated) return null;
  const n = valueCount(l, true);
  const at = l.cells.length - n;
  const run = l.cells.slice(at);
  const filled = run.map((c, i) => (c.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  if (n <= width || filled.length !== width || filled.at(-1)! - filled[0]! !== width - 1) return null;
  const values = filled.map((i) => run[i]!);
  const cols = l.cols ? [...l.cols.slice(0, at), ...l.cols.slice(l.cols.length - width)] : undefined;
  const { starts: _starts, cols: _cols, ...rest } = l;
  return { ...rest, cells: [...l.cells.slice(0, at), ...values], ...(cols ? { cols } : {}) };
}

/** `later`'s rows in the order of `first`'s: by label (the same labels, each once), or by order when it prints none; null otherwise. */
function matchRows(first: readonly Line[], later: readonly Line[], widths: readonly [number, number], wrapped: ReadonlyMap<Line, string>): { rows: Line[]; byOrder: boolean } | null {
  const labels = later.map((l) => labelOf(l, widths[1]));
  if (labels.every((t) => t === '')) return later.length === first.length ? { rows: [...later], byOrder: true } : null;
  const own = first.map((l) => labelOf(l, widths[0]));
  const blank = labels.some((t) => t === '') || own.some((t) => t === '');
  if (!blank && new Set(own).size === own.length && new Set(labels).size === labels.length && labels.length === own.length) {
    const at = new Map(labels.map((t, i) => [t, later[i]!]));
    const rows = own.map((t) => at.get(t));
    if (rows.every((r) => r !== undefined)) return { rows: rows as Line[], byOrder: false };
    // Group labels wrapped at each part's own width ('（三）不1.属于…' / '（三）不予1.属于…'): rows by their item numbers (sameItem).
    const raw = (l: Line, w: number): string => l.cells.slice(0, l.cells.length - w).join('').replace(/\s/g, '');
    if (first.every((l, i) => sameItem(raw(l, widths[0]), raw(later[i]!, widths[1])))) return { rows: [...later], byOrder: false };
  }
  // Labels wrapped over lines of their own above the values' line, wrapped differently in each part
  // ('2.其他法律行政法规' / '禁止公开 4 0 0 0' and '2.其他法律行政法规禁止' / '公开 1 1 6'): rows
  // in the same order matched when their labels joined with those lines agree (the same, or one
  // the other's tail or head).
  if (later.length !== first.length) return null;
  const full = (l: Line): string => wrapped.get(l) ?? '';
  return first.every((l, i) => sameRow(full(l), full(later[i]!))) ? { rows: [...later], byOrder: false } : null;
}

/** Item numbers in a label, in order: '（三）', '1.', '一、'. */
const ITEM_MARKS = /[（(][一二三四五六七八九十]+[）)]|\d+[.．]|[一二三四五六七八九十]+、/g;
/** Least share of the shorter label's characters found in the other for two labels to be one row's. */
const MIN_SHARED_CHARS = 0.8;

/**
 * Two parts' labels of one row: the same item numbers in the same order (one part's may be preceded
 * by a group's), and most characters of the shorter in the longer. Each part wraps the group labels of its narrow label column at its own width
 * ('（三）不' / '予公开' in one part, '（三）不予' / '公开' in the other), and their pieces join the
 * rows' labels differently ('（三）不1.属于国家秘密', '（三）不予1.属于国家秘密'): equal labels missed
 * every such row and the parts were not joined.
 */
function sameItem(a: string, b: string): boolean {
  // The row's own item numbers end both labels; a group label before them ('三、本年度办理结果', a
  // cell many rows high printed beside its middle row) lands on the row it is centred on in each
  // part, so one part's marks may start with a group's that the other's lack: the shorter list of
  // marks must end the longer.
  const ma = a.match(ITEM_MARKS) ?? [];
  const mb = b.match(ITEM_MARKS) ?? [];
  const [few, many] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  if (few.length === 0 || few.some((m, i) => m !== many[many.length - few.length + i])) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pool = new Map<string, number>();
  for (const ch of long) pool.set(ch, (pool.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of short) {
    const n = pool.get(ch) ?? 0;
    if (n > 0) (shared++, pool.set(ch, n - 1));
  }
  return shared >= MIN_SHARED_CHARS * short.length;
}

/** Each value line of a part with its label joined after the lines of text above it since the part's previous value line (normalised). */
function wrappedLabels(lines: readonly Line[], p: Part, width: number, into: Map<Line, string>): void {
  let above = '';
  for (const l of lines.slice(p.rows, p.end)) {
    if (isFurniture(l)) continue;
    if (valueCount(l, true) === 0) {
      above += l.cells.join('');
      continue;
    }
    const row = fits(l, width) ? l : reseated(l, width) ?? unglued(l, width) ?? l;
    into.set(l, normalizeLabel(above + row.cells.slice(0, Math.max(0, row.cells.length - width)).join('')));
    above = '';
  }
}

/** Two parts' labels of one row: the same, or one the other's tail or head of at least MIN_WRAPPED_TAIL characters. */
const MIN_WRAPPED_TAIL = 3;
const sameRow = (a: string, b: string): boolean => {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_WRAPPED_TAIL && (long.endsWith(short) || long.startsWith(short));
};

/** A line with the values of `more` appended (grid columns continued after its last). */
function appended(l: Line, more: readonly Line[], widths: readonly number[]): Line {
  const values = more.flatMap((m, i) => m.cells.slice(m.cells.length - widths[i]!));
  const last = l.cols?.at(-1) ?? 0;
  return {
    ...l,
    cells: [...l.cells, ...values],
    ...(l.cols ? { cols: [...l.cols, ...values.map((_, i) => last + 1 + i)] } : {}),
    ...(l.short || more.some((m) => m.short) ? { short: true } : {}),
  };
}

/** The joined header: the first row's label cells left blank, then the columns' words in the joined order. */
function headerLine(first: Line, width: number, order: readonly string[], source: Line): Line {
  const labels = first.cells.length - width;
  const words = order.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]);
  const cols = first.cols ? [...first.cols.slice(0, labels), ...words.map((_, i) => (first.cols![labels - 1] ?? -1) + 1 + i)] : undefined;
  return { cells: [...Array<string>(labels).fill(''), ...words], source: source.source, separated: true, ...(cols ? { cols } : {}) };
}

/** The values of the joined rows in printed order (`widths`: each part's count), rows printing anything but numbers left out. */
function valueRows(parts: readonly (readonly Line[])[], widths: readonly number[]): number[][] {
  return parts[0]!.flatMap((_, i) => {
    const cells = parts.flatMap((rows, p) => rows[i]!.cells.slice(rows[i]!.cells.length - widths[p]!));
    const values = cells.map((c) => parseWholeValue(c)).map((t) => (t?.kind === 'num' ? t.value : null));
    return values.every((v): v is number => v !== null) ? [values] : [];
  });
}

/** A cell of two or more numbers split by single spaces ('181 53 5 6'). */
const VALUE_RUN = /^\s*-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?)+\s*$/;

/**
 * A separated line (a `pdftotext -layout` dump split at wide gaps) whose cells hold runs of values
 * one space apart ('一 本年新收… | 181 53 5 6': the narrow columns of a split table's first part,
 * each gap one space) with each run split into value cells, so the part's value count can be told.
 */
function withRunsSplit(l: Line): Line {
  if (!l.cells.some((c) => VALUE_RUN.test(c))) return l;
  const cells: string[] = [];
  const starts: number[] = [];
  l.cells.forEach((c, i) => {
    const at = l.starts?.[i] ?? 0;
    if (!VALUE_RUN.test(c)) return void (cells.push(c), starts.push(at));
    for (const m of c.matchAll(/\S+/g)) cells.push(m[0]), starts.push(at + m.index!);
  });
  return { ...l, cells, ...(l.starts ? { starts } : {}) };
}

/** A line's text ending in numbers separated by single spaces: the label, then the values ('一 本年新收… 69 27 5 4'). */
const TRAILING_VALUES = /^(.*?\S)((?:\s+(?:-?\d+(?:\.\d+)?|[—\-－/／]))+)\s*$/u;

/**
 * Lines of one cell whose text ends in values split by single spaces (a reading-order dump,
 * `pdftotext -raw`: its words joined by one space, no cells) with those values split off as cells
 * of their own, so the parts' value counts can be told; other lines as they are. Only the values
 * are split (a label's own spaces stay), and a line of values only is one value cell each.
 */
export function withValueCells(lines: readonly Line[]): Line[] {
  return lines.map((l) => {
    if (l.separated && !l.cols) return withRunsSplit(l);
    if (l.separated || l.cells.length !== 1 || l.cols) return l;
    const text = l.cells[0]!;
    const all = text.trim().split(/\s+/);
    if (all.length > 1 && all.every((t) => /^-?\d+(?:\.\d+)?$/.test(t))) return { ...l, cells: all };
    if (isFurniture(l)) return l;
    const m = TRAILING_VALUES.exec(text);
    // (A label is words: '- 5 -', a page number between dashes, is no row.)
    if (!m || !/\p{L}/u.test(m[1]!)) return l;
    const values = m[2]!.trim().split(/\s+/);
    return { ...l, cells: [m[1]!, ...values] };
  });
}

/** Table 三's section lines with its column-split parts joined into one table; null when the lines are not such a table. */
export function joinSplitColumns(input: readonly Line[] | null): SplitJoin | null {
  if (!input) return null;
  const lines = withValueCells(input);
  const parts = partsOf(lines);
  if (!parts) return null;
  const candidates = parts.map((p) => partOrders(lines.slice(p.band, p.rows), lines[p.rows]!));
  if (candidates.some((c) => c === null)) return null;
  const widths = (candidates as string[][][]).map((c) => c[0]!.length);
  const orders = joinedOrders(candidates as string[][][]);
  if (!orders || orders[0]!.length !== REQUEST_LEAVES.length || new Set(orders[0]).size !== orders[0]!.length) return null;
  const printed = new Map<Line, Line>();
  const rows = parts.map((p, i) => rowsOf(lines, p, widths[i]!, printed));
  if (rows.some((r) => r === null || r.length === 0)) return null;
  const first = rows[0]!;
  const wrapped = new Map<Line, string>();
  parts.forEach((p, i) => wrappedLabels(lines, p, widths[i]!, wrapped));
  for (const [line, was] of printed) if (wrapped.has(was)) wrapped.set(line, wrapped.get(was)!);
  const matched = rows.slice(1).map((r, i) => matchRows(first, r!, [widths[0]!, widths[i + 1]!], wrapped));
  if (matched.some((m) => m === null)) return null;
  const { order, assumed } = chooseOrder(orders, valueRows([first, ...matched.map((m) => m!.rows)], widths));
  const joined = first.map((l, i) => appended(l, matched.map((m) => m!.rows[i]!), widths.slice(1)));
  const byRow = new Map(first.map((l, i) => [printed.get(l) ?? l, joined[i]!]));
  const [p0] = parts;
  const body = lines.slice(p0!.rows, p0!.end).map((l) => byRow.get(l) ?? l);
  const out = [...lines.slice(0, p0!.band), headerLine(first[0]!, widths[0]!, order, lines[p0!.band]!), ...body, ...lines.slice(parts.at(-1)!.end)];
  return { lines: out, byOrder: matched.some((m) => m!.byOrder), orderAssumed: assumed, parts: parts.length };
}
