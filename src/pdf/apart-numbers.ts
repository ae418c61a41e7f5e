/**
 * @file Two numbers in one table cell that the page shows apart: '109' and '27' drawn as two runs
 * with a gap wider than a digit between them are two numbers, not 10927 ('6763' and '.91': not
 * 6763.91). The cell's text keeps a space between them, which the row readings do not take as one number (the cell is not trusted
 * as a value). A thousands-group space ('1 234') is at most a digit wide and stays joined, as do
 * glyphs a producer places one by one (pdftocairo) and a number's own letter-spacing, whose gaps
 * are narrower, or single glyphs at an even pitch (letterSpaced).
 */
import type { PdfItem } from './pdf-lines.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** × font size. A digit's advance when a run does not measure one (half-width digits are 0.5 em). */
const DIGIT_EM = 0.5;
/** × a digit's advance. A gap wider than this between two numbers parts them (a thousands space is one digit wide at most). */
const APART = 1.1;
/** Single-glyph runs at one pitch from this many on are a letter-spaced number (two single digits apart are what a `Tc`-spaced two-digit number looks like). */
const LETTER_SPACED = 2;
/** Largest ratio of the widest to the narrowest gap of a letter-spaced number's glyphs. */
const EVEN = 1.3;

/** The advance of one digit of `it` (its width over its length when it is all digits), else DIGIT_EM. */
function digitAdvance(it: PdfItem): number {
  const s = it.str.trim();
  return /^\d+$/.test(s) && it.width > 0 ? it.width / s.length : DIGIT_EM * it.size;
}

/**
 * What goes between two runs `a` and `b` (left to right) of one line of a cell: ' ' when `a` ends
 * and `b` starts with a digit and the gap between them is wider than APART digits, else ''.
 */
export function runSeparator(a: PdfItem, b: PdfItem): string {
  if (!/[\d.．]$/.test(a.str.trimEnd()) || !/^[\d.．]/.test(b.str.trimStart()) || !/\d/.test(a.str) || !/\d/.test(b.str)) return '';
  const gap = b.spacedGap ?? b.x - (a.x + a.width);
  return gap > APART * Math.max(digitAdvance(a), digitAdvance(b)) ? ' ' : '';
}

/** A space the producer drew (`spaceBefore`, drawn-spaces.ts) between a run ending and a run starting with a digit. */
function drawnApart(a: PdfItem, b: PdfItem): boolean {
  return b.spaceBefore === true && /\d$/.test(a.str) && /^\d/.test(b.str);
}

/**
 * True when a line's runs are LETTER_SPACED or more single glyphs at one even pitch (gaps within
 * EVEN of each other): a number set with character spacing (`Tc`), which pdf.js gives glyph by
 * glyph ('1 3 4 4' is 1344; '1 6' is read 16: two single digits apart cannot be told from a
 * letter-spaced number, a known limit).
 */
function letterSpaced(row: readonly PdfItem[]): boolean {
  if (row.length < LETTER_SPACED || row.some((it) => it.str.trim().length !== 1)) return false;
  const gaps = row.slice(1).map((it, i) => it.x - (row[i]!.x + row[i]!.width));
  return maxOf(gaps) <= EVEN * Math.max(minOf(gaps), 0.1);
}

/**
 * The runs of one cell's lines (left to right each) as the cell's text: the text cleaned by `clean`
 * (pdf-lines cellText) in parts, at each gap where numbers are shown apart (runSeparator, or a space the
 * producer drew: drawnApart), the parts
 * joined by a space (so that the cleaning's joins of a spaced decimal point do not join them again).
 */
export function joinCellRuns(rows: readonly (readonly PdfItem[])[], clean: (raw: string) => string): string {
  const parts: string[] = [''];
  for (const row of rows) {
    const spaced = letterSpaced(row);
    row.forEach((it, i) => {
      const prev = row[i - 1];
      if (prev && ((!spaced && runSeparator(prev, it)) || drawnApart(prev, it))) parts.push('');
      parts[parts.length - 1] += it.str;
    });
  }
  return parts.map(clean).filter(Boolean).join(' ');
}
