/**
 * A borderless table 三 whose zeros print blank, its cells centred vertically (Chromium, 12 pt): a row's
 * label wrapped over two lines has its numbers between them, and the blank rows around it print their
 * label alone. mergeWrappedLabels must keep a line printing one whole row label with its item number
 * ('1.属于国家秘密', '3.其他') a row of its own when the row's own label lines lie between them, or when the
 * nearest row's label is one whole row label too ('（七）总计').
 */
import { mergeWrappedLabels, type PositionedLine } from '../src/pdf/pdf-lines.js';

/** A line at `top` (12 pt high) with cells [text, x]; ends 12 pt a character. */
const at = (top: number, ...cells: [string, number][]): PositionedLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[1] + 12 * c[0].length), top, bottom: top + 12 });
const nums = (values: [string, number][]): [string, number][] => values;

describe('mergeWrappedLabels: whole table 三 row labels printed blank beside a centred row', () => {
  it('should keep a whole label below the row\'s own wrapped label lines a row of its own', () => {
    const lines = [
      at(195, ['（一）予以公开', 109]),
      at(214, ['（二）部分公开（区分处理的，只计这一情形，不计', 109]),
      at(221, ...nums([['4', 404], ['2', 510], ['6', 530]])),
      at(228, ['其他情形）', 109]),
      at(247, ['1.属于国家秘密', 163]),
      at(266, ['2.其他法律行政法规禁止公开', 163]),
    ];
    const out = mergeWrappedLabels(lines).map((l) => l.cells.join('|'));
    expect(out).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）|4|2|6');
    expect(out).toContain('1.属于国家秘密');
  });

  it('should keep a whole label above a row labelled with a whole label a row of its own', () => {
    const lines = [at(623, ['请', 175]), at(642, ['3.其他', 175]), at(660, ['（七）总计', 109], ['13', 404], ['10', 510], ['23', 530])];
    const out = mergeWrappedLabels(lines).map((l) => l.cells.join('|'));
    expect(out).toContain('3.其他');
    expect(out).toContain('（七）总计|13|10|23');
  });

  it('should still give a wrapped label\'s pieces to its row', () => {
    const lines = [at(100, ['1.本机关不掌握相关政府', 163]), at(107, ['4', 404], ['4', 530]), at(114, ['信息', 163])];
    expect(mergeWrappedLabels(lines).map((l) => l.cells.join('|'))).toEqual(['1.本机关不掌握相关政府信息|4|4']);
  });
});

describe('mergeWrappedLabels: a whole label that is the first line of a longer one', () => {
  it('should give \'2.其他\' over \'法律行\' to its row as the first line of 2.其他法律行政法规禁止公开', () => {
    const lines = [at(595, ['2.其他', 328]), at(609, ['法律行', 328]), at(627, ['3,3', 379], ['3,5', 552])];
    expect(mergeWrappedLabels(lines).find((l) => l.cells.includes('3,3'))!.cells[0]).toBe('2.其他法律行');
  });
});
