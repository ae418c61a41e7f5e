/**
 * Table 三 printed by Chromium borderless with zebra rows, tall rows, its zeros blank and its item
 * numbers in a column of their own ('一' | '本年新收…', '1' | '属于国家秘密'; items copied from the
 * trace of such a print, 11 pt): the first row prints 4 numbers under a header of 7 leaves, most rows
 * print none. Before pdf/item-column.ts the item cells read as values and headers ('三' | '本年度办理
 * 结果' reset the header in force), the blank row '二' was absorbed into row 一's label, the band was
 * left unread (rows of 4 numbers) and 154 of 161 fields were missing.
 */
import { layoutPage } from '../src/pdf/page-layout.js';
import { placeFreeColumns } from '../src/pdf/free-columns.js';
import { joinItemColumn } from '../src/pdf/item-column.js';
import type { PdfItem, PositionedLine } from '../src/pdf/pdf-lines.js';

const SIZE = 10.99;
const item = (str: string, x: number, end: number, top: number, edge = false): PdfItem => ({ str, x, width: end - x, top, height: SIZE, size: SIZE, ...(edge ? { objectEdge: true } : {}) });
const num = (str: string, x: number, top: number): PdfItem => item(str, x, x + 6.05, top, true);

const PAGE1 = [
  item('三、收到和处理政府信息公开申请情况', 64, 251, 670),
  item('申请', 149.7, 171.7, 709), item('人', 171.7, 182.7, 709), item('情况', 182.7, 204.7, 709),
  item('自', 284.9, 295.9, 700), item('然', 295.9, 306.9, 700), item('人', 290.4, 301.4, 718),
  item('商业', 317.3, 339.3, 700), item('企业', 317.3, 339.3, 718), item('科研', 352.7, 374.7, 700), item('机构', 352.7, 374.7, 718),
  item('社会公', 388.8, 421.7, 700), item('益组织', 388.8, 421.7, 718), item('法律服', 436.5, 469.4, 700), item('务机构', 436.5, 469.4, 718),
  item('其', 482.9, 493.9, 700), item('他', 482.9, 493.9, 718), item('总', 506, 517, 700), item('计', 506, 517, 718),
  item('一', 87.1, 98.1, 745.8), item('本年新收政府信息公开申请数量', 115.1, 269, 745.8),
  num('1', 301.5, 745.8), num('1', 337, 745.8), num('1', 467.8, 745.8), num('3', 514.1, 745.8),
  item('二', 87.1, 98.1, 773.5), item('上年结转政府信息公开申请数量', 115.1, 269, 773.5),
];
const PAGE2 = [
  item('三', 87.1, 98.1, 52), item('本年度办理结果', 115.1, 192.1, 52),
  item('（', 76.1, 87.1, 87.3), item('一', 87.1, 98.1, 87.3), item('） 予以公开', 98.1, 159.1, 87.3), num('1', 301.5, 87.3), num('1', 337, 87.3), num('2', 514.1, 87.3),
  item('（', 76.1, 87.1, 124), item('二', 87.1, 98.1, 124), item('） ', 98.1, 115.1, 124),
  item('部分公开（区分处理的，只计这', 115.1, 269, 115), item('一', 115.1, 126.1, 132.3), item('情形，不计其他情形）', 126.1, 236, 132.3),
  item('（三） 不予公开', 76.1, 159.1, 160.8),
  item('1', 90.4, 96.5, 196), item('属于国家秘密', 115.1, 181, 196),
  item('2', 90.4, 96.5, 231.3), item('其他法律行政法规禁止公开', 115.1, 247, 231.3), num('1', 467.8, 231.3), num('1', 514.1, 231.3),
];

const read = (): PositionedLine[] => placeFreeColumns([...layoutPage(PAGE1, [], 1, 0).lines, ...layoutPage(PAGE2, [], 2, 0).lines]) as unknown as PositionedLine[];
const row = (lines: PositionedLine[], label: string): string[] | undefined => lines.find((l) => l.cells[0] === label)?.cells;
const EMPTY = ['', '', '', '', '', '', ''];

describe('a borderless table 三 with its item numbers in a column of their own (pdf/item-column.ts)', () => {
  it('should read the header by its 7 leaves and place the first row of 4 numbers under them', () => {
    const lines = read();
    expect(lines.find((l) => l.header && l.cells.includes('总计'))?.cells).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(row(lines, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '1', '1', '', '', '1', '', '3']);
  });

  it('should keep a blank row out of the label above it and read it as a row of empty cells', () => {
    const lines = read();
    expect(row(lines, '二、上年结转政府信息公开申请数量')).toEqual(['二、上年结转政府信息公开申请数量', ...EMPTY]);
    expect(row(lines, '1.属于国家秘密')).toEqual(['1.属于国家秘密', ...EMPTY]);
    expect(row(lines, '2.其他法律行政法规禁止公开')).toEqual(['2.其他法律行政法规禁止公开', '', '', '', '', '1', '', '1']);
  });

  it('should join an item number centred between its wrapped label lines, and leave a group label alone', () => {
    const lines = read();
    expect(row(lines, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...EMPTY]);
    expect(row(lines, '三、本年度办理结果')).toEqual(['三、本年度办理结果']);
    expect(row(lines, '（一）予以公开')).toEqual(['（一）予以公开', '1', '1', '', '', '', '', '2']);
  });

  it('should not join a number before a label it is far from, nor a numeral value before a numeral word', () => {
    const line = (cells: string[], xs: number[], ends: number[]): PositionedLine => ({ cells, xs, ends, top: 0, bottom: SIZE });
    expect(joinItemColumn([line(['3', '规章'], [10, 200], [16, 222])])[0]!.cells).toEqual(['3', '规章']);
    expect(joinItemColumn([line(['三', '五'], [10, 30], [21, 41])])[0]!.cells).toEqual(['三', '五']);
    expect(joinItemColumn([line(['3', '规章', '12'], [10, 30, 300], [16, 52, 312])])[0]!.cells).toEqual(['3.规章', '12']);
  });
});
