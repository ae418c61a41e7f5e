/**
 * Borderless header bands over a small agency's mostly-blank rows (zeros printed as empty cells;
 * `scripts/blank-band-variants.mjs make DIR --sparse`), items as Chromium prints them (12 pt, header
 * cells wrapping a character or two a line; [text, x, end, top] from `pdftotext -bbox-layout` of
 * dev seed 7). Table 三's first row prints two numbers (自然人 and 总计): under MIN_PART_COLUMNS, so
 * the band had no columns and was read line by line ('自然商科', `columns_unread`, every row
 * ambiguous). Table 四's row prints numbers only under 行政诉讼: 行政复议's five leaves, left of the
 * first number column under their own group header, were read as label text, one cell
 * '行政复议结果维结果纠…', and the header's order as '结果纠正 其他结果 尚未审结 总计 结果维持 …'
 * (`columns_reordered`, table 四 unread).
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const item = ([str, x, end, top]: [string, number, number, number]): PdfItem => ({ str, x, width: end - x, top, height: 12, size: 12 });
const LEAF = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

describe('table 三 band over a first row of two numbers', () => {
  const BAND: [string, number, number, number][] = [
    ['申请人情况', 462.1, 522.1, 208.9], ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四', 39.8, 399.8, 254.7], ['项之和）', 195.8, 243.8, 270.4],
    ['法人或其他组织', 453.2, 537.2, 251.7], ['自然', 407.6, 431.6, 276.4], ['总', 561.6, 573.6, 276.4], ['商', 437.2, 449.2, 281.7], ['科', 457.0, 469.0, 281.7],
    ['人', 413.6, 425.6, 292.2], ['业', 437.2, 449.2, 297.4], ['研', 457.0, 469.0, 297.4], ['社会', 476.9, 500.9, 289.9], ['法律', 509.1, 533.1, 289.9],
    ['其', 541.1, 553.1, 297.4], ['计', 561.6, 573.6, 292.2], ['公益', 476.9, 500.9, 305.7], ['服务', 509.1, 533.1, 305.7], ['企', 437.2, 449.2, 313.2],
    ['机', 457.0, 469.0, 313.2], ['他', 541.1, 553.1, 313.2], ['组织', 476.9, 500.9, 321.4], ['机构', 509.1, 533.1, 321.4], ['业', 437.2, 449.2, 328.9], ['构', 457.0, 469.0, 328.9],
  ];
  const ROWS: [string, number, number, number][] = [
    ['一、本年新收政府信息公开申请数量', 123.8, 315.8, 358.9], ['18', 413.6, 425.6, 360.6], ['18', 561.6, 573.6, 360.6],
    ['二、上年结转政府信息公开申请数量', 123.8, 315.8, 401.6],
    ['（三）不予公开', 106.4, 190.4, 487.1], ['1.属于国家秘密', 246.6, 336.6, 487.1], ['1', 416.6, 422.6, 488.8], ['1', 564.6, 570.6, 488.8],
  ];
  const items = (band: typeof BAND): PdfItem[] => [...band, ...ROWS].map(item);

  it('should read the seven leaves whole by the header\'s own columns', () => {
    const lines = stackHeaderBands(itemsToLines(items(BAND)), items(BAND));
    const leaves = lines.find((l) => l.header && l.cells.length === 7);
    expect(leaves?.cells).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(lines.some((l) => l.header && l.cells.includes('法人或其他组织'))).toBe(true);
  });

  it('should leave a band that is not table 三\'s (no applicant group) over two numbers alone', () => {
    const other = BAND.map(([s, ...rest]): [string, number, number, number] => [s.replace('法人或其他组织', '办理情况分类统计'), ...rest]);
    expect(stackHeaderBands(itemsToLines(items(other)), items(other)).some((l) => l.header)).toBe(false);
  });
});

describe('table 四 band whose 行政复议 columns are all blank', () => {
  const twoLines = (word: string, x: number, top: number): [string, number, number, number][] => {
    const [a, b] = word === '总计' ? ['总', '计'] : [word.slice(0, 3), word.slice(3)];
    const w = (s: string): number => 12 * s.length;
    return [[a!, x, x + w(a!), top], [b!, x + (w(a!) - w(b!)) / 2, x + (w(a!) + w(b!)) / 2, top + 15.7]];
  };
  const BAND: [string, number, number, number][] = [
    ['行政复议', 100.5, 148.5, 68.7], ['行政诉讼', 372.7, 420.7, 68.7], ['未经复议直接起诉', 258.0, 354.0, 111.4], ['复议后起诉', 457.5, 517.5, 111.4],
    ...LEAF.flatMap((w, i) => twoLines(w, [35.5, 75.1, 114.7, 154.3, 197.6][i]!, 133.2)),
    ...[...LEAF, ...LEAF].flatMap((w, i) => twoLines(w, [217.0, 256.6, 296.2, 335.7, 379.1, 398.5, 438.1, 477.7, 517.2, 560.6][i]!, 154.2)),
  ];
  const ROW: [string, number, number, number][] = [['2', 271.6, 277.6, 212.8], ['2', 311.2, 317.2, 212.8], ['4', 382.1, 388.1, 212.8]];

  it('should read the fifteen leaves in printed order, 行政复议\'s five first', () => {
    const items = [...BAND, ...ROW].map(item);
    const lines = stackHeaderBands(itemsToLines(items), items);
    const leaves = lines.find((l) => l.header && l.cells.length === 15);
    expect(leaves?.cells).toEqual([...LEAF, ...LEAF, ...LEAF]);
    const under = ROW.map(([, x, end]) => leaves!.xs.findIndex((lx, i) => x < leaves!.ends![i]! && end > lx));
    expect(under).toEqual([6, 7, 9]);
  });

  it('should not take a label header centred on the band (one cell, no group over it) for leaves', () => {
    const items = [...BAND.filter(([s, x]) => x > 210 || s === '行政诉讼'), ['项目', 90, 114, 140] as [string, number, number, number], ...ROW].map(item);
    const lines = stackHeaderBands(itemsToLines(items), items);
    expect(lines.some((l) => l.header && l.cells.length === 11)).toBe(false);
  });
});
