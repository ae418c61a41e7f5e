/**
 * @file A page's text read from its drawing when pdf.js's text content lost it (issue 17): pdf.js's
 * `getTextContent` stops at the first error it meets on a page and gives what it read before it
 * (`/F1 0 Tf`, a font set at size 0, throws inside it: a page starting with such a decoy came out
 * empty, with no warning). The operator list draws the same strings: when it shows far more
 * characters than the text content gave, the page's runs are rebuilt from its glyphs (the text walk,
 * `text-walk.ts`, in PDF user space): glyphs drawn one after the other on one baseline with no gap
 * wider than `RUN_GAP` are one run; glyphs drawn with no width or height (size 0, `0 Tz`) are none.
 * Runs are upright (the glyph's direction is not kept): a page recovered so is named in a warning.
 */
import type { Matrix } from './graphics-state.js';
import type { RawTextItem } from './text-items.js';
import { GLYPH_MIN } from './shown-glyphs.js';
import { walkText, type PlacedGlyph, type TextOpCodes } from './text-walk.js';

/** × font size: a gap along the baseline wider than this between two glyphs drawn one after the other starts a new run (pdf.js joins words spaced by under ~¼ em). */
const RUN_GAP = 0.25;
/** × font size: a glyph whose baseline is this far off the run's is on another line. */
const LINE_SHIFT = 0.2;
/** × font size: a glyph starting this far before the previous one's end starts a new run (it steps back). */
const STEP_BACK = 0.3;
/** The drawing must show this many more characters than the text content gave, and twice as many, for the text content to count as lost. */
const LOST_MIN = 20;

const ID: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * Is the glyph's origin inside the page's view box (`page.view`, PDF user space) — the test pdf.js's
 * text content applies (`compareWithLastPosition`)? A page cut from a larger one (`mutool poster`:
 * each half page draws the whole page's content under a half-size MediaBox) draws text a viewer
 * does not show: pdf.js leaves it out, and so must the drawing, or the half page's text content
 * counts as lost and the text of the other half is read in again, over this one's.
 */
const inView = (g: PlacedGlyph, view: readonly number[] | undefined): boolean =>
  view === undefined || view.length < 4 || (g.x + g.advance >= view[0]! && g.x <= view[2]! && g.y >= view[1]! && g.y <= view[3]!);

/** The characters drawn by the operator list's glyphs that draw anything (not spaces, not degenerate) inside the view box. */
function drawnGlyphs(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, view?: readonly number[]): PlacedGlyph[] {
  return walkText(list, { ...ops, paint: undefined }, ID, true).glyphs.filter((g) => g.str !== '' && (g.size ?? 0) >= GLYPH_MIN && g.advance >= GLYPH_MIN && inView(g, view));
}

/** Glyphs → runs in drawing order (PDF user space, y up): a run goes on while glyphs follow on its baseline. */
function glyphRuns(glyphs: readonly PlacedGlyph[]): RawTextItem[] {
  const runs: RawTextItem[] = [];
  let cur: { str: string; x: number; y: number; end: number; size: number } | null = null;
  const flush = (): void => {
    if (cur && cur.str.trim() !== '') runs.push({ str: cur.str.trim(), transform: [cur.size, 0, 0, cur.size, cur.x, cur.y], width: cur.end - cur.x });
    cur = null;
  };
  for (const g of glyphs) {
    const size = g.size ?? 1;
    const c = cur as { str: string; x: number; y: number; end: number; size: number } | null;
    const gap = c ? g.x - c.end : 0;
    if (!c || Math.abs(g.y - c.y) > LINE_SHIFT * size || gap > RUN_GAP * size || gap < -STEP_BACK * size || Math.abs(size - c.size) > 0.2 * c.size) {
      flush();
      if (g.str.trim() === '') continue;
      cur = { str: g.str, x: g.x, y: g.y, end: g.x + g.advance, size };
      continue;
    }
    c.str += g.str;
    c.end = Math.max(c.end, g.x + g.advance);
  }
  flush();
  return runs;
}

/**
 * The page's runs rebuilt from its drawing when its text content (`chars` characters, not counting
 * spaces) lost most of what the drawing shows inside the view box `view`; null when it did not.
 */
export function textFromDrawing(list: { fnArray: number[]; argsArray: unknown[] }, ops: TextOpCodes, chars: number, view?: readonly number[]): RawTextItem[] | null {
  const glyphs = drawnGlyphs(list, ops, view);
  const drawn = glyphs.filter((g) => g.str.trim() !== '').length;
  if (drawn < chars + LOST_MIN || drawn < 2 * chars) return null;
  return glyphRuns(glyphs);
}
