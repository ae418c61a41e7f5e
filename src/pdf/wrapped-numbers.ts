/**
 * @file Numbers wrapped inside narrow cells of a borderless PDF table (pandoc .rtf/.docx printed by
 * LibreOffice: table 三's value columns fit four or five characters). A cell's text is top-aligned,
 * so a number too wide for its cell prints its head on the row's line and its tail on the next line,
 * under it in the same column:
 *
 *     一、   14,05    2,29   549   559    1,20    1,33   19,99
 *     本年   1       5                   3       8       5
 *
 * Read as printed, the head line was cut at its commas into junk rows and the tails' line read as the
 * row (2295 → 5, 19995 → 5 at 0.98: the tail digits of sums satisfy the identities when no carry
 * crosses the wrap). The same kind in a `pdftotext -layout` dump is layout/stacked-pieces.ts (cells
 * centred there: head above, tail below); this is its PDF-line form, placed by x.
 *
 * A head cell is cut when it ends in an incomplete thousands group (',dd', ',d', ','): a whole number
 * never does. Its line's pieces are joined only where the join is certain: the next line lies right
 * under it, every number of that line lies under a value cell of the row (x ranges overlapping) and
 * every cut cell has one, each joined text is a well-formed number ('14,051'; grouped from 1000 up
 * when the row groups any), and no other text stands over the value columns. The joined cells are
 * listed in `joined` (flag `joined`, trusted only where the identities confirm them); the tails' line
 * keeps its label text only, folded into the row's label. Any other row with a cut cell, and the
 * number line under it, are marked `piecesBeside` (score PIECES_BESIDE_CAP): any of their values
 * may be a piece.
 */
import { firstValueIndex } from './item-starts.js';
import type { PositionedLine } from './pdf-lines.js';
import { asciiDigits, isJoinedNumber } from '../tables/tokenize-cell.js';

/** A row line after the join: the cells joined from pieces, or the mark that its values may be pieces. */
export type WrappedLine = PositionedLine & { joined?: number[]; piecesBeside?: true };

/** A number cut by its cell's edge: thousands groups, the last one incomplete ('14,05', '2,2', '1,'). */
const CUT = /^\d{1,3}(?:,\d{3})*,\d{0,2}$/;
/** A tail: the digits a narrow cell wrapped to its next line. */
const TAIL = /^\d{1,3}$/;
/** A value cell of a row line: a number (thousands commas, a cut group) or a not-applicable mark. */
const VALUE = /^(?:\d[\d,]*|[—－–/-]+)$/;
/** × line height. The tails' line starts at most this far below the row line's bottom (the cell's next line). */
const NEXT_LINE_GAP = 0.8;
/** pt. Slack of the x overlap of a tail under its head (glyph boxes are rounded). */
const COLUMN_SLACK = 1;

/** A cell's text with full-width digits and commas as ASCII (the shapes are checked on these). */
const ascii = (s: string): string => asciiDigits(s.trim());

export const endOf = (l: PositionedLine, k: number): number => l.ends?.[k] ?? l.xs[k]! + ascii(l.cells[k]!).length * (l.bottom - l.top) * 0.55;
export const overlaps = (a: PositionedLine, i: number, b: PositionedLine, k: number): boolean => a.xs[i]! < endOf(b, k) + COLUMN_SLACK && b.xs[k]! < endOf(a, i) + COLUMN_SLACK;

/** Indexes of the value cells of a line (from its first value on), or null when text follows its values. */
function valueCells(l: PositionedLine): number[] | null {
  const first = firstValueIndex(l.cells);
  if (first < 0) return [];
  const out: number[] = [];
  for (let k = first; k < l.cells.length; k++) {
    if (!VALUE.test(ascii(l.cells[k]!))) return null;
    out.push(k);
  }
  return out;
}

/** The head cell each number of `tail` stands under, or null when one stands under none or two under one. */
function pairsUnder(head: PositionedLine, values: readonly number[], tail: PositionedLine, tails: readonly number[]): Map<number, number> | null {
  const out = new Map<number, number>();
  for (const t of tails) {
    const under = values.filter((h) => overlaps(head, h, tail, t));
    if (under.length !== 1 || out.has(under[0]!)) return null;
    out.set(under[0]!, t);
  }
  return out;
}

/** The row with its pieces joined and the tails' label folded in, or null when the join is not certain. */
function joinPieces(head: PositionedLine, tail: PositionedLine): WrappedLine | null {
  const values = valueCells(head);
  const first = firstValueIndex(tail.cells);
  const tails = valueCells(tail);
  if (!values || values.length === 0 || !tails || tails.length === 0 || !tails.every((k) => TAIL.test(ascii(tail.cells[k]!)))) return null;
  const pairs = pairsUnder(head, values, tail, tails);
  if (!pairs) return null;
  const cut = values.filter((k) => CUT.test(ascii(head.cells[k]!)));
  if (cut.some((k) => !pairs.has(k))) return null;
  const grouped = values.some((k) => head.cells[k]!.includes(','));
  const cells = [...head.cells];
  for (const [h, t] of pairs) {
    const text = ascii(head.cells[h]!) + ascii(tail.cells[t]!);
    if (!isJoinedNumber(text) || (grouped && !text.includes(',') && Number(text) >= 1000)) return null;
    cells[h] = text;
  }
  // The tails' label text (the row's wrapped label) joins the row's label cell, or becomes it.
  const label = tail.cells.slice(0, first).join('');
  const labelEnd = firstValueIndex(head.cells);
  const xs = [...head.xs];
  const ends = head.ends ? [...head.ends] : undefined;
  let shift = 0;
  if (label !== '') {
    if (labelEnd > 0) cells[labelEnd - 1] += label;
    else {
      cells.unshift(label);
      xs.unshift(tail.xs[0]!);
      ends?.unshift(endOf(tail, Math.max(0, first - 1)));
      shift = 1;
    }
  }
  const joined = [...pairs.keys()].map((h) => h + shift).sort((a, b) => a - b);
  return { ...head, cells, xs, ...(ends ? { ends } : {}), bottom: Math.max(head.bottom, tail.bottom), joined };
}

/**
 * The page's free lines with numbers wrapped in narrow cells joined into their rows where certain,
 * and the rows with a cut number left unjoined (and the number line under them) marked `piecesBeside`.
 * Lines in top-to-bottom order.
 */
export function joinWrappedNumbers(lines: readonly PositionedLine[]): WrappedLine[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const out: WrappedLine[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const head = sorted[i]!;
    if (!head.cells.some((c) => CUT.test(ascii(c)))) {
      out.push(head);
      continue;
    }
    const next = sorted[i + 1];
    const height = head.bottom - head.top;
    const below = next !== undefined && next.top - head.bottom <= NEXT_LINE_GAP * height && next.top > head.top ? next : undefined;
    const joined = below ? joinPieces(head, below) : null;
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    out.push({ ...head, piecesBeside: true });
    if (below && firstValueIndex(below.cells) >= 0) {
      out.push({ ...below, piecesBeside: true });
      i++;
    }
  }
  return out;
}
