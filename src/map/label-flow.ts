/**
 * @file Table 三 read as two flows (plain `pdftotext`, no `-layout`, of a narrow page: A5, B5 with
 * narrow margins, a 140 mm page). pdftotext cuts such a table into text blocks: the labels and the
 * first value column (sometimes the first few) sit in one block column, the other value columns
 * in others, and it prints the blocks in an order that changes from page to page — a row's first
 * value beside its wrapped label (`的，只计这一情形，不计其 67`) before the row above has printed its
 * other cells, a row's other cells before its label, a label wrapped around its values line
 * (`认或重新出具已获 0` between `5.要求行政机关确` and `取信息`). What stays in order:
 *   - the *label flow*: a values line whose label (or the label text just above it) names one
 *     template row holds that row's first cells;
 *   - the *value flow*: every other values line, taken together, is the rest of each row's cells,
 *     row after row in template order.
 * A label a narrow cell wraps over several lines, its first value on a middle line (`1.属于` /
 * `国家秘 0` / `密`), names its row by those lines joined (from the last that starts an item); the
 * gap between such a label piece and its value is layout, not an empty cell.
 * So each template row reads its label-flow cells, then as many value-flow tokens as it still
 * lacks. A row is read only when its own identity (its total) then holds; where it does not (a value
 * pdftotext moved to the page's end, a label not recognised) the alignment goes on past it: the row
 * left unread, taking its width − 2 … + 1 tokens (cost {@link UNREAD_COST}; no token is skipped inside the
 * table — a skip let a row whose own values had moved read the next row's), the cheapest alignments
 * kept. A row whose total holds only with its last token as its first cell is read so (cost
 * {@link ROTATED_COST}) when its own label line named it; named by the lines around it, that token may
 * as well be any of its parts moved to the end, so the row is not determined. A row is filled only when every cheapest alignment reads it, and reads
 * it alike (also with each label line's values put back into the value flow: determinedRows); the filled rows must break no identity of the table and agree with every row the labels
 * resolved (else nothing is filled: the flows were not what this assumes; a row placed by order alone
 * that the flows read otherwise is reopened, ambiguous between both, and filled from them). Placed by position, so
 * below 0.9: a row of zeros keeps its total wherever it is read.
 * The reading counts only where it reads at least as many rows as it leaves unread: a layout analyser's box
 * order (pdfminer) leaves most rows unread and keeps a few totals by chance ({@link MAX_UNREAD_SHARE}); such
 * rows fill only open rows and are marked read in box order (score BOX_ORDER_CAP: well below 0.9 unless an
 * identity through other rows confirms them).
 */
import type { TableRow } from '../tables/build-rows.js';
import type { Identity, RowSpec } from '../template/index.js';
import { count, fillReadRows, labelText, namedRow, namedText, open, rowHolds } from './column-blocks.js';
import { rowMatches } from './join-fragments.js';
import type { TableFill } from './table-fill.js';
import { minOf, pushAll } from '../_internal/extremes.js';

/** Cost of a row left unread (its width − 2 … + 1 value-flow tokens consumed): a row's worth of evidence lost. */
export const UNREAD_COST = 3;
/** Cost of a row read with its first cell printed after its other cells: a reading less usual than in order, more than a row's loss. */
export const ROTATED_COST = 1;
/** Cost of a value-flow token after the last row read by no row (a stray number at the table's end). */
export const SKIP_COST = 1;
/** How much better a label joined with the next line's text must name its row than that text alone (map/split-rows' margin). */
const TAIL_GAIN = 0.1;
/**
 * Most rows the cheapest alignment may leave unread for those it reads to count, as a share of the rows it
 * reads or leaves: the row order of the value flow is an assumption, and a row read is evidence for it only
 * where reading is the rule. A stream a layout analyser printed in its box order (pdfminer `pdf2txt`: the
 * cells one per line, a column or a few columns at a time) leaves most rows unread, and the few it reads are
 * windows whose small counts and zeros keep a row's total by chance (`1 1 3 0 3 0 8` read for `3 1 0 0 1 0 5`,
 * breakit52 miner-L03: 17 of 25 rows unread, 8 read, 7 of those wrong at 0.85); pdftotext's narrow page leaves a
 * row or two (the fixture: 1 of 25).
 */
export const MAX_UNREAD_SHARE = 0.5;
/** Most value-flow tokens a table may hold for the alignment to run (template rows × columns with slack): bounds the table (R × n states). */
const MAX_TOKENS = 400;

/** The two flows of a table region: each row's label-flow cells, and the value flow. */
export interface Flows {
  /** Template row → its cells printed with its label (its first cells). */
  left: Map<number, number[]>;
  /** Every other value, in printed order. */
  right: number[];
  /** Template row → where its label-flow cells were printed in the value flow (the count of value-flow tokens before them). */
  at: Map<number, number>;
  /** Rows named only by the label lines around their values line (namedAround): their chunk may be their first cell as well as their second. */
  around?: ReadonlySet<number>;
}

/**
 * Splits the printed values lines into the two flows. A value that is no plain count (a cell printed
 * and not read — a thousands group cut in a narrow cell, '1,44' —, a dash or '无', a decimal, fused
 * digits) is a token of unknown value, NaN: it keeps its place in the flow, and the row it falls in is
 * never read from the flows (alignFlows leaves it unread). Values lines before the table's first text
 * (its header, a row label) are not the table's: the tail of the table before, printed after this
 * table's heading (plain `pdftotext`: table 二's '315' / '3.85' after heading 三).
 */
export function splitFlows(rows: readonly TableRow[], specs: readonly RowSpec[]): Flows {
  const left = new Map<number, number[]>();
  const right: number[] = [];
  const at = new Map<number, number>();
  const around = new Set<number>();
  const first = rows.findIndex((row) => row.label !== '' || row.pending !== '');
  const lines = first < 0 ? [] : rows.slice(first).filter((row) => row.values.length > 0);
  for (const [i, row] of lines.entries()) {
    const values = printedValues(row).map((v) => count(v) ?? Number.NaN);
    const named = namedRow(row, specs) ?? namedWithTail(row, lines[i + 1], specs);
    const wider = namedAround(row, lines[i + 1], specs);
    // A line's own label piece may name a row ('2.其他' as 3.其他) that its wrapped lines joined name as well
    // and contradict ('2.其他法律行政法规禁止公开' names 3.其他 worse than '2.其他' did): the joined text wins.
    const ownScore = named === null ? 0 : labelScore(labelText(row), named, specs);
    const own = wider !== null && wider.r !== named && (named === null || (wider.score >= ownScore && labelScore(wider.text, named, specs) < ownScore)) ? null : named;
    const r = own ?? wider?.r ?? null;
    if (own === null && r !== null) around.add(r);
    // A row named twice (its label's tail before more values): its later lines are value flow.
    if (r !== null && !left.has(r) && values.length <= specs[r]!.columns.length) (left.set(r, values), at.set(r, right.length));
    else pushAll(right, values);
  }
  return { left, right, at, around };
}

/**
 * The row a values line names with the label text of the next values line (a label wrapped over two
 * values lines: `2.其他法律行政` / `896 73 0`, `法规禁止公开` / `32`, the head alone as near another
 * row, `3.其他`): the joined text names one row and the tail names that row or none.
 */
function namedWithTail(row: TableRow, next: TableRow | undefined, specs: readonly RowSpec[]): number | null {
  const head = labelText(row);
  const tail = next ? labelText(next) : '';
  if (!head || !tail) return null;
  const r = namedText(head + tail, specs);
  if (r === null) return null;
  const alone = namedText(tail, specs);
  const score = (text: string): number => rowMatches({ label: text, pending: '' }, specs).own[r]!.score;
  // The tail a fragment of this row's label (the joined text names it better), not the next row's label.
  return (alone === null || alone === r) && score(head + tail) >= score(tail) + TAIL_GAIN ? r : null;
}

/**
 * A values line's values less the empty cell a label leaves before them (a narrow cell's label piece
 * set apart from its value, `国家秘  0`: the gap is layout, not a cell).
 */
function printedValues(row: TableRow): TableRow['values'] {
  return row.label && row.values[0]?.kind === 'blank' ? row.values.slice(1) : row.values;
}

/** A label text's start: an item number (`1.`, `（一）`, `一、`). */
const LABEL_START = /^(?:\d+[.．、]|[（(][一二三四五六七][）)]|[一二三四]、)/u;

/**
 * The row a values line names with the label lines around it (a label wrapped over several lines of
 * a narrow cell, its value on a middle line: `1.属于` / `国家秘 0` / `密`): the label-only lines just
 * before it from the last that starts an item, its own label, and the label-only lines after it up to
 * the next that starts one, joined; the joined text must name its row better than the line's own.
 */
function namedAround(row: TableRow, next: TableRow | undefined, specs: readonly RowSpec[]): { r: number; score: number; text: string } | null {
  const before = row.pending ? row.pending.split(' ') : [];
  const from = before.map((p) => LABEL_START.test(p)).lastIndexOf(true);
  if (from < 0 && !LABEL_START.test(row.label)) return null;
  const head = (LABEL_START.test(row.label) ? [] : before.slice(from)).join('') + row.label;
  // The label-only lines before the next values line (its pending text; with a label of its own too: those lines were printed before it).
  const after = next?.pending ? next.pending.split(' ') : [];
  const stop = after.findIndex((p) => LABEL_START.test(p));
  const text = head + after.slice(0, stop < 0 ? after.length : stop).join('');
  const r = namedText(text, specs);
  if (r === null || text === labelText(row)) return null;
  const score = labelScore(text, r, specs);
  return score >= labelScore(labelText(row), r, specs) + TAIL_GAIN ? { r, score, text } : null;
}

/** How well `text` names template row `r` (map/join-fragments rowMatches). */
const labelScore = (text: string, r: number, specs: readonly RowSpec[]): number => rowMatches({ label: text, pending: '' }, specs).own[r]!.score;

/** One step of the alignment: from state (row, token) read `row` (values) or leave it, or skip a token. */
interface Edge {
  to: [number, number];
  cost: number;
  read?: number[];
  /** Other readings the same tokens give that the row's identity cannot tell from `read`. */
  also?: number[][];
}

/**
 * A row read with its last token as its first cell (`values`: the row's tokens in printed order):
 * that token may as well be any other of the row's parts printed after the rest (a cell pdftotext
 * moved to the page's end: `16 0 3 1 9 32` / … / `3` for `16 0 3 3 1 9 32`): the row's total holds
 * wherever it goes. Each such reading, the total kept last.
 */
function movedElsewhere(values: readonly number[]): number[][] {
  const moved = values.at(-1)!;
  const parts = values.slice(0, -2);
  return Array.from({ length: parts.length + 1 }, (_, at) => [...parts.slice(0, at), moved, ...parts.slice(at), values.at(-2)!]);
}

/** The rows an alignment reads (template row → values) and its cost. */
export interface Aligned {
  rows: Map<number, number[]>;
  cost: number;
  /** Rows some cheapest alignment leaves unread. */
  unread: number;
  /** Rows every cheapest alignment reads (alike or not). */
  read: number;
}

/**
 * Rows the cheapest alignments of the flows all read alike: template row → its values. `holds`
 * says whether a row's values keep its own identity.
 */
export function alignFlows(flows: Flows, specs: readonly RowSpec[], holds: (r: number, values: number[]) => boolean): Aligned {
  const R = specs.length;
  const n = flows.right.length;
  if (n > MAX_TOKENS) return { rows: new Map(), cost: Number.POSITIVE_INFINITY, unread: R, read: 0 };
  const edges = (r: number, q: number): Edge[] => {
    const out: Edge[] = [];
    if (r === R) {
      if (q < n) out.push({ to: [r, q + 1], cost: SKIP_COST });
      return out;
    }
    const own = flows.left.get(r) ?? [];
    const need = specs[r]!.columns.length - own.length;
    // A token of unknown value (NaN: a cell printed and not read) in the row's window: the row is not read.
    if (q + need <= n && !own.some(Number.isNaN) && !flows.right.slice(q, q + need).some(Number.isNaN)) {
      const values = [...own, ...flows.right.slice(q, q + need)];
      // Else the row's first cell printed after its other cells (its label line then holds its second: `2.重复申请 1` / `0 0 0 0 1` / `0`).
      const rotated = [...values.slice(-1), ...values.slice(0, -1)];
      if (holds(r, values)) out.push({ to: [r + 1, q + need], cost: 0, read: values });
      else if (own.length > 0 && need > 0 && holds(r, rotated)) out.push({ to: [r + 1, q + need], cost: ROTATED_COST, read: rotated, ...(flows.around?.has(r) ? { also: movedElsewhere(values) } : {}) });
    }
    // Unread: the row's tokens are there, up to two too few or one too many (values moved away, a stray one).
    for (let m = Math.max(0, need - 2); m <= need + 1 && q + m <= n; m++) out.push({ to: [r + 1, q + m], cost: UNREAD_COST });
    return out;
  };
  // Forward costs (states in row-major order of (r, q) are topological: every edge raises r or q);
  // each reached state's edges kept for the backward pass and the readings.
  const INF = Number.POSITIVE_INFINITY;
  const idx = (r: number, q: number): number => r * (n + 1) + q;
  const fwd = new Array<number>((R + 1) * (n + 1)).fill(INF);
  const reached = new Array<Edge[] | undefined>((R + 1) * (n + 1));
  fwd[0] = 0;
  for (let r = 0; r <= R; r++) {
    for (let q = 0; q <= n; q++) {
      const f = fwd[idx(r, q)]!;
      if (f === INF) continue;
      const es = (reached[idx(r, q)] = edges(r, q));
      for (const e of es) fwd[idx(...e.to)] = Math.min(fwd[idx(...e.to)]!, f + e.cost);
    }
  }
  const bwd = new Array<number>((R + 1) * (n + 1)).fill(INF);
  bwd[idx(R, n)] = 0;
  for (let r = R; r >= 0; r--) {
    for (let q = n; q >= 0; q--) {
      for (const e of reached[idx(r, q)] ?? []) bwd[idx(r, q)] = Math.min(bwd[idx(r, q)]!, e.cost + bwd[idx(...e.to)]!);
    }
  }
  const best = bwd[0]!;
  // Per row: the readings on cheapest alignments, and whether some cheapest alignment leaves it unread.
  const readings = new Map<number, Set<string>>();
  const unread = new Set<number>();
  for (let r = 0; r < R; r++) {
    for (let q = 0; q <= n; q++) {
      const f = fwd[idx(r, q)]!;
      if (f === INF) continue;
      for (const e of reached[idx(r, q)]!) {
        if (e.to[0] === r || f + e.cost + bwd[idx(...e.to)]! !== best) continue;
        for (const read of e.read ? [e.read, ...(e.also ?? [])] : []) (readings.get(r) ?? readings.set(r, new Set()).get(r)!).add(read.join(' '));
        if (!e.read) unread.add(r);
      }
    }
  }
  const out = new Map<number, number[]>();
  for (const [r, set] of readings) if (!unread.has(r) && set.size === 1) out.set(r, [...set][0]!.split(' ').map(Number));
  const read = [...readings.keys()].filter((r) => !unread.has(r)).length;
  return { rows: out, cost: best, unread: unread.size, read };
}

/**
 * The rows of {@link alignFlows} that the flows determine: a label line's values are the row's
 * first cells only by assumption (a row's first value printed before its label leaves the label
 * beside its second: `四、结转下年度继续办理` / `2` for `0 2 0 0 0 0 2`), so each label-flow chunk is
 * also tried as value flow where it was printed; the cheapest readings are kept (a chunk put back that
 * makes the reading cheaper wins: `（七）总计` / `0` where the 0 is the row above's), and a row two of
 * them read otherwise is not determined (a row of zeros and one value keeps its total in either).
 * Where the cheapest reading leaves more rows unread than it reads (MAX_UNREAD_SHARE) the rows it reads are
 * chance, not the flows' order: `seen.chance` is set (the caller keeps them well below 0.9).
 */
export function determinedRows(flows: Flows, specs: readonly RowSpec[], holds: (r: number, values: number[]) => boolean, seen: { chance?: boolean } = {}): Map<number, number[]> {
  const readings = [alignFlows(flows, specs, holds)];
  for (const [r, chunk] of flows.left) {
    const left = new Map(flows.left);
    left.delete(r);
    const q = flows.at.get(r)!;
    const right = [...flows.right.slice(0, q), ...chunk, ...flows.right.slice(q)];
    readings.push(alignFlows({ ...flows, left, right }, specs, holds));
  }
  // The cheapest readings (the labels' reading first: a chunk put back must make the reading cheaper to win).
  const best = minOf(readings.map((a) => a.cost));
  const [first, ...others] = readings.filter((a) => a.cost === best);
  // Rows read among more left unread are chance, not the flows' order (MAX_UNREAD_SHARE).
  seen.chance = first!.unread > MAX_UNREAD_SHARE * (first!.unread + first!.read);
  const out = new Map(first!.rows);
  for (const alt of others) for (const [row, values] of alt.rows) if (out.has(row) && out.get(row)!.join(' ') !== values.join(' ')) out.delete(row);
  return out;
}

/**
 * Whether a row's values keep its own identities (column-blocks rowHolds), remembered per row and
 * values: the alignments ask the same windows again and again (each state three times, once per
 * label-flow chunk tried as value flow).
 */
export function rowCheck(table: string, specs: readonly RowSpec[], identities: readonly Identity[]): (r: number, values: number[]) => boolean {
  const seen = new Map<string, boolean>();
  return (r, values) => {
    const key = `${r}:${values.join(' ')}`;
    let holds = seen.get(key);
    if (holds === undefined) seen.set(key, (holds = rowHolds(table, specs[r]!, values, identities)));
    return holds;
  };
}

/**
 * Fills the rows of `fill` the row reading left open from the two flows of its printed `rows`
 * (in place); returns the keys it changed.
 */
export function fillFromLabelFlow(fill: TableFill, rows: readonly TableRow[]): string[] {
  const { table, specs, identities, fields } = fill;
  const keys = specs.map((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  if (!keys.flat().some((k) => open(fields.get(k)))) return [];
  const flows = splitFlows(rows, specs);
  if (flows.right.length === 0) return [];
  const seen: { chance?: boolean } = {};
  const read = determinedRows(flows, specs, rowCheck(table, specs, identities), seen);
  const differs = (r: number, values: readonly number[]) => keys[r]!.flatMap((k, c) => (!open(fields.get(k)) && fields.get(k)!.value !== values[c] ? [k] : []));
  // Every row the labels resolved that the flows read must read alike: otherwise the flows are not these.
  // (The row reading's rows placed by order alone carry its row evidence; a step before this one placed by position without it.)
  const byOrder = (k: string): boolean => fill.placements.get(k)?.by === 'position' && fill.placements.get(k)?.row !== undefined;
  for (const [r, values] of read) if (!differs(r, values).every(byOrder)) return [];
  // A row the rows placed by order alone (a values line after label-less lines) that the flows read otherwise: reopened.
  for (const [r, values] of seen.chance ? [] : read) {
    for (const k of differs(r, values)) {
      const f = fields.get(k)!;
      const both = [...new Set([f.value!, values[keys[r]!.indexOf(k)]!])].sort((a, b) => a - b);
      fields.set(k, { value: null, flags: [...new Set([...f.flags, 'ambiguous' as const])], candidates: both });
    }
  }
  if (seen.chance) for (const [r] of read) if (keys[r]!.some((k) => !open(fields.get(k)))) read.delete(r);
  const filled = fillReadRows(fill, read, rows, 'flow', 'label-flow cells and the value flow in row order');
  // Rows read by chance in a stream of another order (a layout analyser's boxes): kept, well below 0.9 unless an identity through other rows confirms them.
  if (seen.chance) for (const k of filled) if (fill.placements.get(k)) Object.assign(fill.placements.get(k)!, { orderUnconfirmed: true, boxOrdered: true });
  return filled;
}
