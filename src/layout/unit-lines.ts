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

/** The lines with each line of units written onto the numbers of the line above it; one line out per line in. */
export function joinUnitLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    if (!UNIT_LINE.test(line)) continue;
    const joined = withUnits(out[i - 1]!, line.match(UNIT)!);
    if (joined === null) continue;
    out[i - 1] = joined;
    out[i] = '';
  }
  return out;
}
