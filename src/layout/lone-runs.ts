/**
 * @file A crawler's tag strip of a report page: every tag removed after block ends (`</p>`, `<br>`,
 * `</tr>`) were made line breaks, so a row whose label cell wrapped its text in `<p>` and whose value
 * cells did not prints its label on a line and all its values run together on the next, with no
 * separator: '（一）予以公开' / '072000072' for 0 72 0 0 0 0 72. Read as a line of its own such a run is
 * one lone value under its label (a one-cell-per-line or collapsed stream: the run copied into every
 * column). Joined to its label's line it is the glued row a tag strip without line breaks prints
 * ('（一）予以公开072000072'), which the segmentation search reads with the row's identities
 * (map/fused-split): what the run does not determine stays ambiguous.
 *
 * Only a dump that shows the shape is read so: at least MIN_RUN_ROWS label lines each followed by a lone
 * run of MIN_RUN_DIGITS or more digits (seven cells of table 三 print at least seven digits), the line
 * after the run not a number (a one-cell-per-line stream prints its next value there).
 */

/** Label-then-run rows a dump needs before its lone numbers are joined to their labels. */
export const MIN_RUN_ROWS = 4;
/** Digits of a run that must be several cells' (table 三's seven cells print at least seven). */
export const MIN_RUN_DIGITS = 7;

/** A line of one number or a run of numbers with no space: digits, decimal points, signs, thousands commas. */
const LONE_NUMBER = /^\s*-?\d[\d.,-]*\s*$/;
/** A label line: text with an ideograph, not ending in a digit (a row already printing its values). */
const LABEL = /\p{Script=Han}[^\d]*$/u;

/** Indexes of the lone number lines whose label stands on the line right above and whose next line is no number. */
function loneAfterLabel(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!LONE_NUMBER.test(lines[i]!) || !LABEL.test(lines[i - 1]!.trimEnd()) || LONE_NUMBER.test(lines[i - 1]!)) continue;
    if (i + 1 < lines.length && LONE_NUMBER.test(lines[i + 1]!)) continue;
    out.push(i);
  }
  return out;
}

/** The text with each lone run (and lone number) joined to its label's line, in a dump that shows the shape; else as it was. */
export function joinLoneRuns(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const at = loneAfterLabel(lines);
  if (at.filter((i) => (lines[i]!.match(/\d/g)?.length ?? 0) >= MIN_RUN_DIGITS).length < MIN_RUN_ROWS) return text;
  const join = new Set(at);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (join.has(i)) out[out.length - 1] = `${out.at(-1)!.trimEnd()} ${lines[i]!.trim()}`;
    else out.push(lines[i]!);
  }
  return out.join('\n');
}
