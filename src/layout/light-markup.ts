/**
 * @file Lightweight wiki markup as the page it renders to (pandoc -t mediawiki / asciidoc / textile /
 * jira / dokuwiki, a wiki's page source): its tables become rows of '|' cells (`| a | b |`), the form
 * the markdown pipe-table reader (markdown-text.ts) already reads, and the markup of headings and bold
 * runs is dropped, so a title is '…年度报告', not '= …年度报告 =' or 'h1. …'.
 *
 * - MediaWiki: `{|` … `|}`, rows parted by `|-`, a cell per line (`|align="center"| 规章`, `!` header
 *   cells) or several on one (`||`, `!!`), a cell's text running on over lines; `'''bold'''`.
 * - AsciiDoc: `|===` … `|===`, cells started by '|' anywhere (one row per line or a cell per line), so
 *   rows are cut by the column count (`[cols="^,^,^"]`, else the first line's cells); span specs `2+|`
 *   (columns) and `.2+|` (rows) keep the other cells in their columns. Headings `== …`, `*bold*` lines.
 * - Textile `|=. a|_. b|`, Creole `|=a|=b|`: the cell's mark dropped; Jira `||a||b||` header rows and
 *   DokuWiki `^ a ^ b ^` header cells read as '|' cells. Headings `h1. …`, `====== … ======`, `= … =`.
 * Inline HTML a converter kept (`<span style=…>一、</span>`) is dropped. A text with none of this markup
 * is returned unchanged (the same string).
 */

import { pushAll } from '../_internal/extremes.js';

/** A MediaWiki table's opening line `{|` (attributes may follow) and its closing line `|}`. */
const MW_OPEN = /^\s*\{\|/;
const MW_CLOSE = /^\s*\|\}\s*$/;
/** An AsciiDoc table delimiter `|===` (`!===` nested); a `[cols=…]` block attribute line. */
const ADOC_DELIM = /^\s*\|={3,}\s*$/;
const ADOC_ATTRS = /^\s*\[(?:[^\]]*,)?\s*cols\s*=\s*"?([^"\]]*)"?[^\]]*\]\s*$|^\s*\[(?:%|options=|format=|frame=|grid=|width=)[^\]]*\]\s*$/;
/** A MediaWiki cell's attributes before its single '|': `align="center"`, `colspan=2 style="…"`. */
const MW_ATTRS = /^\s*(?:[a-z-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|"']+)\s*)+\|(?!\|)/i;
const MW_SPAN = /colspan\s*=\s*["']?(\d+)/i;
const MW_ROWSPAN = /rowspan\s*=\s*["']?(\d+)/i;

/** Inline HTML tags a converter keeps in markup (formatting only): dropped, their text stays. */
export const INLINE_TAG = /<\/?(?:span|font|b|strong|i|em|u|s|sup|sub|small|big|a|abbr|code|mark|ins|del)\b[^<>]*>/gi;

/** Heading lines: `= t =` … `====== t ======` (MediaWiki, DokuWiki), `== t` (AsciiDoc), `h1. t` (Textile, Jira). */
const EQ_HEADING = /^\s*(={1,6})[ \t]+(?=\S)(.*?\S)(?:[ \t]+=+)?[ \t]*$/;
const H_HEADING = /^\s*h[1-6](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*\.[ \t]+(.*)$/;
/** A Jira anchor macro `{anchor:…}` before a heading's text. */
const JIRA_ANCHOR = /\{anchor:[^}]*\}/g;
/** A whole line in bold or italic: MediaWiki `'''t'''`, `''t''`; AsciiDoc/Textile/Jira `*t*`, `_t_`. */
const QUOTE_BOLD = /'{2,5}(?=\S)(.+?)(?<=\S)'{2,5}/g;
const STAR_LINE = /^(\s*)([*_])(?=[^\s*_])(.*[^\s*_])\2(\s*)$/;

/** Textile cell marks before '. ': `_.` header, `=.` `<.` `>.` alignment, `\2.` colspan, `/2.` rowspan, `{…}.` style. */
const TEXTILE_CELL = /^(?:_|[<>=]|<>|[-^~]|\\\d+|\/\d+|\{[^}]*\}|\([^)]*\)|\[[^\]]*\])+\.(?:\s|$)/;

/** One cell placed on the grid: its text, the columns and rows it spans. */
interface Cell {
  text: string;
  cols: number;
  rows: number;
}

/** Escapes a pipe inside a cell's text, so the pipe-table reader keeps it in the cell. */
const cellText = (t: string): string => t.replace(/\s+/g, ' ').trim().replace(/(?<!\\)\|/g, '\\|');

/**
 * Rows of cells → lines `| a | b |`: a cell spanning columns is followed by empty cells, one spanning
 * rows leaves its column empty in the rows below (as an HTML table's grid does), so every value stays
 * in its column.
 */
function gridLines(rows: readonly (readonly Cell[])[]): string[] {
  const below = new Map<number, number>(); // column → rows still covered by a cell above
  const out: string[] = [];
  for (const row of rows) {
    const line: string[] = [];
    let col = 0;
    const take = (): void => {
      while ((below.get(col) ?? 0) > 0) {
        below.set(col, below.get(col)! - 1);
        line.push('');
        col++;
      }
    };
    for (const cell of row) {
      take();
      line.push(cellText(cell.text));
      for (let k = 0; k < cell.cols; k++) {
        if (k > 0) line.push('');
        if (cell.rows > 1) below.set(col + k, cell.rows - 1);
      }
      col += cell.cols;
    }
    // Columns covered from above after the row's last cell.
    for (const [c, n] of [...below].sort((a, b) => a[0] - b[0])) {
      if (c >= col && n > 0) {
        while (col < c) {
          line.push('');
          col++;
        }
        line.push('');
        below.set(c, n - 1);
        col++;
      }
    }
    if (line.length > 0) out.push(`| ${line.join(' | ')} |`);
  }
  return out;
}

/** Joins a cell's continuation line: a space between two Latin letters or digits, none between ideographs. */
const joinCell = (a: string, b: string): string => (a === '' ? b : /[A-Za-z0-9.,]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);

/** A MediaWiki table's lines (between `{|` and `|}`) → rows of cells. */
function mediaWikiRows(lines: readonly string[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let last: Cell | undefined;
  const cell = (raw: string): void => {
    let t = raw;
    let cols = 1;
    let span = 1;
    const a = MW_ATTRS.exec(t);
    if (a) {
      cols = Number(MW_SPAN.exec(a[0])?.[1] ?? 1) || 1;
      span = Number(MW_ROWSPAN.exec(a[0])?.[1] ?? 1) || 1;
      t = t.slice(a[0].length);
    }
    last = { text: t.trim(), cols, rows: span };
    row.push(last);
  };
  for (const line of lines) {
    const t = line.trim();
    if (/^\|-/.test(t)) {
      if (row.length > 0) rows.push(row);
      row = [];
      last = undefined;
    } else if (t.startsWith('|+')) {
      continue; // caption
    } else if (t.startsWith('|') || t.startsWith('!')) {
      const sep = t.startsWith('!') ? /!!|\|\|/ : /\|\|/;
      for (const part of t.slice(1).split(sep)) cell(part);
    } else if (last && t !== '') {
      last.text = joinCell(last.text, t);
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The column count an AsciiDoc `cols` attribute gives (`"^,^,^"` 3, `"3*"` 3, `"2*,1"` 3), else undefined. */
function adocColumns(spec: string | undefined): number | undefined {
  if (spec === undefined || spec.trim() === '') return undefined;
  let n = 0;
  for (const item of spec.split(/[,;]/)) {
    const m = /^\s*(\d+)\*/.exec(item);
    n += m ? Number(m[1]) : 1;
  }
  return n > 0 ? n : undefined;
}

/** An AsciiDoc cell spec right before its '|' (after white space or at the line's start): `2+`, `.3+`, `2.3+`, `^`, `a`, `3*`. */
const ADOC_SPEC = /(?:^|(?<=\s))((?:(\d+)\*)?(?:(\d+)?(?:\.(\d+))?\+)?(?:[<^>](?:\.[<^>])?)?[adehlmsv]?)$/;

/** An AsciiDoc table's lines (between the `|===` delimiters) → rows of cells, cut by the column count. */
function asciiDocRows(lines: readonly string[], columns: number | undefined): Cell[][] {
  const cells: Cell[] = [];
  let firstLine: number | undefined;
  let current: Cell | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const parts = line.split(/(?<!\\)\|/);
    // parts[0] is text before the line's first '|': a spec of the first cell, or a running cell's text.
    let pending = parts[0]!;
    if (parts.length === 1) {
      if (current) current.text = joinCell(current.text, line.trim());
      continue;
    }
    let onLine = 0;
    for (let i = 1; i < parts.length; i++) {
      const spec = ADOC_SPEC.exec(pending);
      const before = spec ? pending.slice(0, spec.index) : pending;
      if (current && before.trim() !== '') current.text = joinCell(current.text, before.trim());
      else if (!current && before.trim() !== '') cells.push({ text: before.trim(), cols: 1, rows: 1 });
      const s = spec?.[1] ?? '';
      const colSpan = Number(spec?.[3] ?? 1) || 1;
      const rowSpan = Number(spec?.[4] ?? 1) || 1;
      const repeat = s.includes('*') ? Number(spec?.[2] ?? 1) || 1 : 1;
      pending = parts[i]!;
      for (let r = 0; r < repeat; r++) {
        current = { text: '', cols: s.includes('+') ? colSpan : 1, rows: s.includes('+') ? rowSpan : 1 };
        cells.push(current);
        onLine++;
      }
    }
    if (current) current.text = joinCell(current.text, pending.trim());
    if (firstLine === undefined) firstLine = onLine;
  }
  const n = columns ?? firstLine ?? 1;
  // Rows: cells fill the columns left free by spans from above.
  const rows: Cell[][] = [];
  const below = new Array<number>(n).fill(0);
  let row: Cell[] = [];
  let used = 0;
  const free = (): number => below.filter((b) => b > 0).length;
  const close = (): void => {
    rows.push(row);
    row = [];
    used = 0;
    for (let c = 0; c < n; c++) if (below[c]! > 0) below[c]!--;
  };
  for (const cell of cells) {
    if (used + free() >= n) close();
    row.push(cell);
    if (cell.rows > 1) for (let k = 0; k < cell.cols; k++) if (used + free() + k < n) below[used + free() + k] = cell.rows;
    used += cell.cols;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A row with outer pipes whose every cell carries a Textile mark (`=. a`) or a Creole header mark (`=a`): the marks dropped. */
function unmarkCells(line: string): string {
  const m = /^(\s*)\|(.*)\|\s*$/.exec(line);
  if (!m) return line;
  const cells = m[2]!.split(/(?<!\\)\|/);
  if (cells.every((c) => TEXTILE_CELL.test(c.trimStart()))) return `${m[1]}| ${cells.map((c) => c.trimStart().replace(TEXTILE_CELL, '').trim()).join(' | ')} |`;
  if (cells.every((c) => c.startsWith('='))) return `${m[1]}| ${cells.map((c) => c.slice(1).trim()).join(' | ')} |`;
  return line;
}

/** Jira's header row `||a||b||` and DokuWiki's header cells `^ a ^ b |`: rows of '|' cells. */
function headerRow(line: string): string {
  const t = line.trim();
  if (/^\|\|.*\|\|$/.test(t) && !/(?<!\|)\|(?!\|)/.test(t)) return `| ${t.slice(2, -2).split('||').map((c) => c.trim()).join(' | ')} |`;
  if (/^[|^].*[|^]$/.test(t) && t.length > 1 && (t.startsWith('^') || t.endsWith('^')) && /\s\^\s|^\^\s|\s\^$/.test(t)) {
    return `| ${t.slice(1, -1).split(/[|^]/).map((c) => (c.trim() === ':::' ? '' : c.trim())).join(' | ')} |`;
  }
  return line;
}

/** A heading's or a bold line's text without its markup, else the line. */
export function plainHeading(line: string): string {
  const eq = EQ_HEADING.exec(line);
  if (eq) return eq[2]!.replace(/[ \t]+=+$/, '');
  const h = H_HEADING.exec(line);
  if (h) return h[1]!.replace(JIRA_ANCHOR, '').trim();
  let t = line.replace(QUOTE_BOLD, '$1');
  const star = STAR_LINE.exec(t);
  if (star) t = star[1]! + star[3]! + star[4]!;
  return t;
}

/** The text holds wiki markup this reader knows: a wiki table, or two or more marked headings. */
export function hasLightMarkup(text: string): boolean {
  return /^\s*\{\|/m.test(text) || /^\s*\|={3,}\s*$/m.test(text) || /^\s*h[1-6][.({[]/m.test(text) || /^(={1,6})[ \t]+\S.*[ \t]\1[ \t]*$/m.test(text) || /^[ \t]*\^ .* \^[ \t]*$/m.test(text) || /^[ \t]*\|\|.+\|\|[ \t]*$/m.test(text) || /^[ \t]*\|[=_<>]\. /m.test(text) || /^==[ \t]+\S/m.test(text) || /'''/.test(text);
}

/** The text with its wiki markup read (see the file comment); the same string when it holds none. */
export function readLightMarkup(text: string): string {
  if (!hasLightMarkup(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let columns: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(INLINE_TAG, '');
    if (MW_OPEN.test(line)) {
      let j = i + 1;
      while (j < lines.length && !MW_CLOSE.test(lines[j]!)) j++;
      pushAll(out, ['', ...gridLines(mediaWikiRows(lines.slice(i + 1, j).map((l) => l.replace(INLINE_TAG, '')))), '']);
      i = j;
      continue;
    }
    const attrs = ADOC_ATTRS.exec(line);
    if (attrs && i + 1 < lines.length && (ADOC_DELIM.test(lines[i + 1]!) || ADOC_ATTRS.test(lines[i + 1]!))) {
      columns = adocColumns(attrs[1]) ?? columns;
      continue;
    }
    if (ADOC_DELIM.test(line)) {
      let j = i + 1;
      while (j < lines.length && !ADOC_DELIM.test(lines[j]!)) j++;
      pushAll(out, ['', ...gridLines(asciiDocRows(lines.slice(i + 1, j).map((l) => l.replace(INLINE_TAG, '')), columns)), '']);
      columns = undefined;
      i = j;
      continue;
    }
    out.push(plainHeading(unmarkCells(headerRow(line))));
  }
  return out.join('\n');
}
