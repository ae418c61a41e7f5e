/**
 * @file Blank cells a PDF dumper wrote as plain space glyphs (layout/space-glyph-cells): PDFBox ExtractText
 * and pypdf of a Chromium print of a WPS page whose empty cells hold '&nbsp;' in 宋体 (the glyph maps to
 * U+0020). gen61 1052000 (dev) r02/r13/r17/r28: table 三 missing (pdfbox 124 of 184 fields lost);
 * breaker44 hand/r01-fw4.pypdf: 75 → 185 of 200.
 */
import { readSpaceBlankCells } from '../src/layout/space-blank-cells.js';

describe('blank cells printed as space glyphs', () => {
  // PDFBox: cells one space apart, a blank one more space; a row whose label wrapped printed its cells on a line of their own.
  const pdfbox = ['（一）予以公开 27  1 1   29', '（二）部分公开  5    2 7', '1.属于国家', '秘密', '     1 1', '稳定', '       ', '27 2 1    30'];

  it('should write each row of seven cells as a tab row, a blank cell empty and a label-less row taking the line above', () => {
    expect(readSpaceBlankCells(pdfbox)).toEqual([
      '（一）予以公开\t27\t\t1\t1\t\t\t29', '（二）部分公开\t\t5\t\t\t\t2\t7', '1.属于国家', '秘密\t\t\t\t\t\t1\t1', '稳定\t\t\t\t\t\t\t', '\t27\t2\t1\t\t\t\t30',
    ]);
  });

  it("should read pypdf's label glued onto a blank first cell (a row one cell short) and onto a number", () => {
    const pypdf = ['办理结果（⼀）予以公开 27  1 1   29', '（⼆）部分公开  5    2 7', '⽌公开 2   1 1 4', '查询事项27 2 1    30', '稳定       '];
    expect(readSpaceBlankCells(pypdf)).toEqual([
      '办理结果（⼀）予以公开\t27\t\t1\t1\t\t\t29', '（⼆）部分公开\t\t5\t\t\t\t2\t7', '⽌公开\t\t2\t\t\t1\t1\t4', '查询事项\t27\t2\t1\t\t\t\t30', '稳定\t\t\t\t\t\t\t',
    ]);
  });

  it('should read the trailing blanks of a row after its last number (the parting space, then one a glyph)', () => {
    // As the dumpers write it: a parting space before a cell unless a space was just written, a blank cell its glyph.
    const glyphs = (cells: string[]): string => cells.reduce((out, c) => out + (out === '' || out.endsWith(' ') ? '' : ' ') + (c === '' ? ' ' : c), '');
    const four = ['6', '', '1', '', '7', '', '', '4', '4', '', '', '3', '3', '', ''];
    expect(glyphs(four)).toBe('6  1  7   4 4   3 3   ');
    expect(readSpaceBlankCells([...pdfbox.slice(0, 2), glyphs(four), '27 2 1    30']).at(2)).toBe(['', ...four].join('\t'));
  });

  it('should leave a layout dump (cells padded by runs of spaces) and rows that are not such as printed', () => {
    const layout = ['（一）予以公开           27      1     1        29', '（二）部分公开      5      2   7', '1.属于国家秘密    1 1', '2.其他  2   1 1 4', '3.危及  3   1 1 5', '4.保护  4   1 1 6'];
    expect(readSpaceBlankCells(layout)).toEqual(layout);
    expect(readSpaceBlankCells(pdfbox.slice(0, 2))).toEqual(pdfbox.slice(0, 2));
  });
});
