/**
 * One search aligning a table's value stream to the grid (map/stream-align): the moves join (a
 * number split over two lines), collapse (repeated lines printed once, also across rows), skip (a
 * stray token), pages printed column by column between breaks, the cut into independent segments, and the
 * labels' readings narrowing the stream's (map/table-stream fillFromGroups). The table's values
 * are made here by hand-written rules (each row's parts and its total their sum, the outcome rows
 * summed into 总计, 新收 = 总计 + 结转下年 − 上年结转); the expected values are those, never the code's.
 */
import { alignSegments, alignStream, MAX_ALIGNED_READINGS, permutedColumnReads, type AlignedReading, type Segment, type StreamToken } from '../src/map/stream-align.js';
import { fillFromGroups, segmentGroup } from '../src/map/table-stream.js';
import { solve, type SolvedField } from '../src/solve/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';
import type { Placement } from '../src/map/table-rows.js';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;

/** A consistent table 三 in template row order: each row's six applicant columns, then its total. */
function table(part: (row: number, col: number) => number): number[][] {
  return consistentRequestGrid(part);
}

/** Every cell non-zero and the rows unlike each other: no two adjacent printed values equal. */
const dense = table((i, c) => 1 + ((i * 5 + c * 7) % 9) + (c === 0 ? 10 * i : 0));
/** Every third outcome row all zeros and a zero every third cell: runs inside rows and across them when collapsed. */
const sparse = table((i, c) => (i % 3 === 0 || (i + c) % 3 === 0 ? 0 : 10 * (((i * 3 + c * 5) % 7) + 1) + c));

const tokens = (values: readonly (number | string)[], breaks: readonly number[] = [0]): StreamToken[] =>
  values.map((v, i) => ({ value: Number(v), raw: String(v), breakBefore: breaks.includes(i) }));
/** Consecutive equal values printed once (an archiver that collapsed repeated lines). */
const collapsed = (values: readonly number[]): number[] => values.filter((v, i) => i === 0 || v !== values[i - 1]);
const allKeys = specs.flatMap((s) => s.columns.map((c) => `requests.${s.key}.${c}`));
const accept = (segments: Segment[]): boolean => {
  const { stats } = solve(segments.map((s) => segmentGroup('requests', specs, s)), ids);
  return stats.violations === 0 && !stats.exhausted;
};
/** The stream's verdict on every field: its segments solved together under the identities. */
function readAll(stream: StreamToken[], collapse: boolean): Map<string, SolvedField> {
  const segments = alignSegments('requests', stream, specs, ids, accept, collapse);
  expect(segments).not.toBeNull();
  return solve(segments!.map((s) => segmentGroup('requests', specs, s)), ids).fields;
}
const columnMajor = (rows: readonly number[][]): number[] => rows[0]!.flatMap((_, c) => rows.map((r) => r[c]!));

describe('stream alignment: moves', () => {
  it('join: a number split over two lines inside a page printed column by column is read whole, flagged joined', () => {
    // Rows 0..9 row by row, then rows 10..24 column by column with 1234 (row 13, column 0) printed as 12 / 34.
    const rows = dense.map((r) => [...r]);
    const t = rows.slice(10);
    const printed: (number | string)[] = [...rows.slice(0, 10).flat(), ...columnMajor(t)];
    const at = 10 * 7 + 3; // column 0 of row 13
    expect(printed[at]).toBe(rows[13]![0]);
    const v = String(printed[at]);
    printed.splice(at, 1, v.slice(0, 1), v.slice(1));
    // The page of values starts after its labels: a break before token 70.
    const readings = alignStream('requests', tokens(printed, [0, 70]), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) {
      expect(r.rows).toEqual(rows);
      expect(r.cost).toBe(1);
      expect(r.flags[13]![0]).toEqual(['joined']);
    }
  });

  it('skip: a stray value line (a page number printed alone) is not a cell', () => {
    const printed: (number | string)[] = dense.flat();
    printed.splice(12 * 7, 0, 2);
    const readings = alignStream('requests', tokens(printed), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) {
      expect(r.rows).toEqual(dense);
      expect(r.cost).toBe(2);
    }
  });

  it('collapse: repeated lines printed once, runs crossing rows, read back with the runs flagged collapsed', () => {
    const flat = sparse.flat();
    const printed = collapsed(flat);
    expect(printed.length).toBeLessThan(flat.length * 0.8);
    const fields = readAll(tokens(printed), true);
    flat.forEach((v, i) => {
      const f = fields.get(allKeys[i]!);
      expect([allKeys[i], f?.value]).toEqual([allKeys[i], v]);
      const run = flat[i - 1] === v || flat[i + 1] === v;
      if (run) expect([allKeys[i], f?.flags.includes('collapsed')]).toEqual([allKeys[i], true]);
    });
  });

  it('join in a collapsed stream: a split number whose two equal pieces were printed once is read whole (1 → 11)', () => {
    // Four rows, each keeping its total; the second's total 11 printed '1' '1', then the two equal lines collapsed into one '1'.
    const four = specs.slice(4, 8);
    const rows = [[3, 0, 0, 0, 0, 2, 5], [5, 0, 0, 0, 0, 6, 11], [7, 0, 0, 0, 1, 0, 8], [2, 4, 0, 0, 0, 0, 6]];
    const flat = rows.flat().map(String);
    flat.splice(13, 1, '1', '1');
    const printed = flat.filter((v, i) => i === 0 || v !== flat[i - 1]);
    // Without the table's column sums the rows alone leave other run lengths (of cost 0) too: the budget of one repair
    // is asked for, and the true reading is among its readings only by this move.
    const segments = alignSegments('requests', tokens(printed), four, ids, (segs) => segs.some((sg) => sg.readings.some((r) => r.cost === 1)), true);
    expect(segments).not.toBeNull();
    const whole = segments!.reduce<AlignedReading[]>((acc, sg) => acc.flatMap((a) => sg.readings.map((r) => ({ rows: [...a.rows, ...r.rows], flags: [...a.flags, ...r.flags], cost: a.cost + r.cost }))), [{ rows: [], flags: [], cost: 0 }]);
    const truth = whole.find((r) => JSON.stringify(r.rows) === JSON.stringify(rows));
    expect(truth).toBeDefined();
    expect(truth!.flags[1]![6]).toContain('joined');
    expect(truth!.cost).toBe(1);
  });

  it('collapse is a move of a collapsed stream only', () => {
    expect(alignStream('requests', tokens(collapsed(sparse.flat())), specs, ids, false)).toBeNull();
  });
});

describe('stream alignment: segments', () => {
  it('cuts the readings where every reading cuts: rows with a few readings each do not multiply past the list', () => {
    const segs = alignSegments('requests', tokens(collapsed(sparse.flat())), specs, ids, () => true, true);
    expect(segs).not.toBeNull();
    // Read whole, the table has more readings than can be listed; cut, every segment is listed and every row covered.
    expect(segs!.reduce((p, s) => p * s.readings.length, 1)).toBeGreaterThan(MAX_ALIGNED_READINGS);
    expect(segs!.map((s) => [s.from, s.to]).flat()).toEqual(segs!.flatMap((s, i) => [i === 0 ? 0 : segs![i - 1]!.to, s.to]));
    expect(segs!.at(-1)!.to).toBe(specs.length);
  });
});

describe('stream readings narrowed by the labels', () => {
  it('narrows the stream\'s readings to those that agree with the fields the labels resolved', () => {
    const keys = ['t.a', 't.b', 't.c'];
    const group = {
      id: 't',
      keys,
      candidates: [
        { cost: 0, cells: [{ value: 5, flags: [] }, { value: 1, flags: [] }, { value: 6, flags: [] }] },
        { cost: 0, cells: [{ value: 4, flags: [] }, { value: 2, flags: [] }, { value: 6, flags: [] }] },
      ],
    };
    const identities = [{ id: 'sum', total: 't.c', parts: ['t.a', 't.b'] }];
    const fields = new Map<string, SolvedField>([['t.a', { value: 5, flags: [] }]]);
    const placements = new Map<string, Placement>();
    fillFromGroups([group], identities, fields, placements, {});
    // The label read a = 5: of the stream's two readings only the first agrees, so b = 1 and c = 6, placed by position.
    expect(fields.get('t.a')).toEqual({ value: 5, flags: [] });
    expect(fields.get('t.b')?.value).toBe(1);
    expect(fields.get('t.c')?.value).toBe(6);
    expect(placements.get('t.b')?.by).toBe('position');
  });

  it('keeps the row reading of a field when the stream\'s readings include its value, though none agrees with every label', () => {
    const keys = ['t.a', 't.b', 't.c'];
    const cells = (a: number, b: number, c: number) => [a, b, c].map((value) => ({ value, flags: [] }));
    const group = { id: 't', keys, candidates: [{ cost: 0, cells: cells(5, 1, 6) }, { cost: 0, cells: cells(4, 3, 7) }] };
    const identities = [{ id: 'sum', total: 't.c', parts: ['t.a', 't.b'] }];
    const fields = new Map<string, SolvedField>([['t.a', { value: 5, flags: [] }], ['t.c', { value: 7, flags: [] }]]);
    fillFromGroups([group], identities, fields, new Map(), {});
    // a = 5 and c = 7 are each among the stream's values: the stream does not contradict them.
    expect(fields.get('t.a')).toEqual({ value: 5, flags: [] });
    expect(fields.get('t.c')).toEqual({ value: 7, flags: [] });
    expect(fields.get('t.b')?.flags).toContain('ambiguous');
  });
});

describe('plain pdftotext dump with a number split over two lines', () => {
  it('reads every field of table 三, the split number joined and flagged, all below 0.9', async () => {
    const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理'];
    // Page 1: rows 0..11, values row by row then their labels; page 2: labels, then rows 12..24 column by column,
    // the first value of row 14 (two or more digits) printed as two lines.
    const page1 = [...dense.slice(0, 12).flat().map(String), ...labels.slice(0, 12)];
    const col = columnMajor(dense.slice(12)).map(String);
    const at = 2; // column 0 of row 14
    expect(col[at]!.length).toBeGreaterThan(1);
    col.splice(at, 1, col[at]!.slice(0, 1), col[at]!.slice(1));
    const page2 = [...labels.slice(12), ...col];
    const text = ['某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开。', '二、主动公开政府信息情况', '规章', '0', '0', '0', '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', ...page1, '- 2 -', ...page2, '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'].join('\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'plain.txt' });
    const data = flattenData(report.data as never);
    const info = report.fields as Record<string, { confidence: number; flags: string[] }>;
    allKeys.forEach((key, i) => {
      expect([key, data.get(key)]).toEqual([key, dense.flat()[i]]);
      expect(info[key]!.confidence).toBeLessThan(0.9);
    });
    expect(info[`requests.${specs[14]!.key}.${specs[14]!.columns[0]}`]!.flags).toContain('joined');
  });
});

describe('stream alignment: a page printed column by column, its columns out of order (pdfminer, mutool text boxes)', () => {
  /** Rows [from, to) column by column, the printed columns in `order` (printed position → template column), a break before each column. */
  const page = (rows: readonly number[][], from: number, to: number, order: readonly number[]): { values: number[]; breaks: number[] } => {
    const values: number[] = [];
    const breaks: number[] = [];
    for (const c of order) {
      breaks.push(values.length);
      for (let r = from; r < to; r++) values.push(rows[r]![c]!);
    }
    return { values, breaks };
  };
  const stream = (pages: { values: number[]; breaks: number[] }[]): StreamToken[] => {
    const values: number[] = [];
    const breaks: number[] = [];
    for (const p of pages) {
      breaks.push(...p.breaks.map((b) => b + values.length));
      values.push(...p.values);
    }
    return tokens(values, breaks);
  };

  it('permutedColumnReads: the total column is the one the others add up to; the others, in any order the rows allow, are each a reading', () => {
    // Hand-checked: two rows, columns a=[1,0], b=[2,0], zeros ×4, total [3,0] printed before the last zero column.
    const cols = [[1, 0], [2, 0], [0, 0], [0, 0], [0, 0], [3, 0], [0, 0]];
    const checks = [0, 1].map(() => [{ total: 6, parts: [0, 1, 2, 3, 4, 5].map((c) => ({ c, sign: 1 })) }]);
    const reads = permutedColumnReads(cols, checks)!;
    // 1 and 2 over six slots, the four zeros alike: 6 × 5 = 30 distinct grids, every one with the total 3 last.
    expect(reads).toHaveLength(30);
    for (const rd of reads) expect(rd.rows.map((r) => r[6])).toEqual([3, 0]);
    expect(reads.map((rd) => JSON.stringify(rd.rows))).toContain(JSON.stringify([[1, 2, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0]]));
    // No column is the others' sum: not read so.
    expect(permutedColumnReads([[1, 0], [2, 0], [0, 0], [0, 0], [0, 0], [4, 0], [0, 0]], checks)).toEqual([]);
  });

  it('a page whose total column was printed before the last applicant column is read by the identities, the other page fixing the column order', () => {
    // Rows 0..12 with the total column printed sixth, rows 13..24 in order. Sparse: many zero cells, a page's columns
    // alike (every order listed); dense: six unlike columns (720 orders), read as one printed column moved.
    for (const rows of [sparse, dense]) {
    const s = stream([page(rows, 0, 13, [0, 1, 2, 3, 4, 6, 5]), page(rows, 13, rows.length, [0, 1, 2, 3, 4, 5, 6])]);
    const fields = readAll(s, false);
    let right = 0;
    rows.forEach((row, r) => row.forEach((v, c) => {
      const f = fields.get(`requests.${specs[r]!.key}.${specs[r]!.columns[c]!}`);
      // Never a wrong value: each field right, or left ambiguous / unknown.
      if (f?.value === v) right++;
      else expect(f === undefined || f.value === null || f.flags.includes('ambiguous')).toBe(true);
    }));
    expect(right).toBe(rows.length * 7);
    }
  });

  it('a pdfminer-shaped dump (each column a text box after a blank line, labels piled per page, the total column printed sixth on page 1) reads table 三, all below 0.9', async () => {
    const labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理'];
    // Blocks separated by blank lines as pdfminer prints its text boxes: a label a box, a column's values of a page a box.
    const boxes = (rows: readonly number[][], from: number, to: number, order: readonly number[]): string[] => order.map((c) => rows.slice(from, to).map((r) => String(r[c])).join('\n'));
    const rows = sparse;
    const text = [
      '某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开。', '二、主动公开政府信息情况', '规章', '0',
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
      ...labels.slice(0, 13), ...boxes(rows, 0, 13, [0, 1, 2, 3, 4, 6, 5]), '- 3 -',
      ...labels.slice(13), ...boxes(rows, 13, rows.length, [0, 1, 2, 3, 4, 5, 6]),
      '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。',
    ].join('\n\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'pdfminer.txt' });
    const data = flattenData(report.data as never);
    const info = report.fields as Record<string, { confidence: number; flags: string[] }>;
    allKeys.forEach((key, i) => {
      expect([key, data.get(key)]).toEqual([key, rows.flat()[i]]);
      expect(info[key]!.confidence).toBeLessThan(0.9);
    });
  });
});
