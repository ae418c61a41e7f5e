/**
 * @file A row read from the values after its label while a line of values just before that label
 * was read by no row. Some converters print a cell's value a little above its label's baseline
 * (Ghostscript's txtwrite of a Chromium print: `4570` / `行政处罚` / `6` / `行政强制`), so each
 * value line comes before its label; read after their labels, the rows take their neighbours'
 * values, and a one-value row of table 二 has no identity to show it. The value line left over just
 * before the label says the row may be that line's: both readings are printed, nothing tells them
 * apart, so the row's values are capped below 0.9 (`orderUnconfirmed`; the `rows_unread` warning).
 * The same holds after the row (capOrphanAfter): a label line that read a value of its own while the
 * next line holds as many values with no row's name ('行政处罚 2 页' / '9798': a page footer glued to the
 * label line where the page broke, its number taken for the row's value and the value printed below).
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

/** Per source line, the placements under `prefix` taken from it; per template row ('activeDisclosure.punishment'), its placements by label. */
function placedRows(prefix: string, placements: ReadonlyMap<string, Placement>): { placedAt: Map<number, number>; byRow: Map<string, Placement[]> } {
  const placedAt = new Map<number, number>();
  const byRow = new Map<string, Placement[]>();
  for (const [k, p] of placements) {
    if (!k.startsWith(prefix)) continue;
    if (p.source.line !== undefined) placedAt.set(p.source.line, (placedAt.get(p.source.line) ?? 0) + 1);
    if (p.by !== 'label') continue;
    const row = k.slice(0, k.lastIndexOf('.'));
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  return { placedAt, byRow };
}

/**
 * Marks (in place) the placements under `prefix` of rows whose label sits on or above their values
 * when the printed row just before is a values-only line (valuesUnderHeader: no row named above it)
 * of as many values that no placement took. `specs`: the table's template rows. `settled`: row keys
 * whose values something else placed beyond that doubt (map/active-small-tables), left alone.
 * Returns the row keys ('activeDisclosure.punishment') it marked.
 */
export function capOrphanBefore(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>, specs: readonly RowSpec[], settled: ReadonlySet<string> = new Set()): string[] {
  const { placedAt, byRow } = placedRows(prefix, placements);
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

/**
 * Marks (in place) the placements under `prefix` of rows read from their own label line when the
 * printed row just after it names no template row (valuesUnderHeader: no label, or text that is no
 * row's name) and prints as many values alone on its line, none of them taken by any placement: either line may hold
 * the row's values (a footer or note glued to the label line, the value below). Returns the row keys marked.
 */
export function capOrphanAfter(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>, specs: readonly RowSpec[]): string[] {
  const { placedAt, byRow } = placedRows(prefix, placements);
  const marked: string[] = [];
  for (const [row, ps] of byRow) {
    const line = ps[0]!.source.line;
    if (line === undefined || ps.some((p) => p.source.line !== line)) continue;
    const i = rows.findIndex((r) => r.source.line === line);
    const own = rows[i];
    const next = rows[i + 1];
    // The row's values printed on its label's line.
    if (!own || !next || own.label === '' || printed(own) === 0) continue;
    if (next.label !== '' && /\p{L}/u.test(next.label)) continue;
    if (!valuesUnderHeader({ ...next, label: '' }, specs) || next.source.line === undefined || next.source.line === line || placedAt.has(next.source.line)) continue;
    if (printed(next) !== ps.length) continue;
    // A line of values alone: no other row read from it (a running header's date '11/25/26, 1:55 PM 某局…' is read as several).
    if (rows.some((r, j) => j !== i + 1 && r.source.line === next.source.line)) continue;
    for (const p of ps) p.orderUnconfirmed = true;
    marked.push(row);
  }
  return marked;
}
