/**
 * A one-cell-per-line dump whose blocks are separated by blank lines (pdfminer's text boxes) run
 * through `uniq`: identical lines inside a block printed once, a value on both sides of a blank
 * line kept (`0` `` `0`). Narrow cells wrapped '294' as '29' / '4', so table 二's 规章 row
 * `0 0 294` prints `0` `29` `4`: three tokens for three cells, the wrong reading 0 | 29 | 4.
 * The dump and every expected value are written by hand (scripts/blank-collapse-variants.mjs
 * generates the kind).
 */
import { extract } from '../src/index.js';
import { isCollapsedStream } from '../src/map/stream-moves.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { flattenData } from '../src/report-data.js';

const DUMP = `测试县统计局2023年政府信息公开工作年度报告

一、总体情况

本局全年依法公开政府信息。

二、主动公开政府信息情况

第二十条第（一）项

信息内容
本年制发件数
本年废止件数
现行有效件数

规章
0
29
4

行政规范性文件
3
0
15

第二十条第（五）项

信息内容
本年处理决定数量

行政许可
12
5

第二十条第（六）项

信息内容
本年处理决定数量

行政处罚
7

行政强制
0

第二十条第（八）项

信息内容
本年收费金额（单位：万元）

行政事业性收费
0

三、收到和处理政府信息公开申请情况

申请人情况
自然人
法人或其他组织
总计
商业企业
科研机构
社会公益组织
法律服务机构
其他

一、本年新收政府信息公开申请数量
12
2
0
14

二、上年结转政府信息公开申请数量
0

三、本年度办理结果
（一）予以公开
8
1
0
9

（二）部分公开（区分处理的，只计这一情形，不计其他情形）
0

（三）不予公开
1.属于国家秘密
0

2.其他法律行政法规禁止公开
0

3.危及“三安全一稳定”
0

4.保护第三方合法权益
0

5.属于三类内部事务信息
0

6.属于四类过程性信息
0

7.属于行政执法案卷
0

8.属于行政查询事项
0

（四）无法提供
1.本机关不掌握相关政府信息
3
1
0
4

2.没有现成信息需要另行制作
0

3.补正后申请内容仍不明确
0

（五）不予处理
1.信访举报投诉类申请
0

2.重复申请
0

3.要求提供公开出版物
0

4.无正当理由大量反复申请
0

5.要求行政机关确认或重新出具已获取信息
0

（六）其他处理
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
0

2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
0

3.其他
0

（七）总计
11
2
0
13

四、结转下年度继续办理
1
0
1

四、政府信息公开行政复议、行政诉讼情况

行政复议
行政诉讼
结果维持
结果纠正
其他结果
尚未审结
总计
未经复议直接起诉
复议后起诉

2
0
2

0

0

五、存在的主要问题及改进情况

公开内容的精准度有待提高。

六、其他需要报告的事项

无。
`;

/** The truth, by hand: what was printed before the cells wrapped and the archive collapsed the lines. */
const TRUTH: Record<string, number> = {
  'activeDisclosure.regulations.issued': 0,
  'activeDisclosure.regulations.repealed': 0,
  'activeDisclosure.regulations.inForce': 294,
  'activeDisclosure.normativeDocuments.issued': 3,
  'activeDisclosure.normativeDocuments.repealed': 0,
  'activeDisclosure.normativeDocuments.inForce': 15,
  'activeDisclosure.licensing.decisions': 125,
  'activeDisclosure.punishment.decisions': 7,
  'activeDisclosure.coercion.decisions': 0,
  'activeDisclosure.fees.amount': 0,
};
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const row = (key: string, values: number[]) => COLS.forEach((c, i) => (TRUTH[`requests.${key}.${c}`] = values[i]!));
const zero = [0, 0, 0, 0, 0, 0, 0];
row('newReceived', [12, 2, 0, 0, 0, 0, 14]);
row('carriedOver', zero);
row('granted', [8, 1, 0, 0, 0, 0, 9]);
row('partiallyGranted', zero);
for (const k of ['stateSecret', 'prohibitedByLaw', 'endangersStability', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementFiles', 'adminQuery']) row(`denied.${k}`, zero);
row('unavailable.notHeld', [3, 1, 0, 0, 0, 0, 4]);
row('unavailable.needsCreation', zero);
row('unavailable.unclear', zero);
for (const k of ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation']) row(`notProcessed.${k}`, zero);
for (const k of ['overdueCorrection', 'overdueFee', 'other']) row(`otherHandling.${k}`, zero);
row('totalHandled', [11, 2, 0, 0, 0, 0, 13]);
row('carriedForward', [1, 0, 0, 0, 0, 0, 1]);
const GROUP_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
[[2, 0, 0, 0, 2], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]].forEach((vs, g) => GROUP_COLS.forEach((c, i) => (TRUTH[`reviewLitigation.${['review', 'litigationDirect', 'litigationAfterReview'][g]}.${c}`] = vs[i]!)));

describe('blank-line dump collapsed block by block', () => {
  it('should see the collapse though a value sits on both sides of a blank line', () => {
    const lines = textToLines(DUMP);
    // `0` `` `0` (table 四): adjacent once the blank lines are dropped, so the plain rule does not fire.
    expect(isCollapsedStream(lines.map((l) => ({ cells: l.cells })))).toBe(false);
    expect(isCollapsedStream(lines)).toBe(true);
  });

  it('should not see a collapse in an uncollapsed blank-line dump', () => {
    // Blocks of a row's values with a run of zeros printed in full: not collapsed.
    const rows = ['规章', '0', '0', '294', '', '行政规范性文件', '3', '0', '15', '', '行政许可', '125', '', '行政处罚', '7', ''];
    const doc = [...rows, ...rows.map((l) => (l === '规章' ? '规章（续）' : l)), '自然人', '12', '2', '0', '0', '0', '0', '14', '', '8', '1', '0', '0', '0', '0', '9'].join('\n');
    expect(isCollapsedStream(textToLines(doc))).toBe(false);
    // A blank line after every cell: only a wrapped number's pieces ('29' '4') sit together, which say nothing.
    const cells = ['规章', '0', '0', '29\n4', '行政规范性文件', '3', '0', '15', '行政许可', '12\n5', '行政处罚', '7', '自然人', '12', '2', '0', '0', '0', '0', '14', '8', '1', '0', '0', '0', '0', '9', '56\n7', '89\n1', '34\n5', '67\n8', '90\n1', '23\n4', '45\n6', '78\n9'];
    expect(isCollapsedStream(textToLines(cells.join('\n\n')))).toBe(false);
  });

  it('should not see a collapse in a dump printing no zero (zeros left blank, their cells dropped)', () => {
    // A lynx dump of a page with blank zeros: one cell a line, no two lines alike, and no '0' anywhere.
    const noZeros = ['规章', '5', '3', '行政许可', '2379', '-4', '4683', '行政事业性收费', '16', '自然人', '104', '25', '7', '3', '12', '10', '1', '22', '4'].join('\n');
    expect(isCollapsedStream(textToLines(noZeros))).toBe(false);
    // The same lines with a zero printed: all lines differ, read as collapsed (zeros would repeat otherwise).
    expect(isCollapsedStream(textToLines(noZeros.replace('\n16\n', '\n16\n0\n')))).toBe(true);
  });

  it('should never read a value wrong at ≥ 0.9 (规章 printed 0 29 4 is not 0 | 29 | 4)', async () => {
    const rep = await extract(new TextEncoder().encode(DUMP), { name: 'blank-collapse.txt' });
    const flat = Object.fromEntries(flattenData(rep.data)) as Record<string, number | null>;
    const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
    const wrong: string[] = [];
    let right = 0;
    for (const [key, want] of Object.entries(TRUTH)) {
      const got = flat[key];
      const conf = fields[key]?.confidence ?? 0;
      if (got === want && conf >= 0.9) right++;
      if (got !== null && got !== undefined && got !== want && conf >= 0.9) wrong.push(`${key}: ${got} at ${conf}`);
    }
    expect(wrong).toEqual([]);
    // 规章's last cell: 294 or not at ≥ 0.9; never 4 confidently.
    const inForce = fields['activeDisclosure.regulations.inForce']!;
    expect(flat['activeDisclosure.regulations.inForce'] === 294 || inForce.confidence < 0.9).toBe(true);
    // Table 三's rows hold their totals and the column identities: most of it is read confidently.
    expect(right).toBeGreaterThan(150);
    expect(flat['requests.newReceived.total']).toBe(14);
    expect(flat['requests.totalHandled.naturalPerson']).toBe(11);
    expect(flat['requests.unavailable.notHeld.commercial']).toBe(1);
  });
});
