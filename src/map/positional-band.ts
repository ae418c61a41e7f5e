/**
 * @file The header band of a space-aligned dump read by position: every piece (a run of text
 * between spaces) of the band's digit-free lines, ordered by the display column it starts at (a piece
 * of a higher line first at the same column), joined. A laid-out dump prints a header wrapped over
 * several lines with each line's pieces where they stand on the page, so reading order across lines
 * is not the columns' order ('社会公益 法律服务' printed above '商业企业 科研机构 其他', '组织 机构'
 * below), but each piece's column is: a wrapped cell's lower piece is centred or left-aligned under
 * its upper piece, so it starts at or after it and before the next column's. A dump pads its
 * columns counting an ideograph one column or two (w3m: two; map/stack-band): the count under which
 * more pieces start where a piece of another line starts (cells stacked left-aligned) is taken, one
 * column when neither stacks more.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { runsOf } from './stack-band.js';
import { maxOf } from '../_internal/extremes.js';

/** Numbers a line must print to end the header band (a label's '1.' or '第二十条' does not). */
export const BAND_END_NUMBERS = 2;
/** Table 三's first row label: the header is above it (a column-major dump prints every label, 其他 among them, before the columns). */
export const FIRST_ROW = '本年新收';
/** FIRST_ROW with at most one of its letters lost as U+FFFD (Ghostscript txtwrite: '一�本�新收…'). */
const FIRST_ROW_READ = new RegExp([FIRST_ROW, ...[...FIRST_ROW].map((_, i) => FIRST_ROW.slice(0, i) + '\ufffd' + FIRST_ROW.slice(i + 1))].join('|'));
/** Where a text names table 三's first row label (one letter of it may be lost), or -1. */
export const firstRowAt = (text: string): number => text.search(FIRST_ROW_READ);

interface Piece {
  text: string;
  at: number;
  line: number;
}

/** Pieces that start where a piece of another line starts. */
function stacked(pieces: readonly Piece[]): number {
  return pieces.filter((p) => pieces.some((q) => q.line !== p.line && q.at === p.at)).length;
}

/** The pieces of positioned lines (`l.starts` set) at their display columns, an ideograph counted as the dump did. */
function piecesOf(band: readonly { l: Line; i: number }[]): Piece[] {
  const under = (cjk: 1 | 2): Piece[] =>
    band.flatMap(({ l, i }) => runsOf(l, cjk)!.map((r) => ({ text: normalizeLabel(r.map((g) => g.ch).join('')).replace(/\d/g, ''), at: r[0]!.x, line: i })));
  const [one, two] = [under(1), under(2)];
  return stacked(two) > stacked(one) ? two : one;
}

/**
 * Header cells of positioned lines wrapped left-aligned (a text browser's dump: '信息内' / '容',
 * '本年制发' / '件数'): each piece joined under the piece above it that starts at its column, the
 * columns left to right; null unless every line is positioned and some piece joins one above.
 */
export function stackedColumns(lines: readonly Line[]): string[] | null {
  if (lines.some((l) => !l.starts || l.starts.length !== l.cells.length)) return null;
  const columns = new Map<number, string>();
  let joins = 0;
  for (const p of piecesOf(lines.map((l, i) => ({ l, i })))) {
    if (columns.has(p.at)) joins++;
    columns.set(p.at, (columns.get(p.at) ?? '') + p.text);
  }
  return joins > 0 ? [...columns].sort((a, b) => a[0] - b[0]).map(([, t]) => t) : null;
}

/**
 * The band read by position, or null unless every band line is positioned (tab, pipe-table and PDF
 * lines are not; a text browser's `|`-drawn rows are), two or more lines name header pieces, and two
 * or more print cells apart (a laid-out band). `heading`: a section heading line left out.
 */
export function positionalBand(lines: readonly Line[], heading?: RegExp): string | null {
  const band: { l: Line; i: number }[] = [];
  for (const [i, l] of lines.entries()) {
    const text = l.cells.join(' ');
    if ((text.match(/\d+/g) ?? []).length >= BAND_END_NUMBERS || firstRowAt(text) >= 0) break;
    if (heading && l.cells.length === 1 && heading.test(normalizeLabel(text))) continue;
    if (!l.starts || l.starts.length !== l.cells.length) return null;
    band.push({ l, i });
  }
  const pieces = piecesOf(band);
  if (new Set(pieces.filter((p) => p.text !== '').map((p) => p.line)).size < 2) return null;
  // Laid out: two or more lines print cells apart (runs of spaces between them). A plain stream's
  // lines start at the margin, pieces one space apart: their columns say nothing.
  if (lines.slice(0, maxOf(pieces.map((p) => p.line)) + 1).filter((l) => l.separated && l.cells.length > 1).length < 2) return null;
  return pieces
    .sort((a, b) => a.at - b.at || a.line - b.line)
    .map((p) => p.text)
    .join('');
}

/** The words (`words`) a text is made of, left to right, the longest at each place; null when some of it is none of them. */
export function wordSequence(text: string, words: readonly string[]): string[] | null {
  const byLength = [...words].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const w = byLength.find((x) => text.startsWith(x, at));
    if (!w) return null;
    out.push(w);
    at += w.length;
  }
  return out;
}
