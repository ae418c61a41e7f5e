/**
 * @file The one decision of whether ink may be unseen, shared by the HTML hidden-text pass
 * (load/html-hidden, load/html-layout: colour alpha × opacity × filter opacity, contrast with the
 * background) and the PDF text walk (pdf/white-text: fill/stroke alpha `ca`/`CA`). Text is
 * `unseen` (dropped), `faint` (it may or may not be seen: a digit drawn so is not trusted) or `seen`.
 *
 * Why one faint threshold at 0.35: black at alpha 0.35 is #a6a6a6 on white, the lightest grey a
 * page sets body text in on purpose (#999 is alpha 0.4); a digit lighter than that beside plain
 * digits (`<span style="opacity:.2">1</span>21447`, a PDF run at `ca` 0.2) is there to be missed.
 * The PDF rule used 0.15 and the HTML one 0.35 before they were joined; the higher one is kept,
 * since a digit at alpha 0.2 next to a number was read into it.
 */

/** Largest channel difference (0-255) from the background at which text is the background's colour (#fefefe on white). */
export const SAME_COLOR_DELTA = 12;
/** Opacity (0–1) at or below which ink is unseen on a white page: black at this alpha is within SAME_COLOR_DELTA of white. */
export const UNSEEN_ALPHA = SAME_COLOR_DELTA / 255;
/** Opacity (0–1) below which ink may or may not be seen. */
export const FAINT_ALPHA = 0.35;
/** Largest channel difference (0-255) from the background at which text is faint (#ddd on white). */
export const FAINT_DELTA = 40;

/** How ink shows. */
export type InkShow = 'unseen' | 'faint' | 'seen';

/**
 * How ink of opacity `alpha` shows, `delta` its largest channel difference from the background
 * (null: the background is not known, only the alpha decides).
 */
export function inkShows(alpha: number, delta: number | null = null): InkShow {
  if (alpha <= UNSEEN_ALPHA || (delta !== null && delta <= SAME_COLOR_DELTA)) return 'unseen';
  return alpha < FAINT_ALPHA || (delta !== null && delta <= FAINT_DELTA) ? 'faint' : 'seen';
}
