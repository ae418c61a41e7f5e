/**
 * Rows of a value stream placed between rows resolved by their labels (map/anchored-runs): plain
 * pdftotext keeps most of table 三 row by row but moves a few values elsewhere. The table is made
 * by test/helpers/table3 (every identity holds by construction) and the expected rows are its rows.
 */
import { anchoredRuns, keptByIdentities } from '../src/map/anchored-runs.js';
import type { Group, SolvedField } from '../src/solve/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;
/** Dense values (1..10), not periodic (a generator with a period makes rows that repeat, and a run shifted by the period agrees with every anchor): a run placed at the wrong row breaks the identities or the anchors. */
const grid = consistentRequestGrid((i, c) => 1 + Math.floor((Math.abs(Math.sin(i * 12.9898 + c * 78.233)) * 43758.5453) % 10));
const keysOf = (r: number) => specs[r]!.columns.map((c) => `requests.${specs[r]!.key}.${c}`);

/** Rows 0–1 as printed, row 2 without its first value (moved to the end of the stream), rows 3.. as printed. */
const stream = [...grid.slice(0, 2).flat(), ...grid[2]!.slice(1), ...grid.slice(3).flat(), grid[2]![0]!];
const knownRows = (rows: number[]) => grid.map((row, r) => (rows.includes(r) ? row : null));

describe('rows of a value stream placed by the rows their labels resolved', () => {
  it('should place the run after a moved value where two label-read rows agree with it', () => {
    const runs = anchoredRuns('requests', stream, specs, ids, knownRows([5, 10]));
    const placed = new Map<number, number[]>();
    for (const run of runs) run.rows.forEach((row, i) => placed.set(run.from + i, row));
    for (let r = 3; r < specs.length; r++) expect(placed.get(r)).toEqual(grid[r]);
    // Row 2 lost a value: no run reads it.
    expect(placed.has(2)).toBe(false);
  });

  it('should place nothing without anchors (a row identity does not say which row a run is)', () => {
    expect(anchoredRuns('requests', stream, specs, ids, knownRows([]))).toEqual([]);
    // One label-read row is not enough either (the run's end is not the stream's end: the moved value follows it).
    expect(anchoredRuns('requests', stream, specs, ids, knownRows([10]))).toEqual([]);
  });

  it('should place no run that a label-read row contradicts', () => {
    const known: (number[] | null)[] = knownRows([5, 10]);
    known[7] = grid[7]!.map((v, c) => (c === 0 ? v + 1 : c === 6 ? v + 1 : v));
    expect(anchoredRuns('requests', stream, specs, ids, known).some((run) => run.from <= 7 && run.to > 7)).toBe(false);
  });

  it('should drop a row whose values add up in the row but break a column identity (a value rotated among its cells)', () => {
    const fields = new Map<string, SolvedField>();
    grid.forEach((row, r) => { if (r !== 6) keysOf(r).forEach((k, c) => fields.set(k, { value: row[c]!, flags: [] })); });
    const group = (row: number[]): Group => ({ id: 'g', keys: keysOf(6), candidates: [{ cost: 0, cells: row.map((value) => ({ value, flags: [] })) }] });
    const right = grid[6]!;
    expect(right[0]).not.toBe(right[1]);
    const rotated = [right[1]!, right[0]!, ...right.slice(2)];
    expect(keptByIdentities([group(right)], ids, fields)).toHaveLength(1);
    expect(keptByIdentities([group(rotated)], ids, fields)).toHaveLength(0);
  });

  it('should keep a row whose column identities fail only through a total the report prints wrong elsewhere (one cell explains them)', () => {
    const fields = new Map<string, SolvedField>();
    grid.forEach((row, r) => { if (r !== 6) keysOf(r).forEach((k, c) => fields.set(k, { value: row[c]!, flags: [] })); });
    // Row 8's 总计 printed 2 too high (TEMPLATE.md: the printed number is the value): its row and the 总计 column fail.
    const wrongTotal = keysOf(8)[6]!;
    fields.set(wrongTotal, { value: grid[8]![6]! + 2, flags: [] });
    const group = (row: number[]): Group => ({ id: 'g', keys: keysOf(6), candidates: [{ cost: 0, cells: row.map((value) => ({ value, flags: [] })) }] });
    const right = grid[6]!;
    expect(keptByIdentities([group(right)], ids, fields)).toHaveLength(1);
    // A value rotated among the row's cells still breaks columns that one cell does not explain.
    expect(keptByIdentities([group([right[1]!, right[0]!, ...right.slice(2)])], ids, fields)).toHaveLength(0);
    // The wrong total in the group's own row: the group may be the misread part, it is dropped.
    fields.set(wrongTotal, { value: grid[8]![6]!, flags: [] });
    expect(keptByIdentities([group([...right.slice(0, 6), right[6]! + 2])], ids, fields)).toHaveLength(0);
  });
});
