/**
 * @file A measure word printed on a line of its own after its number: a narrow table cell ('424件',
 * '12项', '6516.45万元') that a browser wrapped between the digits and the unit, dumped by an extractor
 * that keeps no cell boxes (`pdftotext -raw` and plain, pypdf, pdfminer, mutool of a Chromium PDF):
 *
 *     424
 *     件
 *     124
 *     件
 *     2件 1件
 *
 * Read line by line, each '件' was a line of text between two values — a label line, or a token no
 * reading placed — and a stream of values one per line with those lines between them passed for an
 * archive whose repeated lines were collapsed (no two value lines alike side by side: fb36 jian
 * j4-big-raw, every run read collapsed at 0.85). The unit is its number's: a line of units only,
 * right after a line whose bare numbers (no unit of their own) are as many as its units, or after a
 * line ending in a bare number when it is one unit, is written onto those numbers ('424件'); the unit
 * line is left empty, so every line keeps its number. A line of units whose numbers the line above
 * does not give (a plain dump printing the wrapped cells' heads and tails lines apart, other cells'
 * lines between: '76' / '4件' / '件') stays as printed.
 */

/** Measure words of the template's cells: counts (件, 项, 个, 条, 次, 人次, 家) and money (万元, 元). */
const UNIT_SOURCE = '件|项|个|条|次|人次|家|万元|元';
/** A line of units only, one space or more apart, flush left (a space-aligned dump's units stand under their numbers: stacked-pieces.ts). */
export const UNIT_LINE = new RegExp(`^(?:${UNIT_SOURCE})(?:[ \\t\\u3000]+(?:${UNIT_SOURCE}))*\\s*$`);
const UNIT = new RegExp(UNIT_SOURCE, 'g');
/** A number printed without a unit: digits (ASCII or full-width), thousands commas, a decimal part, a sign. */
const BARE_NUMBER = /^[-\u2212]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/u;

interface Token {
  text: string;
  end: number;
}

const tokensOf = (line: string): Token[] => [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], end: m.index! + m[0].length }));

/** `line` with each unit written right after the bare number it belongs to, or null when the line does not give them. */
function withUnits(line: string, units: readonly string[]): string | null {
  const tokens = tokensOf(line);
  const bare = tokens.filter((t) => BARE_NUMBER.test(t.text));
  const last = tokens[tokens.length - 1];
  let owners: Token[];
  if (bare.length === units.length) owners = bare;
  else if (units.length === 1 && last && BARE_NUMBER.test(last.text)) owners = [last];
  else return null;
  let out = line;
  // From the end, so the places of the earlier numbers hold.
  for (let k = owners.length - 1; k >= 0; k--) out = out.slice(0, owners[k]!.end) + units[k]! + out.slice(owners[k]!.end);
  return out;
}

/** A line of one-space-apart words (`pdftotext -raw` and plain, PDFBox, a line of `-bbox-layout` words): no run of two spaces or a tab. */
const SINGLE_SPACED = /^[^\t]*$/;
const singleSpaced = (line: string): boolean => SINGLE_SPACED.test(line) && !/\S {2,}\S/.test(line.trim());
/** A unit wrapped to the start of the next line, that row's other cells after it ('件 5件', '件 1件 1件'). */
const UNIT_THEN_COUNTS = /^(件)[ \u3000]+((?:[0-9][0-9,]*件?|[/／])(?:[ \u3000]+(?:[0-9][0-9,]*件?|[/／]))*)\s*$/;

/** The lines with each line of units written onto the numbers of the line above it; one line out per line in. */
export function joinUnitLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    const led = singleSpaced(line) ? UNIT_THEN_COUNTS.exec(line.trim()) : null;
    // '0件 3件 0件 0件 2件 0' / '件 5件': the unit is the last number's above, the cells after it stay on their line.
    if (led) {
      const above = out[i - 1]!.trimEnd();
      if (/(?:^|[ \u3000])[0-9][0-9,]*$/.test(above)) [out[i - 1], out[i]] = [above + led[1]!, led[2]!];
      continue;
    }
    if (!UNIT_LINE.test(line)) continue;
    const joined = withUnits(out[i - 1]!, line.match(UNIT)!);
    if (joined === null) continue;
    out[i - 1] = joined;
    out[i] = '';
  }
  return out;
}

/** A label's words glued onto a count with its unit ('家秘密0件'): text ending in a character no number has (nor 第), then the count. */
const LABEL_THEN_COUNT = /^(.*[^\d\s,.\-\u2212/／—–第])([0-9][0-9,]*件)$/;
/** A count with its unit, or a mark, standing as a word of a row's values. */
const COUNT_WORD = /^(?:[0-9][0-9,]*件|[0-9][0-9,]*(?:\.[0-9]+)?|[/／—–-])$/;

/**
 * '件' after the counts of a row whose values a dump printed one space apart ('（一）予以公开 0件 3件 0件 5件',
 * a line of its own '79件'): the counts written bare, as a table cell '79件' reads. Left with its unit, each
 * '件' was text between two values and the row no row (its cells missing; '四、结转下年度继续办理 5件 1件 6件' then
 * read as the narrative's stated total). Only the line's last words, two or more counts, at least one with
 * the unit; a sentence's '共收到70件申请' keeps it, and so does a count alone on its line ('424件': its unit tells
 * a value stream from a collapsed archive's, map/stream-moves). Space-aligned lines are left as printed (their
 * columns are the words' places: stacked-pieces.ts).
 */
export function bareCounts(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (!line.includes('件') || !singleSpaced(line)) return line;
    // A unit printed one space after its count ('9,576 件 2,664 件': PDFBox -sort of a LibreOffice print) is glued back first.
    const words = line.trim().split(/[ \u3000]+/).reduce<string[]>((out, w) => (w === '件' && /^[0-9][0-9,]*$/.test(out.at(-1) ?? '') ? (out[out.length - 1] += w, out) : (out.push(w), out)), []);
    let k = words.length;
    while (k > 0 && COUNT_WORD.test(words[k - 1]!)) k--;
    // A wrapped label's last line glued onto the row's first count (pypdf: '家秘密0件 8件 …'): the count is the row's.
    const glued = k > 0 && k < words.length ? LABEL_THEN_COUNT.exec(words[k - 1]!) : null;
    if (glued) words.splice(k - 1, 1, glued[1]!, glued[2]!);
    const tail = words.slice(k);
    const counts = tail.filter((w) => /[0-9]/.test(w)).length;
    if (!tail.some((w) => w.endsWith('件')) || counts < 2) return line;
    return /^\s*/.exec(line)![0] + [...words.slice(0, k), ...tail.map((w) => w.replace(/件$/, ''))].join(' ');
  });
}

/** A '件' glued before a count ('件0', '件12'): the unit of a cell a narrow column wrapped, printed by its neighbour's number. */
const UNIT_BEFORE_COUNT = /(^|[ \t\u3000])件(?=[0-9])/g;
/** A count token of a table row: '12', '0件', '1,234', '件0'. */
const COUNT_TOKEN = /^(?:件)?[0-9][0-9,]*件?$/;
/** Fewest count tokens on a line for it to be a table row. */
const MIN_ROW_COUNTS = 3;

/**
 * A space-aligned dump's table row (`pdftotext -layout` of a Chromium A5 print whose narrow cells wrap
 * '0件' as '0' over '件') in which a wrapped unit stands glued before a count ('件0 0件 0件 1件 0件 件0 1件'):
 * the unit written as a space, so the count reads as a cell of its column (a unit never changes a
 * count; read as printed the token was no number and the row went unread). Only lines aligned by runs
 * of spaces holding MIN_ROW_COUNTS count tokens or more; anything else stays as printed.
 */
export function unitsBeforeCounts(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (!line.includes('件') || !/\S {2,}\S/.test(line)) return line;
    if (line.split(/[ \t\u3000]+/).filter((t) => COUNT_TOKEN.test(t)).length < MIN_ROW_COUNTS) return line;
    return line.replace(UNIT_BEFORE_COUNT, (_, before: string) => `${before} `);
  });
}
