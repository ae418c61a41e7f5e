/**
 * OCR'd grids: which columns hold labels (`ocr/page.ts` `labelColumns`). On a 100 dpi grey scan of
 * huaian-2024 (6.5 pt table print) the digit reader read table 二's label '规章' as '258'; taken as a
 * value, the first row became '258 1 0 11' under no label, and its three fields came out ambiguous.
 * The reads below are that grid's, as the cell reader returned them (hand-checked on the scan).
 */
import { isLabelNumber, isNumberishText, labelColumns } from '../src/ocr/page.js';
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
