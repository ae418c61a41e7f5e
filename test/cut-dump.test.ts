/**
 * Text dumps of tables cut at the page's right edge (cutdump42): a Word/WPS table wider than its page,
 * printed by LibreOffice or Chromium, its last columns off the page, dumped by `pdftotext -layout`.
 * (a) Table 三's 总计 column is cut and the header lines sit a few columns right of the values: the rows'
 * numbers are placed by position one column off, and nothing in a row checks it (its total is not printed).
 * (b) Table 二's 现行有效件数 column is off the page (its header word is not printed at all): its cells
 * are not blank zeros. Every line below is a real dump's (breaker42 lay/ch-shift r25, lay/lo-layout r11).
 */
import { codes, conf, read, value } from './helpers/report-fields.js';

const TOP = ['示例县某某局2020年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const T2_2019 = ['信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t1\t0\t4', '其他规范性文件\t2\t1\t9'];
const text = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** Table 三 of a Chromium print cut at the right edge (其他 and 总计 off the page), header lines moved 6 columns right. */
const T3_SHIFTED = [
  '    三、收到和处理政府信息公开申请情况',
  '                                                                        申请人情况',
  '                项目               自然人                                         法人或其他组织',
  '                                                商业企业            科研机构         社会公益组织 法律服务机构             其他',
  '一、本年度新收政府信息公开申请数量                15              22                7         4          11            11',
  '     （四） 1.本机关不掌握                                                                                     1',
  '     无法提 相关信息',
  '      供 2.没有现成信息                                                   1                                  2',
  '          需要另行制作',
  ' 补正后申请内',
  '3.',
  '容仍不明确',
  '续表',
  '                                                                    申请人情况',
  '                    项目                 自然人                                 法人或其他组织',
  '                                                  商业企业        科研机构          社会公益组织        法律服务机构       其他',
  '             信访、举报、投',
  '                   1.                                                          1             2',
  '           诉类申请',
  '           2.重复申请                                                              1',
  '',
  '           3.要求提供公开出                                                           1',
  '     （五）不',
  '三、本 予处理 版物 4.无正当理由大量',
  '年度办        反复申请',
  '理结果        5.要求行政机关确                                            1                            2',
  '           认或重新出具已',
  '           获取信息',
  '     （六）其他处理                                                                   1',
  '     （七）总计                             12          22           7              4           11',
  '四、结转下年度继续办理的申请                          5',
];

/** Table 二 of a LibreOffice print (html → docx → pdf) whose third column is off the page. */
const T2_CUT = [
  '       二、主动公开政府信息情况',
  '                                        （一）',
  '                                                     第二十条第（一）项',
  '                         信息内容                                  本年制发件数                  本年废止件数',
  '规章                                                       13                    12',
  '行政规范性文件                                                  5                     19',
  '                                        （二）',
  '                                                     第二十条第（五）项',
  '                                        信息内容',
  '行政许可                                                                                      4260',
  '                                        （三）',
  '                                                     第二十条第（六）项',
  '                                        信息内容',
  '行政处罚                                                                                      3680',
  '行政强制                                                                                      4',
  '                                        （四）',
  '                                                     第二十条第（八）项',
  '                                        信息内容',
  '行政事业性收费                                                                                   3217.57',
  '注：行政事业性收费金额单位为万元，全年 3217.57 万元；“/”表示不适用，空白表示为 0。',
];

describe('text dumps of tables cut at the right page edge', () => {
  it('(a) should not place a row\'s numbers by position at ≥ 0.8 when its total is cut and no column identity confirms them', async () => {
    const r = await read(text([...TOP, ...T2_2019, ...T3_SHIFTED, ...TAIL]));
    // （七）总计 prints 12 22 7 4 11 (socialOrg 4, legalService 11; 其他 and 总计 cut): read one column off from 4 on.
    for (const k of ['totalHandled.legalService', 'totalHandled.socialOrg', 'notProcessed.confirmation.otherOrg', 'otherHandling.combined.legalService']) {
      expect([k, conf(r, `requests.${k}`) < 0.8]).toEqual([k, true]);
    }
    // Still read: the new requests' row prints all six parts.
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(15);
  });

  it('(b) should leave table 二\'s column cut off the page missing, not 0', async () => {
    const r = await read(text([...TOP, ...T2_CUT, '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(13);
    expect(value(r, 'activeDisclosure.normativeDocuments.repealed')).toBe(19);
    expect(value(r, 'activeDisclosure.regulations.inForce')).toBeNull();
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBeNull();
    expect(codes(r)).toContain('column_clipped');
  });

  it('(b) should keep a column whose header word is printed, its cells blank (zeros printed blank)', async () => {
    const lines = T2_CUT.map((l) => l.replace('本年废止件数', '本年废止件数         现行有效件数'));
    const r = await read(text([...TOP, ...lines, '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.regulations.inForce')).toBe(0);
    expect(codes(r)).not.toContain('column_clipped');
  });
});
