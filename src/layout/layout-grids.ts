/**
 * @file Layout tables a converter drew as grid tables. An old CMS page sets its whole body in a
 * table (a menu column beside the article, the title in a cell of a row beside 发布机构 and the date);
 * pandoc's plain and reST writers draw that table as a grid table (`+----+----+`, `| … | … |`) whose
 * cells hold the report's headings, prose and the data tables, each wrapped at its cell's width.
 * Read as table rows, the article was one cell of one row: no heading was found (E_NOT_A_REPORT), or
 * the title's pieces were read as cells. A grid table one of whose cells holds a report heading is a
 * layout table: it is replaced by its cells' text, cell after cell and row after
 * row, each cell's lines cut out at its column (display columns: a wide character is two) and a line
 * the cell's width wrapped joined back to the line before it; nested layout tables likewise. Any
 * other grid table (the data tables, a title row) is left to layout/grid-tables.
 */
import { displayWidth } from './aligned-columns.js';
import { minOf, pushAll } from '../_internal/extremes.js';

/** A whole border line of a grid table: '+' at every column edge, rules between ('+----+====+'). */
const BORDER = /^\+(?:[-=]{3,}\+)+$/;
/** A line starting a table row or border inside a cell (a nested grid). */
const NESTED = /^[+|]/;
/**
 * A report heading a data table's cell never holds (a layout cell holds the article): '一、总体情况', the 2019 template's
 * '第一部分 总体情况' too, after reST's rubric or Markdown's heading or bold marks ('# …', '**…').
 */
const HEADING = /^(?:\.\. rubric:: |#{1,6}\s*|\*\*)?(?:[一二三四五六]\s*[、.．]|第[一二三四五六]部分)\s*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告)/;
/** A line starting with closing punctuation continues the line before it: no line of text begins so. */
const CLOSING_START = /^[、，。；：）」』】〉》！？]/;
/** A simple table's rule (or a piece of it, a lone '-' too): dashes and spaces. */
const RULE = /^\s*-[\s-]*$/;
/** What parts two cells of a simple table's row (runs of two spaces or more). */
const CELL_GAP = '  ';
/**
 * reST's heading in a table cell, where sections cannot stand: '.. rubric:: 一、总体情况' and its
 * ':name:' option. The cell's width may have cut the directive itself ('.. rubr' / 'ic:: 五、…').
 */
const RUBRIC = /^\s*\.\s?\.\s?r\s?u\s?b\s?r\s?i\s?c\s?:\s?:\s*/;
const RUBRIC_NAME = /^\s*:name:/;
/** A line of its own: a reST directive or its option ('.. rubric:: …', '   :name: …'). */
const OWN_LINE = /^\s*(?:\.\. |:\w+:)/;
/** Wide characters: a break next to one joins the pieces with nothing. */
const WIDE_CHAR = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/;
/**
 * A break inside a number set in wide text: digits after a wide character before the break, digits running
 * into a wide character after it ('示例市第20' / '8局2024年…', '…局202' / '4年度'). A cell
 * wrapping CJK text cuts anywhere, digits included; a space there was not printed (a narrow word between
 * spaces keeps its space: 'PDF 版' / '下载').
 */
function cutInsideWideText(prev: string, line: string): boolean {
  const before = /(\S)\d+$/.exec(prev);
  const after = /^\d+(\S)/.exec(line);
  return !!before && !!after && WIDE_CHAR.test(before[1]!) && WIDE_CHAR.test(after[1]!);
}

/** Cell padding: '| ' before a cell's text and ' ' after it. */
const PADDING = 3;

/** The part of `line` covering display columns [from, to) (a wide character counts where it starts). */
function sliceColumns(line: string, from: number, to: number): string {
  let col = 0;
  let out = '';
  for (const ch of line) {
    if (col >= from && col < to) out += ch;
    col += displayWidth(ch);
    if (col >= to) break;
  }
  return out;
}

/** The character at display column `at` of `line` ('' past its end, or inside a wide character). */
function charAt(line: string, at: number): string {
  let col = 0;
  for (const ch of line) {
    if (col === at) return ch;
    col += displayWidth(ch);
    if (col > at) return '';
  }
  return '';
}

/**
 * A cell's lines, their common indent cut, each line the cell's width wrapped joined back. A simple
 * table nested in the cell (plain: rows between dashed rules, each row wider than the cell) is
 * joined by its rows' indent: a piece indented less than the row after its rule continues a row;
 * its rule's pieces join each other only.
 */
function cellText(lines: readonly string[], width: number): string[] {
  const trimmed = lines.map((l) => l.trimEnd());
  const indent = minOf(trimmed.filter((l) => l !== '').map((l) => l.length - l.trimStart().length));
  const out: string[] = [];
  /** Indent of the rows of a simple table the current block of lines holds (null: prose). */
  let rowIndent: number | null = null;
  let afterRule = false;
  for (const raw of trimmed) {
    const line = raw === '' ? '' : raw.slice(indent);
    const prev = out.at(-1);
    const rule = RULE.test(line);
    const lead = line.length - line.trimStart().length;
    if (line === '') rowIndent = null;
    else if (afterRule && !rule && rowIndent === null) rowIndent = lead;
    const joins = (): boolean => {
      if (!prev || line === '' || NESTED.test(line.trimStart()) || NESTED.test(prev.trimStart()) || OWN_LINE.test(line)) return false;
      if (rule || RULE.test(prev)) return rule && RULE.test(prev);
      if (rowIndent !== null && !afterRule) return lead < rowIndent;
      return continues(prev, line, width);
    };
    // A table row broken at the spaces between its cells keeps a cell gap; prose broken at a space, one space.
    // (A piece starting with a space was cut at the spaces between cells: prose drops the space at its cut.)
    const gap = /^\s/.test(line) ? CELL_GAP : WIDE_CHAR.test(prev?.at(-1) ?? '') || WIDE_CHAR.test(line[0]!) || cutInsideWideText(prev ?? '', line) ? '' : ' ';
    if (joins()) out[out.length - 1] = prev + gap + line;
    else out.push(line);
    afterRule = rule;
  }
  return out;
}

/**
 * `line` is the rest of `prev`, cut by the cell's width: the two do not fit on one line of the cell
 * (a paragraph's lines are wrapped pieces — paragraphs are parted by blank lines —, while a line
 * break the page printed, a sign-off's agency over its date, fits), or `line` cannot start a line.
 */
function continues(prev: string, line: string, width: number): boolean {
  return CLOSING_START.test(line) || displayWidth(prev) + displayWidth(line) > width;
}

/** The grid table starting at `top` (a border line): its rows' cells as lines, or null when it is not drawn whole. */
function gridCells(lines: readonly string[], top: number): { end: number; rows: string[][][] } | null {
  const indent = lines[top]!.length - lines[top]!.trimStart().length;
  const border = lines[top]!.trim();
  const edges = [...border].flatMap((c, i) => (c === '+' ? [indent + i] : []));
  const width = indent + border.length;
  const rows: string[][][] = [];
  let row: string[][] = edges.slice(1).map(() => []);
  let end = top;
  for (let j = top + 1; j < lines.length; j++) {
    const line = lines[j]!.trimEnd();
    if (line.trim() !== '' && BORDER.test(line.trim()) && line.length === width) {
      if (row.some((c) => c.length)) rows.push(row);
      row = edges.slice(1).map(() => []);
      end = j;
      continue;
    }
    if (displayWidth(line) !== width || !edges.every((e) => /[|+]/.test(charAt(line, e)))) break;
    // A border that stops at a cell spanning rows: not read here.
    if (charAt(line, indent) === '+') return null;
    edges.slice(1).forEach((e, k) => row[k]!.push(sliceColumns(line, edges[k]! + 2, e - 1)));
  }
  if (end === top || rows.length === 0) return null;
  return { end, rows: rows.map((r) => r.map((c, k) => cellText(c, edges[k + 1]! - edges[k]! - PADDING))) };
}

/** The text with every layout grid table replaced by its cells' text (nested ones too). */
export function unwrapLayoutGrids(lines: string[]): string[] {
  if (!lines.some((l) => BORDER.test(l.trim()))) return lines;
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const grid = BORDER.test(lines[i]!.trim()) ? gridCells(lines, i) : null;
    // (A cell holding a border line is no sign: a data table's header cells spanning columns print one.)
    const layout = grid?.rows.some((r) => r.some((c) => c.some((l) => HEADING.test(l.trim()))));
    if (!grid || !layout) {
      out.push(lines[i]!);
      continue;
    }
    for (const row of grid.rows) for (const cell of row) pushAll(out, [...cell.filter((l) => !RUBRIC_NAME.test(l)).map((l) => l.replace(RUBRIC, '')), '']);
    i = grid.end;
    changed = true;
  }
  return changed ? unwrapLayoutGrids(out) : lines;
}
