/**
 * @file The digits of a deciphered text layer (`pdf/cipher.ts`) the crib did not give: the template's
 * labels print only the item numbers 1.–8., so 0 and 9 (and any digit whose label was wrapped away)
 * are read from the tables' arithmetic. Runs are grouped into printed rows (page and baseline); a row
 * of 7 numbers is a row of table 三, whose last is the sum of the six before it, and a row of 5 is a
 * group of table 四 (total last). Every one-to-one reading of the unread codes of the rows' number runs
 * as the digits not yet read (or as no digit) is tried; the reading under which the most rows add up,
 * the codes every reading as good reads alike taken, when at least `MIN_ROWS` rows add up.
 */

/** A run with its row: page and baseline. */
export interface RowRun {
  font: string;
  str: string;
  row: string;
  x: number;
}

/** Rows that must add up before a digit is read from them. */
const MIN_ROWS = 3;
/** Unread codes of one font tried at most (ten digits, a sign, a separator, marks). */
const MAX_CODES = 12;
/** Readings tried at most (partial readings walked). */
const MAX_READINGS = 2_000_000;

/** A row's groups (total last) of numbers, each a list of codes. */
type Group = string[][];

/** Whether a group may still add up, its codes read by `read` (undefined: not yet read, '': no digit). */
function mayAdd(g: Group, read: (code: string) => string | undefined): boolean {
  const digits = g.map((codes) => codes.map(read));
  if (digits.some((d) => d.includes('') || (d.length > 1 && d[0] === '0'))) return false;
  if (digits.every((d) => d.every((x) => x !== undefined))) {
    const nums = digits.map((d) => Number(d.join('')));
    return nums.slice(0, -1).reduce((a, b) => a + b, 0) === nums.at(-1) && nums.at(-1)! > 0;
  }
  if (!digits.every((d) => d.at(-1) !== undefined)) return true;
  const units = digits.map((d) => Number(d.at(-1)));
  return units.slice(0, -1).reduce((a, b) => a + b, 0) % 10 === units.at(-1);
}

/**
 * The groups of the printed rows, read from their right end (a row's label may leave unread codes
 * before its numbers): the last 15 as table 四's three groups of 5, the last 7 as a row of table 三,
 * the last 5 as one group of table 四.
 */
function groupsOf(rows: readonly string[][][]): Group[] {
  return rows.flatMap((nums) => {
    if (nums.length >= 15) return [0, 5, 10].map((i) => nums.slice(nums.length - 15 + i, nums.length - 10 + i));
    if (nums.length >= 7) return [nums.slice(-7)];
    return nums.length >= 5 ? [nums.slice(-5)] : [];
  });
}

/** The unread codes' digits, by the rows that add up; `key` gives a code's key, `known` the characters read so far (key → character). */
export function digitsByRows(runs: readonly RowRun[], key: (font: string, ch: string) => string, fontOf: (code: string) => string, known: ReadonlyMap<string, string>): Map<string, string> {
  const isDigit = (k: string): boolean => /^\d$/.test(known.get(k) ?? '');
  const byRow = new Map<string, { x: number; codes: string[] }[]>();
  for (const r of runs) {
    for (const piece of r.str.split(/\s+/)) {
      const codes = [...piece].map((ch) => key(r.font, ch));
      if (codes.length === 0 || codes.length > 8 || !codes.every((k) => isDigit(k) || !known.has(k))) continue;
      (byRow.get(r.row) ?? byRow.set(r.row, []).get(r.row)!).push({ x: r.x, codes });
    }
  }
  const groups = groupsOf([...byRow.values()].map((row) => row.sort((x, y) => x.x - y.x).map((n) => n.codes)));
  // One font's codes at a time (each font numbers its own glyphs), the font with most unread codes in the rows first.
  const read = new Map([...known].filter(([k]) => isDigit(k)));
  const found = new Map<string, string>();
  const fonts = new Map<string, Map<string, number>>();
  for (const k of groups.flat(2)) if (!known.has(k)) {
    const f = fonts.get(fontOf(k)) ?? fonts.set(fontOf(k), new Map()).get(fontOf(k))!;
    f.set(k, (f.get(k) ?? 0) + 1);
  }
  for (const count of [...fonts.values()].sort((x, y) => y.size - x.size)) {
    // Codes ending numbers first (the most frequent): the units decide a group soonest.
    const unread = [...count.keys()].sort((x, y) => count.get(y)! - count.get(x)!).slice(0, MAX_CODES);
    const mine = groups.filter((g) => g.flat().every((k) => read.has(k) || unread.includes(k)));
    for (const [k, d] of searchDigits(mine, unread, read)) {
      read.set(k, d);
      found.set(k, d);
    }
  }
  return found;
}

/** The digits of `unread` under which most of `groups` add up (codes every best reading reads alike). */
function searchDigits(groups: readonly Group[], unread: readonly string[], known: ReadonlyMap<string, string>): Map<string, string> {
  const free = [...'0123456789'];
  if (unread.length === 0) return new Map();
  const touching = new Map<string, number[]>(unread.map((c) => [c, []]));
  groups.forEach((g, gi) => new Set(g.flat()).forEach((c) => touching.get(c)?.push(gi)));
  // The best count, and the codes every reading reaching it reads alike.
  let best = { n: MIN_ROWS - 1, agreed: new Map<string, string>() };
  let tried = 0;
  const map = new Map<string, string>();
  const read = (c: string): string | undefined => known.get(c) ?? map.get(c);
  const failed = groups.map(() => false);
  let open = groups.length;
  const walk = (i: number, used: Set<string>): void => {
    if (++tried > MAX_READINGS) return;
    if (i === unread.length) {
      if (open > best.n) best = { n: open, agreed: new Map(unread.map((c) => [c, map.get(c) ?? ''])) };
      else if (open === best.n) for (const [c, d] of best.agreed) if ((map.get(c) ?? '') !== d) best.agreed.delete(c);
      return;
    }
    const code = unread[i]!;
    for (const d of [...free.filter((x) => !used.has(x)), '']) {
      map.set(code, d);
      if (d) used.add(d);
      const newly = touching.get(code)!.filter((gi) => !failed[gi] && !mayAdd(groups[gi]!, read));
      for (const gi of newly) failed[gi] = true;
      open -= newly.length;
      if (open >= best.n) walk(i + 1, used);
      open += newly.length;
      for (const gi of newly) failed[gi] = false;
      used.delete(d);
    }
    map.delete(code);
  };
  walk(0, new Set());
  if (tried > MAX_READINGS) return new Map();
  return new Map([...best.agreed].filter(([, d]) => d !== ''));
}
