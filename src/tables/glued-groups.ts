/**
 * @file Counts printed with thousands separators and run together with nothing between them — pypdf's
 * `extract_text()` of a Chromium print whose narrow value cells wrap their numbers: each cell's lines
 * in turn, a wrap inside a cell a line break, the next cell glued on ('46,5' / '8623,0' / '182,11' …
 * for 46,586 | 23,018 | 2,110 …). The separators tie the pieces: a comma is followed by exactly three
 * digits of its own number, so a digit after a completed group (',586' + '2') starts the next number,
 * and every number printed is '0', a count below 1000 or a grouped count ('1' to '999' then ',ddd'
 * groups). The digits before a comma after such a boundary ('23' of '23,018') are the next number's
 * head or smaller counts before it ('2' | '3,018'): the stream does not say; the row's count of cells
 * and the identities do (map/row-candidates `segment` splits such a run by this grammar only).
 */

/** One count as a thousands-grouped report prints it: 0, 1–999, or a head of 1–3 digits and ',ddd' groups. */
const GROUPED_PART = /^(?:0|[1-9]\d{0,2}(?:,\d{3})*)$/;

/** Most splits of one run listed (the row readings' own limit is the caller's). */
const MAX_SPLITS = 500;

/** Every split of `printed` (digits and commas) into `parts` counts, each one GROUPED_PART. */
export function splitGrouped(printed: string, parts: number): string[][] {
  const out: string[][] = [];
  const walk = (rest: string, left: number, acc: string[]): void => {
    if (out.length >= MAX_SPLITS) return;
    if (left === 1) {
      if (GROUPED_PART.test(rest)) out.push([...acc, rest]);
      return;
    }
    for (let len = 1; len < rest.length; len++) {
      const head = rest.slice(0, len);
      if (rest[len] === ',') continue;
      if (!GROUPED_PART.test(head)) {
        // A longer head of the same start is no count either once it is not a prefix of one ('0…', a 4-digit head).
        if (!/^(?:[1-9]\d{0,2}(?:,\d{0,3})*)$/.test(head)) break;
        continue;
      }
      walk(rest.slice(len), left - 1, [...acc, head]);
    }
  };
  walk(printed, parts, []);
  return out;
}

/** A piece of a glued grouped run: its text, and whether it can only be one count (`fixed`). */
export interface GluedPiece {
  printed: string;
  fixed: boolean;
}

/**
 * A run of digits and commas that is no one number ('46,58623,018', '2169,527') cut where the
 * grammar ties it — after a completed ',ddd' group followed by a digit — into pieces, each one
 * count (`fixed`) or a run the row's readings split. null when some piece is no run of counts at
 * all (a group cut short: '12,34'; a comma doubled): the run is not read.
 */
export function gluedGroupPieces(run: string): GluedPiece[] | null {
  if (!/^\d[\d,]*\d$/.test(run) || !run.includes(',') || run.includes(',,')) return null;
  const cuts: number[] = [];
  for (const m of run.matchAll(/,\d{3}(?=\d)/g)) cuts.push(m.index! + 4);
  const pieces: GluedPiece[] = [];
  let from = 0;
  for (const at of [...cuts, run.length]) {
    const printed = run.slice(from, at);
    from = at;
    // Splits into 1 … (digits) counts: none at all, no reading of the piece.
    const digits = printed.replace(/,/g, '').length;
    let counts = 0;
    let whole = false;
    for (let p = 1; p <= digits && counts < 2; p++) {
      const n = splitGrouped(printed, p).length;
      if (p === 1 && n > 0) whole = true;
      if (n > 0) counts++;
    }
    if (counts === 0) return null;
    pieces.push({ printed, fixed: whole && counts === 1 });
  }
  return pieces.length > 1 || !pieces[0]!.fixed ? pieces : null;
}

/** True when `printed` reads as one count by the grammar ('23,018'; not '2169,527'). */
export const isGroupedCount = (printed: string): boolean => GROUPED_PART.test(printed);
