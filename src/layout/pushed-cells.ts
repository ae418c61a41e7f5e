/**
 * @file A row's last cells pushed onto the next line by `pdftotext -layout`. Layout mode writes
 * each text item at its x in character cells; where an item would start inside text already
 * written on its line, it goes onto a new line below, and the items after it with it. With a
 * character pitch wider than the font's (`-fixed 9` of a Chromium print at zoom .67) a row's
 * numbers drift right as they are written and its 合计 lands on the line below, under the others:
 *
 *                  4.保护第三方合法权益
 *                          1.0 0.0 1.0 0.0 0.0 2.0
 *                                    4.0
 *
 * Read line by line the lone '4.0' was a row of its own (the next row's values then shifted up
 * one label). The lines after a row's numbers that print numbers only, each starting right of the
 * row's first number (a row of its own starts under the column of its first value or left of it),
 * are joined onto it in line order (the order pdftotext wrote them), only when together they make
 * exactly the width of the table around them — the most values one line prints there, printed so
 * by two lines or more; where no line around prints a whole row, table 三's 7 for a row line that
 * prints its label — and the row's own line prints fewer. Not after a line of fewer numbers
 * (the heads of numbers wrapped around the row, whose tails the lines below are: stacked-pieces.ts).
 * Anything else stays as printed (blank zeros, fused digits: the count does not tell). Places are
 * counted in characters.
 */

/** A value token: a number (ASCII or full-width digits, thousands commas, a decimal point) or a not-applicable mark. */
const VALUE = /^(?:[0-9０-９][0-9０-９,，.．]*|[—－–/-])$/u;
/** Lines above and below a row whose widths tell the table's width. */
const WINDOW = 40;
/** Most lines a row's pushed cells take below it. */
const MAX_PUSHED_LINES = 2;
/** Table 三's value columns (six applicant kinds and the total, both templates). */
const TABLE3_WIDTH = 7;
/** Fewest values of a table row the join is for (table 三's 7, 四's 15; table 二's short rows are left alone). */
const MIN_WIDTH = 5;

interface Tail {
  /** Value tokens ending the line, in order. */
  values: string[];
  /** Character column of the first of them. */
  start: number;
  /** Whether the line prints nothing else. */
  only: boolean;
}

/** The value tokens ending a line (after its label, if any) and where they start; null when it ends in none. */
function tailOf(line: string): Tail | null {
  const body = line.replace(/^\f/, '');
  const words: { text: string; at: number }[] = [];
  for (const m of body.matchAll(/\S+/g)) words.push({ text: m[0], at: m.index });
  let k = words.length;
  while (k > 0 && VALUE.test(words[k - 1]!.text)) k--;
  if (k === words.length) return null;
  return { values: words.slice(k).map((w) => w.text), start: words[k]!.at, only: k === 0 };
}

/** The width of the table around line `i`: the most values a line prints there, when two lines or more print that many. */
function widthAround(tails: readonly (Tail | null)[], i: number): number {
  const counts = new Map<number, number>();
  for (let k = Math.max(0, i - WINDOW); k < Math.min(tails.length, i + WINDOW + 1); k++) {
    const n = tails[k]?.values.length ?? 0;
    if (n >= MIN_WIDTH) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  for (const [n, c] of counts) if (c >= 2 && n > width) width = n;
  return width;
}

/** The lines with each row's pushed cells joined back onto its line (see the file comment); lines emptied so keep their place as ''. */
export function joinPushedCells(lines: readonly string[]): string[] {
  const out = [...lines];
  const tails = out.map(tailOf);
  for (let i = 0; i + 1 < out.length; i++) {
    const row = tails[i];
    if (!row || row.values.length < 2) continue;
    // No line around prints a whole row (every row pushed: a -fixed 9 squeeze of a barred table): table 三's width, from a labelled row's line.
    const width = widthAround(tails, i) || (row.only ? 0 : TABLE3_WIDTH);
    let sum = row.values.length;
    if (width < MIN_WIDTH || sum >= width) continue;
    // Numbers above the row short of a row's width are heads of numbers wrapped around it (stacked-pieces.ts), not a row.
    const above = tails[i - 1];
    if (above && above.values.length < width) continue;
    let last = i;
    while (sum < width && last - i < MAX_PUSHED_LINES && last + 1 < out.length) {
      const next = tails[last + 1];
      if (!next?.only || next.start <= row.start || out[last + 1]!.startsWith('\f')) break;
      last++;
      sum += next.values.length;
    }
    // Only when these lines make the width exactly: one more value is another row's, one fewer a cell not known.
    if (last === i || sum !== width) continue;
    const pushed: string[] = [];
    for (let k = i + 1; k <= last; k++) {
      for (const v of tails[k]!.values) pushed.push(v);
      out[k] = '';
      tails[k] = null;
    }
    // The row's values written two spaces apart (a squeeze prints them one apart, or bar-parted: column-bars.ts), its label kept in place.
    const feed = out[i]!.startsWith('\f') ? '\f' : '';
    const head = out[i]!.slice(feed.length, feed.length + row.start);
    out[i] = `${feed}${head.trim() === '' ? head : `${head.trimEnd()}  `}${[...row.values, ...pushed].join('  ')}`;
    tails[i] = tailOf(out[i]!);
    i = last;
  }
  return out;
}
