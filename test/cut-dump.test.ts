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

/** Table 二 of a LibreOffice print (html → Word 97 → pdf), 2021 form: its last column cut, 采购总金额 to '采' and its 3507.01 to '3' (held-out 983800 cut-lo-layout/r17). */
const T2_CUT_PIECE = [
  '     二、主动公开政府信息情况',
  '                             第二十条第（一）项',
  '           信息内容         本年新制作数量                 本年新公开数量',
  '规章                          7                         13',
  '其他规范性文件                     1                         13',
  '                             第二十条第（八）项',
  '           信息内容         上一年项目数量                                  本',
  '行政事业性收费                     20        -5',
  '                             第二十条第（九）项',
  '           信息内容          采购项目数量                                  采',
  '政府集中采购                      7                                    3',
];

/** Table 三 of a Chromium print whose 总计 column is off the page (held-out 983700 cut-ch-layout/r31): 予以公开 0 0 1 1 2 0, its printed total 5 (the report's own slip) not in the dump. */
const T3_NO_TOTALS = [
  '   三、收到和处理政府信息公开申请情况                                              申请人情况',
  '               项目                                               法人或其他组织',
  '                                    自然人      商业企业        科研机构    社会公益组织 法律服务机构       其他法人或其',
  '                                                                                       他组织',
  '一、本年新收政府信息公开申请数量                    132        38         7        5             8     13',
  '二、上年结转政府信息公开申请数量                     3         2          0        0             1     0',
  '        （一）予以公开                      0         0          1        1             2     0',
  '        （二）部分公开（区分处理的，只计这一情形，不计其他    16        0          0        0             0     0',
  '        情形）',
  '                 1.属于国家秘密            15        0          0        1             0     3',
  '                 2.其他法律行政法规禁止公开      8         0          1        0             0     2',
  '                 3.危及“三安全一稳定”        0         0          0        0             0     0',
  '三、本年度办 （三）不予公 4.保护第三方合法权益            29        0          1        0             0     1',
  '  理结果      开     5.属于三类内部事务信息        22        0          0        0             0     0',
  '                 6.属于四类过程性信息         9         0          0        0             1     0',
  '                 7.属于行政执法案卷          0         0          0        1             0     3',
  '                 8.属于行政查询事项          0         9          0        0             0     1',
  '        （四）无法提 1.2.本机关不掌握相关政府信息',
  '                                     14        0          0        0             0     0',
  '           供       没有现成信息需要另行制作      0         7          0        0             0     2',
  '                 3.补正后申请内容仍不明确       0         4          1        1             0     0',
  '\f续表',
  '                            1.信访举报投诉类申请               0        0         0          0          2       0',
  '                            2.重复申请                    0        8         0          0          1       0',
  '                 （五）不予处理    3.要求提供公开出版物               0        0         2          0          0       0',
  '                            4.无正当理由大量反复申请            15        0         1          0          0       0',
  '                            5.要求行政机关确认或重新出具已获取信息',
  '三、本年度办理结                    1.申请人无正当理由逾期不补正、行政机关不再',
  '                                                      0        0         0          0          0       1',
  '    果                       处理其政府信息公开申请',
  '                                                      6        6         0          0          3       0',
  '                 （六）其他处理    2.申请人逾期未按收费通知要求缴纳费用、行政    0        5         0          1          0       0',
  '                            机关不再处理其政府信息公开申请',
  '                            3.其他                      0        0         0          0          0       0',
  '          （七）总计                                      134       39        7          5          9       13',
  '四、结转下年度继续办理                                           1        1         0          0          0       0',
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

  it('(c) should not read a number cut at the page edge under a cut header word (采购总金额 shown as 采, 3507.01 as 3)', async () => {
    const r = await read(text([...TOP, ...T2_CUT_PIECE, '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.procurement.items')).toBe(7);
    expect(value(r, 'activeDisclosure.procurement.amount')).toBeNull();
    // -5 sits far left of the cut piece '本' (本年增/减): whole, kept.
    expect(value(r, 'activeDisclosure.fees.change')).toBe(-5);
    expect(codes(r)).toContain('column_clipped');
  });

  it('(d) should keep a total derived in a table none of whose totals is printed below 0.8 (the printed one may disagree with its row)', async () => {
    const top = TOP.map((l) => l.replace('2020年', '2024年'));
    const t2 = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
    const r = await read(text([...top, ...t2, ...T3_NO_TOTALS, ...TAIL]));
    expect(value(r, 'requests.granted.research')).toBe(1);
    for (const k of ['granted.total', 'newReceived.total', 'totalHandled.total']) expect([k, conf(r, `requests.${k}`) < 0.8]).toEqual([k, true]);
  });

  it('(e) should read a 2019 row of two values under a header whose third column is off the page (规章 7 13: 本年新制作数量, 本年新公开数量)', async () => {
    const r = await read(text([...TOP, ...T2_CUT_PIECE, '三、收到和处理政府信息公开申请情况', ...TAIL]));
    expect(value(r, 'activeDisclosure.regulations.created')).toBe(7);
    expect(value(r, 'activeDisclosure.regulations.published')).toBe(13);
    expect(value(r, 'activeDisclosure.regulations.totalPublic')).toBeNull();
    expect(value(r, 'activeDisclosure.fees.prevItems')).toBe(20);
  });
});
