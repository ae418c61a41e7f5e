/**
 * @file Text hard-wrapped at a fixed width (a mail client or a terminal at 64–80 columns): a line
 * longer than the width went on at the start of the next line, cut at its last space before the
 * width, or inside a word (or a number) when it had none. When the document shows such a width —
 * no line wider, and several lines cut at it mid-text — a line that the next line's first word
 * would have overflowed is joined with it: with a cell gap when it was cut at a space, directly when
 * cut inside a word. Two digits either side of a cut at the full width could be one number cut or
 * two cut at a space: that pair is not joined (the row stays as printed and reads low) — unless the
 * document shows a wrapper that cuts by characters (`fold`, a crawler's fixed-width dump): every cut
 * it shows is at the full width, none at a space before it; then each piece at the full width is
 * joined to the next as it is (a number cut in two is one number again, a space at the cut kept).
 * The width is counted in display columns (East Asian wide = 2) or, when no width shows so, in
 * characters (a wrapper counting each ideograph as one).
 */
import { displayWidth } from './aligned-columns.js';
import { maxOf } from '../_internal/extremes.js';

/** Display columns. Wrap widths mail clients and terminals use lie in this range. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** Different lines cut mid-text at the full width (not ending a sentence) the document must show. */
const MIN_CUTS = 4;
/** Display columns. A line cut at a space ends at most this far before the width (a table row's widest gap between cells, and a value). */
const SLACK = 14;
/** The end of a sentence or a clause: a line ending so was not cut. */
const SENTENCE_END = /[。！？；：”’）)》」』.!?;:]$/;
/** A drawn table's border or a pipe row ends so: its lines are all as wide, none of them cut. */
const DRAWN_END = /[\u2500-\u257f|+]$/;
const DRAWN_START = /^[\u2500-\u257f|+]/;
/** A line that starts a heading, a block or an item is not a continuation. */
const OWN_START = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]+)/;

/** A line ending in a value cell, and a line of value cells only. */
const VALUE_END = /(?:^|\s)[\d,.]+$/;
const VALUES_LINE = /^[\d,.]+(?:\s+[\d,.]+)*\s*$/;

/** How a wrapper counts a line's width: display columns (wide = 2), or characters. */
type Measure = (s: string) => number;
const charCount: Measure = (s) => [...s].length;
/** Share of the cuts that may look like cuts at a space in a document a wrapper cut by characters (a line that ended there). */
const MAX_SPACE_CUTS = 0.1;

/** How the document was wrapped: the width, how it is counted, and whether the wrapper cut by characters only. */
interface Wrap {
  width: number;
  measure: Measure;
  byChars: boolean;
}

/** The wrap width the lines show counted by `measure`, or null when they do not show one. */
function wrapWidth(lines: readonly string[], measure: Measure): number | null {
  const widths = lines.map((l) => measure(l.trimEnd()));
  const width = maxOf(widths, 0);
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // Distinct lines: a line printed again and again (a running title at each page break) is one line at that width, not several cuts.
  const cuts = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = lines[i]!.trimEnd();
    if (widths[i]! >= width - 1 && !SENTENCE_END.test(end) && !DRAWN_END.test(end) && /^\S/.test(lines[i + 1]!)) cuts.add(end.trim());
  }
  return cuts.size >= MIN_CUTS ? width : null;
}

/** Whether line `a`, followed by `b`, was cut at the full width (one short of it when the next character, wide, did not fit). */
function atFullWidth(a: string, b: string, wrap: Wrap): boolean {
  const wide = wrap.measure === displayWidth && displayWidth(b.trimStart()[0] ?? '') === 2;
  // Cut by characters, a piece keeps the spaces it ends with (a space at the cut).
  return wrap.measure(wrap.byChars ? a : a.trimEnd()) >= wrap.width - (wide ? 1 : 0);
}

/** How line `a` (the last piece) and the next line `b` join: '' (cut in a word), '  ' (cut at a space), or null (not a cut, or in doubt). */
function joint(a: string, b: string, wrap: Wrap): string | null {
  if (b.trim() === '' || OWN_START.test(b.trimStart()) || DRAWN_END.test(a.trimEnd()) || DRAWN_START.test(b)) return null;
  // A wrapper that cuts by characters left the pieces as they were: joined as they are.
  if (wrap.byChars) return a.length > 0 && atFullWidth(a, b, wrap) ? '' : null;
  const wa = wrap.measure(a.trimEnd());
  if (!/^\S/.test(b) || wa < wrap.width - SLACK) return null;
  // The next word would have fit after one space: not a cut. A row of values cut at a gap between
  // cells lost that gap's spaces (several), so a line of values after a value is taken as cut.
  const first = /^\S+/.exec(b)![0];
  const valuesCut = VALUE_END.test(a.trimEnd()) && VALUES_LINE.test(b);
  if (!valuesCut && wa + 1 + wrap.measure(first) <= wrap.width) return null;
  if (!atFullWidth(a, b, wrap)) return '  ';
  if (/\d/.test(a.trimEnd().at(-1)!) && /\d/.test(b[0]!)) return null;
  return '';
}

/** The wrap the lines show — width and measure, and whether every cut is at the full width — or null. */
function wrapOf(lines: readonly string[]): Wrap | null {
  for (const measure of [displayWidth, charCount]) {
    const width = wrapWidth(lines, measure);
    if (width === null) continue;
    const wrap: Wrap = { width, measure, byChars: false };
    let full = 0;
    let spaced = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const glue = lines[i]!.trim() === '' ? null : joint(lines[i]!, lines[i + 1]!, wrap);
      if (glue === '  ') spaced++;
      else if (atFullWidth(lines[i]!, lines[i + 1]!, wrap) && lines[i + 1]!.trim() !== '' && !SENTENCE_END.test(lines[i]!.trimEnd())) full++;
    }
    return { ...wrap, byChars: full >= MIN_CUTS && spaced <= full * MAX_SPACE_CUTS };
  }
  return null;
}

/** The lines with the pieces of each hard-wrapped line joined back (else the lines as they are). */
export function unwrapLines(lines: readonly string[]): readonly string[] {
  const wrap = wrapOf(lines);
  if (wrap === null) return lines;
  const out: string[] = [];
  let last = '';
  for (const line of lines) {
    const glue = out.length > 0 && last.trim() !== '' && line.trim() !== '' ? joint(last, line, wrap) : null;
    if (glue === null) out.push(line);
    else if (wrap.byChars) out[out.length - 1] = `${out.at(-1)!}${line}`;
    else out[out.length - 1] = `${out.at(-1)!.trimEnd()}${glue}${line}`;
    last = line;
  }
  return out;
}
