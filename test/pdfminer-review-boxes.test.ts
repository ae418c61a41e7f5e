/**
 * Table 四 in a layout analyser's dump (pdfminer `pdf2txt`, text boxes apart by blank lines, a form feed per page):
 * one row per group, its labels piled and its cells column by column (map/review-group-stream), and whole groups in
 * boxes under result headers of their own, the boxes in the dumper's order (map/review-blocks `boxesBetweenGroups`).
 * Every expected value below is read off the inline input by hand.
 */
import { extract } from '../src/index.js';
import { conf, value } from './helpers/report-fields.js';
import { REVIEW_FRAME_HEAD, REVIEW_FRAME_TAIL } from './helpers/table3.js';

const HEAD = REVIEW_FRAME_HEAD;
const TAIL = REVIEW_FRAME_TAIL;
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

  // The header's result words one character a line, each group's 维持 cell a box of its own, counts printed '.0' (gen60 987506,
  // Chromium A4 via `pdf2txt`: 行政复议's boxes last, every total holding as read, three totals wrong at 0.98).
  const words = ['结\n果\n维\n持', '结\n果\n纠\n正', '其\n他\n结\n果', '尚\n未\n审\n结', '总\n计'];
  const lowTotals = (r: Awaited<ReturnType<typeof extract>>): void => {
    for (const k of Object.keys(TRUTH)) {
      const key = `reviewLitigation.${k}`;
      if (value(r, key) !== TRUTH[k]) expect([key, conf(r, key)! < 0.8]).toEqual([key, true]);
      if (k.endsWith('.total')) expect([key, conf(r, key)! < 0.9]).toEqual([key, true]);
    }
  };

  it('keeps groups in boxes below 0.8 when another order of the boxes holds every total: the order is the dumper\'s', async () => {
    // 直接起诉's boxes ('0.0', '2.0 0.0 0.0 2.0'), then 复议后起诉's, then 行政复议's: read in this order every total holds (2, 2, 1).
    const note = '说明：本表数据统计截\n至当年12月31日，单位\n为件。';
    const r = await extract(dump(['行政复议', '行政诉讼', ...words, '未经复议直接起诉', '复议后起诉', note, words[0]!, '0.0', ...words.slice(1), ...words,
      '2.0 0.0 0.0 2.0', '0.0', '0.0 1.0 1.0 2.0', '1.0', '0.0 0.0 0.0 1.0']), { name: 'r.txt' });
    lowTotals(r);
  });

  it('keeps a stream of boxes short of the 15 cells below 0.9: which cells a box stands for is the reading\'s choice', async () => {
    const r = await extract(dump(['行政复议', '行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计', '2', '0 2', '0', '1 1 2', '1', '0 0 0 1']), { name: 'r.txt' });
    lowTotals(r);
  });
});
