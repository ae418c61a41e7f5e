/**
 * @file Dashed and dotted borders → rulings. Chromium prints `border-style: dashed` as one filled
 * rectangle per dash (three times as long as the border is thick, all dashes of a side in one
 * path) and `dotted` as one filled square per dot (each its own `re f`): every mark is shorter
 * than a ruling (`MIN_RULE_LENGTH`), so read one by one the table has no rulings and its cells,
 * header words wrapped in narrow columns, are read by whitespace. Marks of one thickness standing
 * in a row along an axis, each within a short gap of the next, draw one ruling from the first to
 * the last.
 */
import type { Rulings, Segment } from './rulings.js';
import { pushAll } from '../_internal/extremes.js';

/** A small filled axis-aligned rectangle (pt, top-left page coordinates): a dash or a dot. */
export type Mark = Segment;

/** pt. Marks in one row share their centre line this closely and are this close in thickness. */
const ALIGN_SLACK = 0.3;
/** A gap between two marks of a row at most this many times the longer mark's length (dashes: about 1×, dots: 1×). */
const MAX_GAP_SHARE = 2.5;
/** pt. Gaps longer than this end the row, whatever the marks' length. */
const MAX_GAP = 6;
/** Marks a row needs to be a ruling (a few marks in a row are glyph-like decorations). */
const MIN_MARKS = 4;
/** pt. A row shorter than this is no ruling. */
const MIN_LENGTH = 10;

/** Rows of marks along one axis: `along` gives a mark's extent on the axis, `across` its extent on the other. */
function rows(marks: readonly Mark[], along: (m: Mark) => [number, number], across: (m: Mark) => [number, number]): { from: number; to: number; at: number }[] {
  const centre = (m: Mark): number => (across(m)[0] + across(m)[1]) / 2;
  const thick = (m: Mark): number => across(m)[1] - across(m)[0];
  const sorted = [...marks].sort((a, b) => centre(a) - centre(b) || along(a)[0] - along(b)[0]);
  const out: { from: number; to: number; at: number }[] = [];
  // Lines: marks sharing a centre and a thickness; each line split at gaps.
  const lines: Mark[][] = [];
  for (const m of sorted) {
    // Sorted by centre: only the last lines can share this one's centre.
    let line: Mark[] | undefined;
    for (let k = lines.length - 1; k >= 0 && centre(m) - centre(lines[k]![0]!) <= ALIGN_SLACK; k--) {
      if (Math.abs(thick(lines[k]![0]!) - thick(m)) <= ALIGN_SLACK) line = lines[k];
    }
    if (line) line.push(m);
    else lines.push([m]);
  }
  for (const line of lines) {
    line.sort((a, b) => along(a)[0] - along(b)[0]);
    let run: Mark[] = [];
    const flush = (): void => {
      const from = along(run[0]!)[0];
      const to = along(run.at(-1)!)[1];
      if (run.length >= MIN_MARKS && to - from >= MIN_LENGTH) out.push({ from, to, at: centre(run[0]!) });
      run = [];
    };
    for (const m of line) {
      const prev = run.at(-1);
      if (prev) {
        const gap = along(m)[0] - along(prev)[1];
        const len = Math.max(along(m)[1] - along(m)[0], along(prev)[1] - along(prev)[0]);
        if (gap > Math.min(MAX_GAP, MAX_GAP_SHARE * len)) flush();
      }
      run.push(m);
    }
    if (run.length) flush();
  }
  return out;
}

/** Adds the rulings that rows of `marks` draw (see the file comment) to `r`. */
export function addDashedRulings(r: Rulings, marks: readonly Mark[]): void {
  if (marks.length < MIN_MARKS) return;
  const horizontal: Segment[] = rows(marks, (m) => [m.x1, m.x2], (m) => [m.y1, m.y2]).map((s) => ({ x1: s.from, y1: s.at, x2: s.to, y2: s.at }));
  const vertical: Segment[] = rows(marks, (m) => [m.y1, m.y2], (m) => [m.x1, m.x2]).map((s) => ({ x1: s.at, y1: s.from, x2: s.at, y2: s.to }));
  pushAll(r.horizontal, horizontal);
  pushAll(r.vertical, vertical);
}
