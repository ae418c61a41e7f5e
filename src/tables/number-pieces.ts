/**
 * @file Counts a Word-pasted page split into two `<span>` runs, dumped one text node a line (BeautifulSoup `get_text('\n')`,
 * a crawler's tag strip writing each node on a line): '1' / '2' for 12 — Word starts a run wherever the author's edits or the
 * spell checker touched the text, so any count of two digits or more may print as two pieces, and nothing in the dump tells a
 * piece from a cell of its own. A row's numbers are then read as every grouping of its pieces into numbers of one piece or two
 * adjacent ones (`pieceGroupings`); its identities choose (layout/node-lines reads a dump so, map/row-candidates lists the
 * readings, a number joined from pieces flagged `joined`). A text browser (lynx, w3m, html2text) joins the runs of a cell and
 * prints the count whole.
 */

/** A piece a count may start with: a count as printed, not led by 0 ('0' / '5' is two cells: no count is printed '05'). */
const HEAD = /^[1-9]\d*$/;
/** A piece a count may end with: digits. */
const TAIL = /^\d+$/;
/** Most groupings listed for one run (a row of 14 pieces into 7 numbers has one; 10 pieces into 7 have 35). */
const MAX_GROUPINGS = 256;

/** True when the pieces `a`, `b` may be one count split in two: `a` a count not led by 0, `b` digits. */
export const piecesJoin = (a: string, b: string): boolean => HEAD.test(a) && TAIL.test(b);

/**
 * Every way to read the pieces `raws` (in printed order) as at most `most` numbers, each one piece (a count as printed) or two
 * adjacent pieces joined (the first a count not led by 0, the second digits), with at least `least` numbers: each grouping as the sizes of
 * its groups in order (1 or 2; their sum is `raws.length`). The grouping joining nothing is listed when it fits. Empty past
 * MAX_GROUPINGS (a partial list could make one reading look unique).
 */
export function pieceGroupings(raws: readonly string[], most: number, least = 1): number[][] {
  const out: number[][] = [];
  const sizes: number[] = [];
  let overflow = false;
  const walk = (i: number): void => {
    if (overflow) return;
    const left = raws.length - i;
    // Each number left takes one or two pieces.
    if (sizes.length + Math.ceil(left / 2) > most || sizes.length + left < least) return;
    if (i === raws.length) {
      if (out.length >= MAX_GROUPINGS) overflow = true;
      else out.push([...sizes]);
      return;
    }
    // A piece alone is a count as printed: '0' or not led by 0 ('00' of 100 split '1' / '00' is a tail only).
    if (raws[i] === '0' || !raws[i]!.startsWith('0')) {
      sizes.push(1);
      walk(i + 1);
      sizes.pop();
    }
    if (i + 1 < raws.length && piecesJoin(raws[i]!, raws[i + 1]!)) {
      sizes.push(2);
      walk(i + 2);
      sizes.pop();
    }
  };
  walk(0);
  return overflow ? [] : out;
}

/** The numbers of `raws` read by the grouping `sizes` (pieceGroupings): each group's pieces run together. */
export function groupedNumbers(raws: readonly string[], sizes: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const s of sizes) {
    out.push(raws.slice(at, at + s).join(''));
    at += s;
  }
  return out;
}
