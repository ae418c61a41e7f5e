/**
 * Table 四 printed borderless after the prose as 附表3 with zeros left blank (pdf/header-band.ts): its
 * one row prints four numbers under fifteen header leaves wrapped one character a line. The band had
 * been left unread twice over — its row printed under MIN_COLUMNS numbers, and the band ran up over
 * the caption '附表3' and table 三's last row into its 总计 row, so it was taken for another table's
 * rows — and the four numbers were read by count (table_unread). Items copied by hand from the trace
 * of LibreOffice's print of a pandoc .docx (10.5 pt; [text, x, end, top]).
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { placeFreeColumns, type XLine } from '../src/pdf/free-columns.js';

const item = ([str, x, end, top]: [string, number, number, number]): PdfItem => ({ str, x, width: end - x, top, height: 10.5, size: 10.5 });
/** A header cell wrapped one character a line, 12.25 pt apart. */
const column = (word: string, x: number, top: number): PdfItem[] => [...word].map((c, i) => item([c, x, x + 10.5, top + 12.25 * i]));
const LEAF = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const TABLE3_END = [
  ...[['（七）总计', 118.9, 171.4], ['86', 212.5, 222.9], ['25件', 259.3, 282.4], ['9件', 306.1, 323.9], ['3', 352.9, 358.1], ['13', 399.7, 410.1], ['13', 446.5, 456.9], ['149件', 493.3, 521.6]].map(([s, x, e]) => item([s as string, x as number, e as number, 364.3])),
  item(['四、结转下年度继续办理', 72.1, 187.6, 386.6]),
];
const CAPTION = [item(['附表', 72.1, 93.1, 417.9]), item(['3', 95.2, 100.5, 417.9])];
const BAND = [
  item(['行政复议', 72.1, 114.1, 439.1]), item(['行政诉讼', 204.1, 246.1, 439.1]),
  item(['未经复议直接起诉', 204.1, 288.1, 461.4]), item(['复议后起诉', 336.1, 388.6, 461.4]),
  ...LEAF.flatMap((w, i) => column(w, 72.1 + 26.4 * i, 461.4)),
  ...[...LEAF, ...LEAF].flatMap((w, i) => column(w, 204.1 + 26.4 * i, 483.6)),
];
const ROW = [['5', 98.5, 103.8], ['5', 177.7, 182.9], ['5', 230.5, 235.8], ['5', 309.7, 314.9]].map(([s, x, e]) => item([s as string, x as number, e as number, 542.7]));

const leafLine = (items: PdfItem[]) => stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.length === 15);

describe('table 四 band over a row of few numbers', () => {
  it('should read the fifteen leaves whole, the caption ending the band', () => {
    const items = [...TABLE3_END, ...CAPTION, ...BAND, ...ROW];
    const leaves = leafLine(items);
    expect(leaves?.cells).toEqual([...LEAF, ...LEAF, ...LEAF]);
    // Each '5' lies under 结果纠正 or 总计 of review and of direct litigation.
    const under = ROW.map((n) => leaves!.xs.findIndex((x, i) => n.x < leaves!.ends![i]! && n.x + n.width > x));
    expect(under).toEqual([1, 4, 6, 9]);
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(lines.at(-1)!.cells).toEqual(['5', '5', '5', '5']);
    expect(lines.some((l) => l.cells.join('') === '附表3')).toBe(true);
  });

  it('should read no band without its caption: it runs into table 三\'s rows', () => {
    // Table 三's last rows moved down into the caption's place.
    const items = [...TABLE3_END.map((it) => ({ ...it, top: it.top + 31.3 })), ...BAND, ...ROW];
    expect(leafLine(items)).toBeUndefined();
  });

  it('should leave a band that is not table 四\'s over a row of two numbers alone', () => {
    const other = BAND.map((it) => ({ ...it, str: it.str.replace('行政复议', '办理情况').replace('行政诉讼', '答复情况') }));
    const items = [...CAPTION, ...other, ...ROW.slice(0, 2)];
    expect(stackHeaderBands(itemsToLines(items), items)).toEqual(itemsToLines(items));
  });
});

describe('table 三 and table 四 as appendices one after the other (pdf/free-columns.ts)', () => {
  const at = (cells: [string, number, number][], header = false): XLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[2]), source: { page: 3 }, ...(header ? { header: true } : {}) });
  const T3_LEAVES: [string, number, number][] = [['自然人', 213, 244], ['商业企业', 259, 280], ['科研机构', 306, 327], ['社会公益组织', 353, 384], ['法律服务机构', 400, 431], ['其他', 447, 468], ['总计', 493, 514]];
  const T4_LEAVES = [...LEAF, ...LEAF, ...LEAF].map((w, i): [string, number, number] => [w, 72 + 26.4 * i, 82.5 + 26.4 * i]);
  const lines = [
    at(T3_LEAVES, true),
    at([['一、本年新收政府信息公开申请数量', 72, 190], ['85件', 212.5, 235], ['23件', 259.3, 282], ['9', 306.1, 311.4], ['3件', 352.9, 371], ['13', 399.7, 410.1], ['13', 446.5, 456.9], ['146件', 493.3, 521.6]]),
    at([['二、上年结转政府信息公开申请数量', 72, 190], ['1', 212.5, 217.8], ['2件', 259.3, 277], ['3', 493.3, 498.6]]),
    at([['（七）总计', 118.9, 171.4], ['86', 212.5, 222.9], ['25件', 259.3, 282.4], ['9件', 306.1, 323.9], ['3', 352.9, 358.1], ['13', 399.7, 410.1], ['13', 446.5, 456.9], ['149件', 493.3, 521.6]]),
    at(T4_LEAVES, true),
    at([['5', 98.5, 103.8], ['5', 177.7, 182.9], ['5', 230.5, 235.8], ['5', 309.7, 314.9]]),
  ];

  it('should place table 三\'s short rows by its complete rows, and table 四\'s by its leaves', () => {
    const out = placeFreeColumns(lines);
    // '2件' is a number cell: before, the row was no row of numbers and stayed as printed.
    expect(out[2]!.cells).toEqual(['二、上年结转政府信息公开申请数量', '1', '2件', '', '', '', '', '3']);
    expect(out[5]!.cells).toEqual(['', '5', '', '', '5', '', '5', '', '', '5', '', '', '', '', '']);
  });

  it('should not place rows under leaves that overlap (an OCR\'d caption\'s pieces over the label area), but by the complete rows', () => {
    const pieces: [string, number, number][] = [['加第三', 150, 190], ['项', 160, 166]];
    const out = placeFreeColumns([at([...pieces, ...T3_LEAVES], true), ...lines.slice(1, 4)]);
    expect(out[2]!.cells).toEqual(['二、上年结转政府信息公开申请数量', '1', '2件', '', '', '', '', '3']);
  });
});
