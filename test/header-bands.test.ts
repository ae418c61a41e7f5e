/**
 * `pdftotext -layout` of a small office's tables printing their zeros blank (Chromium, LibreOffice
 * from HTML or .docx): each row shows 0–3 numbers at character columns under a header wrapped over
 * several lines. The dump pads by characters (an ideograph one cell), so the rows are read under that
 * measure only (layout/padded-measure.ts) — in display columns '12' sat under 本年废止件数 and a row's
 * lone '9' under 社会公益组织, both at 0.95 — and placed in the bands of the header's column words
 * (layout/header-bands.ts) down to the next section heading, label lines of their own rows read as rows
 * of blank cells.
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { at } from './helpers/placed-line.js';
import { headerBands, bandCells, placeByBands } from '../src/layout/header-bands.js';
import { measureMargin, paddedMeasures } from '../src/layout/padded-measure.js';

const none = (): boolean => false;

const _ = null;

/** Table 二 of a Chromium print of a narrow page: three value columns, most cells blank. */
const table2 = [
  '二、主动公开政府信息情况',
  at(['第二十条第（一）项'], [10]),
  at(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], [2, 7, 14, 21]),
  at(['规章', '0', '18'], [3, 11, 18]),
  at(['行政规范性文件', '12', _, '28'], [1, 11, 18, 24]),
  at(['第二十条第（五）项'], [10]),
  at(['信息内容', '本年处理决定数量'], [2, 15]),
  at(['行政许可', '51'], [3, 20]),
];

/** Table 三 of a LibreOffice print of a .docx: the header over three lines, a group label's line cutting the rows. */
const HEAD = [54, 67, 73, 81, 90];
const table3 = [
  '三、收到和处理政府信息公开申请情况',
  at(['申请人情况'], [73]),
  at(['法人或其他组织'], [69]),
  at(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'], [4]),
  at(['自然人', '科研机', '社会公益', '法律服务机', '总计'], HEAD),
  at(['商业企业', '其他'], [60, 87]),
  at(['构', '组织', '构'], [68, 74, 83]),
  at(['一、本年新收政府信息公开申请数量', '9', '9'], [19, 55, 90]),
  at(['二、上年结转政府信息公开申请数量'], [19]),
  at(['三、本年度办理', '（一）予以公开'], [0, 35]),
  at(['结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [2, 16]),
  at(['1.属于国家秘密'], [40]),
  at(['2.其他法律行政法规禁止公开', '3', '3'], [35, 55, 90]),
  at(['3.危及“三安全一稳定”'], [38]),
  at(['4.保护第三方合法权益', '1', '1'], [39, 67, 90]),
  at(['5.属于三类内部事务信息'], [38]),
  at(['6.属于四类过程性信息', '2', '2'], [39, 55, 90]),
  at(['7.属于行政执法案卷'], [39]),
  at(['8.属于行政查询事项', '1', '1'], [39, 61, 90]),
  '四、政府信息公开行政复议、行政诉讼情况',
];

describe('header bands of a mostly blank -layout table', () => {
  it('reads table 二 under the measure its rows line up by, each number in its header word\'s band', () => {
    // A PDF's dump (a form feed after the page) tells the measure: table 二's two rows alone are one place apart, chance.
    const cells = alignedRowCells([...table2, '\f'], none);
    expect(cells.get(3)).toEqual(['规章', '0', '18', '']);
    expect(cells.get(4)).toEqual(['行政规范性文件', '12', '', '28']);
    // Another sub-table's header ends the bands: its one value is not put in a column of three.
    expect(cells.get(7)?.length ?? 2).toBe(2);
  });

  it('places table 三\'s rows of two numbers under 自然人 and 总计, label rows of their own as blank rows', () => {
    const cells = alignedRowCells(table3, none);
    expect(cells.get(7)).toEqual(['一、本年新收政府信息公开申请数量', '9', '', '', '', '', '', '9']);
    expect(cells.get(12)).toEqual(['2.其他法律行政法规禁止公开', '3', '', '', '', '', '', '3']);
    expect(cells.get(14)).toEqual(['4.保护第三方合法权益', '', '', '1', '', '', '', '1']);
    expect(cells.get(18)).toEqual(['8.属于行政查询事项', '', '1', '', '', '', '', '1']);
    // A band is the header word's extent, not the cell's: the rows it places are in doubt (capped below 0.8).
    const doubt = new Set<number>();
    alignedRowCells(table3, none, new Map(), new Map(), doubt);
    expect([...doubt].sort((a, b) => a - b)).toEqual(expect.arrayContaining([12, 14, 18]));
    expect(cells.get(17)?.slice(1)).toEqual(['', '', '', '', '', '', '']);
    expect(cells.get(9)?.slice(1)).toEqual(['', '', '', '', '', '', '']);
    // A label wrapped onto the next line is no blank row.
    expect(cells.get(10)).toBeUndefined();
  });

  it('takes the measure from the table\'s rows, else the document\'s, else both', () => {
    const e = (margin: number, rows: number) => ({ margin, rows });
    expect(paddedMeasures(e(0, 2), [e(0, 2), e(3, 9)])).toEqual(['chars']);
    expect(paddedMeasures(e(-2, 3), [e(-2, 3), e(3, 9)])).toEqual(['width']);
    // Two rows line up by chance; one place is no evidence; a document's margin needs a table of three rows or more.
    expect(paddedMeasures(e(2, 2), [e(2, 2)])).toEqual(['chars', 'width']);
    expect(paddedMeasures(e(1, 5), [e(1, 5)])).toEqual(['chars', 'width']);
    expect(paddedMeasures(e(1, 2), [e(1, 2), e(1, 4)])).toEqual(['chars']);
    // A PDF's text dump (form feeds): characters, unless its tables line up by display columns.
    expect(paddedMeasures(e(1, 2), [e(1, 2)], true)).toEqual(['chars']);
    expect(paddedMeasures(e(-1, 2), [e(-1, 2)], true)).toEqual(['chars', 'width']);
    expect(measureMargin([]).margin).toBe(0);
  });

  it('leaves a number reaching two bands unread, and a number in none unplaced', () => {
    const bands = headerBands([at(['本年制发件数', '本年废止件数', '现行有效件数'], [7, 14, 21])], 'chars')!;
    expect(bands.bands.length).toBe(3);
    const row = (text: string, start: number) => ({ index: 0, label: 'x', raw: '', labelEnd: 0, nums: [{ text, start: { chars: start, width: start }, end: { chars: start + text.length, width: start + text.length } }] });
    // '123' at 12–15 lies in no band; within two cells it reaches 本年制发件数 and 本年废止件数.
    expect(bandCells(row('123', 12), bands)).toEqual([null, null, '']);
    expect(bandCells(row('5', 40), bands)).toBeNull();
  });
  it('parts a header pdftotext rounded line by line into its columns by spelling (narrow A5 Chromium: one character per line)', () => {
    // 总 packed one space after 法律 on its line sits over the next line's 其: overlap chains give six columns ('总其他计').
    const header = [
      at(['申请人情况'], [21]),
      at(['（本列数据的勾稽关系为：第一项', '自', '法人或其他组织'], [0, 16, 20]),
      at(['加第二项之和，等于第三项加第四', '然', '商', '科', '社会', '法律', '总'], [0, 16, 18, 20, 22, 25, 28]),
      at(['项之和）', '业', '研', '其'], [5, 18, 20, 28]),
      at(['人', '企', '机', '公益', '服务', '他', '计'], [16, 18, 20, 22, 25, 28, 30]),
      at(['业', '构', '组织', '机构'], [18, 20, 22, 25]),
    ];
    const b = headerBands(header, 'chars')!;
    expect(b.bands.map((x) => [x.lo, x.hi])).toEqual([[16, 17], [18, 19], [20, 21], [22, 24], [25, 27], [28, 29], [28, 31]]);
    const nums = [['7', 16], ['1', 18], ['2', 28], ['10', 30]] as const;
    const row = { index: 0, label: 'x', raw: '', labelEnd: 0, nums: nums.map(([text, start]) => ({ text, start: { chars: start, width: start }, end: { chars: start + text.length, width: start + text.length } })) };
    // 2 lies in both 其他 and 总计; 10 in 总计 only: in order, 2 is 其他's.
    expect(bandCells(row, b)).toEqual(['7', '1', '', '', '', '2', '10']);
  });

  it('gives no bands when a column\'s pieces lie far apart (a line pdftotext spread, another it packed)', () => {
    const header = [
      at(['自然人', '总计'], [17, 40]),
      at(['商业企业', '科研', '社会', '法律服务', '其他'], [21, 26, 29, 32, 37]),
      at(['机构', '公益', '机构'], [41, 47, 53]),
      at(['组织'], [28]),
    ];
    expect(headerBands(header, 'chars')).toBeNull();
  });
  it('keeps bands of a header of one character per line only where the table\'s first row lies in them', () => {
    // No column word whole on a line: the table is known by its characters; pdftotext may round such a header apart from its rows.
    const header = [
      '三、收到和处理政府信息公开申请情况',
      at(['法人或其他组织'], [20]),
      at(['（本列数据的勾稽关系为：第一项', '自', '社', '法'], [0, 16, 22, 25]),
      at(['加第二项之和，等于第三项加第四', '然', '商', '科', '会', '律', '总'], [0, 16, 18, 20, 22, 25, 30]),
      at(['项之和）', '业', '研', '公', '服', '其'], [5, 18, 20, 22, 25, 28]),
      at(['人', '企', '机', '益', '务', '他', '计'], [16, 18, 20, 22, 25, 28, 30]),
      at(['业', '构', '组', '机'], [18, 20, 22, 25]),
      at(['织', '构'], [22, 25]),
    ];
    const num = (text: string, start: number) => ({ text, start: { chars: start, width: start }, end: { chars: start + text.length, width: start + text.length } });
    const place = (shift: number): Map<number, string[]> => {
      const rows = new Map([
        [8, { index: 8, label: '一、本年新收', raw: '', labelEnd: 6, nums: [num('7', 16 + shift), num('1', 18 + shift), num('2', 28 + shift), num('10', 30 + shift)] }],
        [9, { index: 9, label: '二、上年结转', raw: '', labelEnd: 6, nums: [num('3', 16), num('3', 30)] }],
      ]);
      const raws = [...header, at(['一、本年新收'], [0]), at(['二、上年结转'], [0]), '四、政府信息公开行政复议、行政诉讼情况'];
      const out = new Map<number, string[]>();
      placeByBands(raws, none, (i) => rows.get(i) ?? null, ['chars'], out, new Map());
      return out;
    };
    expect(place(0).get(8)).toEqual(['一、本年新收', '7', '1', '', '', '', '2', '10']);
    expect(place(0).get(9)).toEqual(['二、上年结转', '3', '', '', '', '', '', '3']);
    // The first row 8 cells right of the header's words (its 2 in no band): the bands are not the table's, no row is placed by them.
    expect(place(8).size).toBe(0);
  });

  it('reads a header whose first column word\'s head pdftotext pushed right of the label text (\'…等于第三项加第 自\'): bands of the other pieces', () => {
    // Chromium A4: the label column's text reaches past 自's column, pdftotext sets 自 one space after it.
    const header = [
      at(['申请人情况'], [46]),
      at(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第', '自', '法人或其他组织'], [0, 30, 45]),
      at(['四项之和）', '然', '商业', '科研', '社会公', '法律服', '其', '总计'], [16, 38, 40, 43, 46, 50, 54, 56]),
      at(['人', '企业', '机构', '益组织', '务机构', '他'], [38, 40, 43, 46, 50, 54]),
    ];
    const b = headerBands(header, 'chars')!;
    expect(b.bands.map((x) => [x.lo, x.hi])).toEqual([[38, 39], [40, 42], [43, 45], [46, 49], [50, 53], [54, 55], [56, 58]]);
    const num = (text: string, start: number) => ({ text, start: { chars: start, width: start }, end: { chars: start + text.length, width: start + text.length } });
    const row = (...nums: [string, number][]) => ({ index: 0, label: 'x', raw: '', labelEnd: 0, nums: nums.map(([t, s]) => num(t, s)) });
    // '42' at 38–40 lies in no band; it overlaps 自然人's only (商业 starts at 40): 自然人's.
    expect(bandCells(row(['42', 38], ['42', 57]), b)).toEqual(['42', '', '', '', '', '', '42']);
    // The same row's line rounded two cells right ('（七）总计'): its 42 under 总计 is in no band; read shifted, every
    // shift placing both numbers puts the first under 自然人.
    expect(bandCells(row(['42', 40], ['42', 59]), b)).toEqual(['42', '', '', '', '', '', '42']);
    // A row whose last number sums the others prints it under 总计: a reading putting it under 法律服务机构 is none.
    expect(bandCells(row(['53', 43], ['53', 50]), b)).toBeNull();
  });
  it('reads bands of a header whose lines pdftotext spread and packed apart from its line holding every column (fresh51 b04)', () => {
    const header = [
      '                                    申请人情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 自然 法人或其他组织',
      '                                    人 商业  科研 社会公益 法律服务 其 总',
      '                                       企业 机构 组织 机构 他 计',
    ];
    // '社会公益' over '组织 机构' and '法律服务' over '他 计' are column words' heads, not group words; 他 lies four cells left of 其:
    // the bands are the spread line's pieces.
    const b = headerBands(header, 'chars');
    expect(b?.bands).toEqual([
      { lo: 36, hi: 37 },
      { lo: 38, hi: 40 },
      { lo: 42, hi: 44 },
      { lo: 45, hi: 49 },
      { lo: 50, hi: 54 },
      { lo: 55, hi: 56 },
      { lo: 57, hi: 58 },
    ]);
    expect(b?.spelled).toBe(true);
  });
});
