/**
 * @file Readings of a row's value tokens when the table came as a stream of one value per line
 * (a crawler's or archiver's text dump, plain `pdftotext`): the tokens are aligned to the row's k
 * cells by a small search whose moves each have a cost —
 *  - one:      a token is one cell (0);
 *  - collapse: a token is a run of r ≥ 2 identical cells, when the archiver collapsed repeated
 *              lines (`46` `0` `46` for 46 0 0 0 0 0 46) (0, only in a collapsed stream);
 *  - join:     two adjacent tokens are one number split over two lines (`1` `62` → 162) (1); in a
 *              collapsed stream also a token with itself, its two equal pieces printed once (`1` → 11) (1);
 *  - skip:     a stray token is not a cell (2);
 *  - missing:  a cell has no token (unknown, left to the identities) (2).
 * Every reading that fits k cells is returned with its cost; the solver ranks them by the
 * identities first and the cost second, so a collapse the identities contradict loses to a
 * reading with unknown cells, and readings the stream does not separate come out ambiguous.
 */
import type { FieldFlag } from '../schema/report.js';
import type { Candidate, Cell } from '../solve/types.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import { dedupeReadings } from './dedupe-readings.js';
import { tick } from '../_internal/work-budget.js';
import { UNIT_LINE } from '../layout/unit-lines.js';

/** How a table's value stream may have been damaged. */
export interface StreamMode {
  /** Consecutive identical lines were collapsed into one (no two adjacent value lines are equal). */
  collapse: boolean;
  /**
   * False: two value lines are never one number split over them (no join move). Table 二's cells are
   * as wide as a header word, so a count does not wrap there; in a dump that piles the labels or
   * prints the small tables column by column, adjacent value lines are cells of other rows or columns
   * ('30' / '81' for 行政许可 30 and 其他 81 read 3081: breakit51 p2t-M4, arch-gbpg). Default true.
   * (wrapShadows still lists a wrap as the other reading of a full row: a doubt, never a value.)
   */
  join?: boolean;
}

/** Cost of each move (see the file header). */
export const MOVE_COST = { one: 0, collapse: 0, join: 1, skip: 2, missing: 2 } as const;
/** Most joins, skips and missing cells in one reading (collapses are free: they are the stream's grammar). */
export const MAX_STREAM_REPAIRS = 3;
/**
 * The same in a collapsed stream: every run length is already a choice, so readings multiply fast
 * (2 500 for three tokens in 15 cells with two repairs); one repair on top of the collapses.
 */
export const MAX_COLLAPSED_REPAIRS = 1;
/**
 * Most readings of one row with a given number of repairs. Past it that tier is not listed: a
 * partial list of readings could make a wrong one look unique.
 */
export const MAX_STREAM_READINGS = 5_000;
/** Most search steps for one row's readings (keeps a long row's search within milliseconds). */
export const MAX_STREAM_NODES = 20_000;
/** Cost per cell of the all-unknown reading: above any listed reading (at most k missing cells). */
const UNKNOWN_COST = MOVE_COST.missing + 1;

function cellOf(t: ValueToken, flags: FieldFlag[]): Cell {
  if (t.kind === 'na') return { value: null, flags: ['notApplicable', ...flags] };
  if (t.kind === 'blank') return { value: 0, flags: ['blank', ...flags] };
  // A zero-led run (no count is printed so) read as one cell is a repair, never a number as printed.
  return { value: t.value, flags: t.zeroLed === true && !flags.includes('repaired') ? [...flags, 'repaired'] : flags };
}

/** Two tokens that may be pieces of one integer: digits only, the first not starting with 0. */
function joinable(a: ValueToken | undefined, b: ValueToken | undefined): a is Extract<ValueToken, { kind: 'num' }> {
  return a?.kind === 'num' && b?.kind === 'num' && /^[1-9]\d*$/.test(a.raw) && /^\d+$/.test(b.raw);
}

const UNKNOWN: Cell = { value: undefined, flags: ['derived'] };

/**
 * The readings of `tokens` as k cells: those with the fewest repairs that can be listed in full
 * (all readings with no repair, then with at most one, … up to MAX_STREAM_REPAIRS), plus one
 * reading with every cell unknown that costs more than any of them — what is left when the
 * identities contradict every listed reading, so that a contradiction gives unknowns, not a guess.
 */
export function streamReadings(tokens: readonly ValueToken[], k: number, mode: StreamMode): Candidate[] {
  let listed: Candidate[] = [];
  const most = mode.collapse ? MAX_COLLAPSED_REPAIRS : MAX_STREAM_REPAIRS;
  for (let repairs = 0; repairs <= most; repairs++) {
    const tier = readingsUpTo(tokens, k, mode, repairs);
    if (tier === null) break;
    listed = tier;
    // Each repair multiplies the readings by about the row's length: a large tier is the last one listed.
    if (listed.length * k > MAX_STREAM_READINGS) break;
  }
  const unknown: Candidate = { cells: Array.from({ length: k }, () => ({ ...UNKNOWN, flags: ['derived', 'repaired'] })), cost: UNKNOWN_COST * k };
  return [...dedupeReadings(listed), unknown];
}

/** Every reading with at most `maxRepairs` joins, skips and missing cells; null past the limits. */
export function readingsUpTo(tokens: readonly ValueToken[], k: number, mode: StreamMode, maxRepairs: number): Candidate[] | null {
  const out: Candidate[] = [];
  const cells: Cell[] = [];
  let nodes = 0;
  let overflow = false;
  const emit = (cost: number, repaired: boolean): void => {
    if (out.length >= MAX_STREAM_READINGS) overflow = true;
    else out.push({ cost, cells: cells.map((c) => ({ ...c, flags: repaired ? [...new Set<FieldFlag>([...c.flags, 'repaired'])] : [...c.flags] })) });
  };
  /** Pushes `n` copies of `cell`, walks on, pops them. */
  const withCells = (cell: Cell, n: number, then: () => void): void => {
    for (let j = 0; j < n; j++) cells.push(cell);
    then();
    cells.length -= n;
  };
  const walk = (i: number, cost: number, repairs: number, repaired: boolean): void => {
    tick();
    if (overflow || ++nodes > MAX_STREAM_NODES) {
      overflow = true;
      return;
    }
    const room = k - cells.length;
    const left = tokens.length - i;
    // Bounds: the repairs left must cover the tokens that cannot be cells and the cells no token can fill.
    if (room === 0 && left > maxRepairs - repairs) return;
    if (!mode.collapse && room - left > maxRepairs - repairs) return;
    // Each token left takes at least one cell unless a repair (a skip or a join) consumes it.
    if (mode.collapse && left - room > maxRepairs - repairs) return;
    if (i === tokens.length) {
      if (room === 0) emit(cost, repaired);
      else if (repairs + room <= maxRepairs) withCells(UNKNOWN, room, () => emit(cost + room * MOVE_COST.missing, true));
      return;
    }
    const t = tokens[i]!;
    if (room >= 1) withCells(cellOf(t, []), 1, () => walk(i + 1, cost, repairs, repaired));
    if (mode.collapse && room >= 2) {
      // A row printed as one 0 is a row of zeros: its run length is the row's width, chosen by nothing (and a blank cell is 0 too).
      const whole = i === 0 && tokens.length === 1 && room === k && t.kind === 'num' && t.value === 0;
      const run = cellOf(t, ['collapsed']);
      for (let r = 2; r <= room; r++) withCells(whole && r === k ? cellOf(t, []) : run, r, () => walk(i + 1, cost + MOVE_COST.collapse, repairs, repaired));
    }
    if (repairs >= maxRepairs) return;
    const next = tokens[i + 1];
    if (room >= 1 && mode.join !== false && joinable(t, next)) {
      const joined: Cell = { value: Number(t.raw + (next as { raw: string }).raw), flags: ['joined'] };
      withCells(joined, 1, () => walk(i + 2, cost + MOVE_COST.join, repairs + 1, repaired));
    }
    // Two equal pieces of a split number ('1' '1' for 11) print once in a collapsed stream: a token joins itself.
    if (mode.collapse && room >= 1 && mode.join !== false && joinable(t, t)) {
      const doubled: Cell = { value: Number(t.raw + (t as { raw: string }).raw), flags: ['joined', 'collapsed'] };
      withCells(doubled, 1, () => walk(i + 1, cost + MOVE_COST.join, repairs + 1, repaired));
    }
    walk(i + 1, cost + MOVE_COST.skip, repairs + 1, true);
    if (room >= 1) withCells(UNKNOWN, 1, () => walk(i, cost + MOVE_COST.missing, repairs + 1, true));
  };
  walk(0, 0, 0, false);
  return overflow ? null : out;
}

/**
 * Shortest first piece of a number wrapped in a table cell: a value column is at least as wide as
 * one CJK character of its header, two digits; a single digit on a line is a whole cell, not a
 * wrapped piece.
 */
const MIN_WRAP_PIECE = 2;

/** Two adjacent tokens that may be the two lines of one number wrapped in a narrow cell ('29' / '4'): the first piece full, the second no longer. */
function wrapPieces(a: ValueToken | undefined, b: ValueToken | undefined): a is Extract<ValueToken, { kind: 'num' }> {
  return joinable(a, b) && a.raw.length >= MIN_WRAP_PIECE && (b as { raw: string }).raw.length <= a.raw.length;
}

/**
 * The other readings of a row whose tokens fill its k cells as printed, in a collapsed stream:
 * one token a run of two identical cells (two equal lines collapsed) and two others the pieces of
 * a number wrapped over two lines (`0` `29` `4` for 0 0 294). The count matching the cells proves
 * nothing there: the two moves cancel. Each costs one join (flags `collapsed`, `joined`). A
 * token with itself (`1` for 11) is not listed: its pieces would be single digits.
 */
export function wrapShadows(tokens: readonly ValueToken[], k: number, mode: StreamMode): Candidate[] {
  if (!mode.collapse || tokens.length !== k || k < 3) return [];
  const out: Candidate[] = [];
  for (let j = 0; j + 1 < tokens.length; j++) {
    const a = tokens[j]!;
    const b = tokens[j + 1]!;
    if (!wrapPieces(a, b)) continue;
    const joined: Cell = { value: Number(a.raw + (b as { raw: string }).raw), flags: ['joined'] };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (i === j || i === j + 1 || t.kind === 'blank') continue;
      const cells: Cell[] = [];
      tokens.forEach((u, m) => {
        if (m === j) cells.push(joined);
        else if (m === j + 1) return;
        else if (m === i) cells.push(cellOf(u, ['collapsed']), cellOf(u, ['collapsed']));
        else cells.push(cellOf(u, []));
      });
      out.push({ cost: MOVE_COST.join, cells });
    }
  }
  return dedupeReadings(out);
}

/** Value lines in a document's lines, below which it is not read as a one-value-per-line stream. */
const MIN_VALUE_LINES = 5;
/**
 * Pairs of value lines printed with no blank line between that cannot be the two lines of one
 * number wrapped in its cell, below which a dump whose blocks are separated by blank lines is not
 * read as collapsed block by block: with a blank line after every cell only a wrapped number's
 * pieces sit together, and those say nothing.
 */
const MIN_TIGHT_PAIRS = 8;

/** Two lines that may be one number wrapped in a cell: the first piece two digits or more not led by 0, the second no longer. */
const mayBeWrap = (a: string, b: string): boolean => /^[1-9]\d*$/.test(a) && /^\d+$/.test(b) && a.length >= MIN_WRAP_PIECE && b.length <= a.length;

const VALUE_LINE = /^[\d.,]+$/;
/** A line printing a zero only. */
const ZERO_LINE = /^0+(?:\.0+)?$/;
/** A line printing a row of values side by side: three or more cells that are numbers (a space-aligned table's row). */
const ROW_VALUES = 3;
const isRowLine = (cells: readonly string[]): boolean => cells.filter((c) => VALUE_LINE.test(c.trim())).length >= ROW_VALUES;

/**
 * True when the document reads as an archive that collapsed consecutive identical lines: it has
 * lines holding one value only, and no two adjacent lines are the same (in a table of one value
 * per line, runs of equal values — rows of zeros — are everywhere unless they were collapsed),
 * and half its value lines or more are not followed by a line of units only (fb36 jian j4-big-raw's
 * '424' / '件' / '124' / '件': every run had been read collapsed, 80 values wrong at 0.85 and 14 at 0.98).
 * A dump whose blocks are separated by blank lines (mutool, pdfminer) run through `uniq` keeps a
 * value on both sides of a blank line (`0` `` `0`: the blank line is a line too) and collapses
 * only within blocks: it reads as collapsed when no two lines printed with no blank line between
 * are the same and at least MIN_TIGHT_PAIRS such pairs of value lines (not a wrapped number's pieces) are printed (the line numbers
 * of text input tell; lines of other inputs are all adjacent). A dump printing at least as many rows
 * of three or more values side by side as lines of one value is a space-aligned table, never such a
 * stream (`pdftotext -layout` of narrow cells: the pieces of wrapped numbers stand alone on their lines).
 */
export function isCollapsedStream(lines: readonly { cells: readonly string[]; source?: { line?: number } }[]): boolean {
  const texts = lines.map((l) => l.cells.join('\t').trim());
  const valueLines = texts.filter((t) => VALUE_LINE.test(t)).length;
  if (valueLines < MIN_VALUE_LINES) return false;
  // Values each followed by a line of units only (a unit wrapped under its number that layout/unit-lines could not place:
  // '0' / '件' / '0' / '件'): equal cells never stand side by side, so lines that all differ tell nothing of a collapse.
  const unitAfter = texts.filter((t, i) => VALUE_LINE.test(t) && UNIT_LINE.test(texts[i + 1] ?? '')).length;
  if (unitAfter * 2 >= valueLines) return false;
  // A space-aligned dump (`pdftotext -layout`) prints its rows side by side; its lines holding one
  // value are the pieces of numbers or '件' wrapped in narrow cells, not a one-value-per-line stream.
  if (lines.filter((l) => isRowLine(l.cells)).length >= valueLines) return false;
  // No zero printed (zeros left blank: a dump drops their empty cells): equal values seldom stand side by side
  // anyway, so lines that all differ tell nothing of a collapse (a lynx dump of a word-style page with blank
  // zeros, one cell a line, had its rows short of a blank read as collapsed: 行政事业性收费's '16' as both cells, 0.85).
  if (!texts.some((t) => ZERO_LINE.test(t))) return false;
  // Equal values side by side in a row written from lines a cell each (table 三 cut at the page's edge, layout/cut-cell-lines)
  // were equal adjacent lines of the dump: no collapse (the rest, table 二's one-value lines among labels, differ line to line).
  const equalCells = lines.some((l) => l.cells.slice(1).some((c, i) => i > 0 && VALUE_LINE.test(c.trim()) && c.trim() === l.cells[i]!.trim()));
  if (!equalCells && texts.every((t, i) => i === 0 || t !== texts[i - 1])) return true;
  // Lines printed with nothing between them (a blank or dropped line between is a gap in the line numbers).
  const tight = (i: number): boolean => {
    const a = lines[i - 1]!.source?.line;
    const b = lines[i]!.source?.line;
    return a === undefined || b === undefined || b === a + 1;
  };
  let pairs = 0;
  let gaps = 0;
  for (let i = 1; i < texts.length; i++) {
    if (!tight(i)) {
      gaps++;
      continue;
    }
    if (texts[i] === texts[i - 1]) return false;
    if (VALUE_LINE.test(texts[i]!) && VALUE_LINE.test(texts[i - 1]!) && !mayBeWrap(texts[i - 1]!, texts[i]!)) pairs++;
  }
  return gaps > 0 && pairs >= MIN_TIGHT_PAIRS;
}
