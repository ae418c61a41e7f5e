/**
 * A small agency's page printing most zero cells blank and some as '0', kept as text by a text browser
 * or a tag strip (browse49; `scripts/text-browser-variants.mjs --sparse`):
 *   - lynx and tag strips drop the blank cells: table 三's rows print fewer values than cells, zeros among
 *     them, so the zero-free test of zerosPrintedBlank did not hold and every row was ambiguous; a mixed
 *     table (most printing rows short) is read by the placements too, printed zeros placed like any value
 *     and placements that differ only in where a 0 stands one reading;
 *   - a tag strip writing each cell a line, a blank cell a no-break space: a header printed one cell a line
 *     naming 法人或其他组织 before 自然人 (its five columns first) is not the template's order, though its
 *     column words come in the template's order (layout/cut-cell-lines templateOrder);
 *   - lynx of a narrow page: each row a paragraph, its label on a line and its values on the next, a row
 *     printing nothing its label alone — each paragraph written as one line, a row's label alone as a row
 *     of its own (layout/label-above-rows).
 * Every expected value below is read off the inline tables by hand.
 */
import { joinCutCellLines } from '../src/layout/cut-cell-lines.js';
import { joinLabelAboveRows } from '../src/layout/label-above-rows.js';
import { blankPlacements, zerosPrintedBlank } from '../src/map/row-candidates.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { conf, read, value } from './helpers/report-fields.js';
import { labelledRequestRows } from './helpers/table3.js';

const num = (raw: string): ValueToken => ({ kind: 'num', value: Number(raw), raw, fusable: false });
const rowOf = (s: string): { values: ValueToken[] } => ({ values: s === '' ? [] : s.split(' ').map(num) });

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const T2 = ['信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 4', '行政规范性文件 2 1 9'];
const HEAD = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const OTHER_HANDLING = ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

/**
 * Table 三 as lynx dumps a page printing some zeros and leaving the others blank: each row its label, then
 * its values as printed (`printed`: row key → the values left, the blank cells gone; a row not named prints nothing).
 */
const dump = (printed: Record<string, string>): Uint8Array =>
  new TextEncoder().encode([...TOP, ...T2, ...HEAD, ...labelledRequestRows(printed).flatMap(([label, v]) => {
    if (label === '（六）其他处理') return OTHER_HANDLING;
    return [v === '0 0 0 0 0 0 0' ? label : `${label} ${v}`];
  }), ...TAIL].join('\n'));

// 新收 + 上年结转 = 总计 + 结转 in every column; 总计 = Σ outcomes in every column.
const TRUTH = {
  newReceived: '4 0 0 3 0 0 7', carriedOver: '0 0 0 0 0 0 0', granted: '1 0 0 0 0 0 1', partiallyGranted: '0 0 0 0 0 0 0',
  'denied.thirdPartyRights': '1 0 0 1 0 0 2', 'notProcessed.confirmation': '2 0 0 1 0 0 3', totalHandled: '4 0 0 2 0 0 6',
  carriedForward: '0 0 0 1 0 0 1',
};
/** The same table with some zero cells printed '0' (the rest blank and dropped). */
const PRINTED = {
  newReceived: '4 0 0 3 7', carriedOver: '0', granted: '1 1', partiallyGranted: '0 0', 'denied.thirdPartyRights': '1 1 0 2',
  'notProcessed.confirmation': '2 0 1 3', totalHandled: '4 0 0 2 6', carriedForward: '0 1 0 1',
};

describe('table 三 printing some zeros and leaving the others blank (a text browser dropped the blank cells)', () => {
  it('should read a table whose rows mostly print fewer values than cells as zeros-blank, zeros printed or not', () => {
    const full = rowOf('1 2 3 4 5 6 21');
    const widths = Array.from({ length: 9 }, () => 7);
    const totals = (n: number): number[][] => Array.from({ length: n }, () => [6]);
    const mixed = [full, full, full, rowOf('4 0 3 7'), rowOf('0'), rowOf('1 0 1'), rowOf('0 0'), rowOf('2 2'), rowOf('0 5 5')];
    expect(zerosPrintedBlank(mixed, widths, totals(9))).toBe(true);
    // Zeros printed and only a few rows short (cells lost by wrapping, not a blank-zero print): read as printed.
    expect(zerosPrintedBlank([full, full, full, full, full, full, rowOf('4 0 3 7'), rowOf('0'), rowOf('1 0 1')], widths, totals(9))).toBe(false);
    // Six short rows, but under two thirds of the rows printing values.
    expect(zerosPrintedBlank([full, full, full, full, ...mixed.slice(3)], [...widths, 7], totals(10))).toBe(false);
    // A row no placement keeps its total at (a run glued from several cells, pypdf: '1032126103033 1294'): read as printed.
    expect(zerosPrintedBlank([...mixed.slice(0, 8), rowOf('1032126103033 1294')], widths, totals(9))).toBe(false);
  });

  it('should read a row of printed zeros as one reading, all 0', () => {
    const placed = blankPlacements(['0', '0'].map(num), 7, [6])!;
    expect(placed).toHaveLength(1);
    expect(placed[0]!.cells.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // '4 0 0 3 7': 7 the total; 4 and 3 two or more cells apart among the six (where the zeros stand does not matter): 6 readings.
    expect(blankPlacements(['4', '0', '0', '3', '7'].map(num), 7, [6])).toHaveLength(6);
  });

  it('should place what the identities determine and leave the rest ambiguous, never wrong', async () => {
    const r = await read(dump(PRINTED));
    let right = 0;
    for (const [row, v] of Object.entries(TRUTH)) {
      v.split(' ').map(Number).forEach((want, c) => {
        const key = `requests.${row}.${COLS[c]}`;
        const got = value(r, key);
        if (got === want) right++;
        else expect([key, got, r.fields[key]!.flags.includes('ambiguous')]).toEqual([key, null, true]);
      });
    }
    // Rows printing only zeros, or nothing, are all 0 whatever the placement.
    expect(value(r, 'requests.carriedOver.socialOrg')).toBe(0);
    expect(value(r, 'requests.partiallyGranted.total')).toBe(0);
    expect(value(r, 'requests.denied.stateSecret.naturalPerson')).toBe(0);
    // A row's total is its last value.
    expect(value(r, 'requests.newReceived.total')).toBe(7);
    expect(value(r, 'requests.carriedForward.total')).toBe(1);
    // Every row sparse: 新收 '4 0 0 3 7' keeps every identity with its 4 under 自然人 or 商业企业 (总计 and 结转 moving
    // with it), so where its numbers stand is not determined: ambiguous.
    expect(r.fields['requests.newReceived.naturalPerson']!.flags).toContain('ambiguous');
    // Of these 56 fields: 上年结转 and 部分公开 (printed zeros) whole, each other row's total, 新收 … 总计's zero columns.
    expect(right).toBeGreaterThanOrEqual(20);
  });
});

describe('a tag strip writing each cell a line (a blank cell a no-break space) under a header printed one cell a line', () => {
  const NB = '\u00a0 ';
  const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => [
    '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', ...header,
    ...rows.flatMap(([label, ...cells]) => [label!, ...cells.map((c) => (c === '' ? NB : c)), '']),
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  // Printed order 商业企业 科研机构 社会公益组织 法律服务机构 其他 自然人 总计 (the group first).
  const ROWS = [
    ['一、本年新收政府信息公开申请数量', '7', '', '', '', '', '19', '26'],
    ['二、上年结转政府信息公开申请数量', '', '', '', '1', '', '2', '3'],
    ['（一）予以公开', '', '', '', '', '', '6', '6'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', '', '', '', '', '', ''],
    ['1.属于国家秘密', '', '', '', '', '', '4', '4'],
    ['（七）总计', '7', '', '', '1', '', '18', '26'],
    ['四、结转下年度继续办理', '', '', '', '', '', '3', '3'],
  ];
  const SUBS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

  it('should leave a header naming 法人或其他组织 before 自然人 as printed (its columns are not the template\'s)', () => {
    const groupFirst = table(['法人或其他组织', '自然人', '总计', ...SUBS], ROWS);
    expect(joinCutCellLines(groupFirst)).toEqual(groupFirst);
    // The group's first line alone ('法人或其' / '他组织': a `<br>` in its cell) says so too.
    const broken = table(['法人或其', '他组织', '自然人', '总计', ...SUBS], ROWS);
    expect(joinCutCellLines(broken)).toEqual(broken);
    // Sub-columns printed in another order.
    const swapped = table(['自然人', '法人或其他组织', '总计', '商业企业', '社会公益组织', '科研机构', '法律服务机构', '其他'], ROWS);
    expect(joinCutCellLines(swapped)).toEqual(swapped);
  });

  it('should still write the template\'s header order as tab rows', () => {
    const template = table(['自然人', '法人或其他组织', '总计', ...SUBS], ROWS);
    const out = joinCutCellLines(template);
    expect(out).not.toEqual(template);
    expect(out.join('\n')).toContain('一、本年新收政府信息公开申请数量\t7\t\t\t\t\t19\t26');
  });
});

describe('lynx of a narrow page: a row a paragraph, its values on the line under its label', () => {
  const para = (label: string, values?: string): string[] => (values === undefined ? [`   ${label}`, ''] : [`   ${label}`, `   ${values}`, '']);
  const HEADER = ['   三、收到和处理政府信息公开申请情况', '', '   （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '   申请人情况', '', ...['自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].flatMap((w) => para(w))];
  /** Truth (zeros blank): 新收 2 … 1 … 3 + 上年结转 1 … 1 … 2 = 总计 3 … 2 … 5 = 予以公开 2 … 1 … 3 + 国家秘密 1 … 1 … 2; the rest blank. */
  const ROWS = [
    ...para('一、本年新收政府信息公开申请数量', '2     1 3'), ...para('二、上年结转政府信息公开申请数量', '1   1 2'), ...para('三、本年度办理结果'),
    ...para('（一）予以公开', '2     1 3'), ...para('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), ...para('（三）不予公开'),
    ...para('1.属于国家秘密', '1 1 2'), ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].flatMap((l) => para(l)),
    ...para('（四）无法提供'), ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].flatMap((l) => para(l)),
    ...para('（五）不予处理'), ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].flatMap((l) => para(l)),
    ...para('（六）其他处理'), ...['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].flatMap((l) => para(l)),
    ...para('（七）总计', '3     2 5'), ...para('四、结转下年度继续办理'),
  ];
  const TABLE = [...HEADER, ...ROWS, '   四、政府信息公开行政复议、行政诉讼情况'];

  it('should write each paragraph as one line and a row\'s label alone as a row of its own, group labels as printed', () => {
    const out = joinLabelAboveRows(TABLE);
    expect(out).toContain('   一、本年新收政府信息公开申请数量 2     1 3');
    expect(out).toContain('   二、上年结转政府信息公开申请数量 1   1 2');
    expect(out).toContain('   2.其他法律行政法规禁止公开\t');
    expect(out).toContain('   4.保护第三方合法权益\t');
    expect(out).toContain('   （三）不予公开');
    expect(out).toContain('   自然人');
    // A dump printing a label and its values on one line anywhere in the table is read as printed.
    const mixed = TABLE.map((l) => (l === '   （七）总计' ? '   （七）总计 3 2 5' : l));
    expect(joinLabelAboveRows(mixed)).toEqual(mixed);
  });

  it('should read the rows printing nothing as 0 and keep every row of the table', async () => {
    const text = [...TOP, ...T2, ...TABLE, '   五、存在的主要问题及改进情况', '   培训不足。', '   六、其他需要报告的事项', '   无。'].join('\n');
    const r = await read(new TextEncoder().encode(text));
    expect(r.warnings.filter((w) => w.code === 'rows_missing' && w.message.includes('table 三'))).toEqual([]);
    expect(value(r, 'requests.denied.thirdPartyRights.naturalPerson')).toBe(0);
    expect(value(r, 'requests.carriedForward.total')).toBe(0);
    expect(value(r, 'requests.totalHandled.total')).toBe(5);
    expect(value(r, 'requests.newReceived.total')).toBe(3);
    expect(value(r, 'requests.granted.total')).toBe(3);
  });
});
