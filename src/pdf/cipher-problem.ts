/**
 * @file The cipher's problem (`cipher.ts`): undecodable runs joined where they touch, cut at spaces
 * into distinct segments of code ids, and the template's crib (`cipher-crib.ts`) as character ids.
 */
import { pushAll } from '../_internal/extremes.js';
import { CRIB } from './cipher-crib.js';

/** A run of undecodable text: its font (pdf.js's name) and its string. */
export interface CipherRun {
  font: string;
  str: string;
  /** Its printed row: page and baseline (`cipher-digits.ts`). */
  row: string;
  /** Where it starts and ends along its baseline, and its font size (runs that touch are read as one). */
  x: number;
  end: number;
  size: number;
}

/** Gap (in ems) up to which two runs of one row touch: Ghostscript's Type 3 re-print changes font every few glyphs. */
const TOUCHING = 0.3;

/** Runs joined where one ends where the next starts on its row (codes keyed, a space between runs apart). */
function joinedRuns(runs: readonly CipherRun[], perFont: boolean): string[][] {
  const out: string[][] = [];
  let last: CipherRun | undefined;
  for (const r of runs) {
    const keys = [...r.str].map((ch) => (/\s/.test(ch) ? ' ' : codeKey(perFont, r.font, ch)));
    if (last && last.row === r.row && Math.abs(r.x - last.end) <= TOUCHING * r.size) pushAll(out.at(-1)!, keys);
    else out.push(keys);
    last = r;
  }
  return out;
}

/** The key of a glyph code. */
export const codeKey = (perFont: boolean, font: string, ch: string): string => (perFont ? `${font}\u0000${ch}` : ch);

/** A reading in progress: code id → character id and back. */
export interface Reading {
  sym: Map<number, number>;
  chr: Map<number, number>;
}

/** Segments of code ids, the crib as character ids. */
export interface Problem {
  segs: number[][];
  syms: string[];
  chars: string[];
  /** The crib texts one after another, -1 between them. */
  crib: number[];
  /** Positions in `crib` of each character id. */
  occ: number[][];
}

/** Code keys cut at the spaces (' '). */
function splitAtSpaces(keys: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const k of keys) {
    if (k === ' ') out.push([]);
    else out.at(-1)!.push(k);
  }
  return out;
}

/** Runs cut at spaces into distinct segments of code ids; the crib as character ids. */
export function problemOf(runs: readonly CipherRun[], perFont: boolean): Problem {
  const symId = new Map<string, number>();
  const seen = new Set<string>();
  const segs: number[][] = [];
  for (const keys of joinedRuns(runs, perFont)) {
    for (const codes of splitAtSpaces(keys)) {
      if (codes.length < 2 || seen.has(codes.join('\u0002'))) continue;
      seen.add(codes.join('\u0002'));
      segs.push(codes.map((k) => (symId.has(k) ? symId.get(k)! : (symId.set(k, symId.size), symId.size - 1))));
    }
  }
  const charId = new Map<string, number>();
  const crib: number[] = [];
  for (const t of CRIB) {
    for (const ch of t) crib.push(charId.has(ch) ? charId.get(ch)! : (charId.set(ch, charId.size), charId.size - 1));
    crib.push(-1);
  }
  const occ: number[][] = [...charId.keys()].map(() => []);
  crib.forEach((c, i) => c >= 0 && occ[c]!.push(i));
  return { segs, syms: [...symId.keys()], chars: [...charId.keys()], crib, occ };
}
