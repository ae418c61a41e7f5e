/**
 * @file Markdown as the page it renders to: a web page saved by html2text, the Jina reader or
 * markdownify. Backslash escapes are lossless (`824\.07` is 824.07, `1\.属于…` is '1.属于…', `\-`
 * a dash), bold or italic around a cell (`**260**`) is only emphasis, and a pipe table needs no
 * outer pipes (GFM: a header line, then a delimiter row `---|---`, then rows up to a blank line).
 * See https://spec.commonmark.org/0.31.2/#backslash-escapes and https://github.github.com/gfm/#tables-extension-.
 */

/** A backslash before ASCII punctuation: the punctuation itself (CommonMark backslash escapes). */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A pipe that separates cells: not escaped by a backslash. */
const CELL_PIPE = /(?<!\\)\|/;

/** A delimiter row of a pipe table, outer pipes optional: `|---|:--:|`, `---|---`. */
export const MD_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Strong or emphasis around the whole text (`**260**`, `__0__`, `*12*`): the text inside. */
const WRAPPED = /^(\*{1,3}|_{1,3})(?=\S)([^*_]*?\S)\1$/;

/** Strong emphasis inside a line (`**一、总体情况**`): the text inside. A single `*` stays (a footnote mark '12*'). */
const STRONG = /(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1/g;

/** Markdown text as rendered: strong emphasis dropped, then backslash escapes read. */
export function markdownInline(text: string): string {
  if (!text.includes('\\') && !text.includes('**') && !text.includes('__')) return text;
  return text.replace(STRONG, '$2').replace(ESCAPE, '$1');
}

/** One cell of a pipe table as rendered: trimmed, emphasis around it dropped, escapes read. */
export function markdownCell(cell: string): string {
  const t = cell.trim();
  const m = WRAPPED.exec(t);
  return markdownInline(m ? m[2]! : t);
}

/**
 * A pipe-table row split at its unescaped pipes (an escaped `\|` is a pipe inside a cell), outer
 * pipes dropped, each cell as rendered (markdownCell).
 */
export function pipeRowCells(row: string): string[] {
  let t = row.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (/(?<!\\)\|$/.test(t)) t = t.slice(0, -1);
  return t.split(CELL_PIPE).map(markdownCell);
}

/**
 * Where each cell of a row with outer pipes starts on the printed line (character columns: its text,
 * or the place after its pipe when empty), when every cell reads as printed (no escape, no emphasis);
 * else undefined. A text browser draws a table's cells at fixed columns: a header cell wrapped over
 * several lines is placed by them, as in a space-aligned dump.
 */
export function pipeRowStarts(row: string, cells: readonly string[]): number[] | undefined {
  const bars = [...row.matchAll(/(?<!\\)\|/g)].map((m) => m.index!);
  if (bars.length !== cells.length + 1) return undefined;
  const starts: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const inner = row.slice(bars[i]! + 1, bars[i + 1]!);
    if (inner.trim() !== cells[i]) return undefined;
    starts.push(bars[i]! + 1 + (inner.length - inner.trimStart().length) * (cells[i] === '' ? 0 : 1));
  }
  return starts;
}

/** A line written as a pipe-table row with outer pipes: `| a | b |` (the closing pipe not escaped). */
export function hasOuterPipes(line: string): boolean {
  const t = line.trim();
  return t.length > 1 && t.startsWith('|') && /(?<!\\)\|$/.test(t);
}

/**
 * The text holds a pipe table (a delimiter row with a pipe in it: `|---|---|`, `---|---`): its lines
 * with a cell pipe are table rows, outer pipes or not (html2text writes `信息内容 | 本年制发件数`, and
 * rows of one cell with no pipe at all between them, so a row is known by its pipes, not by its place).
 */
export function hasPipeTables(raws: readonly string[]): boolean {
  return raws.some((raw) => raw.includes('|') && MD_DELIMITER.test(raw) && CELL_PIPE.test(raw));
}

/** A line that is a pipe-table row: outer pipes, or a cell pipe in a text that holds pipe tables (hasPipeTables). */
export function isPipeRow(line: string, pipeTables: boolean): boolean {
  return hasOuterPipes(line) || (pipeTables && CELL_PIPE.test(line));
}
