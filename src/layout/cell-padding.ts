/**
 * @file Underscores html2text pads table cells with ('|33_|2___|0___|', '|行政许可_______|', its rulings
 * '|_______|'): blanks, not text. Only in a line of cells ('|' between them), and only a run that touches a
 * cell boundary or a digit; an underscore inside words ('a_b', '信息_公开') is the text's own.
 */

/** A run of underscores at a cell boundary ('|', the line's start or end) or next to a digit. */
const PADDING = /(?<=^|[|\d\s])_+|_+(?=[|\d\s]|$)/g;

/** The line with html2text's cell padding turned into spaces (same widths: column positions are kept). */
export function blankCellPadding(line: string): string {
  if (!line.includes('_') || (line.match(/\|/g)?.length ?? 0) < 2) return line;
  return line.replace(PADDING, (run) => ' '.repeat(run.length));
}

/** Every line of the text through `blankCellPadding`. */
export function blankTextCellPadding(text: string): string {
  if (!text.includes('|_') && !text.includes('_|')) return text;
  return text
    .split('\n')
    .map(blankCellPadding)
    .join('\n');
}
