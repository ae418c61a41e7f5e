/**
 * @file A table printed twice, this year's and the previous year's for comparison: the copies, and
 * which of them the captions say is this year's. A copy starts where the table starts again (table
 * 三: its first template rows once more; table 四: values after a line without values, the header
 * again); the lines without values before it are the gap above it, where captions stand. Each
 * caption (map/copy-captions) belongs to the copy below it (the first gap, a colon, '下表为…', or
 * a row of that copy's `<table>`), the copy above it (the last gap, '上表为…', '以上为…', a row of
 * that copy's `<table>`), or either when it stands between copies. A caption that may title either
 * copy is read both ways, unless the document's other captions show where it puts them (a caption
 * above the first copy: captions stand above their tables; under the last: below); a way that gives
 * one copy captions naming both years is no reading. The copies are told apart when every reading
 * ranks the same copy first: this year's ('本年度情况', the report's year) before none before the
 * previous year's ('上年度情况', only earlier years).
 */
import type { SourceRef } from '../model/document.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';
import { canFill } from './align-rows.js';
import { captionPoints, captionSays, namesOnlyYear, type Points, type Says } from './copy-captions.js';
import { maxOf, minOf } from '../_internal/extremes.js';

export { captionSays } from './copy-captions.js';

/**
 * Share of the template's rows a chunk must name (distinct, with values filling their columns) to be
 * a copy of table 三: a whole table printed again, not a few rows whose weak labels start over (a
 * wrapped label '政府信息公开申请' read as 本年新收… near the end of a table printed once).
 */
const MIN_COPY_SHARE = 0.5;
/** Captions that may title either copy read both ways at most (2^n readings). */
const MAX_OPEN_CAPTIONS = 6;

const RANK = { current: 0, none: 1, earlier: 2 } as const;

/** The copies of a table printed twice: each chunk of rows (the gap above a copy, then the copy) and the copy the captions rank first, or null when they do not tell. */
export interface Copies {
  chunks: TableRow[][];
  /** Index of this year's copy; null when nothing tells the copies apart. */
  winner: number | null;
  /** The lines of each gap: gap i above copy i, the last (index = copies) below the last copy (map/summary-copy reads them). */
  gaps: string[][];
}

/** One caption: the gap it stands in (gap i is above copy i; gap n below the last), what it says and which way it points. */
interface GapCaption {
  gap: number;
  says: Says;
  points: Points;
}

const valued = (r: TableRow): boolean => r.values.length > 0;
/** Whether a row is one of a copy's rows (table 三: it names a template row; a caption '表4：…' read as '表' and 4 is none). */
type Body = (r: TableRow) => boolean;
const sourceKey = (s: SourceRef): string => `${s.page ?? ''}:${s.table ?? ''}:${s.row ?? ''}:${s.line ?? ''}`;

/** The template row a row's label names best (index), or -1. */
function namedIndex(row: TableRow, specs: readonly RowSpec[]): number {
  const best = rowMatches(row, specs).best.map((m) => m.score);
  const top = maxOf(best, -1);
  return top >= MIN_LABEL_SCORE ? best.indexOf(top) : -1;
}

/** Rows split where a copy starts (`starts`): the other lines before such a row move with it, as the gap above its copy. */
function chunksOf(rows: readonly TableRow[], body: Body, starts: (row: TableRow, chunk: readonly TableRow[]) => boolean): TableRow[][] {
  const chunks: TableRow[][] = [[]];
  // Whether the last chunk holds a copy's row (the rows a split moves to the next chunk are none: the gap).
  let bodied = false;
  for (const r of rows) {
    const chunk = chunks.at(-1)!;
    const isBody = body(r);
    if (isBody && bodied && starts(r, chunk)) {
      let k = chunk.length;
      while (k > 0 && !body(chunk[k - 1]!)) k--;
      chunks.push(chunk.splice(k));
    }
    chunks.at(-1)!.push(r);
    if (isBody) bodied = true;
  }
  return chunks;
}

/**
 * The lines of a gap: each row's pending lines, and its label when it is no copy's row (a row of its
 * `<table>`: pending text was printed before it) or when it titles its own copy (`titled`: table 四's
 * whole-table rows, '本年' | 15 values), a caption of that copy (`own`).
 */
function gapLines(rows: readonly TableRow[], body: Body, titled?: Body): { text: string; table?: number; own?: boolean }[] {
  return rows.flatMap((r) => {
    const lines: { text: string; table?: number; own?: boolean }[] = (r.pendingLines ?? (r.pending ? [r.pending] : [])).map((text) => ({ text }));
    if (!body(r)) lines.push({ text: r.label, ...(r.source.table !== undefined ? { table: r.source.table } : {}) });
    else if (titled?.(r) && r.label.trim() !== '') lines.push({ text: r.label, own: true });
    return lines;
  });
}

/** The lines of every gap as printed: gap i above copy i, the last below the last copy. */
function gapTexts(chunks: readonly TableRow[][], body: Body, titled?: Body): string[][] {
  const last = chunks.at(-1)!;
  const lastValues = last.length - 1 - [...last].reverse().findIndex(body);
  return [...chunks.map((c) => c.slice(0, c.findIndex(body) + 1)), last.slice(lastValues + 1)].map((rows) => gapLines(rows, body, titled).map((l) => l.text));
}

/** The captions of every gap, with the way each points (by its words, or by the `<table>` it is a row of). */
function gapCaptions(chunks: readonly TableRow[][], year: number | null, body: Body, titled?: Body): GapCaption[] | null {
  const out: GapCaption[] = [];
  const n = chunks.length;
  const last = chunks[n - 1]!;
  const lastValues = last.length - 1 - [...last].reverse().findIndex(body);
  for (let gap = 0; gap <= n; gap++) {
    const chunk = chunks[gap];
    // Gap i: the rows before copy i's first values row, and that row's pending lines; the last gap: the rows after the last values row.
    const lead = chunk ? chunk.findIndex(body) : -1;
    const rows = chunk ? chunk.slice(0, lead + 1) : last.slice(lastValues + 1);
    const above = gap > 0 ? chunks[gap - 1]!.filter(body).at(-1)?.source.table : undefined;
    const below = chunk ? chunk[lead]!.source.table : undefined;
    for (const line of gapLines(rows, body, titled)) {
      const says = captionSays(line.text, year);
      if (says === null) continue;
      // (A row's own label titles the copy it starts.)
      let points = line.own ? 'down' : captionPoints(line.text, year);
      if (line.table !== undefined && (line.table === above) !== (line.table === below)) {
        const inTable: Points = line.table === above ? 'up' : 'down';
        if (points !== 'either' && points !== inTable) return null;
        points = inTable;
      }
      // (Pointing out of the table's copies: the first gap's caption pointing up, the last's down, names another table.)
      if ((gap === 0 && points === 'up') || (gap === n && points === 'down')) continue;
      out.push({ gap, says, points: gap === 0 ? 'down' : gap === n ? 'up' : points });
    }
  }
  return out;
}

/** What each copy's captions say under one reading (each caption assigned a copy), or null when a copy's captions name both years. */
function saysOfCopies(n: number, assigned: readonly { copy: number; says: Says }[]): (Says | null)[] | null {
  const says = new Array<Says | null>(n).fill(null);
  for (const a of assigned) {
    if (a.says === 'both') continue;
    const had = says[a.copy];
    if (had && had !== a.says) return null;
    says[a.copy] = a.says;
  }
  return says;
}

/** The one copy ranked first (this year's before none before the previous year's), or null when copies tie. */
function firstRanked(says: readonly (Says | null)[]): number | null {
  const rank = says.map((s) => RANK[s === 'earlier' || s === 'current' ? s : 'none']);
  const best = minOf(rank);
  const first = rank.flatMap((r, i) => (r === best ? [i] : []));
  return first.length === 1 ? first[0]! : null;
}

/** The copy every reading of the captions ranks first, or null. */
function rankCopies(n: number, captions: readonly GapCaption[]): number | null {
  const above = captions.some((c) => c.gap === 0);
  const below = captions.some((c) => c.gap === n);
  // Captions that may title either copy: put where the document's other captions stand, else read both ways.
  const open = captions.filter((c) => c.points === 'either');
  const ways: Points[] = above && !below ? ['down'] : below && !above ? ['up'] : ['down', 'up'];
  if (ways.length ** open.length > 2 ** MAX_OPEN_CAPTIONS) return null;
  let winner: number | null | undefined;
  for (let k = 0; k < ways.length ** open.length; k++) {
    const assigned = captions.map((c) => {
      const way = c.points === 'either' ? ways[Math.floor(k / ways.length ** open.indexOf(c)) % ways.length]! : c.points;
      return { copy: way === 'up' ? c.gap - 1 : c.gap, says: c.says };
    });
    const says = saysOfCopies(n, assigned);
    if (!says) continue;
    const first = firstRanked(says);
    if (first === null || (winner !== undefined && winner !== first)) return null;
    winner = first;
  }
  return winner ?? null;
}

/** How a table's copies are found: its rows, where a copy starts, and what a chunk needs to be a copy. */
interface CopyRule {
  body: Body;
  starts: (row: TableRow, chunk: readonly TableRow[]) => boolean;
  isCopy: (chunk: readonly TableRow[]) => boolean;
  /** Copy rows whose own label is a caption of their copy. */
  titled?: Body;
}

/** Copies found by `rule`, ranked by their captions; null when the rows hold fewer than two copies. */
function copiesBy(rows: readonly TableRow[], year: number | null, rule: CopyRule): Copies | null {
  const chunks = chunksOf(rows, rule.body, rule.starts);
  if (chunks.length < 2 || !chunks.every(rule.isCopy)) return null;
  const captions = gapCaptions(chunks, year, rule.body, rule.titled);
  return { chunks, winner: captions ? rankCopies(chunks.length, captions) : null, gaps: gapTexts(chunks, rule.body, rule.titled) };
}

/**
 * Table 三 printed twice (or more): its copies, each starting where a row names a template row at
 * or before the first its chunk named, after later ones; each copy naming at least MIN_COPY_SHARE of
 * the template rows. Null for a table printed once.
 */
export function tableCopies(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null): Copies | null {
  // Asked twice of the same rows per document (map/index, then copyLag as map/table-rows reads them): answered once.
  const known = copiesMemo.get(rows);
  if (known && known.specs === specs && known.year === year) return known.copies;
  const copies = findTableCopies(rows, specs, year);
  copiesMemo.set(rows, { specs, year, copies });
  return copies;
}

/** `tableCopies` by the rows (a WeakMap: an entry goes with its rows); the rows and their template are not changed once made. */
const copiesMemo = new WeakMap<readonly TableRow[], { specs: readonly RowSpec[]; year: number | null; copies: Copies | null }>();

/** `tableCopies` computed. */
function findTableCopies(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null): Copies | null {
  const named = new Map<TableRow, number>(rows.map((r) => [r, valued(r) ? namedIndex(r, specs) : -1]));
  // (Rows whose values fill their template row's columns: a comparison table '项目 | 本年 | 上年' naming the same rows is no copy.)
  // Decided once per row: the chunking asks it of every row of the chunk so far, for every row.
  const isBody = new Map<TableRow, boolean>(rows.map((r) => [r, named.get(r)! >= 0 && canFill(r, specs[named.get(r)!]!.columns.length, false)]));
  const body = (r: TableRow): boolean => isBody.get(r)!;
  // The first and the largest template row the chunk so far names: kept as the chunk grows (chunksOf only
  // appends to the chunk it asks about; a chunk cut short is never asked again), not read again per row.
  let seenOf: { chunk: readonly TableRow[]; length: number; first: number; max: number } | null = null;
  const starts = (row: TableRow, chunk: readonly TableRow[]): boolean => {
    const n = named.get(row)!;
    if (seenOf?.chunk !== chunk || seenOf.length > chunk.length) seenOf = { chunk, length: 0, first: -1, max: -Infinity };
    for (; seenOf.length < chunk.length; seenOf.length++) {
      const r = chunk[seenOf.length]!;
      if (!body(r)) continue;
      const k = named.get(r)!;
      if (seenOf.first < 0) seenOf.first = k;
      if (k > seenOf.max) seenOf.max = k;
    }
    return n >= 0 && seenOf.first >= 0 && n <= seenOf.first && n < seenOf.max;
  };
  const isCopy = (chunk: readonly TableRow[]): boolean => new Set(chunk.filter(body).map((r) => named.get(r))).size >= MIN_COPY_SHARE * specs.length;
  return copiesBy(rows, year, { body, starts, isCopy });
}

/**
 * Per row, how far its copy ranks behind this year's (0 for this year's copy, 1 for the others)
 * when the captions tell the copies of table 三 apart; 0 for every row otherwise.
 */
export function copyLag(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null = null): (row: TableRow) => number {
  const copies = tableCopies(rows, specs, year);
  if (!copies || copies.winner === null) return () => 0;
  const behind = new Set(copies.chunks.flatMap((c, i) => (i === copies.winner ? [] : c.map((r) => sourceKey(r.source)))));
  return (row) => (behind.has(sourceKey(row.source)) ? 1 : 0);
}

/**
 * Table 四 printed twice: a copy starts at values after a line without values (the header again, or
 * a caption), or at a row holding a whole table right after another such row, each labelled with a
 * year (one row per year under one header: '本年' / '上年', '2024年' / '2023年': the labels caption their rows);
 * each copy holds a whole table (`size` values, or `size` printed ones beside empty cells).
 */
export function reviewCopies(rows: readonly TableRow[], year: number | null, size: number): Copies | null {
  const holdsWhole = (values: readonly TableRow['values'][number][]): boolean => values.length === size || values.filter((v) => v.kind !== 'blank').length === size;
  const whole = (chunk: readonly TableRow[]): boolean => holdsWhole(chunk.flatMap((r) => r.values));
  // (Rows labelled otherwise — units' names and their 合计 — are read as before: the 合计 row is the table's own.)
  const yearRow = (r: TableRow): boolean => valued(r) && holdsWhole(r.values) && namesOnlyYear(r.label) && captionSays(r.label, year) !== null;
  const starts = (row: TableRow, chunk: readonly TableRow[]): boolean => !valued(chunk.at(-1)!) || (yearRow(row) && yearRow(chunk.at(-1)!));
  return copiesBy(rows, year, { body: valued, starts, isCopy: whole, titled: yearRow });
}
