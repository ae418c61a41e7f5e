/**
 * A two-row header dumped by a text browser over several lines (map/band-places, map/column-order):
 * `w3m -dump -cols 160` of a borderless table 三 whose header is `<th>` cells vertically centred —
 * 自然人 and 总计 span both header rows, so w3m draws them on the line below 法人或其他组织 and above
 * its sub-columns (scripts/header-lines-variants.mjs seed 39). Read line by line the band names
 * 法人或其他组织 first, so the sub-columns were spliced before 自然人: an order read as printed, the
 * whole table moved one column at 0.85 (newReceived.commercial 51 for 41, naturalPerson 6 for 51).
 * Every word stands over its own column: the order is read from the words' display columns (the
 * template's here), nothing moved.
 */
import { extract, flattenData } from '../src/index.js';
import type { Line } from '../src/model/document.js';
import { requestOrderByColumns, requestBandAgainstPlaces } from '../src/map/band-places.js';

const W3M = [
  "某某局2021年政府信息公开工作年度报告",
  "",
  "三、收到和处理政府信息公开申请情况",
  "",
  "                                                                                                                             申请人情况",
  "",
  "                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）                                        法人或其他组织",
  "                                                                                                     自然人                                                总计",
  "                                                                                                            商业企业 科研机构 社会公益组  法律服务机  其他",
  "                                                                                                                                  织          构",
  "",
  "一、本年新收政府信息公开申请数量                                                                     51     41       6        3           9           6    116",
  "",
  "二、上年结转政府信息公开申请数量                                                                     3      2        0        0           0           0    5",
  "",
  "                  （一）予以公开                                                                     0      4        1        0           0           0    5",
  "",
  "                  （二）部分公开（区分处理的，只计这一情形，不计其他情形）                           9      0        1        0           0           0    10",
  "",
  "                                1.属于国家秘密                                                       0      6        0        1           0           0    7",
  "",
  "                                2.其他法律行政法规禁止公开                                           0      3        0        0           0           0    3",
  "",
  "                                3.危及“三安全一稳定”                                                 0      0        1        0           0           0    1",
  "",
  "                  （三）不予公  4.保护第三方合法权益                                                 0      5        0        0           0           2    7",
  "                  开",
  "                                5.属于三类内部事务信息                                               0      0        0        0           0           1    1",
  "",
  "                                6.属于四类过程性信息                                                 5      3        0        0           0           0    8",
  "",
  "                                7.属于行政执法案卷                                                   27     8        1        0           0           0    36",
  "",
  "                                8.属于行政查询事项                                                   0      0        1        0           0           0    1",
  "",
  "                                1.本机关不掌握相关政府信息                                           0      0        0        0           2           0    2",
  "三、本年度办理结  （四）无法提",
  "果                供            2.没有现成信息需要另行制作                                           0      5        0        1           1           0    7",
  "",
  "                                3.补正后申请内容仍不明确                                             0      0        0        0           2           0    2",
  "",
  "                                1.信访举报投诉类申请                                                 0      0        0        0           0           1    1",
  "",
  "                                2.重复申请                                                           0      0        1        0           0           0    1",
  "                  （五）不予处",
  "                  理            3.要求提供公开出版物                                                 8      2        0        0           0           0    10",
  "",
  "                                4.无正当理由大量反复申请                                             0      0        0        0           0           0    0",
  "",
  "                                5.要求行政机关确认或重新出具已获取信息                               0      1        0        1           1           0    3",
  "",
  "                                1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请     0      0        0        0           0           1    1",
  "",
  "                  （六）其他处  2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开 0      4        0        0           0           1    5",
  "                  理            申请",
  "",
  "                                3.其他                                                               0      2        0        0           2           0    4",
  "",
  "                  （七）总计                                                                         49     43       6        3           8           6    115",
  "",
  "四、结转下年度继续办理                                                                               5      0        0        0           1           0    6",
  "",
  "",
  "四、政府信息公开行政复议、行政诉讼情况",
].join('\n');

/** The same generator's seed 34: sub-columns shuffled (社会公益组织 商业企业 其他 法律服务机构 科研机构), each wrapped in two, 自然人 and 总计 after them. */
const W3M_SHUFFLED = [
  "某某局2021年政府信息公开工作年度报告",
  "",
  "三、收到和处理政府信息公开申请情况",
  "",
  "                                                                                                                                    申请人情况",
  "",
  "                                                                                                                               法人或其",
  "                       （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）                                     他组织",
  "                                                                                                                                                   自然人  总计",
  "                                                                                                                    社会公  商业 其他 法律服  科研",
  "                                                                                                                    益组织  企业      务机构  机构",
  "",
  "一、本年新收政府信息公开申请数量                                                                                    77      492  151  106     77   1272    2175",
  "",
  "二、上年结转政府信息公开申请数量                                                                                    0       2    0    0       0    3       5",
  "",
  "                     （一）予以公开                                                                                 0       0    0    19      2    0       21",
  "",
  "                     （二）部分公开（区分处理的，只计这一情形，不计其他情形）                                       4       0    0    0       10   0       14",
  "",
  "                                     1.属于国家秘密                                                                 1       0    0    0       0    0       1",
  "",
  "                                     2.其他法律行政法规禁止公开                                                     0       0    0    0       2    0       2",
  "",
  "                                     3.危及“三安全一稳定”                                                           0       0    0    15      0    72      87",
  "",
  "                                     4.保护第三方合法权益                                                           0       0    30   0       14   119     163",
  "                     （三）不予公开",
  "                                     5.属于三类内部事务信息                                                         4       0    0    0       14   0       18",
  "",
  "                                     6.属于四类过程性信息                                                           9       83   23   0       0    0       115",
  "",
  "                                     7.属于行政执法案卷                                                             4       42   0    1       0    40      87",
  "",
  "                                     8.属于行政查询事项                                                             0       56   18   0       0    108     182",
  "",
  "                                     1.本机关不掌握相关政府信息                                                     6       0    0    7       0    210     223",
  "三、本年度办理结果",
  "                     （四）无法提供  2.没有现成信息需要另行制作                                                     1       0    0    25      15   261     302",
  "",
  "                                     3.补正后申请内容仍不明确                                                       0       76   0    0       2    0       78",
  "",
  "                                     1.信访举报投诉类申请                                                           0       0    0    0       1    0       1",
  "",
  "                                     2.重复申请                                                                     14      61   8    26      0    0       109",
  "",
  "                     （五）不予处理  3.要求提供公开出版物                                                           0       0    0    0       0    178     178",
  "",
  "                                     4.无正当理由大量反复申请                                                       11      37   27   0       2    0       77",
  "",
  "                                     5.要求行政机关确认或重新出具已获取信息                                         11      30   0    5       3    0       49",
  "",
  "                                     1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请               12      88   16   0       0    207     323",
  "",
  "                     （六）其他处理  2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请       0       20   25   8       0    75      128",
  "",
  "                                     3.其他                                                                         0       0    4    0       12   0       16",
  "",
  "                     （七）总计                                                                                     77      493  151  106     77   1270    2174",
  "",
  "四、结转下年度继续办理                                                                                              0       1    0    0       0    5       6",
  "",
  "",
  "四、政府信息公开行政复议、行政诉讼情况",
].join('\n');

/** Space-aligned lines as the text loader cuts them: cells apart by 2+ spaces, each cell's start. */
const positioned = (texts: string[]): Line[] => texts.map((t) => {
  const cells: string[] = [];
  const starts: number[] = [];
  for (const m of t.matchAll(/\S+(?: \S+)*/g)) { cells.push(m[0]); starts.push(m.index!); }
  return { cells, starts, separated: cells.length > 1 } as Line;
});

describe('a two-row header a text browser dumps over several lines', () => {
  it('should read the columns where the header words stand, not in the order of their lines', async () => {
    const rep = await extract(new TextEncoder().encode(W3M), { name: 'w3m.txt' });
    const got = Object.fromEntries(flattenData(rep.data));
    expect([got['requests.newReceived.naturalPerson'], got['requests.newReceived.commercial'], got['requests.newReceived.research'], got['requests.newReceived.total']]).toEqual([51, 41, 6, 116]);
    expect(rep.warnings.filter((w) => w.keys?.includes('requests')).map((w) => w.code)).not.toContain('columns_reordered');
    expect(rep.fields['requests.newReceived.commercial']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should follow a reorder printed by the words\' columns, whichever line each word is on', () => {
    // 社会公益组织 before 科研机构, 自然人 and 总计 one line below the sub-columns.
    const band = positioned([
      '                    申请人情况',
      '                        法人或其他组织',
      '             商业企业  社会公益组织  科研机构  法律服务机构  其他',
      '       自然人                                                    总计',
      '一、本年新收政府信息公开申请数量       51     41     3     6     9     6     116',
    ]);
    expect(requestOrderByColumns(band)).toEqual(['naturalPerson', 'commercial', 'socialOrg', 'research', 'legalService', 'otherOrg', 'total']);
    // The line order (sub-columns first) is contradicted by the places; the swap they print is not.
    const moves = (order: string[]) => new Map(['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((k, i) => [k, order[i]!]));
    expect(requestBandAgainstPlaces(band, moves(['commercial', 'socialOrg', 'research', 'legalService', 'otherOrg', 'naturalPerson', 'total']))).toBe(true);
    expect(requestBandAgainstPlaces(band, moves(['naturalPerson', 'commercial', 'socialOrg', 'research', 'legalService', 'otherOrg', 'total']))).toBe(false);
  });

  it('should follow a shuffled header whose wrapped pieces stand over their columns (read in the template order before)', async () => {
    const rep = await extract(new TextEncoder().encode(W3M_SHUFFLED), { name: 'w3m.txt' });
    const got = Object.fromEntries(flattenData(rep.data));
    // Printed 77 492 151 106 77 1272 2175 under 社会公益组织 商业企业 其他 法律服务机构 科研机构 自然人 总计.
    expect([got['requests.newReceived.naturalPerson'], got['requests.newReceived.socialOrg'], got['requests.newReceived.otherOrg'], got['requests.newReceived.total']]).toEqual([1272, 77, 151, 2175]);
    expect(rep.fields['requests.newReceived.naturalPerson']!.confidence).toBeLessThan(0.9);
  });
});
