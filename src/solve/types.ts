/**
 * @file Types of the joint solver: groups of cells (one printed row each) with alternative
 * readings, solved together under the template identities.
 */
import type { FieldFlag } from '../schema/report.js';
import type { Identity } from '../template/index.js';

/** number: read; null: printed not-applicable (counts 0 in sums); undefined: unknown, to derive. */
export type CellValue = number | null | undefined;

/** One reading of a cell. */
export interface Cell {
  value: CellValue;
  flags: FieldFlag[];
  /** The decimal reading of a number grouped by '.' or '、' ('1.234': tables/tokenize-cell `decimal`), a rival of `value` in a money column (map/table-rows). */
  decimal?: number;
}

/** One reading of a whole row. `cost` orders equally consistent readings (blank=0 before unknown). */
export interface Candidate {
  cells: Cell[];
  cost: number;
}

/** One combination of readings: for each group (in the solver's order), the index of its reading in `candidates`. */
export type Picks = Uint32Array;

/**
 * Combinations kept by a search, as the union of its blocks (in order). A block is every combination
 * of its parts' picks: each part's rows chosen independently of the other parts' (solve/factor.ts),
 * each pick indexing the readings of the part's `groups` in their order. A plain list of
 * combinations is a block of one part holding every group.
 */
export type Survivors = SurvivorPart[][];

/** Rows of a block chosen together: their picks, and the identities that involve them. */
export interface SurvivorPart {
  groups: readonly number[];
  identities: readonly Identity[];
  picks: Picks[];
}

/** A printed row: its dotted keys (one per column) and its readings. */
export interface Group {
  id: string;
  keys: string[];
  candidates: Candidate[];
}

/** The solver's verdict on one field. */
export interface SolvedField {
  value: number | null;
  flags: FieldFlag[];
  /** Set when several values survive: every surviving value. */
  candidates?: number[];
}

/** What the solver did, for the trace. */
export interface SolveStats {
  groups: number;
  combinations: number;
  evaluated: number;
  survivors: number;
  violations: number;
  exhausted: boolean;
}
