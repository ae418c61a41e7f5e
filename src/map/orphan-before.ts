/**
 * @file A row read from the values after its label while a line of values just before that label
 * was read by no row. Some converters print a cell's value a little above its label's baseline
 * (Ghostscript's txtwrite of a Chromium print: `4570` / `行政处罚` / `6` / `行政强制`), so each
 * value line comes before its label; read after their labels, the rows take their neighbours'
 * values, and a one-value row of table 二 has no identity to show it. The value line left over just
 * before the label says the row may be that line's: both readings are printed, nothing tells them
 * apart, so the row's values are capped below 0.9 (`orderUnconfirmed`; the `rows_unread` warning).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import type { Placement } from './table-rows.js';

/** Values a row prints (blank cells not counted). */
const printed = (r: TableRow): number => r.values.filter((v) => v.kind !== 'blank').length;
/** A line of values only: no label of its own and no text above it. */
const valuesOnly = (r: TableRow): boolean => r.label === '' && r.pending === '' && printed(r) > 0;
/**
 * A line of values whose text above names no row: none at all, or only a small table's heading and
 * column header (`第二十条第（五）项` / `信息内容` / `本年处理决定数量` / `30`: plain pdftotext of a tilted
 * page prints each value before its label, and a block's first value after its header).
 */
const valuesUnderHeader = (r: TableRow, specs: readonly RowSpec[]): boolean => {
  if (r.label !== '' || printed(r) === 0) return false;
  const above = normalizeLabel(r.pending);
  return !specs.some((s) => s.labels.some((l) => above.includes(l)));
};

/**
 * Marks (in place) the placements under `prefix` of rows whose label sits on or above their values
 * when the printed row just before is a values-only line (valuesUnderHeader: no row named above it)
 * of as many values that no placement took. `specs`: the table's template rows. `settled`: row keys
 * whose values something else placed beyond that doubt (map/active-small-tables), left alone.
 * Returns the row keys ('activeDisclosure.punishment') it marked.
 */
export function capOrphanBefore(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>, specs: readonly RowSpec[], settled: ReadonlySet<string> = new Set()): string[] {
  /** Per source line, the placements taken from it. */
  const placedAt = new Map<number, number>();
  for (const [k, p] of placements) if (k.startsWith(prefix) && p.source.line !== undefined) placedAt.set(p.source.line, (placedAt.get(p.source.line) ?? 0) + 1);
  const byRow = new Map<string, Placement[]>();
  for (const [k, p] of placements) {
    if (!k.startsWith(prefix) || p.by !== 'label') continue;
    const row = k.slice(0, k.lastIndexOf('.'));
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  const marked: string[] = [];
  for (const [row, ps] of byRow) {
    if (settled.has(row)) continue;
    const line = ps[0]!.source.line;
    if (line === undefined) continue;
    const i = rows.findIndex((r) => r.source.line === line);
    if (i <= 0) continue;
    const own = rows[i]!;
    const before = rows[i - 1]!;
    // The row's label printed with or above its values (not a values-only line itself).
    if (own.label === '' && own.pending === '') continue;
    if (!valuesUnderHeader(before, specs) || before.source.line === undefined || placedAt.has(before.source.line)) continue;
    if (continuesPlacedRow(rows, i - 1, placedAt)) continue;
    if (printed(before) !== ps.length) continue;
    for (const p of ps) p.orderUnconfirmed = true;
    marked.push(row);
  }
  return marked;
}

/**
 * The values-only line at `at` continues the values of a row placed above it: the lines back from it
 * are values-only up to a row whose line placements took, and that row's values with theirs are no
 * more than the values placed from its line. A dump printing one cell per line (`行政规范性文件` /
 * `5` / `4` / `5`) records a row's placements at its first value's line; its later values are that
 * row's, not a row's printed before its label. (`120` after a full row `行政规范性文件 2 1 9` is not.)
 */
function continuesPlacedRow(rows: readonly TableRow[], at: number, placedAt: ReadonlyMap<number, number>): boolean {
  let j = at;
  let chained = 0;
  while (j > 0 && valuesOnly(rows[j]!)) chained += printed(rows[j--]!);
  const head = rows[j]!;
  if (j === at || valuesOnly(head) || head.source.line === undefined) return false;
  return printed(head) + chained <= (placedAt.get(head.source.line) ?? 0);
}
