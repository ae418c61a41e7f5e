/**
 * @file One cell of a line whose producer said where its cells end (a tab, a grid's bar).
 */

/**
 * A tab cell holding digit groups split by single spaces ('2 3', '1 286'): one number printed with
 * a space inside it (a converter's kerning gap, tabula#818 '1 6687'). A tab-separated line has
 * already said where its cells end, so the space is not a separator. A first group '0' is not
 * the start of a number: such a cell is left as printed.
 */
const SPACED_DIGITS = /^[1-9]\d{0,2}(?: \d{1,3})+$/;

/** A tab cell: trimmed, and a number printed with single spaces inside it joined. */
export function tabCell(cell: string): string {
  const t = cell.trim();
  return SPACED_DIGITS.test(t) ? t.replace(/ /g, '') : t;
}
