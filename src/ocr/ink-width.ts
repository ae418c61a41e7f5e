/**
 * @file Whether a digit reading fits the ink it was read from: a crop whose ink is wider than the
 * digits read lost one, narrower than they need gained one, fewer characters than its separate
 * glyphs dropped one (`accept`).
 */
import type { OcrLine } from './engine.js';
import type { Prepared } from './cell-ink.js';
import { DIGIT_VALUE, readingAlternatives, type NumberRead } from './reads.js';

/** Digit reads below this confidence are not trusted to be numbers (text forced into digits). */
const MIN_DIGIT_CONFIDENCE = 0.2;

/**
 * × ink height: the width of a digit ('1', '.' and ',' narrower), and the slack allowed. A crop
 * whose ink is wider than the digits read would fill lost a digit ('14' read '4': a faint '1') or
 * holds text (Han glyphs are square), whatever the digit pass says. A '1' followed by a digit takes
 * a whole digit's width: report digits are tabular, and the serif foot of a leading '1' reaches as
 * far left as the ink of any digit (the serif '3119' of a 6.5 pt table is 2.76 ink heights wide,
 * more than a narrow inner '1' allowed; '1288' 2.85, read so by every strip at 0.95, was refused
 * with a narrow leading '1'). Only a last '1' is narrow (its ink ends at its foot, mid-advance).
 */
const DIGIT_WIDTH = 0.6;
const NARROW_WIDTH = 0.45;
const WIDTH_SLACK = 0.5;

/** The widest ink a reading can account for, in px, for glyphs `inkH` px high. */
export function maxInkWidth(text: string, inkH: number): number {
  let w = WIDTH_SLACK;
  [...text].forEach((ch, i) => {
    const tabularOne = ch === '1' && i < text.length - 1;
    w += /[1.,\-/]/.test(ch) && !tabularOne ? NARROW_WIDTH : DIGIT_WIDTH;
  });
  return w * inkH;
}

/**
 * × ink height: the least advance of a digit followed by another (report digits are tabular, ~0.6
 * of their height apart), and the least ink of a last digit ('1' narrower). The legacy classifier
 * reads the faint strokes of one glyph as several ('111' for a faint '61' of ink 24 px wide, 23
 * high), the LSTM adds a digit now and then ('7468' for a '746' 42 px wide, 22 high): a reading
 * of more digits than the ink is wide for is refused.
 */
const MIN_ADVANCE = 0.55;
const MIN_LAST = 0.3;
const MIN_LAST_ONE = 0.15;
const MIN_SEPARATOR = 0.15;

/** The narrowest ink, in px, that can hold `text` in glyphs `inkH` px high (see `MIN_ADVANCE`). */
export function minInkWidth(text: string, inkH: number): number {
  const chars = [...text];
  const last = chars.pop() ?? '';
  const w = chars.reduce((s, ch) => s + (/\d/.test(ch) ? MIN_ADVANCE : MIN_SEPARATOR), 0) + (last === '1' ? MIN_LAST_ONE : /\d/.test(last) ? MIN_LAST : MIN_SEPARATOR);
  return w * inkH;
}


/**
 * Share of `minInkWidth` enough for a reading of as many digits as the crop has separate glyphs
 * (`Prepared.glyphs`, told apart by white columns: the ink shows that many characters, none was
 * added). The least advance is that of tabular digits; fonts with proportional digits print a
 * narrower '1' ('16' 41 px wide, '1126' 90 px, 48–50 px high: 0.96 of the tabular least), and the
 * blur of a 100 dpi scan adds to the ink's height — whole rows of a plain 12 pt table 二 were refused
 * so and came out missing. A faint '4' broken in two and read '41' is still refused (0.79).
 */
const SEEN_GLYPHS_SHARE = 0.85;

/** Whether the ink is wide enough for `text` (`minInkWidth`; less when its glyphs are seen apart: `SEEN_GLYPHS_SHARE`). */
function wideEnough(text: string, p: Prepared): boolean {
  const share = p.glyphs >= 2 && text.length === p.glyphs && /^\d+$/.test(text) ? SEEN_GLYPHS_SHARE : 1;
  return p.inkW >= share * minInkWidth(text, p.inkH);
}

/** A reading that is a plausible number for this ink, or null. */
export function accept(read: OcrLine, p: Prepared): NumberRead | null {
  // Ink much wider than the digits read: digits were dropped ('31' read '3').
  // Fewer characters than separate glyphs: one was dropped, whatever the width says.
  // Ink narrower than the digits read need: one was added ('7468' for '746').
  if (!DIGIT_VALUE.test(read.text) || read.confidence < MIN_DIGIT_CONFIDENCE || p.inkW > maxInkWidth(read.text, p.inkH) || !wideEnough(read.text, p) || read.text.length < p.glyphs) return null;
  return { text: read.text, confidence: read.confidence, alternatives: readingAlternatives(read.text, read.alternatives) };
}
