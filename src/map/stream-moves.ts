/**
 * @file Readings of a row's value tokens when the table came as a stream of one value per line
 * (a crawler's or archiver's text dump, plain `pdftotext`): the tokens are aligned to the row's k
 * cells by a small search whose moves each have a cost —
 *  - one:      a token is one cell (0);
 *  - collapse: a token is a run of r ≥ 2 identical cells, when the archiver collapsed repeated
 *              lines (`46` `0` `46` for 46 0 0 0 0 0 46) (0, only in a collapsed stream);
 *  - join:     two adjacent tokens are one number split over two lines (`1` `62` → 162) (1);
 *  - skip:     a stray token is not a cell (2);
 *  - missing:  a cell has no token (unknown, left to the identities) (2).
 * Every reading that fits k cells is returned with its cost; the solver ranks them by the
 * identities first and the cost second, so a collapse the identities contradict loses to a
 * reading with unknown cells, and readings the stream does not separate come out ambiguous.
 */
import type { FieldFlag } from '../schema/report.js';
import type { Candidate, Cell } from '../solve/types.js';
import type { ValueToken } from '../tables/tokenize-cell.js';

/** How a table's value stream may have been damaged. */
export interface StreamMode {
  /** Consecutive identical lines were collapsed into one (no two adjacent value lines are equal). */
  collapse: boolean;
}

/** Cost of each move (see the file header). */
export const MOVE_COST = { one: 0, collapse: 0, join: 1, skip: 2, missing: 2 } as const;
/** Most joins, skips and missing cells in one reading (collapses are free: they are the stream's grammar). */
export const MAX_STREAM_REPAIRS = 3;
/**
 * Most readings of one row. Past it the search is abandoned and the row is unknown: a partial
 * list of readings could make a wrong one look unique.
 */
export const MAX_STREAM_READINGS = 20_000;

interface State {
  cells: Cell[];
  cost: number;
  repairs: number;
  repaired: boolean;
}

function cellOf(t: ValueToken, flags: FieldFlag[]): Cell {
  if (t.kind === 'na') return { value: null, flags: ['notApplicable', ...flags] };
  if (t.kind === 'blank') return { value: 0, flags: ['blank', ...flags] };
  return { value: t.value, flags };
}

/** Two tokens that may be pieces of one integer: digits only, the first not starting with 0. */
function joinable(a: ValueToken | undefined, b: ValueToken | undefined): a is Extract<ValueToken, { kind: 'num' }> {
  return a?.kind === 'num' && b?.kind === 'num' && /^[1-9]\d*$/.test(a.raw) && /^\d+$/.test(b.raw);
}

/** The readings of `tokens` as k cells, or null when there are too many to list. */
export function streamReadings(tokens: readonly ValueToken[], k: number, mode: StreamMode): Candidate[] | null {
  const out: Candidate[] = [];
  let overflow = false;
  const emit = (s: State): void => {
    if (out.length >= MAX_STREAM_READINGS) {
      overflow = true;
      return;
    }
    const cells = s.repaired ? s.cells.map((c) => ({ ...c, flags: [...new Set<FieldFlag>([...c.flags, 'repaired'])] })) : s.cells;
    out.push({ cells, cost: s.cost });
  };
  const walk = (i: number, s: State): void => {
    if (overflow || s.cells.length > k) return;
    const room = k - s.cells.length;
    if (i === tokens.length) {
      if (room === 0) emit(s);
      else if (s.repairs + room <= MAX_STREAM_REPAIRS) {
        const unknown: Cell[] = Array.from({ length: room }, () => ({ value: undefined, flags: ['derived'] }));
        emit({ cells: [...s.cells, ...unknown], cost: s.cost + room * MOVE_COST.missing, repairs: s.repairs + room, repaired: true });
      }
      return;
    }
    const t = tokens[i]!;
    if (room >= 1) walk(i + 1, { ...s, cells: [...s.cells, cellOf(t, [])] });
    if (mode.collapse) {
      for (let r = 2; r <= room; r++) {
        walk(i + 1, { ...s, cells: [...s.cells, ...Array.from({ length: r }, () => cellOf(t, ['collapsed']))] });
      }
    }
    if (s.repairs >= MAX_STREAM_REPAIRS) return;
    const next = tokens[i + 1];
    if (room >= 1 && joinable(t, next)) {
      const cell: Cell = { value: Number(t.raw + (next as { raw: string }).raw), flags: ['joined'] };
      walk(i + 2, { ...s, cells: [...s.cells, cell], cost: s.cost + MOVE_COST.join, repairs: s.repairs + 1 });
    }
    walk(i + 1, { ...s, cost: s.cost + MOVE_COST.skip, repairs: s.repairs + 1, repaired: true });
    if (room >= 1) {
      const gap: Cell = { value: undefined, flags: ['derived'] };
      walk(i, { ...s, cells: [...s.cells, gap], cost: s.cost + MOVE_COST.missing, repairs: s.repairs + 1, repaired: true });
    }
  };
  walk(0, { cells: [], cost: 0, repairs: 0, repaired: false });
  return overflow ? null : dedupeReadings(out);
}

/** One reading per distinct (values, cost); flags of equal readings merged. */
function dedupeReadings(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.cost}|${c.cells.map((x) => String(x.value)).join(',')}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, c);
    else prev.cells = prev.cells.map((cell, i) => ({ ...cell, flags: [...new Set([...cell.flags, ...(c.cells[i]?.flags ?? [])])] }));
  }
  return [...seen.values()];
}

/** Value lines in a document's lines, below which it is not read as a one-value-per-line stream. */
const MIN_VALUE_LINES = 5;

/**
 * True when the document reads as an archive that collapsed consecutive identical lines: it has
 * lines holding one value only, and no two adjacent lines are the same (in a table of one value
 * per line, runs of equal values — rows of zeros — are everywhere unless they were collapsed).
 */
export function isCollapsedStream(lines: readonly { cells: readonly string[] }[]): boolean {
  const texts = lines.map((l) => l.cells.join('\t').trim());
  const valueLines = texts.filter((t) => /^[\d.,]+$/.test(t)).length;
  if (valueLines < MIN_VALUE_LINES) return false;
  return texts.every((t, i) => i === 0 || t !== texts[i - 1]);
}
