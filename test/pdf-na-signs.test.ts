/**
 * Not-applicable signs in a borderless PDF table (pandoc's .odt printed by LibreOffice, breakit53
 * lo-odt: one-character columns about 1 em apart, zeros printed '—'). The PDF side knows every sign
 * of the text side but '无' (tables/tokenize-cell NA_SIGN_SOURCE): a sign alone is a cell of its own,
 * a line of signs is a row (not a label fragment for its neighbour), an item number alone ('5.') is
 * not joined to the number after it.
 */
import { isNumberCell, releaseOtherItems } from '../src/pdf/item-starts.js';
import { itemsToLines, mergeWrappedLabels, type PdfItem, type PositionedLine } from '../src/pdf/pdf-lines.js';

/** Items of one line at `top`, 12 pt type: [text, x] (width: 6 pt a digit or '.', 12 pt a dash or ideograph). */
const line = (top: number, ...items: [string, number][]): PdfItem[] =>
  items.map(([str, x]) => ({ str, x, top, width: [...str].reduce((w, c) => w + (/[\d.]/.test(c) ? 6 : 12), 0), height: 12, size: 12 }));
/** The value columns of the PDF: 23.4 pt apart. */
const cols = (values: string[]): [string, number][] => values.map((v, j) => [v, 378.5 + 23.4 * j]);

describe('isNumberCell: a value cell is a number or a not-applicable sign', () => {
  it('should take every dash and slash sign alone, not label text nor \'无\'', () => {
    for (const c of ['12', '1,234', '/', '／', '—', '——', '－', '–', '-']) expect(isNumberCell(c)).toBe(true);
    for (const c of ['无', '其他', '—其他', '2.其他', '']) expect(isNumberCell(c)).toBe(false);
  });
});

describe('itemsToLines: signs ~1 em apart are cells of their own', () => {
  it('should read a row of numbers and \'—\' cell by cell', () => {
    // LibreOffice starts a text object at each number there, not at a sign.
    const items = line(345.8, ['二、上年结', 308.3], ...cols(['3', '1', '—', '—', '—', '—', '4'])).map((it) => (/\d/.test(it.str) ? { ...it, objectEdge: true } : it));
    const [row] = itemsToLines(items);
    expect(row!.cells).toEqual(['二、上年结', '3', '1', '—', '—', '—', '—', '4']);
  });

  it('should keep a sign off an item number 1.2 em before it, and a number off an item number alone', () => {
    const [a] = itemsToLines(line(71.2, ['2.', 355.1], ...cols(['—', '—', '—', '—', '2', '—', '2'])));
    expect(a!.cells).toEqual(['2.', '—', '—', '—', '—', '2', '—', '2']);
    const [b] = itemsToLines(line(71.2, ['5.', 355.1], ...cols(['28', '—', '—', '—', '—', '1', '29'])));
    expect(b!.cells).toEqual(['5.', '28', '—', '—', '—', '—', '1', '29']);
  });

  it('should keep an item number off the group column\'s character 0.95 em before it (labels one character a line)', () => {
    const [row] = itemsToLines(line(100, ['（', 331.7], ['1.', 355.1], ...cols(['—', '—', '—', '1', '2', '—', '3'])));
    expect(row!.cells).toEqual(['（', '1.', '—', '—', '—', '1', '2', '—', '3']);
    // Written on, an item marker inside a label stays in it.
    const [prose] = itemsToLines(line(100, ['其中', 300], ['1.', 326], ['属于', 340]));
    expect(prose!.cells).toEqual(['其中1.属于']);
  });

  it('should keep dashes drawn together one sign, and a dash inside words text', () => {
    const [a] = itemsToLines(line(100, ['合计', 300], ['—', 378.5], ['—', 390.5], ['5', 425.3]));
    expect(a!.cells).toEqual(['合计', '——', '5']);
    const [b] = itemsToLines(line(100, ['说明', 300], ['—', 326], ['其他', 340]));
    expect(b!.cells).toEqual(['说明—其他']);
  });
});

describe('mergeWrappedLabels: a row of signs is a row, not a wrapped label fragment', () => {
  const at = (top: number, label: string, values: string[]): PositionedLine => {
    const [l] = itemsToLines(line(top, [label, 308.3], ...cols(values)));
    return { ...l!, top, bottom: top + 12 };
  };
  it('should keep \'4.\' with its \'—\' cells between two rows of numbers', () => {
    const out = mergeWrappedLabels([at(100, '3.危及', ['—', '7', '—', '—', '—', '—', '7']), at(116, '4.保护', ['—', '—', '—', '—', '—', '—', '—']), at(132, '5.属于', ['28', '—', '—', '—', '—', '1', '29'])]);
    expect(out.map((l) => l.cells[0])).toEqual(['3.危及', '4.保护', '5.属于']);
    expect(out[1]!.cells).toHaveLength(8);
  });

  it('should release a blank row starting the next arabic item from the row above, whose label holds the group and item 1', () => {
    // A `<pre>` table re-printed by Ghostscript: '（五）不予处理1.信访举报投诉类申请 26 … 29' with the blank row
    // '2.重复申请' under it, 50 pt right of the row's label cell; taken as its wrapped label, it named the row.
    const row: PositionedLine = { cells: ['（五）不予处理1.信访举报投诉类申请', '26', '1', '2', '29'], xs: [60, 378.5, 401.9, 425.3, 448.7], top: 100, bottom: 112 };
    const blank: PositionedLine = { cells: ['2.重复申请'], xs: [110], top: 113, bottom: 125 };
    const owner = new Map([[blank, row]]);
    releaseOtherItems(owner);
    expect(owner.has(blank)).toBe(false);
    // A wrapped tail without an item number, or one repeating the row's own item, stays the row's.
    const tail: PositionedLine = { cells: ['类申请'], xs: [110], top: 113, bottom: 125 };
    const again: PositionedLine = { cells: ['1.信访'], xs: [110], top: 113, bottom: 125 };
    const kept = new Map([[tail, row], [again, row]]);
    releaseOtherItems(kept);
    expect([...kept.keys()]).toEqual([tail, again]);
  });
});
