/**
 * layout52: label lines of a mostly-blank `pdftotext -layout` table 三 (fresh51 b08, A5 Chromium, 0 printed as an empty cell)
 * that a row label wrapped ('1.本机关不掌握相关政府' / '信息') or a group cell's wrapped text interleaves ('（三）不   4.保护第三方合法权益'
 * / '      予公开'): header-bands read a label line followed by another row's as a row of blank cells, but the next line was
 * the label's own tail or the group's — no row read, the row missing. The tail (a line starting where the row label starts)
 * is joined into the waiting label (its line then read as joined: []), a group piece (wholly left of the row label) passed
 * over. Band-placed rows stay in doubt (≤ 0.7) and label-alone rows pin no place (labelAlone).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';

const TABLE = [
  "     三、收到和处理政府信息公开申请情况",
  "                        申请人情况",
  "                            法人或其他组织",
  "（本列数据的勾稽关系为：第一项加第二项之",
  "和，等于第三项加第四项之和）          自",
  "                            商     科                     总",
  "                        然             社会   法律",
  "                            业     研                 其   计",
  "                        人             公益   服务",
  "                            企     机                 他",
  "                                      组织   机构",
  "                            业     构",
  "一、本年新收政府信息公开申请数量        6                               6",
  "二、上年结转政府信息公开申请数量        1                               1",
  "三、本    （一）予以公开",
  "年度办",
  "\f理结果",
  "      （二）部分公开（区分处理的，只",
  "      计这一情形，不计其他情形）",
  "             1.属于国家秘密",
  "             2.其他法律行政法规禁止",
  "             公开",
  "             3.危及“三安全一稳定”",
  "      （三）不   4.保护第三方合法权益",
  "      予公开",
  "             5.属于三类内部事务信息",
  "             6.属于四类过程性信息",
  "             7.属于行政执法案卷",
  "             8.属于行政查询事项",
  "             1.本机关不掌握相关政府",
  "             信息",
  "      （四）无   2.没有现成信息需要另行",
  "                            1   1",
  "      法提供    制作",
  "             3.补正后申请内容仍不明",
  "             确",
  "             1.信访举报投诉类申请",
  "             2.重复申请",
  "             3.要求提供公开出版物",
  "      （五）不",
  "      予处理",
  "             4.无正当理由大量反复申",
  "             请",
  "             5.要求行政机关确认或重",
  "             新出具已获取信息",
  "\f                1.申请人无正当理由逾期",
  "                不补正、行政机关不再",
  "                处理其政府信息公开申",
  "                请",
  "        （六）其",
  "                2.申请人逾期未按收费通",
  "        他处理",
  "                知要求缴纳费用、行政",
  "                机关不再处理其政府信",
  "                息公开申请",
  "                3.其他               6                       6",
  "        （七）总计                      7                       7",
  "四、结转下年度继续办理",
];

const blank = (label: string): string[] => [label, '', '', '', '', '', '', ''];

describe('wrapped label lines of a mostly-blank -layout table 三 under header bands', () => {
  it('reads a label wrapped over two lines, then another row, as one row of blank cells', () => {
    const alone = new Set<number>();
    const cells = alignedRowCells(TABLE, () => false, new Map(), new Map(), new Set(), alone);
    const at = (text: string): number => TABLE.findIndex((l) => l.includes(text));
    expect(cells.get(at('1.本机关不掌握相关政府'))).toEqual(blank('1.本机关不掌握相关政府信息'));
    expect(cells.get(at('1.本机关不掌握相关政府') + 1)).toEqual([]);
    expect(alone.has(at('1.本机关不掌握相关政府'))).toBe(true);
    expect(cells.get(at('4.无正当理由大量反复申'))).toEqual(blank('4.无正当理由大量反复申请'));
    // A group cell's text between a row label and the next row's: passed over.
    expect(cells.get(at('4.保护第三方合法权益'))?.slice(1)).toEqual(blank('').slice(1));
    // Rows printing numbers keep them.
    expect(cells.get(at('一、本年新收'))).toEqual(['一、本年新收政府信息公开申请数量', '6', '', '', '', '', '', '6']);
  });
});
