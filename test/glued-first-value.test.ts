/**
 * pypdf `extract_text()` of a mostly blank table 三 whose zeros print blank but 总计 prints its 0 (a small agency's report:
 * each empty cell a run of spaces, the row's first cell glued to its label, '…申请数量3          3', a row printing nothing
 * but its total '…申请数量           0'; fresh51 k4/pypdf b02). A one-digit run glued to its label is one cell — touching cells'
 * digits need two digits at least — so the zeros-blank reading (map/row-candidates blankPlacements) holds: the rows printing
 * only '0' read all 0, each row its total. Before, the glued digit counted as possibly fused cells, no placement of the rows
 * printing it kept their total, and every row of the table came out ambiguous.
 */
import { conf, read, value } from './helpers/report-fields.js';

const SP = ' '.repeat(10);
/** Rows of table 三: label, and its printed values ('' for a row printing nothing but its total 0). */
const ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '3'], ['二、上年结转政府信息公开申请数量', ''], ['三、本年度办理结果（一）予以公开', ''],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''], ['（三）不予公开1.属于国家秘密', ''], ['2.其他法律行政法规禁止公开', ''],
  ['3.危及“三安全一稳定”', ''], ['4.保护第三方合法权益', ''], ['5.属于三类内部事务信息', ''], ['6.属于四类过程性信息', ''],
  ['7.属于行政执法案卷', ''], ['8.属于行政查询事项', ''], ['（四）无法提供1.本机关不掌握相关政府信息', ''], ['2.没有现成信息需要另行制作', ''],
  ['3.补正后申请内容仍不明确', ''], ['（五）不予处理1.信访举报投诉类申请', '2'], ['2.重复申请', '1'], ['3.要求提供公开出版物', ''],
  ['4.无正当理由大量反复申请', ''], ['5.要求行政机关确认或重新出具已获取信息', ''], ['（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ''],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ''], ['3.其他', ''], ['（七）总计', '3'], ['四、结转下年度继续办理', ''],
];

function dump(): Uint8Array {
  const text = [
    '某某区财政局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '第二十条第（六）项', '信息内容本年处理决定数量', '行政处罚9', '',
    '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况',
    '自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
    // A row's first (自然人) value glued to its label, its blank cells as spaces, 总计 last: '0' alone when it prints nothing.
    ...ROWS.map(([label, v]) => (v ? `${label}${v}${SP}${v}` : `${label}${SP} 0`)),
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('pypdf: a mostly blank table 三 whose 总计 prints 0, first cells glued to their labels', () => {
  it('should read the rows printing only their total 0 as all 0, and each row’s total', async () => {
    const r = await read(dump());
    for (const row of ['carriedOver', 'granted', 'denied.stateSecret', 'unavailable.unclear', 'otherHandling.other', 'carriedForward']) {
      for (const c of ['naturalPerson', 'research', 'total']) expect([row, c, value(r, `requests.${row}.${c}`)]).toEqual([row, c, 0]);
    }
    expect(value(r, 'requests.newReceived.total')).toBe(3);
    expect(value(r, 'requests.notProcessed.complaint.total')).toBe(2);
    // Which applicant column holds a row's one value the dump does not say (every identity holds whichever): never ≥ 0.8 wrong.
    for (const c of ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']) {
      const v = value(r, `requests.newReceived.${c}`);
      if (v !== null && v !== (c === 'naturalPerson' ? 3 : 0)) expect(conf(r, `requests.newReceived.${c}`)).toBeLessThan(0.8);
    }
  });
});
