/**
 * @file Text a viewer does not draw though pdf.js's text content gives it as plainly as the shown
 * text (a decoy digit beside a cell's number, read into it), found among pdf.js's runs: the strings
 * the text walk (`text-walk.ts`) found not shown whole, glyph by glyph (`shown-glyphs.ts`: out of
 * the clip in force, drawn with a degenerate glyph matrix, squeezed, cut at the clip's edge).
 * A run with the same text lying in a string's box that shows nothing is left out (unsure: kept,
 * its numbers not trusted). A run holding a string shown in part (some glyphs out of the clip, in
 * one text run with the shown ones: '48' + a clipped '8' comes as '488') has that string's hidden
 * glyphs cut out, its numbers not trusted; so has a run holding a string that shows nothing among
 * other text. A run touching one whose digits it holds among other text (pdf.js joins glyphs drawn
 * at no size to the number beside them) is kept with its numbers not trusted; a run only near one
 * is kept. A run holding a string cut at the clip's edge (what followed may have been dropped) is
 * kept with its numbers not trusted.
 */
import type { PdfItem } from './pdf-lines.js';
import { GLYPH_LEGIBLE } from './shown-glyphs.js';
import type { ClippedText } from './text-walk.js';
import { pushAll } from '../_internal/extremes.js';

/** Share of a run's box that must lie in a clipped string's box. */
const INSIDE = 0.6;
/** pt. Slack around a string's box for a run of no width (pdf.js gives a `0 Tz` run width 0). */
const SLACK = 0.5;
/** × font size: slack around a box of no width or height for a run's baseline middle. */
const FLAT_SLACK = 0.3;

/** Share of `it`'s box inside `b`. A run or string box of no width or height (pdf.js gives a `0 Tz` run width 0; a flat text matrix gives a string no height): 1 when the run's baseline middle lies in `b` with some slack, else 0. */
function inside(it: PdfItem, b: ClippedText): number {
  const slack = Math.max(SLACK, FLAT_SLACK * it.size);
  if (it.width * it.height < 1e-6 || b.x1 - b.x0 < slack || b.y1 - b.y0 < slack) {
    const [x, y] = [it.x + it.width / 2, it.top + it.height];
    return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack ? 1 : 0;
  }
  const w = Math.min(it.x + it.width, b.x1 + SLACK) - Math.max(it.x, b.x0 - SLACK);
  const h = Math.min(it.top + it.height, b.y1) - Math.max(it.top, b.y0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(it.width * it.height, 1e-6);
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** True when `b`'s box (maybe of no width or height) touches `it`'s box, with a slack of a third of the run's size. */
function touches(it: PdfItem, b: ClippedText): boolean {
  const slack = Math.max(SLACK, FLAT_SLACK * it.size);
  return b.x0 <= it.x + it.width + slack && b.x1 >= it.x - slack && b.y0 <= it.top + it.height + slack && b.y1 >= it.top - slack;
}

/** Share of a cut string's box `b` inside the run `it`'s box (with slack): the run holds the string. */
function holds(it: PdfItem, b: ClippedText): number {
  const w = Math.min(it.x + it.width + SLACK, b.x1) - Math.max(it.x - SLACK, b.x0);
  const h = Math.min(it.top + it.height + SLACK, b.y1) - Math.max(it.top - SLACK, b.y0);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max((b.x1 - b.x0) * (b.y1 - b.y0), 1e-6);
}

/**
 * `it` with the string `b` holds cut to the glyphs it shows (`b.shown`; nothing for a string that
 * shows none): the occurrence of its text nearest its place; the run's box cut where the string
 * starts or ends it. Null when the run does not hold it (a string of no width, drawn at no size:
 * its place within the run's length — pdf.js joins a `0 Tz` glyph into the run around it).
 */
function cutOut(it: PdfItem, b: ClippedText): PdfItem | null {
  const [text, str] = [squeeze(b.str), it.str];
  if (text === '' || !squeeze(str).includes(text) || (b.x1 - b.x0 < SLACK ? !touches(it, b) || b.x0 < it.x || b.x0 > it.x + it.width : holds(it, b) < INSIDE) || squeeze(str) === squeeze(b.shown ?? '')) return null;
  const want = ((b.x0 - it.x) / Math.max(it.width, 1e-6)) * str.length;
  let at = -1;
  for (let i = str.indexOf(b.str); i >= 0; i = str.indexOf(b.str, i + 1)) if (at < 0 || Math.abs(i - want) < Math.abs(at - want)) at = i;
  if (at < 0) return null;
  const cut = str.slice(0, at) + (b.shown ?? '') + str.slice(at + b.str.length);
  if (cut.trim() === '') return { ...it, str: '' };
  // The box ends where the shown glyphs do (a string showing none: where it starts or ends).
  const x0 = at === 0 ? Math.max(it.x, b.seen?.x0 ?? b.x1) : it.x;
  const x1 = at + b.str.length >= str.trimEnd().length ? Math.min(it.x + it.width, b.seen?.x1 ?? b.x0) : it.x + it.width;
  return { ...it, str: cut.trim(), x: x0, width: Math.max(x1 - x0, 0), ...(/\d/.test(cut) ? { conflict: true } : {}) };
}

/**
 * True when run `it` may be string `b` drawn: pdf.js gives a string drawn at no size glyph by glyph
 * ('1', '7' for '17'), each a run of no area. A string of no width there (drawn at no size) is no
 * run that has one: a shown '1' beside a size-0 '1' stays.
 */
function same(it: PdfItem, b: ClippedText): boolean {
  const thin = it.width < GLYPH_LEGIBLE * squeeze(it.str).length || it.width * it.height < 1e-6;
  return thin ? squeeze(b.str).includes(squeeze(it.str)) : squeeze(b.str) === squeeze(it.str) && b.x1 - b.x0 >= SLACK;
}

/**
 * The runs without those the page does not show (their numbers not trusted where that is unsure, or
 * where the clip's edge may have cut them), and the texts dropped or doubted. `left`: runs an earlier
 * step already left out (tiny text: a decoy '0' set at 0.01 pt is its own run); a string one of them
 * reads is accounted for, not sought inside the runs kept.
 */
export function dropClippedText(items: readonly PdfItem[], strings: readonly ClippedText[], left: readonly PdfItem[] = []): { items: PdfItem[]; dropped: string[] } {
  const clipped = left.length === 0 ? strings : strings.filter((b) => b.cut || b.shown !== undefined || !left.some((it) => it.str.trim() !== '' && same(it, b) && inside(it, b) >= INSIDE));
  if (clipped.length === 0) return { items: [...items], dropped: [] };
  const gone = clipped.filter((b) => !b.cut && b.shown === undefined);
  const cuts = clipped.filter((b) => b.cut);
  const match = (it: PdfItem): ClippedText | undefined => {
    if (it.str.trim() === '') return undefined;
    const hidden = gone.find((b) => same(it, b) && inside(it, b) >= INSIDE);
    if (hidden || !/\d/.test(it.str)) return hidden;
    return cuts.find((b) => squeeze(it.str).includes(squeeze(b.str)) && holds(it, b) >= INSIDE);
  };
  const found = items.map(match);
  // Strings shown in part, and hidden strings pdf.js gave inside a longer run: their hidden glyphs cut out of the run holding them.
  const partial = clipped.filter((b) => b.shown !== undefined || (!b.cut && !b.unsure && /\d/.test(b.str) && !found.includes(b)));
  const dropped: string[] = [];
  const parts = items.map((it, i) => {
    if (found[i]) return it;
    let cut = it;
    for (const b of partial) cut = cutOut(cut, b) ?? cut;
    if (cut !== it) dropped.push(`${it.str.trim()} (shown in part: ${cut.str})`);
    return cut;
  });
  // A run holding an unshown string's digits among other text: pdf.js may have joined the unshown
  // glyphs to the shown number beside them ('47' + a size-0 '17' as '1747'), and which digits show is
  // not known. Only strings no run was found for: one left out on its own accounts for itself.
  const unmatched = gone.filter((b) => /\d/.test(b.str) && !found.includes(b));
  const joined = (it: PdfItem): boolean => /\d/.test(it.str) && unmatched.some((b) => squeeze(it.str).includes(squeeze(b.str)) && touches(it, b));
  const doubted = (b: ClippedText): boolean => b.unsure === true || b.cut === true;
  const out = parts.flatMap((it, i) => (!found[i] ? (it.str.trim() === '' && items[i]!.str.trim() !== '' ? [] : [joined(it) ? { ...it, conflict: true } : it]) : doubted(found[i]!) ? [/\d/.test(it.str) ? { ...it, conflict: true } : it] : []));
  pushAll(dropped, items.flatMap((it, i) => (found[i] ? [found[i]!.cut ? `${it.str.trim()} (maybe cut at the clip's edge)` : found[i]!.unsure ? `${it.str.trim()} (maybe clipped)` : it.str.trim()] : [])));
  return { items: out, dropped };
}
