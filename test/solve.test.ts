/** The joint solver and the row readings it chooses between. */
import { MAX_CANDIDATES, rowCandidates, splitRun } from '../src/map/row-candidates.js';
import { solve } from '../src/solve/index.js';
import { independentParts } from '../src/solve/factor.js';
import { propagate } from '../src/solve/propagate.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import type { Group } from '../src/solve/types.js';
import type { Identity } from '../src/template/index.js';
import { jest } from '@jest/globals';

const num = (raw: string, fusable = false): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable });
const rowIdentity = { id: 'row', total: 'r.total', parts: ['r.a', 'r.b', 'r.c'] };
const keys = ['r.a', 'r.b', 'r.c', 'r.total'];

describe('splitRun', () => {
  it('should enumerate splits without leading zeros', () => {
    expect(splitRun('1005', 2)).toEqual([['100', '5']]);
    expect(splitRun('000', 3)).toEqual([['0', '0', '0']]);
    expect(splitRun('12345', 3)).toHaveLength(6);
  });
});

/**
 * 18 rows '1 ∅ 1 2' (each empty cell 0 or unknown: 2^18 combinations, over the enumeration limit), a row 'W'
 * with the candidates given (none: no such row), and a total row 'T' printing `totals`, linked by each row's
 * identity and the column identities through T.
 */
function blankRowsTable(totals: readonly string[], w?: Group['candidates']): { parts: string[]; groups: Group[]; identities: Identity[] } {
  const cols = ['a', 'b', 'c', 'total'];
  const parts = Array.from({ length: 18 }, (_, i) => `g${i}`);
  const blank: ValueToken = { kind: 'blank' };
  const row = (id: string, candidates: Group['candidates']): Group => ({ id, keys: cols.map((c) => `${id}.${c}`), candidates });
  const addends = w ? [...parts, 'W'] : parts;
  const groups = [
    ...parts.map((g) => row(g, rowCandidates({ values: [num('1'), blank, num('1'), num('2')], blankCells: 1 }, 4))),
    ...(w ? [row('W', w)] : []),
    row('T', rowCandidates({ values: totals.map((v) => num(v)), blankCells: 0 }, 4)),
  ];
  const identities = [
    ...[...addends, 'T'].map((g) => ({ id: `${g}.row`, total: `${g}.total`, parts: [`${g}.a`, `${g}.b`, `${g}.c`] })),
    ...cols.map((c) => ({ id: `col.${c}`, total: `T.${c}`, parts: addends.map((g) => `${g}.${c}`) })),
  ];
  return { parts, groups, identities };
}

describe('solve', () => {
  it('should settle a table of many empty cells by its cheapest readings when they break no identity', () => {
    // 18 rows '1 ∅ 1 2' and a total row '18 0 18 36' linked by column identities: each empty cell
    // is 0 or unknown, 2^18 combinations (over the enumeration limit); reading every empty cell as
    // 0 breaks nothing, so it is the answer and no row is left ambiguous.
    const { parts, groups, identities } = blankRowsTable(['18', '0', '18', '36']);
    expect(groups[0]!.candidates).toHaveLength(2);
    const { fields, stats } = solve(groups, identities);
    expect(stats.exhausted).toBe(false);
    for (const g of parts) expect(fields.get(`${g}.b`)).toEqual({ value: 0, flags: ['blank'] });
  });

  it('should settle the empty cells as 0 when a wrong printed total breaks identities no reading changes', () => {
    // As above, plus a row 'W' printed in full with a wrong 总计 ('1 0 1 3'): its row identity and
    // the total row's fail in every combination. The empty cells' readings change none of them, so
    // they are still read 0 (blank), not left ambiguous because nothing breaks no identity.
    const w = rowCandidates({ values: ['1', '0', '1', '3'].map((v) => num(v)), blankCells: 0 }, 4);
    const { parts, groups, identities } = blankRowsTable(['19', '0', '19', '39'], w);
    const { fields, stats } = solve(groups, identities);
    expect(stats.violations).toBe(2);
    for (const g of parts) expect(fields.get(`${g}.b`)).toEqual({ value: 0, flags: ['blank'] });
    expect(fields.get('W.total')).toEqual({ value: 3, flags: [] });
  });

  it('should read as printed a wrong 总计 whose row has empty cells and a moved reading, not open every empty cell', () => {
    // gen60 r20: the row 'W' prints '1 ∅ 1 3' (总计 3 for 2) and may also be read moved one cell
    // ('repaired'). Its own total prunes the reading as printed; no reading keeps the 总计 column
    // (the total row prints 38 for the parts' 2 × 18 + 2), and the one-row-at-a-time fallback had
    // left every empty cell of the table ambiguous. One printed cell, W's 总计, explains both
    // failures: the table is read as printed, W's 3 kept (its checks fail).
    const blank: ValueToken = { kind: 'blank' };
    const cell = (value: number | undefined, ...flags: string[]) => ({ value, flags: flags as never[] });
    const moved = { cells: [cell(0, 'blank', 'repaired'), cell(1, 'repaired'), cell(3, 'repaired'), cell(undefined, 'repaired', 'derived')], cost: 1.5 };
    const w = rowCandidates({ values: [num('1'), blank, num('1'), num('3')], blankCells: 1 }, 4);
    const { parts, groups, identities } = blankRowsTable(['19', '0', '19', '38'], [...w, moved]);
    const { fields, stats } = solve(groups, identities);
    expect(stats.violations).toBe(2);
    for (const g of parts) expect(fields.get(`${g}.b`)).toEqual({ value: 0, flags: ['blank'] });
    expect(fields.get('W.b')).toEqual({ value: 0, flags: ['blank'] });
    expect(fields.get('W.total')).toEqual({ value: 3, flags: [] });
  });

  it('should recover a fused run that only one split satisfies (10|2|3|15, checked by hand)', () => {
    const candidates = rowCandidates({ values: [num('102315', true)], blankCells: 0 }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    expect(keys.map((k) => fields.get(k)!.value)).toEqual([10, 2, 3, 15]);
    expect(fields.get('r.a')!.flags).toContain('segmented');
  });

  it('should return ambiguous with candidates when several splits satisfy the identity', () => {
    // '111012' → 11|1|0|12, 1|11|0|12 and 1|1|10|12 all add up: only the total is determined.
    const candidates = rowCandidates({ values: [num('111012', true)], blankCells: 0 }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    expect(fields.get('r.total')!.value).toBe(12);
    expect(fields.get('r.a')).toMatchObject({ value: null, candidates: [1, 11] });
    expect(fields.get('r.b')).toMatchObject({ value: null, candidates: [1, 11] });
    expect(fields.get('r.c')).toMatchObject({ value: null, candidates: [0, 10] });
    expect(fields.get('r.c')!.flags).toContain('ambiguous');
  });

  it('should not guess which cell is missing when every placement satisfies the identity', () => {
    const candidates = rowCandidates({ values: [num('1'), num('2'), num('3')], blankCells: 0 }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    for (const k of keys) expect(fields.get(k)!.value).toBeNull();
  });

  it('should derive an empty total that the identity proves is not 0', () => {
    const candidates = rowCandidates({ values: [num('1'), num('2'), num('3'), { kind: 'blank' }], blankCells: 1 }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    expect(fields.get('r.total')!.value).toBe(6);
    expect(fields.get('r.total')!.flags).toContain('derived');
  });

  it('should read an empty cell as 0 when the identity holds that way', () => {
    const candidates = rowCandidates({ values: [num('1'), { kind: 'blank' }, num('3'), num('4')], blankCells: 1 }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    expect(fields.get('r.b')).toMatchObject({ value: 0, flags: ['blank'] });
  });

  it('should keep a printed total that breaks the identity', () => {
    const candidates = rowCandidates({ values: [num('1'), num('2'), num('3'), num('7')], blankCells: 0 }, 4);
    const { fields, stats } = solve([{ id: 'r', keys, candidates }], [rowIdentity]);
    expect(fields.get('r.total')!.value).toBe(7);
    expect(stats.violations).toBe(1);
  });

  // Bounded by construction (no wall-clock assertion: the machines are shared): a run with more splits than
  // MAX_CANDIDATES and no row total to keep (table 四's 15 cells glued into one run) is not listed at all — its first
  // MAX_CANDIDATES splits would be an arbitrary few — so the row is left unread: no value, not hung.
  it('should give up a pathological run within its budget, unread, not hung', () => {
    const run = '1234567890'.repeat(6);
    const candidates = rowCandidates({ values: [num(run, true)], blankCells: 0 }, 15);
    expect(candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    const { fields } = solve([{ id: 'r', keys: Array.from({ length: 15 }, (_, i) => `x.${i}`), candidates }], []);
    expect(candidates).toEqual([]);
    expect([...fields.values()].every((f) => f.value === null || f.flags.includes('ambiguous'))).toBe(true);
  });
});

/** 26 rows each '1 0 | 1' or '0 1 | 1' and a row 'd' that the column totals pin (see below). */
function manyConsistent(): { groups: Group[]; identities: Identity[] } {
  const cols = ['a', 'b', 'total'];
  const cell = (value: number) => ({ value, flags: [] });
  const two = (v: number) => [
    { cost: 0, cells: [cell(v), cell(0), cell(v)] },
    { cost: 0, cells: [cell(0), cell(v), cell(v)] },
  ];
  const rows = Array.from({ length: 26 }, (_, i) => `x${i}`);
  const groups = [
    ...rows.map((g) => ({ id: g, keys: cols.map((c) => `${g}.${c}`), candidates: two(1) })),
    { id: 'd', keys: cols.map((c) => `d.${c}`), candidates: two(50) },
    { id: 'T', keys: cols.map((c) => `T.${c}`), candidates: [{ cost: 0, cells: [cell(63), cell(13), cell(76)] }] },
  ];
  const identities = [
    ...[...rows, 'd', 'T'].map((g) => ({ id: `${g}.row`, total: `${g}.total`, parts: [`${g}.a`, `${g}.b`] })),
    ...cols.map((c) => ({ id: `col.${c}`, total: `T.${c}`, parts: [...rows, 'd'].map((g) => `${g}.${c}`) })),
  ];
  return { groups, identities };
}

describe('too many consistent combinations to list', () => {
  it('should give the same result however slow the machine (budgets count steps, not time)', () => {
    // Every clock read 10 s after the last: a search stopped by a clock would give up at once.
    const normal = solve(manyConsistent().groups, manyConsistent().identities);
    let t = Date.now();
    const now = jest.spyOn(Date, 'now').mockImplementation(() => (t += 10_000));
    const perf = jest.spyOn(performance, 'now').mockImplementation(() => (t += 10_000));
    try {
      const slow = solve(manyConsistent().groups, manyConsistent().identities);
      expect(slow).toEqual(normal);
    } finally {
      now.mockRestore();
      perf.mockRestore();
    }
    expect(normal.fields.get('d.a')).toEqual({ value: 50, flags: [] });
  });

  it('should still resolve a row every consistent combination reads alike (one witness per reading)', () => {
    // 26 rows each '1 0 | 1' or '0 1 | 1' (which column the 1 is in the sums do not say: C(26,13)
    // consistent combinations, far past the survivors kept), and a row '50 0 | 50' or '0 50 | 50'
    // that only the first keeps (the column b total is 13 < 50). Checked by hand: d.a = 50, d.b = 0,
    // every x-row cell ambiguous between 0 and 1.
    const { groups, identities } = manyConsistent();
    const { fields } = solve(groups, identities);
    expect(fields.get('d.a')).toEqual({ value: 50, flags: [] });
    expect(fields.get('d.b')).toEqual({ value: 0, flags: [] });
    expect(fields.get('x0.a')).toMatchObject({ value: null, candidates: [0, 1] });
    expect(fields.get('x0.a')!.flags).toContain('ambiguous');
    expect(fields.get('x0.total')).toEqual({ value: 1, flags: [] });
  });
});

describe('rows whose values were lost', () => {
  it('should give values to the label printed beside them, not to a better-matching label piled above', async () => {
    const { buildRows } = await import('../src/tables/build-rows.js');
    const text = (t: string) => ({ cells: [t], separated: false, source: {} });
    // Rows 2 and 3 lost their numbers at a page break; row 4 wraps its label around its numbers.
    const rows = buildRows([text('2.其他法律行政法规禁止公开'), text('3.危及“三安全一稳定”'), text('4.保护第三方合法权'), { cells: ['6', '6', '1', '0', '0', '0', '13'], separated: true, source: {} }, text('益')]);
    expect(rows.map((r) => [r.label || r.pending, r.values.length])).toEqual([
      ['2.其他法律行政法规禁止公开', 0],
      ['3.危及“三安全一稳定”', 0],
      ['4.保护第三方合法权', 7],
      // The tail below the numbers is kept as an orphan (never a row itself): the mapper may join it up.
      ['益', 0],
    ]);
    expect(rows.at(-1)!.orphan).toBe(true);
  });
});

describe('tying combinations (rows whose readings no identity tells apart)', () => {
  type Field = { value: number | null; flags: string[]; candidates?: number[] };
  /** Every combination in order, its values propagated; those of fewest violations then least cost kept; each key's verdict as the solver words it. */
  const reference = (groups: Group[], identities: Identity[]): Map<string, Field> => {
    let best = { v: Infinity, cost: Infinity };
    let kept: { values: Map<string, number | null | undefined>; derived: Set<string>; picks: Group['candidates'] }[] = [];
    const walk = (gi: number, picks: Group['candidates']): void => {
      if (gi === groups.length) {
        const values = new Map<string, number | null | undefined>();
        groups.forEach((g, i) => g.keys.forEach((k, ci) => values.set(k, picks[i]!.cells[ci]?.value)));
        const { violations, derived } = propagate(values, identities);
        const cost = picks.reduce((s, c) => s + c.cost, 0);
        if (violations < best.v || (violations === best.v && cost < best.cost)) (best = { v: violations, cost }), (kept = []);
        if (violations === best.v && cost === best.cost) kept.push({ values, derived, picks: [...picks] });
        return;
      }
      for (const c of groups[gi]!.candidates) walk(gi + 1, [...picks, c]);
    };
    walk(0, []);
    const out = new Map<string, Field>();
    groups.forEach((g, gi) =>
      g.keys.forEach((k, ci) => {
        const values = new Set<number | null | undefined>();
        const flags = new Set<string>();
        for (const s of kept) {
          values.add(s.values.get(k));
          for (const f of s.picks[gi]!.cells[ci]?.flags ?? []) flags.add(f);
          if (s.derived.has(k)) flags.add('derived');
        }
        const [only] = values;
        if (values.size === 1 && only !== undefined) return void (flags.delete('ambiguous'), out.set(k, { value: only, flags: [...flags] }));
        flags.add('ambiguous');
        flags.delete('derived');
        const candidates = [...values].filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
        out.set(k, { value: null, flags: [...flags], candidates });
      }),
    );
    return out;
  };

  /** A pile: `printed` placed every way over `cols` cells in order (the rest unknown), each reading at `cost()`. */
  const placed = (printed: number[], cols: number, cost: () => number): Group['candidates'] => {
    const out: Group['candidates'] = [];
    const place = (ci: number, next: number, cells: Group['candidates'][number]['cells']): void => {
      if (ci === cols) return void (next === printed.length && out.push({ cost: cost(), cells }));
      if (next < printed.length) place(ci + 1, next + 1, [...cells, { value: printed[next]!, flags: ['repaired'] }]);
      place(ci + 1, next, [...cells, { value: undefined, flags: ['derived', 'repaired'] }]);
    };
    place(0, 0, []);
    return out;
  };

  /** A deterministic pseudo-random source (mulberry32). */
  const random = (seed: number): (() => number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /**
   * A table of rows over `cols` and a total row: rows a dump lost (every cell unknown), rows of one
   * reading (some cells unknown, to be derived), and piles: a row's printed values placed in every
   * way over its cells (the rest unknown), costs apart or tying. Column identities join them all;
   * a lost row leaves a column's identity to nothing, so piles fall apart into independent parts.
   */
  const table = (rnd: () => number): { groups: Group[]; identities: Identity[] } => {
    const cols = ['a', 'b', 'c', 'total'].slice(4 - (3 + Math.floor(rnd() * 2)));
    const n = 3 + Math.floor(rnd() * 4);
    const int = (): number => Math.floor(rnd() * 4);
    const one = (): Group['candidates'] => [{ cost: 0, cells: cols.map(() => (rnd() < 0.25 ? { value: undefined, flags: [] } : { value: int(), flags: ['blank' as const] })) }];
    const lost = (): Group['candidates'] => [{ cost: 1, cells: cols.map(() => ({ value: undefined, flags: ['derived' as const] })) }];
    const pile = (): Group['candidates'] =>
      placed(Array.from({ length: 1 + Math.floor(rnd() * (cols.length - 1)) }, int), cols.length, () => (rnd() < 0.7 ? 1 : 1.5)).slice(0, 2 + Math.floor(rnd() * 4));
    const rows = Array.from({ length: n }, (_, i) => ({ id: `g${i}`, candidates: ((r) => (r < 0.3 ? lost() : r < 0.55 ? one() : pile()))(rnd()) }));
    const groups: Group[] = [...rows, { id: 'T', candidates: one() }].map(({ id, candidates }) => ({ id, keys: cols.map((c) => `${id}.${c}`), candidates }));
    const identities: Identity[] = cols.map((c) => ({ id: `col.${c}`, total: `T.${c}`, parts: rows.map((r) => `${r.id}.${c}`) }));
    // Sometimes an identity across two rows' first cells (one way the parts link again).
    if (rnd() < 0.4) identities.push({ id: 'pair', total: 'g0.a', parts: [`g${n - 1}.a`] });
    return { groups, identities };
  };

  it('should give every key the verdict of a full enumeration, independent parts solved apart', () => {
    const rnd = random(17);
    let factored = 0;
    let cases = 0;
    while (cases < 150) {
      const { groups, identities } = table(rnd);
      const size = groups.reduce((p, g) => p * g.candidates.length, 1);
      if (size < 4 || size > 3000) continue;
      cases++;
      if (independentParts(groups, identities)) factored++;
      const want = reference(groups, identities);
      const { fields } = solve(groups, identities);
      for (const [key, w] of want) expect([key, fields.get(key)]).toEqual([key, w]);
    }
    // Most spaces split (lost rows cut the column identities), and not all of them.
    expect(factored).toBeGreaterThan(30);
    expect(factored).toBeLessThan(cases);
  });

  it('should split three piles beside lost rows into parts of one pile each', () => {
    // A docx2txt dump's table: three rows of 7 cells holding 4 printed values each, every placement
    // a reading (35 each, 42 875 tying combinations), the other rows lost: nothing links the piles.
    const cols = ['a', 'b', 'c', 'd', 'e', 'f', 'total'];
    const pile = (printed: number[]): Group['candidates'] => placed(printed, cols.length, () => 6);
    const lost = (): Group['candidates'] => [{ cost: 1, cells: cols.map(() => ({ value: undefined, flags: ['derived'] })) }];
    const rows: [string, Group['candidates']][] = [
      ['l0', lost()],
      ['p', pile([3, 2, 1, 6])],
      ['l1', lost()],
      ['q', pile([27, 1, 1, 29])],
      ['r', pile([7, 1, 3, 11])],
      ['l2', lost()],
    ];
    const groups: Group[] = [...rows, ['T', lost()] as [string, Group['candidates']]].map(([id, candidates]) => ({ id, keys: cols.map((c) => `${id}.${c}`), candidates }));
    const identities: Identity[] = [
      ...rows.map(([id]) => ({ id: `${id}.row`, total: `${id}.total`, parts: cols.slice(0, -1).map((c) => `${id}.${c}`) })),
      ...cols.map((c) => ({ id: `col.${c}`, total: `T.${c}`, parts: rows.map(([id]) => `${id}.${c}`) })),
    ];
    expect(groups[1]!.candidates).toHaveLength(35);
    const parts = independentParts(groups, identities)!;
    expect(parts.filter((p) => p.groups.some((gi) => groups[gi]!.candidates.length > 1)).map((p) => p.groups)).toEqual([[1], [3], [4]]);
    const { fields, stats } = solve(groups, identities);
    expect(stats).toMatchObject({ combinations: 35 ** 3, survivors: 35 ** 3, exhausted: false });
    expect(fields.get('p.a')).toEqual({ value: null, flags: ['repaired', 'ambiguous'], candidates: [3] });
    expect(fields.get('p.total')).toEqual({ value: null, flags: ['repaired', 'ambiguous'], candidates: [6] });
  });
});

describe('a row left with no reading', () => {
  it('should place nothing for it and still solve the other rows (no crash)', () => {
    // A pdftotext -layout dump of a ghostscript-rewritten PDF gave a row whose every split was refused (0 candidates);
    // the solver read its first candidate and threw (E_INTERNAL).
    const groups: Group[] = [
      { id: 'r', keys, candidates: rowCandidates({ values: ['1', '2', '3', '6'].map((v) => num(v)), blankCells: 0 }, 4) },
      { id: 'x', keys: ['x.a', 'x.b'], candidates: [] },
    ];
    const { fields } = solve(groups, [rowIdentity, { id: 'x', total: 'x.b', parts: ['x.a', 'r.a'] }]);
    expect(fields.get('r.total')?.value).toBe(6);
    expect(fields.has('x.a')).toBe(false);
  });
});

describe('propagate through a cell printed not applicable', () => {
  it("should derive no cell from an identity one of whose other cells is '/' (null): its number is unknown, not 0", () => {
    const values = new Map<string, number | null | undefined>([['r.a', 3], ['r.b', null], ['r.c', undefined], ['r.total', 10]]);
    const { derived } = propagate(values, [rowIdentity]);
    expect(derived.size).toBe(0);
    expect(values.get('r.c')).toBeUndefined();
  });

  it('should still derive the one unknown when every other cell holds a number', () => {
    const values = new Map<string, number | null | undefined>([['r.a', 3], ['r.b', 0], ['r.c', undefined], ['r.total', 10]]);
    expect([...propagate(values, [rowIdentity]).derived]).toEqual(['r.c']);
    expect(values.get('r.c')).toBe(7);
  });
});
