/**
 * @file A wrapped row label's last line glued onto the row's values. pypdf `extract_text` of a Chromium
 * print writes a label cell wrapped over lines line by line and its last line with no space before the
 * row's first value:
 *
 *     （三）不予
 *     公开1.属于国
 *     家秘密0件 8件 0件 0件 3件 0件 11件
 *
 * PDFBox writes the same row's values on a line of their own under the label's lines, which reads: the
 * label lines above name the row. Glued, the tail '家秘密' was the row's own label, a fragment matching no
 * template label well, and the rows came out ambiguous (gen61 1052000 pypdf r20: 112 of table 三's fields
 * missing). Such a line is split into the tail and the values: a line ending in MIN_CELLS or more cells
 * one space apart (numbers, maybe with 件, or not-applicable marks; MIN_NUMBERS numbers at least) whose
 * words before them end glued to the first number in a character no number has, right after a line of a
 * label's words (no value at its end: the label's earlier lines), the tail written onto that line. A label on one line (a row of its own,
 * after a row of values) stays as printed, so does any line parted by tabs or runs of spaces.
 */

/** A cell of such a row: a count (maybe with its unit) or a not-applicable mark. */
const CELL = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?件?|[/／—–-])$/;
const NUMBER = /\d/;
/** The label's tail glued onto the first number: text ending in a character no number has (nor 第, an ordinal's), then the number. */
const GLUED = /^(.*[^\d\s,.\-\u2212/／—–第])([-\u2212]?\d[\d,]*(?:\.\d+)?件?)$/;
/** Fewest cells of a row split so (table 三 prints 7, cut at the page's edge 5 or more; table 二's rows 2–4). */
const MIN_CELLS = 5;
const MIN_NUMBERS = 3;
/** A line ending in a value (a row of values, a count): no label line. */
const ENDS_IN_VALUE = /[\d/／—–-]\s*件?$/;

/** The line's label tail and its cells when it is such a row, else null. */
function gluedTail(line: string): [string, string] | null {
  if (line.includes('\t') || / {2}/.test(line.trim())) return null;
  const words = line.trim().split(' ');
  let at = words.length;
  while (at > 0 && CELL.test(words[at - 1]!)) at--;
  const glued = at > 0 ? GLUED.exec(words[at - 1]!) : null;
  if (!glued) return null;
  const cells = [glued[2]!, ...words.slice(at)];
  if (cells.length < MIN_CELLS || cells.filter((c) => NUMBER.test(c)).length < MIN_NUMBERS) return null;
  return [[...words.slice(0, at - 1), glued[1]!].join(' '), cells.join(' ')];
}

/**
 * The lines with each wrapped label's glued tail written onto the label line above it and its row's values left
 * alone on its line (one line out per line in: '公开1.属于国' / '家秘密0件 8件 …' → '公开1.属于国家秘密' / '0件 8件 …').
 */
export function splitGluedLabelTails(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const above = (out ?? lines)[i - 1]!;
    const split = above.trim() !== '' && !ENDS_IN_VALUE.test(above) && /[^\x00-\x7f]/.test(lines[i]!) ? gluedTail(lines[i]!) : null;
    if (!split) continue;
    out ??= [...lines];
    out[i - 1] = above.trimEnd() + split[0];
    out[i] = split[1];
  }
  return out ?? lines;
}
