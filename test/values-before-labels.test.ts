/**
 * Table 三 printed whole-row value lines BEFORE their labels (plain pdftotext: each row's numbers on
 * the line before its label, or before the label on the same line) with one damaged row (a row
 * printed without values). Read after their labels, every row below the damaged one takes the next
 * row's values, and 总计/结转 come out null so no column identity is evaluated: nothing confirms the
 * reading, so every value of table 三 stays below 0.9 with `rows_unread` (map/values-before-labels).
 * The table is a generated report's (its identities hold before the damage).
 */
import { codes, conf, read } from './helpers/report-fields.js';
import { identitiesConfirm, printsValuesBeforeLabels } from '../src/map/values-before-labels.js';
import type { Line } from '../src/model/document.js';

/** [label, values] of each row, as printed; '3.危及“三安全一稳定”' printed without its values (the damage). */
const ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '163 45 29 32 27 24 320'],
  ['二、上年结转政府信息公开申请数量', '2 0 1 0 0 0 3'],
  ['三、本年度办理结果 （一）予以公开', '0 2 2 0 0 0 4'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0 0 2 0 0 1 3'],
  ['（三）不予公开 1.属于国家秘密', '0 4 0 0 4 5 13'],
  ['2.其他法律行政法规禁止公开', '19 1 2 5 0 5 32'],
  ['3.危及“三安全一稳定”', ''],
  ['4.保护第三方合法权益', '0 0 1 3 2 1 7'],
  ['5.属于三类内部事务信息', '8 5 2 3 0 0 18'],
  ['6.属于四类过程性信息', '0 6 0 0 5 1 12'],
  ['7.属于行政执法案卷', '0 0 5 0 2 0 7'],
  ['8.属于行政查询事项', '0 0 3 6 0 0 9'],
  ['（四）无法提供 1.本机关不掌握相关政府信息', '25 5 0 0 0 0 30'],
  ['2.没有现成信息需要另行制作', '16 0 0 0 1 0 17'],
  ['3.补正后申请内容仍不明确', '0 1 2 0 0 1 4'],
  ['（五）不予处理 1.信访举报投诉类申请', '0 0 0 0 0 0 0'],
  ['2.重复申请', '0 3 0 5 5 1 14'],
  ['3.要求提供公开出版物', '5 4 3 1 2 0 15'],
  ['4.无正当理由大量反复申请', '37 0 3 0 0 0 40'],
  ['5.要求行政机关确认或重新出具已获取信息', '0 0 0 0 3 1 4'],
  ['（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0 4 0 0 1 5 10'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0 3 5 0 0 0 8'],
  ['3.其他', '26 4 0 4 0 0 34'],
  ['（七）总计', '165 45 30 27 25 24 316'],
  ['四、结转下年度继续办理', '0 0 0 5 2 0 7'],
];

function report(layout: 'lines' | 'sameLine', table: [string, string][] = ROWS): Uint8Array {
  const rows = table.flatMap(([label, v]) => (layout === 'lines' ? [...(v ? [v] : []), label] : [v ? `${v.replace(/ /g, '\t')}\t${label}` : label]));
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计', ...rows,
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const confident = (r: Awaited<ReturnType<typeof read>>): string[] =>
  Object.keys(r.fields).filter((k) => k.startsWith('requests.') && r.fields[k]!.confidence >= 0.9);

describe('table 三 printed values before labels with a damaged row', () => {
  it('should keep every value of table 三 below 0.9 when the value lines precede their labels', async () => {
    const r = await read(report('lines'));
    expect(codes(r)).toContain('rows_unread');
    expect(confident(r)).toEqual([]);
    expect(conf(r, 'requests.newReceived.total')).toBeLessThan(0.9);
  });

  it('should keep every value of table 三 below 0.9 when each row prints its values before its label on one line', async () => {
    const r = await read(report('sameLine'));
    expect(codes(r)).toContain('rows_unread');
    expect(confident(r)).toEqual([]);
  });

  it('should keep table 三 below 0.9 when the first row lost its values (labels and value lines then alternate from a label)', async () => {
    // Read after their labels, 一、本年新收 takes 二's values and 四、结转下年度 is left without any.
    const firstBlank = ROWS.map(([l, v], i): [string, string] => [l, i === 0 ? '' : l.startsWith('3.危及') ? '29 3 0 0 0 3 35' : v]);
    const r = await read(report('lines', firstBlank));
    expect(codes(r)).toContain('rows_unread');
    expect(confident(r)).toEqual([]);
  });
});

const line = (text: string): Line => ({ cells: text.split('\t'), source: { line: 1 }, separated: true }) as Line;

describe('printsValuesBeforeLabels / identitiesConfirm', () => {
  it('should see values before the first row label, on the lines above it or before it on its line', () => {
    expect(printsValuesBeforeLabels([line('自然人\t其他\t总计'), line('163 45 29 32 27 24 320'), line('一、本年新收政府信息公开申请数量')])).toBe(true);
    expect(printsValuesBeforeLabels([line('156\t41\t43\t24\t30\t28\t322\t一、本年新收政府信息公开申请数量')])).toBe(true);
    expect(printsValuesBeforeLabels([line('自然人\t其他\t总计'), line('一、本年新收政府信息公开申请数量\t3\t1\t4'), line('2 0 2')])).toBe(false);
    expect(printsValuesBeforeLabels([line('- 5 -'), line('一、本年新收政府信息公开申请数量')])).toBe(false);
    // The last row label after a value block, nothing after it.
    expect(printsValuesBeforeLabels([line('一、本年新收政府信息公开申请数量'), line('1 0 1'), line('四、结转下年度继续办理'), line('五、存在的主要问题')])).toBe(true);
    expect(printsValuesBeforeLabels([line('一、本年新收政府信息公开申请数量'), line('1 0 1'), line('四、结转下年度继续办理'), line('0 1 1')])).toBe(false);
  });

  it('should not count an identity with a null member as confirmation', () => {
    const ids = [{ id: 'a', total: 'requests.x.total', parts: ['requests.x.a', '-requests.x.b'] }];
    const f = (a: number | null, b: number | null, t: number | null) => new Map([['requests.x.a', { value: a, flags: [] }], ['requests.x.b', { value: b, flags: [] }], ['requests.x.total', { value: t, flags: [] }]]);
    expect(identitiesConfirm('requests.', ids, f(5, 2, 3))).toBe(true);
    expect(identitiesConfirm('requests.', ids, f(5, 2, null))).toBe(false);
    expect(identitiesConfirm('requests.', ids, f(5, 1, 3))).toBe(false);
    expect(identitiesConfirm('requests.', [], f(5, 2, 3))).toBe(false);
  });
});
