/**
 * Table 三 printed with its zero cells left blank, dumped as text (`pdftotext -raw` of such a print:
 * each row's label with only its non-zero values, `（一）予以公开 12 12`): each short row's values are
 * placed by the identities through other rows (map/row-candidates blankPlacements), never guessed.
 * Every expected value below is read off the inline tables by hand.
 */
import { blankPlacements, blankTotalOnly, cutPlacements, streamRowsDelimited, zerosPrintedBlank } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { conf, read, value } from './helpers/report-fields.js';
import { labelledRequestRows } from './helpers/table3.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const T2 = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 4', '行政规范性文件 2 1 9'];
const HEAD = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
/** （六） printed as its three rows, all 0 here. */
const OTHER_HANDLING = ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
/** The rows as printed with zeros blank: each label, then its non-zero values. */
const dump = (rows: Record<string, string>): Uint8Array =>
  new TextEncoder().encode([...TOP, ...T2, ...HEAD, ...labelledRequestRows(rows).flatMap(([label, v]) => (label === '（六）其他处理' ? OTHER_HANDLING : [[label, ...v.split(' ').filter((x) => x !== '0')].join(' ')])), ...TAIL].join('\n'));

// 新收 + 上年结转 = 总计 (+ 结转 0) in every column; 总计 = Σ outcomes in every column.
const DETERMINED = {
  newReceived: '10 5 1 2 3 40 61', carriedOver: '2 0 0 0 0 0 2', granted: '12 0 0 0 0 0 12', partiallyGranted: '0 5 0 0 0 0 5',
  'unavailable.notHeld': '0 0 1 0 3 0 4', 'notProcessed.duplicate': '0 0 0 2 0 40 42', totalHandled: '12 5 1 2 3 40 63',
};
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

const num = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });

describe('table 三 with zero cells printed blank', () => {
  it('should read each short row\'s total and place its values where the identities put them, never wrong, below 0.9 where placed', async () => {
    const r = await read(dump(DETERMINED));
    // Every field is its printed value, or left ambiguous (a placement the solver could not decide): never another value.
    for (const [row, v] of Object.entries(DETERMINED)) {
      v.split(' ').map(Number).forEach((want, c) => {
        const key = `requests.${row}.${COLS[c]}`;
        const got = value(r, key);
        if (got !== want) expect([key, r.fields[key]!.flags.includes('ambiguous'), conf(r, key)]).toEqual([key, true, 0]);
      });
    }
    // The total is the row's last value whatever the placement.
    expect(value(r, 'requests.granted.total')).toBe(12);
    expect(value(r, 'requests.notProcessed.duplicate.total')).toBe(42);
    // '2 2' under 上年结转: only 自然人 keeps 新收 + 上年结转 = 总计 (10 + 2 = 12); placed, so below 0.9.
    expect(value(r, 'requests.carriedOver.naturalPerson')).toBe(2);
    expect(value(r, 'requests.carriedOver.commercial')).toBe(0);
    expect(conf(r, 'requests.carriedOver.naturalPerson')).toBeLessThan(0.9);
    expect(r.fields['requests.carriedOver.commercial']!.flags).toContain('blank');
    // A row printing nothing is all 0.
    expect(value(r, 'requests.denied.stateSecret.total')).toBe(0);
    // Rows printed in full stay as read.
    expect(value(r, 'requests.totalHandled.otherOrg')).toBe(40);
  });

  it('should leave values the identities do not place ambiguous', async () => {
    // Two rows of one 1 each under 自然人 and 商业企业: swapped they keep every identity too.
    const r = await read(dump({
      newReceived: '10 5 1 2 3 40 61', granted: '1 0 0 0 0 0 1', partiallyGranted: '0 1 0 0 0 0 1', 'unavailable.notHeld': '9 4 1 0 3 0 17',
      'notProcessed.duplicate': '0 0 0 2 0 40 42', totalHandled: '10 5 1 2 3 40 61',
    }));
    for (const k of ['requests.granted.naturalPerson', 'requests.granted.commercial', 'requests.partiallyGranted.naturalPerson']) {
      expect(r.fields[k]!.flags).toContain('ambiguous');
      expect(conf(r, k)).toBeLessThan(0.9);
    }
    // The row total is the last value whatever the placement.
    expect(value(r, 'requests.granted.total')).toBe(1);
    expect(value(r, 'requests.unavailable.notHeld.naturalPerson')).toBe(9);
  });

  it('should read zeros as blank only where no 0 is printed and rows are short', () => {
    const full = { values: '1 2 3 4 5 6 21'.split(' ').map(num) };
    const short = { values: ['4', '4'].map(num) };
    const widths = [7, 7, 7, 7, 7];
    expect(zerosPrintedBlank([full, full, short, short, short], widths)).toBe(true);
    expect(zerosPrintedBlank([full, full, short, short, { values: ['0', '4', '4'].map(num) }], widths)).toBe(false);
    expect(zerosPrintedBlank([full, full, full, short, short], widths)).toBe(false);
    // '3 5 8' for seven cells: the total last, 3 before 5 in C(6, 2) = 15 ways, each cell not given a value 0.
    const placed = blankPlacements(['3', '5', '8'].map(num), 7, [6])!;
    expect(placed).toHaveLength(15);
    expect(placed.every((c) => c.cells[6]!.value === 8 && !c.cells[6]!.flags.includes('repaired'))).toBe(true);
    expect(placed.every((c) => c.cells.slice(0, 6).filter((x) => x.value === 0).every((x) => x.flags.includes('blank')))).toBe(true);
    // A row whose values do not add up reads no placement.
    expect(blankPlacements(['3', '5', '9'].map(num), 7, [6])).toBeNull();
  });

  it('should read a one-value-per-line stream so only when each label\'s values keep its row total', () => {
    const row = (vs: string) => ({ values: vs ? vs.split(' ').map(num) : [] });
    const widths = [7, 7, 7, 7];
    const totals = [[6], [6], [6], [6]];
    // mutool / lynx: each label, then its non-zero values; a label with none is an empty row.
    expect(streamRowsDelimited([row('10 5 15'), row(''), row('2 2'), row('3 1 4')], widths, totals)).toBe(true);
    // pdfminer's piles: labels first, the values of several rows after the last one — that row cannot keep its total.
    expect(streamRowsDelimited([row(''), row(''), row('10 5 15 2 2 3 1 4'), row('')], widths, totals)).toBe(false);
    // Values of two rows under one label ('2 2' then '3 1 4'): no placement keeps the total.
    expect(streamRowsDelimited([row('10 5 15'), row('2 2 3 1 4'), row(''), row('')], widths, totals)).toBe(false);
  });
  it('should cut a run glued by pypdf where no placement as printed keeps the row total, never reading the run as the total', async () => {
    // pypdf prints 137 41 4 4 12 8 206 (no zero) as '137 41 4 4 12 8206': 8206 is no total (137 + … + 12 ≠ 8206).
    const vals = '137 41 4 4 12 8206'.split(' ').map(num);
    expect(blankPlacements(vals, 7, [6])).toBeNull();
    const cut = cutPlacements(vals, 7, [6])!;
    expect(cut.map((c) => c.cells.map((x) => x.value).join(' '))).toEqual(['137 41 4 4 12 8 206']);
    expect(cut[0]!.cells[6]!.flags).toContain('segmented');
    // Read by its total alone (too many placements elsewhere): the total its readings agree on, never the last run as printed.
    expect(blankTotalOnly(vals, 7, [6], cut)![0]!.cells[6]!.value).toBe(206);
    expect(blankTotalOnly(vals, 7, [6])![0]!.cells[6]!.value).toBeUndefined();
    const r = await read(new TextEncoder().encode([...TOP, ...T2, ...HEAD, '一、本年新收政府信息公开申请数量 137 41 4 4 12 8206', '二、上年结转政府信息公开申请数量 3 3',
      '三、本年度办理结果 （一）予以公开 137 41 4 4 12 8206', '（七）总计 140 41 4 4 12 8 209', ...TAIL].join('\n')));
    for (const row of ['newReceived', 'granted']) expect(value(r, `requests.${row}.total`) === 8206 && conf(r, `requests.${row}.total`) >= 0.8).toBe(false);
  });
});
