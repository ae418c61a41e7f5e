/**
 * @file Table 三 as a text browser lays out a narrow page (`lynx -dump -width 80` of a report page whose
 * table has no room beside its labels; browse49): each row a paragraph — its label on a line, its values
 * on the next line, an empty line after — and a row printing nothing (its zeros left blank) its label
 * alone. Read line by line, a label line with no values is pending text that piles onto the next row's
 * label, so after a blank row the values line no longer tells which of the labels above it is its own, and
 * a blank-zero table reads ambiguous throughout. The paragraphs do tell: the values line belongs to the
 * label line right above it in its paragraph. Here each such paragraph is written as one line, the label,
 * a space, the values line (its own indent past the label's kept: lynx's spaces for cells holding a
 * no-break space); a row's label alone (an item or row number first: a row whose cells are all blank) is
 * written with a tab after it, a row of its own with a blank cell (tables/build-rows `blankRow`), not the
 * first line of the next row's label; a group label alone stays as printed.
 *
 * Read so only when the table's paragraphs are all of these kinds (header words, a label alone, a label
 * then one values line), at least MIN_ROWS of them pair a label with values, their labels are set in from
 * the margin (a text browser's page) and their values parted by spaces (not a tag strip's bare cells glued
 * by no-break spaces), and no line of the table prints a label and values together (read as printed).
 */

/** A values line: numbers (maybe thousands-grouped, a decimal) and spaces only. */
const VALUES = /^[\s\u00a0]*\d[\d,.]*(?:[\s\u00a0]+\d[\d,.]*)*[\s\u00a0]*$/;
/** A label line: Han text, not ending in a number (a label with its values on its line). */
const LABEL = /[\u4e00-\u9fff]/;
const ENDS_IN_VALUE = /[\u4e00-\u9fff）)、”][\s\u00a0]+\d[\d,.]*(?:[\s\u00a0]+\d[\d,.]*)*[\s\u00a0]*$/;
const TABLE_START = /收到和处理政府信息公开申请情况/;
const TABLE_END = /政府信息公开行政复议|存在的主要问题|其他需要报告/;
/** Paragraphs pairing a label with its values a table needs (table 三 has 26 rows). */
const MIN_ROWS = 5;
/** A row's label (not a group's, a header's or the note): its item number or row number first. */
const ROW_LABEL = /^(?:\d{1,2}[.．、]|[一二四]、|[（(][一二七][）)])/;
/** Longest label paragraph (a label wrapped over lines). */
const MAX_LABEL_LINES = 3;

const indent = (s: string): number => s.length - s.trimStart().length;

/** The dump's lines with table 三's label-above-values paragraphs written as label-and-values lines (unchanged when it has none). */
export function joinLabelAboveRows(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((l) => TABLE_START.test(l) && l.trim().length < 30);
  if (start < 0) return lines;
  let end = lines.findIndex((l, i) => i > start && TABLE_END.test(l));
  if (end < 0) end = lines.length;
  const paragraphs: { from: number; to: number }[] = [];
  for (let i = start + 1; i < end; i++) {
    if (lines[i]!.trim() === '') continue;
    let j = i;
    while (j + 1 < end && lines[j + 1]!.trim() !== '') j++;
    paragraphs.push({ from: i, to: j + 1 });
    i = j;
  }
  const joins = new Map<number, string>();
  const blank = new Map<number, { to: number; text: string }>();
  for (const p of paragraphs) {
    const ls = lines.slice(p.from, p.to);
    if (ls.some((l) => ENDS_IN_VALUE.test(l))) return lines;
    const values = ls.filter((l) => VALUES.test(l));
    if (values.length === 0) {
      if (!ls.every((l) => LABEL.test(l))) return lines;
      // A row's label alone (its cells blank): a row of its own, not the next label's first line.
      if (ls.length <= MAX_LABEL_LINES && ROW_LABEL.test(ls[0]!.trim())) blank.set(p.from, { to: p.to, text: `${' '.repeat(indent(ls[0]!))}${ls.map((l) => l.trim()).join('')}\t` });
      continue;
    }
    // One values line, last, under 1–3 label lines.
    if (values.length > 1 || !VALUES.test(ls.at(-1)!) || ls.length < 2 || ls.length - 1 > MAX_LABEL_LINES) return lines;
    const labels = ls.slice(0, -1);
    if (!labels.every((l) => LABEL.test(l))) return lines;
    // A text browser's page: lines set in from the margin, values parted by spaces (a tag strip's run of bare cells
    // glued by no-break spaces, '5\u00a011916', is no values line of this kind).
    if (indent(labels[0]!) === 0 || ls.at(-1)!.includes('\u00a0')) return lines;
    const last = ls.at(-1)!;
    const base = Math.min(indent(labels[0]!), indent(last));
    joins.set(p.from, `${' '.repeat(indent(labels[0]!))}${labels.map((l) => l.trim()).join('')} ${last.slice(base).trimEnd()}`);
    for (let i = p.from + 1; i < p.to; i++) joins.set(i, '\u0000');
  }
  if (joins.size === 0 || [...joins.values()].filter((t) => t !== '\u0000').length < MIN_ROWS) return lines;
  for (const [from, b] of blank) {
    joins.set(from, b.text);
    for (let i = from + 1; i < b.to; i++) joins.set(i, '\u0000');
  }
  const out: string[] = [];
  lines.forEach((l, i) => {
    const t = joins.get(i);
    if (t === undefined) out.push(l);
    else if (t !== '\u0000') out.push(t);
  });
  return out;
}
