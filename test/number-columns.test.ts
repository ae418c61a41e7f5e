/**
 * Narrow label columns (pandoc html→docx → LibreOffice PDF: labels wrapped two characters a line,
 * items copied from the trace of such a print, 12 pt): the label's first line '2.没有' ends 0.94 em
 * before the row's first value, drawn without an object edge. Joined into the label, the row lost
 * its first value and the others sat one column left (breakit52 lo-docx r34: 98 values wrong). The
 * first value column is left-aligned on every row, so a number starting on that edge after text
 * starts a cell (pdf/number-columns.ts).
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { numberColumnStarts } from '../src/pdf/number-columns.js';

const SIZE = 12;
const item = (str: string, x: number, top: number, width = 24): PdfItem => ({ str, x, width, top, height: SIZE, size: SIZE });
const COLS = [212.5, 259.3, 306.1, 352.9, 399.7, 446.5, 493.3];
const row = (top: number, item0: string, label: string, values: string[]): PdfItem[] => [
  item(item0, 165.7, top, 11.4), item(label, 177.2, top),
  item('现成', 165.7, top + 14), item('信息', 165.7, top + 28),
  ...values.map((v, i) => item(v, COLS[i]!, top, v.length * 7.6)),
];
const TABLE = [
  ...row(429.2, '1.', '本机', ['0', '257', '0', '71', '0', '63', '391']),
  ...row(523.2, '2.', '没有', ['0', '736', '120', '3', '0', '0', '859']),
  ...row(617.2, '3.', '补正', ['0', '0', '0', '125', '0', '0', '125']),
];
const valueLines = (items: PdfItem[]): string[][] => itemsToLines(items).filter((l) => l.cells.length > 1).map((l) => l.cells);

describe('numbers on a left-aligned column edge after a narrow label', () => {
  it('finds the value columns the rows share', () => {
    expect(numberColumnStarts([TABLE.filter((it) => it.top === 429.2), TABLE.filter((it) => it.top === 523.2), TABLE.filter((it) => it.top === 617.2)]).map(Math.round)).toEqual(COLS.map(Math.round));
  });

  it('reads the first value as a cell of its own, not part of the label', () => {
    expect(valueLines(TABLE)).toEqual([
      ['1.本机', '0', '257', '0', '71', '0', '63', '391'],
      ['2.没有', '0', '736', '120', '3', '0', '0', '859'],
      ['3.补正', '0', '0', '0', '125', '0', '0', '125'],
    ]);
  });

  it('keeps a number after text joined when no column starts there (prose, two rows only)', () => {
    const two = TABLE.filter((it) => it.top < 600);
    expect(valueLines(two).map((c) => c.length)).toEqual([7, 7]);
    expect(valueLines(two)[0]![0]).toBe('1.本机0');
  });

  it("reads a zero printed as the letter 'O' on that edge as a cell of its own (breakit56 lo-prtf r28)", () => {
    const withO = [
      ...row(429.2, '1.', '本机', ['O', '257', 'O', '71', '0', '63', '391']),
      ...row(523.2, '2.', '没有', ['O', '736', '120', '3', 'O', '0', '859']),
      ...row(617.2, '3.', '补正', ['O', '0', '0', '125', '0', '0', '125']),
    ];
    expect(valueLines(withO)).toEqual([
      ['1.本机', 'O', '257', 'O', '71', '0', '63', '391'],
      ['2.没有', 'O', '736', '120', '3', 'O', '0', '859'],
      ['3.补正', 'O', '0', '0', '125', '0', '0', '125'],
    ]);
    // A label's own letter O off the column edge stays in the label.
    expect(valueLines([...TABLE, item('X', 170, 700, 7.6), item('O', 187, 700, 7.6), item('5', 212.5, 700, 7.6)]).at(-1)).toEqual(['XO', '5']);
  });
});
