/**
 * Table rows cut by a page break (`pdf/row-break.ts`): LibreOffice from a Word-style .docx prints
 * table 二's 行政规范性文件 现行有效 219 as '2' / '1' at the foot of page 1 and '9' at the top of page
 * 2, under the same column rulings; read page by page it was 21 at 0.95.
 */
import type { PageLine } from '../src/pdf/page-layout.js';
import { brokenRowsWarning, joinBrokenRows } from '../src/pdf/row-break.js';

const ruled = (cells: string[], xs: number[], page: number, row: number, top: number): PageLine => ({
  cells, boxes: cells.map((_, i) => ({ x1: xs[i]!, x2: xs[i + 1]! })), cols: cells.map((_, i) => i), top, bottom: top + 20, free: false, source: { page, table: page - 1, row, strategy: 'ruled' },
});
const free = (text: string, page: number, top: number): PageLine => ({ cells: [text], top, bottom: top + 10, free: true, source: { page } });
const XS = [56, 186, 237, 288, 351];

/** Page 1 ends in table 二's first small table, its last row cut. */
const page1 = (last = ['行政规范性文', '1', '1', '21']): PageLine[] => [
  free('二、主动公开政府信息情况', 1, 350),
  ruled(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], XS, 1, 1, 415),
  ruled(['规章', '/', '/', '/'], XS, 1, 2, 692),
  ruled(last, XS, 1, 3, 731),
  free('- 1 -', 1, 810),
];
const page2 = (first: string[], xs = XS): PageLine[] => [
  ruled(first, xs, 2, 0, 31),
  ruled(['第二十条第（五）项'], [56, 351], 2, 1, 71),
  ruled(['行政许可', '18232'], [56, 186, 351], 2, 2, 316),
];

describe('joinBrokenRows', () => {
  it("joins a number's digits on the next page to its cell, flagged joined, and drops the piece", () => {
    const pages = [page1(), page2(['', '', '', '9'])];
    const found = joinBrokenRows(pages);
    expect(pages[0]![3]!.cells).toEqual(['行政规范性文', '1', '1', '219']);
    expect(pages[0]![3]!.joined).toEqual([3]);
    expect(pages[1]!.map((l) => l.cells[0])).toEqual(['第二十条第（五）项', '行政许可']);
    expect(found).toEqual([{ page: 1, label: '行政规范性文', joined: true }]);
    expect(brokenRowsWarning(found)[0]!.code).toBe('pdf_row_broken');
  });

  it("joins a label's wrapped tail with the digits beside it ('件' / '9')", () => {
    const pages = [page1(), page2(['件', '', '', '9'])];
    joinBrokenRows(pages);
    expect(pages[0]![3]!.cells).toEqual(['行政规范性文件', '1', '1', '219']);
  });

  it('leaves a row of its own at the top of the page (its label starts a template row), and header rows', () => {
    const own = [page1(['规章', '1', '1', '21']), page2(['行政规范性文件', '3', '0', '9'])];
    expect(joinBrokenRows(own)).toEqual([]);
    expect(own[1]![0]!.cells[0]).toBe('行政规范性文件');
    expect(own[0]![3]!.cells[3]).toBe('21');
    // A row whose label did not decode (a Ghostscript re-print's miscoded glyphs): what it starts is not known, so it is its own.
    const garbled = [page1(['规章', '1', '1', '21']), page2(['��规范�文件', '3', '0', '9'])];
    expect(joinBrokenRows(garbled)).toEqual([]);
    // Table 四's values under a header ending page 1: the header is no row to continue.
    const header = [page1(['结果维持', '结果纠正', '其他结果', '尚未审结']), page2(['', '3', '0', '9'])];
    expect(joinBrokenRows(header)).toEqual([]);
  });

  it('does not trust a row whose numbers on the next page do not line up under its cells', () => {
    const pages = [page1(), page2(['', '', '9'], [56, 186, 300, 351])];
    const found = joinBrokenRows(pages);
    expect(found).toEqual([{ page: 1, label: '行政规范性文', joined: false }]);
    expect(pages[0]![3]!.doubt).toBe(true);
    expect(pages[0]![3]!.cells[3]).toBe('21');
  });

  it('leaves pages where text stands above the next page\'s first row', () => {
    const pages = [page1(), [free('（续表）', 2, 10), ...page2(['', '', '', '9'])]];
    expect(joinBrokenRows(pages)).toEqual([]);
    expect(pages[0]![3]!.cells[3]).toBe('21');
  });

  it('reads full-width digits as number pieces: joined, or the rows not trusted', () => {
    // A table printing full-width digits ('２１' / '９' for 219): before, its row had no number after its
    // label, so the cut number was read whole from its first part.
    const pages = [page1(['行政规范性文', '１', '１', '２１']), page2(['', '', '', '９'])];
    expect(joinBrokenRows(pages)).toEqual([{ page: 1, label: '行政规范性文', joined: true }]);
    expect(pages[0]![3]!.cells).toEqual(['行政规范性文', '１', '１', '２１９']);
    expect(pages[0]![3]!.joined).toEqual([3]);
    const misfit = [page1(['行政规范性文', '１', '１', '２１']), page2(['', '', '９'], [56, 186, 300, 351])];
    expect(joinBrokenRows(misfit)).toEqual([{ page: 1, label: '行政规范性文', joined: false }]);
    expect(misfit[0]![3]!.doubt).toBe(true);
  });

  it('leaves a row of its own worded unlike the template: its item number, or numbers that would join with a leading zero', () => {
    // A Chromium print of table 三 broken between rows 5 and 6 of （三）, worded '属于内部事务信息' / '属于过程性信息'
    // (the template: '属于三类…' / '属于四类…'): read as one row, '00 0693 …', and （六） taken for one row.
    const numbered = [page1(['5.属于内部事务信息', '0', '0', '8']), page2(['6.属于过程性信息', '0', '693', '701'])];
    expect(joinBrokenRows(numbered)).toEqual([]);
    expect(numbered[0]![3]!.cells).toEqual(['5.属于内部事务信息', '0', '0', '8']);
    // Its item number lost (a scan's page pass), its words misread: the zeros still tell.
    const read = [page1(['王属于内名奉务信息', '0', '0', '8']), page2(['属于过程性亿息', '0', '693', '701'])];
    expect(joinBrokenRows(read)).toEqual([]);
    expect(read[1]![0]!.cells[2]).toBe('693');
    // A decimal amount cut after its zero is one number.
    const amount = [page1(['行政事业性收', '0', '1', '0']), page2(['费', '', '', '.5'])];
    expect(joinBrokenRows(amount)).toEqual([{ page: 1, label: '行政事业性收', joined: true }]);
    expect(amount[0]![3]!.cells[3]).toBe('0.5');
  });
});
