/**
 * @file Lines that print only a sub-row's item number ('1.', '3、'). Plain `pdftotext` (no -layout)
 * prints the numbering cell of table 三's sub-rows ('3.' | '危及“三安全一稳定”') as a text block of
 * its own: a line '3.' right before its label, or a pile of them ('1.' / '2.' / '（三）不予' / '公开' /
 * '5.' / '6.' …) among the labels. Read as a value, each shifts every row of the value stream after
 * it. But a value cell printed with a full stop after it ('3.': a converter appending punctuation,
 * a typist ending cells with a stop) reads the same on a line of its own, and read as numbering it
 * drops a value. A line holding nothing but one item number 1–8 with its mark (no grid cell) is a
 * candidate; which reading it takes is decided by the row it sits in (`segments`): a label and the
 * values printed after it up to the next label. Where the row holds exactly the table's count of
 * values with its candidates counted as values, they are values; where it holds that count before
 * candidates that end it, those are the next row's numbering. Where the count decides nothing
 * (piles, a numbering cell printed among a row's values), the region decides: when some run of
 * candidates is followed by label text (a line that starts with text, not with a number) every
 * other candidate is numbering, otherwise a value.
 */
import type { Line } from '../model/document.js';

/** One item number and its mark, nothing else: '3.', '3．', '3、'. */
const NUMBERING_ONLY = /^\s*[1-8]\s*[.．、]\s*$/;

/** A line of one cell holding an item number only. */
function numberingOnly(line: Line): boolean {
  if (line.cols !== undefined) return false;
  const cells = line.cells.filter((c) => c.trim() !== '');
  return cells.length === 1 && NUMBERING_ONLY.test(cells[0]!);
}

/** A line starting with text (a label), not with a number or a mark. */
function startsWithText(line: Line): boolean {
  const first = line.cells.find((c) => c.trim() !== '')?.trim() ?? '';
  return /^[\p{Script=Han}（(“"]/u.test(first);
}

/** A row label with its item number ('3.危及…'). */
const NUMBERED_LABEL = /^\s*\d{1,2}\s*[.．、]\s*(?=\p{Script=Han})/u;

/** A line starting a label: text, or an item number and text. */
function startsLabel(line: Line): boolean {
  const first = line.cells.find((c) => c.trim() !== '') ?? '';
  return startsWithText(line) || NUMBERED_LABEL.test(first);
}

/** Numbers standing on their own in the line's text, its label's item number left out (a rough count of its values). */
const VALUE = /(?<![\d.,\p{Script=Han}])\d+(?:\.\d+)?(?![\d\p{Script=Han}])/gu;
function valueCount(line: Line): number {
  return line.cells.reduce((n, c, i) => n + ((i === 0 ? c.replace(NUMBERED_LABEL, '') : c).match(VALUE)?.length ?? 0), 0);
}

/** A printed row: its label lines, then its values in order, each a value or a candidate line. */
interface Segment {
  tokens: { line: Line | null }[];
}

/**
 * The region cut into rows: a row starts at a text line after a values line (or a candidate), or at
 * a text line holding values after another one (one row per line, -layout); text lines after a label
 * line (a wrapped label) stay in its row. Values of text lines count as the row's (line null).
 */
function segments(lines: readonly Line[]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { tokens: [] };
  let prev: 'text' | 'textValues' | 'values' | null = null;
  for (const line of lines) {
    if (line.cells.every((c) => c.trim() === '')) continue;
    if (numberingOnly(line)) {
      cur.tokens.push({ line });
      prev = 'values';
      continue;
    }
    const n = valueCount(line);
    if (startsLabel(line)) {
      if (prev === 'values' || (prev === 'textValues' && n > 0)) {
        out.push(cur);
        cur = { tokens: [] };
      }
      for (let i = 0; i < n; i++) cur.tokens.push({ line: null });
      prev = n > 0 ? 'textValues' : prev === 'textValues' ? 'textValues' : 'text';
      continue;
    }
    for (let i = 0; i < n; i++) cur.tokens.push({ line: null });
    if (n > 0) prev = 'values';
  }
  out.push(cur);
  return out;
}

/** The most common count of values of the rows holding no candidate and two or more values (table 三: 7). */
function rowLength(segs: readonly Segment[]): number {
  const counts = new Map<number, number>();
  for (const s of segs) if (s.tokens.length >= 2 && s.tokens.every((t) => t.line === null)) counts.set(s.tokens.length, (counts.get(s.tokens.length) ?? 0) + 1);
  let best = 7;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n === 7)) [best, most] = [n, c];
  return best;
}

/**
 * The lines of `lines` that print only an item number. A row whose values with its candidates are
 * the row length takes them as values; a row whose first `length` tokens are values and whose
 * candidates all come after them ends in the next rows' numbering. Other candidates: when some run
 * of candidates is followed by label text (the dump prints the numbering cells apart), every one is
 * numbering (a number printed among a row's values, '0' / '3.' / '0': the numbering cell of a row
 * whose label came earlier); none when no run is.
 */
export function numberingLines(lines: readonly Line[]): Set<Line> {
  const all: Line[] = [];
  let confirmed = false;
  let run = 0;
  for (const line of lines) {
    if (numberingOnly(line)) {
      all.push(line);
      run++;
      continue;
    }
    if (run > 0 && startsWithText(line)) confirmed = true;
    run = 0;
  }
  if (all.length === 0) return new Set();
  const segs = segments(lines);
  const length = rowLength(segs);
  const values = new Set<Line>();
  const numbering = new Set<Line>();
  for (const s of segs) {
    const m = s.tokens.length;
    if (m === length) for (const t of s.tokens) if (t.line) values.add(t.line);
    if (m > length && s.tokens.slice(length).every((t) => t.line !== null)) {
      for (const t of s.tokens.slice(0, length)) if (t.line) values.add(t.line);
      for (const t of s.tokens.slice(length)) numbering.add(t.line!);
    }
  }
  return new Set(all.filter((l) => numbering.has(l) || (!values.has(l) && confirmed)));
}
