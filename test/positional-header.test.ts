/**
 * Header bands of space-aligned text dumps read by position (map/header-order `positionalBand`,
 * map/header-disorder `headerSequence`), the group word of table 三 left out of a stream reading,
 * and pdftotext pages aligned each on their own (layout/aligned-columns). The dumps are invented
 * in the shape `pdftotext -layout` / plain `pdftotext` give for a reportlab print
 * (scripts/reportlab-dumps.mjs): a header wrapped over several lines whose pieces stand at their
 * columns, not in reading order.
 */
import type { Line } from '../src/model/document.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { requestOrderConfirmed, requestBandOrder } from '../src/map/header-order.js';
import { reviewGroupOrder } from '../src/map/header-disorder.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from '../src/map/header-words.js';

const confirmed = (text: string): boolean => requestOrderConfirmed(textToLines(text), REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
const orders = (text: string): string[][] => requestBandOrder(textToLines(text), REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES).map((r) => r.order);

const ROW = '   一、本年新收政府信息公开申请数量             785     28      465         443   221    301    2243';
/** pdftotext -layout of a ruled table 三: 社会公益/法律服务 wrapped, their upper pieces a line above 商业企业 科研机构. */
const LAYOUT = [
  '                                                       申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和                                 法人或其他组织',
  '    ，等于第三项加第四项之和）               自然人                                             总计',
  '                                                       社会公益 法律服务',
  '                                       商业企业 科研机构                         其他',
  '                                                        组织   机构',
  ROW,
].join('\n');

describe('table 三 header band read by position', () => {
  it('should keep where each cell of a space-aligned line starts', () => {
    const [line] = textToLines('  商业企业 科研机构      其他');
    expect(line!.cells).toEqual(['商业企业 科研机构', '其他']);
    expect(line!.starts).toEqual([2, 17]);
    expect(textToLines('a\tb')[0]!.starts).toBeUndefined();
  });

  it('should confirm the template order when the pieces, ordered by column, name it', () => {
    expect(confirmed(LAYOUT)).toBe(true);
  });

  it('should not confirm it when the columns stand in another order', () => {
    // 法律服务机构 printed left of 社会公益组织: the positional reading names the swap.
    const swapped = LAYOUT.replace('社会公益 法律服务', '法律服务 社会公益').replace('组织   机构', '机构   组织');
    expect(confirmed(swapped)).toBe(false);
    expect(orders(swapped)).toContainEqual(['naturalPerson', 'commercial', 'research', 'legalService', 'socialOrg', 'otherOrg', 'total']);
  });

  it('should not read by position lines whose columns are unknown (tab-separated)', () => {
    const tabbed = LAYOUT.split('\n').map((l) => l.trim().split(/ {2,}/).join('\t')).join('\n');
    expect(confirmed(tabbed)).toBe(false);
  });

  it('should not follow a plain stream that reads the group word before 自然人, nor confirm the template order by it', () => {
    // Plain pdftotext prints the group cell above 自然人, which spans both header rows: where 自然人
    // stands against the group is not in the stream. Read with the group word left out, the template
    // order is the one reading; the group word alone on its line places nothing (map/header-order
    // groupPlaceUnread), so no reading rests on its place: the order is unread, nothing moved.
    const plain = ['申请人情况', '法人或其他组织', '自然人', '商业企业 科研机构', '社会公益 法律服务', '组织', '机构', '其他', '总计', '一、本年新收政府信息公开申请数量', '785', '28'].join('\n');
    expect(confirmed(plain)).toBe(false);
    const read = requestBandOrder(textToLines(plain), REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
    expect(read.filter((r) => !r.confirms).map((r) => r.order)).toEqual([['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']]);
    expect(read.some((r) => r.order[0] === 'commercial')).toBe(false);
  });
});

describe('table 四 group words placed by column', () => {
  const band = (indent: string): string =>
    [`${indent}行政诉讼`, '行政复议', `${indent}未经复议直接起诉          复议后起诉`, '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计', ' 0  0  1  0  1  2  0  0  0  2  0  0  0  0  0'].join('\n');

  it('should place 行政复议, printed below the 行政诉讼 span and left of it, first', () => {
    expect(reviewGroupOrder(textToLines(band('                           ')))).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
  });

  it('should read no order from 行政诉讼 before 行政复议 when the lines carry no columns (every line at the margin)', () => {
    // A dump in reading order prints the 行政诉讼 span (the top row) before 行政复议, which spans both rows
    // and is printed centred below it, wherever the columns stand (plain pdftotext of a reportlab print
    // of the template: '行政诉讼' / '行政复议' / '未经复议直接起诉' …): not read, not followed.
    expect(reviewGroupOrder(textToLines(band('')))).toBeNull();
  });

  it('should read the groups in stream order when every cell is a line of its own, each centred in one column (lynx of cells holding paragraphs)', () => {
    // lynx prints such a table as one column, every word indented by its own centring: 行政复议 (4
    // characters) stands right of 未经复议直接起诉 (8) though it is printed first. Its indent is no column.
    const centred = (w: string): string => ' '.repeat(100 - w.length) + w;
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const stream = ['行政复议', '行政诉讼', ...heads, '未经复议直接起诉', '复议后起诉', ...heads, ...heads, '7', '0', '7', '0', '14'];
    expect(reviewGroupOrder(textToLines(stream.map(centred).join('\n')))).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
    // 行政诉讼 first in such a stream is the header's top row printed first: no order read.
    const litigationFirst = ['行政诉讼', '行政复议', ...stream.slice(2)];
    expect(reviewGroupOrder(textToLines(litigationFirst.map(centred).join('\n')))).toBeNull();
  });
});

describe('space-aligned rows across a pdftotext page break', () => {
  /** A row: label padded to 16 characters (+ the page's shift), each number right-aligned in 7. */
  const row = (label: string, nums: string[], shift: number): string => label.padEnd(16 + shift) + nums.map((n) => n.padStart(7)).join('');
  const page = (shift: number, first: boolean): string[] => [
    `${first ? '' : '\f'}${row('1.属于国家秘密', ['2', '3', '4', '9'], shift)}`,
    row('2.其他法律行政法规禁止公开', ['1', '1', '1', '3'], shift),
    row('3.危及“三安全一稳定”', ['', '5', '', '5'], shift),
  ];

  it('should align each page on its own rows (pages laid out at other columns)', () => {
    const raws = [...page(0, true), ...page(4, false)];
    const out = alignedRowCells(raws, () => false);
    // Read as one table, the second page's full rows disagree with the first's: no anchors for the table,
    // each page's stretch of rows (exact places, as Ghostscript txtwrite prints them) places its own row alike.
    const joined = alignedRowCells(raws.map((r) => r.replace('\f', '')), () => false);
    expect([...joined.keys()]).toEqual([2, 5]);
    expect(joined.get(5)).toEqual(['3.危及“三安全一稳定”', '', '5', '', '5']);
    expect(out.get(2)).toEqual(['3.危及“三安全一稳定”', '', '5', '', '5']);
    expect(out.get(5)).toEqual(['3.危及“三安全一稳定”', '', '5', '', '5']);
  });
});

describe('table 三 header of a table grid read column by column', () => {
  const grid = (cells: string[], cols: number[], page: number, table: number, row: number): Line => ({ cells, cols, separated: true, source: { page, table, row, strategy: 'ruled' } });
  /** A CSS grid cut by a page break (Chromium): '商业企业' held on the row below '科研机构 … 其他', in the column left of them. */
  const CUT = [
    grid(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'], [0, 1], 1, 1, 0),
    grid(['自然人', '法人或其他组织', '总计'], [1, 2, 3], 1, 1, 1),
    grid(['', '', '', '科研机构', '社会公益组织', '法律服务机构', '其他', ''], [0, 3, 4, 5, 6, 7, 8, 9], 2, 2, 0),
    grid(['', '', '商业企业', '4168'], [0, 3, 4, 9], 2, 2, 1),
    grid(['一、本年新收政府信息公开申请数量', '3193', '589', '107', '0', '213', '66'], [0, 3, 4, 5, 6, 7, 8], 2, 2, 2),
  ];

  it('should read a sub-column on a lower grid row where its column stands, not after the row above', () => {
    const read = requestBandOrder(CUT, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every((r) => r.order.join() === REQUEST_LEAVES.join())).toBe(true);
    expect(requestOrderConfirmed(CUT, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES)).toBe(true);
  });

  it('should still read another order when the grid prints the sub-columns in it', () => {
    const swapped = CUT.map((l, i) => (i === 2 ? { ...l, cells: ['', '', '', '社会公益组织', '科研机构', '法律服务机构', '其他', ''] } : l));
    const read = requestBandOrder(swapped, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES);
    expect(read.some((r) => r.order.join() === REQUEST_LEAVES.join())).toBe(false);
  });
});
