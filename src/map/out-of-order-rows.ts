/**
 * @file Rows printed in another order than the template's. The alignment (map/align-rows) keeps both
 * orders, so a block printed after a later block (table 二's 第二十条第（五）项 行政许可 after its （六）
 * block) loses one side: its row stayed unmatched though its label is exact. Such a row is placed
 * by its label when nothing else took its template row: its own label names that row beyond doubt
 * (map/named-row: near-exact, well ahead of any other row; a sub-row block printed in another order
 * than the template's, '3.危及…' before '1.属于国家秘密', is placed row by row so), its values fill
 * the row's columns, and no other unmatched row names it.
 */
import type { RowSpec } from '../template/index.js';
import type { RowMatch } from './align-rows.js';
import type { MappedRow } from './join-fragments.js';
import { namedRow } from './named-row.js';
import { fitsColumns } from './row-candidates.js';

/** `aligned` with the unmatched rows whose exact labels name unmatched template rows added, in printed order. */
export function placeOutOfOrder(aligned: readonly RowMatch[], rows: readonly MappedRow[], specs: readonly RowSpec[]): RowMatch[] {
  const usedRows = new Set(aligned.map((m) => m.row));
  const usedSpecs = new Set(aligned.map((m) => m.spec));
  const found = new Map<RowSpec, { row: MappedRow; score: number }[]>();
  for (const row of rows) {
    if (usedRows.has(row) || row.orphan || !row.label) continue;
    // Its own label names the row beyond doubt (map/named-row: near-exact, well ahead of any other row, a block label before it read apart).
    const named = namedRow(row.label, specs);
    const spec = named ? specs[named.index]! : undefined;
    if (!named || !spec || usedSpecs.has(spec)) continue;
    if (!fitsColumns(row.values, spec.columns.length)) continue;
    found.set(spec, [...(found.get(spec) ?? []), { row, score: named.score }]);
  }
  const extra: RowMatch[] = [...found].filter(([, rs]) => rs.length === 1).map(([spec, [r]]) => ({ row: r!.row, spec, labelScore: r!.score, partial: false, rivals: 0, copies: 0 }));
  if (extra.length === 0) return [...aligned];
  const at = (m: RowMatch): number => rows.indexOf(m.row as MappedRow);
  return [...aligned, ...extra].sort((a, b) => at(a) - at(b));
}
