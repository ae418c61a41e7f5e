/**
 * @file The pieces of one cell of a text table drawn with borders, one per printed line, joined
 * into the cell's text (layout/grid-tables, layout/grid-spans).
 */
import { tabCell } from './tab-cell.js';

/** A CJK character or full-width punctuation: pieces of a wrapped cell meet without a space there. */
const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A piece of a cell that is digits only: it continues a number only when the piece above filled its cell. */
const DIGITS = /^\d+$/;

/**
 * A number wrapped at its thousands separator or decimal point (`21` over `,160`, `21,` over `160`,
 * `6124` over `.62`: pandoc's grid tables break a narrow cell after a digit group or a comma): one
 * number however little of its cell the piece above filled, as no number starts or ends with the
 * mark. breakit55 pandoc-rst r16: `21 ,160` read as two tokens made a whole table 三 ambiguous.
 */
const groupCut = (out: string, p: string): boolean =>
  (/\d$/.test(out) && /^[,，]\d{3}(?!\d)|^\.\d/.test(p)) || (/\d[,，.]$/.test(out) && /^\d/.test(p));

/**
 * Digits cut between two pieces of CJK text ('…财政局202' over '3年度政府…': a converter wraps a run of
 * CJK and digits anywhere): one number, as no space parts them in such text ('2023年度').
 */
const textDigits = (out: string, p: string): boolean => /\d$/.test(out) && /^\d/.test(p) && CJK_EDGE.test(out) && CJK_EDGE.test(p);

/**
 * The pieces of one cell, top to bottom (as printed, padding kept), joined: no space beside CJK, a
 * space between other words. Digits continue the digits above only when those filled their cell's
 * width (a number wrapped in a narrow column); digits under padded digits are another number
 * (several rows packed in one cell), kept apart.
 */
export function joinPieces(raw: readonly string[]): string {
  let out = '';
  let wrapped = true;
  let prevRaw = '';
  for (const r of raw) {
    const p = r.trim();
    if (p === '') continue;
    if (out !== '' && groupCut(out, p)) out += p;
    else if (out !== '' && DIGITS.test(p) && /\d$/.test(out)) {
      const filled = prevRaw.trim().length === prevRaw.length;
      wrapped &&= filled;
      out = filled ? out + p : `${out} ${p}`;
    } else out = out === '' || CJK_EDGE.test(out.at(-1)!) || CJK_EDGE.test(p[0]!) || textDigits(out, p) ? out + p : `${out} ${p}`;
    prevRaw = r;
  }
  return wrapped ? tabCell(out) : out;
}

