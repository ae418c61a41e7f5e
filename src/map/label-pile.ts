/**
 * @file Values printed after a pile of labels by a layout analyser. pdfminer's `pdf2txt` (default LAParams, `-A`, `-M 6`,
 * `-L 0.3`) writes each text box as a paragraph of its own: a table's label column comes out as one box — a pile of row
 * labels, one per line — and the values as other boxes after it, a column or a few cells at a time; blank cells print
 * nothing. The first values after the pile are then read beside the pile's last label, though they may be any row's of
 * the pile (fresh49 k1-1001 pm-A: '规章 · 行政规范性文件 · … · 行政处罚 · 行政强制' then '7', 行政规范性文件's 现行有效件数,
 * read as 行政强制's at 0.88; k2-2002 pm-L03: labels 1.–6. of 不予公开 then seven zeros that are none of theirs, read as
 * 6.属于四类过程性信息's at 0.88). A row so read is marked (RowEvidence `afterPile`); score treats it as a row put together
 * from cells printed apart (APART_BESIDE_UNRESOLVED_CAP: below 0.8 beside a template row left unresolved unless an
 * identity reaching other rows confirms it).
 */
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { comparable, namedRowsInLabel } from './join-fragments.js';

/** Template rows a pile must name for its last label not to place the values beyond doubt. */
const MIN_PILED = 2;

/**
 * `row` was read from a block-ordered dump (TableRow.blockOrdered) and the label text before its values — the label-only
 * rows just before it (no value, no empty cell), its pending lines and its label — names at least MIN_PILED template rows,
 * unless the values' own line (`printed`: its text before the values) names the row and nothing is piled onto the row itself
 * (no pending text): a line printing its row's label beside its values ('行政强制             5' of `pdftotext -layout`, the
 * rows above it blank) is that row's whatever label-only rows stand above it.
 */
export function afterLabelPile(rows: readonly TableRow[], row: TableRow, spec: RowSpec, specs: readonly RowSpec[], printed: string): boolean {
  if (row.blockOrdered !== true || row.values.length === 0) return false;
  // (A pile joined onto the row as its pending text is no such line: pdf2txt -L 0.3's '行政强制' · '7' come out joined.)
  const own = comparable(printed);
  if (row.pending.trim() === '' && (namedRowsInLabel(printed, specs).size > 0 || (own !== '' && spec.labels.some((l) => comparable(l) === own)))) return false;
  const texts = [row.pending, row.label];
  for (let i = rows.indexOf(row) - 1; i >= 0 && rows[i]!.values.length === 0 && rows[i]!.blankCells === 0; i--) texts.unshift(rows[i]!.pending, rows[i]!.label);
  return namedRowsInLabel(texts.join(' '), specs).size >= MIN_PILED;
}
