/**
 * Table 三 printed in ways only its labels or header decide (map/named-row, map/out-of-order-rows,
 * map/total-word): a block's sub-rows in another order than the template's, and the total column
 * headed 合计. Every expected value is read off the inline input by hand.
 */
import { totalWordAsPrinted } from '../src/map/total-word.js';
import type { Line } from '../src/model/document.js';
import { codes, conf, read, value } from './helpers/report-fields.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况'];
const HEADER = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const text = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** Table 三 in template order: [label, values] (自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计); the identities hold. */
const ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '16 2 1 0 0 0 19'],
  ['二、上年结转政府信息公开申请数量', '1 0 0 0 0 0 1'],
  ['三、本年度办理结果（一）予以公开', '5 1 0 0 0 0 6'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1 0 0 0 0 0 1'],
  ['（三）不予公开 1.属于国家秘密', '1 0 0 0 0 0 1'],
  ['2.其他法律行政法规禁止公开', '2 0 0 0 0 0 2'],
  ['3.危及“三安全一稳定”', '3 0 0 0 0 0 3'],
  ['4.保护第三方合法权益', '0 1 0 0 0 0 1'],
  ...['5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l): [string, string] => [l, '0 0 0 0 0 0 0']),
  ['（四）无法提供 1.本机关不掌握相关政府信息', '4 0 0 0 0 0 4'],
  ['2.没有现成信息需要另行制作', '0 0 1 0 0 0 1'],
  ...['3.补正后申请内容仍不明确', '（五）不予处理 1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'].map((l): [string, string] => [l, '0 0 0 0 0 0 0']),
  ['3.其他', '1 0 0 0 0 0 1'],
  ['（七）总计', '17 2 1 0 0 0 20'],
  ['四、结转下年度继续办理', '0 0 0 0 0 0 0'],
];
const line = ([label, v]: [string, string]): string => [label, ...v.split(' ')].join('\t');
/** The report with table 三's rows printed in the order `order` (indexes into ROWS), labels changed by `label`. */
function report(order: number[], label: (l: string, i: number) => string = (l) => l, header = HEADER): Uint8Array {
  return text([...TOP, ...header, ...order.map((i) => line([label(ROWS[i]![0], i), ROWS[i]![1]])), ...TAIL]);
}
const ids = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
/** （三）不予公开's sub-rows printed 3, 1, 4, 2, 5 … 8, the block label on the first printed. */
const DENIED = [6, 4, 7, 5, 8, 9, 10, 11];
const deniedFirst = (l: string, i: number): string => (i === 6 ? `（三）不予公开 ${l}` : i === 4 ? l.replace('（三）不予公开 ', '') : l);

describe('sub-rows printed in another order than the template', () => {
  it('should read each sub-row by its printed label', async () => {
    const r = await read(report([...ids(0, 4), ...DENIED, ...ids(12, 25)], deniedFirst));
    expect(value(r, 'requests.denied.stateSecret.naturalPerson')).toBe(1);
    expect(value(r, 'requests.denied.prohibitedByLaw.naturalPerson')).toBe(2);
    expect(value(r, 'requests.denied.endangersStability.naturalPerson')).toBe(3);
    expect(value(r, 'requests.denied.thirdPartyRights.commercial')).toBe(1);
    expect(conf(r, 'requests.denied.endangersStability.total')).toBeGreaterThanOrEqual(0.9);
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });

  it('should read a block label printed before a sub-row that is not its first (（六）其他处理 3.其他)', async () => {
    const six = (l: string, i: number): string => (i === 22 ? `（六）其他处理 ${l}` : i === 20 ? l.replace('（六）其他处理 ', '') : l);
    const r = await read(report([...ids(0, 20), 22, 20, 21, 23, 24], six));
    expect(value(r, 'requests.otherHandling.other.naturalPerson')).toBe(1);
    expect(value(r, 'requests.otherHandling.overdueCorrection.naturalPerson')).toBe(0);
    expect(conf(r, 'requests.otherHandling.other.naturalPerson')).toBeGreaterThanOrEqual(0.9);
  });

  it('should not give a value of a permuted block whose labels are only numbers at 0.9', async () => {
    const numbers = (l: string, i: number): string => (i >= 4 && i < 12 ? `${i === 6 ? '（三）不予公开 ' : ''}${/(\d)\./.exec(l)![1]}.` : l);
    const r = await read(report([...ids(0, 4), ...DENIED, ...ids(12, 25)], numbers));
    const truth: Record<string, number> = { stateSecret: 1, prohibitedByLaw: 2, endangersStability: 3 };
    for (const [k, v] of Object.entries(truth)) {
      const key = `requests.denied.${k}.naturalPerson`;
      if (value(r, key) !== v) expect(conf(r, key)).toBeLessThan(0.9);
    }
  });
});

describe('the total column headed 合计', () => {
  it('should follow a 合计 column printed first as the total column', async () => {
    const header = ['合计\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
    const rows = ROWS.map(([l, v]): [string, string] => { const x = v.split(' '); return [l, [x[6], ...x.slice(0, 6)].join(' ')]; });
    const r = await read(text([...TOP, ...header, ...rows.map(line), ...TAIL]));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.total')).toBe(19);
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(16);
    expect(value(r, 'requests.totalHandled.commercial')).toBe(2);
  });

  const cells = (...xs: string[][]): Line[] => xs.map((c, i) => ({ cells: c, source: { line: i }, separated: true }));
  it('should read the band\'s one 合计 header cell as 总计, and nothing after the band', () => {
    const out = totalWordAsPrinted(cells(['项目', '自然人', '法人或其他组织', '合计'], ['（七）合计', '3', '3']))!;
    expect(out[0]!.cells[3]).toBe('总计');
    expect(out[1]!.cells[0]).toBe('（七）合计');
  });

  it('should read 合计 printed beside the header\'s note on one text line (PDFBox -sort) as 总计', () => {
    // '（本列…之 自然人 合计': the note's words are no part of the 合计 cell; a sentence naming a sum stays.
    const out = totalWordAsPrinted(cells(['法人或其他组织'], ['第二项之和，等于第三项加第四项之 自然人 合计'], ['和） 商业企业 科研机构 社会公益组织 法律服务机构 其他'], ['（七）合计 3 3']))!;
    expect(out[1]!.cells[0]).toBe('第二项之和，等于第三项加第四项之 自然人 总计');
    const sentence = cells(['自然人 法人或其他组织'], ['以上各项申请数量合计如下'], ['一、本年新收 1']);
    expect(totalWordAsPrinted(sentence)).toBe(sentence);
  });

  it('should leave a 合计 subtotal beside a 总计 column, and two 合计 cells, alone', () => {
    const sub = cells(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '合计', '总计'], ['一、本年新收', '1']);
    expect(totalWordAsPrinted(sub)).toBe(sub);
    const two = cells(['自然人', '法人或其他组织', '合计'], ['商业企业', '科研机构', '合计'], ['一、本年新收', '1']);
    expect(totalWordAsPrinted(two)).toBe(two);
  });
});

describe('table 三 printed 总计 first, solved in the order it is printed', () => {
  it('should repair a row that printed a cell too few by the printed columns\' sums', async () => {
    // A spaced dump: '（四）无法提供 1.本机关不掌握相关政府信息' printed 4 (总计) 4 0 0 0 0 with one 0 lost.
    const rows = ROWS.map(([l, v]): string => {
      const x = v.split(' ');
      const printed = [x[6]!, ...x.slice(0, 6)];
      return [l, ...(l.includes('本机关不掌握') ? printed.slice(0, 6) : printed)].join('    ');
    });
    const r = await read(text([...TOP, '项目    总计    自然人    商业企业    科研机构    社会公益组织    法律服务机构    其他', ...rows, ...TAIL]));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.unavailable.notHeld.total')).toBe(4);
    expect(value(r, 'requests.unavailable.notHeld.naturalPerson')).toBe(4);
    expect(value(r, 'requests.unavailable.notHeld.otherOrg')).toBe(0);
    expect(r.fields['requests.unavailable.notHeld.total']!.flags).not.toContain('checkFailed');
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });
});
