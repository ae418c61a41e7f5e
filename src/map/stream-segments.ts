/**
 * @file The readings graph of map/stream-align cut into segments: the states every reading passes
 * through cut the table into runs of rows whose readings are independent of the others'; each
 * segment's readings are listed (at most MAX_ALIGNED_READINGS, walking at most MAX_SEGMENT_STEPS
 * path steps) for the solver. A segment with more gives what all its readings agree on, and leaves the rest unknown (a partial list could make a
 * wrong reading look unique).
 */
import type { FieldFlag } from '../schema/report.js';
import type { AlignedReading } from './stream-align.js';
import { tick } from '../_internal/work-budget.js';

/** Most readings listed for one segment; past it the segment is left to the row reading (a partial list could make a wrong reading look unique). */
export const MAX_ALIGNED_READINGS = 512;

/**
 * Most path steps walked to list one segment's readings; past it the segment gives its summary, as
 * past MAX_ALIGNED_READINGS. Many paths can give one reading (a run of equal values read as a run
 * or cell by cell), so the readings' count alone does not bound the walk: a 6 KB plain `pdftotext`
 * page through `uniq` walked for 10 minutes while its readings stayed few. Counted in steps, not
 * time: the output does not depend on the load.
 */
export const MAX_SEGMENT_STEPS = 50_000;

/** How a cell was read: as printed, joined from two tokens, part of a run of identical cells, read once where printed twice (repaired), or cut out of a fused token (segmented). */
export type Mark = '' | 'joined' | 'collapsed' | 'repaired' | 'segmented';

/** Rows r.. read from one state (a cell no reading of its page fixes is undefined); `continues`: its first cell repeats the token before it (a run begun earlier). */
export interface Tail {
  rows: (number | undefined)[][];
  marks: Mark[][];
  cost: number;
  continues: boolean;
}

/** One way to read a block: its rows, where the next block starts, and whether a run may go on into it. */
export interface BlockRead extends Tail {
  next: number;
  carry: boolean;
  /** Rows of the block that break their own identities as printed (a total printed wrong; map/stream-align `breaks`). */
  broke?: number;
}

/** Rows [from, to) of the table and their readings, independent of the other segments'. */
export interface Segment {
  from: number;
  to: number;
  readings: AlignedReading[];
}

/** A search state: the next row, the next token, whether the last cell may run on, the cost so far, the rows so far that broke their identities. */
export interface State {
  r: number;
  i: number;
  carry: boolean;
  cost: number;
  broke?: number;
}

/** An edge of the readings graph: one block's reading, to the state after it. */
export interface Edge {
  to: string;
  read: BlockRead;
}

export const stateKey = (s: State): string => `${s.r}|${s.i}|${s.carry ? 1 : 0}|${s.cost}${s.broke ? `|b${s.broke}` : ''}`;
export const END = 'end';

/**
 * One reading standing for every reading of rows [r0, r1) (too many to list): a cell takes the
 * value that every block reading covering it gives, and is unknown where they differ. Every
 * reading of the segment is a path of block readings from states of these rows, so a value all
 * of them give is the value of every reading (no reading is left out, unlike a partial list).
 */
function summaryOf(r0: number, r1: number, live: readonly string[], edges: ReadonlyMap<string, Edge[]>, state: ReadonlyMap<string, State>): AlignedReading {
  const values = new Map<number, Set<number | undefined>>();
  const marks = new Map<number, Set<Mark>>();
  const w = new Map<number, number>();
  for (const k of live) {
    const s = state.get(k)!;
    if (s.r < r0 || s.r >= r1) continue;
    for (const e of edges.get(k)!) {
      e.read.rows.forEach((row, ri) => row.forEach((v, c) => {
        const cell = (s.r + ri) * 1_000 + c;
        (values.get(cell) ?? values.set(cell, new Set()).get(cell)!).add(v);
        (marks.get(cell) ?? marks.set(cell, new Set()).get(cell)!).add(e.read.marks[ri]![c]!);
        w.set(s.r + ri, Math.max(w.get(s.r + ri) ?? 0, c + 1));
      }));
    }
  }
  const rows = Array.from({ length: r1 - r0 }, (_, i) => Array.from({ length: w.get(r0 + i) ?? 0 }, (_, c) => {
    const vs = values.get((r0 + i) * 1_000 + c);
    return vs && vs.size === 1 ? [...vs][0] : undefined;
  }));
  const flags = rows.map((row, i) => row.map((_, c): FieldFlag[] => [...(marks.get((r0 + i) * 1_000 + c) ?? [])].filter((m): m is Exclude<Mark, ''> => m !== '')));
  return { rows, flags, cost: 0 };
}

/**
 * Cuts the graph at the states every path goes through (counted: paths through = all paths) and
 * lists each segment's paths as its readings; a segment with more than MAX_ALIGNED_READINGS
 * readings gives one reading that stands for them all (summaryOf: unknown where they differ).
 */
export function segmentsOf(start: string, all: ReadonlyMap<string, Edge[]>, state: ReadonlyMap<string, State>, n: number): Segment[] {
  // States in order of rows then tokens: every edge goes to a later row, or to END.
  const order = [...all.keys()].filter((k) => all.get(k)!.length > 0);
  order.sort((a, b) => state.get(a)!.r - state.get(b)!.r || state.get(a)!.i - state.get(b)!.i);
  const edges = all;
  const live = order;
  const into = new Map<string, bigint>([[start, 1n]]);
  for (const k of live) for (const e of edges.get(k)!) into.set(e.to, (into.get(e.to) ?? 0n) + (into.get(k) ?? 0n));
  const out = new Map<string, bigint>([[END, 1n]]);
  for (const k of [...live].reverse()) out.set(k, edges.get(k)!.reduce((s, e) => s + (out.get(e.to) ?? 0n), 0n));
  const total = out.get(start) ?? 0n;
  const cuts = live.filter((k) => (into.get(k) ?? 0n) * (out.get(k) ?? 0n) === total);
  const segments: Segment[] = [];
  cuts.forEach((from, ci) => {
    const to = cuts[ci + 1] ?? END;
    const readings = new Map<string, AlignedReading>();
    let overflow = false;
    let steps = 0;
    const walk = (k: string, rows: (number | undefined)[][], marks: Mark[][], cost: number): void => {
      if (overflow) return;
      tick();
      if (++steps > MAX_SEGMENT_STEPS) {
        overflow = true;
        return;
      }
      if (k === to) {
        const id = `${cost}|${rows.map((x) => x.join(',')).join(';')}`;
        const flags = marks.map((row) => row.map((m): FieldFlag[] => (m ? [m] : [])));
        const prev = readings.get(id);
        if (prev) prev.flags = prev.flags.map((row, ri) => row.map((f, c) => [...new Set([...f, ...flags[ri]![c]!])]));
        else readings.set(id, { rows, flags, cost });
        if (readings.size > MAX_ALIGNED_READINGS) overflow = true;
        return;
      }
      for (const e of edges.get(k) ?? []) {
        const m = [...marks.map((x) => [...x]), ...e.read.marks];
        // A run that goes on into the next block began on the last printed cell before it.
        if (e.read.continues && m.length > e.read.marks.length) m[marks.length - 1]![m[marks.length - 1]!.length - 1] = 'collapsed';
        walk(e.to, [...rows, ...e.read.rows], m, cost + e.read.cost);
      }
    };
    walk(from, [], [], 0);
    const r0 = state.get(from)!.r;
    const r1 = to === END ? n : state.get(to)!.r;
    if (r1 > r0) segments.push({ from: r0, to: r1, readings: overflow ? [summaryOf(r0, r1, live, edges, state)] : [...readings.values()] });
  });
  return segments;
}
