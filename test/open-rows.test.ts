/**
 * Table 三 rows the row reading left ambiguous (a cell moved away), solved again once the rows around
 * them are read (map/open-rows). Invented table: every row 0 but 予以公开 = 总计 = 新收 = `1 2 0 0 0 0 3`.
 */
import { fillOpenRows } from '../src/map/open-rows.js';
import type { Placement } from '../src/map/table-rows.js';
import type { Group, SolvedField } from '../src/solve/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const specs = TEMPLATE_2021.requestRows;
const keysOf = (row: string): string[] => specs.find((s) => s.key === row)!.columns.map((c) => `requests.${row}.${c}`);
const ROW = [1, 2, 0, 0, 0, 0, 3];
const FILLED = ['granted', 'totalHandled', 'newReceived'];

function table(open: string[]): Map<string, SolvedField> {
  const fields = new Map<string, SolvedField>();
  for (const s of specs) keysOf(s.key).forEach((k, c) => fields.set(k, open.includes(s.key) ? { value: null, flags: ['ambiguous'] } : { value: FILLED.includes(s.key) ? ROW[c]! : 0, flags: [] }));
  return fields;
}

/** 予以公开 printed `2 0 0 0 0 3`: its first cell moved away; offered with the unknown cell at each place. */
const granted: Group = {
  id: 'requests.granted',
  keys: keysOf('granted'),
  candidates: [0, 1, 2, 3, 4, 5].map((gap) => {
    const printed = [2, 0, 0, 0, 0, 3];
    const cells = [...printed.slice(0, gap), undefined, ...printed.slice(gap)];
    return { cost: 2, cells: cells.map((value) => ({ value, flags: ['repaired' as const] })) };
  }),
};

const fill = (fields: Map<string, SolvedField>) => ({ table: 'requests', specs, identities: TEMPLATE_2021.identities, fields, placements: new Map<string, Placement>() });

describe('open rows solved again with the rows read around them', () => {
  it('should fill the one reading the column identities leave, placed by position', () => {
    const f = fill(table(['granted']));
    expect(fillOpenRows(f, [granted], { line: 1 })).toHaveLength(7);
    expect(keysOf('granted').map((k) => f.fields.get(k)!.value)).toEqual(ROW);
    expect(f.placements.get('requests.granted.total')!.by).toBe('position');
  });

  it('should leave the row open when the rows that would choose its reading are unread', () => {
    // 总计 unread too (no reading of it offered): the column identities are not evaluated; every place fits the row's total,
    // which every reading reads alike (the last printed value).
    const f = fill(table(['granted', 'totalHandled']));
    expect(fillOpenRows(f, [granted], { line: 1 })).toEqual(['requests.granted.total']);
    expect(f.fields.get('requests.granted.commercial')!.flags).toContain('ambiguous');
  });

  it('should fill nothing when the rows read break an identity', () => {
    const fields = table(['granted']);
    fields.set('requests.totalHandled.total', { value: 4, flags: [] });
    expect(fillOpenRows(fill(fields), [granted], { line: 1 })).toEqual([]);
  });
});
