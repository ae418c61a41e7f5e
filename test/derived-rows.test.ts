/**
 * Table 三 rows no reading placed, worked out from the identities and found among the printed values
 * no field took (map/derived-rows): the last rows of a narrow page's plain pdftotext dump, whose
 * values come in an order nothing reads. Invented small table: every row zero but those named.
 */
import { fillFromDerivedRows } from '../src/map/derived-rows.js';
import type { Placement } from '../src/map/table-rows.js';
import type { SolvedField } from '../src/solve/index.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021_COMBINED } from '../src/template/index.js';

const specs = TEMPLATE_2021_COMBINED.requestRows;
const identities = TEMPLATE_2021_COMBINED.identities;
const ROWS: Record<string, number[]> = {
  newReceived: [3, 1, 0, 0, 1, 0, 5],
  granted: [2, 1, 0, 0, 0, 0, 3],
  partiallyGranted: [1, 0, 0, 0, 0, 0, 1],
};
let LOST = ['totalHandled', 'carriedForward'];

/** Fields of every row but the lost ones, as a reading left them (positional: 0.85 at most later). */
function readFields(): Map<string, SolvedField> {
  const fields = new Map<string, SolvedField>();
  for (const s of specs) {
    s.columns.forEach((c, i) => {
      const k = `requests.${s.key}.${c}`;
      fields.set(k, LOST.includes(s.key) ? { value: null, flags: ['missing'] } : { value: ROWS[s.key]?.[i] ?? 0, flags: ['position'] });
    });
  }
  return fields;
}
/** A stream: the values of the rows read, then the given leftover tokens, one line of values. */
function stream(leftover: string): ReturnType<typeof buildRows> {
  const read = specs.filter((s) => !LOST.includes(s.key)).map((s) => (ROWS[s.key] ?? s.columns.map(() => 0)).join(' '));
  return buildRows([...read, leftover].map((l, line) => ({ cells: l.split(' '), separated: true, source: { line } })));
}
const run = (leftover: string) => {
  const fields = readFields();
  const placements = new Map<string, Placement>();
  const set = fillFromDerivedRows({ table: 'requests', specs, identities, fields, placements }, stream(leftover));
  const row = (key: string) => specs.find((s) => s.key === key)!.columns.map((c) => fields.get(`requests.${key}.${c}`)!.value);
  return { set, fields, row };
};

describe('rows derived from the identities, found among the values left over', () => {
  it('should fill 总计 and 结转 from the rows read when their values are printed and left over (in any order)', () => {
    // totalHandled 3 1 0 0 0 0 4 and carriedForward 0 0 0 0 1 0 1, printed scrambled.
    const { set, fields, row } = run('0 1 4 0 0 3 1 0 0 0 0 1 0 0');
    expect(row('totalHandled')).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(row('carriedForward')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(set).toHaveLength(14);
    expect(fields.get('requests.totalHandled.total')!.flags).toContain('derived');
  });

  it('should leave a row missing when a value it would get is not printed', () => {
    // No 4 left over: 总计 is not filled, and 结转 (which needs 总计) neither.
    const { set, row } = run('0 1 0 0 3 1 0 0 0 0 1 0 0 0');
    expect(set).toEqual([]);
    expect(row('totalHandled')).toEqual([null, null, null, null, null, null, null]);
    expect(row('carriedForward')).toEqual([null, null, null, null, null, null, null]);
  });

  it('should not count a value a read field took as left over', () => {
    // 4 is left over, but the only 3s printed are those of the rows read (新收's first cell, granted's total).
    const { set } = run('0 1 4 0 0 1 0 0 0 0 1 0 0 0');
    expect(set).toEqual([]);
  });

  describe('three rows open: the identities leave one value free per column', () => {
    // partiallyGranted lost too: 总计 = Σ outcomes and 新收 = 总计 + 结转 no longer fix any of the three alone.
    beforeEach(() => {
      LOST = ['partiallyGranted', 'totalHandled', 'carriedForward'];
    });
    afterEach(() => {
      LOST = ['totalHandled', 'carriedForward'];
    });

    it('should fill them with the one reading whose values are all printed and left over', () => {
      // partiallyGranted 1 0 0 0 0 0 1, totalHandled 3 1 0 0 0 0 4, carriedForward 0 0 0 0 1 0 1, scrambled.
      const { set, row, fields } = run('4 0 1 0 3 0 0 1 0 0 1 0 1 0 0 0 0 0 0 0 1');
      expect(row('partiallyGranted')).toEqual([1, 0, 0, 0, 0, 0, 1]);
      expect(row('totalHandled')).toEqual([3, 1, 0, 0, 0, 0, 4]);
      expect(row('carriedForward')).toEqual([0, 0, 0, 0, 1, 0, 1]);
      expect(set).toHaveLength(21);
      expect(fields.get('requests.partiallyGranted.naturalPerson')!.flags).toEqual(['derived']);
    });

    it('should leave them missing when two readings take their values from what is left over', () => {
      // A 2 and a 1 left over too: partiallyGranted 0 0 0 0 1 0 1 (总计 2 1 0 0 1 0 4, 结转 1 0 0 0 0 0 1) fits as well.
      const { set, row } = run('4 0 1 0 3 0 0 1 0 0 1 0 1 0 0 0 0 0 0 0 1 2 1');
      expect(set).toEqual([]);
      expect(row('totalHandled')).toEqual([null, null, null, null, null, null, null]);
    });
  });
});
