/**
 * layout52: a `pdftotext -layout` dump of a mostly-blank table 三 whose values sit on a line of their own between two label
 * lines (a row's values centred lower in a tall cell: '1.本机关不掌握相关政府信息' alone, '2.没有现成信息需要另行制作', then
 * '1 1' over '办理结果 提供' — fresh51 b60, where the 1 1 are 1.'s). The text does not say which row printed them: the row
 * named only by the label line above the numbers (RowEvidence `shiftDoubt`) and the sibling whose label line printed nothing
 * (header-bands' label-alone rows: Line.labelAlone → RowEvidence `labelOnly`) are both held below 0.8
 * (score/exchangeable-rows emptySwapRows). They had been read as 2.'s at 0.85 / 0.88: pinned by its label, and its column
 * "confirmed" by a column sum through the rows the same header bands placed.
 */
import { extract } from '../src/index.js';
import { alignedRowCells } from '../src/layout/aligned-columns.js';

const TABLES = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容           本年制发件数        本年废止件数       现行有效件数',
  '规章',
  '行政规范性文件                      4',
  '第二十条第（五）项',
  '信息内容           本年处理决定数量',
  '行政许可',
  '第二十条第（六）项',
  '信息内容           本年处理决定数量',
  '行政处罚',
  '行政强制',
  '第二十条第（八）项',
  '信息内容           本年收费金额（单位：万元）',
  '行政事业性收费',
  '三、收到和处理政府信息公开申请情况',
  '                               申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四 自然 法人或其他组织         总',
  '项之和）                              商业 科研 社会公 法律服 其',
  '                               人 企业 机构 益组织 务机构 他 计',
  '一、本年新收政府信息公开申请数量                        4         4',
  '二、上年结转政府信息公开申请数量',
  '\x0c      （一）予以公开',
  '      （二）部分公开（区分处理的，只计这一情形，不计其           1           1',
  '      他情形）',
  '            1.属于国家秘密                     1           1',
  '            2.其他法律行政法规禁止公开',
  '            3.危及“三安全一稳定”',
  '      （三）不予 4.保护第三方合法权益',
  '      公开    5.属于三类内部事务信息',
  '            6.属于四类过程性信息',
  '            7.属于行政执法案卷',
  '            8.属于行政查询事项',
  '三、本年度 （四）无法 1.本机关不掌握相关政府信息',
  '            2.没有现成信息需要另行制作',
  '                                         1           1',
  '办理结果 提供',
  '            3.补正后申请内容仍不明确',
  '            1.信访举报投诉类申请',
  '            2.重复申请',
  '      （五）不予 3.要求提供公开出版物',
  '      处理',
  '            4.无正当理由大量反复申请',
  '            5.要求行政机关确认或重新出具已获取信息',
  '            1.申请人无正当理由逾期不补正、行政机关',
  '            不再处理其政府信息公开申请',
  '      （六）其他 2.申请人逾期未按收费通知要求缴纳费用、',
  '      处理    行政机关不再处理其政府信息公开申请',
  '            3.其他',
  '      （七）总计                              3           3',
  '四、结转下年度继续办理                              1           1',
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议              行政诉讼',
  '结果维 结果纠 其他结 尚未审 总 未经复议直接起诉          复议后起诉',
  '持 正 果 结 计 结果维         结果纠 其他结 尚未审 总 结果维 结果纠 其他结 尚未审 总',
  '                  持 正 果 结 计 持 正 果 结 计',
];
const HEAD = [
  '     测试县人民政府办公室2021年政府信息公开工作年度报告',
  '一、总体情况',
  '  2021年，测试县人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请4件。',
];
const TAIL = ['五、存在的主要问题及改进情况', '  一是主动公开内容还不够丰富。', '六、其他需要报告的事项', '  无其他需要报告的事项。', '                                        测试县人民政府办公室', '                                              2022年1月26日'];
const TEXT = [...HEAD, ...TABLES, ...TAIL].join('\n');

describe('a numbers line between label lines of a mostly-blank -layout table', () => {
  it('reads the label line alone before it as a row of blank cells that printed nothing (labelAlone)', () => {
    const raws = TEXT.split('\n');
    const alone = new Set<number>();
    const cells = alignedRowCells(raws, () => false, new Map(), new Map(), new Set(), alone);
    const notHeld = raws.findIndex((l) => l.includes('1.本机关不掌握'));
    expect(cells.get(notHeld)?.slice(1)).toEqual(['', '', '', '', '', '', '']);
    expect(alone.has(notHeld)).toBe(true);
    // A row printing its numbers beside its label is no label alone.
    expect(alone.has(raws.findIndex((l) => l.includes('1.属于国家秘密')))).toBe(false);
  });

  it('holds the values and the blank sibling below 0.8', async () => {
    const rep = await extract(new TextEncoder().encode(TEXT), { name: 'stray.txt' });
    const f = rep.fields as Record<string, { confidence: number } | undefined>;
    const high = Object.entries(f).filter(([k, v]) => k.startsWith('requests.unavailable.') && (v?.confidence ?? 0) >= 0.8);
    expect(high.map(([k]) => k)).toEqual([]);
  });
});
