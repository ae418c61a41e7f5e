/**
 * @file One search aligning a table's value tokens, in printed order, to the template grid when
 * the labels did not stay beside their values (plain `pdftotext`: a page's labels in a pile, its
 * values one per line, row by row or column by column; an archiver that collapsed repeated lines;
 * a converter that broke a number over two lines). The rows, in template order, are cut into
 * blocks of consecutive rows, each printed row by row or column by column, and the tokens are
 * consumed cell by cell with these moves, each with a cost (STREAM_COST):
 *  - one:      a token is one cell (0);
 *  - collapse: the cell repeats the previous token's value — a run of identical cells printed once
 *              (0; only in a collapsed stream, and only row by row: a run may run on into the next row);
 *  - join:     two adjacent tokens are one number split in two (`1` `62` → 162) (1); in a collapsed
 *              stream also a token with itself, its two equal pieces printed once (`1` → 11) (1);
 *  - skip:     a stray token is not a cell (2);
 *  - split:    a token is the digits of 2 or 3 touching cells of a row printed with no gap
 *              ('81833671' for 8183 | 3671) (1 per cut; row by row only; map/fused-split);
 *  - columns:  a page printed column by column whose columns came in another order (pdfminer and
 *              mutool print a ruled table's cells as text boxes, one column's cells a box or a few,
 *              the boxes not always left to right) (1; see permutedColumnReads);
 *  - split:    a band of rows printed left columns first, then right columns, each part in blocks
 *              row by row or column by column (LibreOffice's 2019 table 三 through plain
 *              `pdftotext`: 其他 and 总计 read as flows of their own) (1; map/split-band);
 *  - ragged:   a band of rows each printed its first k_r cells beside its label (k_r per row), then
 *              every row's other cells as one flow (a Chromium rowspan group through plain
 *              `pdftotext`) (2: it has more ways to hold than a split at one column; map/split-band).
 * (A token the tokenizer marked fusable — digits glued to text — stops this search: its cuts are the row reading's.)
 * A stream with fewer tokens than cells is read only when its runs can give the cells missing
 * (at most MAX_STREAM_CUTS): the budgets of cost then start at the cuts it needs.
 * A block printed column by column is a page of values: when the stream marks breaks (a label or
 * a page number before a value) it starts and ends at one, and it takes one repair at most — except the
 * table's last rows as a flow of their own right after the rows above (no break before it), read only
 * as a page ending exactly at the stream's end with no repair.
 * Every row must keep the identities lying inside it (its total). The readings form a graph of
 * states (row, token, run, cost); it is cut at the states every reading passes through, and each
 * segment's readings are listed (at most MAX_ALIGNED_READINGS) for the solver, which ranks the
 * segments' combinations by the identities of the whole table, then by cost; where the survivors
 * disagree the field is ambiguous. The search is run with a growing budget of cost (0, then 1, …
 * MAX_ALIGN_COST) and stops at the first budget under which some reading keeps every identity.
 * Asked for (`breaks`, map/stream-breaks), a reading may let that many rows break their own
 * identities as printed (a report that prints a wrong total: TEMPLATE.md keeps the printed number),
 * each such row read as printed, cell by cell, with no repair in it.
 * A search too large (MAX_ALIGN_NODES: counted, not timed, so that the output does not depend on the machine's load) gives null, and a segment with too many
 * readings is left out: a partial list could make a wrong reading look unique.
 */
import type { FieldFlag } from '../schema/report.js';
import { EPSILON, identityKeys, parsePart, propagate } from '../solve/propagate.js';
import type { CellValue } from '../solve/types.js';
import type { Identity, RowSpec } from '../template/index.js';
import { decodeRunBlock, MAX_DECODE_NODES, type CellSum } from './run-decode.js';
import { workOf } from '../solve/work.js';
import { END, MAX_ALIGNED_READINGS, segmentsOf, stateKey, type BlockRead, type Edge, type Mark, type Segment, type State } from './stream-segments.js';
import { tick } from '../_internal/work-budget.js';
import { cutRoom, cutsOf, MAX_STREAM_CUTS } from './fused-split.js';
import { MAX_LONG_RAGGED_ROWS, MAX_RAGGED_ROWS, MAX_SPLIT_ROWS, raggedBandReads, splitBandReads } from './split-band.js';

export { MAX_ALIGNED_READINGS, type Segment } from './stream-segments.js';

/** A value token of the stream: its value and its digits as printed. */
export interface StreamToken {
  value: number;
  raw: string;
  /** Something other than a value was printed just before it (a label, a page number): a page of values may start here. */
  breakBefore?: boolean;
  /** Its value read once when its digits were printed twice ('2255' → 25, '00' → 0), in a stream that shows such doubling (a fake-bold row). */
  once?: number;
  /**
   * Printed on one line with other values (a row's line of a `-layout` or `-raw` dump): an archiver
   * collapsing repeated lines never collapses it, so it stands for no run of cells (a table 四 the
   * page clipped after 12 cells had its last '0' read as three, 0 at 0.85 for 2, 1, 3).
   */
  inRow?: boolean;
}

/** One reading of the table: each row's values in template column order (undefined: a cell the stream leaves open), the flags of each cell, its cost. */
export interface AlignedReading {
  rows: (number | undefined)[][];
  flags: FieldFlag[][][];
  cost: number;
}

/** Cost of each move (see the file header). A skip costs more than a join: a split number is the commoner fault. */
export const STREAM_COST = { one: 0, collapse: 0, join: 1, skip: 2, undouble: 1, columns: 1, split: 1, ragged: 2 } as const;
/** Most distinct readings of one page whose columns came out of order (more: the page is not read so). */
export const MAX_COLUMN_ORDERS = 120;
/** Largest total cost of a reading's repairs (one skip and one join, or three joins). */
export const MAX_ALIGN_COST = 3;
/**
 * Most search steps of one budget of cost (a 25-row table with its pages tried takes some 10^4–10^5;
 * a collapsed one at budget 1, its runs free at every cell, some 5·10^5: about 0.2 s).
 */
export const MAX_ALIGN_NODES = 1_000_000;
/** Fewest rows for a whole-table alignment (a short table gains nothing over its row labels). */
const MIN_ROWS = 4;

/** What a search did (for the trace and the bench). */
export interface AlignStats {
  nodes: number;
  cap: number;
  overflow: boolean;
  readings: number;
}


/** A row identity compiled to column indexes: values[total] = Σ sign · values[part]. */
export interface RowCheck {
  total: number;
  parts: { c: number; sign: number }[];
}

function compileRowChecks(keys: readonly string[], identities: readonly Identity[]): RowCheck[] {
  const index = new Map(keys.map((k, i) => [k, i]));
  return identities
    .filter((id) => identityKeys(id).every((k) => index.has(k)))
    .map((id) => ({ total: index.get(id.total)!, parts: id.parts.map((p) => ({ c: index.get(parsePart(p).key)!, sign: parsePart(p).sign })) }));
}

const holds = (checks: readonly RowCheck[], row: readonly number[]): boolean =>
  checks.every((ck) => Math.abs(ck.parts.reduce((s, p) => s + p.sign * row[p.c]!, 0) - row[ck.total]!) < EPSILON);

/**
 * The readings of a page of h rows printed column by column, its w columns in an unknown order
 * (`cols`: the printed columns, each its h values top to bottom): every assignment of printed
 * columns to template columns under which every row keeps its identities, distinct grids only,
 * with the template columns each reading filled from another printed place (`moved`). Only for rows
 * whose one identity is a total of all the other columns (table 三's rows): the total column is the
 * one equal to the others' sum in every row, and the other columns may stand in any order — the row
 * identities do not tell them apart, so each order is a reading and the table's column identities
 * (the sums over rows, which span the other pages) choose, or the solver leaves them ambiguous.
 * When there are more than MAX_COLUMN_ORDERS such readings (six unlike columns: 720), only the
 * orders with one printed column moved elsewhere are read (a box printed out of its place); null
 * when the rows are not of that kind.
 */
export function permutedColumnReads(cols: readonly (readonly number[])[], checks: readonly RowCheck[][]): { rows: number[][]; moved: boolean[] }[] | null {
  const w = cols.length;
  const h = cols[0]?.length ?? 0;
  if (w < 3 || h < 2 || checks.length !== h) return null;
  const { total, parts } = checks[0]?.[0] ?? { total: -1, parts: [] };
  const allPlus = (cks: readonly RowCheck[]): boolean => cks.length === 1 && cks[0]!.total === total && cks[0]!.parts.length === w - 1 && cks[0]!.parts.every((p, i) => p.sign === 1 && p.c === parts[i]!.c);
  if (total < 0 || !checks.every(allPlus)) return null;
  const slots = parts.map((p) => p.c);
  const key = (c: readonly number[]): string => c.join(',');
  // The printed columns that can be the total: equal to the others' sum in every row.
  const totals = cols.map((_, t) => t).filter((t) => {
    for (let r = 0; r < h; r++) if (Math.abs(cols.reduce((s, c, j) => (j === t ? s : s + c[r]!), 0) - cols[t]![r]!) >= EPSILON) return false;
    return true;
  });
  const out: { rows: number[][]; moved: boolean[] }[] = [];
  const seen = new Set<string>();
  /** `order[slot]`: the printed column read as template column `slot`; false when past MAX_COLUMN_ORDERS. */
  const add = (order: readonly number[]): boolean => {
    const g = order.map((j) => key(cols[j]!)).join(';');
    if (seen.has(g)) return true;
    seen.add(g);
    if (out.length >= MAX_COLUMN_ORDERS) return false;
    const rows = Array.from({ length: h }, (_, r) => order.map((j) => cols[j]![r]!));
    out.push({ rows, moved: order.map((j, slot) => j !== slot && key(cols[j]!) !== key(cols[slot]!)) });
    return true;
  };
  // Every order of the other columns over the part slots (the row identities do not tell them apart).
  const every = (): boolean => {
    for (const t of totals) {
      const order = new Array<number>(w).fill(-1);
      order[total] = t;
      const used = new Set<number>([t]);
      const walk = (k: number): boolean => {
        if (k === slots.length) return add(order);
        const tried = new Set<string>();
        for (let j = 0; j < w; j++) {
          if (used.has(j) || tried.has(key(cols[j]!))) continue;
          tried.add(key(cols[j]!));
          used.add(j);
          order[slots[k]!] = j;
          const ok = walk(k + 1);
          used.delete(j);
          if (!ok) return false;
        }
        return true;
      };
      if (!walk(0)) return false;
    }
    return true;
  };
  if (every()) return out;
  // Too many to list: only the orders with one printed column (a text box) moved elsewhere, those whose rows hold.
  out.length = 0;
  seen.clear();
  for (let j = 0; j < w; j++) {
    for (let k = 0; k < w; k++) {
      if (k === j) continue;
      const order = Array.from({ length: w }, (_, i) => i).filter((i) => i !== j);
      order.splice(k, 0, j);
      if (!totals.includes(order[total]!)) continue;
      if (!add(order)) return null;
    }
  }
  return out;
}

/** Fewest tokens of a row printed twice for the row to be read once (a lone '11' is eleven as often as one printed twice). */
const MIN_TWICE_IN_ROW = 2;

/**
 * The values of a row printed twice, read once: each token that reads so read once, the others as
 * printed (the layout may already have read a cell once); null when fewer than MIN_TWICE_IN_ROW
 * tokens read so, or the row runs past the stream.
 */
function onceRow(row: readonly (StreamToken | undefined)[]): number[] | null {
  if (row.some((t) => t === undefined) || row.filter((t) => t!.once !== undefined).length < MIN_TWICE_IN_ROW) return null;
  return row.map((t) => t!.once ?? t!.value);
}

/** Two tokens that may be pieces of one integer: digits only, the first not starting with 0. */
const joinable = (a: StreamToken | undefined, b: StreamToken | undefined): boolean => !!a && !!b && /^[1-9]\d*$/.test(a.raw) && /^\d+$/.test(b.raw);

/**
 * The readings of `tokens` as the rows `specs` of `table` (all of them, in order), as segments:
 * runs of rows that every reading cuts at the same token (each segment's readings are independent
 * of the others'), each with its readings and their costs. Tried with a growing budget of cost;
 * `accept` says whether the segments of one budget hold a reading that keeps every identity (the
 * caller solves them). null when no budget gives one, or the search is too large.
 * `collapse`: the stream is one whose repeated lines were collapsed (runs are free moves).
 */
export function alignSegments(
  table: string,
  tokens: readonly StreamToken[],
  specs: readonly RowSpec[],
  identities: readonly Identity[],
  accept: (segments: Segment[]) => boolean,
  collapse = false,
  stats?: AlignStats,
  cuts: readonly boolean[] = [],
  /** Most rows a reading may let break their own identities as printed (not in a collapsed stream). */
  breaks = 0,
): Segment[] | null {
  const n = specs.length;
  if (n < MIN_ROWS) return null;
  const cells = specs.reduce((s, x) => s + x.columns.length, 0);
  // Without runs every cell takes at least one token and a token at most one cell (or half of one),
  // or the cells of a fused run (one cut per cell missing, each a unit of cost).
  const short = collapse ? 0 : Math.max(0, cells - tokens.length);
  if (short > Math.min(MAX_STREAM_CUTS, cutRoom(tokens.map((t) => t.raw)))) return null;
  if (!collapse && tokens.length > cells + MAX_ALIGN_COST) return null;
  const checks = specs.map((s) => compileRowChecks(s.columns.map((c) => `${table}.${s.key}.${c}`), identities));
  const least = short * STREAM_COST.split;
  for (let cap = least; cap <= least + MAX_ALIGN_COST; cap++) {
    const segments = searchUpTo(tokens, specs, checks, collapse, cap, stats, cuts, collapse ? 0 : breaks);
    if (stats) stats.cap = cap;
    if (segments === null) return null;
    if (segments.length > 0 && accept(segments)) return segments;
  }
  return null;
}

/** Every whole reading (the segments' product, when at most MAX_ALIGNED_READINGS) that keeps the identities; null when none or too many. */
export function alignStream(table: string, tokens: readonly StreamToken[], specs: readonly RowSpec[], identities: readonly Identity[], collapse = false): AlignedReading[] | null {
  const allKeys = specs.flatMap((s) => s.columns.map((c) => `${table}.${s.key}.${c}`));
  const tableIds = identities.filter((id) => identityKeys(id).every((k) => allKeys.includes(k)));
  let kept: AlignedReading[] = [];
  const accept = (segments: Segment[]): boolean => {
    let whole: AlignedReading[] = [{ rows: [], flags: [], cost: 0 }];
    for (const seg of segments) {
      whole = whole.flatMap((w) => seg.readings.map((r) => ({ rows: [...w.rows, ...r.rows], flags: [...w.flags, ...r.flags], cost: w.cost + r.cost })));
      if (whole.length > MAX_ALIGNED_READINGS) return false;
    }
    kept = whole.filter((t) => propagate(new Map<string, CellValue>(allKeys.map((k, i) => [k, t.rows.flat()[i]])), tableIds).violations === 0);
    return kept.length > 0;
  };
  return alignSegments(table, tokens, specs, identities, accept, collapse) && kept.length > 0 ? kept : null;
}



/** The segments of every reading of cost ≤ cap (rows holding their own identities); [] when none, null past the limits. */
function searchUpTo(tokens: readonly StreamToken[], specs: readonly RowSpec[], checks: readonly RowCheck[][], collapse: boolean, cap: number, stats: AlignStats | undefined, cuts: readonly boolean[], breaks: number): Segment[] | null {
  const n = specs.length;
  const widths = specs.map((s) => s.columns.length);
  const T = tokens.length;
  let nodes = 0;
  let overflow = false;
  const tooLarge = (): boolean => {
    tick();
    if (++nodes > MAX_ALIGN_NODES) overflow = true;
    return overflow;
  };

  const decodeWork = workOf(MAX_DECODE_NODES);
  const memo = new Map<string, BlockRead[]>();
  const remembered = (key: string, read: () => BlockRead[]): BlockRead[] => {
    let out = memo.get(key);
    if (!out) memo.set(key, (out = read()));
    return out;
  };
  /** Readings of one row (row by row) from token i, of cost ≤ budget. */
  const rowReads = (r: number, i: number, carry: boolean, budget: number): BlockRead[] => remembered(`r${r}|${i}|${carry}|${budget}`, () => rowReadsOf(r, i, carry, budget));
  const rowReadsOf = (r: number, i: number, carry: boolean, budget: number): BlockRead[] => {
    const k = widths[r]!;
    const out: BlockRead[] = [];
    const values: number[] = [];
    const marks: Mark[] = [];
    let continues = false;
    const walk = (j: number, cost: number, run: boolean): void => {
      if (tooLarge()) return;
      const c = values.length;
      if (c === k) {
        if (holds(checks[r]!, values)) out.push({ rows: [[...values]], marks: [[...marks]], cost, continues, next: j, carry: run });
        // A row breaking its identity is read as printed: a token a cell, no repair.
        else if (breaks > 0 && cost === 0 && j - i === k && marks.every((m) => m === '')) out.push({ rows: [[...values]], marks: [[...marks]], cost, continues, next: j, carry: run, broke: 1 });
        return;
      }
      const push = (v: number, m: Mark, then: () => void): void => {
        values.push(v);
        marks.push(m);
        then();
        values.pop();
        marks.pop();
      };
      if (collapse && run && j > 0 && tokens[j - 1]!.inRow !== true) {
        const prev = c > 0 ? marks[c - 1]! : '';
        if (c > 0) marks[c - 1] = 'collapsed';
        else continues = true;
        push(tokens[j - 1]!.value, 'collapsed', () => walk(j, cost, true));
        if (c > 0) marks[c - 1] = prev;
        else continues = false;
      }
      if (j < T) push(tokens[j]!.value, '', () => walk(j + 1, cost, collapse));
      if (cost + STREAM_COST.join <= budget && joinable(tokens[j], tokens[j + 1])) push(Number(tokens[j]!.raw + tokens[j + 1]!.raw), 'joined', () => walk(j + 2, cost + STREAM_COST.join, false));
      // Two equal pieces of a split number print once in a collapsed stream: a token joins itself ('1' → 11).
      if (collapse && cost + STREAM_COST.join <= budget && joinable(tokens[j], tokens[j])) push(Number(tokens[j]!.raw + tokens[j]!.raw), 'joined', () => walk(j + 1, cost + STREAM_COST.join, false));
      if (cost + STREAM_COST.skip <= budget && j < T) walk(j + 1, cost + STREAM_COST.skip, false);
      // A fused token: the digits of 2 or 3 touching cells of this row, cut where the row's identities hold.
      if (!collapse && j < T && cost + STREAM_COST.split <= budget) {
        for (const pieces of cutsOf(tokens[j]!.raw, k - c)) {
          const more = cost + (pieces.length - 1) * STREAM_COST.split;
          if (more <= budget) pushAll(pieces, () => walk(j + 1, more, false));
        }
      }
    };
    const pushAll = (pieces: readonly number[], then: () => void): void => {
      for (const v of pieces) {
        values.push(v);
        marks.push('segmented');
      }
      then();
      values.length -= pieces.length;
      marks.length -= pieces.length;
    };
    walk(i, 0, carry);
    const once = onceRow(tokens.slice(i, i + k));
    if (once && STREAM_COST.undouble <= budget && holds(checks[r]!, once)) out.push({ rows: [once], marks: [new Array<Mark>(k).fill('repaired')], cost: STREAM_COST.undouble, continues: false, next: i + k, carry: false });
    return out;
  };

  /** Some printed column of the page's first row is the sum of the others (cheap test before listing column orders). */
  const firstRowHasTotal = (i: number, h: number, w: number): boolean => {
    let sum = 0;
    for (let c = 0; c < w; c++) sum += tokens[i + c * h]!.value;
    for (let c = 0; c < w; c++) if (Math.abs(2 * tokens[i + c * h]!.value - sum) < EPSILON) return true;
    return false;
  };
  /** Readings of rows [a, b) (b − a ≥ 2, equal widths) printed column by column from token i, of cost ≤ budget, one repair at most; no runs. */
  const columnReads = (a: number, b: number, i: number, budget: number): BlockRead[] => remembered(`c${a}|${b}|${i}|${collapse ? 0 : budget}`, () => (collapse ? collapsedColumnReads(a, b, i) : columnReadsOf(a, b, i, budget)));
  const columnReadsOf = (a: number, b: number, i: number, budget: number): BlockRead[] => {
    const h = b - a;
    const w = widths[a]!;
    const out: BlockRead[] = [];
    if (i + h * w > T) return out;
    // Without repairs each row's cells are at fixed places: checked row by row, most cuts fail on the first.
    const fixed = (rr: number): number[] => Array.from({ length: w }, (_, c) => tokens[i + c * h + rr]!.value);
    // A row printed twice (fake bold) is read once when it does not hold as printed (one repair each).
    const rows: number[][] = [];
    const rowMarks: Mark[][] = [];
    let undoubled = 0;
    for (let rr = 0; rr < h; rr++) {
      if (tooLarge()) return out;
      const asPrinted = fixed(rr);
      const once = onceRow(Array.from({ length: w }, (_, c) => tokens[i + c * h + rr]!));
      const read = holds(checks[a + rr]!, asPrinted) ? asPrinted : once && holds(checks[a + rr]!, once) ? once : null;
      if (!read) break;
      if (read === once) undoubled++;
      rows.push(read);
      rowMarks.push(new Array<Mark>(w).fill(read === once ? 'repaired' : ''));
    }
    const exact = rows.length === h && undoubled * STREAM_COST.undouble <= budget;
    if (exact) out.push({ rows, marks: rowMarks, cost: undoubled * STREAM_COST.undouble, continues: false, next: i + h * w, carry: false });
    // The page as printed with rows that break their identities (at most `breaks`), the others holding.
    else if (breaks > 0) {
      const asPrinted = Array.from({ length: h }, (_, rr) => fixed(rr));
      const broke = asPrinted.filter((row, rr) => !holds(checks[a + rr]!, row)).length;
      if (broke <= breaks) out.push({ rows: asPrinted, marks: asPrinted.map((row) => row.map((): Mark => '')), cost: 0, continues: false, next: i + h * w, carry: false, broke });
    }
    if (budget === 0) return out;
    // The page's columns as printed but in another order (text boxes not read left to right): every order the rows' identities allow.
    if (!exact && STREAM_COST.columns <= budget && h * w <= T - i && firstRowHasTotal(i, h, w)) {
      const cols = Array.from({ length: w }, (_, c) => Array.from({ length: h }, (_, rr) => tokens[i + c * h + rr]!.value));
      const orders = tooLarge() ? null : permutedColumnReads(cols, checks.slice(a, b));
      for (const o of orders ?? []) out.push({ rows: o.rows, marks: o.rows.map(() => o.moved.map((m): Mark => (m ? 'repaired' : ''))), cost: STREAM_COST.columns, continues: false, next: i + h * w, carry: false });
    }
    const grid = Array.from({ length: h }, () => new Array<number>(w).fill(0));
    const marks = Array.from({ length: h }, (): Mark[] => new Array<Mark>(w).fill(''));
    const walk = (q: number, j: number, cost: number): void => {
      if (tooLarge()) return;
      if (q === h * w) {
        if (cost > 0) out.push({ rows: grid.map((x) => [...x]), marks: marks.map((x) => [...x]), cost, continues: false, next: j, carry: false });
        return;
      }
      const c = Math.floor(q / h);
      const rr = q % h;
      const place = (v: number, m: Mark, nj: number, ncost: number): void => {
        grid[rr]![c] = v;
        marks[rr]![c] = m;
        // The last column completes each row: its identities are checked there.
        if (c === w - 1 && !holds(checks[a + rr]!, grid[rr]!)) return;
        walk(q + 1, nj, ncost);
      };
      if (j < T) place(tokens[j]!.value, '', j + 1, cost);
      // One repair per page: two anywhere in a page of 175 cells are some 10^6 readings to try.
      if (cost > 0) return;
      if (STREAM_COST.join <= budget && joinable(tokens[j], tokens[j + 1])) place(Number(tokens[j]!.raw + tokens[j + 1]!.raw), 'joined', j + 2, STREAM_COST.join);
      if (STREAM_COST.skip <= budget && j < T) walk(q, j + 1, STREAM_COST.skip);
    };
    walk(0, i, 0);
    return out;
  };

  /**
   * Readings of rows [a, b) printed column by column from token i in a collapsed stream: the page's
   * tokens, up to the next page edge, are its h × w cells with runs printed once (map/run-decode;
   * no repairs). Every reading, or the values they all agree on when too many to list.
   */
  const collapsedColumnReads = (a: number, b: number, i: number): BlockRead[] => {
    const h = b - a;
    const w = widths[a]!;
    let e = i + 1;
    while (e < T && !pageEdge(e)) e++;
    // The rows after the block need tokens of their own: a block that takes the stream to its end ends the table.
    if (!marked || e - i > h * w || (e === T && b < n)) return [];
    const sums: CellSum[] = checks.slice(a, b).flatMap((cks, rr) => cks.map((ck) => ({
      cells: [rr * w + ck.total, ...ck.parts.map((p) => rr * w + p.c)],
      signs: [-1, ...ck.parts.map((p) => p.sign)],
    })));
    if (tooLarge()) return [];
    const decoded = decodeRunBlock({ h, w, tokens: tokens.slice(i, e).map((t) => t.value), sums }, decodeWork);
    // The decodes' shared budget spent: the alignment gives up, as past MAX_ALIGN_NODES.
    if (decodeWork.left <= 0) overflow = true;
    if (!decoded || overflow) return [];
    // What every reading agrees on stands for the page only where the labels pin its rows (a page of
    // other rows could also be read so, and its unknown cells would let any table identity hold).
    const pinned = (a === 0 || cuts[a] === true) && (b === n || cuts[b] === true);
    if (decoded.kind === 'summary' && !pinned) return [];
    const read = (rows: (number | undefined)[][], repeated: boolean[][]): BlockRead => ({ rows, marks: repeated.map((row) => row.map((x): Mark => (x ? 'collapsed' : ''))), cost: 0, continues: false, next: e, carry: false });
    return decoded.kind === 'summary' ? [read(decoded.rows, decoded.repeated)] : decoded.readings.map((rd) => read(rd.rows, rd.repeated));
  };

  /** Readings of rows [a, b) printed as a split band from token i (map/split-band): a page of values, its parts starting at page edges; no repairs. */
  const splitReads = (a: number, b: number, i: number): BlockRead[] => remembered(`s${a}|${b}|${i}`, () => {
    const h = b - a;
    const w = widths[a]!;
    const next = i + h * w;
    if (collapse || next > T || !pageEdge(next) || tooLarge()) return [];
    // Rows whose labels start piles of their own inside the band: the left part's blocks start there, at page edges.
    const inside = Array.from({ length: h - 1 }, (_, x) => x + 1).filter((rr) => cuts[a + rr] === true);
    const cutOk = (k: number): boolean => pageEdge(i + h * k) && inside.every((rr) => pageEdge(i + rr * k));
    const rowHolds = (rr: number, row: readonly number[]): boolean => holds(checks[a + rr]!, row);
    const grids = splitBandReads(tokens.slice(i, next).map((t) => t.value), h, w, rowHolds, cutOk, tooLarge, new Set(inside), breaks);
    return (grids ?? []).map((rows) => ({ rows, marks: rows.map((row) => row.map((): Mark => '')), cost: STREAM_COST.columns, continues: false, next, carry: false, broke: rows.filter((row, rr) => !rowHolds(rr, row)).length }));
  });

  /** Readings of rows [a, b) printed as a ragged band from token i (map/split-band): each row's first cells by its label, the rest after the band; no repairs. */
  const raggedReads = (a: number, b: number, i: number): BlockRead[] => remembered(`g${a}|${b}|${i}`, () => {
    const h = b - a;
    const w = widths[a]!;
    const next = i + h * w;
    if (collapse || next > T || !pageEdge(next) || tooLarge()) return [];
    const rowHolds = (rr: number, row: readonly number[]): boolean => holds(checks[a + rr]!, row);
    const grids = raggedBandReads(tokens.slice(i, next).map((t) => t.value), h, w, rowHolds, (left) => pageEdge(i + left), tooLarge, breaks);
    return (grids ?? []).map((rows) => ({ rows, marks: rows.map((row) => row.map((): Mark => '')), cost: STREAM_COST.ragged, continues: false, next, carry: false, broke: rows.filter((row, rr) => !rowHolds(rr, row)).length }));
  });

  /** Cells of rows r.. (for the bound on the cost still to pay). */
  const cellsFrom = widths.reduceRight<number[]>((acc, w, r) => ((acc[r] = w + (acc[r + 1] ?? 0)), acc), [0]);
  cellsFrom[n] = 0;
  /** Cells left that the tokens left cannot give one to one: at least that many cuts are still to pay. */
  const shortFrom = (s: State): number => (collapse ? 0 : Math.max(0, cellsFrom[s.r]! - (T - s.i)));
  // A block printed column by column is a page of values: it starts and ends at a break (when the stream has them).
  const marked = tokens.some((t) => t.breakBefore !== undefined);
  const pageEdge = (i: number): boolean => !marked || i === 0 || i >= T || tokens[i]!.breakBefore === true;
  // The graph of states that reach the end: edges are block readings.
  const edges = new Map<string, Edge[]>();
  const state = new Map<string, State>();
  const reaches = (s: State): boolean => {
    const key = stateKey(s);
    if (edges.has(key)) return edges.get(key)!.length > 0;
    edges.set(key, []);
    state.set(key, s);
    const out: Edge[] = [];
    // Without runs a token gives one cell, or several only by cuts (each a unit of cost), and a token left over costs a repair:
    // a state whose cells left and tokens left differ by more than the budget left reaches no end.
    if (!collapse && Math.abs(cellsFrom[s.r]! - (T - s.i)) > cap - s.cost) {
      edges.set(key, out);
      return false;
    }
    if (s.r === n) {
      const cost = (T - s.i) * STREAM_COST.skip;
      if (s.cost + cost <= cap) out.push({ to: END, read: { rows: [], marks: [], cost, continues: false, next: T, carry: false } });
    } else {
      for (let b = s.r + 1; b <= n && !overflow; b++) {
        if (b - s.r > 1 && widths[b - 1] !== widths[s.r]) break;
        // The table's last rows printed column by column as a flow of their own right after the rows above,
        // no break between (plain `pdftotext` of a Chromium page: 其他处理 … 总计, 结转 as one block): read only
        // as a page ending exactly at the stream's end, no repair.
        const tail = b - s.r > 1 && !pageEdge(s.i);
        if (tail && (b < n || s.i + (b - s.r) * widths[s.r]! !== T)) continue;
        // Rows whose labels lie in different piles are on different pages: one page's block stops there
        // (a split band's left part too; its right part, printed after the piles, may run on: map/split-band).
        const piled = b - s.r > 1 && cuts.slice(s.r + 1, b).some((c) => c === true);
        if (piled && b - s.r > Math.max(MAX_SPLIT_ROWS, MAX_RAGGED_ROWS)) break;
        // A page's tokens: its cells and at most the repairs left (joins and skips take one more each).
        const cellsIn = (b - s.r) * widths[s.r]!;
        if (b - s.r > 1 && shortFrom(s) > cap - s.cost) break;
        if (b - s.r > 1 && !collapse && !Array.from({ length: cap - s.cost + 1 }, (_, x) => s.i + cellsIn + x).some((e) => e <= T && pageEdge(e))) continue;
        // A page cuts no token: what the stream is short of cells is paid by cuts in rows after it, not by the page's repairs.
        const plain = b - s.r === 1 ? rowReads(s.r, s.i, s.carry, cap - s.cost) : piled ? [] : columnReads(s.r, b, s.i, tail ? 0 : cap - s.cost - shortFrom(s)).filter((read) => pageEdge(read.next) && (!tail || read.next === T));
        const split = !tail && b - s.r > 1 && b - s.r <= MAX_SPLIT_ROWS && STREAM_COST.columns <= cap - s.cost - shortFrom(s) ? splitReads(s.r, b, s.i) : [];
        const ragged = !tail && b - s.r > 1 && b - s.r <= MAX_LONG_RAGGED_ROWS && STREAM_COST.ragged <= cap - s.cost - shortFrom(s) ? raggedReads(s.r, b, s.i) : [];
        const reads = split.length > 0 || ragged.length > 0 ? [...plain, ...split, ...ragged] : plain;
        for (const read of reads) {
          // A page the labels begin at row b begins at a page edge of the stream; no run goes on across one.
          const edge = marked && read.next < T && pageEdge(read.next);
          if (b < n && cuts[b] && !edge) continue;
          const broke = (s.broke ?? 0) + (read.broke ?? 0);
          if (broke > breaks) continue;
          const next: State = { r: b, i: read.next, carry: read.carry && !(collapse && edge), cost: s.cost + read.cost, ...(broke > 0 ? { broke } : {}) };
          if (!overflow && reaches(next)) out.push({ to: stateKey(next), read });
        }
      }
    }
    edges.set(key, out);
    return out.length > 0;
  };
  const start: State = { r: 0, i: 0, carry: false, cost: 0 };
  const found = reaches(start);
  if (stats) stats.nodes += nodes;
  if (overflow) {
    if (stats) stats.overflow = true;
    return null;
  }
  if (!found) return [];
  return segmentsOf(stateKey(start), edges, state, n);
}
