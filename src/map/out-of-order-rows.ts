/**
 * @file Rows printed in another order than the template's. The alignment (map/align-rows) keeps both
 * orders, so a block printed after a later block (table 二's 第二十条第（五）项 行政许可 after its （六）
 * block) loses one side: its row stayed unmatched though its label is exact. Such a row is placed
 * by its label when nothing else took its template row: its own label names that row exactly, names
 * no other, its values fill the row's columns, and no other unmatched row names it.
 */
import type { RowSpec } from '../template/index.js';
import type { RowMatch } from './align-rows.js';
import { rowMatches, type MappedRow } from './join-fragments.js';
import { fitsColumns } from './row-candidates.js';

/** Own-label score a row out of order needs: the printed label is the template's (not a fragment or a near miss). */
const EXACT_LABEL = 0.95;
/** Lead over the row's next best template row. */
const MARGIN = 0.2;

/** `aligned` with the unmatched rows whose exact labels name unmatched template rows added, in printed order. */
export function placeOutOfOrder(aligned: readonly RowMatch[], rows: readonly MappedRow[], specs: readonly RowSpec[]): RowMatch[] {
  const usedRows = new Set(aligned.map((m) => m.row));
  const usedSpecs = new Set(aligned.map((m) => m.spec));
  const found = new Map<RowSpec, MappedRow[]>();
  for (const row of rows) {
    if (usedRows.has(row) || row.orphan || !row.label) continue;
    const own = rowMatches(row, specs).own.map((m) => m.score);
    const j = own.indexOf(Math.max(...own));
    const spec = specs[j]!;
    if (usedSpecs.has(spec) || own[j]! < EXACT_LABEL || own.some((s, i) => i !== j && s > own[j]! - MARGIN)) continue;
    if (!fitsColumns(row.values, spec.columns.length)) continue;
    found.set(spec, [...(found.get(spec) ?? []), row]);
  }
  const extra: RowMatch[] = [...found].filter(([, rs]) => rs.length === 1).map(([spec, [row]]) => ({ row: row!, spec, labelScore: rowMatches(row!, specs).own[specs.indexOf(spec)]!.score, partial: false, rivals: 0, copies: 0 }));
  if (extra.length === 0) return [...aligned];
  const at = (m: RowMatch): number => rows.indexOf(m.row as MappedRow);
  return [...aligned, ...extra].sort((a, b) => at(a) - at(b));
}
