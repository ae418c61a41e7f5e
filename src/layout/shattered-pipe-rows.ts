/**
 * @file Pipe tables that Python's html2text breaks over lines (`scripts/converter-text-variants.mjs`):
 * a cell holding a paragraph (`<td><p>12</p></td>`, as CMS editors and Word write every cell) is set
 * off by blank lines, so the ' | ' between cells stands on a line of its own and a row runs over many
 * lines — '一、本年新收…' / '' / '|' / '' / '20' / '' / '|' / '' / '' / '' / '|' … — ended by
 * html2text's soft break ('47␣␣' then a line of two spaces). An empty cell is then nothing between two
 * '|' lines, which a reading line by line loses (the values after it move one column left). Such a
 * table is put back one row per line, with outer pipes so that an empty last cell stays a cell:
 * '| 一、本年新收… | 20 | 20 | 3 |  | 1 | 3 | 47 |'; a row of one cell (a caption spanning the
 * table) stays its text. A table is recognised by its delimiter row ('---|---') after the soft break
 * that ends its first row, each row then starting right after the soft break of the one before; the
 * table ends at a soft break followed by a blank line. Text without a delimiter row so placed is left
 * as it is.
 */
import { pushAll } from '../_internal/extremes.js';

/** html2text's delimiter row (no outer pipes; `--pad-tables` pads it with spaces; '---' alone under a first row of one cell). */
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/**
 * The line a soft break leaves at the end of a row: two spaces and nothing else, after a line
 * ending in two spaces ('47␣␣' / '␣␣'). A cell holding only a no-break space prints one space.
 */
const isBreakAt = (lines: readonly string[], i: number): boolean => i > 0 && /^ {2}$/.test(lines[i]!) && / {2}$/.test(lines[i - 1]!);
/** A cell separator on a line of its own. */
const isBar = (l: string): boolean => l.trim() === '|';
/** Characters written without a space between them when a cell's lines are joined. */
const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/** A row's lines (its soft break left out) → its cells. */
function rowCells(lines: readonly string[]): string[] {
  const cells: string[][] = [[]];
  for (const l of lines) {
    if (isBar(l)) {
      cells.push([]);
      continue;
    }
    // A cell separator inside a line (cells without paragraphs: '商业  \n企业| 科研  \n机构| …').
    const parts = l.split(/(?<!\\)\|/);
    parts.forEach((p, i) => {
      if (i > 0) cells.push([]);
      if (p.trim() !== '') cells[cells.length - 1]!.push(p.trim());
    });
  }
  return cells.map((pieces) => pieces.reduce((acc, p) => (acc === '' ? p : acc + (CJK_END.test(acc) && CJK_START.test(p) ? '' : ' ') + p), ''));
}

/** The first line of the row that ends just before `end` (exclusive): paragraphs joined by '|' lines, back to a run of blank lines with no '|' beside it. */
function rowStart(lines: readonly string[], end: number, floor: number): number {
  let i = end - 1;
  while (i > floor) {
    if (lines[i - 1] !== '') {
      i--;
      continue;
    }
    let j = i - 1;
    while (j > floor && lines[j - 1] === '') j--;
    if (j <= floor || !(isBar(lines[i]!) || isBar(lines[j - 1]!))) break;
    i = j - 1;
  }
  return Math.max(i, floor);
}

/** A row's lines hold no paragraph break (a run of blank lines) without a '|' line on one side of it: else text outside the table runs into it. */
function isOneRow(chunk: readonly string[]): boolean {
  if (chunk.length === 0 || chunk[0] === '') return false;
  for (let i = 1; i < chunk.length; i++) {
    if (chunk[i] !== '') continue;
    let j = i;
    while (j < chunk.length && chunk[j] === '') j++;
    if (!(isBar(chunk[i - 1]!) || (j < chunk.length && isBar(chunk[j]!)))) return false;
    i = j;
  }
  return true;
}

const pipeRow = (cells: readonly string[]): string => (cells.length === 1 ? cells[0]! : `| ${cells.join(' | ')} |`);

/**
 * Lines with html2text's broken tables put back one row per line (see the file comment); the same
 * array when there is none.
 */
export function joinShatteredPipeRows(lines: readonly string[]): readonly string[] {
  // Cheap test first: html2text's breaks and bars both.
  if (!lines.some(isBar) || !lines.some((l, i) => DELIMITER.test(l) && isBreakAt(lines, i - 1))) return lines;
  const out: string[] = [];
  let done = 0;
  for (let d = 1; d < lines.length; d++) {
    if (!DELIMITER.test(lines[d]!) || !isBreakAt(lines, d - 1) || d - 1 <= done) continue;
    // The first row: from its start to the soft break before the delimiter row (its own break line may follow the delimiter).
    const headEnd = d - 1;
    let headLast = headEnd;
    while (headLast > done && isBreakAt(lines, headLast - 1)) headLast--;
    const start = rowStart(lines, headLast, done);
    const rows: string[][] = [rowCells(lines.slice(start, headLast))];
    let at = d + 1;
    while (at < lines.length && isBreakAt(lines, at)) at++;
    // Each further row starts right after the break of the one before and runs to its own break.
    let bars = rows[0]!.length > 1 ? 1 : 0;
    const body: string[][] = [];
    while (at < lines.length && lines[at]!.trim() !== '' && !DELIMITER.test(lines[at]!)) {
      let end = at;
      while (end < lines.length && !isBreakAt(lines, end)) end++;
      if (end >= lines.length || !isOneRow(lines.slice(at, end))) break;
      const cells = rowCells(lines.slice(at, end));
      if (cells.length > 1) bars++;
      body.push(cells);
      at = end;
      while (at < lines.length && isBreakAt(lines, at)) at++;
    }
    // Only a table of rows broken over lines (some '|' line among them) is rewritten.
    const broken = lines.slice(start, at).some(isBar);
    if (!broken || bars === 0) continue;
    pushAll(out, lines.slice(done, start)).push(pipeRow(rows[0]!), lines[d]!);
    pushAll(out, body.map(pipeRow));
    done = at;
    d = at - 1;
  }
  if (done === 0) return lines;
  pushAll(out, lines.slice(done));
  return out;
}
