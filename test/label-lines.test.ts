/**
 * Table 三 printed with each row's label on lines of its own above its values line (tables/build-rows
 * `pendingLines`, map/named-row `printsLabelLines`, `namesItsRow`): the label above names the values
 * line when the whole table prints so and the lines above hold one label, so sub-rows of a block
 * (which sum alike however permuted, score/exchangeable-rows) reach 0.9. Under a pile of labels
 * ('B1' / values of A / 'B2' / values of B), after values printed before their labels, or where a
 * label's first line names a row by itself, the owner of the values is in doubt: those rows stay
 * below 0.9. Expected values read by hand (the identities hold).
 */
import { buildRows } from '../src/tables/build-rows.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { namesItsRow, printsLabelLines } from '../src/map/named-row.js';
import { REQUEST_ROWS_SPLIT } from '../src/template/requests.js';
import { conf, read, value, expectRequestRows } from './helpers/report-fields.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const Z = '0 0 0 0 0 0 0';
/** Table 三: [label lines, values]; the identities hold. */
const ROWS: [string[], string][] = [
  [['一、本年新收政府信息公开申请数量'], '16 2 1 0 0 0 19'],
  [['二、上年结转政府信息公开申请数量'], '1 0 0 0 0 0 1'],
  [['三、本年度办理结果', '（一）予以公开'], '5 1 0 0 0 0 6'],
  [['（二）部分公开（区分处理的，只计这一情形，', '不计其他情形）'], '1 0 0 0 0 0 1'],
  [['（三）不予公开', '1.属于国家秘密'], '1 0 0 0 0 0 1'],
  [['2.其他法律行政法规禁止', '公开'], '2 0 0 0 0 0 2'],
  [['3.危及“三安全一稳定”'], '3 0 0 0 0 0 3'],
  [['4.保护第三方合法权益'], '0 1 0 0 0 0 1'],
  [['5.属于三类内部事务信息'], Z], [['6.属于四类过程性信息'], Z], [['7.属于行政执法案卷'], Z], [['8.属于行政查询事项'], Z],
  [['（四）无法提供 1.本机关不掌握相关', '政府信息'], '4 0 0 0 0 0 4'],
  [['2.没有现成信息需要另行制作'], '0 0 1 0 0 0 1'],
  [['3.补正后申请内容仍不明确'], Z], [['（五）不予处理 1.信访举报投诉类申请'], Z], [['2.重复申请'], Z], [['3.要求提供公开出版物'], Z],
  [['4.无正当理由大量反复申请'], Z], [['5.要求行政机关确认或重新出具已获取信息'], Z],
  [['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], Z],
  [['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], Z],
  [['3.其他'], '1 0 0 0 0 0 1'],
  [['（七）总计'], '17 2 1 0 0 0 20'],
  [['四、结转下年度继续办理'], Z],
];
const SUB_ROWS: [string, string][] = [
  ['denied.stateSecret', '1 0 0 0 0 0 1'], ['denied.prohibitedByLaw', '2 0 0 0 0 0 2'], ['denied.endangersStability', '3 0 0 0 0 0 3'],
  ['denied.thirdPartyRights', '0 1 0 0 0 0 1'], ['unavailable.notHeld', '4 0 0 0 0 0 4'], ['unavailable.needsCreation', '0 0 1 0 0 0 1'],
];

const encode = (lines: string[], eol = '\n'): Uint8Array => new TextEncoder().encode([...TOP, ...lines, ...TAIL].join(eol));
/** Label lines then the values line, values joined by `sep`. */
const labelLines = (rows: [string[], string][], sep: string): string[] => rows.flatMap(([l, v]) => [...l, v.split(' ').join(sep)]);

describe('labels printed on lines of their own above their values', () => {
  it('should keep the whole lines of a clean label above a values line, and none for a pile or text beside values', () => {
    const rows = buildRows(textToLines(['1 0 0 0 0 0 1', '（三）不予公开', '1.属于国家秘密', '1 0 0 0 0 0 1', '2.其他法律行政法规禁止', '公开', '2 0 0 0 0 0 2',
      '3.危及“三安全一稳定” 3 0 0 0 0 0 3 4.保护第三方合法权益', '0 1 0 0 0 0 1', '5.属于三类内部事务信息', '6.属于四类过程性信息', '0 0 0 0 0 0 0'].join('\n')));
    const valued = rows.filter((r) => r.values.length > 0);
    expect(valued.map((r) => r.pendingLines ?? null)).toEqual([
      null, ['(三)不予公开', '1.属于国家秘密'], ['2.其他法律行政法规禁止', '公开'], null,
      // Text after values on one line: not a label line of its own.
      null,
      // Two numbered labels piled: split (splitPiledLabels), the values line's owner in doubt.
      null,
    ]);
  });

  it('should name a values line by one label above it, wrapped or not, and not by a pile', () => {
    const fee = REQUEST_ROWS_SPLIT.find((s) => s.key === 'otherHandling.overdueFee')!;
    const law = REQUEST_ROWS_SPLIT.find((s) => s.key === 'denied.prohibitedByLaw')!;
    const secret = REQUEST_ROWS_SPLIT.find((s) => s.key === 'denied.stateSecret')!;
    const row = (lines: string[]) => ({ label: '', pending: lines.join(' '), pendingLines: lines });
    const layout = { labelLines: true };
    expect(namesItsRow(row(['其他法律行政法规禁止', '公开']), law, REQUEST_ROWS_SPLIT, layout)).toBe(true);
    expect(namesItsRow(row(['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']), fee, REQUEST_ROWS_SPLIT, layout)).toBe(true);
    // Not a label-line table: pending text alone names nothing.
    expect(namesItsRow(row(['其他法律行政法规禁止公开']), law, REQUEST_ROWS_SPLIT)).toBe(false);
    // A whole label, then the start of the next one (a pile): neither is named.
    expect(namesItsRow(row(['属于国家秘密', '其他法律行政法规禁止']), secret, REQUEST_ROWS_SPLIT, layout)).toBe(false);
    expect(namesItsRow(row(['属于国家秘密', '其他法律行政法规禁止']), law, REQUEST_ROWS_SPLIT, layout)).toBe(false);
    expect(namesItsRow(row(['1.属于国家秘密', '2.其他法律行政法规禁止公开']), law, REQUEST_ROWS_SPLIT, layout)).toBe(false);
    // The label text above the next values completes this one: 'B1' / values of A / 'B2'.
    expect(namesItsRow(row(['2.申请人逾期未按收费通知要求缴纳费用、行政']), fee, REQUEST_ROWS_SPLIT, { labelLines: true, next: '机关不再处理其政府信息公开申请' })).toBe(false);
    expect(namesItsRow(row(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']), fee, REQUEST_ROWS_SPLIT, { labelLines: true, next: '其他' })).toBe(true);
  });

  it('should not take values printed before their labels, or labels beside values, as a label-line table', () => {
    const valuesFirst = buildRows(textToLines(ROWS.flatMap(([l, v]) => [v, ...l]).join('\n')));
    expect(printsLabelLines(valuesFirst)).toBe(false);
    const beside = buildRows(textToLines(ROWS.map(([l, v]) => `${l.join('')} ${v}`).join('\n')));
    expect(printsLabelLines(beside)).toBe(false);
    expect(printsLabelLines(buildRows(textToLines(labelLines(ROWS, ' ').join('\n'))))).toBe(true);
  });

  it('should read the sub-rows of a label-line dump right at 0.9 or more (tabs, LF)', async () => {
    await expectRequestRows(encode(labelLines(ROWS, '\t')), SUB_ROWS, 'confident');
  });

  it('should read the sub-rows of a label-line dump right at 0.9 or more (spaces, CRLF, labels unwrapped)', async () => {
    const whole: [string[], string][] = ROWS.map(([l, v]) => [[l.join('')], v]);
    await expectRequestRows(encode(labelLines(whole, '   '), '\r\n'), SUB_ROWS, 'confident');
  });

  it('should keep a pile below 0.9: the next label started above the values of a row whose label was lost', async () => {
    // '1.属于国家秘密' lost; '2.其他法律行政法规' printed above its values, '禁止公开' below them.
    const lines = labelLines(ROWS, ' ');
    const from = lines.indexOf('（三）不予公开');
    const pile = [...lines.slice(0, from), '（三）不予公开', '2.其他法律行政法规', '1 0 0 0 0 0 1', '禁止公开', '2 0 0 0 0 0 2', ...lines.slice(lines.indexOf('2 0 0 0 0 0 2') + 1)];
    await expectRequestRows(encode(pile), SUB_ROWS.slice(0, 3), 'safe');
  });

  it('should keep a pile of unnumbered labels below 0.9: a whole label, then the next one\'s start above the values', async () => {
    const bare = ROWS.map(([l, v]): [string[], string] => [l.map((x) => x.replace(/^(（三）不予公开 )?\d\./, '$1')), v]);
    const lines = labelLines(bare, ' ');
    const at = lines.indexOf('其他法律行政法规禁止');
    // '属于国家秘密' / '其他法律行政法规禁止' / values of 属于国家秘密 / '公开' / values of 其他法律…
    lines.splice(at - 1, 1);
    lines.splice(at, 0, '1 0 0 0 0 0 1');
    expect(lines.slice(at - 2, at + 4)).toEqual(['属于国家秘密', '其他法律行政法规禁止', '1 0 0 0 0 0 1', '公开', '2 0 0 0 0 0 2', '危及“三安全一稳定”']);
    await expectRequestRows(encode(lines), SUB_ROWS.slice(0, 3), 'safe');
  });

  it('should keep values printed before their labels below 0.9 where they could be another row\'s', async () => {
    await expectRequestRows(encode(ROWS.flatMap(([l, v]) => [v, ...l])), SUB_ROWS, 'safe');
  });
});
