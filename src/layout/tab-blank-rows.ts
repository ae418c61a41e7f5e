/**
 * @file A row of empty cells in a tab-separated table that lost its tabs: a tool stripping trailing
 * white space (an editor, `sed 's/[ \t]*$//'`, a tab dump expanded and trimmed) leaves a row whose
 * every cell is empty (a report printing zeros blank: '7.属于行政执法案卷\t\t\t\t\t\t\t') as its label
 * alone, which reads as no row at all (its 7 fields missing). In a table whose rows show empty fields
 * (a blank-zero table: '\t\t' or a trailing tab somewhere), a line with no tab after one of its rows,
 * that starts a row of its own and is followed by a row that does too — not half of a wrapped label,
 * not a group label printed above its items (`blankRowLabel`, as for space-aligned tables) — gets back
 * as many empty fields as the table's rows have (its widest row's count).
 */
import { blankRowLabel, OWN_ROW_START } from './wrapped-rows.js';

/** Lines looked at above and below a label line for its table (table 三 prints 23–28 rows, maybe over wrapped lines): a long text is not walked again for every label. */
const MAX_TABLE_LINES = 80;
/** A field holding text, no value: not empty, not a number (maybe with its unit), not a dash. */
const isText = (f: string): boolean => /\S/.test(f) && !/^\s*(?:[-\u2212]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|件|个)?|[-—–－/／])\s*$/.test(f);
/** Leading text fields of a line (its label cells). */
const labelFields = (l: string): number => {
  const fs = l.split('\t');
  let k = 0;
  while (k < fs.length && isText(fs[k]!)) k++;
  return k;
};
/** A line of label cells only (a group label and its item, or an item), the last starting a row of its own. */
const isLabelAlone = (l: string): boolean => {
  const fs = l.trimEnd().split('\t');
  return labelFields(l.trimEnd()) === fs.length && OWN_ROW_START.test(fs.at(-1)!) && !/(?:^|\s)\d[\d,]*(?:\.\d+)?\s*$/.test(fs.at(-1)!.replace(OWN_ROW_START, ''));
};
/** A row of a tab table: label cells, then one or more value fields. */
const isTabRow = (l: string): boolean => l.includes('\t') && !isLabelAlone(l) && labelFields(l) > 0;
/** Value fields of a tab row (its trailing empty ones maybe trimmed off). */
const valueFields = (l: string): number => l.split('\t').length - labelFields(l);
/** The table prints empty fields: two tabs in a row, or a tab ending a line. */
const EMPTY_FIELD = /\t\s*\t|\t\s*$/;

/** The lines with each tab table's rows of empty cells given back their fields (see the file comment); the same array when there are none. */
export function restoreBlankTabRows(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => EMPTY_FIELD.test(l))) return lines;
  let out: string[] | null = null;
  // Each line classed once: the scans below look at up to MAX_TABLE_LINES lines around every label line.
  const alone = lines.map(isLabelAlone);
  const row = lines.map((l, k) => !alone[k] && isTabRow(l));
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!alone[i]) continue;
    // The table: its tab rows just above (labels alone between them allowed), the first one below.
    let a = i - 1;
    while (a >= 0 && i - a <= MAX_TABLE_LINES && (alone[a] || row[a])) a--;
    const above = lines.slice(a + 1, i).filter((_, k) => row[a + 1 + k]);
    let b = i + 1;
    while (b < lines.length && b - i <= MAX_TABLE_LINES && alone[b]) b++;
    const next = lines[i + 1];
    if (above.length === 0 || b >= lines.length || !row[b] || next === undefined || !OWN_ROW_START.test(next.split('\t').at(labelFields(next) - 1) ?? next)) continue;
    const last = l.trimEnd().split('\t').at(-1)!.trim();
    if (![...above, lines[b]!].some((r) => EMPTY_FIELD.test(r)) || !blankRowLabel(last, next.split('\t')[0]!.trim())) continue;
    const width = [...above, lines[b]!].reduce((w, r) => Math.max(w, valueFields(r)), 0);
    out ??= [...lines];
    out[i] = l.trimEnd() + '\t'.repeat(width);
  }
  return out ?? lines;
}
