/**
 * @file Labels lifted out of the table (PDF-to-markdown converters, some crawlers): a block of
 * label lines, then the same number of value rows without labels. Read as printed, the whole pile
 * of labels would name the first value row and the rest would be placed by position — the first
 * row's values under the last label. Instead the pile is cut into as many labels as there are
 * value rows (the cut that matches the template labels best, every piece a real label) and paired
 * in order; when no such cut exists, the labels are dropped and the rows placed by position.
 */
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { MIN_LABEL_SCORE, rowMatches, type MappedRow } from './join-fragments.js';
import { maxOf, pushAll } from '../_internal/extremes.js';

/** Most label pieces a pile is cut over (the cut costs pieces² label matches). */
const MAX_PIECES = 40;

/** A row that lost its values: a label (from a pile of numbered labels) without cells. */
const isLostLabel = (r: TableRow): boolean => r.values.length === 0 && r.blankCells === 0 && r.label !== '';
/** A value row printed without a label of its own. */
const isBare = (r: TableRow | undefined): r is TableRow => r !== undefined && r.values.length > 0 && r.label === '';

const topScore = (text: string, specs: readonly RowSpec[]): number => maxOf(rowMatches({ label: text, pending: '' }, specs).best.map((m) => m.score), 0);

/** The cut of `pieces` into `m` consecutive labels with the best total match, every label ≥ MIN_LABEL_SCORE; null if none. */
export function cutLabels(pieces: readonly string[], m: number, specs: readonly RowSpec[]): string[] | null {
  const p = pieces.length;
  if (p < m || p > MAX_PIECES) return null;
  const span = (a: number, b: number): string => pieces.slice(a, b).join(' ');
  const score: number[][] = Array.from({ length: p + 1 }, () => []);
  for (let a = 0; a < p; a++) for (let b = a + 1; b <= p; b++) score[a]![b] = topScore(span(a, b), specs);
  // best[k][b]: best total of cutting pieces[0..b) into k labels; -Infinity when impossible.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(p + 1).fill(-Infinity));
  const from = Array.from({ length: m + 1 }, () => new Array<number>(p + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= m; k++) {
    for (let b = k; b <= p; b++) {
      for (let a = k - 1; a < b; a++) {
        const s = score[a]![b]!;
        if (s < MIN_LABEL_SCORE || best[k - 1]![a] === -Infinity) continue;
        if (best[k - 1]![a]! + s > best[k]![b]!) {
          best[k]![b] = best[k - 1]![a]! + s;
          from[k]![b] = a;
        }
      }
    }
  }
  if (best[m]![p] === -Infinity) return null;
  const labels: string[] = [];
  for (let k = m, b = p; k > 0; k--) {
    const a = from[k]![b]!;
    labels.unshift(span(a, b));
    b = a;
  }
  return labels;
}

/** Pairs lifted label piles with the label-less value rows that follow them. */
export function pairLiftedLabels(rows: readonly TableRow[], specs: readonly RowSpec[]): MappedRow[] {
  const out: MappedRow[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && isLostLabel(rows[j]!)) j++;
    let end = j;
    while (isBare(rows[end]) && (end === j || rows[end]!.pending === '')) end++;
    const bare = rows.slice(j, end);
    const texts = [...rows.slice(i, j).map((r) => r.label), ...(bare[0]?.pending ?? '').split(' ').filter(Boolean)];
    if (bare.length < 2 || texts.length === 0) {
      pushAll(out, rows.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const labels = cutLabels(texts, bare.length, specs);
    bare.forEach((r, t) => out.push(labels ? { ...r, label: labels[t]!, pending: '', joined: true } : { ...r, pending: '' }));
    i = end;
  }
  return out;
}
