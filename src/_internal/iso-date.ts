/** @file Year, month and day as printed → an ISO date, shared by the meta stage and the HTML loader. */

/** `yyyy-mm-dd` from the matched year, month and day; null when the month or day cannot be one. */
export function isoDate(year: string, month: string, day: string): string | null {
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
