/**
 * `pdftotext -layout` of a small office's report printed (Chromium A4) with its zeros blank: table 三 prints a few
 * numbers under a header pdftotext packed ('然 商业 科研 …', '自' pushed right of the label column's text on the line
 * above: '…等于第三项加第 自'), and table 四, all 0, is its header alone (a borderless row of empty cells leaves no glyph).
 * Before (fresh50 k1/pdftotext-layout d00/d04/d12 …): no header bands (the pushed '自' made eight chains), table 三's
 * numbers ambiguous; table 四's 15 fields missing. Now: the bands read without the pushed piece's place
 * (layout/header-bands spellsWithPushed), a number overlapping one band is in it, and table 四 follows the one rule for a
 * table printed as its header alone in a zeros-blank print (map/review-stream requestZerosBlank → headerOnlyGroup),
 * the print here known by table 三's rows placed in columns beside cells shown empty. All below 0.8.
 */
import { extract, flattenData } from '../src/index.js';
import type { Report } from '../src/index.js';

const TABLES = [
  '   二、主动公开政府信息情况',
  '                            第二十条第（一）项',
  '        信息内容           本年制发件数        本年废止件数       现行有效件数',
  '         规章                                          3',
  '      行政规范性文件             2              1          9 ',
  '                            第二十条第（五）项',
  '        信息内容                        本年处理决定数量',
  '        行政许可                           31 ',
  '                            第二十条第（六）项',
  '        信息内容                        本年处理决定数量',
  '        行政处罚',
  '        行政强制',
  '                            第二十条第（八）项',
  '        信息内容                     本年收费金额（单位：万元）',
  '      行政事业性收费',
  '   三、收到和处理政府信息公开申请情况',
  '                                              申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第 自              法人或其他组织',
  '                四项之和）                 然 商业 科研 社会公 法律服 其 总计',
  '                                      人 企业 机构 益组织 务机构 他',
  '          一、本年新收政府信息公开申请数量            12                 12',
  '          二、上年结转政府信息公开申请数量',
  '三、本年度              （一）予以公开            12                 12',
  ' 办理结果 （二）部分公开（区分处理的，只计这一情形，不计',
  '                     其他情形）',
  '\f                       1.属于国家秘密',
  '                 2.其他法律行政法规禁止公开',
  '                   3.危及“三安全一稳定”',
  '       （三）不         4.保护第三方合法权益',
  '        予公开        5.属于三类内部事务信息',
  '                    6.属于四类过程性信息',
  '                     7.属于行政执法案卷',
  '                     8.属于行政查询事项',
  '                 1.本机关不掌握相关政府信息',
  '       （四）无      2.没有现成信息需要另行制作',
  '        法提供',
  '                  3.补正后申请内容仍不明确',
  '                    1.信访举报投诉类申请',
  '                         2.重复申请',
  '       （五）不         3.要求提供公开出版物',
  '        予处理       4.无正当理由大量反复申请',
  '             5.要求行政机关确认或重新出具已获取',
  '                            信息',
  '            1.申请人无正当理由逾期不补正、行政机',
  '                关不再处理其政府信息公开申请',
  '       （六）其 2.申请人逾期未按收费通知要求缴纳费',
  '        他处理 用、行政机关不再处理其政府信息公开',
  '                            申请',
  '                           3.其他',
  '                    （七）总计               12                 12',
  '          四、结转下年度继续办理',
  '  四、政府信息公开行政复议、行政诉讼情况',
  '      行政复议                                行政诉讼',
  '结果维 结果纠 其他结 尚未审 总 结果维 结果纠     未经复议直接起诉           复议后起诉',
  ' 持 正 果 结 计 持 正 其他结                   尚未审 总 结果维 结果纠 其他结 尚未审 总',
  '                                  果 结 计 持 正 果 结 计',
  '',
];
const DOC = [
  '      测试县第九所2024年政府信息公开工作年度报告',
  '   本报告依据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
  '   一、总体情况',
  '   2024年，本所认真贯彻落实《条例》，全年受理政府信息公开申请12件。',
];
const TAIL = ['  五、存在的主要问题及改进情况', '  一是公开内容不够全面。', '  六、其他需要报告的事项', '  无。', '                                      测试县第九所', '                                      2025年1月20日'];

const read = async (tables: readonly string[]): Promise<Report> => extract(new TextEncoder().encode([...DOC, ...tables, ...TAIL].join('\n')), { name: 'r.txt' });
const fieldsOf = (rep: Report, prefix: string): [string, unknown, number][] => {
  const data = flattenData(rep.data);
  return [...data.keys()].filter((k) => k.startsWith(prefix)).map((k) => [k, data.get(k), (rep.fields as Record<string, { confidence: number }>)[k]!.confidence]);
};

describe('-layout dump of a zeros-blank print: table 三 under a packed header, table 四 its header alone', () => {
  it('places table 三\'s numbers in the header\'s bands (below 0.8 unless confirmed)', async () => {
    const rep = await read(TABLES);
    const got = new Map(fieldsOf(rep, 'requests.newReceived.').map(([k, v, c]) => [k, [v, c]]));
    expect(got.get('requests.newReceived.naturalPerson')![0]).toBe(12);
    expect(got.get('requests.newReceived.total')![0]).toBe(12);
    expect(got.get('requests.newReceived.commercial')![0]).toBe(0);
    for (const [, [, c]] of got) expect(c).toBeLessThan(0.8);
  });

  it('reads table 二\'s rows printing their label alone as cells printed empty (0 below 0.8), its printed values as printed', async () => {
    const active = new Map(fieldsOf(await read(TABLES), 'activeDisclosure.').map(([k, v, c]) => [k, [v, c]]));
    for (const k of ['punishment.decisions', 'coercion.decisions', 'fees.amount']) {
      expect(active.get(`activeDisclosure.${k}`)![0]).toBe(0);
      expect(active.get(`activeDisclosure.${k}`)![1]).toBeLessThan(0.8);
    }
    expect(active.get('activeDisclosure.licensing.decisions')![0]).toBe(31);
    expect(active.get('activeDisclosure.normativeDocuments.inForce')![0]).toBe(9);
  });

  it('reads table 四 as 15 cells printed empty, each 0 below 0.8', async () => {
    const review = fieldsOf(await read(TABLES), 'reviewLitigation.');
    expect(review).toHaveLength(15);
    for (const [, v, c] of review) {
      expect(v).toBe(0);
      expect(c).toBeLessThan(0.8);
      expect(c).toBeGreaterThan(0);
    }
  });

  // (A dump whose tables print no 0 and fewer numbers than cells is read as printing its zeros blank even without columns:
  // map/review-stream textZerosBlank, plain51. So the print here also prints a 0.)
  // blank56: such a print of a report printing its zeros shows table 四 as its header alone all the same; no number printed as a
  // cell outside it beyond tables 二 and 三's cells, none after it (map/blank-table labelsAloneBlank): read 0 at ≤ 0.7. A
  // number after it (a dumper may write its cells there) leaves it missing.
  it('reads table 四 of its header alone from the header alone where table 三\'s rows show no cell printed empty and print a 0, and not with a number after it', async () => {
    const packed = TABLES.map((l) => (/^\s*(一、本年新收|三、本年度|\s*（七）总计)/.test(l) ? l.replace(/\s{2,}12\s+12\s*$/, ' 12 0 12') : l));
    const review = fieldsOf(await read(packed), 'reviewLitigation.');
    expect(review).toHaveLength(15);
    for (const [, v, c] of review) {
      expect(v).toBe(0);
      expect(c).toBeLessThanOrEqual(0.7);
    }
    const text = [...DOC, ...packed, ...TAIL].join('\n').replace('一是公开内容不够全面。', '一是公开内容不够全面。\n  1 0 0 0 1');
    const after = fieldsOf(await extract(new TextEncoder().encode(text), { name: 'r.txt' }), 'reviewLitigation.');
    expect(after.every(([, v]) => v === null)).toBe(true);
  });
});
