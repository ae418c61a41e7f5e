/**
 * @file Text-object boundaries from the operator list. pdf.js joins text drawn edge to edge into
 * one item even across `BT … ET` objects, so the numbers of two touching cells (a right-aligned
 * column next to a left-aligned one: '23' + '4' → '234') arrive fused. Producers write each cell
 * as its own text object; where one starts inside a run of digits, the run is cut there before
 * gap analysis (smalot/pdfparser#589, jsvine/pdfplumber#177).
 */
import type { PdfItem } from './pdf-lines.js';
import { multiply, type Matrix } from './graphics-state.js';

/** The pdf.js operator codes this module reads. */
export interface TextOpCodes {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

/** Where a text object's first glyph sits: its baseline origin in the reading frame (pt). */
export interface TextStart {
  x: number;
  y: number;
}

/** An operator's numbers: pdf.js passes some as arguments, some (the text matrix) as one array. */
function numbers(args: unknown): number[] {
  if (!Array.isArray(args)) return [];
  const first = args[0] as unknown;
  return Array.isArray(first) || ArrayBuffer.isView(first) ? Array.from(first as ArrayLike<number>) : (args as number[]);
}

/** The origin of the first glyph of every text object on a page, through the CTM and `frame`. */
export function textObjectStarts(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, frame: Matrix): TextStart[] {
  const starts: TextStart[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let line: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let fresh = false;
  const shows = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  // Only the operators read below have their arguments unpacked (a show operator's are its glyphs).
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      const args = numbers(list.argsArray[i]);
      if (args.length === 6) ctm = multiply(args as unknown as Matrix, ctm);
    } else if (fn === ops.beginText) [line, fresh] = [[1, 0, 0, 1, 0, 0], true];
    else if (fn === ops.setTextMatrix) {
      const args = numbers(list.argsArray[i]);
      if (args.length === 6) line = args as unknown as Matrix;
    } else if (fn === ops.moveText || fn === ops.setLeadingMoveText) {
      const args = numbers(list.argsArray[i]);
      if (args.length < 2) continue;
      if (fn === ops.setLeadingMoveText) leading = -args[1]!;
      line = multiply([1, 0, 0, 1, args[0]!, args[1]!], line);
    } else if (fn === ops.setLeading) {
      const args = numbers(list.argsArray[i]);
      if (args.length >= 1) leading = args[0]!;
    } else if (fn === ops.nextLine) line = multiply([1, 0, 0, 1, 0, -leading], line);
    else if (fresh && shows.has(fn)) {
      if (fn === ops.nextLineShowText || fn === ops.nextLineSetSpacingShowText) line = multiply([1, 0, 0, 1, 0, -leading], line);
      const m = multiply(multiply(line, ctm), frame);
      starts.push({ x: m[4], y: m[5] });
      fresh = false;
    }
  }
  return starts;
}

/** × character width. A text object must start this close to a character boundary to cut there. */
const BOUNDARY_TOLERANCE = 0.25;
/**
 * Text objects per character above which a page's producer writes glyphs (or words) one object
 * each: object boundaries say nothing about cells there, and nothing is cut.
 */
const MAX_OBJECTS_PER_CHAR = 0.5;

/**
 * Cuts runs of digits where a text object starts inside them. Digits have equal advance widths, so
 * the cut falls at a character boundary. On a page whose producer writes each glyph as its own
 * object nothing is cut (runs left fused go to the segmentation search).
 */
export function cutAtTextObjects(items: readonly PdfItem[], starts: readonly TextStart[]): PdfItem[] {
  const chars = items.reduce((n, it) => n + it.str.replace(/\s/g, '').length, 0);
  if (starts.length === 0 || starts.length > MAX_OBJECTS_PER_CHAR * chars) return [...items];
  return items.flatMap((it) => {
    if (!/^\d{2,}$/.test(it.str)) return [it];
    const perChar = it.width / it.str.length;
    const cuts = new Set<number>();
    for (const s of starts) {
      if (s.y < it.top || s.y > it.top + it.height * 1.2) continue;
      const k = (s.x - it.x) / perChar;
      const at = Math.round(k);
      if (at > 0 && at < it.str.length && Math.abs(k - at) <= BOUNDARY_TOLERANCE) cuts.add(at);
    }
    if (cuts.size === 0) return [it];
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), it.str.length];
    return bounds.slice(1).map((end, i) => ({ ...it, str: it.str.slice(bounds[i], end), x: it.x + bounds[i]! * perChar, width: (end - bounds[i]!) * perChar, ...(i > 0 ? { objectStart: true } : {}) }));
  });
}
