/**
 * @file Table 二's column headers printed in another order than the template's. Its small tables
 * (本年制发件数 本年废止件数 现行有效件数; 本年新制作数量 本年新公开数量 对外公开总数量; 上一年项目数量
 * 本年增/减 处理决定数量) have no identity that would notice two columns swapped, so values read by
 * position would be confidently wrong. Each header line sets the printed column order of the rows
 * under it (until the next header): when it names exactly a row's columns, the values are moved to
 * the printed columns; when it names some of them out of order, the row's values are only capped.
 * Either way the row's values are marked as read in an unconfirmed order (map/order-unconfirmed, score: ≤ 0.85) with a warning.
 */
import type { Line, Warning } from '../model/document.js';
import type { RowSpec } from '../template/types.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';
import { wordsOf } from './header-words.js';
import { memoByString } from '../_internal/memo.js';
import { applyMoves } from './move-columns.js';
import { markOrderUnconfirmed } from './order-unconfirmed.js';
import { ACTIVE_WORDS as ACTIVE_HEADER, GROUP, looseHeader, mergeHeaderLine, stemCount } from './active-header.js';
import { stackedColumns } from './positional-band.js';
import { pushAll } from '../_internal/extremes.js';

/** Header words that are not columns of a row (the label column). */
const OTHER_HEADER_TEXT = ['信息内容', '万元', '件', '个', '数量', '数'];
/** Share of a line's characters that must be header words for the line to be a column header. */
const HEADER_SHARE = 0.6;
const HEADER_TEXT = [...ACTIVE_HEADER.map((w) => w[0]), ...OTHER_HEADER_TEXT].sort((a, b) => b.length - a.length);

/** Column words other than the '本年' group, longest first. */
const SPLIT_WORDS = ACTIVE_HEADER.map((w) => w[0]).filter((w) => w !== '本年').sort((a, b) => b.length - a.length);
/** A text matched literally inside a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
}
/**
 * A '本年' run into a column word in a line of one cell — at its start, or after other header words
 * ('信息内容 本年制发件数本年废止件' / '数现行有效件' / '数', pypdf: a wrapped cell's tail glued to the next
 * cell, breakit58 pypdf-cr/r02, 本年废止件数 had been read as a group over 现行有效件数 and the row's 7 4 at 0.85
 * exchanged): that column's own first characters, not
 * a group spanning the columns of the next line — a header cell wrapped in a narrow column, one piece per
 * line ('本年制发件' / '数' / '本年废止件' / '数', plain pdftotext), names 本年制发件数 and 本年废止件数,
 * which a '本年' group would read swapped. Not in a line of several cells (a stacked band's pieces put
 * together out of order, '信息内容件数本年废止件数现行有效件数' | '本年制发'): there it stays a group, the order unread.
 */
const OWN_BENNIAN = new RegExp(`本年(?=${SPLIT_WORDS.map(escapeRegExp).join('|')})`, 'g');

/** A header line's text for its column keys: a one-cell line's own '本年' (OWN_BENNIAN) left out. */
const keysText = (line: Line): string => normalizeLabel(line.cells.length === 1 ? line.cells[0]!.replace(OWN_BENNIAN, '') : line.cells.join(''));

/** Printed column keys of a header line (none: header text naming no column, such as 信息内容), or null when the line is not header text. */
function headerKeys(norm: string): string[] | null {
  const keys = knownHeaderKeys(norm);
  return keys ? [...keys] : null;
}

/** headerKeys by text (pure; asked of each line of table 二 once per reading). */
const knownHeaderKeys = memoByString((norm: string): readonly string[] | null => readHeaderKeys(norm));

function readHeaderKeys(norm: string): string[] | null {
  if (/\d/.test(norm)) return null;
  const words = wordsOf(norm, ACTIVE_HEADER);
  const rest = HEADER_TEXT.reduce((t, w) => t.split(w).join(''), norm);
  if (norm.length - rest.length < HEADER_SHARE * norm.length) return null;
  return words.map((w) => w[1]!);
}

/** The row a line starts with (longest label first, so 行政规范性文件 is not read as 规范性文件's row by a shorter match). */
function rowOfLine(norm: string, rows: readonly RowSpec[]): RowSpec | null {
  let best: { spec: RowSpec; len: number } | null = null;
  for (const spec of rows) for (const l of spec.labels) if (norm.startsWith(l) && (!best || l.length > best.len)) best = { spec, len: l.length };
  return best?.spec ?? null;
}

/**
 * `lines` with each header wrapped over positioned lines (the digit-free lines before a row, or the
 * last two or more of them) read as one line of its stacked columns (map/positional-band) when each
 * column so read is header words whole: line by line, a wrapped header names pieces ('本年制发', '现行有').
 */
function stackedHeaders(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let band: Line[] = [];
  for (const line of lines) {
    if (!/\d/.test(line.cells.join(''))) {
      band.push(line);
      continue;
    }
    pushAll(out, stackedBand(band)).push(line);
    band = [];
  }
  return [...out, ...band];
}

/**
 * A band's lines, its last two or more replaced by one line of stacked columns when each of those is
 * header words only, two columns or more, and some line of them prints cells apart (runs of spaces
 * between them: laid out). A plain stream's lines start at the margin, their words one space apart
 * ('信息内容 本年制发件数' / '本年废止' / '件数' / '现行有效' / '件数', `pdftotext -raw`): their places
 * say nothing, and stacked they had named 本年废止件数 first (fb36 jian j4-big-raw, 0.85 wrong).
 */
function stackedBand(band: readonly Line[]): Line[] {
  const whole = (column: string): boolean => HEADER_TEXT.reduce((t, w) => t.split(w).join(''), normalizeLabel(column)) === '';
  for (let from = 0; from + 1 < band.length; from++) {
    const part = band.slice(from);
    if (!part.some((l) => l.separated && l.cells.length > 1)) continue;
    const columns = stackedColumns(part);
    if (!columns || !columns.every(whole)) continue;
    const keys = headerKeys(normalizeLabel(columns.join('')));
    if (keys && keys.length >= 2) return [...band.slice(0, from), { cells: columns, separated: true, source: part[0]!.source }];
  }
  return [...band];
}

/**
 * A header line naming columns the lines above it did not, where a line of the run prints two cells or
 * more: the header is laid out over lines by position (pdftotext -layout: '本年废止件 现行有效件' right of
 * the label column on one line, '信息内容 本年制发件数' below it), so which of its columns comes first is
 * where each stands, not which line it is on — read line by line, the order is a guess (breakit54
 * ptt-layout-a5/r17: issued/repealed/inForce rotated 10,13,8 → 8,10,13 at 0.85). One cell a line (a
 * header printed one cell per line by a plain dump) names its columns in the order of its lines.
 */
function appendsAcrossLaidOutLines(run: readonly string[], keys: readonly string[], runCells: number, lineCells: number): boolean {
  const known = run.filter((k) => k !== GROUP);
  const added = keys.filter((k) => k !== GROUP && !run.includes(k));
  if (known.length === 0 || added.length === 0 || run.includes(GROUP)) return false;
  // A line naming every column above it and more is the header whole (mergeHeaderLine takes it as read).
  if (known.every((k) => keys.includes(k))) return false;
  return Math.max(runCells, lineCells) >= 2;
}

/**
 * Follows table 二's printed column order row by row; changes `fields`/`placements` in place and
 * returns one `columns_reordered` warning naming the rows whose header contradicts the template.
 */
export function followActiveColumns(lines: readonly Line[] | null, rows: readonly RowSpec[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning[] {
  if (!lines) return [];
  let printed: string[] | null = null;
  const touched: string[] = [];
  const seen = new Set<string>();
  // Consecutive header lines read as one header: a header printed one cell per line (信息内容 /
  // 本年制发件数 / … in a plain text dump) names its columns in the order of its lines.
  let run: string[] | null = null;
  // A header line whose words name the columns otherwise than recognised ('发文数 失效数'), or a
  // '本年' group whose sub-columns were not read: the order of the rows under it is not confirmed.
  let unread = false;
  let split = false;
  // The most cells a line of the current header run printed (laid-out lines: their cells' order is by position, not by line).
  let runCells = 0;
  const unconfirmed: string[] = [];
  for (const line of stackedHeaders(lines)) {
    const norm = normalizeLabel(line.cells.join(''));
    if (!norm) continue;
    const keys = headerKeys(keysText(line));
    if (keys) {
      if (!run) unread = split = false;
      if (run && appendsAcrossLaidOutLines(run, keys, runCells, line.cells.length)) unread = true;
      runCells = Math.max(run ? runCells : 0, line.cells.length);
      run = mergeHeaderLine(run, keys);
      if (run.filter((k) => k !== GROUP).length >= 2 || run.includes(GROUP)) printed = run;
      // Column words left over once the recognised ones are taken out: a column named in words not recognised.
      if (stemCount(HEADER_TEXT.reduce((t, w) => t.split(w).join(''), norm)) > 0) unread = true;
      // '本年' cells on both sides of another column: not one spanning group, its sub-columns cannot be placed.
      if (/本年.*#.*本年/.test(SPLIT_WORDS.reduce((t, w) => t.split(w).join('#'), norm))) split = true;
      continue;
    }
    if (looseHeader(norm) && !rowOfLine(norm, rows)) {
      if (!run) split = false;
      run = [...(run ?? [])];
      unread = true;
      continue;
    }
    run = null;
    const spec = rowOfLine(norm, rows);
    if (!spec || seen.has(spec.key) || spec.columns.length < 2) continue;
    seen.add(spec.key);
    const prefix = `activeDisclosure.${spec.key}.`;
    const named = printed ? printed.filter((k) => spec.columns.includes(k)) : [];
    const inOrder = named.every((k, i) => i === 0 || spec.columns.indexOf(k) > spec.columns.indexOf(named[i - 1]!));
    // A header was printed but does not name every column of the row: its order is not confirmed.
    if (split || ((unread || printed?.includes(GROUP)) && !(inOrder && named.length === spec.columns.length))) {
      markOrderUnconfirmed(prefix, placements);
      unconfirmed.push(spec.key);
      continue;
    }
    if (!printed || named.length < 2 || inOrder) continue;
    const exact = named.length === spec.columns.length && printed.length === spec.columns.length;
    // The header names exactly this row's columns: values read in template order go to the printed columns.
    if (exact) applyMoves(prefix, new Map(spec.columns.map((k, i) => [k, printed![i]!])), (key) => (key.startsWith(prefix) ? [prefix, key.slice(prefix.length)] : null), fields, placements);
    markOrderUnconfirmed(prefix, placements);
    touched.push(`${spec.key} (${printed.join(' ')})`);
  }
  const warnings: Warning[] = unconfirmed.length === 0 ? [] : [{
    code: 'columns_unread',
    message: `table activeDisclosure prints a column header whose order is not confirmed (words not recognised, or a 本年 group without its sub-columns) above: ${unconfirmed.join(', ')}; their values are read in the template's order and stay below 0.9`,
    keys: ['activeDisclosure'],
  }];
  if (touched.length === 0) return warnings;
  return [...warnings, {
    code: 'columns_reordered',
    message: `table activeDisclosure prints its column headers in an order other than the template's: ${touched.join('; ')}; the values follow the header where it names every column, and stay below 0.9`,
    keys: ['activeDisclosure'],
  }];
}
