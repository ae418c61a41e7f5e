/**
 * Text dumps as archives break them (issue 15): one value per line with repeated lines collapsed,
 * numbers split over lines, raw column order. Expected values are written by hand from the inputs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import { isCollapsedStream, readingsUpTo, streamReadings } from '../src/map/stream-moves.js';
import { flattenData } from '../src/report-data.js';
import { solve } from '../src/solve/index.js';
import { columnMajorToRows } from '../src/tables/column-major.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { cleanLines } from '../src/layout/clean-lines.js';
import { buildRows } from '../src/tables/build-rows.js';
import { digitsDoubt } from '../src/map/row-evidence.js';
import { alignRows } from '../src/map/align-rows.js';
import { SHARED } from './helpers/paths.js';

const num = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });
const nums = (...raws: string[]) => raws.map(num);
const keys7 = ['a', 'b', 'c', 'd', 'e', 'f', 'total'].map((c) => `requests.x.${c}`);
const rowTotal = { id: 'row', total: 'requests.x.total', parts: keys7.slice(0, 6) };
const solveRow = (tokens: ValueToken[], collapse = true) => solve([{ id: 'x', keys: keys7, candidates: rowCandidates({ values: tokens, blankCells: 0 }, 7, [], { collapse }) }], [rowTotal]).fields;
const valuesOf = (fields: ReturnType<typeof solveRow>) => keys7.map((k) => fields.get(k)?.value);

describe('stream moves', () => {
  it('should read a lone 0 as a row of zeros in a collapsed stream, not flagged: no run length is chosen', () => {
    const fields = solveRow(nums('0'));
    expect(valuesOf(fields)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(fields.get('requests.x.c')!.flags).not.toContain('collapsed');
    // A lone other number is a run too, but its length is a choice (5 5 5 5 5 5 5 breaks the total): flagged where read so.
    const five = readingsUpTo(nums('5'), 7, { collapse: true }, 0)!;
    expect(five.every((r) => r.cells.every((c) => c.flags.includes('collapsed')))).toBe(true);
  });

  it('should read 46 0 46 as 46 0 0 0 0 0 46: the row total rules out every other run length', () => {
    expect(valuesOf(solveRow(nums('46', '0', '46')))).toEqual([46, 0, 0, 0, 0, 0, 46]);
  });

  it('should leave a collapse the identities do not determine ambiguous, never guessed', () => {
    // The total 6 = 3 + 3 holds for 3 0 3 0 0 0 6, 3 0 0 3 0 0 6 and 3 0 0 0 3 0 6 alike.
    const fields = solveRow(nums('3', '0', '3', '0', '6'));
    expect(fields.get('requests.x.total')!.value).toBe(6);
    expect(fields.get('requests.x.d')!.flags).toContain('ambiguous');
    expect(fields.get('requests.x.d')!.candidates).toEqual([0, 3]);
  });

  it('should not collapse outside a collapsed stream', () => {
    const fields = solveRow(nums('0'), false);
    expect(fields.get('requests.x.a')!.value).toBeNull();
  });

  it('should join a number split over two lines when the identities need it (1 / 62 → 162)', () => {
    const fields = solveRow(nums('100', '50', '0', '0', '12', '0', '1', '62'), false);
    expect(valuesOf(fields)).toEqual([100, 50, 0, 0, 12, 0, 162]);
    expect(fields.get('requests.x.total')!.flags).toContain('joined');
  });

  it('should not join value lines where the table\'s cells do not wrap (table 二: a label pile, then its values column by column)', () => {
    // pdfminer -M 4: '行政许可' / '其他对外管理服务事项' / 30 / 81 / -2 / 3 / 110 / 98 — the last label's row takes all six lines;
    // joined it read 3081 · 23 · 11098 (breakit51 p2t-M4/e02). Without the join move no reading is a number of two lines.
    const tokens = nums('30', '81', '2', '3', '110', '98');
    expect(streamReadings(tokens, 3, { collapse: false }).some((r) => r.cells.some((c) => c.flags.includes('joined')))).toBe(true);
    const apart = streamReadings(tokens, 3, { collapse: false, join: false });
    expect(apart.some((r) => r.cells.some((c) => c.flags.includes('joined')))).toBe(false);
    expect(apart.flatMap((r) => r.cells.map((c) => c.value))).not.toContain(3081);
  });

  it('should read a split number whose two equal pieces a collapsed stream printed once (5 0 0 0 0 6 1 / 1 → 5 0 6 1)', () => {
    // 11 split as '1' '1' by a converter, then the archiver collapsed the two equal lines: one token is 11.
    const fields = solveRow(nums('5', '0', '6', '1'));
    expect(valuesOf(fields)).toEqual([5, 0, 0, 0, 0, 6, 11]);
    expect(fields.get('requests.x.total')!.flags).toEqual(expect.arrayContaining(['joined', 'collapsed']));
    // Outside a collapsed stream two equal pieces print twice: no token joins itself.
    expect(solveRow(nums('5', '0', '0', '0', '0', '6', '1'), false).get('requests.x.total')!.value).not.toBe(11);
  });

  it('should list a row with too many readings only as unknown, never a part of them', () => {
    expect(readingsUpTo(nums('1', '2', '3', '4', '5', '6', '7', '8', '9'), 30, { collapse: true }, 0)).toBeNull();
    const readings = streamReadings(nums('1', '2', '3', '4', '5', '6', '7', '8', '9'), 30, { collapse: true });
    expect(readings).toHaveLength(1);
    expect(readings[0]!.cells.every((c) => c.value === undefined)).toBe(true);
    expect(streamReadings(nums('1', '2', '3'), 5, { collapse: true }).length).toBeGreaterThan(1);
  });

  it('should list the readings of table 四 collapsed to 11 tokens in 15 cells, and its three group identities pick one', () => {
    // 5 3 4 0 12 | 0 1 5 0 6 | 0 0 0 0 0 printed 5 3 4 0 12 0 1 5 0 6 0: 1 001 run-length readings.
    // The search must not give up on the runs that cannot fit (it did: the table came out unknown).
    const tokens = nums('5', '3', '4', '0', '12', '0', '1', '5', '0', '6', '0');
    expect(readingsUpTo(tokens, 15, { collapse: true }, 0)).toHaveLength(1001);
    const groups = ['r', 'd', 'a'];
    const keys = groups.flatMap((g) => ['u', 'c', 'o', 'p', 'total'].map((c) => `reviewLitigation.${g}.${c}`));
    const ids = groups.map((g) => ({ id: g, total: `reviewLitigation.${g}.total`, parts: ['u', 'c', 'o', 'p'].map((c) => `reviewLitigation.${g}.${c}`) }));
    const fields = solve([{ id: 'review', keys, candidates: streamReadings(tokens, 15, { collapse: true }) }], ids).fields;
    expect(keys.map((k) => fields.get(k)?.value)).toEqual([5, 3, 4, 0, 12, 0, 1, 5, 0, 6, 0, 0, 0, 0, 0]);
  });

  it('should read a collapsed row whose last value is glued to the next numbering as one line too (0 9 8 15 0 32|3.其他)', () => {
    // '323.其他': 32 glued to the next row's '3.'; the cut leaves '32' fusable. Read only as fused
    // cells (3, 2) the row breaks its total; as one collapsed line it keeps it (the 0 run is 1 or 2 cells).
    const tokens = [...nums('0', '9', '8', '15', '0'), { ...num('32'), fusable: true }];
    const fields = solveRow(tokens);
    expect(fields.get('requests.x.total')!.value).toBe(32);
    expect(fields.get('requests.x.total')!.flags).not.toContain('checkFailed');
    expect(fields.get('requests.x.b')!.flags).toContain('ambiguous');
  });

  it('should see an archive that collapsed repeated lines only when no two adjacent lines are equal', () => {
    const line = (t: string) => ({ cells: [t] });
    const collapsed = ['规章', '0', '行政规范性文件', '2', '0', '行政许可', '5', '行政处罚', '0', '行政强制', '0'].map(line);
    expect(isCollapsedStream(collapsed)).toBe(true);
    expect(isCollapsedStream([...collapsed, line('0')])).toBe(false);
  });
});

/** A cell-per-line dump whose archiver collapsed repeated lines (written by hand). */
function collapsedDump(): string {
  const rows = TEMPLATE_2021.requestRows.map((r) => r.labels[0]!);
  // 2 0 4 = 2 2 0 0 0 0 4; 1 0 1 = 1 0 0 0 0 0 1; 1 2 0 3 = 1 2 0 0 0 0 3: each the only run lengths
  // whose parts make the total. No two adjacent lines are equal, as in a real collapsed archive.
  const values: Record<string, string[]> = { 本年新收政府信息公开申请数量: ['2', '0', '4'], 予以公开: ['1', '0', '1'], 总计: ['2', '0', '4'], 部分公开区分处理的只计这一情形不计其他情形: ['1', '2', '0', '3'] };
  const table = rows.flatMap((l) => [l, ...(values[l] ?? ['0'])]).join('\n');
  return [
    '某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法公开。', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
    '规章', '0', '行政规范性文件', '2', '0', '2', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '5',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', table,
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '0', '五、存在的主要问题及改进情况', '无。',
  ].join('\n');
}

describe('a collapsed archive dump, end to end', () => {
  it('should read every collapsed row by the identities and cap it below 0.9 (a row of one 0 is zeros, not a collapse chosen)', async () => {
    const report = await extract(new TextEncoder().encode(collapsedDump()), { name: 'dump.txt' });
    const data = flattenData(report.data);
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    expect(cols.map((c) => data.get(`requests.newReceived.${c}`))).toEqual([2, 2, 0, 0, 0, 0, 4]);
    expect(cols.map((c) => data.get(`requests.partiallyGranted.${c}`))).toEqual([1, 2, 0, 0, 0, 0, 3]);
    expect(data.get('requests.granted.naturalPerson')).toBe(1);
    expect(data.get('requests.granted.total')).toBe(1);
    expect(data.get('requests.denied.stateSecret.total')).toBe(0);
    expect(data.get('reviewLitigation.litigationAfterReview.total')).toBe(0);
    expect(data.get('activeDisclosure.regulations.inForce')).toBe(0);
    expect(report.fields['requests.partiallyGranted.research']!.flags).toContain('collapsed');
    expect(report.fields['requests.partiallyGranted.research']!.confidence).toBeLessThan(0.9);
    expect(report.fields['requests.denied.stateSecret.total']!.flags).not.toContain('collapsed');
    // 行政规范性文件 2 0 2: 2 | 0 | 2 is the only reading of three tokens for three cells.
    expect(data.get('activeDisclosure.normativeDocuments.inForce')).toBe(2);
  });
});

describe('what cleaning leaves in doubt', () => {
  const line = (...cells: string[]) => ({ cells, separated: true, source: {} });

  it('should read a doubled label once but keep its lone number as printed, in doubt (66 may be 6 printed twice)', () => {
    const [cleaned] = cleanLines([line('行行政政事事业业性性收收费费', '66')]);
    expect(cleaned!.cells).toEqual(['行政事业性收费', '66']);
    const [row] = buildRows([cleaned!]);
    expect(row!.digitsSuspect).toBe(true);
    expect(digitsDoubt(row!)).toBe(true);
  });

  it('should count a row with fewer numbers than columns as a rival copy only in a collapsed stream', () => {
    const rows = buildRows([line('一、本年新收政府信息公开申请数量', '5'), line('一、本年新收政府信息公开申请数量', '7')]);
    const spec = TEMPLATE_2021.requestRows[0]!;
    expect(alignRows(rows, [spec], true)[0]!.rivals).toBe(1);
    expect(alignRows(rows, [spec], false)[0]!.rivals).toBe(0);
  });
});

describe('raw column order', () => {
  it('should put labels and per-column value blocks back in row order', () => {
    const line = (t: string) => ({ cells: [t], separated: false, source: {} });
    const lines = ['申请人情况', '一、本年新收', '二、上年结转', '（七）总计', '自然人', '5', '1', '6', '商业企业', '1 2', '0', '1 2'].map(line);
    expect(columnMajorToRows(lines).map((l) => l.cells)).toEqual([['申请人情况'], ['一、本年新收', '5', '12'], ['二、上年结转', '1', '0'], ['（七）总计', '6', '12']]);
  });

  it('should not pair labels with values by count when a label wrapped onto a second line (it would shift every column by a row)', () => {
    const line = (t: string) => ({ cells: [t], separated: false, source: {} });
    // Four label lines for three rows: '3.补正' / '后申请内容仍不明确' is one label printed on two lines.
    const lines = ['申请人情况', '一、本年新收', '3.补正', '后申请内容仍不明确', '（七）总计', '自然人', '5', '1', '6', '商业企业', '1 2', '0', '1 2'].map(line);
    expect(columnMajorToRows(lines)).toEqual(lines);
  });

  it('should leave blocks of unequal length alone', () => {
    const line = (t: string) => ({ cells: [t], separated: false, source: {} });
    const lines = ['一、本年新收', '二、上年结转', '自然人', '5', '1', '商业企业', '2'].map(line);
    expect(columnMajorToRows(lines)).toEqual(lines);
  });
});

const REPROS = join(SHARED, 'repros');
const repros = ['split-digit-in-tab-cell-txt', 'zero-width-in-number-cells-html', 'raw-column-major', 'glued-subrow-number'].filter((d) => existsSync(join(REPROS, d, 'expected.json')));

(repros.length > 0 ? describe : describe.skip)('shared repros of these kinds (../shared/repros)', () => {
  it.each(repros)('%s gives its expected values', async (d) => {
    const input = ['input.txt', 'input.html', 'report.txt'].map((f) => join(REPROS, d, f)).find((f) => existsSync(f))!;
    const report = await extract(input);
    const data = flattenData(report.data);
    const expected = JSON.parse(readFileSync(join(REPROS, d, 'expected.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, want] of Object.entries(expected)) {
      if (key.startsWith('meta.')) expect((report.meta as Record<string, unknown>)[key.slice(5)]).toEqual(want);
      else expect([key, data.get(key)]).toEqual([key, want]);
    }
  });
});

describe('a collapse and a wrapped number that cancel (issue 15)', () => {
  const num = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });
  const flagsOf = (tokens: string[], k: number, totals: number[] = []): string[][] =>
    rowCandidates({ values: tokens.map(num), blankCells: 0 }, k, totals, { collapse: true })[0]!.cells.map((c) => c.flags);

  // '0' '0' '29' '4' (0 | 0 | 294 in a narrow cell) collapsed to '0' '29' '4': three tokens for three cells.
  it('should not trust a row whose tokens also read as a collapsed run plus a wrapped number', () => {
    const flags = flagsOf(['0', '29', '4'], 3);
    expect(flags[0]).not.toContain('repaired');
    expect(flags[1]).toContain('repaired');
    expect(flags[2]).toContain('repaired');
  });

  it('should trust a row no pair of moves could have made (single digits: no wrapped piece)', () => {
    expect(flagsOf(['5', '3', '8'], 3).flat()).toEqual([]);
  });

  it('should trust a row whose own total rules the other reading out', () => {
    // 12 5 17: as printed the total holds; 125 125 17 or 12 12 517 … do not.
    expect(flagsOf(['12', '5', '17'], 3, [2]).flat()).toEqual([]);
  });

  it('should read the min-wrap dump below 0.9 where it could be 0 | 0 | 294', async () => {
    const text = ['某县人民医院2019年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '29', '4', '规范性文件', '0', '10', '9'].join('\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'min-wrap.txt' });
    for (const key of ['activeDisclosure.regulations.published', 'activeDisclosure.regulations.totalPublic', 'activeDisclosure.normativeDocuments.published', 'activeDisclosure.normativeDocuments.totalPublic']) {
      expect((report.fields as Record<string, { confidence: number }>)[key]!.confidence).toBeLessThan(0.9);
    }
  });
});
