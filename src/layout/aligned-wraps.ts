/**
 * @file The wrapped-row joins of space-aligned text tables (layout/aligned-columns.ts): a row whose
 * label wraps over several lines read as one line (joinWrappedRows), rows one line off under a
 * wrapped group label set back on their items (realignGroupWraps), and a tall row whose numbers print
 * between the pieces of its label read as printed (joinAsPrinted). Each writes into aligned-columns'
 * `out` (line index → cells, [] for a line joined into another).
 */
import { ITEM, OWN_ROW_START, wrappedRows } from './wrapped-rows.js';
import { labelLine, type Row } from './aligned-columns.js';

/**
 * Rows whose label wraps over several lines (wrapped-rows.ts) as one line each: the row's cells on
 * its numbers' line (its first line when it printed none, then only after a row with numbers, as
 * a label alone is read), its label joined; its other lines map to [] (joined into that row).
 * Returns the lines so read.
 */
export function joinWrappedRows(rows: readonly Row[], closed: boolean, cellsOf: (row: Row) => string[] | null, out: Map<number, string[]>): Set<number> {
  const joined = new Set<number>();
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const firstValued = rows.find((r) => r.nums.length > 0)?.index ?? Infinity;
  for (const w of wrappedRows(rows.map(labelLine), closed)) {
    const members = w.indices.map((i) => byIndex.get(i)!);
    const valued = members.find((r) => r.nums.length > 0);
    if (!valued && members[0]!.index < firstValued) continue;
    const at = valued ?? members[0]!;
    const cells = cellsOf(at);
    if (!cells) continue;
    for (const m of members) {
      out.set(m.index, m === at ? [w.label, ...cells] : []);
      joined.add(m.index);
    }
  }
  return joined;
}

/** A block label then a numbered item on one line ('（五）不予 3.要求提供公开出版物'): a group label's first piece beside an item. */
const BLOCK_THEN_ITEM = /^\s*[（(][一二三四五六七八九十]+[）)]\S*\s+\d{1,2}\s*[.、．](?!\d)/;

/**
 * Rows one line off under a wrapped group label (`pdftotext -layout` of a Chromium print: the
 * group's cell centres '（五）不予' / '处理' between its items, and the items' numbers print one line
 * below their labels): an item alone on its line (A, no numbers), then the group label's first
 * piece beside the next item with numbers (B), then the group label's last piece alone with numbers
 * (C: no item of its own, all its text left of B's item), then an item with numbers of its own or
 * the table's end. C's numbers belong to an item, and the only items left are A and B; read in
 * order the two number lines are A's and B's (A gets B's numbers, B gets C's, C joins B). Without
 * this A read blank, B read A's numbers and C's were lost: a column sum holds for both readings
 * where C's cell is 0, so the sums do not tell them apart.
 */
export function realignGroupWraps(rows: readonly Row[], cellsOf: (row: Row) => string[] | null, out: Map<number, string[]>, joined: Set<number>): void {
  for (let i = 0; i + 2 < rows.length; i++) {
    const [a, b, c] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
    const d = rows[i + 3];
    if ([a, b, c].some((r) => joined.has(r.index))) continue;
    if (a.nums.length !== 0 || !ITEM.test(a.label) || b.nums.length === 0 || !BLOCK_THEN_ITEM.test(b.label)) continue;
    if (c.nums.length === 0 || c.label.trim() === '' || OWN_ROW_START.test(c.label)) continue;
    if (d && !(OWN_ROW_START.test(d.label) && d.nums.length > 0)) continue;
    const itemAt = labelLine(b).pieces.at(-1)!.start.width;
    if (labelLine(c).pieces.some((p) => p.start.width + p.width.width > itemAt)) continue;
    const [bc, cc] = [cellsOf(b), cellsOf(c)];
    if (!bc || !cc) continue;
    out.set(a.index, [a.label, ...bc]);
    out.set(b.index, [b.label, ...cc]);
    out.set(c.index, []);
    for (const r of [a, b, c]) joined.add(r.index);
    i += 2;
  }
}

/**
 * A tall row whose numbers print on a line of their own between the pieces of its wrapped label
 * (`pdftotext -layout` centres them: '5.要求行政机关确认或重' / '      3      3' / '新出具已获取信息'),
 * when its numbers are not placed in columns: the label's pieces under the numbers are moved onto
 * the numbers' line (`printed`: those pieces joined, then the numbers as printed), their lines
 * joined into it. Left below, they would read as a row of their own with no numbers (0, 'blank'),
 * under whichever template row they resemble. The pieces above stay as printed: text lines before
 * a numbers line are its label already (tables/build-rows). Only an indented numbers line (the
 * numbers stand right of the label's start; a plain dump's piles print numbers from the margin),
 * and rows the columns placed (or read as empty) are left alone.
 */
export function joinAsPrinted(rows: readonly Row[], closed: boolean, out: Map<number, string[]>, printed: Map<number, string>): void {
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  for (const w of wrappedRows(rows.map(labelLine), closed)) {
    const members = w.indices.map((i) => byIndex.get(i)!);
    const v = members.findIndex((r) => r.nums.length > 0);
    const valued = members[v];
    const first = labelLine(members[0]!).pieces[0];
    if (!valued || v === members.length - 1 || valued.label !== '' || !first || valued.nums[0]!.start.width <= first.start.width) continue;
    if (members.some((m) => out.has(m.index) || printed.has(m.index))) continue;
    const below = members.slice(v + 1);
    printed.set(valued.index, `${below.map((m) => m.label.replace(/\s+/g, '')).join('')}  ${valued.raw.trim()}`);
    for (const m of below) out.set(m.index, []);
  }
}
