/**
 * Empty cells of borderless PDF tables (issue 16): in table 二 an empty cell prints nothing, so the
 * row's numbers are put under the column header they sit below, with an empty cell where nothing
 * was printed, and a label alone in the label column is a row of empty cells. Positions below are
 * those Chromium printed for a borderless table 二 (pt, rounded), written by hand.
 */
import { placeFreeColumns, type XLine } from '../src/pdf/free-columns.js';
import { buildRows } from '../src/tables/build-rows.js';
import { tableGroups } from '../src/map/table-rows.js';
import { solve } from '../src/solve/index.js';
import { TEMPLATE_2019 } from '../src/template/index.js';

/** A free line: cells with [x, end] each. */
const line = (...cells: [string, number, number][]): XLine => ({ cells: cells.map((c) => c[0]), xs: cells.map((c) => c[1]), ends: cells.map((c) => c[2]) });

const HEADER = line(['信息内容', 97, 145], ['本年新制作数量', 228, 312], ['本年新公开数量', 351, 435], ['对外公开总数量', 475, 559]);
const GROUP = line(['第二十条第（一）项', 250, 350]);

describe('placeFreeColumns: empty cells of a borderless table 二 keep their column', () => {
  it('should put each number under its header and an empty cell where nothing was printed', () => {
    const out = placeFreeColumns([GROUP, HEADER, line(['规章', 109, 133], ['19', 264, 276], ['7', 390, 396]), line(['规范性文件', 91, 151], ['4', 510, 516])]);
    expect(out[2]!.cells).toEqual(['规章', '19', '7', '']);
    expect(out[3]!.cells).toEqual(['规范性文件', '', '', '4']);
    expect(out[3]!.cols).toEqual([0, 1, 2, 3]);
  });

  it("should keep '信息内容' a label column where the labels end before it (A5 print, last column cut: breaker44 h2 r21-a5)", () => {
    const head = line(['信息内容', 184.7, 206.7], ['本年制发件数', 256.7, 290], ['本年废止件数', 334, 367.3]);
    const out = placeFreeColumns([head, line(['规章', 160.7, 172], ['18', 270, 275.3], ['9', 349.3, 352])]);
    expect(out[1]!.cells).toEqual(['规章', '18', '9']);
  });

  it('should make a label alone in the label column a row of empty cells', () => {
    const out = placeFreeColumns([HEADER, line(['规章', 109, 133]), line(['规范性文件', 91, 151], ['10', 264, 276], ['20', 387, 399], ['3', 510, 516])]);
    expect(out[1]!.cells).toEqual(['规章', '', '', '']);
    expect(out[2]!.cells).toEqual(['规范性文件', '10', '20', '3']);
  });

  it('should carry the header over lines of other pages (the rows continue below it)', () => {
    const out = placeFreeColumns([HEADER, line(['规章', 109, 133], ['5', 264, 276], ['5', 510, 516]), line(['规范性文件', 91, 151], ['2', 387, 399])]);
    expect(out[2]!.cells).toEqual(['规范性文件', '', '2', '']);
  });

  it('should leave a row as printed when its numbers do not fall one per column', () => {
    const two = line(['规章', 109, 133], ['1', 300, 306], ['2', 320, 326]); // both between the headers
    expect(placeFreeColumns([HEADER, two])[1]!.cells).toEqual(['规章', '1', '2']);
    const wide = line(['规章', 109, 133], ['1', 100, 106]); // under the label column
    expect(placeFreeColumns([HEADER, wide])[1]!.cells).toEqual(['规章', '1']);
  });

  it('should stop at prose or a section heading', () => {
    const out = placeFreeColumns([HEADER, line(['三、收到和处理政府信息公开申请情况', 34, 262]), line(['规章', 109, 133], ['19', 264, 276])]);
    expect(out[2]!.cells).toEqual(['规章', '19']);
  });

  it('should leave wide tables (more than 4 value columns) to the row readings', () => {
    const header = line(['项目', 50, 80], ...[0, 1, 2, 3, 4, 5, 6].map((i): [string, number, number] => [`列${i}`, 100 + 60 * i, 130 + 60 * i]));
    expect(placeFreeColumns([header, line(['一、本年新收', 40, 90], ['3', 110, 116], ['3', 470, 476])])[1]!.cells).toEqual(['一、本年新收', '3', '3']);
  });

  it('should read the placed rows: the empty cell is 0 (blank), the others as printed', () => {
    const lines = placeFreeColumns([HEADER, line(['规章', 109, 133], ['19', 264, 276], ['7', 390, 396]), line(['规范性文件', 91, 151], ['10', 264, 276], ['20', 387, 399], ['3', 510, 516])]);
    const rows = buildRows(lines.map((l) => ({ cells: l.cells, separated: true, source: {}, ...(l.cols ? { cols: l.cols } : {}) })));
    const { groups } = tableGroups('activeDisclosure', rows, TEMPLATE_2019.activeRows, { allowPosition: true });
    const { fields } = solve(groups, []);
    expect(fields.get('activeDisclosure.regulations.created')?.value).toBe(19);
    expect(fields.get('activeDisclosure.regulations.published')?.value).toBe(7);
    expect(fields.get('activeDisclosure.regulations.totalPublic')).toMatchObject({ value: 0, flags: ['blank'] });
  });
});

describe('placeFreeColumns: wide borderless tables take their columns from a complete row', () => {
  /** Seven value columns 34 pt apart, numbers centred (positions as Chromium printed table 三, rounded). */
  const col = (j: number): number => 345 + 34 * j;
  const num = (v: string, j: number): [string, number, number] => [v, col(j), col(j) + 6 * v.length];
  const rowOf = (label: string, values: (string | null)[]): XLine => line([label, 193, 320], ...values.flatMap((v, j) => (v === null ? [] : [num(v, j)])));

  it('should put a row with empty cells under the columns of the complete rows', () => {
    const out = placeFreeColumns([rowOf('一、本年新收', ['15', '6', '1', '2', '3', '4', '31']), rowOf('1.属于国家秘密', ['2', null, null, null, '1', null, '3']), rowOf('（七）总计', ['9', '6', '1', '2', '3', '4', '25'])]);
    expect(out[1]!.cells).toEqual(['1.属于国家秘密', '2', '', '', '', '1', '', '3']);
  });

  it('should make a numbered leaf label alone between the rows a row of empty cells (a blank row)', () => {
    const full = rowOf('1.本机关不掌握相关政府信息', ['22', '3', null, null, null, '3', '28']);
    const out = placeFreeColumns([rowOf('一、本年新收', ['15', '6', '1', '2', '3', '4', '31']), full, line(['2.没有现成信息需要另行制作', 193, 320]), rowOf('3.补正后申请内容仍不明确', [null, '1', null, null, null, null, '1']), rowOf('（七）总计', ['9', '6', '1', '2', '3', '4', '25'])]);
    expect(out[2]!.cells).toEqual(['2.没有现成信息需要另行制作', '', '', '', '', '', '', '']);
    expect(out[2]!.cols).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out[1]!.cells).toEqual(['1.本机关不掌握相关政府信息', '22', '3', '', '', '', '3', '28']);
  });

  it('should leave a group label followed by its sub-rows, and a wrapped fragment, as labels', () => {
    const first = rowOf('一、本年新收', ['15', '6', '1', '2', '3', '4', '31']);
    const last = rowOf('（七）总计', ['9', '6', '1', '2', '3', '4', '25']);
    const group = line(['（三）不予公开', 193, 280]);
    const heading = line(['三、本年度办理结果', 193, 290]);
    const fragment = line(['一情形，不计其他情形）', 193, 300]);
    const out = placeFreeColumns([first, heading, line(['119', 549, 567]), rowOf('（一）予以公开', ['2', '1', null, null, null, null, '3']), fragment, group, rowOf('1.属于国家秘密', ['2', null, null, null, '1', null, '3']), last]);
    for (const l of [out[1]!, out[4]!, out[5]!]) expect(l.cols).toBeUndefined();
  });

  it('should join a total printed in touching pieces and still place the rows with empty cells', () => {
    // LibreOffice (.odt print) gave a 总计 cell's '61' as '6' and '1', ink touching: that row seems to
    // print eight numbers, the widest count no other row prints. It is a complete row, its number joined.
    const pieces = line(['（七）总计', 193, 320], ...['28', '7', '6', '10', '5', '5'].map((v, j) => num(v, j)), ['6', col(6), col(6) + 6], ['1', col(6) + 6, col(6) + 12]);
    const out = placeFreeColumns([rowOf('一、本年新收', ['15', '6', '1', '2', '3', '4', '31']), rowOf('二、上年结转', ['1', '0', '1', '0', '0', '0', '2']), rowOf('1.属于国家秘密', ['2', null, null, null, '1', null, '3']), pieces]);
    expect(out[2]!.cells).toEqual(['1.属于国家秘密', '2', '', '', '', '1', '', '3']);
    expect(out[3]!.cells).toEqual(['（七）总计', '28', '7', '6', '10', '5', '5', '61']);
  });

  it('should not join touching numbers under two columns (two cells), and then place nothing', () => {
    // Eight numbers, the '5' before the total's column touching its '1': not one cell's pieces.
    const apart = line(['（七）总计', 193, 320], ...['28', '7', '6', '10', '5', '5'].map((v, j) => num(v, j)), ['5', col(6) - 6, col(6)], ['1', col(6), col(6) + 6]);
    const out = placeFreeColumns([rowOf('一、本年新收', ['15', '6', '1', '2', '3', '4', '31']), rowOf('二、上年结转', ['1', '0', '1', '0', '0', '0', '2']), rowOf('1.属于国家秘密', ['2', null, null, null, '1', null, '3']), apart]);
    expect(out[2]!.cells).toEqual(['1.属于国家秘密', '2', '1', '3']);
  });

  it('should leave the rows as printed without two complete rows that agree', () => {
    // The row with most numbers lacks a column (commercial empty): it alone does not give the columns.
    const out = placeFreeColumns([rowOf('一、本年新收', ['15', null, '1', '2', '3', '4', '25']), rowOf('1.属于国家秘密', ['2', null, null, null, '1', null, '3'])]);
    expect(out[1]!.cells).toEqual(['1.属于国家秘密', '2', '1', '3']);
  });
});

describe('touching cells: a number that may be two cells\' numbers is marked and split by the row readings', () => {
  /** Header leaves as a Ghostscript re-print of unpadded right|left-aligned cells gave them (pt, rounded). */
  const header = line(['信息内容', 34, 96], ['本年制发件数', 198, 299], ['本年废止件数', 299, 360], ['现行有效件数', 425, 453]);
  const toLines = (ls: XLine[]) => ls.map((l) => ({ cells: l.cells, separated: true, source: {}, ...(l.cols ? { cols: l.cols } : {}), ...(l.fused ? { fused: l.fused } : {}) }));
  const solved = (ls: XLine[]) => {
    const { groups } = tableGroups('activeDisclosure', buildRows(toLines(ls)), TEMPLATE_2019.activeRows, { allowPosition: true });
    return solve(groups, []).fields;
  };

  it('should mark a number reaching under two header leaves, and one written with a leading zero', () => {
    const out = placeFreeColumns([header, line(['规范性文件', 34, 96], ['1618', 288, 310], ['11', 448, 459])]);
    expect(out[1]!.fused).toEqual([out[1]!.cells.indexOf('1618')]);
    const zero = placeFreeColumns([header, line(['规章', 34, 62], ['019', 294, 310], ['9', 453, 459])]);
    expect(zero[1]!.fused).toEqual([zero[1]!.cells.indexOf('019')]);
  });

  it('should not mark numbers standing under one column', () => {
    const out = placeFreeColumns([HEADER, line(['规章', 109, 133], ['19', 264, 276], ['7', 390, 396])]);
    expect(out[1]!.fused).toBeUndefined();
  });

  it('should mark every multi-digit number of a borderless table where a row printed a zero-led run', () => {
    const col = (j: number): number => 345 + 34 * j;
    const rowOf = (label: string, values: string[]): XLine => line([label, 193, 320], ...values.map((v, j): [string, number, number] => [v, col(j), col(j) + 6 * v.length]));
    const out = placeFreeColumns([rowOf('一、本年新收', ['20', '00', '00', '2']), rowOf('二、上年结转', ['5', '13', '7'])]);
    expect(out[0]!.fused).toEqual([1, 2, 3]);
    expect(out[1]!.fused).toEqual([2]);
  });

  it('should not read a marked run whole at ≥ 0.9 where no identity decides (1618 was 16 | 18)', () => {
    const fields = solved(placeFreeColumns([header, line(['规范性文件', 34, 96], ['1618', 288, 310], ['11', 448, 459])]));
    const created = fields.get('activeDisclosure.normativeDocuments.created');
    expect(created?.value).toBeNull();
    expect(created?.flags).toContain('ambiguous');
    expect(created?.candidates).toEqual(expect.arrayContaining([16, 1618]));
  });

  it('should split a zero-led run, never read it whole', () => {
    const fields = solved(placeFreeColumns([header, line(['规章', 34, 62], ['019', 294, 310], ['9', 453, 459])]));
    expect(fields.get('activeDisclosure.regulations.created')).toMatchObject({ value: 0, flags: expect.arrayContaining(['segmented']) });
    expect(fields.get('activeDisclosure.regulations.published')).toMatchObject({ value: 19 });
    expect(fields.get('activeDisclosure.regulations.totalPublic')).toMatchObject({ value: 9 });
  });
});

describe('a number in the gap between two headers keeps no column: its cell is not certain', () => {
  /** Table 二 (八) as reportlab printed it: headers left-aligned in equal columns 270–407.5–545, values right-aligned (pt). */
  const header = line(['信息内容', 51, 87], ['上一年项目数量', 271, 334], ['本年增/减', 408.5, 449]);
  const toLines = (ls: XLine[]) => ls.map((l) => ({ cells: l.cells, separated: true, source: {}, ...(l.cols ? { cols: l.cols } : {}) }));
  const solved = (ls: XLine[]) => solve(tableGroups('activeDisclosure', buildRows(toLines(ls)), TEMPLATE_2019.activeRows, { allowPosition: true }).groups, []).fields;

  it('should leave a number at the end of its cell, within slack of the next header only, as printed', () => {
    // '6' right-aligned in 上一年项目数量's cell, 2 pt before 本年增/减: it was read as 本年增/减 (change) at 0.95.
    const out = placeFreeColumns([header, line(['行政事业性收费', 51, 114], ['6', 401.5, 406.5])]);
    expect(out[1]!.cells).toEqual(['行政事业性收费', '6']);
    expect(out[1]!.cols).toBeUndefined();
    const fields = solved(out);
    // One number for two cells: the readings put it in either, and no identity chooses.
    for (const key of ['activeDisclosure.fees.prevItems', 'activeDisclosure.fees.change']) expect(fields.get(key)).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']) });
  });

  it('should leave a number just after the previous header (left-aligned value, right-aligned header) as printed', () => {
    const right = line(['信息内容', 51, 87], ['上一年项目数量', 343.5, 406.5], ['本年增/减', 504, 544]);
    expect(placeFreeColumns([right, line(['行政事业性收费', 51, 114], ['6', 408.5, 413.5])])[1]!.cols).toBeUndefined();
  });

  it('should still place a number whose ink lies under one header', () => {
    const out = placeFreeColumns([header, line(['行政事业性收费', 51, 114], ['6', 420, 425])]);
    expect(out[1]!.cells).toEqual(['行政事业性收费', '', '6']);
  });
});

/** Table 三's second part (法律服务机构 其他 总计) as Chromium printed it at scale 70 % (breakit47 k28, pt rounded). */
describe('placeFreeColumns: a small table printed small (Chromium at 70 %)', () => {
  const header = line(['构', 465.4, 473.1], ['其他', 498.4, 506.1], ['总计', 517.6, 525.3]);
  const first = line(['一、本年新收政府信息公开申请数量', 66.6, 189.7], ['24', 482.3, 490.7], ['17', 501.2, 509.7], ['227', 516.4, 529.1]);
  const granted = line(['（一）予以公开', 135.3, 189.1], ['11', 482.3, 490.7], ['6', 505.5, 509.7], ['37', 520.6, 529.1]);

  it('should place a number whose ink misses its header text by the number columns of the table\'s rows', () => {
    // '6' ends 0.5 pt inside 总计's text and '1' starts right of '构': neither sits under its header for sure.
    const out = placeFreeColumns([header, first, granted, line(['2.其他法律行政法规禁止公开', 190.6, 289.8], ['6', 524.8, 529.1]), line(['1.属于国家秘密', 190.6, 242.9], ['1', 486.5, 490.7], ['4', 524.8, 529.1])]);
    expect(out[3]!.cells).toEqual(['2.其他法律行政法规禁止公开', '', '', '6']);
    expect(out[4]!.cells).toEqual(['1.属于国家秘密', '1', '', '4']);
  });

  it('should leave the row as printed when the rows\' number columns do not fall one per header', () => {
    // Every row's numbers in one run across two headers: no column to widen a header over.
    const out = placeFreeColumns([header, line(['甲', 66.6, 189.7], ['24', 490, 520]), line(['乙', 66.6, 189.7], ['6', 524.8, 529.1])]);
    expect(out[2]!.cells).toEqual(['乙', '6']);
  });

  it('should keep the table going past a row whose label cells were read as one long cell', () => {
    const joined = line(['（六）其他处2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公理', 137.7, 443.6], ['开申请', 190.6, 213.7], ['5', 524.8, 529.1]);
    const out = placeFreeColumns([header, first, granted, joined, line(['3.其他', 190.6, 212.8], ['1', 505.5, 509.7], ['5', 524.8, 529.1])]);
    expect(out[4]!.cells).toEqual(['3.其他', '', '1', '5']);
  });
});

describe('placeFreeColumns: a group label beside its blank sub-row keeps the header in force (LibreOffice, zeros left empty)', () => {
  /** breakit50 lo-hrules/c34: header read whole (header-band.ts), seven value columns, no row printing every column. */
  const leaves: [string, number, number][] = [['自然人', 324.7, 354.7], ['商业企业', 357.9, 400.9], ['科研机构', 400.9, 420.9], ['社会公益组织', 431.9, 461.9], ['法律服务机构', 470.3, 510.3], ['其他', 520.7, 540.7], ['总计', 544.2, 564.2]];
  const header: XLine = { ...line(...leaves), header: true };
  const at = (j: number, v: string): [string, number, number] => [v, leaves[j]![1], leaves[j]![1] + 5.5 * v.length];
  const rows = (middle: XLine): XLine[] => [
    header,
    line(['一、本年新收政府信息公开申请数量', 58, 218], at(0, '42'), at(1, '5'), at(6, '47')),
    line(['二、上年结转政府信息公开申请数量', 58, 218], at(0, '4'), at(1, '1'), at(4, '1'), at(6, '6')),
    middle,
    line(['4.保护第三方合法权益', 157, 256], at(0, '1'), at(6, '1')),
    line(['（七）总计', 115, 165], at(0, '44'), at(1, '6'), at(4, '1'), at(6, '51')),
  ];

  it('should place the rows after a label line of two cells left of the columns', () => {
    const out = placeFreeColumns(rows(line(['（三）', 115, 145], ['1.属于国家秘密', 157, 225])));
    expect(out[4]!.cells).toEqual(['4.保护第三方合法权益', '1', '', '', '', '', '', '1']);
    expect(out[5]!.cells).toEqual(['（七）总计', '44', '6', '', '', '1', '', '51']);
    expect(out[3]!.cells).toEqual(['（三）', '1.属于国家秘密', '', '', '', '', '', '', '']);
  });

  it('should still take a text line reaching over the columns as a new header', () => {
    const out = placeFreeColumns(rows(line(['项目', 58, 80], ['甲', 330, 340], ['乙', 400, 410])));
    expect(out[4]!.cols).toBeUndefined();
  });
});

describe("placeFreeColumns: a header whose first leaf is the label column's (the 勾稽关系 note's last line), the first row's label a wrapped tail under no leaf", () => {
  /**
   * scripts/blank-band-variants.mjs (every zero blank, borderless, Chromium A5, 2019 template): the note
   * '（本列数据的勾稽关系为…' / '项之和）' wraps over the label area, its last line a leaf of the header
   * read whole; the first row's label '一、本年新收…申请数' / '量' left only '量' on the numbers' line,
   * under no leaf. Taken for a value column, the note's leaf made eight columns for seven and no row
   * was placed (69 of 198 fields right).
   */
  const leaves: [string, number, number][] = [['项之和）', 105.7, 153.7], ['自然人', 232.9, 244.9], ['商业企业', 255, 267], ['科研机构', 272.5, 284.5], ['社会公益组织', 293, 305], ['法律服务机构', 317.3, 329.3], ['其他', 338.7, 350.7], ['总计', 359.1, 371.1]];
  const header: XLine = { ...line(...leaves), header: true, source: { page: 3 } };
  const on3 = (l: XLine): XLine => ({ ...l, source: { page: 3 } });
  const lines = [
    header,
    on3(line(['量', 123.7, 123.7], ['143', 229.9, 247.9], ['33', 255, 267], ['11', 317.5, 329.1], ['210', 356.1, 374.1])),
    on3(line(['二、上年结转政府信息公开申请数', 39.7, 39.7], ['量', 123.7, 123.7], ['3', 235.9, 241.9], ['3', 362.1, 368.1])),
    on3(line(['（二）部分公开（区分处理的，只计这一情形，不', 89.4, 221.4], ['计其他情形）', 119.4, 119.4], ['14', 232.9, 244.9], ['1', 320.3, 326.3], ['15', 359.1, 371.1])),
  ];

  it('should take the first leaf for the label column when other rows label under it and no number is', () => {
    const out = placeFreeColumns(lines);
    expect(out[1]!.cells).toEqual(['量', '143', '33', '', '', '11', '', '210']);
    expect(out[2]!.cells).toEqual(['二、上年结转政府信息公开申请数', '量', '3', '', '', '', '', '', '3']);
    expect(out[3]!.cells.slice(2)).toEqual(['14', '', '', '', '1', '', '15']);
  });

  it('should keep the first leaf a value column when a number is under it', () => {
    const withNumber = [...lines, on3(line(['（七）总计', 125.4, 185.4], ['2', 120, 126], ['143', 229.9, 247.9], ['210', 356.1, 374.1]))];
    const out = placeFreeColumns(withNumber);
    expect(out[1]!.cells).toEqual(lines[1]!.cells);
  });
});

describe('placeFreeColumns: a small table whose right-aligned numbers all end in the gaps between centred headers', () => {
  /**
   * scripts/blank-band-variants.mjs dev 1 (2019 template, Chromium A4 landscape, borderless, zeros
   * blank): wide cells, centred headers, numbers right-aligned, so every number column ends past its
   * header's text and before the next one's. No column under a header's text shows the side, so no
   * row was placed and table 二 read ambiguous; right-aligned is the one side that keeps the columns
   * in order (the last column has no header after it).
   */
  const head = line(['信息内容', 134, 182], ['上一年项目数量', 327, 411], ['本年增/减', 519, 570], ['处理决定数量', 684, 756]);

  it('should place each number column under the header before its gap when only that reading fits', () => {
    const out = placeFreeColumns([head, line(['行政处罚', 134, 182], ['336', 788, 806]), line(['行政强制', 134, 182], ['-2', 621, 631], ['4', 800, 806])]);
    expect(out[1]!.cells).toEqual(['行政处罚', '', '', '336']);
    expect(out[2]!.cells).toEqual(['行政强制', '', '-2', '4']);
  });

  it('should leave the rows as printed when both sides fit (columns in the gaps before the last header)', () => {
    const out = placeFreeColumns([head, line(['行政处罚', 134, 182], ['336', 440, 458]), line(['行政强制', 134, 182], ['-2', 600, 610])]);
    expect(out[1]!.cells).toEqual(['行政处罚', '336']);
    expect(out[2]!.cells).toEqual(['行政强制', '-2']);
  });
});
