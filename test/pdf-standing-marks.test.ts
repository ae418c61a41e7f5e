/**
 * Not-applicable marks drawn as items of their own beside numbers (pdf/pdf-lines.ts STANDING_MARK): a
 * full-width '－' is drawn in a 1 em box with its ink in the middle, so on narrow paper the box starts
 * about 1 em after the number before it (Chromium, 190 × 250 mm, 6 mm margins: 商业企业's '1' then
 * 科研机构's '－', 1.03 em apart). Under the cell gap they were one cell, '1－', and the row a cell short
 * (breakit53 cr-custom/r13: '－' read as 2 at 0.85). Items copied from the trace of that print, 12 pt.
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const SIZE = 12;
const item = (str: string, x: number, width: number, top = 126, edge = /\d/.test(str)): PdfItem => ({ str, x, width, top: /\d/.test(str) ? top + 0.75 : top, height: SIZE, size: SIZE, ...(edge ? { objectEdge: true } : {}) });
const cellsOf = (items: PdfItem[]): string[][] => itemsToLines(items).map((l) => l.cells);

describe('a not-applicable mark drawn beside a number', () => {
  it('reads the mark as a cell of its own, 1 em after the number', () => {
    const row = [item('二、上年结转政府信息公开申请数量', 69.6, 192), item('4', 320.9, 6), item('1', 347.6, 6), item('－', 366.0, 12), item('－', 394.8, 12), item('－', 430.9, 12), item('－', 459.6, 12), item('5', 485.6, 6)];
    expect(cellsOf(row)).toEqual([['二、上年结转政府信息公开申请数量', '4', '1', '－', '－', '－', '－', '5']]);
  });

  it('reads a number 1 em after a mark as a cell of its own', () => {
    const row = [item('2.重复申请', 69.6, 60), item('－', 320.9, 12), item('3', 345.0, 6), item('／', 366.0, 12), item('12', 390.0, 12)];
    expect(cellsOf(row)).toEqual([['2.重复申请', '－', '3', '／', '12']]);
  });

  it('keeps a minus sign drawn against its number, and a dash in text', () => {
    const row = [item('本年增/减', 69.6, 60), item('-', 320.9, 4, 126, true), item('15', 325.0, 12)];
    expect(cellsOf(row)).toEqual([['本年增/减', '-15']]);
    const date = [item('2024', 69.6, 24), item('-', 94.0, 4, 126, false), item('01', 98.5, 12)];
    expect(cellsOf(date)).toEqual([['2024-01']]);
  });
});
