/**
 * A table 三 value stream whose report prints a wrong total (map/stream-breaks): TEMPLATE.md keeps
 * the printed number, so no reading keeping every row total exists; a reading may let one row break
 * its own total as printed when one printed cell explains every identity that fails. The stream is
 * breakit45 r11-2019-borderless (a LibreOffice-printed 2019 report through plain `pdftotext`), whose
 * （七）总计 prints 57 for parts adding up to 58 ('/' marks a break: a value after a blank line or a label).
 */
import { alignStream } from '../src/map/stream-align.js';
import { alignWithBrokenTotal } from '../src/map/stream-breaks.js';
import { oneCellSites } from '../src/solve/one-cell-sites.js';
import { segmentGroup } from '../src/map/table-stream.js';
import { solve } from '../src/solve/index.js';
import { TEMPLATE_2019, type Identity, type RowSpec } from '../src/template/index.js';
import { r11Layout, r11Printed, stream } from './helpers/r11-stream.js';

const specs = TEMPLATE_2019.requestRows;
const ids = TEMPLATE_2019.identities;

const PRINTED = r11Printed(57);
const LAYOUT = r11Layout(57);

describe('stream reading of a table that prints a wrong total', () => {
  it('should find no reading keeping every row total, and one reading with the printed 57 breaking its row', () => {
    expect(alignStream('requests', PRINTED, specs, ids)).toBeNull();
    const broken = alignWithBrokenTotal('requests', PRINTED, specs, ids, []);
    expect(broken).not.toBeNull();
    const { fields } = solve(broken!.segments.map((seg) => segmentGroup('requests', specs, seg)), broken!.identities);
    specs.forEach((spec, r) => spec.columns.forEach((c, ci) => expect([spec.key, c, fields.get(`requests.${spec.key}.${c}`)?.value]).toEqual([spec.key, c, LAYOUT[r]![ci]])));
    // Set aside: the identities the printed 57 fails (its row, the 总计 column's sum and balance), no other.
    expect(ids.filter((id) => !broken!.identities.includes(id)).map((id) => id.id).sort()).toEqual(['requests.balance.total', 'requests.outcomes.total', 'requests.rowTotal.totalHandled']);
  });

  it('should not read a stream whose failures no one cell explains (a second cell printed wrong, in another row and column)', () => {
    const twice = PRINTED.map((t, i) => (i === PRINTED.length - 2 ? { ...t, value: 57, raw: '57' } : i === 6 ? { ...t, value: 1, raw: '1' } : t));
    expect(alignWithBrokenTotal('requests', twice, specs, ids, [])).toBeNull();
  });

  it('should leave ambiguous the cells of two readings that break different rows', () => {
    // Rows r0 … r3 of cells a + b = t, r3 the column sums; r1 prints t = 3 for 1 + 1. Its two rows
    // printed as a page column by column give r1 breaking; read row by row, r0 [1 1 1] breaks and
    // its b is the one cell off: each is one wrong printed cell, neither ranks above the other.
    const mini: RowSpec[] = ['r0', 'r1', 'r2', 'r3'].map((key) => ({ key, labels: [key], columns: ['a', 'b', 't'] }));
    const miniIds: Identity[] = [
      ...mini.map((s) => ({ id: `row.${s.key}`, total: `x.${s.key}.t`, parts: [`x.${s.key}.a`, `x.${s.key}.b`] })),
      ...['a', 'b', 't'].map((c) => ({ id: `col.${c}`, total: `x.r3.${c}`, parts: ['r0', 'r1', 'r2'].map((r) => `x.${r}.${c}`) })),
    ];
    const broken = alignWithBrokenTotal('x', stream('/1 1 1 1 2 3 /1 1 2 /3 3 6'), mini, miniIds, []);
    expect(broken!.segments[0]!.readings.map((r) => r.rows)).toEqual(expect.arrayContaining([
      [[1, 1, 2], [1, 1, 3], [1, 1, 2], [3, 3, 6]],
      [[1, 1, 1], [1, 2, 3], [1, 1, 2], [3, 3, 6]],
    ]));
    const { fields } = solve(broken!.segments.map((seg) => segmentGroup('x', mini, seg)), broken!.identities);
    expect(fields.get('x.r0.t')).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']) });
    expect(fields.get('x.r1.b')).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']) });
    expect(fields.get('x.r0.a')?.value).toBe(1);
    expect(fields.get('x.r3.t')?.value).toBe(6);
  });

  it('should explain a wrong 总计 by its one cell, and values swapped between rows by no one cell', () => {
    const two: Identity[] = [
      { id: 'row.p', total: 'p.t', parts: ['p.a', 'p.b'] },
      { id: 'row.q', total: 'q.t', parts: ['q.a', 'q.b'] },
      { id: 'row.s', total: 's.t', parts: ['s.a', 's.b'] },
      ...['a', 'b', 't'].map((c) => ({ id: `col.${c}`, total: `s.${c}`, parts: [`p.${c}`, `q.${c}`] })),
    ];
    const grid = (rows: number[][]): Map<string, number> => new Map(['p', 'q', 's'].flatMap((r, i) => ['a', 'b', 't'].map((c, j) => [`${r}.${c}`, rows[i]![j]!] as [string, number])));
    expect(oneCellSites(grid([[1, 2, 3], [4, 5, 9], [5, 7, 12]]), two)).toEqual([]);
    expect(oneCellSites(grid([[1, 2, 4], [4, 5, 9], [5, 7, 12]]), two)).toEqual(['p.t']);
    expect(oneCellSites(grid([[4, 2, 3], [1, 5, 9], [5, 7, 12]]), two)).toBeNull();
  });
});
