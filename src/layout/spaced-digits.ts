/**
 * @file Numbers printed letter-spaced in a space-aligned dump (`pdftotext -layout` of a page whose number
 * cells carry CSS letter-spacing or a spread font, turned or not; breakit58 ptt-layout-rot270odd): each digit of a
 * number stands apart, as a cell of its own would ('规章   1 5         2 0        7', '政府集中采购   2 0   8 7 4 2 . 7 3').
 * Read as printed, '2 0' is two cells (2 | 0 at 0.88) and '1 4 1' a row of three.
 *
 * Whether a gap parts two digits of one number or two cells is told by the line's own gaps: on a line
 * whose every number is spelt out one character a token, the gaps between number characters are either
 * all one width `s` (the spacing inside a number: the narrowest) or wider than `s` (cell gaps). A line
 * whose gaps split so, each run of characters at `s` joining into a well-formed number ('20', '8742.73';
 * never led by 0, one decimal point between digits), is written with those runs closed up at their
 * place. That reading is taken only in a document that shows letter-spacing: two lines or more so
 * decided with a joined run of three characters or more (a run of three single-digit cells at `s` in a
 * cramped table is rare; a decimal or long number is not), and no table row printing a number of two
 * digits or more as one token (a document printing numbers unspaced: WHOLE_ROWS such lines).
 *
 * In such a document a line that prints two number characters or more and is not so decided (gaps
 * of more than two widths, or a run joining into a number led by 0: a single-digit cell beside the
 * next at the spacing's width) cannot be read by its gaps: its line index is returned in `doubt`
 * (Line.piecesBeside, score PIECES_BESIDE_CAP: every value below 0.8, never a confident 1 | 41 for 14 | 1).
 * A line none of whose gaps is as narrow as the spacing decided lines show is read as printed (cells only).
 * A line whose run at `s` joins into no number ('0 3', '0 0', seven digits) shows cells that close: within
 * CELLS_AT_SPACING_REACH lines of it (its table) nothing is closed up, a line that would be is in doubt, the
 * others are read as printed (rows of single-digit cells, which their identities confirm).
 */

import { minOf } from '../_internal/extremes.js';

/** A number character spelt out on its own: a digit, the decimal point or thousands comma between digits, a minus sign before them, '件' after them. */
const NUMBER_CHAR = /^[0-9.,\-件]$/;
/** A number token of two digits or more printed whole (a document that does not letter-space its numbers). */
const WHOLE_NUMBER = /^\d[\d,]*\d(?:\.\d+)?$|^\d+\.\d+$/;
/** A well-formed joined number: no leading 0 (unless 0 itself or 0.x), thousands commas in groups of three, one decimal point, at most six digits before it (a longer run is cells). */
const WELL_FORMED = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,5})(?:\.\d+)?件?$/;
/** Fewest lines decided by their gaps, with a run of LONG_RUN characters, for a document to read as letter-spaced (one with a spaced decimal point is enough). */
const MIN_DECIDED = 2;
/** Characters of a joined run that only letter-spacing prints (three single-digit cells at the narrowest gap are rare). */
const LONG_RUN = 3;
/** chars. Widest gap read as the spacing inside a number (wider letter-spacing is not told from cell gaps). */
const MAX_SPACING = 2;
/** lines. How far a line showing cells at the spacing's width ('0 3') keeps the lines around it (its table) as printed. */
const CELLS_AT_SPACING_REACH = 30;
/** Lines printing two whole numbers of two digits or more that show a document not letter-spacing its numbers (a turned title's '第710局 2024年' is one). */
const WHOLE_ROWS = 3;
/** Table-row-like: text, then two number tokens or more parted by runs of spaces. */
const ROW_LIKE = /\S {2,}\S.*\d/;

interface Token {
  text: string;
  start: number;
}

const tokensOf = (line: string): Token[] => [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index! }));

interface Reading {
  /** The line with its runs closed up, or null when its gaps do not decide. */
  joined: string | null;
  /** Longest joined run (characters). */
  longest: number;
  /** The narrowest gap between two of its number characters. */
  s: number;
  /** A run spells a decimal point between digits ('8 7 4 2 . 7 3', spacedPoint): letter-spacing beyond doubt. */
  decimal?: true;
  /** A run at the narrowest gap joins into no number ('0 3', '0 0'): cells stand that close in this document. */
  cellsAtSpacing?: true;
}

/** The runs of single number characters of a line (token indices), or null when the line prints none or a whole number. */
function spelledRuns(tokens: readonly Token[]): Token[][] | null {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    if (NUMBER_CHAR.test(t.text)) {
      cur.push(t);
      continue;
    }
    if (cur.length) runs.push(cur);
    cur = [];
  }
  if (cur.length) runs.push(cur);
  const chars = runs.reduce((n, r) => n + r.length, 0);
  return chars >= 2 ? runs : null;
}

/**
 * Whether a run spells a decimal point between digits at one gap width ('2   9   2   6   .   3   9'): the
 * spacing of one number, however wide (a point is no cell). Such a line shows the document letter-spaced even
 * where its spacing is too wide to tell from cell gaps.
 */
function spacedPoint(runs: readonly Token[][]): boolean {
  return runs.some((r) => r.some((t, i) => t.text === '.' && i > 0 && i < r.length - 1 && /\d/.test(r[i - 1]!.text) && /\d/.test(r[i + 1]!.text) && t.start - r[i - 1]!.start === r[i + 1]!.start - t.start));
}

/** The line read by its gaps (see the file comment). */
function readLine(line: string): Reading | null {
  if (line.includes('\t') || line.includes('|')) return null;
  const tokens = tokensOf(line);
  if (tokens.some((t) => WHOLE_NUMBER.test(t.text))) return null;
  const runs = spelledRuns(tokens);
  if (!runs) return null;
  const gaps = runs.flatMap((r) => r.slice(1).map((t, i) => t.start - r[i]!.start - 1));
  if (gaps.length === 0) return null;
  const s = minOf(gaps);
  // Gaps at s are inside a number, wider ones part cells; a line of one gap width (or spacing wider than
  // MAX_SPACING) does not tell which it is.
  if (s > MAX_SPACING) return { joined: null, longest: 0, s, ...(spacedPoint(runs) ? { decimal: true as const } : {}) };
  const even = gaps.every((g) => g === s);
  let out = line;
  let longest = 0;
  let cellsAtSpacing = false;
  let decimal = false;
  const undecided = (): Reading => ({ joined: null, longest: 0, s, ...(cellsAtSpacing ? { cellsAtSpacing: true as const } : {}) });
  // Rebuilt right to left so earlier places stay put.
  const pieces: { start: number; end: number; text: string }[] = [];
  for (const r of runs) {
    let group: Token[] = [r[0]!];
    const close = (): boolean => {
      const text = group.map((t) => t.text).join('');
      if (group.length > 1 && !WELL_FORMED.test(text)) return (cellsAtSpacing = true), false;
      if (group.length === 1 && !/\d/.test(text)) return true;
      if (text.length > longest) longest = text.length;
      if (group.length > 1 && /\d\.\d/.test(text)) decimal = true;
      const last = group[group.length - 1]!;
      pieces.push({ start: group[0]!.start, end: last.start + 1, text });
      return true;
    };
    for (let i = 1; i < r.length; i++) {
      const gap = r[i]!.start - r[i - 1]!.start - 1;
      if (gap === s) group.push(r[i]!);
      else {
        if (!close()) return undecided();
        group = [r[i]!];
      }
    }
    if (!close()) return undecided();
  }
  if (even) return undecided();
  for (const p of pieces.reverse()) out = out.slice(0, p.start) + p.text.padEnd(p.end - p.start) + out.slice(p.end);
  return { joined: out, longest, s, ...(decimal ? { decimal: true as const } : {}) };
}

/**
 * Lines with letter-spaced numbers closed up where the line's gaps decide (see the file comment), and the
 * lines of a letter-spaced document that print spelt-out number characters the gaps do not decide.
 */
export function closeSpacedDigits(lines: readonly string[]): { lines: string[]; doubt: Set<number> } {
  const doubt = new Set<number>();
  let decided = 0;
  const readings = new Map<number, Reading>();
  const close: number[] = [];
  let whole = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ROW_LIKE.test(line) && !/\d \d/.test(line)) continue;
    if (ROW_LIKE.test(line) && tokensOf(line).filter((t) => WHOLE_NUMBER.test(t.text)).length >= 2 && ++whole >= WHOLE_ROWS) return { lines: [...lines], doubt };
    const r = readLine(line);
    if (!r) continue;
    readings.set(i, r);
    if (r.cellsAtSpacing) close.push(i);
    if (r.decimal) decided += MIN_DECIDED;
    else if (r.joined !== null && r.longest >= LONG_RUN) decided++;
  }
  if (decided < MIN_DECIDED) return { lines: [...lines], doubt };
  const out = [...lines];
  // The widest spacing inside a number decided lines show (none: the document's spacing is too wide to decide any line).
  let spacing = -1;
  for (const r of readings.values()) if (r.joined !== null && r.s > spacing) spacing = r.s;
  if (spacing < 0) spacing = Infinity;
  const nearClose = nearLines(close, lines.length);
  for (const [i, r] of readings) {
    // Cells as close as the spacing nearby (the same table): the gaps decide nothing there. A line they would
    // close up stays as printed, in doubt; the others as printed (a row of single-digit cells, its identities read it).
    if (nearClose(i)) {
      if (r.joined !== null) doubt.add(i);
      continue;
    }
    if (r.joined !== null) out[i] = r.joined;
    // Gaps all wider than the document's spacing where lines decided it: cells only, read as printed.
    else if (r.s <= spacing) doubt.add(i);
  }
  return { lines: out, doubt };
}

/** Whether a line is within CELLS_AT_SPACING_REACH lines of one of `marks` (sorted): one pass each way. */
function nearLines(marks: readonly number[], n: number): (i: number) => boolean {
  const dist = new Array<number>(n).fill(Infinity);
  for (const m of marks) dist[m] = 0;
  for (let i = 1; i < n; i++) dist[i] = Math.min(dist[i]!, dist[i - 1]! + 1);
  for (let i = n - 2; i >= 0; i--) dist[i] = Math.min(dist[i]!, dist[i + 1]! + 1);
  return (i) => dist[i]! <= CELLS_AT_SPACING_REACH;
}
