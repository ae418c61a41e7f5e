/**
 * Table 四 printed wider than the page, its first and last columns cut off by the page's edges
 * (map/review-cut): LibreOffice's print of a wide layout table (breakit44 lo-docx b44-29, its text as
 * the PDF reader gives it). The header's leaf line names 12 of the 15 columns, from 行政复议's 结果纠正
 * to 复议后起诉's 其他结果, over 12 numbers. Expected values read off the input.
 */
import { cutReviewColumns } from '../src/map/review-cut.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { codes, conf, read, value } from './helpers/report-fields.js';
import { reviewKey, table4Report } from './helpers/table4-report.js';

const LEAVES = '结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果';
const GROUP_LINE = '行政复议\t未经复议直接起诉\t行政诉讼\t复议后起诉';
const PRINTED = [0, 0, 5, 10, 3, 5, 0, 0, 8, 0, 0, 0];
const num = (v: number): ValueToken => ({ kind: 'num', value: v, raw: String(v), fusable: false });

describe('table 四 cut at both page edges', () => {
  it('should read each value in the column its header word names, below 0.9', async () => {
    const r = await read(table4Report([GROUP_LINE, '尚', LEAVES, PRINTED.join('\t')]));
    PRINTED.forEach((v, i) => {
      expect(value(r, reviewKey(i + 1))).toBe(v);
      expect(conf(r, reviewKey(i + 1))).toBeLessThan(0.9);
    });
    // 行政复议's 结果维持 cut off: its group total gives it (10 − 0 − 0 − 5), derived.
    expect(value(r, reviewKey(0))).toBe(5);
    expect(r.fields[reviewKey(0)]!.flags).toContain('derived');
    expect(conf(r, reviewKey(0))).toBeLessThan(0.9);
    // 复议后起诉's 尚未审结 and 总计 cut off: nothing gives them.
    expect(value(r, reviewKey(13))).toBeNull();
    expect(value(r, reviewKey(14))).toBeNull();
    expect(codes(r)).toContain('column_clipped');
    expect(codes(r)).not.toContain('columns_reordered');
  });

  it('should place the values only where the header words fit the template at one place, as many as the numbers', () => {
    const lines = [GROUP_LINE, '尚', LEAVES.replace(/\t/g, ' '), PRINTED.join(' ')];
    expect(cutReviewColumns(lines, PRINTED.map(num))).toEqual([...Array(12).keys()].map((i) => i + 1));
    // One number fewer than the words: not read so.
    expect(cutReviewColumns(lines, PRINTED.slice(1).map(num))).toBeNull();
    // Eight words from a 结果维持 fit at two places (from the first or the second group): which, the words do not say.
    expect(cutReviewColumns(['结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果', '1 2 3 4 10 1 2 3'], [1, 2, 3, 4, 10, 1, 2, 3].map(num))).toBeNull();
    // Words out of the template's order fit nowhere.
    expect(cutReviewColumns([LEAVES.replace('其他结果', '总计').replace(/\t/g, ' '), PRINTED.join(' ')], PRINTED.map(num))).toBeNull();
  });

  it('should read two whole groups whose header lies over two lines, placed by the group words printed', async () => {
    // LibreOffice's .doc print / Chromium A5 of a wide table 四: 复议后起诉 past the edge; 行政复议's five words on the
    // line of the litigation sub-group word, 未经复议直接起诉's five on the next; the cut group's empty cells after the numbers.
    const head = ['行政复议 行政诉', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 结'];
    const row = [6, 0, 0, 4, 10, 0, 3, 0, 0, 3];
    const r = await read(table4Report([...head, row.join('\t')]));
    row.forEach((v, i) => {
      expect(value(r, reviewKey(i))).toBe(v);
      expect(conf(r, reviewKey(i))).toBeLessThan(0.9);
    });
    for (let i = 10; i < 15; i++) expect(value(r, reviewKey(i))).toBeNull();
    expect(codes(r)).toContain('column_clipped');
    const blank: ValueToken = { kind: 'blank' };
    expect(cutReviewColumns([...head, row.join(' ')], [...row.map(num), blank])).toEqual([...Array(10).keys()]);
    // The 复议后起诉 word printed instead of 行政复议: the second and third groups.
    expect(cutReviewColumns([head[0]!.replace('行政复议', ''), head[1]!.replace('未经复议直接起诉', '未经复议直接起诉 复议后起诉'), head[2]!, row.join(' ')], row.map(num))).toEqual([...Array(10).keys()].map((i) => i + 5));
    // Three group words (nothing cut): not read so; nor a number fewer than the words.
    expect(cutReviewColumns([head[0]!, `${head[1]!} 复议后起诉`, head[2]!, row.join(' ')], row.map(num))).toBeNull();
    expect(cutReviewColumns([...head, row.join(' ')], row.slice(1).map(num))).toBeNull();
  });
});

describe('table 四 cut through a column, its zeros printed blank (LibreOffice gs /ebook, gen61 gs-ebook-lo r03)', () => {
  const blank = (col: number): ValueToken => ({ kind: 'blank', col });
  const at = (v: number, col: number): ValueToken => ({ ...num(v), col });
  const head = ['行政复议 行政诉讼（未经复议直接起诉）', '结果维持 结果纠正 其他结果 尚未审结 合计 结果维持 结果纠正 其他结果 尚未审结 合计 结果维持 结果'];
  // ∅ ∅ 2 2 4 5 ∅ ∅ ∅ 5 1 1: the twelfth column's word cut ('结果' of 结果纠正), its number shown.
  const row = [blank(0), blank(1), at(2, 2), at(2, 3), at(4, 4), at(5, 5), blank(6), blank(7), blank(8), at(5, 9), at(1, 10), at(1, 11)];
  it('should read 合计 as 总计, the empty grid cells as cells, and the column whose word the edge cut', () => {
    expect(cutReviewColumns([...head, '2 2 4 5 5 1 1'], row)).toEqual([...Array(12).keys()]);
    // Its cell empty (dropped as past the edge): the eleven whole words' columns.
    expect(cutReviewColumns([...head, '2 2 4 5 5 1'], [...row.slice(0, 11), blank(11)])).toEqual([...Array(11).keys()]);
    // An empty cell that is no grid cell (a text dump's gap): not read so.
    expect(cutReviewColumns([...head, '2 2 4 5 5 1 1'], [{ kind: 'blank' }, ...row.slice(1)])).toBeNull();
  });
});

describe('table 四 cut in its third group, its leaf words over two lines (LibreOffice B5, gen62 lo-b5 r08)', () => {
  const head = ['行政复议 行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起', '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果'];
  const row = [0, 4, 0, 0, 4, 2, 0, 1, 5, 8, 3, 0, 3];
  it('should read the thirteen numbers in the thirteen columns the words name in order', () => {
    expect(cutReviewColumns([...head, row.join(' ')], row.map(num))).toEqual([...Array(13).keys()]);
    // A number fewer than the words, or the header not naming 行政复议: not read so.
    expect(cutReviewColumns([...head, row.join(' ')], row.slice(1).map(num))).toBeNull();
    expect(cutReviewColumns([head[0]!.replace('行政复议', ''), ...head.slice(1), row.join(' ')], row.map(num))).toBeNull();
    // The last cell unread (a glyph not decoded, gen62 lo-b5 r20): the twelve numbers in the first twelve columns.
    const unread: ValueToken = { kind: 'blank', unread: true, col: 12 };
    expect(cutReviewColumns([...head, row.slice(0, 12).join(' ')], [...row.slice(0, 12).map(num), unread])).toEqual([...Array(12).keys()]);
  });
});
