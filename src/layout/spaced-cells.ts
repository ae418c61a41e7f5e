/**
 * @file Table 三 drawn as flex rows of <span> cells and dumped by w3m (issue 15; breakit60 w3m-gbk-nometa, grid=flex): a row's
 * cells joined by one space, an empty cell printed as one space ('3.危及“三安全一稳定” 18 1   1   3 23': 18, 1, –, 1, –, 3, 23;
 * '二、上年结转…   1         1' and '三、本年度办理结果（一）予以公开' followed by 14 spaces, every cell empty). Read as
 * printed the runs of spaces are column gaps of unknown width and the blank cells are lost. Split at single spaces, such a row's
 * value tail holds an even number of empty pieces between (and after) its values — two per empty cell — and its cells number
 * exactly the table's 7. A run of MIN_ROWS or more consecutive lines each so (a line with an odd run, a non-value piece or
 * another count ends it), one at least printing an empty cell, is written as tab rows ('label\t18\t1\t\t1\t\t3\t23'); anything
 * else is left as printed (a row whose count differs stays ambiguous: its cells are not determined).
 */

/** Table 三's value cells (自然人, the five 法人或其他组织 columns, 总计) in both templates. */
const APPLICATION_CELLS = 7;
/** Consecutive rows read so before a run is trusted (table 三 has 23–28). */
const MIN_ROWS = 5;
/** A value piece: a count (maybe with its unit) or a dash. */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?(?:件|个)?|[-—–－/／])$/;

/** The row's label and its cells when the line is a flex row so printed (see the file comment), else undefined. */
function spacedRow(line: string): { label: string; cells: string[]; blank: boolean } | undefined {
  if (line.includes('\t')) return undefined;
  const pieces = line.trimStart().split(' ');
  // The value tail: the pieces after the last non-value piece.
  let f = pieces.length;
  while (f > 0 && (pieces[f - 1] === '' || VALUE.test(pieces[f - 1]!))) f--;
  if (f === 0 || f === pieces.length) return undefined;
  const label = pieces.slice(0, f).join(' ').trim();
  if (/\d$/.test(label) && !/[.．、]\d*$/.test(label)) return undefined;
  const cells: string[] = [];
  let empty = 0;
  let blank = false;
  for (let k = f; k <= pieces.length; k++) {
    const p = k < pieces.length ? pieces[k]! : undefined;
    if (p === '') {
      empty++;
      continue;
    }
    if (empty % 2 === 1) return undefined;
    for (let e = 0; e < empty / 2; e++) cells.push('');
    if (empty > 0) blank = true;
    empty = 0;
    if (p !== undefined) cells.push(p);
    if (cells.length > APPLICATION_CELLS) return undefined;
  }
  return cells.length === APPLICATION_CELLS ? { label, cells, blank } : undefined;
}

/** The text with its flex rows of space-parted cells written as tab rows (see the file comment); the same array when none. */
export function joinSpacedCells(lines: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; ) {
    const rows: { label: string; cells: string[]; blank: boolean }[] = [];
    let j = i;
    for (let r = spacedRow(lines[j] ?? ''); j < lines.length && r; r = spacedRow(lines[++j] ?? '')) rows.push(r);
    if (rows.length >= MIN_ROWS && rows.some((r) => r.blank)) {
      out ??= lines.slice(0, i);
      for (const r of rows) out.push([r.label, ...r.cells].join('\t'));
    } else if (out) for (let k = i; k < Math.max(j, i + 1); k++) out.push(lines[k]!);
    i = Math.max(j, i + 1);
  }
  return out ?? lines;
}
