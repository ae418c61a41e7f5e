/**
 * @file A table printed twice, this year's and the previous year's for comparison ('与上年对比：
 * 2020年度（上年）情况：' then a second copy): each row is ranked by the caption it is printed
 * under, this year's ('本年度情况', the report's year) before none before the previous year's
 * ('上年度情况', only earlier years). The alignment takes the better-ranked copy, and a copy the
 * captions rank apart is no rival of the row placed (map/align-rows): this year's table reads as a
 * normal table. When nothing tells the copies apart they rank alike and both stay below 0.9.
 * A caption printed between the copies may close the copy above it as well as open the one below:
 * it tells which copy is which only when the first copy has a caption above it (captions stand
 * above their tables) or a colon ends what it says ('去年同期情况：', introducing what follows).
 */
import type { SourceRef } from '../model/document.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';

/**
 * Words naming the previous year's figures, and this year's; not the template's own words
 * ('二、上年结转…', '上一年项目数量', '三、本年度办理结果', '本年新收…', '本年增/减').
 */
const EARLIER_WORDS = /上年(?!结转)|上一年(?!项目)|去年|前一年|往年/;
const CURRENT_WORDS = /本年(?!新收|度办理结果|制发|废止|处理决定|收费|新制作|新公开|增)|今年|当年/;
/** A year a caption names ('2022年度情况'). */
const YEAR = /(20\d\d)\s*年/g;
/** chars. A caption is a short line; a longer one, or one with sentence punctuation, is prose ('与上年相比，申请量…'). */
const CAPTION_MAX_CHARS = 40;
const SENTENCE = /[，。；,;]/;
/** A note under or over a table ('注：本表统计期限为2024年1月1日至…'): no caption. */
const NOTE = /^\s*[（(]?\s*备?注/;

/** A caption introducing what follows it ('今年情况：'), wherever the document prints its captions. */
const LEADS = /[：:]\s*$/;
const COLON = /[：:]/;

/** What a caption says its table is. */
type Says = 'earlier' | 'current' | 'both';

/** What a caption line says, or null for a line that is no caption or names no year. */
export function captionSays(line: string, year: number | null): Says | null {
  // (Punctuation tested as printed: the normalized label has none.)
  if (SENTENCE.test(line) || NOTE.test(line)) return null;
  const text = normalizeLabel(line);
  if (text.length === 0 || text.length > CAPTION_MAX_CHARS) return null;
  const years = year === null ? [] : [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const earlier = EARLIER_WORDS.test(text) || years.some((y) => y < year!);
  const current = CURRENT_WORDS.test(text) || years.some((y) => y >= year!);
  if (earlier && current) return 'both';
  return earlier ? 'earlier' : current ? 'current' : null;
}

const sourceKey = (s: SourceRef): string => `${s.page ?? ''}:${s.table ?? ''}:${s.row ?? ''}:${s.line ?? ''}`;

/** The rows under one caption: the template rows they matched (first, furthest) and their `<table>`. */
interface Reach {
  says: 'earlier' | 'current';
  /** The caption opens what follows (a colon: `leads`). */
  leads: boolean;
  keys: string[];
  first: number;
  max: number;
  table?: number;
}

/** The template row a row's label names best (index), or -1. */
function namedIndex(row: TableRow, specs: readonly RowSpec[]): number {
  const best = rowMatches(row, specs).best.map((m) => m.score);
  const top = Math.max(-1, ...best);
  return top >= MIN_LABEL_SCORE ? best.indexOf(top) : -1;
}

/**
 * What the row's caption lines say: its pending lines, and its own label when it is a line without
 * values (a caption may name template words: '表四 2022年度政府信息公开申请情况'), and whether
 * every one opens what follows (`leads`: a colon).
 */
function rowCaption(row: TableRow, year: number | null): { says: Says; leads: boolean } | undefined {
  const lines = [...(row.pendingLines ?? (row.pending ? [row.pending] : []))];
  if (row.values.length === 0) lines.push(row.label);
  const captions = lines.filter((l) => captionSays(l, year) !== null);
  const said = captions.map((l) => captionSays(l, year)!);
  if (said.length === 0) return undefined;
  return { says: said.every((s) => s === said[0]) ? said[0]! : 'both', leads: captions.every((l) => leads(l, year)) };
}

/**
 * Whether a caption line opens what follows: it ends with a colon, or what it says stands before a
 * colon with the next line joined after it ('今年情况: 行政复议 行政诉讼'); not a numbered caption
 * ('表4：2022年…').
 */
function leads(line: string, year: number | null): boolean {
  const colon = line.search(COLON);
  return LEADS.test(line) || (colon > 0 && captionSays(line.slice(0, colon), year) !== null);
}

/** The table starts again: another `<table>`, or the template's first rows once more after later ones. */
function restarts(reach: Reach, row: TableRow, named: number): boolean {
  if (reach.keys.length === 0) return false;
  if (row.source.table !== undefined && reach.table !== undefined && row.source.table !== reach.table) return true;
  return named >= 0 && named < reach.max && named <= reach.first;
}

/**
 * The reaches of the captions: from a caption to the next caption or to where the table starts
 * again. A reach counts only when the first template row it holds is the table's first (a caption
 * above a table, not a label fragment '二、上年' inside one). When values come before the first
 * caption (the first copy has none above it), a caption between the copies may as well be the first
 * copy's, printed under it: only captions opening what follows (a colon) are kept.
 */
function captionReaches(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null): Reach[] | null {
  // Most tables have no caption: then no reach, and no row's label is matched for one.
  const captions = rows.map((r) => rowCaption(r, year));
  if (captions.every((c) => c === undefined)) return [];
  const reaches: Reach[] = [];
  let under: Reach | null = null;
  let captioned = false;
  let uncaptionedFirst = false;
  for (const [i, r] of rows.entries()) {
    const named = namedIndex(r, specs);
    const caption = captions[i];
    if (caption !== undefined) {
      captioned = true;
      const said = caption.says;
      under = said === 'both' ? null : { says: said, leads: caption.leads, keys: [], first: -1, max: -1 };
      if (under) reaches.push(under);
      if (r.values.length === 0) continue;
    } else if (!captioned && named >= 0 && r.values.length > 0) {
      uncaptionedFirst = true;
    }
    if (!under) continue;
    if (restarts(under, r, named)) {
      under = null;
      continue;
    }
    if (named >= 0 && r.values.length > 0) {
      if (under.first < 0) under.first = named;
      under.max = Math.max(under.max, named);
      under.table ??= r.source.table;
    }
    under.keys.push(sourceKey(r.source));
  }
  // A caption no table rows follow: captions may stand below their tables, so none is trusted.
  if (reaches.some((x) => x.first < 0)) return null;
  return reaches.filter((x) => x.first === 0 && (x.leads || !uncaptionedFirst));
}

const RANK = { current: 0, none: 1, earlier: 2 } as const;

/**
 * Per row, how far its copy ranks behind the best-captioned copy of the table (0 = best: this
 * year's, or every row when no caption tells copies apart). Rows under a caption naming the
 * previous year (上年…, or only years before the report's `year`) rank last; rows under one
 * naming this year's (本年, 今年, the report's year) first. A caption is a short line without
 * values naming no template row; its reach ends at the next caption or where the table starts again.
 */
export function copyLag(rows: readonly TableRow[], specs: readonly RowSpec[], year: number | null = null): (row: TableRow) => number {
  const reaches = captionReaches(rows, specs, year);
  if (!reaches || reaches.length === 0) return () => 0;
  const rank = new Map<string, number>();
  for (const reach of reaches) for (const k of reach.keys) rank.set(k, RANK[reach.says]);
  const of = (row: TableRow): number => rank.get(sourceKey(row.source)) ?? RANK.none;
  // (Ranked among the rows that could be a copy: rows with values naming a template row, not prose.)
  const best = Math.min(RANK.earlier, ...rows.filter((r) => r.values.length > 0 && namedIndex(r, specs) >= 0).map(of));
  return (row) => of(row) - best;
}

/**
 * The rows of this year's copy of a table printed twice without row labels (table 四: a header and
 * one values row), when the captions tell the copies apart: a copy runs from a caption, or from a
 * line without values after values (the header again), to the next; the one copy holding a whole
 * table (`size` values) ranked first is read when every other copy holding values ranks behind it.
 * Otherwise (no caption, one naming both years, a caption no values follow, copies ranked alike, a
 * caption without a colon between copies when the first has none above it) all `rows`.
 */
export function thisYearsCopy(rows: readonly TableRow[], year: number | null, size: number): readonly TableRow[] {
  const parts: { says: Says | null; captioned: boolean; leads?: boolean; rows: TableRow[] }[] = [{ says: null, captioned: false, rows: [] }];
  for (const r of rows) {
    const caption = rowCaption(r, year);
    const part = parts.at(-1)!;
    if (caption !== undefined) parts.push({ says: caption.says, captioned: true, leads: caption.leads, rows: [] });
    else if (r.values.length === 0 && part.rows.some((x) => x.values.length > 0)) parts.push({ says: null, captioned: false, rows: [] });
    parts.at(-1)!.rows.push(r);
  }
  const valued = parts.filter((p) => p.rows.some((r) => r.values.length > 0));
  if (parts.some((p) => p.captioned && !valued.includes(p)) || valued.some((p) => p.says === 'both')) return rows;
  // The first copy without a caption above it: a caption between the copies may be its own, printed under it.
  if (valued[0]?.captioned === false && valued.some((p) => p.captioned && !p.leads)) return rows;
  const rank = (p: { says: Says | null }): number => RANK[p.says === 'earlier' || p.says === 'current' ? p.says : 'none'];
  const best = Math.min(...valued.map(rank));
  const first = valued.filter((p) => rank(p) === best);
  const values = first[0]?.rows.flatMap((r) => r.values) ?? [];
  const whole = values.length === size || values.filter((v) => v.kind !== 'blank').length === size;
  return valued.length >= 2 && first.length === 1 && whole ? first[0]!.rows : rows;
}
