/**
 * Wrapped column headers of a borderless wide table (表三) kept apart from the data rows and read as
 * whole cells (pdf/header-band.ts, pdf/pdf-lines.ts). The items are those Chromium printed for a
 * borderless table 三 whose columns are permuted (自然人 法律服务机构 社会公益组织 商业企业 科研机构 其他
 * 总计) in narrow cells, copied by hand from the trace of scripts/header-variants.mjs seed 2 (pt, 12 pt font).
 */
import { carryHeaderBand, stackHeaderBands } from '../src/pdf/header-band.js';
import { itemsToLines, mergeWrappedLabels, type PdfItem } from '../src/pdf/pdf-lines.js';
import { layoutPage } from '../src/pdf/page-layout.js';
import { HEADING, item, LEAVES, NUMBER_X, requestBand } from './helpers/request-band.js';

const BAND = requestBand();
const row = (label: string, values: string[], top: number): PdfItem[] => [item(label, 102.8, 294.8, top + 1.5), ...values.map((v, i) => item(v, NUMBER_X[i]![0], NUMBER_X[i]![1], top))];
const ROWS = [
  ...row('一、本年新收政府信息公开申请数量', ['99', '12', '7', '30', '3', '14', '165'], 417),
  ...row('二、上年结转政府信息公开申请数量', ['2', '0', '0', '1', '0', '0', '3'], 462),
];
const ITEMS = [...HEADING, ...BAND, ...ROWS];

describe('header band of a borderless wide table', () => {
  it('should stack each column\'s wrapped pieces into one header line of whole cells', () => {
    const lines = stackHeaderBands(itemsToLines(ITEMS), ITEMS);
    const leaf = lines.find((l) => l.cells.includes('总计'));
    expect(leaf?.cells).toEqual(LEAVES);
    expect(leaf?.header).toBe(true);
    // Group headers on lines of their own, above the leaves; the note in the label area whole.
    expect(lines.some((l) => l.cells.join('') === '法人或其他组织')).toBe(true);
    expect(lines.some((l) => l.cells.join('') === '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toBe(true);
    // Read line by line the pieces of several columns share a line: no whole word.
    expect(itemsToLines(ITEMS).some((l) => l.cells.includes('总计'))).toBe(false);
  });

  it('should keep the data rows as they were, the first row with its own label only', () => {
    const { lines } = layoutPage(ITEMS, [], 1, 0);
    const first = lines.find((l) => l.cells.includes('165'));
    expect(first?.cells).toEqual(['一、本年新收政府信息公开申请数量', '99', '12', '7', '30', '3', '14', '165']);
    expect(lines.map((l) => l.cells.join(' '))).toContain(LEAVES.join(' '));
  });

  it('should leave a table whose first row has too few numbers alone (table 二)', () => {
    const small = [...HEADING, ...BAND, ...row('规章', ['1', '2', '3'], 417)];
    expect(stackHeaderBands(itemsToLines(small), small)).toEqual(itemsToLines(small));
  });
});

describe('mergeWrappedLabels: a text line over the number columns is a header, not a wrapped label', () => {
  it('should not absorb (and so drop) header pieces printed right above the first row', () => {
    // The band's lower line set right above the first row (within a wrapped label's reach).
    const pieces = BAND.filter((x) => x.top === 373.5).map((x) => ({ ...x, top: 400 }));
    const lines = mergeWrappedLabels(itemsToLines([...pieces, ...ROWS]));
    expect(lines).toHaveLength(3);
    expect(lines[0]!.cells.join('')).toBe('务机构益组织企业机构他');
    expect(lines[1]!.cells[0]).toBe('一、本年新收政府信息公开申请数量');
  });

  it('should still join a wrapped label fragment in the label column', () => {
    const tail = item('（续）', 102.8, 138.8, 431);
    const lines = mergeWrappedLabels(itemsToLines([...ROWS, tail]));
    expect(lines[0]!.cells[0]).toBe('一、本年新收政府信息公开申请数量（续）');
  });
});

/**
 * Table 四 as a 三线表 (horizontal rules only: no grid) prints 行政复议 centred in a cell two rows
 * high, half-way between the 行政诉讼 line and the 未经复议直接起诉 / 复议后起诉 line. Items as
 * reportlab printed them (9 pt; /tmp/breakit18 threeline kind, one file) and, for the second case,
 * as Chromium printed an HTML 三线表 (12 pt: 复议后起诉 wider than its column, close above 其他结果).
 */
describe('header band of table 四 ruled with horizontal lines only', () => {
  const at = (size: number) => (str: string, x: number, end: number, top: number): PdfItem => ({ str, x, width: end - x, top, height: size, size });
  const i9 = at(9);
  const CENTRES = [57, 91, 126, 160, 195, 229, 263, 298, 332, 366, 401, 435, 469, 504, 538];
  const values = (top: number, it = i9): PdfItem[] => CENTRES.map((c, k) => it(String(k % 4), c - 2.7, c + 2.7, top));
  // Leaf headers wrapped in their narrow columns ('结果维' over '持'), 总计 centred over both lines.
  const leaves9 = CENTRES.flatMap((c, k) => {
    const w = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][k % 5]!;
    return w === '总计' ? [i9(w, c - 9, c + 9, 506)] : [i9(w.slice(0, 3), c - 13.5, c + 13.5, 501), i9(w.slice(3), c - 4.5, c + 4.5, 511)];
  });
  const groupLine = (lines: readonly { cells: string[] }[], word: string): string[] | undefined => lines.find((l) => l.cells.some((c) => c === word))?.cells;

  it('should read 行政复议 on the 行政诉讼 line, before it, as a ruled grid does', () => {
    const items = [
      at(11)('四、政府信息公开行政复议、行政诉讼情况', 60, 269, 433),
      i9('行政诉讼', 365.5, 401.5, 464), i9('行政复议', 107.9, 143.9, 473),
      i9('未经复议直接起诉', 261.6, 333.6, 482), i9('复议后起诉', 446.9, 491.9, 482),
      ...leaves9,
      ...values(530),
    ];
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(groupLine(lines, '行政复议')).toEqual(['行政复议', '行政诉讼']);
    expect(groupLine(lines, '复议后起诉')).toEqual(['未经复议直接起诉', '复议后起诉']);
  });

  it('should keep on its own line a level half-way between two others when a cell below it lies in its columns', () => {
    const items = [
      i9('行政诉讼', 365.5, 401.5, 464), i9('行政复议', 107.9, 143.9, 473),
      i9('申请复议', 85, 140, 482), i9('未经复议直接起诉', 261.6, 333.6, 482), i9('复议后起诉', 446.9, 491.9, 482),
      ...leaves9,
      ...values(530),
    ];
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(groupLine(lines, '行政复议')).toEqual(['行政复议']);
  });

  it('should not stack a group header wider than its column onto the leaf below it', () => {
    const i12 = at(12);
    const centres = [68, 105, 142, 179, 208, 238, 275, 312, 349, 379, 409, 446, 482, 519, 550];
    const items = [
      i12('行政诉讼', 366.9, 414.9, 572.2), i12('行政复议', 111.1, 159.1, 582),
      i12('未经复议直接起诉', 257.4, 353.4, 592.5), i12('复议后起诉', 446.3, 506.3, 592.5),
      ...centres.flatMap((c, k) => {
        const w = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'][k % 5]!;
        const half = w.length / 2;
        return [i12(w.slice(0, half), c - 6 * half, c + 6 * half, 612.7), i12(w.slice(half), c - 6 * half, c + 6 * half, 630)];
      }),
      ...centres.map((c, k) => i12(String(k % 4), c - 3.5, c + 3.5, 660)),
    ];
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(lines.find((l) => l.cells.includes('总计'))?.cells[12]).toBe('其他结果');
    expect(groupLine(lines, '复议后起诉')).toEqual(['未经复议直接起诉', '复议后起诉']);
    expect(groupLine(lines, '行政复议')).toEqual(['行政复议', '行政诉讼']);
  });
});

/**
 * A 三线表 table 三 whose header cells are aligned otherwise than the numbers below them: headers
 * at their cell's left edge over numbers at its right edge (and the mirror). A short header ('其他')
 * is then nearer the previous column's numbers and read by nearest centre it joined that column:
 * the order 自然人 … 总计 came out permuted (a false `columns_reordered`). Geometry as a reportlab
 * print makes it: 44 pt columns from x = 250, 2 pt padding, 8 pt headers, 9 pt digits (4.5 pt).
 */
describe('header band whose headers are aligned otherwise than the numbers', () => {
  const HEADS = ['自然人', '商业企业', '科研机构', '公益组织', '法律服务', '其他', '总计'];
  const col = (j: number): number => 250 + 44 * j;
  const h8 = (str: string, x: number, top: number): PdfItem => ({ str, x, width: 8 * str.length, top, height: 8, size: 8 });
  const n9 = (str: string, x: number, top: number): PdfItem => ({ str, x, width: 4.5 * str.length, top, height: 9, size: 9 });
  const rows = (place: (v: string, j: number) => number): PdfItem[] =>
    [['222', '40', '12', '44', '13', '61', '392'], ['1', '3', '3', '2', '4', '0', '13'], ['0', '0', '4', '7', '0', '10', '21']].flatMap((vs, r) => [
      h8(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开'][r]!, 42, 120 + 16 * r),
      ...vs.map((v, j) => n9(v, place(v, j), 120 + 16 * r)),
    ]);
  const band = (place: (h: string, j: number) => number): PdfItem[] => [h8('三、收到和处理政府信息公开申请情况', 50, 80), h8('项目', 42, 104), ...HEADS.map((h, j) => h8(h, place(h, j), 104))];
  const leaf = (items: PdfItem[]): string[] | undefined => stackHeaderBands(itemsToLines(items), items).find((l) => l.cells.includes('总计'))?.cells;

  it('should read left-aligned headers over right-aligned numbers in their printed order', () => {
    const items = [...band((_, j) => col(j) + 2), ...rows((v, j) => col(j + 1) - 2 - 4.5 * v.length)];
    expect(leaf(items)).toEqual(HEADS);
  });

  it('should read right-aligned headers over left-aligned numbers in their printed order', () => {
    const items = [...band((h, j) => col(j + 1) - 2 - 8 * h.length), ...rows((_, j) => col(j) + 2)];
    expect(leaf(items)).toEqual(HEADS);
  });
});

describe('header band of a one-row table (table 四) set far above its row', () => {
  // Chromium's print of a borderless table 四 whose header cells wrap one character per line
  // (scripts/pdf-printers.mjs chromium, pdf-chromium-borderless-wrapped, seed offset 2201; pt,
  // 11.25 pt font, copied from the page's text items): its only row of numbers sits 2.5 em below the
  // header's lowest line (cell paddings), and with no second row there is no pitch to measure.
  const t = (str: string, x: number, end: number, top: number): PdfItem => ({ str, x, width: end - x, top, height: 11.25, size: 11.25 });
  const column = (word: string, x: number, top: number): PdfItem[] => [...word].map((ch, i) => t(ch, x, x + 11.25, top + i * 14.25));
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结'];
  const group = (xs: number[], top: number, totalX: number): PdfItem[] => [...RESULTS.flatMap((w, i) => column(w, xs[i]!, top)), ...column('总计', totalX, top + 14.25)];
  const ITEMS4 = [
    t('四、政府信息公开行政复议、行政诉讼情况', 33.7, 247.5, 336.7),
    t('行 政 复 议', 70.9, 132.7, 375), t('行 政 诉 讼', 283.5, 345.3, 375),
    t('未 经 复 议 直 接 起 诉', 178.8, 308.2, 414.7), t('复 议 后 起 诉', 345.9, 424.6, 414.7),
    ...group([40.1, 69.8, 99.4, 129.1], 435, 155.5),
    ...group([181.9, 211.5, 241.2, 270.8], 454.5, 297.2),
    ...group([323.6, 353.2, 382.9, 412.5], 454.5, 438.9),
    ...['0', '3', '0', '1', '4', '0', '0', '0', '3', '3', '0', '1', '4', '6'].map((v, i) => {
      const end = [51.4, 81, 110.7, 140.3, 166.7, 193.1, 222.8, 252.4, 282.1, 308.4, 334.8, 364.5, 394.1, 423.8][i]!;
      return t(v, end - 5.6, end, 536.2);
    }),
    t('11', 441.9, 452.8, 536.2),
  ];

  it('should read the stacked characters as whole column words in printed order', () => {
    const lines = stackHeaderBands(itemsToLines(ITEMS4), ITEMS4);
    const leaf = lines.find((l) => l.cells.includes('结果维持'));
    expect(leaf?.cells).toEqual([...RESULTS, '总计', ...RESULTS, '总计', ...RESULTS, '总计']);
    expect(leaf?.header).toBe(true);
    // The number row stays as it was, below the header.
    expect(lines.at(-1)!.cells).toEqual(['0', '3', '0', '1', '4', '0', '0', '0', '3', '3', '0', '1', '4', '6', '11']);
  });

  it('should read a band that ends its page over the rows the next page starts with', () => {
    // The page break falls between the header and the row: the row is the next page's first line.
    const isRow = (it: PdfItem): boolean => it.top > 530;
    const pageA = ITEMS4.filter((it) => !isRow(it));
    const pageB = ITEMS4.filter(isRow).map((it) => ({ ...it, top: 60 }));
    // Read on its own page the band has no numbers under it: no header word is whole.
    expect(stackHeaderBands(itemsToLines(pageA), pageA).some((l) => l.cells.includes('结果维持'))).toBe(false);
    const carried = carryHeaderBand(pageA, pageB)!;
    expect(carried.kept.map((it) => it.str)).toEqual(['四、政府信息公开行政复议、行政诉讼情况']);
    const items = [...carried.carried, ...pageB];
    const leaf = stackHeaderBands(itemsToLines(items), items).find((l) => l.cells.includes('结果维持'));
    expect(leaf?.cells).toEqual([...RESULTS, '总计', ...RESULTS, '总计', ...RESULTS, '总计']);
  });

  it('should carry a band over the next page\'s rows when running headers and footers lie between them', () => {
    // Chromium's running header (date, title) and footer (URL, n/m) on an 842 pt page (chromium-a3-hf).
    const header = [t('12/2/26, 11:54 PM', 24, 100, 15), t('示例市2024年政府信息公开工作年度报告', 300, 520, 15)];
    const footer = (n: number): PdfItem[] => [t('file:///tmp/xxgk-print/report.html', 24, 185, 820), t(`${n}/3`, 805, 818, 820)];
    const isRow = (it: PdfItem): boolean => it.top > 530;
    const pageA = [...header, ...ITEMS4.filter((it) => !isRow(it)), ...footer(1)];
    const pageB = [...header, ...ITEMS4.filter(isRow).map((it) => ({ ...it, top: 60 })), ...footer(2)];
    // Without the pages' heights the footer ends page a and the header starts page b: nothing carried (as before).
    expect(carryHeaderBand(pageA, pageB)).toBeNull();
    const carried = carryHeaderBand(pageA, pageB, [842, 842])!;
    expect(carried.kept.map((it) => it.str)).toEqual([...header, ITEMS4[0]!, ...footer(1)].map((it) => it.str));
    const items = [...carried.carried, ...carried.under];
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(lines.find((l) => l.cells.includes('结果维持'))?.cells).toEqual([...RESULTS, '总计', ...RESULTS, '总计', ...RESULTS, '总计']);
    // Page b's running header stays a line of its own, above the band, not joined to its label text.
    expect(lines[0]!.cells.join(' ')).toBe('12/2/26, 11:54 PM 示例市2024年政府信息公开工作年度报告');
    expect(lines.filter((l) => l.cells.join('').includes('11:54')).length).toBe(1);
  });

  it('should carry nothing when the next page does not start with the table\'s row', () => {
    const pageA = ITEMS4.filter((it) => it.top < 530);
    const prose = [t('五、存在的主要问题及改进情况', 33.7, 200, 60), t('0', 45.8, 51.4, 80)];
    expect(carryHeaderBand(pageA, prose)).toBeNull();
    // Nor when the page does not end with a band (its last line holds the row).
    expect(carryHeaderBand(ITEMS4, ITEMS4.filter((it) => it.top > 530))).toBeNull();
  });
});

describe('header band over a column the page\'s edge cuts through', () => {
  // LibreOffice's print of a wide layout table 三 (HTML → .docx → PDF, A4, 595.3 pt wide, 10 pt font;
  // text items copied from the trace of breakit44 lo-docx b44-19): the cells wrap inside words
  // ('科研机' / '构'), and the page's edge runs through the 法律服务机构 column, whose numbers the PDF
  // reader keeps in part, wrapped in U+FFFD ('26' shows as '2': '�2�'). That column still has numbers
  // under its header: the band is read over five columns.
  const ten = (str: string, x: number, end: number, top: number): PdfItem => ({ str, x, width: end - x, top, height: 10, size: 10 });
  const items = [
    ten('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 7.5, 347.5, 191.8),
    ten('申请人情况', 509.9, 559.9, 156.1), ten('自然人', 402.3, 432.3, 206.0), ten('法人或其他组织', 503.5, 573.5, 184.6),
    ten('商业企业 ', 433.2, 477.5, 220.3), ten('科研机', 477.5, 507.5, 213.1), ten('构', 487.5, 497.5, 227.5),
    ten('社会公益组', 513.5, 563.5, 213.1), ten('织', 533.5, 543.5, 227.5), ten('法律服', 569.3, 599.3, 213.1), ten('构', 589.3, 599.3, 227.5),
    ten('一、本年新收政府信息公开申请数量', 97.5, 257.5, 256.0), ten('1138', 407.3, 427.3, 255.2), ten('176', 445.7, 460.7, 255.2),
    ten('19', 487.5, 497.5, 255.2), ten('27', 533.5, 543.5, 255.2), ten('\uFFFD2\uFFFD', 589.3, 594.3, 255.2),
    ten('二、上年结转政府信息公开申请数量', 97.5, 257.5, 284.5), ten('0', 414.8, 419.8, 283.7), ten('0', 450.7, 455.7, 283.7),
    ten('0', 490.0, 495.0, 283.7), ten('0', 536.0, 541.0, 283.7), ten('\uFFFD0\uFFFD', 591.8, 596.8, 283.7),
  ];

  it('should stack the wrapped words into whole cells, the cut column\'s pieces joined', () => {
    const leaf = stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.includes('自然人'));
    expect(leaf?.cells).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服构']);
    // Read line by line the words of three columns are one cell, their ends on the next line.
    expect(itemsToLines(items).some((l) => l.cells.includes('科研机构'))).toBe(false);
  });

  it('should read the band under table 二\'s last row when a gap wider than the rows\' pitch lies between them', () => {
    // The page starts with table 二's (八) row ('行政事业性收费 /'), then the section heading cut by the left edge to
    // '处理政府信息公开申请情况' (no heading read), 41 pt below: that row is another table's, not this band's top.
    const above = [ten('行政事业性收费', 17.7, 87.7, 87.5), ten('/', 405.1, 410.1, 87.5), ten('处理政府信息公开申请情况', -1.7, 142.3, 139.2)];
    const all = [...above, ...items];
    const leaf = stackHeaderBands(itemsToLines(all), all).find((l) => l.header && l.cells.includes('自然人'));
    expect(leaf?.cells).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服构']);
  });
});

describe('header band of table 四 whose narrow cells LibreOffice filled to their width', () => {
  // LibreOffice's print of a borderless table 四 (breakit45 lo-odt r03): each header cell's text fills
  // its cell, so the texts of neighbouring cells touch ('结果纠' ends 0.2 pt before '其他结'), and the
  // 行政复议 group's cells sit half a line above the litigation groups'. Items copied from the trace.
  const ITEMS4 = [
    item('四、政府信息公开行政复议、行政诉讼情况', 56.8, 322.8, 486),
    item('行政复', 56.8, 92.8, 511.8), item('议', 92.8, 104.8, 511.8), item('行政', 226.8, 250.8, 511.8), item('诉讼', 250.8, 274.8, 511.8), item('结果', 56.8, 80.8, 537.6), item('维', 80.8, 92.8, 537.6),
    item('持', 56.8, 68.8, 554.9), item('结果', 93.1, 117.1, 537.6), item('纠', 117.1, 129.1, 537.6), item('正', 93.1, 105.1, 554.9), item('其他结', 129.3, 165.3, 537.6), item('果', 129.3, 141.3, 554.9),
    item('尚未', 165.6, 189.6, 537.6), item('审', 189.6, 201.6, 537.6), item('结', 165.6, 177.6, 554.9), item('总计', 201.8, 225.8, 546.3), item('未经', 226.8, 250.8, 529.0), item('复', 250.8, 262.8, 529.0),
    item('议直接', 262.8, 298.8, 529.0), item('起', 298.8, 310.8, 529.0), item('诉', 310.8, 322.8, 529.0), item('复', 396.8, 408.8, 529.0), item('议后', 408.8, 432.8, 529.0), item('起', 432.8, 444.8, 529.0),
    item('诉', 444.8, 456.8, 529.0), item('结果', 226.8, 250.8, 546.3), item('维', 250.8, 262.8, 546.3), item('持', 226.8, 238.8, 563.5), item('结果', 263.1, 287.1, 546.3), item('纠', 287.1, 299.1, 546.3),
    item('正', 263.1, 275.1, 563.5), item('其他结', 299.3, 335.3, 546.3), item('果', 299.3, 311.3, 563.5), item('尚未', 335.6, 359.6, 546.3), item('审', 359.6, 371.6, 546.3), item('结', 335.6, 347.6, 563.5),
    item('总计', 371.8, 396.8, 554.9), item('结果', 396.8, 420.8, 546.3), item('维', 420.8, 432.8, 546.3), item('持', 396.8, 408.8, 563.5), item('结果', 433.1, 457.1, 546.3), item('纠', 457.1, 469.1, 546.3),
    item('正', 433.1, 445.1, 563.5), item('其他结', 469.3, 505.3, 546.3), item('果', 469.3, 481.3, 563.5), item('尚未', 505.6, 529.6, 546.3), item('审', 529.6, 541.6, 546.3), item('结', 505.6, 517.6, 563.5),
    item('总计', 541.8, 565.8, 554.9), item('0', 56.8, 63.5, 580.8), item('6', 93.1, 99.8, 580.8), item('0', 129.3, 136.0, 580.8), item('9', 165.6, 172.3, 580.8), item('15', 201.8, 214.1, 580.8),
    item('3', 226.8, 233.5, 580.8), item('0', 263.1, 269.8, 580.8), item('0', 299.3, 306.0, 580.8), item('2', 335.6, 342.3, 580.8), item('5', 371.8, 378.5, 580.8), item('2', 396.8, 403.5, 580.8),
    item('0', 433.1, 439.8, 580.8), item('3', 469.3, 476.0, 580.8), item('3', 505.6, 512.3, 580.8), item('8', 541.8, 548.5, 580.8),
  ];
  const COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

  it('should cut touching cells apart where a column\'s numbers start and read every leaf whole', () => {
    const lines = stackHeaderBands(itemsToLines(ITEMS4), ITEMS4);
    expect(lines.find((l) => l.cells.includes('总计'))?.cells).toEqual([...COLUMNS, ...COLUMNS, ...COLUMNS]);
  });

  it('should not stack a sub-group wider than the group header above it into that header', () => {
    const lines = stackHeaderBands(itemsToLines(ITEMS4), ITEMS4).map((l) => l.cells.join(' | '));
    expect(lines).toContain('行政复议 | 行政诉讼');
    expect(lines).toContain('未经复议直接起诉 | 复议后起诉');
  });
});

/**
 * The second part of a table 三 split column-wise (法律服务机构 其他 总计), printed by Chromium with zebra rows
 * and zeros blank under a '（续表）' caption right below the first part's last row (11 pt; breakit47 k28,
 * items copied from its trace). Its rows print three numbers at most, and the rows' padding makes the
 * caption and the first part's last row lie within the rows' pitch of the band.
 */
describe('header band of a split table 三\'s narrow part', () => {
  const i11 = (str: string, x: number, end: number, top: number): PdfItem => ({ str, x, width: end - x, top, height: 11, size: 11 });
  const row3 = (label: string, values: [string, number, number][], top: number): PdfItem[] => [i11(label, 76.1, 252, top), ...values.map(([v, x, end]) => i11(v, x, end, top))];
  const last = row3('四、结转下年度继续办理', [['4', 408.8, 414.8], ['1', 441, 447]], 484);
  const caption = [i11('（续表）', 63.7, 98.9, 511.7)];
  const band = [i11('申请人情况（续）', 206.2, 294.2, 545.5), i11('法律服', 434, 467, 536.5), i11('务机构', 434, 467, 553.8), i11('其', 479.8, 490.8, 536.5), i11('他', 479.8, 490.8, 553.8), i11('总', 504.5, 515.5, 536.5), i11('计', 504.5, 515.5, 553.8)];
  const rows = [
    ...row3('一、本年新收政府信息公开申请数量', [['24', 458.6, 470.7], ['17', 481.9, 493.9], ['227', 502, 520.1]], 574.8),
    ...row3('二、上年结转政府信息公开申请数量', [['2', 487.9, 493.9], ['18', 508.1, 520.1]], 595),
    ...row3('（一）予以公开', [['11', 458.6, 470.7], ['6', 487.9, 493.9], ['37', 508.1, 520.1]], 615.3),
  ];
  const leafLine = (items: PdfItem[]): string[] | undefined => stackHeaderBands(itemsToLines(items), items).find((l) => l.header === true && l.cells.includes('总计'))?.cells;

  it('should read the band under its caption as whole leaves, the part\'s first row being table 三\'s', () => {
    expect(leafLine([...last, ...caption, ...band, ...rows])).toEqual(['法律服务机构', '其他', '总计']);
  });
  it('should leave a three-column band over a row that is not table 三\'s alone (table 二)', () => {
    const small = [...band, ...row3('规章', [['24', 458.6, 470.7], ['17', 481.9, 493.9], ['227', 502, 520.1]], 574.8)];
    expect(leafLine(small)).toBeUndefined();
  });
});
