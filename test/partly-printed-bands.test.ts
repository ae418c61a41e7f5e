/**
 * Borderless prints of a small agency's PARTLY printed tables (sparse53; the kind: scripts/blank-band-variants.mjs make DIR
 * --partly): most cells printed blank, rows printing one or two numbers. Three faults of recognising and reading the header
 * band (pdf/header-band.ts, pdf/header-leaves.ts), each of which left a table unread:
 * - table 三's group header wrapped in its cell ('法人或其他组' / '织', Chromium A5 at 14 pt): '法人或其他组织' was never
 *   whole, the band was not table 三's, read line by line, and every cell of the table was missing;
 * - table 三's first row (本年新收) printed blank (nothing received, one request carried over): the band stood over the
 *   second row, not the first, and was not table 三's;
 * - table 四 on A5 at 10 pt, 行政复议's leaves two lines high above the 诉讼 groups' leaves, the row's only numbers under
 *   复议后起诉: ten leaf columns left of the first number were taken for a label column, the band was not read by its
 *   own leaves and table 四 was missing.
 * Items in pt, copied by hand from the generator's prints (the band's geometry as printed).
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { HEADING, item, LEAVES, NUMBER_X, requestBand, WHOLE_GROUP } from './helpers/request-band.js';

/** The group header wrapped in its cell, its last character centred on a line of its own. */
const WRAPPED_GROUP = [item('法人或其他组', 430, 502, 306), item('织', 460, 472, 322)];
const band = requestBand;
/** A row: its label and its printed values by column (blank cells print nothing). */
const row = (label: string, values: Record<number, string>, top: number): PdfItem[] => [
  item(label, 102.8, 294.8, top + 1.5),
  ...Object.entries(values).map(([i, v]) => item(v, NUMBER_X[Number(i)]![0], NUMBER_X[Number(i)]![1], top)),
];
const leavesOf = (items: PdfItem[]): string[] | undefined => stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.includes('总计'))?.cells;

describe('table 三 band over rows printing one or two numbers', () => {
  const rows = [...row('一、本年新收政府信息公开申请数量', { 0: '5', 5: '1' }, 417), ...row('二、上年结转政府信息公开申请数量', { 0: '1' }, 462)];

  it('should read the band by its own leaves when its group header wraps in its cell', () => {
    expect(leavesOf([...HEADING, ...band(WRAPPED_GROUP), ...rows])).toEqual(LEAVES);
  });

  it('should read it so with the group header whole (control)', () => {
    expect(leavesOf([...HEADING, ...band(WHOLE_GROUP), ...rows])).toEqual(LEAVES);
  });

  it('should read the band over the second row when the first row prints no number', () => {
    const blankFirst = [...row('一、本年新收政府信息公开申请数量', {}, 417), ...row('二、上年结转政府信息公开申请数量', { 0: '1' }, 462), ...row('三、本年度办理结果（一）予以公开', { 0: '1' }, 507)];
    expect(leavesOf([...HEADING, ...band(WHOLE_GROUP), ...blankFirst])).toEqual(LEAVES);
  });

  it('should not take a band naming no applicant group for table 三\'s over a first row printed blank', () => {
    const other = [...HEADING, ...band([]).filter((it) => !'自然人'.includes(it.str)), ...row('一、本年新收政府信息公开申请数量', {}, 417), ...row('二、上年结转政府信息公开申请数量', { 0: '1' }, 462)];
    expect(leavesOf(other)).toBeUndefined();
  });
});

describe('table 四 band on A5 with the row\'s numbers under its last group only', () => {
  // Chromium A5 at 10 pt (blank-band-variants --partly seed 2): 行政复议's leaves on two lines level with the 诉讼 groups'
  // headers, the 诉讼 groups' leaves on two lines below them; the row prints '1' under 复议后起诉's 结果纠正 and 总计.
  const t = (str: string, x: number, end: number, top: number): PdfItem => item(str, x, end, top, 10);
  const LEAF_WORDS: [string, string][] = [['结果', '维持'], ['结果', '纠正'], ['其他', '结果'], ['尚未', '审结'], ['总', '计']];
  const leaves = (xs: number[], top: number): PdfItem[] => LEAF_WORDS.flatMap(([a, b], i) => [t(a, xs[i]!, xs[i]! + (a.length * 10), top), t(b, xs[i]!, xs[i]! + (b.length * 10), top + 13.5)]);
  const ITEMS = [
    t('四、政府信息公开行政复议、行政诉讼情况', 33.8, 226.2, 456.9),
    t('行政复议', 72.4, 112.4, 492.1), t('行政诉讼', 248.2, 288.2, 492.1),
    ...leaves([36.3, 61.3, 86.4, 111.4, 137.5], 528.1),
    t('未经复议直接起诉', 169.6, 249.6, 528.1), t('复议后起诉', 301.9, 351.8, 528.1),
    ...leaves([153.5, 178.6, 203.6, 228.7, 254.7], 559.1),
    ...leaves([270.8, 295.8, 320.9, 345.9, 372], 559.1),
    t('1', 303.3, 308.3, 609.3), t('1', 374.5, 379.5, 609.3),
  ];
  const WORDS = LEAF_WORDS.map((w) => w.join(''));

  it('should read every group\'s leaves whole, in printed order', () => {
    expect(stackHeaderBands(itemsToLines(ITEMS), ITEMS).find((l) => l.header && l.cells.includes('结果维持'))?.cells).toEqual([...WORDS, ...WORDS, ...WORDS]);
  });
});
