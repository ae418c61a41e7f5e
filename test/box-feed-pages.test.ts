/**
 * Table 三 over three PDF pages in a pdfminer (`pdf2txt`) dump of a Chromium print, every cell a text box of its own and a page
 * feed after each page's boxes (tables/box-pages: Line.feedPage). Before, the tree search ran over every page's boxes at once:
 * trees of 25 rows fit across the page breaks, their candidates broke the identities, and nothing of the table was read. Now
 * each page is searched alone, every row whose label it prints on it; where the labels taken as the grid's first column break an
 * identity (（七）总计's box among other rows' labels) the counts alone are searched.
 */
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { REQUEST_LEAF_KEYS, consistentRequestGrid, lcg } from './helpers/table3.js';

/** A 2021 table 三 (25 rows × 7, template row order) whose identities hold, every cell 0–96 (a full print: few equal values). */
function table(seed: number): number[][] {
  const r = lcg(seed);
  const cells = Array.from({ length: 21 }, () => Array.from({ length: 6 }, () => Math.floor(r() * 97)));
  return consistentRequestGrid((i, c) => cells[i]![c]!, [4, 9, 0, 13, 2, 7], [6, 1, 11, 0, 8, 3]);
}
const KEYS = TEMPLATE_2021.requestRows.map((s) => s.key);
const COLUMNS = REQUEST_LEAF_KEYS;
const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
  '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计',
  '四、结转下年度继续办理'];
const GROUPS = ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];

/**
 * The dump of a Chromium A5 landscape print as pdfminer wrote it (each cell a box; `c(r, k)` row r's cell k, `p(r, k)` cells k
 * and k + 1 on one line, `L(r)` row r's label box): page 1 rows 0–7 (row 0 after its label, columns 0–4 as runs, then 其他 and
 * 总计 in row pieces), page 2 rows 8–23 (rows 8–19 of the first two columns as runs, 19's first cell on its label's line, row 20's
 * two cells, （七）总计's label among rows 21–22's, their cells after it, the other columns' runs, 其他 · 总计 row pieces, row 23
 * last), page 3 row 24. Each page's boxes end with a page feed.
 */
function dump(t: number[][]): Buffer {
  const c = (r: number, k: number): string => String(t[r]![k]);
  const p = (r: number, k: number): string => `${t[r]![k]} ${t[r]![k + 1]}`;
  const L = (r: number): string => LABELS[r]!;
  const col = (k: number, from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => c(from + i, k));
  const page1 = ['三、收到和处理政府信息公开申请情况', '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', '申请人情况', '法人或其他组织', '自然人', '商业企业',
    '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', L(0), c(0, 0), c(0, 1), c(0, 2), c(0, 3), c(0, 4), p(0, 5), L(1), '三、本年度办理结果', L(2), L(3),
    GROUPS[0]!, L(4), L(5), L(6), L(7), ...[0, 1, 2, 3, 4].flatMap((k) => col(k, 1, 8)), p(1, 5), p(2, 5), p(3, 5), p(4, 5), c(5, 5), c(6, 5), c(5, 6), c(6, 6), p(7, 5)];
  const page2 = [L(8), L(9), L(10), L(11), L(12), L(13), L(14), L(15), GROUPS[1]!, L(16), GROUPS[2]!, L(17), L(18), ...col(0, 8, 19), `${L(19)} ${c(19, 0)}`,
    ...col(1, 8, 20), L(20), c(20, 0), c(20, 1), GROUPS[3]!, L(21), L(22), L(23), c(21, 0), c(22, 0), c(21, 1), c(22, 1), ...[2, 3, 4].flatMap((k) => col(k, 8, 23)),
    ...col(5, 8, 20), ...col(6, 8, 20), p(20, 5), p(21, 5), p(22, 5), c(23, 0), c(23, 1), c(23, 2), c(23, 3), c(23, 4), p(23, 5)];
  const page3 = [L(24), ...col(0, 24, 25), ...[1, 2, 3, 4, 5, 6].map((k) => c(24, k)), '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正',
    '其他结果', '尚未审结', '总计', '1', '0', '0', '0', '1', '五、存在的主要问题及改进情况', '无。'];
  const boxes = (b: readonly string[]): string => b.map((x) => `${x}\n\n`).join('');
  return Buffer.from(`某某局2022年政府信息公开工作年度报告\n\n${[page1, page2, page3].map(boxes).join('\f')}\f`);
}

describe('table 三 boxes on three pages of a page-fed pdfminer dump', () => {
  it('should read each page on its own, the counts alone where the labels break the identities, every value below 0.9', async () => {
    for (const seed of [1, 5]) {
      const t = table(seed);
      const r = await read(dump(t));
      KEYS.forEach((k, i) => COLUMNS.forEach((col, ci) => {
        const key = `requests.${k}.${col}`;
        expect([seed, key, value(r, key)]).toEqual([seed, key, t[i]![ci]]);
        expect(conf(r, key)).toBeLessThan(0.9);
      }));
    }
  });
});
