/**
 * Table 四 in a layout analyser's dump (pdfminer `pdf2txt`, text boxes apart by blank lines, a form feed per page):
 * one row per group, its labels piled and its cells column by column (map/review-group-stream), and whole groups in
 * boxes under result headers of their own, the boxes in the dumper's order (map/review-blocks `boxesBetweenGroups`).
 * Every expected value below is read off the inline input by hand.
 */
import { extract } from '../src/index.js';
import { conf, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

const HEAD = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
  '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  ...ROWS.map(([label, v]) => [label, ...v.split(' ')].join('\t')), '四、政府信息公开行政复议、行政诉讼情况'];
const TAIL = ['五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
/** Boxes apart by blank lines, the page ended by a form feed. */
const dump = (review: string[]): Uint8Array => new TextEncoder().encode([...HEAD, '', ...review.join('\n\n').split('\n'), '', ...TAIL, '\f'].join('\n'));

/** Truth: 行政复议 1 0 0 0 1; 直接起诉 0 2 0 0 2; 复议后起诉 0 0 1 1 2. */
const TRUTH: Record<string, number> = {
  'review.upheld': 1, 'review.corrected': 0, 'review.other': 0, 'review.pending': 0, 'review.total': 1,
  'litigationDirect.upheld': 0, 'litigationDirect.corrected': 2, 'litigationDirect.other': 0, 'litigationDirect.pending': 0, 'litigationDirect.total': 2,
  'litigationAfterReview.upheld': 0, 'litigationAfterReview.corrected': 0, 'litigationAfterReview.other': 1, 'litigationAfterReview.pending': 1, 'litigationAfterReview.total': 2,
};

describe('pdfminer boxes of table 四', () => {
  it('reads group rows dumped label pile first, cells column by column, by the groups\' totals', async () => {
    // Column by column: 维持 1 0 0, 纠正 0 2 0, 其他 0 0 1, 尚未 0 0 1, 总计 1 2 2 (row by row 1+0+0+0 ≠ 2).
    const r = await extract(dump(['结果维持 结果纠正 其他结果 尚未审结 总计', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）',
      ...'1 0 0 0 2 0 0 0 1 0 0 1 1 2 2'.split(' ')]), { name: 'r.txt' });
    for (const [k, v] of Object.entries(TRUTH)) expect([k, value(r, `reviewLitigation.${k}`)]).toEqual([k, v]);
  });

  it('reads group rows dumped values first, their labels after, column by column', async () => {
    const r = await extract(dump(['结果维持 结果纠正 其他结果 尚未审结 总计', ...'1 0 0 0 2 0 0 0 1 0 0 1 1 2 2'.split(' '),
      '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']), { name: 'r.txt' });
    for (const [k, v] of Object.entries(TRUTH)) expect([k, value(r, `reviewLitigation.${k}`)]).toEqual([k, v]);
  });

  it('keeps whole groups in boxes under their own result headers below 0.8: the boxes\' order is the dumper\'s', async () => {
    // The litigation groups' box (0 2 0 0 2 | 0 0 1 1 2) before 行政复议's (1 0 0 0 1): every total holds in either order.
    const head = '结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n审结\n总\n计';
    const r = await extract(dump(['行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉', head, head, '0 2 0 0 2 0 0 1 1 2', head, '1 0 0 0 1']), { name: 'r.txt' });
    for (const k of Object.keys(TRUTH)) {
      const key = `reviewLitigation.${k}`;
      if (value(r, key) !== TRUTH[k]) expect([key, conf(r, key)]).toEqual([key, expect.any(Number)]);
      if (value(r, key) !== TRUTH[k]) expect(conf(r, key)).toBeLessThan(0.8);
    }
  });
});
