/**
 * @file A dump writing every table cell on a line of its own, an empty cell as an empty line and
 * nothing between rows (Debian's Perl `docx2txt` of a .docx: breakit52 docx2txt r05, a report
 * printing zeros blank). Read line by line the empty lines are layout, so a row's values lose their
 * columns ('4', '', '', '', '', '', '4' reads as two values). Here the lines between a row's label and
 * the next label are its cells in order: the first N of them, N the table's width — where the last
 * number of its rows stands, counted from the label — and the empty lines past N the empty merged
 * cells Word writes at the start of the next row (under a group label spanning rows).
 *
 * A table is a run of rows (1–3 label lines, then value-or-empty lines), from the first row holding a
 * number (the header lines above it left as printed) while the label lines stay at most two. It is written as tab-separated lines ('二、上年结转…\t4\t\t\t\t\t\t4')
 * only when some row has an empty line (or a dash) among its N cells, every row of it has at least N lines, nothing but empty lines past N, and either rows print
 * two numbers on adjacent lines or some number stands right after its label (a dump with an empty line
 * after every line — lynx — has neither: its empty lines are layout). Anything else is left as printed.
 */

/** A value cell: a number (maybe with its unit), a dash or slash for none (Perl docx2txt writes '—' as '--'). */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个)?|[-—–－/／]|--)$/;
/** Label lines before a row's cells (a group label and its item: '（三）不予公开' / '1.属于国家秘密'; a div grid repeating its group labels down: '三、本年度办理结果' too). */
const MAX_LABEL_LINES = 3;
/** Rows a table needs (table 三 has 23–28): fewer give no width to trust. */
const MIN_ROWS = 5;
/** Narrowest table read so (table 三: 7 cells; table 二's rows of 1–3 cells vary). */
const MIN_WIDTH = 5;
/** Table 四's cells: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 on one row. */
export const REVIEW_CELLS = 15;
/** Its header line(s) just above the row, naming 结果维持 once per group (twice at least: the first group's header may stand a line higher). */
export const REVIEW_HEADER = '结果维持';
/** Rows printing two numbers on adjacent lines that show the empty lines are cells (an empty line after every line: none). */
const MIN_ADJACENT = 2;

interface Row {
  /** Index of its first label line. */
  from: number;
  labels: string[];
  cells: string[];
}

const isValue = (l: string): boolean => l.trim() === '' || VALUE.test(l.trim());
const hasNumber = (cells: readonly string[]): boolean => cells.some((c) => /\d/.test(c));

/** The rows of the text: label lines followed by value lines, in order. */
function rowsOf(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    const from = i;
    while (i < lines.length && !isValue(lines[i]!)) i++;
    const labels = lines.slice(from, i).map((l) => l.trim());
    const at = i;
    while (i < lines.length && isValue(lines[i]!)) i++;
    if (labels.length > 0) rows.push({ from, labels, cells: lines.slice(at, i).map((l) => l.trim()) });
  }
  return rows;
}

/** Index just past a row's last number (0: none). */
const numberEnd = (cells: readonly string[]): number => {
  for (let k = cells.length - 1; k >= 0; k--) if (cells[k] !== '') return k + 1;
  return 0;
};

/** The table's width when its rows are cell lines as the file comment says, else 0. */
function tableWidth(table: readonly Row[]): number {
  if (table.length < MIN_ROWS) return 0;
  const width = table.reduce((w, r) => Math.max(w, numberEnd(r.cells)), 0);
  if (width < MIN_WIDTH) return 0;
  if (!table.every((r) => r.cells.length >= width && r.cells.slice(width).every((c) => c === ''))) return 0;
  // No empty cell line and no dash: a cell-per-line dump that prints every cell a number (read as printed).
  if (!table.some((r) => r.cells.slice(0, width).some((c) => c === '' || !/\d/.test(c)))) return 0;
  const adjacent = table.filter((r) => r.cells.some((c, k) => k > 0 && c !== '' && r.cells[k - 1] !== '')).length;
  if (adjacent >= MIN_ADJACENT) return width;
  // No two numbers adjacent: an empty line after every line (labels too) is layout, not cells — every even line empty.
  const everyOther = table.every((r) => r.cells.slice(0, width).every((c, k) => k % 2 === 1 || c === ''));
  return everyOther ? 0 : width;
}

/** Table 三's value cells (自然人, the five 法人或其他组织 columns, 总计) in both templates. */
const APPLICATION_CELLS = 7;
/** Label columns a drawn grid may give table 三 (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密, and one more). */
const MAX_LABEL_COLUMNS = 4;

/**
 * Table 三 drawn as a <div> grid (CSS display:table-cell) whose label cells' spans were expanded into empty cells, dumped a
 * cell a line (LibreOffice html → txt: an empty cell a line holding a no-break space): after a row's label lines stand the
 * empty cells its label's colspan left (a), its 7 values, then the empty cells under the group labels spanning rows that
 * start the next row (t). With L label columns, t + labels + a = L on every row, and a row's lines a + 7 + t' give the next
 * row's t'. For each L and first row's t the chain places every row's values without looking at them; a placing is kept when
 * every row's lines outside its 7 cells are empty. The start of each row's cells when every kept placing agrees and the rows
 * print two numbers on adjacent lines somewhere (an empty line after every line is layout, not cells); else undefined.
 */
function spannedLeads(table: readonly Row[]): number[] | undefined {
  if (!table[0]!.labels.some((l) => l.includes('新收'))) return undefined;
  if (table.filter((r) => r.cells.some((c, k) => k > 0 && c !== '' && r.cells[k - 1] !== '')).length < MIN_ADJACENT) return undefined;
  let agreed: number[] | undefined;
  for (let columns = 1; columns <= MAX_LABEL_COLUMNS; columns++) {
    for (let first = 0; first < columns; first++) {
      const leads: number[] = [];
      let before = first;
      for (const r of table) {
        const lead = columns - before - r.labels.length;
        const after = r.cells.length - lead - APPLICATION_CELLS;
        if (lead < 0 || after < 0) break;
        if (r.cells.slice(0, lead).some((c) => c !== '') || r.cells.slice(lead + APPLICATION_CELLS).some((c) => c !== '')) break;
        leads.push(lead);
        before = after;
      }
      if (leads.length !== table.length) continue;
      if (agreed && agreed.some((a, k) => a !== leads[k])) return undefined;
      agreed = leads;
    }
  }
  return agreed;
}

/** Tables: runs of rows from one holding a number while their label lines stay few. */
function tablesOf(rows: readonly Row[]): Row[][] {
  const out: Row[][] = [];
  let cur: Row[] = [];
  for (const r of rows) {
    if (r.labels.length > MAX_LABEL_LINES || (cur.length === 0 && !hasNumber(r.cells))) {
      if (cur.length > 0) out.push(cur);
      // Header lines just above a table's first row stay as printed: the row keeps its last label line.
      const k = r.labels.length - 1;
      cur = hasNumber(r.cells) ? [{ from: r.from + k, labels: r.labels.slice(k), cells: r.cells }] : [];
      continue;
    }
    cur.push(r);
  }
  if (cur.length > 0) out.push(cur);
  // A table ends at its last row holding a number: the label rows after it (the next section's heading and table 四's
  // header lines, parted by empty lines in a crawler's dump — BeautifulSoup's get_text('\n')) are no rows of it.
  return out.map((t) => {
    let last = t.length;
    while (last > 0 && !hasNumber(t[last - 1]!.cells)) last--;
    return t.slice(0, last);
  });
}

/** Table 四's groups (复议, 未经复议直接起诉, 复议后起诉): four counts, then their total. */
const REVIEW_GROUP = 5;

/** Fifteen cells keep table 四's sums: each group's total (its fifth cell) is its four counts' sum, an empty cell 0. */
export function keepsReviewSums(cells: readonly string[]): boolean {
  const n = cells.map((c) => (c === '' ? 0 : /^\d+$/.test(c) ? Number(c) : NaN));
  for (let g = 0; g < REVIEW_CELLS; g += REVIEW_GROUP) {
    const [a, b, c, d, total] = n.slice(g, g + REVIEW_GROUP);
    if (a! + b! + c! + d! !== total) return false;
  }
  return true;
}

/**
 * Where table 四's 15 cells start among a row's lines that print a number past the 15th line (the empty lines a crawler's dump
 * writes between the header row and the values row, BeautifulSoup's get_text('\n'), an HTML page's `<br>` runs). The cells
 * hold every number, so they start no later than the first number and no earlier than 15 lines before the last one's end:
 * one such place is the start (the last number is the 15th cell, a report's wrong total then kept as printed); of several
 * (the last group printed empty), the one whose 15 cells keep the table's sums with nothing but empty lines after them;
 * -1 when none or several do.
 */
function reviewStart(cells: readonly string[], end: number): number {
  const first = cells.findIndex((c) => c !== '');
  const from = end - REVIEW_CELLS;
  if (first < from || cells.length < from + REVIEW_CELLS) return -1;
  if (first === from) return from;
  const starts: number[] = [];
  for (let at = from; at <= first && at + REVIEW_CELLS <= cells.length; at++) {
    if (cells.slice(at + REVIEW_CELLS).some((c) => c !== '')) continue;
    if (keepsReviewSums(cells.slice(at, at + REVIEW_CELLS))) starts.push(at);
  }
  return starts.length === 1 ? starts[0]! : -1;
}

/** Header lines looked at above a table's first row (table 三's band: 15–25 lines in a crawler's dump, its cells one a line). */
const HEADER_BAND = 40;
/**
 * The header row's cells a header names after 总计 only when it prints 总计 first: the template's second header row is
 * 自然人 | 法人或其他组织 | 总计 (the sub-columns 商业企业 … 其他 follow 总计 on the next row in either order).
 */
const CATEGORY_WORD = /自然|法人/;

/**
 * The header lines just above a table's first row (no digit among them) name 总计 before an applicant column ('总计',
 * '自然人', '法人或其他组织', …: a table printed with its total first). Its rows written one a line would read their cells in
 * the template's order — the header's cells, one a line, place no column — and the identities through the 总计 row hold
 * in any column order, so the values would come out confident in the wrong columns: such a table is left as printed.
 */
export function totalNamedFirst(lines: readonly string[], from: number): boolean {
  // The band's text, its lines joined: a header cell broken by <br> inside a word ('总', '计') still names it.
  let band = '';
  for (let i = Math.max(0, from - HEADER_BAND); i < from; i++) {
    const l = lines[i]!.replace(/\s+/g, '');
    band = /\d/.test(l) ? '' : band + l;
  }
  const total = band.search(/总计|合计/);
  // A div grid repeating its header cells down (自然人 | 法人或其他组织 | 合计, then 自然人 again over 商业企业 …) names an
  // applicant column before its total: the total is not first.
  return total >= 0 && band.slice(total).search(CATEGORY_WORD) > 0 && band.slice(0, total).search(CATEGORY_WORD) < 0;
}

/** The text with its cell-line tables written one row a line (see the file comment); the same array when it has none. */
export function joinCellLines(lines: readonly string[]): readonly string[] {
  if (lines.some((l) => l.includes('\t'))) return lines;
  const joined = new Map<number, { line: string; end: number }>();
  const rows = rowsOf(lines);
  for (const table of tablesOf(rows)) {
    if (totalNamedFirst(lines, table[0]!.from)) continue;
    const width = tableWidth(table);
    const leads = width === 0 ? spannedLeads(table) : undefined;
    if (width === 0 && !leads) continue;
    table.forEach((r, k) => {
      const end = r.from + r.labels.length + r.cells.length;
      const at = leads ? leads[k]! : 0;
      joined.set(r.from, { line: [...r.labels, ...r.cells.slice(at, at + (width || APPLICATION_CELLS))].join('\t'), end });
    });
  }
  // Table 四: one row under its header lines (no label), its 15 cells the lines after them.
  for (const r of rows) {
    if (joined.has(r.from) || r.labels.filter((l) => l === REVIEW_HEADER).length < 2) continue;
    const at = r.from + r.labels.length;
    const end = numberEnd(r.cells);
    // Empty lines before the values (a crawler's row break): the cells start where table 四's sums say.
    const lead = end > REVIEW_CELLS ? reviewStart(r.cells, end) : 0;
    if (end === 0 || lead < 0 || r.cells.length < lead + REVIEW_CELLS || r.cells.slice(lead + REVIEW_CELLS).some((c) => c !== '')) continue;
    const cells = r.cells.slice(lead, lead + REVIEW_CELLS);
    if (!cells.includes('')) continue;
    if (!cells.some((c, k) => k > 0 && c !== '' && cells[k - 1] !== '')) continue;
    joined.set(at, { line: cells.join('\t'), end: at + r.cells.length });
  }
  return withJoinedRows(lines, joined);
}

/** `lines` with each run from a key of `joined` up to its `end` replaced by its one `line`; the same array when none. */
export function withJoinedRows(lines: readonly string[], joined: ReadonlyMap<number, { line: string; end: number }>): readonly string[] {
  if (joined.size === 0) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const j = joined.get(i);
    if (j) {
      out.push(j.line);
      i = j.end;
    } else out.push(lines[i++]!);
  }
  return out;
}
