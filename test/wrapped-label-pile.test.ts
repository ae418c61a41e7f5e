/**
 * Two numbered sub-rows with wrapped labels in a `pdftotext -layout` dump of a Chromium print
 * (tables/build-rows regroupWrappedPile): row （六）1's values land below the START of row 2's label,
 * row 2's values two lines lower beside the rest of its label. The values line belongs to row 1.
 * Every sum holds either way, so only the reading can get it right. Expected values read by hand.
 */
import { buildRows } from '../src/tables/build-rows.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { conf, read, value } from './helpers/report-fields.js';

const DUMP = String.raw`
兴国县教育局2024年政府信息公开工作年度报告
一、总体情况
本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。依法规范办理政府信息公开申请，
按时答复。
二、主动公开政府信息情况
第二十条第（一）项
信息内容    本年制发件数 本年废止件数 现行有效件数
规章      9      3      33
行政规范性文件 7      2      144


第二十条第（五）项
信息内容 本年处理决定数量
行政许可 2719
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 53
行政强制 20
第二十条第（八）项
信息内容    本年收费金额（单位：万元）
行政事业性收费 4925.92
三、收到和处理政府信息公开申请情况
                                  申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）自然 法人或其他组织
                                      商业 科研 社会公 法律服 其  总
                                  人 企业 机构 益组织 务机构 他 计
一、本年新收政府信息公开申请数量                  209 42 31 30  40  27 379
二、上年结转政府信息公开申请数量                  0   0  4  1   1   4 10
三、本年度办 （一）予以公开                    25  0  0  1   0   0 26
理结果    （二）部分公开（区分处理的，只计这一情形，不计其他情 37 1 0 1
       形）                                       0   5 44

       （三）不予 1.属于国家秘密             0   6  1  0   2   3 12
       公开    2.其他法律行政法规禁止公开       38  1  0  0   3   2 44
             3.危及“三安全一稳定”         0   4  0  0   0   0 4
             4. 保护第三方合法权益          14  0        0       6        1        0   21
            5.属于三类内部事务信息           0   6        4       0        5        5   20
            6.属于四类过程性信息            12  0        6       0        0        3   21
            7.属于行政执法案卷             0   1        0       1        5        1   8
            8.属于行政查询事项             0   3        3       0        2        0   8

      （四）无法 1.2.本机关不掌握相关政府信息
                                   0   0        0       6        5        0   11

      提供        没有现成信息需要另行制作       0   0        0       0        0        2   2
            3.补正后申请内容仍不明确          34  3        3       0        0        0   40
            1.信访举报投诉类申请            30  0        0       0        0        0   30

      （五）不予 2.3.重复申请
                                   7   4        3       0        0        6   20

      处理        要求提供公开出版物          0   2        1       6        0        0   9
            4.无正当理由大量反复申请          0   0        0       5        6        2   13
            5.要求行政机关确认或重新出具已获取信息   4   0        5       0        3        0   12
            1.申请人无正当理由逾期不补正、行政机关不再
            处理其政府信息公开申请
      （六）其他 2.申请人逾期未按收费通知要求缴纳费用、行政
                                   4   3        3       1        3        0   14


      处理    机关不再处理其政府信息公开申请        0   4        0       0        6        0   10

            3.其他                   2   4        3       4        0        0   13
      （七）总计                        207 42       32      31       41       29 382
四、结转下年度继续办理                        2   0        3       0        0        2   7


四、政府信息公开行政复议、行政诉讼情况
行政复议              行政诉讼
结果维 结果纠 其他结 尚未审 总 未经复议直接起诉          复议后起诉
持 正 果 结 计 结果维         结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总
                  持 正 果 结 计 持 正 果 结 计
3   5   0    5    13   6   7   3   0   16   6       7        8        0       21


五、存在的主要问题及改进情况
存在的主要问题：公开内容的精准度有待提高。改进情况：细化公开清单。
六、其他需要报告的事项
本年度未收取信息处理费。
兴国县教育局
2025年1月20日
`;


describe('wrapped sub-row labels with the first row\'s values below the start of the second label', () => {
  it('should give the values line to the label complete above it and the next line\'s values to the wrapped label', () => {
    const texts = ['1.申请人无正当理由逾期不补正、行政机关不再', '处理其政府信息公开申请', '（六）其他 2.申请人逾期未按收费通知要求缴纳费用、行政',
      '                  4   3   3   1   3   0   14', '处理    机关不再处理其政府信息公开申请   0   4   0   0   6   0   10'];
    const rows = buildRows(textToLines(texts.join('\n')));
    const withValues = rows.filter((r) => r.values.length > 0);
    expect(withValues).toHaveLength(2);
    expect(`${withValues[0]!.pending} ${withValues[0]!.label}`).toContain('1.申请人无正当理由逾期不补正');
    expect(withValues[0]!.values.map((v) => (v.kind === 'num' ? v.value : null))).toEqual([4, 3, 3, 1, 3, 0, 14]);
    expect(`${withValues[1]!.pending} ${withValues[1]!.label}`).toContain('2.申请人逾期未按收费通知');
    expect(withValues[1]!.values.map((v) => (v.kind === 'num' ? v.value : null))).toEqual([0, 4, 0, 0, 6, 0, 10]);
  });

  it('should keep a values line under a pile when the next row is a numbered item of its own (control)', () => {
    const texts = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '                  4   3   3   1   3   0   14', '3.其他    0   4   0   0   6   0   10'];
    const rows = buildRows(textToLines(texts.join('\n')));
    const withValues = rows.filter((r) => r.values.length > 0);
    expect(withValues[0]!.pending).toContain('2.申请人逾期');
  });

  it('should read overdueCorrection and overdueFee of the whole dump right and confident', async () => {
    const r = await read(new TextEncoder().encode(DUMP.trim()));
    const correction = [4, 3, 3, 1, 3, 0, 14];
    const fee = [0, 4, 0, 0, 6, 0, 10];
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    cols.forEach((c, i) => {
      expect(value(r, `requests.otherHandling.overdueCorrection.${c}`)).toBe(correction[i]);
      expect(value(r, `requests.otherHandling.overdueFee.${c}`)).toBe(fee[i]);
      expect(conf(r, `requests.otherHandling.overdueFee.${c}`)).toBeGreaterThanOrEqual(0.9);
    });
  });
});
