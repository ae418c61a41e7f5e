/**
 * OCR'd grids: which columns hold labels (`ocr/page.ts` `labelColumns`). On a 100 dpi grey scan of
 * huaian-2024 (6.5 pt table print) the digit reader read table 二's label '规章' as '258'; taken as a
 * value, the first row became '258 1 0 11' under no label, and its three fields came out ambiguous.
 * The reads below are that grid's, as the cell reader returned them (hand-checked on the scan).
 */
import { isLabelNumber, isNumberishText, labelColumns, numberRowsOf } from '../src/ocr/page.js';
import type { CellRead } from '../src/ocr/reads.js';

const num = (text: string): CellRead => ({ text, alternatives: [], confidence: 0.8 });
const cell = (col: number, read: CellRead): { c: { col: number }; read: CellRead } => ({ c: { col }, read });

describe('label columns of an OCR grid', () => {
  it("should take a column of labels with one label read as digits for labels ('规章' read '258')", () => {
    const reads = [
      // 第二十条第(一)项 | 信息内容 本年制发件数 本年废止件数 现行有效件数 | 规章 1 0 11 | 行政规范性文件 8 26 66 | 第二十条第(五)项 | 信息内容 本年处理决定数量 | 行政许可 447228
      cell(0, 'other'),
      cell(0, 'other'), cell(1, 'other'), cell(2, 'other'), cell(3, 'other'),
      cell(0, num('258')), cell(1, num('1')), cell(2, num('0')), cell(3, num('11')),
      cell(0, 'other'), cell(1, num('8')), cell(2, num('26')), cell(3, num('66')),
      cell(0, 'other'),
      cell(0, 'other'), cell(1, 'other'),
      cell(0, 'other'), cell(1, num('447228')),
    ];
    expect([...labelColumns(reads, new Set([1, 2, 3]))]).toEqual([0]);
  });

  it('should not take a column of two header cells and one value for labels (the value stays a number)', () => {
    const reads = [cell(0, 'other'), cell(1, 'other'), cell(1, 'other'), cell(0, 'other'), cell(1, num('96171.6')), cell(0, 'other')];
    expect([...labelColumns(reads, new Set())]).toEqual([0]);
  });

  it('should not take a value column, or a column of few inked cells, for labels', () => {
    const reads = [cell(0, 'other'), cell(0, num('3')), cell(1, 'other'), cell(1, 'blank'), cell(1, num('7'))];
    expect(labelColumns(reads, new Set([0])).size).toBe(0);
  });
});

describe('numbers the page pass reads in label cells', () => {
  // The tester's r01-2021-cms (Chromium, A4 landscape at 0.8 zoom, 6 pt labels, 100 dpi grey): the
  // page pass split '1.本机关…' into '1' and its words and read '（一）' as '4'; taken as values they put
  // table 三's rows one off.
  const word = (text: string, x0: number, x1: number) => ({ text, x0, x1, y0: 100, y1: 110, confidence: 0.8 });
  const labelCell = { x1: 50, y1: 95, x2: 200, y2: 115 };

  const label = word('本机关不掌握', 70, 150);

  it('should take a number beside label words in a label cell for part of the label, never a value', () => {
    for (const n of ['1', '4', '1.']) {
      const w = word(n, 60, 68);
      expect(isLabelNumber(w, [labelCell], [w, label])).toBe(true);
    }
  });

  it('should keep label words, numbers outside label cells, and a number alone in its cell', () => {
    expect(isLabelNumber(label, [labelCell], [label])).toBe(false);
    const out = word('12', 260, 270);
    expect(isLabelNumber(out, [labelCell], [out, label])).toBe(false);
    const w = word('12', 60, 70);
    expect(isLabelNumber(w, [], [w, label])).toBe(false);
    // A value column taken for labels (its digits unread by the cell reader): the page pass's number is its value.
    expect(isLabelNumber(w, [labelCell], [w])).toBe(false);
  });
});

describe('page-pass words re-read as numbers', () => {
  it("should re-read a number the page pass read with a curly quote before it ('”1293', '”25': no mark printed)", () => {
    for (const t of ['”1293', '”25', '“7', "'12", '1O']) expect(isNumberishText(t)).toBe(true);
  });

  it('should leave quotes alone and words with Han as text', () => {
    for (const t of ['”', '“”', '“三安全一稳定”', '3.危及', '到']) expect(isNumberishText(t)).toBe(false);
  });
});

describe('rows of numbers of an OCR grid', () => {
  // Table 四 of s1149003 (Chromium, 7 pt, 100 dpi grey): grid row 1 holds 行政复议's five sub-headers, two
  // rows high, and 未经复议直接起诉 / 复议后起诉 (five columns each); row 2 the ten 行政诉讼 sub-headers; row 3
  // the values. The digit reader read '结果维持' as '181814' and the other sub-headers as nothing.
  const at = (row: number, col: number, read: CellRead, rowSpan = 1, colSpan = 1) => ({ c: { row, col, rowSpan, colSpan }, read });
  const values = [0, 0, 0, 0, 2, 3, 2, 2, 0, 7, 0, 6, 2, 0, 8].map((v, col) => at(3, col, num(String(v))));
  const header = [at(1, 0, num('181814'), 2), at(1, 1, 'other', 2), at(1, 2, 'other', 2), at(1, 3, 'other', 2), at(1, 4, 'other', 2), at(1, 5, 'other', 1, 5), at(1, 10, 'other', 1, 5)];
  const sub = Array.from({ length: 10 }, (_, i) => at(2, 5 + i, 'other'));
  const cols = new Set(Array.from({ length: 15 }, (_, i) => i));

  it('should not take a header row for numbers by a long number read in a cell two rows high', () => {
    expect([...numberRowsOf([...header, ...sub, ...values], cols)]).toEqual([3]);
  });

  it('should take a row of mostly unread cells for numbers by a long number read in a cell one row high', () => {
    // A photocopy's row: one value of two digits read, the others unread.
    const row = [at(4, 0, num('17')), at(4, 1, 'other'), at(4, 2, 'other'), at(4, 3, 'other')];
    expect([...numberRowsOf([...values, ...row], cols)]).toEqual([3, 4]);
  });
});
