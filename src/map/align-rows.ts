/**
 * @file Printed rows → template rows by a monotone alignment (Needleman–Wunsch style dynamic
 * programming). Labelled rows score by label similarity; rows whose label was lost score a
 * neutral "by position" gain, so they fill the template slots between labelled neighbours in order.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { MIN_LABEL_SCORE, rowMatches, type MappedRow } from './join-fragments.js';
import { fitsColumns } from './row-candidates.js';
import { MAX_REPAIR } from './repair-limit.js';
import { namedRow } from './named-row.js';
import { MEMO_MAX_CHARS } from '../_internal/memo.js';

export { MIN_LABEL_SCORE } from './join-fragments.js';

/** How a printed row was matched to a template row. */
export interface RowMatch {
  row: TableRow;
  spec: RowSpec;
  /** Label similarity in [0, 1]; null when the row had no usable label (placed by position). */
  labelScore: number | null;
  /** The label matched only part of the template label, or was joined from another line (see join-fragments). */
  partial?: boolean;
  /** Other printed rows whose label names this template row best, with other values (a second copy, a competing label): score evidence. */
  rivals: number;
  /** Other printed rows whose label names this template row best, whatever their values (a table printed twice). */
  copies: number;
  /** Of the copies with other values, those its caption ranks behind this row's (last year's copy, map/earlier-copy): no rivals. */
  toldApart?: number;
}

/** Gain of placing a row without a label in a free slot: less than any real label match. */
const POSITION_GAIN = 0.5;
/** Bonus when the row printed exactly as many values as the template row has columns. */
const COUNT_BONUS = 0.2;
/**
 * Gain taken per step a row's copy ranks behind the best-captioned copy (map/earlier-copy): far
 * below every other gain's step, so it only decides between otherwise equal readings, i.e. which
 * copy of a table printed twice is this year's.
 */
const EARLIER_PENALTY = 0.01;

/**
 * Per row: its label score against every template row (own label, or pending text joined to it,
 * whichever is higher; null under the threshold), whether that score rests on partial coverage,
 * and whether its own label names none of them and is part of none (narrative, notes).
 */
function rowLabels(row: MappedRow, specs: readonly RowSpec[]): { labels: (number | null)[]; partial: boolean[]; foreign: boolean; named: number } {
  const { own, best } = rowMatches(row, specs);
  const labels = best.map((m) => (m.score >= MIN_LABEL_SCORE ? m.score : null));
  const partial = best.map((m) => m.partial || row.joined === true);
  // A label too short to score that is still part of a template label ('结转' of a wrapped
  // '四、结转' / '下年度继续办理') is a truncated label, not foreign text: it may be placed by position.
  const norm = normalizeLabel(row.label);
  const fragment = specs.some((s) => s.labels.some((l) => l.includes(norm)));
  // A label read by OCR that names nothing is more likely garbled ('（七）总计' read '《七介计')
  // than foreign text: its row may be placed by position too (its values stay capped as OCR's).
  const ocr = row.values.some((v) => v.ocr !== undefined);
  const foreign = norm.length > 0 && !fragment && !ocr && own.every((o) => o.score < MIN_LABEL_SCORE);
  return { labels, partial, foreign, named: namedRow(row.label, specs)?.index ?? -1 };
}

/** rowLabels' results per specs list, by the row's key in alignRows and whether OCR read its values (all rowLabels reads of a row). */
const LABELS = new WeakMap<readonly RowSpec[], Map<string, ReturnType<typeof rowLabels>>>();
/** Entries LABELS keeps per specs list before it is emptied (a long dump prints many distinct labels). */
const MAX_LABELS = 20_000;

/**
 * rowLabels, remembered across alignments: every reading of a table (unshifted labels, values first,
 * each copy) aligns the same rows again. The results are read only.
 */
function knownLabels(row: MappedRow, specs: readonly RowSpec[], key: string): ReturnType<typeof rowLabels> {
  if (key.length > MEMO_MAX_CHARS) return rowLabels(row, specs);
  let known = LABELS.get(specs);
  if (!known) LABELS.set(specs, (known = new Map()));
  const full = `${row.values.some((v) => v.ocr !== undefined)}\u0000${key}`;
  let s = known.get(full);
  if (!s) {
    if (known.size >= MAX_LABELS) known.clear();
    known.set(full, (s = rowLabels(row, specs)));
  }
  return s;
}

/**
 * The gain of a row in a template slot (`fits`: its values fill the slot's columns, or it is a row of empty cells). A row without a label match there fills it by position,
 * unless its label is foreign text or clearly names another template row (`named`, map/named-row):
 * a sub-row printed out of its block's order ('3.危及…' first under （三）不予公开) is not placed by
 * position in a slot its label contradicts; it stays unmatched, for map/out-of-order-rows.
 */
function gainOf(fits: boolean, label: number | null, foreign: boolean, namedElsewhere: boolean): number {
  const count = fits ? COUNT_BONUS : -COUNT_BONUS;
  if (namedElsewhere) return -1;
  if (label !== null) return 1 + label + count;
  if (foreign) return -1;
  return POSITION_GAIN + count;
}

/**
 * Values that can fill k columns: as printed, or with up to MAX_REPAIR cells lost (a blank 总计
 * column printed one value per line leaves no line at all), or a fused digit run long enough to
 * hold them, or, in a stream whose repeated lines were collapsed, any number (one printed '0' can
 * be a row of zeros).
 */
export const canFill = (r: TableRow, k: number, collapsed: boolean): boolean => {
  const nums = r.values.filter((v) => v.kind === 'num');
  if (fitsColumns(r.values, k) || nums.length >= Math.max(1, k - MAX_REPAIR)) return true;
  return nums.some((v) => collapsed || (v.fusable && v.raw.replace('.', '').length >= k));
};

const valuesKey = (r: TableRow): string => r.values.map((v) => (v.kind === 'num' ? v.raw : v.kind)).join(' ');

/**
 * Rows other than `row` whose best label match is template row `spec` and whose values fill its
 * columns (a plausible second reading, not a heading line with a stray number): all of them, those
 * whose values differ (rivals), and of those the ones a caption ranks behind `row` (told apart).
 * A row ranked behind another copy itself has a rival, readable or not.
 */
function rivalsOf(
  rows: readonly TableRow[],
  labels: readonly (number | null)[][],
  at: { row: number; spec: RowSpec; j: number },
  collapsed: boolean,
  lag: (row: TableRow) => number,
): { rivals: number; copies: number; toldApart?: number } {
  let rivals = 0;
  let copies = 0;
  let toldApart = 0;
  const mine = valuesKey(rows[at.row]!);
  labels.forEach((l, i) => {
    const own = l[at.j];
    if (i === at.row || own == null || !l.every((x) => x === null || x <= own) || !canFill(rows[i]!, at.spec.columns.length, collapsed)) return;
    copies++;
    if (valuesKey(rows[i]!) === mine) return;
    if (lag(rows[i]!) > lag(rows[at.row]!)) toldApart++;
    else rivals++;
  });
  // A row the captions rank behind another copy (last year's, this year's unread): a rival unseen.
  if (lag(rows[at.row]!) > 0) rivals = Math.max(rivals, 1);
  return { rivals, copies, ...(toldApart > 0 ? { toldApart } : {}) };
}

/**
 * Aligns printed rows to template rows, keeping both orders. Unmatched rows on either side are
 * skipped. Rows whose copy `lag` ranks behind (a previous year's copy of the table, map/earlier-copy) lose ties.
 */
export function alignRows(rows: readonly MappedRow[], specs: readonly RowSpec[], collapsed = false, lag: (row: TableRow) => number = () => 0): RowMatch[] {
  const n = rows.length;
  const m = specs.length;
  // A long dump repeats its rows (a table printed many times): each distinct label is scored once.
  const memo = new Map<string, ReturnType<typeof rowLabels>>();
  const scored = rows.map((r) => {
    const key = `${r.joined === true}\u0000${r.label}\u0000${r.pending}`;
    let s = memo.get(key);
    if (!s) memo.set(key, (s = knownLabels(r, specs, key)));
    return s;
  });
  const labels = scored.map((s) => s.labels);
  const foreign = scored.map((s) => s.foreign);
  const partial = scored.map((s) => s.partial);
  const named = scored.map((s) => s.named);
  const penalty = rows.map((r) => lag(r) * EARLIER_PENALTY);
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  // (Whether a row's values fit a template row depends only on its column count: asked once per row and count.)
  const widths = [...new Set(specs.map((s) => s.columns.length))];
  const fitsAt = specs.map((s) => widths.indexOf(s.columns.length));
  for (let i = 1; i <= n; i++) {
    const row = rows[i - 1]!;
    const fits = widths.map((k) => fitsColumns(row.values, k) || (row.values.length === 0 && row.blankCells > 0));
    const up = score[i - 1]!;
    const here = score[i]!;
    for (let j = 1; j <= m; j++) {
      const g = gainOf(fits[fitsAt[j - 1]!]!, labels[i - 1]![j - 1] ?? null, foreign[i - 1]!, named[i - 1]! >= 0 && named[i - 1] !== j - 1) - penalty[i - 1]!;
      // The best of the three moves, the first of them on a tie (diagonal, skip the row, skip the template row).
      let best = up[j - 1]! + g;
      let mv = 0;
      if (up[j]! > best) (best = up[j]!), (mv = 1);
      if (here[j - 1]! > best) (best = here[j - 1]!), (mv = 2);
      here[j] = best;
      move[i]![j] = mv;
    }
  }
  const matches: RowMatch[] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const mv = move[i]![j]!;
    if (mv === 0) {
      const labelScore = labels[i - 1]![j - 1] ?? null;
      const elsewhere = named[i - 1]! >= 0 && named[i - 1] !== j - 1;
      if (!elsewhere && (labelScore !== null || !foreign[i - 1])) {
        const partialLabel = labelScore !== null && partial[i - 1]![j - 1]!;
        matches.push({ row: rows[i - 1]!, spec: specs[j - 1]!, labelScore, partial: partialLabel, ...rivalsOf(rows, labels, { row: i - 1, spec: specs[j - 1]!, j: j - 1 }, collapsed, lag) });
      }
      i--;
      j--;
    } else if (mv === 1) i--;
    else j--;
  }
  return matches.reverse();
}
