/**
 * @file A column the template does not have, headed 备注 (remarks) or 说明, added to a table (its
 * last column, or one after the labels or before 总计): its cells ('无', '/', '0', '同比增长12%') are not values of the template's columns, so the
 * column is left out of the table's lines, by its header. Only a column whose header cell says so is
 * left out: an extra column with no header stays (its rows then fail their sums and read low).
 */
import type { Line } from '../model/document.js';

/** Header words of a remarks column (spaces inside ignored). */
const REMARK = /^(?:备注|说明|备注说明|附注|注)$/;

/** The column of a line's cell: its place on the table's grid, or its index among tab cells. */
const colOf = (line: Line, j: number): number => line.cols?.[j] ?? j;

/**
 * Where the line heads a remarks column (a filled cell after its first says 备注 — last, or put
 * after the label or before 总计): that column, else null.
 */
function remarkColumn(line: Line): number | null {
  if (!line.separated) return null;
  const filled = line.cells.flatMap((c, j) => (c.trim() ? [j] : []));
  const at = filled.slice(1).find((j) => REMARK.test(line.cells[j]!.replace(/[\s\u3000]/g, '')));
  return at === undefined ? null : colOf(line, at);
}

/** The line without its cell in column `col` (a line of tab cells: only when it has the header's shape). */
function withoutColumn(line: Line, col: number, width: number): Line {
  if (!line.cols && line.cells.length !== width) return line;
  const keep = line.cells.map((_, j) => colOf(line, j) !== col);
  if (keep.every(Boolean)) return line;
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, j) => keep[j]);
  return { ...line, cells: pick(line.cells), ...(line.cols ? { cols: pick(line.cols) } : {}), ...(line.unread ? { unread: line.unread.filter((j) => keep[j]).map((j) => j - keep.slice(0, j).filter((k) => !k).length) } : {}) };
}

/** The lines with every remarks column left out: from its header line to the end of its table (the next line that is not a row of cells, or another table). */
export function dropRemarkColumns(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const col = remarkColumn(out[i]!);
    if (col === null) continue;
    const head = out[i]!;
    for (let k = i; k < out.length && out[k]!.separated && out[k]!.source.table === head.source.table; k++) out[k] = withoutColumn(out[k]!, col, head.cells.length);
  }
  return out;
}
