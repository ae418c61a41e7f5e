/**
 * @file A .docx dumped with a tab after every table cell and a line break after every paragraph (a
 * docx2txt-like reading of `word/document.xml`: `</w:tc>` → '\t', `</w:p>` → '\n'; breakit59
 * pandoc-docx-docx2txt). Every cell holds a paragraph, so every cell but a table's first stands on a line
 * of its own led by the tab that ended the cell before it: '二、上年结转…' / '\t3' / '\t1' / '\t\u00a0' /
 * '\t\u00a0' / … / '\t4' / '\t三、本年度办理结果'. Nothing marks a row's end. A cell printed blank (a zero
 * left blank) holds the page's no-break space, and pandoc writes every cell of the grid, so a blank cell
 * is a line of its own: '\t\u00a0'. A cell a merge covers (the rows under a group label) or that pads a
 * short row holds an empty paragraph: '\t'. Read line by line, the blank cells' lines are white space and
 * vanish, and the row's values lose their columns.
 *
 * When the text shows this shape — MIN_CELL_LINES lines each one tab then at most one field, and
 * MIN_BLANK_CELLS of them a blank cell's no-break space — each run of value cells (numbers, a dash or
 * slash, blank cells) is written as one tab-separated row after its label cells (the text cells just
 * before it: two when only they stand since the run before — a group label and its item — else the last
 * one), its blank cells empty fields; empty paragraphs end a run (a merge's covered cells start the next
 * row, a short row's padding ends its own). A run of REVIEW_CELLS or more (table 四's one row of 15) stands
 * without a label: its last header word is no row label. A row-number column (序号: '1', '2', … printed
 * before each row's label) shows as runs whose last value, right before a text cell, counts 1, 2, 3 …
 * on from run to run; where MIN_ROW_NUMBERS such runs count on, those values are the next row's number and
 * are dropped from the run before (and a blank cell there is a section row's blank number). Other texts
 * come back unchanged.
 */
import { REVIEW_CELLS } from './cell-lines.js';

/** A cell's line: the tab ending the cell before, then at most one field. */
const CELL_LINE = /^\t[^\t]*$/;
/** A blank cell: only the page's no-break spaces (or other white space, one at least) after the tab. */
const BLANK_CELL = /^\t[\s\u00a0\u3000]+$/;
/** A value cell: a number (maybe a money or count unit after it), a dash or slash for none. */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个)?|[-—–－/／])$/;
/** Cell lines before a text is read as this dump (a table 三 alone has 200 or more). */
const MIN_CELL_LINES = 60;
/** Blank cells before it is (without blank cells the empty paragraphs tell merges from blanks no better than the lines as printed). */
const MIN_BLANK_CELLS = 3;
/** Text cells before a run read as its row's labels (a group label and its item). */
const MAX_LABEL_CELLS = 2;
/** Runs whose last value counts 1, 2, 3 … before a row-number column is read. */
const MIN_ROW_NUMBERS = 4;

type Cell = { kind: 'text' | 'value' | 'blank' | 'empty'; text: string };

function cellOf(line: string, led: boolean): Cell {
  if (led && BLANK_CELL.test(line)) return { kind: 'blank', text: '' };
  const text = (led ? line.slice(1) : line).trim();
  if (text === '') return { kind: 'empty', text };
  return { kind: VALUE.test(text) ? 'value' : 'text', text };
}

interface Run {
  /** Index of its first and one past its last cell. */
  from: number;
  to: number;
}

/** The runs of value (and blank) cells. */
function valueRuns(cells: readonly Cell[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.kind !== 'value' && cells[i]!.kind !== 'blank') continue;
    let j = i;
    while (j < cells.length && (cells[j]!.kind === 'value' || cells[j]!.kind === 'blank')) j++;
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/**
 * Cells that are a row-number column's (see the file comment): the last value of runs right before a
 * text cell (a merge's covered cells between), counting k, k + 1, k + 2 … on from run to run (a blank
 * there in between: a section row's blank number) — each such chain of MIN_ROW_NUMBERS or more runs.
 */
function rowNumbers(cells: readonly Cell[], runs: readonly Run[]): Set<number> {
  const numbers = new Set<number>();
  let chain: number[] = [];
  let last = NaN;
  const close = (): void => {
    if (chain.filter((i) => cells[i]!.kind === 'value').length >= MIN_ROW_NUMBERS) for (const i of chain) numbers.add(i);
    chain = [];
  };
  for (const r of runs) {
    let next = r.to;
    while (cells[next]?.kind === 'empty') next++;
    if (cells[next]?.kind !== 'text') continue;
    const c = cells[r.to - 1]!;
    const k = /^\d+$/.test(c.text) ? Number(c.text) : NaN;
    if (c.kind === 'blank' && chain.length > 0) chain.push(r.to - 1);
    else if (k === last + 1 && chain.length > 0) chain.push(r.to - 1);
    else {
      close();
      if (!Number.isNaN(k)) chain.push(r.to - 1);
    }
    if (!Number.isNaN(k)) last = k;
  }
  close();
  return numbers;
}

/** The cells (from the line before the first cell line: a table's first cell has no tab before it) written as rows. */
function rowsOf(cells: readonly Cell[]): string[] {
  const runs = valueRuns(cells);
  const numbers = rowNumbers(cells, runs);
  const out: string[] = [];
  let at = 0;
  for (const r of runs) {
    const to = numbers.has(r.to - 1) ? r.to - 1 : r.to;
    const texts = cells.slice(at, r.from).filter((c) => c.kind === 'text').map((c) => c.text);
    at = r.to;
    if (to <= r.from) {
      pushAllTexts(out, texts);
      continue;
    }
    const values = cells.slice(r.from, to);
    const labelCount = values.length >= REVIEW_CELLS ? 0 : texts.length <= MAX_LABEL_CELLS ? texts.length : 1;
    if (labelCount === 0 && values.every((c) => c.kind === 'blank')) {
      pushAllTexts(out, texts);
      continue;
    }
    pushAllTexts(out, texts.slice(0, texts.length - labelCount));
    out.push([...texts.slice(texts.length - labelCount), ...values.map((c) => c.text)].join('\t'));
  }
  pushAllTexts(out, cells.slice(at).filter((c) => c.kind === 'text').map((c) => c.text));
  return out;
}

function pushAllTexts(out: string[], texts: readonly string[]): void {
  for (const t of texts) out.push(t);
}

/** The lines with each table of a tab-after-every-cell, paragraph-a-line dump written as tab rows (see the file comment); the same array when the text is not one. */
export function joinTabEndedCells(lines: string[]): string[] {
  let cellLines = 0;
  let blanks = 0;
  for (const l of lines) {
    if (!CELL_LINE.test(l)) continue;
    cellLines++;
    if (BLANK_CELL.test(l)) blanks++;
  }
  if (cellLines < MIN_CELL_LINES || blanks < MIN_BLANK_CELLS) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!CELL_LINE.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    let j = i;
    while (j < lines.length && CELL_LINE.test(lines[j]!)) j++;
    // The table's first cell: the line before the run, no tab before it.
    const first = out.length > 0 && lines[i - 1] !== undefined && lines[i - 1]!.trim() !== '' ? out.pop()! : null;
    const cells = lines.slice(i, j).map((l) => cellOf(l, true));
    if (first !== null) cells.unshift(cellOf(first, false));
    for (const row of rowsOf(cells)) out.push(row);
    i = j - 1;
  }
  return out;
}
