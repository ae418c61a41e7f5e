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

/** Display columns (or characters, or bytes). Wrap widths mail clients, terminals and archivers (`fold -w 20`…) use lie in this range. */
const MIN_WIDTH = 20;
const MAX_WIDTH = 100;
/** Different lines cut mid-text at the full width (not ending a sentence) the document must show. */
const MIN_CUTS = 4;
/** Display columns. A line cut at a space ends at most this far before the width (a table row's widest gap between cells, and a value). */
const SLACK = 14;
/** …and at most this share of the width: in a narrow wrap (20–39) a line far shorter than the width was not cut (a CJK line's next "word" never fits). */
const SLACK_SHARE = 0.35;
/** The end of a sentence or a clause: a line ending so was not cut. */
const SENTENCE_END = /[。！？；：”’）)》」』.!?;:]$/;
/** A drawn table's border or a pipe row ends so: its lines are all as wide, none of them cut. */
const DRAWN_END = /[\u2500-\u257f|+]$/;
const DRAWN_START = /^[\u2500-\u257f|+]/;
/** A line that starts a heading, a block or an item is not a continuation. */
export const OWN_START = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]+)/;

/** A page's byline field starting a line ('发布时间：', '来源：', '发布机构：'): the CMS's line of its own, never a wrapped paragraph's piece. */
export const BYLINE_FIELD = /^(?:发布(?:时间|日期|机构|单位)|(?:信息|文章)?来源)\s*[:：]/;

/** A line ending in a value cell, and a line of value cells only. */
const VALUE_END = /(?:^|\s)[\d,.]+$/;
const VALUES_LINE = /^[\d,.]+(?:\s+[\d,.]+)*\s*$/;

/** How a wrapper counts a line's width: display columns (wide = 2), or characters. */
type Measure = (s: string) => number;
const charCount: Measure = (s) => [...s].length;
/** Columns a tab stop is apart for a byte-counting wrapper (GNU `fold` moves a tab to the next multiple of 8). */
const TAB_STOP = 8;
/** UTF-8 bytes, a tab to the next tab stop: how GNU `fold -w N` (not multibyte-aware) counts a line. */
const byteColumns: Measure = (s) => {
  let w = 0;
  for (const ch of s) w = ch === '\t' ? w + TAB_STOP - (w % TAB_STOP) : w + Buffer.byteLength(ch, 'utf8');
  return w;
};
/** The measures a wrapper counts by, in the order they are preferred when they show as many cuts. */
const MEASURES: readonly Measure[] = [displayWidth, charCount, byteColumns];
/** Share of the cuts that may look like cuts at a space in a document a wrapper cut by characters (a line that ended there). */
const MAX_SPACE_CUTS = 0.1;
/**
 * …and when some cut at the full width kept the space or tab it was made at (a word wrapper drops
 * it: only a character cutter leaves one): the lines that look cut at a space are lines that ended
 * near the width, as many as half the cuts in a short table dump (fold40c of breakit52: 5 cuts, 1 such line).
 */
const MAX_SPACE_CUTS_KEPT = 0.5;

/** How the document was wrapped: the width, how it is counted, and whether the wrapper cut by characters only. */
interface Wrap {
  width: number;
  measure: Measure;
  byChars: boolean;
}

/** The wrap width the lines show counted by `measure` and the distinct lines cut at it, or null when they do not show one. */
function wrapWidth(lines: readonly string[], measure: Measure): { width: number; cuts: number } | null {
  const widths = lines.map((l) => measure(l.trimEnd()));
  const width = maxOf(widths, 0);
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // Distinct lines: a line printed again and again (a running title at each page break) is one line at that width, not several cuts.
  const cuts = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = lines[i]!.trimEnd();
    const next = [...lines[i + 1]!][0] ?? ' ';
    if ((widths[i]! >= width - 1 || measure(end + next) > width) && !SENTENCE_END.test(end) && !DRAWN_END.test(end) && /^\S/.test(lines[i + 1]!)) cuts.add(end.trim());
  }
  return cuts.size >= MIN_CUTS ? { width, cuts: cuts.size } : null;
}

/** Whether line `a`, followed by `b`, was cut at the full width: the next character (wide, several bytes) would not have fitted. */
function atFullWidth(a: string, b: string, wrap: Wrap): boolean {
  // Cut by characters, a piece keeps the spaces it ends with (a space at the cut).
  const piece = wrap.byChars ? a : a.trimEnd();
  const next = [...(wrap.byChars ? b : b.trimStart())][0] ?? ' ';
  return wrap.measure(piece + next) > wrap.width;
}

/** How line `a` (the last piece) and the next line `b` join: '' (cut in a word), '  ' (cut at a space), or null (not a cut, or in doubt). */
function joint(a: string, b: string, wrap: Wrap): string | null {
  if (b.trim() === '' || OWN_START.test(b.trimStart()) || DRAWN_END.test(a.trimEnd()) || DRAWN_START.test(b)) return null;
  // A wrapper that cuts by characters left the pieces as they were: joined as they are.
  if (wrap.byChars) return a.length > 0 && atFullWidth(a, b, wrap) ? '' : null;
  // A page's byline ('发布时间：2022-01-21 来源：XX 浏览次数：373') is a line of its own wherever it ends: a word wrapper
  // cutting it would have cut the body's text too, and the line after it is the title or the body (fresh50 c07: a
  // two-line title under the byline joined onto it, the title not read).
  if (BYLINE_FIELD.test(a.trimStart())) return null;
  const wa = wrap.measure(a.trimEnd());
  if (!/^\S/.test(b) || wa < wrap.width - Math.min(SLACK, Math.floor(wrap.width * SLACK_SHARE))) return null;
  // The next word would have fit after one space: not a cut. A row of values cut at a gap between
  // cells lost that gap's spaces (several), so a line of values after a value is taken as cut.
  const first = /^\S+/.exec(b)![0];
  const valuesCut = VALUE_END.test(a.trimEnd()) && VALUES_LINE.test(b);
  if (!valuesCut && wa + 1 + wrap.measure(first) <= wrap.width) return null;
  if (!atFullWidth(a, b, wrap)) return '  ';
  if (/\d/.test(a.trimEnd().at(-1)!) && /\d/.test(b[0]!)) return null;
  return '';
}

/** A line longer than MAX_WIDTH characters (a paragraph, a run-on dump): no wrapper cut the document at a width it exceeds. */
const widerThanAnyWrap = (l: string): boolean => l.length > MAX_WIDTH && charCount(l.trimEnd()) > MAX_WIDTH;

/** The wrap the lines show — width and measure, and whether every cut is at the full width — or null. */
function wrapOf(lines: readonly string[]): Wrap | null {
  // A line wider than any wrap width in characters is wider in every measure (each counts a character
  // as one column or more): no measure shows a width, and no line is measured three ways to learn it.
  if (lines.some(widerThanAnyWrap)) return null;
  // The measure whose width the most lines were cut at (a byte-counting wrapper's lines also show
  // a wide width in display columns, but few of them at it).
  let best: { width: number; cuts: number; measure: Measure } | null = null;
  for (const measure of MEASURES) {
    const found = wrapWidth(lines, measure);
    if (found !== null && (best === null || found.cuts > best.cuts)) best = { ...found, measure };
  }
  if (best !== null) {
    const { width, measure } = best;
    const wrap: Wrap = { width, measure, byChars: false };
    let full = 0;
    let spaced = 0;
    let kept = 0;
    // A piece ending in a space or a tab at the full width is a character cutter's (a word wrapper drops the space it cut at).
    const asCut: Wrap = { ...wrap, byChars: true };
    for (let i = 0; i + 1 < lines.length; i++) {
      const [a, b] = [lines[i]!, lines[i + 1]!];
      if (a.trim() === '') continue;
      if (atFullWidth(a, b, asCut) && b.trim() !== '' && !SENTENCE_END.test(a.trimEnd())) {
        full++;
        if (/\s$/.test(a)) kept++;
      }
      else if (joint(a, b, wrap) === '  ') spaced++;
    }
    return { ...wrap, byChars: full >= MIN_CUTS && spaced <= full * (kept > 0 ? MAX_SPACE_CUTS_KEPT : MAX_SPACE_CUTS) };
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
