/**
 * A crawler's tag strip of a report page whose label cells wrap their text in `<p>` and whose value
 * cells do not (scripts/text-browser-variants.mjs `tagstrip-p`): each row's label on a line, its values
 * run together on the next ('（一）予以公开' / '072000072'). Read as lone values those runs were one value
 * copied into every column ('collapsed', 72000072 in each cell, or ambiguous); joined to their label's
 * line they are glued rows the segmentation search reads with the row's identities (layout/lone-runs).
 */
import { extract, flattenData } from '../src/index.js';
import { joinLoneRuns } from '../src/layout/lone-runs.js';

/** Table 三 of a tag-strip-p dump (scripts/text-browser-variants.mjs seed 5): each row's values run together under its label. */
const DUMP = [
  '示例市第2005局2024年政府信息公开工作年度报告',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '一、本年新收政府信息公开申请数量',
  '1259373145884991887',
  '二、上年结转政府信息公开申请数量',
  '1000001',
  '三、本年度办理结果',
  '（一）予以公开',
  '072000072',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '0000011',
  '（三）不予公开',
  '1.属于国家秘密',
  '0006006',
  '2.其他法律行政法规禁止公开',
  '031280950',
  '3.危及“三安全一稳定”',
  '0000000',
  '4.保护第三方合法权益',
  '0006006',
  '5.属于三类内部事务信息',
  '00500813',
  '6.属于四类过程性信息',
  '71000290100',
  '7.属于行政执法案卷',
  '29500000295',
  '8.属于行政查询事项',
  '840008799',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '000120012',
  '2.没有现成信息需要另行制作',
  '3002660019351',
  '3.补正后申请内容仍不明确',
  '0000000',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '240850200327',
  '2.重复申请',
  '076062488',
  '3.要求提供公开出版物',
  '0450802275',
  '4.无正当理由大量反复申请',
  '0000000',
  '5.要求行政机关确认或重新出具已获取信息',
  '000016016',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '269000029298',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '02111029061',
  '3.其他',
  '016000016',
  '（七）总计',
  '1259372145884991886',
  '四、结转下年度继续办理',
  '1100002',
];

const STRIP = [
  '三、收到和处理政府信息公开申请情况',
  '自然人', '法人或其他组织', '总计',
  '一、本年新收政府信息公开申请数量', '1259373145884991887',
  '二、上年结转政府信息公开申请数量', '1000001',
  '（一）予以公开', '072000072',
  '1.属于国家秘密', '0006006',
  '2.其他法律行政法规禁止公开', '031280950',
  '3.危及“三安全一稳定”', '0000000',
];

describe('tag-strip lone runs', () => {
  it('joins each run to its label line where the dump shows the shape (fails before: no such step)', () => {
    const out = joinLoneRuns(STRIP.join('\n')).split('\n');
    expect(out).toContain('一、本年新收政府信息公开申请数量 1259373145884991887');
    expect(out).toContain('（一）予以公开 072000072');
    expect(out).toContain('3.危及“三安全一稳定” 0000000');
    expect(out).toContain('法人或其他组织');
  });

  it('leaves a one-cell-per-line stream and a dump with few runs as they were', () => {
    const stream = ['（一）予以公开', '0', '72', '0', '0', '0', '0', '72', '（二）部分公开', '1', '0', '0', '0', '0', '0', '1'].join('\n');
    expect(joinLoneRuns(stream)).toBe(stream);
    const few = STRIP.slice(0, 8).join('\n');
    expect(joinLoneRuns(few)).toBe(few);
  });

  it('reads the runs as glued rows split by the identities (fails before: 72000072 collapsed into every cell at 0.7)', async () => {
    const rep = await extract(Buffer.from(DUMP.join('\n')), { name: 'tagstrip.txt' });
    const got = flattenData(rep.data);
    expect(got.get('requests.granted.commercial')).toBe(72);
    expect(got.get('requests.granted.total')).toBe(72);
    expect(got.get('requests.denied.stateSecret.socialOrg')).toBe(6);
    expect(got.get('requests.newReceived.commercial')).toBe(373);
  });
});
