/**
 * @file A counter printed before every line (`cat -n` '     12\t', `nl`, an editor's or a forum's
 * export '12: ', '12| ', '[12] ', '0012 ') is not the document's text: when one style of prefix
 * starts most of the document's lines and its numbers run 1, 2, 3 … from line to line, it is cut
 * off every line that has it. A column of numbers that does not count the lines (a table dumped one
 * cell per line, items '1.' '2.') is not such a run: the run must cover most lines of the document.
 */

/** The prefix styles, each with its number as group 1; the separator after it is cut with it. */
const STYLES: readonly RegExp[] = [
  /^ *(\d{1,7})\t/, // cat -n, nl
  /^ *(\d{1,7}) ?[:|│] ?/, // editors' exports, forum code blocks
  /^ *\[(\d{1,7})\] ?/,
  /^ *(\d{1,7}) /, // '0012 content', '1 content'
];

/** lines. Fewer lines than this do not show a run (a short list counting 1, 2, 3 is a list). */
const MIN_LINES = 12;
/** Share of the document's non-blank lines that must carry the prefix. */
const MIN_SHARE = 0.8;
/** Share of consecutive prefixed lines whose numbers go up by exactly 1 (a blank line nl leaves unnumbered, a line a crawler dropped, cost a few). */
const MIN_STEPS = 0.9;

/** The numbers style `re` reads at the start of `lines` (null where it does not match). */
function numbersOf(lines: readonly string[], re: RegExp): (number | null)[] {
  return lines.map((l) => {
    const m = re.exec(l);
    return m ? Number(m[1]) : null;
  });
}

/** Whether the numbers count the lines: most lines numbered, and the numbers step by 1. */
function isRun(lines: readonly string[], numbers: readonly (number | null)[], minLines: number): boolean {
  const filled = lines.filter((l) => l.trim() !== '').length;
  const seen = numbers.filter((n): n is number => n !== null);
  if (seen.length < minLines || seen.length < filled * MIN_SHARE) return false;
  let steps = 0;
  for (let i = 1; i < seen.length; i++) if (seen[i] === seen[i - 1]! + 1) steps++;
  return steps >= (seen.length - 1) * MIN_STEPS;
}

/**
 * The lines with their line-number prefix cut off, when the document carries one (else the lines as
 * they are, the same array). `minLines`: fewer numbered lines do not show a counter (lower only where
 * what the lines hold shows it otherwise: a page's markup after each number, load-text).
 */
export function stripLineNumbers(lines: readonly string[], minLines = MIN_LINES): readonly string[] {
  for (const re of STYLES) {
    if (!isRun(lines, numbersOf(lines, re), minLines)) continue;
    return lines.map((l) => l.replace(re, ''));
  }
  return lines;
}
