/**
 * Borderless header bands of a small agency's mostly-blank tables printed by Chromium on A5
 * (`scripts/blank-band-variants.mjs make DIR --sparse`, dev seeds 12, 14 and 28 as pdf.js gives their
 * items: [text, x, end, top], 12 pt). The narrow header cells wrap one character per line, so a
 * visual line of the band holds characters of neighbouring columns ('然 商 科 会 律'): table 三's band
 * was not recognised ('自然' never on one line) and was read line by line — every row ambiguous; a
 * row label that took its number in ('3.危及“三安全一稳定”5', the number printed right after the
 * label) moved the label column's edge over the first leaf, so the band's leaves were one short and
 * it was left unread; table 四's 行政复议 leaves, centred in cells two levels high, end at different
 * heights ('总' / '计' above '结果维持''s last character) and were read as label text.
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { placeFreeColumns, type XLine } from '../src/pdf/free-columns.js';

type Row = [string, number, number, number];
const item = ([str, x, end, top]: Row): PdfItem => ({ str, x, width: end - x, top, height: 12, size: 12 });
/** A header word printed one character per line from `top` down, in a cell starting at x. */
const column = (word: string, x: number, top: number, pitch = 15.75): Row[] => [...word].map((c, i) => [c, x, x + 12, top + i * pitch]);
const LEAVES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const leavesOf = (rows: Row[]): string[] | undefined => {
  const items = rows.map(item);
  return stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.length === 7)?.cells;
};

describe('table 三 band on A5, one character per line', () => {
  const band = (dy: number): Row[] => [
    ['（本列数据的勾稽关系为：第一项加第二', 35.81, 251.81, 141.75 + dy], ['项之和，等于第三项加第四项之和）', 47.81, 239.81, 157.5 + dy],
    ['申请人情况', 289.69, 349.69, 80.25 + dy], ['法人或其他组织', 279.08, 363.08, 123 + dy],
    ...column('自然人', 258.22, 155.25 + dy), ...column('商业企业', 276.73, 168.75 + dy), ...column('科研机构', 293.06, 168.75 + dy),
    ...column('社会公益组织', 312.23, 153 + dy), ...column('法律服务机构', 334.25, 153 + dy), ...column('其他', 353.44, 184.5 + dy), ...column('总计', 370.55, 163.5 + dy),
  ];

  it('should read the seven leaves whole over a first row of two numbers (seed 12)', () => {
    const rows: Row[] = [['一、本年新收政府信息公开申请数量', 47.81, 239.81, 261.75], ['12', 258.22, 270.22, 262.5], ['12', 370.55, 382.55, 262.5]];
    expect(leavesOf([...band(0), ...rows])).toEqual(LEAVES);
  });

  it('should read them whole when a row label has taken its number in (seed 28)', () => {
    const rows: Row[] = [
      ['一、本年新收政府信息公开申请数量', 47.81, 239.81, 261.75], ['14', 255.39, 267.39, 262.5], ['5', 292.39, 298.39, 262.5], ['9', 330.75, 336.75, 262.5], ['28', 369.11, 381.11, 262.5],
      ['二、上年结转政府信息公开申请数量', 47.81, 239.81, 304.5],
      ['3.', 134.61, 143.61, 549.75], ['危及', 143.61, 167.61, 549.75], ['“', 167.61, 172.94, 549.75], ['三安全一稳定', 172.94, 244.94, 549.75], ['”', 244.94, 250.27, 549.75],
      ['5', 255.39, 261.39, 550.5], ['5', 369.11, 375.11, 550.5],
    ];
    expect(leavesOf([...band(0), ...rows])).toEqual(LEAVES);
  });

  it('should leave a band without the applicant group (not table 三\'s) alone', () => {
    const rows: Row[] = [['一、本年新收政府信息公开申请数量', 47.81, 239.81, 261.75], ['12', 258.22, 270.22, 262.5], ['12', 370.55, 382.55, 262.5]];
    const other = band(0).map(([s, ...r]): Row => [s === '法人或其他组织' ? '办理情况分类' : s === '自' ? '甲' : s, ...r]);
    const items = [...other, ...rows].map(item);
    expect(stackHeaderBands(itemsToLines(items), items).some((l) => l.header)).toBe(false);
  });
});

describe('table 四 band on A5, 行政复议\'s leaves centred in cells two levels high (seed 14)', () => {
  const REVIEW = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const BAND: Row[] = [
    ['行政复议', 101.5, 149.5, 30], ['行政诉讼', 336, 384, 30], ['未经复议直接起诉', 170.74, 266.74, 52.5], ['复议后起诉', 324, 384, 52.5],
    // 行政复议's leaves: four characters from 74.25, 总计 from 90 (centred), all blank.
    ...REVIEW.flatMap((w, i) => column(w, [45, 69.75, 94.5, 119.25, 137.5][i]!, w === '总计' ? 90 : 74.25)),
    // 未经复议直接起诉's and 复议后起诉's leaves: from 95.25, 总计 from 111.
    ...[...REVIEW, ...REVIEW].flatMap((w, i) => column(w, [162.25, 187, 211.75, 236.5, 254.74, 279.49, 304.24, 328.99, 353.74, 372][i]!, w === '总计' ? 111 : 95.25)),
  ];
  const ROW: Row[] = [['1', 242.5, 248.5, 184.5], ['1', 260.74, 266.74, 184.5], ['3', 285.49, 291.49, 184.5], ['3', 378, 384, 184.5]];

  it('should read the fifteen leaves in printed order, 行政复议\'s five first', () => {
    const items = [...BAND, ...ROW].map(item);
    const leaves = stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.length === 15);
    expect(leaves?.cells).toEqual([...REVIEW, ...REVIEW, ...REVIEW]);
    const under = ROW.map(([, x, end]) => leaves!.xs.findIndex((lx, i) => x < leaves!.ends![i]! && end > lx));
    expect(under).toEqual([8, 9, 10, 14]);
  });
});

describe('placeFreeColumns: a mostly-blank table 三 continued on the next page (seed 4, Chromium A4)', () => {
  /**
   * The header (read whole) and the rows on page 2 print numbers under 自然人, 科研机构, 其他 and 总计
   * only; page 3's rows print one in 法律服务机构, a column no row of page 2 printed in. Page 3's rows
   * were placed only when each of their number columns lay on one of page 2's: none was, and the
   * rows from 7.属于行政执法案卷 on stayed ambiguous.
   */
  const at = (page: number, ...cells: [string, number, number][]): XLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[2]), source: { page } });
  const header: XLine = { ...at(2, ['自然人', 407.6, 431.6], ['商业企业', 437.2, 449.2], ['科研机构', 457, 469], ['社会公益组织', 476.9, 500.9], ['法律服务机构', 509.1, 533.1], ['其他', 541.1, 553.1], ['总计', 561.6, 573.6]), header: true };
  const lines = [
    header,
    at(2, ['一、本年新收政府信息公开申请数量', 123.8, 315.8], ['8', 416.6, 422.6], ['7', 544.1, 550.1], ['15', 561.6, 573.6]),
    at(2, ['1.属于国家秘密', 246.6, 336.6], ['0', 460, 466]),
    at(2, ['3.危及“三安全一稳定”', 229, 343], ['3', 544.1, 550.1], ['3', 564.6, 570.6]),
    at(3, ['7.属于行政执法案卷', 235, 343], ['2', 416.6, 422.6], ['2', 564.6, 570.6]),
    at(3, ['3.要求提供公开出版物', 229, 349], ['1', 518.1, 524.1], ['1', 564.6, 570.6]),
    at(3, ['（七）总计', 225, 285], ['6', 416.6, 422.6], ['7', 544.1, 550.1], ['13', 561.6, 573.6]),
  ];

  it('should place page 3\'s rows under the header\'s leaf columns', () => {
    const out = placeFreeColumns(lines);
    expect(out[4]!.cells).toEqual(['7.属于行政执法案卷', '2', '', '', '', '', '', '2']);
    expect(out[5]!.cells).toEqual(['3.要求提供公开出版物', '', '', '', '', '1', '', '1']);
    expect(out[6]!.cells).toEqual(['（七）总计', '6', '', '', '', '', '7', '13']);
  });

  it('should leave a later page alone whose numbers lie on no leaf column', () => {
    const other = [...lines.slice(0, 4), at(3, ['某表', 100, 124], ['5', 620, 626], ['5', 700, 706])];
    expect(placeFreeColumns(other)[4]!.cols).toBeUndefined();
  });
});
