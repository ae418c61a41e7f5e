/**
 * A small office's report printed borderless with its zeros blank (`pdftohtml -xml` of the print): table 四 all 0
 * leaves no glyph of its row, only its header (scripts/blank-band-variants.mjs make DIR --sparse --review-blank; fresh49
 * k1 Chromium / LibreOffice / pandoc prints). Before: table 四's 15 fields missing (`table_unread`). Now: 15 × 0, flag
 * `blank`, below 0.8 (map/review-stream headerOnlyGroup, score UNPRINTED_ROW_CAP) — and only in such a print.
 */
import { extract, flattenData } from '../src/index.js';
import type { Report } from '../src/index.js';
import { gridRuns, HAN_FONT, pdf2xml as pdf2xmlOf } from './helpers/pdf2xml.js';

const LEFTS = [54, 700, 760, 820, 880, 940, 1000, 1060];
const xml = (rows: string[][]): string => pdf2xmlOf([{ width: 1200, height: 2400, fonts: [HAN_FONT(0)], runs: gridRuns(rows, { lefts: LEFTS, rowGap: 30, fonts: { word: 0, number: 0 } }) }]);

const row = (label: string, cells: Record<number, string> = {}): string[] => [label, ...[0, 1, 2, 3, 4, 5, 6].map((i) => cells[i] ?? '')];
const HEAD = [
  ['测试县第七所2024年政府信息公开工作年度报告'],
  ['一、总体情况'],
  ['本所依法公开政府信息。'],
  ['二、主动公开政府信息情况'],
  ['第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '', '', ''],
  ['行政规范性文件', '2', '', '5'],
  ['第二十条第（五）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '12'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '3'],
  ['行政强制', ''],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', ''],
  ['三、收到和处理政府信息公开申请情况'],
  ['申请人情况'],
  ['', '', '法人或其他组织'],
  ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
];
const REQUESTS = [
  row('一、本年新收政府信息公开申请数量', { 0: '3', 6: '3' }),
  row('二、上年结转政府信息公开申请数量'),
  row('三、本年度办理结果（一）予以公开', { 0: '1', 6: '1' }),
  row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => row(`（三）不予公开${l}`)),
  row('（四）无法提供1.本机关不掌握相关政府信息', { 0: '1', 6: '1' }),
  row('（四）无法提供2.没有现成信息需要另行制作'),
  row('（四）无法提供3.补正后申请内容仍不明确'),
  ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => row(`（五）不予处理${l}`)),
  row('（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  row('（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  row('（六）其他处理3.其他', { 0: '1', 6: '1' }),
  row('（七）总计', { 0: '3', 6: '3' }),
  row('四、结转下年度继续办理'),
];
const REVIEW_HEADER = [
  ['四、政府信息公开行政复议、行政诉讼情况'],
  ['行政复议', '行政诉讼'],
  ['', '未经复议直接起诉', '复议后起诉'],
  ['结果维持 结果纠正 其他结果 尚未审结 总计', '结果维持 结果纠正 其他结果 尚未审结 总计', '结果维持 结果纠正 其他结果 尚未审结 总计'],
];
const TAIL = [['五、存在的主要问题及改进情况'], ['一是培训不足。'], ['六、其他需要报告的事项'], ['无。']];

const read = async (rows: string[][]): Promise<Report> => extract(new TextEncoder().encode(xml(rows)), { name: 'r.xml' });
const reviewOf = (rep: Report): [unknown, number][] => {
  const data = flattenData(rep.data);
  return [...data.keys()].filter((k) => k.startsWith('reviewLitigation.')).map((k) => [data.get(k), (rep.fields as Record<string, { confidence: number }>)[k]!.confidence]);
};

describe('table 四 printed as its header alone in a zeros-blank positioned print', () => {
  it('should read its row as 15 cells printed empty, each 0 below 0.8', async () => {
    const rep = await read([...HEAD, ...REQUESTS, ...REVIEW_HEADER, ...TAIL]);
    const review = reviewOf(rep);
    expect(review).toHaveLength(15);
    for (const [v, c] of review) {
      expect(v).toBe(0);
      expect(c).toBeLessThan(0.8);
      expect(c).toBeGreaterThan(0);
    }
  });

  // blank56: where table 三 prints every cell (zeros printed '0'), table 四 of its header alone is read from its header alone
  // (map/blank-table labelsAloneBlank: no number anywhere that could be its cells) at ≤ 0.7 — the decision changed on purpose;
  // before, missing.
  it('should read it from its header alone at 0.7 or below where table 三 prints every cell (zeros not printed blank)', async () => {
    const full = REQUESTS.map((r) => [r[0]!, ...r.slice(1).map((c) => (c === '' ? '0' : c))]);
    const review = reviewOf(await read([...HEAD, ...full, ...REVIEW_HEADER, ...TAIL]));
    expect(review).toHaveLength(15);
    for (const [v, c] of review) {
      expect(v).toBe(0);
      expect(c).toBeLessThanOrEqual(0.7);
    }
  });

  it('should leave it missing where a number-only line follows the table (its cells printed after it)', async () => {
    const review = reviewOf(await read([...HEAD, ...REQUESTS, ...REVIEW_HEADER, ['五、存在的主要问题及改进情况'], ['1', '1'], ...TAIL.slice(1)]));
    expect(review.every(([v]) => v !== 0)).toBe(true);
  });
});
