/**
 * PDF table cells of garbled glyphs (a font's ToUnicode broken by Ghostscript's pdfwrite: Chromium's
 * full-width digits '０２' read 'ÿā', marked U+FFFD by pdf/miscoded-glyphs): unread, never blank zeros.
 */
import { garbledCells } from '../src/pdf/garbled-cells.js';
import { buildRows } from '../src/tables/build-rows.js';
import type { Line } from '../src/model/document.js';

const U = '\ufffd';

describe('garbledCells', () => {
  it('marks garbled value cells and the empty cells of their line (breakit55 gs-prepress-b5 r30)', () => {
    expect(garbledCells([`8.属于行政查询${U}项 ${U}`, '', U, '0', '0', U, '2', '4'])).toEqual([1, 2, 5]);
  });
  it('marks the empty cells when a value glyph slid into the label cell', () => {
    expect(garbledCells([`2.重复申请 ${U}`, '', '0', '0', '0', '0', '1'])).toEqual([1]);
  });
  it('marks cells of glyphs a broken map gave as Latin letters, unreplaced (breakit60 gs-screen72: 行政许可| ăĄĂĈ)', () => {
    expect(garbledCells(['行政许可|', 'ăĄĂĈ'])).toEqual([1]);
    expect(garbledCells(['规章', 'ĀĂ', '', 'Ć'])).toEqual([1, 2, 3]);
    expect(garbledCells(['行政许可', '4539'])).toEqual([]);
  });
  it('leaves a line without garbled cells, and a label with a lost glyph inside its words', () => {
    expect(garbledCells(['2.重复申请', '', '0', '0', '0', '0', '1'])).toEqual([]);
    expect(garbledCells([`法人或${U}他组织`, '', '3'])).toEqual([]);
    expect(garbledCells([`说明 ${U}`, ''])).toEqual([]);
  });
});

describe('a row with garbled cells', () => {
  it('reads them as unread values, not blank zeros', () => {
    const cells = [`8.属于行政查询${U}项 ${U}`, '', U, '0', '0', U, '2', '4'];
    const line: Line = { cells, separated: true, cols: cells.map((_, i) => i), unread: garbledCells(cells), damaged: true, source: { page: 1, line: 1 } };
    const rows = buildRows([line]);
    const values = rows.flatMap((r) => r.values);
    expect(values.filter((v) => v.kind === 'blank' && !v.unread)).toHaveLength(0);
    expect(values.filter((v) => v.kind === 'num').map((v) => (v.kind === 'num' ? v.value : -1))).toEqual([0, 0, 2, 4]);
  });
});
