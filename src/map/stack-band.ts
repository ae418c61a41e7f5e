/**
 * @file Where table 三's header band of a space-aligned dump is, and how its glyphs are placed
 * (map/header-stacks reads the band): each line's runs of glyphs at their display columns, with an
 * ideograph counted one column and two (Ghostscript `txtwrite` counts one, `pdftotext -layout` two),
 * and which of the two the table's value rows show the dump counted.
 */
import type { Line } from '../model/document.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** Lines above the first value row searched for the header (a six-character word wrapped one character per line, plus groups). */
const MAX_BAND = 16;
/** Numbers a line prints to be table 三's value row (seven columns; one may be cut off or blank). */
export const MIN_VALUES = 6;
/** Numbers on a line above the band that end it (a row of the table before; a wrapped cell's number piece is one). */
const MIN_ABOVE = 2;
/** Value rows whose last number's end is compared to tell how wide the dump counts an ideograph (ideographWidth), at most and at least. */
const MAX_RULER_ROWS = 30;
const MIN_RULER_ROWS = 5;
/** Display columns. One count must line the rows' ends up this much better than the other (a centred 总计 drifts a column). */
const RULER_SLACK = 2;

/** A glyph of a dump's line at its display column. */
export interface Glyph {
  ch: string;
  /** Display column with an ideograph as wide as the reading looks for stacks with. */
  x: number;
  /** Display column with an ideograph one / two columns wide: the bounds of where a converter put it. */
  x1: number;
  x2: number;
}

const wide = (ch: string): boolean => /[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\ufffd\u3000-\u303f]/.test(ch);
const isNumber = (c: string): boolean => /^\d[\d,.]*$/.test(c.trim());

/** The line's runs of non-space glyphs at their display columns; null when the line has no cell starts. */
export function runsOf(l: Line, cjk: number): Glyph[][] | null {
  if (!l.starts || l.starts.length !== l.cells.length) return null;
  const runs: Glyph[][] = [];
  let [x1, x2] = [l.starts[0]!, l.starts[0]!];
  let charEnd = l.starts[0]!;
  l.cells.forEach((cell, k) => {
    x1 += l.starts![k]! - charEnd;
    x2 += l.starts![k]! - charEnd;
    let cur: Glyph[] = [];
    runs.push(cur);
    for (const ch of cell) {
      if (ch === ' ') {
        cur = [];
        runs.push(cur);
      } else cur.push({ ch, x: cjk === 1 ? x1 : x2, x1, x2 });
      x1 += 1;
      x2 += wide(ch) ? 2 : 1;
    }
    charEnd = l.starts![k]! + cell.length;
  });
  return runs.filter((r) => r.length > 0);
}

/** Words that start table 三's header band. */
export const BAND_START = /申请人|自然|法人或|总计/;

const valueCount = (l: Line): number => l.cells.flatMap((c) => c.split(' ')).filter(isNumber).length;

/**
 * The band of header lines above table 三's first value row (the first line with MIN_VALUES numbers below a line of header
 * words — `minValues` for a table printing fewer columns, map/clipped-total), and the value rows from there.
 */
export function headerBand(lines: readonly Line[], minValues = MIN_VALUES): { band: Line[]; rows: Line[] } | null {
  const start = lines.findIndex((l) => BAND_START.test(l.cells.join('')));
  const at = start < 0 ? -1 : lines.findIndex((l, i) => i > start && valueCount(l) >= minValues);
  if (at < 0) return null;
  // Up to MAX_BAND lines, after the last line of numbers above (table 二's rows).
  let from = Math.max(0, at - MAX_BAND);
  for (let i = at - 1; i >= from; i--) if (valueCount(lines[i]!) >= MIN_ABOVE) from = i + 1;
  return { band: lines.slice(from, at), rows: lines.slice(at).filter((l) => valueCount(l) >= minValues) };
}

/**
 * How wide the dump counts an ideograph, told by the value rows: their last number (总计) ends in
 * one column under labels of different lengths only when counted as the converter counted (one
 * column: Ghostscript; two: a laid-out dump). Null when the rows do not tell (labels alike, or both
 * counts as ragged).
 */
export function ideographWidth(rows: readonly Line[]): 1 | 2 | null {
  const spread = (cjk: number): number | null => {
    const ends = rows.slice(0, MAX_RULER_ROWS).map((l) => runsOf(l, cjk)?.at(-1)?.at(-1)?.x).filter((x): x is number => x !== undefined);
    return ends.length < MIN_RULER_ROWS ? null : maxOf(ends) - minOf(ends);
  };
  const [one, two] = [spread(1), spread(2)];
  if (one === null || two === null) return null;
  return one + RULER_SLACK < two ? 1 : two + RULER_SLACK < one ? 2 : null;
}
