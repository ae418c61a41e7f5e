/**
 * A converter's positioned run read as the PDF path's text items (load/text-advance.ts): words placed by their
 * characters' advances (an ideograph, a Kangxi radical or a full-width digit one em, spaces what is left), the run
 * cut only at a cell gap, a run's leading space kept as `spaced` (dev gen60 1007000 pdftohtml-xml r22: a `<pre>`
 * table's cells ' ２２' after a '|' in another font were placed by an equal share per character, measured half an
 * em, and rows merged).
 */
import { monoAdvance, runItems, runWords } from '../src/load/text-advance.js';
import { itemsToLines, mergeWrappedLabels } from '../src/pdf/pdf-lines.js';
import { markupWordPages } from '../src/load/word-box-markup.js';
import { pdf2xml } from './helpers/pdf2xml.js';

describe('text-advance', () => {
  test('a run padded with spaces: its word keeps its font size and place', () => {
    // '（⼀）予以公开' and 26 spaces, 231 px at zoom 1.5, font 11 px: the word is 7 em of 7.33 pt, at the run's left.
    const [w] = runWords('（⼀）予以公开' + ' '.repeat(26), 154, 7.33);
    expect(w!.at).toBe(0);
    expect(w!.width).toBeCloseTo(7 * 7.33, 1);
    const [d] = runWords('   ５', 18.67, 7.33);
    expect(d!.width).toBeCloseTo(7.33, 1);
    expect(d!.at).toBeCloseTo(18.67 - 7.33, 1);
  });

  test('a run is one item with its inner spaces, cut at a cell gap and between numbers; after a leading space it is spaced', () => {
    const items = runItems(' 1.属于 国家秘密', { x: 0, top: 0, width: null, height: 10 }, 10);
    expect(items.map((i) => i.str)).toEqual(['1.属于 国家秘密']);
    expect(items[0]!.spaced).toBe(true);
    expect(runItems('规章          12 3', { x: 0, top: 0, width: null, height: 10 }, 10).map((i) => i.str)).toEqual(['规章', '12', '3']);
  });

  test('pdf2xml: a bar and the full-width number after it in another font read as one cell "| ２２"', () => {
    const fonts = [{ id: 3, size: 11, family: 'Times' }, { id: 4, size: 13, family: 'Times' }];
    const runs = [[305, 357, 6, 17, 4, '|'], [307, 362, 28, 15, 3, ' ２２'], ...Array.from({ length: 20 }, (_, i) => [400 + 20 * i, 42, 79, 15, 3, `第${i}行`] as const)] as const;
    const xml = pdf2xml([{ width: 893, height: 1263, fonts, runs }], { declaration: false, version: null });
    const items = markupWordPages(xml)![0]!.items;
    const n = items.find((i) => i.str === '２２')!;
    expect(n.spaced).toBe(true);
    expect(n.size).toBeCloseTo(11 / 1.5, 1);
    expect(n.width).toBeCloseTo((2 * 11) / 1.5, 0);
  });
  test('a monospaced font: its spaces as wide as its digits, a number after long padding at its place', () => {
    // pdftohtml -xml of a <pre> table (dev gen60 1007000 r08): 3.75 pt a character, digits and spaces alike.
    const row = ' '.repeat(26) + '2,075  3,547   458   832   877  2,293  10,082';
    const runs = [row, '    215  1,124          1,339', '    1,857            192      2,049', '  12   7    10', '1,234 56,789 10,234'].map((run) => ({ run, width: 3.75 * run.length }));
    const mono = monoAdvance(runs);
    expect(mono).toBeCloseTo(3.75, 2);
    expect(runWords(row, 3.75 * row.length, 8, mono)[0]!.at).toBeCloseTo(26 * 3.75, 1);
    // Read with proportional advances the first number stood ~7.7 pt left of its place.
    expect(runWords(row, 3.75 * row.length, 8)[0]!.at).toBeLessThan(26 * 3.75 - 4);
    // Proportional runs (spaces narrower than digits): no single advance.
    expect(monoAdvance([{ run: '12 3 45 678 9', width: 4 * 10 + 4 * 2 }, { run: '1        2 3', width: 3 * 4 + 9 * 2 }, { run: '123456789 1', width: 10 * 4 + 2 }])).toBeNull();
  });

  test('two full-width numbers in one run are two items', () => {
    const items = runItems('３ ３', { x: 0, top: 0, width: 31.3, height: 13 }, 10.67);
    expect(items.map((i) => i.str)).toEqual(['３', '３']);
    expect(items[1]!.x).toBeGreaterThan(items[0]!.x + items[0]!.width);
  });

  test('lines of a table drawn with column bars are not given to a neighbour row as label lines', () => {
    // pdftohtml -xml r22 with digits made ASCII: the row ending in '16' has a number cell, its bar-closed neighbours none.
    const line = (cells: string[], top: number) => ({ cells, xs: cells.map((_, i) => 40 + 60 * i), ends: cells.map((_, i) => 90 + 60 * i), top, bottom: top + 8 });
    // ('1| 16': a bar-closed cell and the next cell's number the layout joined; '16' after a bar in the cell before it is a number cell.)
    const lines = [line(['|', '| 5.属于内部事务信息', '|', '0|', '1| 16'], 100), line(['|', '| 6.属于过程性信息', '|', '9|', '0|', '16'], 111), line(['|', '| 7.属于行政执法案卷', '|', '0|', '0| 11'], 122)];
    expect(mergeWrappedLabels(lines).map((l) => l.cells[1])).toEqual(['| 5.属于内部事务信息', '| 6.属于过程性信息', '| 7.属于行政执法案卷']);
  });
});

describe('runItems: a number starting a converter run of its own after label text starts a cell', () => {
  /**
   * scripts/blank-band-variants.mjs (all zeros blank, pdftohtml -xml of a Chromium print): the label
   * run '一、本年新收政府信息公开申请数量' (font 0) ends 0.94 em before the run '41 9' (font 1). Joined
   * as '…申请数量41', the row lost its first value (dev xml 89.9 → 92.5 % right).
   */
  const label = runItems('一、本年新收政府信息公开申请数量', { x: 54, top: 749, width: 288, height: 23 }, 18);
  const numbers = runItems('41 9', { x: 359, top: 750, width: 45, height: 20 }, 18);

  it('should mark the first item of each run', () => {
    expect(numbers.map((i) => i.runStart === true)).toEqual([true, false]);
  });

  it('should part the number from the label on the line', () => {
    expect(itemsToLines([...label, ...numbers])[0]!.cells).toEqual(['一、本年新收政府信息公开申请数量', '41', '9']);
  });
});
