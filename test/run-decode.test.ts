/**
 * Issue 15, pages of plain pdftotext whose repeated lines an archiver collapsed: a block printed
 * column by column with runs (map/run-decode), the page edges the label piles ask for
 * (map/label-piles), a row of a fake-bold PDF printed twice in the value stream (map/stream-align),
 * and the value lines below a doubled label (layout/clean-lines). Tables are made here by hand
 * (each row's parts and its total their sum); expected values are those, never the code's.
 */
import { workOf } from '../src/solve/work.js';
import { cleanLines } from '../src/layout/clean-lines.js';
import { pageCutsByLabels } from '../src/map/label-piles.js';
import { blockSums, decodeRunBlock } from '../src/map/run-decode.js';
import { alignSegments, type Segment, type StreamToken } from '../src/map/stream-align.js';
import { segmentGroup } from '../src/map/table-stream.js';
import { solve } from '../src/solve/index.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;
const keysOf = (from: number, to: number) => specs.slice(from, to).map((s) => s.columns.map((c) => `requests.${s.key}.${c}`));
const withTotal = (parts: number[]) => [...parts, parts.reduce((a, b) => a + b, 0)];
const columnMajor = (rows: readonly number[][]): number[] => rows[0]!.flatMap((_, c) => rows.map((r) => r[c]!));
const collapsed = (values: readonly number[]): number[] => values.filter((v, i) => i === 0 || v !== values[i - 1]);

/** A page of five rows, mostly zeros: printed column by column and collapsed, runs cross rows and columns. */
const page = [
  withTotal([12, 0, 0, 3, 0, 0]),
  withTotal([0, 0, 0, 3, 0, 1]),
  withTotal([7, 5, 0, 0, 0, 1]),
  withTotal([0, 5, 0, 0, 2, 0]),
  withTotal([40, 0, 0, 0, 0, 9]),
];

describe('a page printed column by column, repeated lines collapsed (map/run-decode)', () => {
  it('should find where each column begins and put every value back in its row', () => {
    const tokens = collapsed(columnMajor(page));
    expect(tokens.length).toBeLessThan(35);
    const decoded = decodeRunBlock({ h: 5, w: 7, tokens, sums: blockSums(keysOf(2, 7), ids) });
    expect(decoded).not.toBeNull();
    const readings = decoded!.kind === 'readings' ? decoded!.readings : [];
    expect(readings.some((r) => JSON.stringify(r.rows) === JSON.stringify(page))).toBe(true);
    // Cells all readings agree on are the page's (its zeros leave the rest open): the first cell and the last among them.
    let agreed = 0;
    page.forEach((row, r) => row.forEach((v, c) => {
      if (readings.every((x) => x.rows[r]![c] === readings[0]!.rows[r]![c])) {
        agreed++;
        expect(readings[0]!.rows[r]![c]).toBe(v);
      }
    }));
    expect(agreed).toBeGreaterThan(10);
    expect(readings.every((x) => x.rows[0]![0] === 12 && x.rows[4]![6] === 49)).toBe(true);
  });

  it('should draw on a shared budget of search nodes, and stop listing readings once it is spent', () => {
    const tokens = collapsed(columnMajor(page));
    const block = { h: 5, w: 7, tokens, sums: blockSums(keysOf(2, 7), ids) };
    const whole = workOf(1_000_000);
    const listed = decodeRunBlock(block, whole);
    expect(listed?.kind).toBe('readings');
    const used = 1_000_000 - whole.left;
    expect(used).toBeGreaterThan(1);
    // Half of what the whole search takes: it stops (a summary when a reading was found, else nothing), and the budget is spent.
    const short = workOf(Math.floor(used / 2));
    expect(decodeRunBlock(block, short)?.kind ?? 'none').not.toBe('readings');
    expect(short.left).toBe(0);
  });

  it('should give nothing when the tokens cannot be the page (a total that no run of parts makes)', () => {
    const tokens = collapsed(columnMajor(page));
    tokens[tokens.length - 1] = 1000;
    expect(decodeRunBlock({ h: 5, w: 7, tokens, sums: blockSums(keysOf(2, 7), ids) })).toBeNull();
  });

  it('should read such a page inside a collapsed value stream (the stream search took no page printed so)', () => {
    const rows = TEMPLATE_2021.requestRows.map((_, i) => withTotal([i + 1, 0, 0, 0, 0, 0]));
    page.forEach((row, i) => (rows[2 + i] = row));
    // 新收 and 总计 made to keep the table's identities: 总计 = Σ outcomes, 新收 = 总计 (nothing carried).
    const outcomes = rows.slice(2, 23);
    rows[23] = withTotal([0, 1, 2, 3, 4, 5].map((c) => outcomes.reduce((a, r) => a + r[c]!, 0)));
    rows[0] = [...rows[23]!];
    rows[1] = withTotal([0, 0, 0, 0, 0, 0]);
    rows[24] = withTotal([0, 0, 0, 0, 0, 0]);
    // Page 1 rows 0–1 row by row, page 2 the five rows column by column, page 3 the rest row by row.
    const printed = [collapsed(rows.slice(0, 2).flat()), collapsed(columnMajor(page)), collapsed(rows.slice(7).flat())];
    const breaks = [0, printed[0]!.length, printed[0]!.length + printed[1]!.length];
    const stream: StreamToken[] = printed.flat().map((v, i) => ({ value: v, raw: String(v), breakBefore: breaks.includes(i) }));
    const cuts = specs.map((_, r) => r === 2 || r === 7);
    const accept = (segments: Segment[]) => solve(segments.map((s) => segmentGroup('requests', specs, s)), ids).stats.violations === 0;
    const segments = alignSegments('requests', stream, specs, ids, accept, true, undefined, cuts);
    expect(segments).not.toBeNull();
    const fields = solve(segments!.map((s) => segmentGroup('requests', specs, s)), ids).fields;
    // The column-major page's rows whose cells are pinned come back right (12 and 40 are no runs).
    expect(fields.get('requests.granted.naturalPerson')!.value).toBe(12);
    expect(fields.get('requests.denied.endangersStability.naturalPerson')!.value).toBe(40);
    expect(fields.get('requests.denied.endangersStability.total')!.value).toBe(49);
  });
});

/** Table rows as build-rows makes them from a pile of labels then values one per line. */
const piled = (labels: string, values: number[]): TableRow[] => values.map((v, i) => ({ label: '', pending: i === 0 ? labels : '', values: [{ kind: 'num', value: v, raw: String(v), fusable: false }], blankCells: 0, source: {} }) as TableRow);

describe('page edges asked for by the label piles (map/label-piles)', () => {
  it('should ask for a page edge between rows whose labels lie in different piles, and nowhere else', () => {
    const rows = [
      ...piled('一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量', [1, 2]),
      ...piled('三、本年度办理结果（一）予以公开（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [3, 4]),
    ];
    const cuts = pageCutsByLabels(rows, specs);
    expect(cuts.flatMap((c, r) => (c ? [r] : []))).toEqual([2]);
  });

  it('should ask for nothing when one pile holds every label', () => {
    const rows = piled('一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果（一）予以公开', [1, 2, 3]);
    expect(pageCutsByLabels(rows, specs).some(Boolean)).toBe(false);
  });
});

describe('a row of a fake-bold PDF printed twice in a value stream', () => {
  it('should read the row once where it does not hold as printed, flagged repaired', () => {
    const rows = [withTotal([5, 0, 2, 0, 0, 0]), withTotal([25, 86, 0, 11, 0, 3]), withTotal([1, 0, 0, 0, 0, 0]), withTotal([0, 0, 0, 0, 3, 0])];
    const twice = (v: number) => String(v).replace(/./g, (c) => c + c);
    const values = columnMajor(rows);
    const stream: StreamToken[] = values.map((v, i) => {
      const raw = i % 4 === 1 ? twice(v) : String(v);
      const once = raw.length % 2 === 0 && /^((\d)\2)+$/.test(raw) ? Number(raw.replace(/(\d)\1/g, '$1')) : undefined;
      return { value: Number(raw), raw, breakBefore: i === 0, ...(once !== undefined ? { once } : {}) };
    });
    const four = specs.slice(2, 6);
    const segments = alignSegments('requests', stream, four, ids, () => true, false);
    expect(segments).not.toBeNull();
    const reading = segments![0]!.readings[0]!;
    expect(reading.rows).toEqual(rows);
    expect(reading.flags[1]![0]).toContain('repaired');
  });
});

describe('value lines below a label printed twice (layout/clean-lines)', () => {
  it('should keep a run of values not all printed twice as printed, its last few too', () => {
    const line = (text: string) => ({ cells: [text], separated: false, source: {} });
    const out = cleanLines([line('44..保保护护第第三三方方合合法法权权益益'), line('788'), line('3'), line('11'), line('112255')]);
    expect(out.map((l) => l.cells[0])).toEqual(['4.保护第三方合法权益', '788', '3', '11', '112255']);
  });
});
