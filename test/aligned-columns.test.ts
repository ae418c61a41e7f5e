/**
 * Space-aligned text tables (`pdftotext -layout`, fixed-width dumps) whose empty cells print
 * nothing: a short row's numbers go to the columns whose anchors (from the rows printing every
 * column) they sit on, by character count or display width (layout/aligned-columns).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignedRowCells, displayWidth } from '../src/layout/aligned-columns.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const none = (): boolean => false;
const isNum = (c: string): boolean => /^\d+(?:\.\d+)?$/.test(c);

/** A row: label padded to `labelWidth` (display width or chars), each value right-aligned in 8 columns, '' printed as spaces. */
function layoutRow(label: string, values: readonly string[], labelWidth: number, by: 'width' | 'chars'): string {
  const used = by === 'width' ? displayWidth(label) : label.length;
  return label + ' '.repeat(Math.max(1, labelWidth - used)) + values.map((v) => v.padStart(8)).join('');
}

describe('alignedRowCells', () => {
  /** A line whose numbers start at the given character positions (Ghostscript txtwrite places text by exact character cells). */
  const at = (label: string, cells: readonly (string | null)[], starts: readonly number[]): string => {
    let line = `  ${label}`;
    cells.forEach((c, j) => {
      if (c !== null) line = line.padEnd(starts[j]!) + c;
    });
    return line;
  };
  /** Column starts of three stretches of one txtwrite table: another scale on its first page, then columns 2 to 6 cells apart drifting by one. */
  const WIDE_COLS = [113, 121, 130, 141, 153, 161, 166];
  const A = [57, 61, 65, 71, 77, 81, 84];
  const B = [58, 62, 67, 72, 79, 83, 85];
  const _ = null;
  const txtwrite = [
    at('一、本年新收申请', ['39', '7', '6', '8', '5', '10', '75'], WIDE_COLS),
    at('二、上年结转申请', ['0', '0', '0', '0', '0', '0', '0'], WIDE_COLS),
    at('（二）部分公开', ['4', '2', '0', '0', '0', _, '6'], A),
    at('1.属于国家秘密', ['5', _, _, '0', '1', '1', '7'], A),
    at('2.其他法律行政法规禁止公开', ['0', '0', _, '0', '0', _, '0'], A),
    at('3.危及安全稳定', ['0', '2', '0', '0', '1', _, '3'], A),
    at('8.属于行政查询事项', ['1', '0', _, '2', _, '2', '5'], A),
    at('2.重复申请', ['2', '0', '1', _, _, '0', '3'], B),
    at('3.要求提供公开出版物', ['5', _, _, '0', _, '0', '5'], B),
    at('4.无正当理由大量反复申请', [_, '0', '1', '1', '0', '2', '4'], B),
    at('（七）总计', ['39', '7', '6', '7', '4', '9', '72'], B),
  ];

  it('should place the rows of a dump in exact character cells stretch by stretch, columns two cells apart (gs txtwrite)', () => {
    const out = alignedRowCells(txtwrite, none);
    expect(out.get(2)).toEqual(['（二）部分公开', '4', '2', '0', '0', '0', '', '6']);
    expect(out.get(3)).toEqual(['1.属于国家秘密', '5', '', '', '0', '1', '1', '7']);
    expect(out.get(6)).toEqual(['8.属于行政查询事项', '1', '0', '', '2', '', '2', '5']);
    expect(out.get(7)).toEqual(['2.重复申请', '2', '0', '1', '', '', '0', '3']);
    expect(out.get(9)).toEqual(['4.无正当理由大量反复申请', '', '0', '1', '1', '0', '2', '4']);
  });

  it('should not place a row whose numbers fit the stretch above as well as its own, nor rows one space apart (PDFBox -sort)', () => {
    // A row between the stretches whose places belong to neither alone (57 above, 85 below): left as printed.
    const mixed = [...txtwrite.slice(0, 7), at('5.属于三类内部事务信息', ['2', _, _, _, _, _, '2'], [57, 0, 0, 0, 0, 0, 85]), ...txtwrite.slice(7)];
    expect(alignedRowCells(mixed, none).has(7)).toBe(false);
    const sorted = ['一、本年新收申请 38 7 11 12 4 4 76', '二、上年结转申请 0 0 0 0 0 0 0', '4.保护第三方合法权益 0 0 2 2 4', '（三）不予公', '开', '5.属于三类内部事务信息 4 0 0 4', '6.属于四类过程性信息 1 0 1 0 1 2 5', '7.属于行政执法案卷 1 1 2'];
    expect(alignedRowCells(sorted, none).size).toBe(0);
  });

  it('should place nothing when every row joins its cells by one space, however its numbers happen to line up (a crawler\'s line, empty cells gone)', () => {
    // 2019 table 二 as a crawler joins it: 规范性文件 printed '' / 8 / 16, its blank first cell gone. Its
    // numbers end where 行政强制's first two end (characters 7 and 10 of both lines): no column says so.
    const joined = ['规章 / 1', '规范性文件 8 16', '行政处罚 848 13 4438', '行政强制 10 14 0', '行政事业性收费 4 13'];
    expect(alignedRowCells(joined, none).size).toBe(0);
    // The same rows padded by a layout (two spaces or more somewhere) are placed.
    const padded = joined.map((l) => l.replace(' ', '    '));
    expect(alignedRowCells(padded, none).size).toBeGreaterThan(0);
  });

  const rows = (by: 'width' | 'chars'): string[] => [
    layoutRow('一、本年新收申请', ['3', '1', '4'], 40, by),
    layoutRow('（七）总计', ['10', '20', '30'], 40, by),
    layoutRow('2.重复申请', ['', '5', ''], 40, by),
    layoutRow('4.其他abc', ['7', '', '7'], 40, by),
  ];

  it('should put a short row\'s numbers in the columns they sit under, padded by display width or by chars', () => {
    for (const by of ['width', 'chars'] as const) {
      const out = alignedRowCells(rows(by), none);
      expect(out.get(2)).toEqual(['2.重复申请', '', '5', '']);
      expect(out.get(3)).toEqual(['4.其他abc', '7', '', '7']);
      expect(out.has(0)).toBe(false); // full rows stay as printed
    }
  });

  it('should not place a number that sits between two anchors', () => {
    const lines = rows('width');
    // Columns end at display column 48, 56, 64: a '5' ending at 52 is under neither.
    lines[2] = `2.重复申请${' '.repeat(51 - displayWidth('2.重复申请'))}5`;
    expect(alignedRowCells(lines, none).has(2)).toBe(false);
  });

  it('should place by all the numbers when fewer than two rows print every column, only where two numbers or more sit on each column', () => {
    // One full row: each column still has two numbers on it (the full row's and a short row's).
    expect(alignedRowCells(rows('width').filter((_, i) => i !== 1), none).get(2)).toEqual(['4.其他abc', '7', '', '7']);
    // Column 2 has one number only: its place is not confirmed, nothing placed.
    expect(alignedRowCells([rows('width')[0]!, rows('width')[3]!, layoutRow('5.其他', ['2', '', ''], 40, 'width')], none).size).toBe(0);
  });

  it('should take no column from numbers printed where labels are (one column, numbers wrapped or after labels of any length)', () => {
    // A number wrapped in a narrow cell: its tail '957' starts the next line, under the labels.
    const wrapped = ['行政许可', '517', '645', '2', '行政处罚 693', '957', '行政强制 51'];
    expect(alignedRowCells(wrapped, none).size).toBe(0);
    // One space after labels of two lengths: two places, two numbers each, still one column.
    const ragged = ['行政许可 517', '行政处罚 693', '行政事业性收费项目 406', '其他行政事业性收费 12', '行政强制'];
    expect(alignedRowCells(ragged, none).size).toBe(0);
  });

  it('should not place rows when the rows printing every column disagree', () => {
    const shifted = rows('width');
    shifted[1] = `   ${shifted[1]!}`; // 3 columns right of the other full row
    expect(alignedRowCells(shifted, none).size).toBe(0);
  });

  it('should not place when the full rows fit two readings that place a row differently', () => {
    // Full rows whose numbers are all one digit wide fit right and left edges alike, by chars
    // and by width when the labels are ASCII; a 2-digit short-row number sits right on one and left on none.
    const lines = [layoutRow('a', ['1', '2', '3'], 10, 'chars'), layoutRow('b', ['4', '5', '6'], 10, 'chars'), `c${' '.repeat(9)}${' '.repeat(7)}   12`];
    // '12' ends 3 columns right of column 1's edge: between anchors → not placed.
    expect(alignedRowCells(lines, none).has(2)).toBe(false);
  });

  it('should read a label alone between rows as a row of empty cells only when it is a whole row of its own', () => {
    const lines = [...rows('width'), '5.其他', '（七）不计其他', layoutRow('情形）', ['', '2', ''], 40, 'width'), '3.要求提供', layoutRow('4.其他', ['1', '', '1'], 40, 'width')];
    const out = alignedRowCells(lines, none);
    expect(out.get(4)).toEqual(['5.其他', '', '', '']); // the next line starts a row of its own
    expect(out.get(7)).toEqual(['3.要求提供', '', '', '']);
    // A wrapped label (the next line does not start a row): one row, its label joined, on its numbers' line.
    expect(out.get(5)).toEqual([]);
    expect(out.get(6)).toEqual(['（七）不计其他情形）', '', '2', '']);
    // The table's last line, a heading after it: a row of its own; at the end of the text: not known.
    expect(alignedRowCells([...lines, '四、结转下年度继续办理', '四、政府信息公开行政复议、行政诉讼情况'], none).get(9)).toEqual(['四、结转下年度继续办理', '', '', '']);
    expect(alignedRowCells([...lines, '四、结转下年度继续办理'], none).has(9)).toBe(false);
    // A table printing every cell (no short row): a label alone is a label, whatever follows it.
    const full = [rows('width')[0]!, rows('width')[1]!, '3.要求提供', layoutRow('4.其他', ['1', '2', '3'], 40, 'width')];
    expect(alignedRowCells(full, none).size).toBe(0);
  });

  it('should place nothing in a reading-order dump, its numbers one to a line and two cells now and then joined (plain pdftotext)', () => {
    const lines = ['一、本年新收政府信息公开申请数量', '3954 283', '0', '86', '143', '0', '4466', '二、上年结转政府信息公开申请数量', '114', '0', '0', '3', '3', '0', '120', '1393 99', '0', '30', '52', '0', '1574'];
    const plain = [...lines, '（一）予以公开', '（二）部分公开（区分处理的，只计这一', '458', '情形，不计其他情形）'];
    // The label whose numbers came before it is no row of empty cells, and '458' is in no column.
    expect(alignedRowCells(plain, none).size).toBe(0);
  });

  it('should read a label wrapped over lines, its pieces in label columns, as one row', () => {
    // Group and item label columns 12 wide; the tails of both on one line inside the table.
    const line = (group: string, item: string, values: readonly string[]): string => layoutRow(`${group.padEnd(12 - displayWidth(group) + group.length)} ${item}`, values, 40, 'width');
    const lines = [
      ...rows('width').slice(0, 2),
      line('（三）不予公', '1.属于国家秘', ['', '4', '4']),
      line('开', '密', []),
      line('', '5.属于三类内', []),
      line('', '部事务信息', []),
      line('', '7.属于行政执', ['3', '', '3']),
      line('', '法案卷', []),
      line('', '8.属于行政查', ['1', '', '1']),
      '四、政府信息公开行政复议、行政诉讼情况',
    ];
    const out = alignedRowCells(lines, none);
    expect(out.get(2)).toEqual(['（三）不予公开 1.属于国家秘密', '', '4', '4']);
    expect(out.get(3)).toEqual([]);
    expect(out.get(4)).toEqual(['5.属于三类内部事务信息', '', '', '']);
    expect(out.get(6)).toEqual(['7.属于行政执法案卷', '3', '', '3']);
    // The table's last row, a heading after it: read as printed (one line).
    expect(out.get(8)).toEqual(['8.属于行政查', '1', '', '1']);
    // A piece that does not fill its column is no wrap ('属于国家秘密' / '其他法律行政法规禁止公开': two unnumbered rows).
    const unnumbered = [...rows('width').slice(0, 2), line('', '（三）属于国家秘', []), line('', '其他法律行政法规禁止公开', ['5', '', '5'])];
    expect(alignedRowCells(unnumbered, none).get(3)).toEqual(['其他法律行政法规禁止公开', '5', '', '5']);
    expect(alignedRowCells(unnumbered, none).has(2)).toBe(false);
  });

  it('should move a tall row\'s label pieces under its numbers onto the numbers\' line when its columns are not placed', () => {
    // pdftotext -layout shifts each row's numbers by its own label (no column anchors): a tall row's
    // numbers print centred between its label's pieces, the piece under them alone on its line.
    // Its header (4 lines, pdftotext -layout of a narrow header) prints more columns than the rows place;
    // 8 of them (no template table's count: header-spans.ts reads none such), so no columns are placed.
    const lines = [
      '（本列数据的勾稽关系为：第一项加第二项之和           法人或其他组织',
      '    ，等于第三项加第四项之和）     自然人 商业企 科研机 社会公 法律服          总计  合计',
      '                                              其他',
      '                           业   构  益组织 务机构',
      '一、本年新收政府信息公开申请数量        42    5                    47',
      '二、上年结转政府信息公开申请数量        4     1           1        6',
      '   （一）予以公开              25    3           1        29',
      '        4.无正当理由大量反复申',
      '        请',
      '        5.要求行政机关确认或重',
      '                        3                          3',
      '        新出具已获取信息',
      '        1.申请人无正当理由逾期',
      '   （七）总计                44    6           1        51',
      '四、政府信息公开行政复议、行政诉讼情况',
    ];
    const printed = new Map<number, string>();
    const out = alignedRowCells(lines, none, printed);
    expect(printed.get(10)).toBe('新出具已获取信息  3                          3');
    expect(out.get(11)).toEqual([]);
    // The pieces above stay as printed (text lines before a numbers line are its label); no row is placed.
    expect([...printed.keys()]).toEqual([10]);
    expect([...out.keys()]).toEqual([11]);
    // A numbers line printed from the margin (a plain dump's pile) is not joined.
    const plain = lines.map((l, i) => (i === 10 ? '3 3' : l));
    expect(alignedRowCells(plain, none, new Map()).size).toBe(0);
  });

  it('should take no columns from the places of all rows\' numbers when the full rows are shifted row by row', () => {
    // pdftotext -fixed 2 of a table printing its zeros: each row's numbers shifted by its own label
    // (5 cells here), the rows printing every column at two shifts — their places are 14, not columns.
    const ends = [40, 59, 78, 97, 116, 135, 154];
    const at = (label: string, cells: readonly (string | null)[], shift: number): string => {
      let line = label;
      cells.forEach((c, j) => {
        if (c !== null) line = line.padEnd(ends[j]! + shift - c.length) + c;
      });
      return line;
    };
    const lines = [
      at('一、本年新收申请', ['51', '4', '0', '0', '0', '0', '55'], 0),
      at('二、上年结转申请', ['1', '2', '0', '0', '0', '1', '4'], 5),
      at('（一）予以公开', ['22', '0', '0', '0', '0', '1', '23'], 0),
      at('（七）总计', ['6', '2', '0', '0', '0', '1', '9'], 5),
      at('1.属于国家秘密', ['5', null, null, null, null, null, '5'], 0),
      at('2.其他法律', ['3', null, null, null, null, null, '3'], 5),
      '四、政府信息公开行政复议、行政诉讼情况',
    ];
    const out = alignedRowCells(lines, none);
    // A full row is read as printed, never spread over the shifts ('∅ 1 2 0 0 0 1 ∅ 4').
    expect(out.get(1)).toBeUndefined();
    expect(out.get(4)).toBeUndefined();
    expect([...out.values()].every((cells) => cells.length <= 8)).toBe(true);
  });

  it('should take no columns from two places no row fills both of, nearer than any other two (one column rounded two ways)', () => {
    // pdftotext -layout of a table whose 自然人 column is empty in every row and whose numbers are
    // right-aligned: the 商业企业 column's '56' and '21' end at 53, its '6' and '1' at 56. Counted as
    // two columns they make seven with the header's seven words, and every row would give its
    // 商业企业 number to 自然人 alike (each column's sums hold under the shift: read at 0.98 before).
    const line = (label: string, cells: readonly [number, string][]): string => {
      let out = label;
      for (const [end, v] of cells) out = out.padEnd(end - v.length) + v;
      return out;
    };
    const table = [
      line('一、本年新收政府信息公开申请数量', [[53, '56'], [67, '2'], [76, '10'], [85, '16'], [95, '14'], [105, '98']]),
      line('二、上年结转政府信息公开申请数量', [[67, '2'], [105, '2']]),
      line('三、本年度办理结果（一）予以公开', [[53, '21'], [67, '2'], [76, '2'], [85, '7'], [95, '5'], [105, '37']]),
      line('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [[56, '6'], [76, '3'], [85, '2'], [95, '3'], [105, '14']]),
      line('（三）不予公开1.属于国家秘密', [[56, '1'], [85, '2'], [105, '3']]),
    ];
    const cells = alignedRowCells(table, none);
    // Not placed on seven columns: no row gets its first number under the first column with the second blank.
    expect([...cells.values()].filter((c) => c[1] !== '' && c[2] === '' && c.length === 8)).toEqual([]);
    // The same rows with the '6' and '1' ending where '56' and '21' end: six places, one per column, placed.
    const aligned = [...table.slice(0, 3), line(table[3]!.slice(0, 28), [[53, '6'], [76, '3'], [85, '2'], [95, '3'], [105, '14']]), line('（三）不予公开1.属于国家秘密', [[53, '1'], [85, '2'], [105, '3']])];
    expect(alignedRowCells(aligned, none).get(3)?.slice(1)).toEqual(['6', '', '3', '2', '3', '14']);
  });

  describe('a table split over pages, one full row on each (pdftotext -layout lays out each page on its own)', () => {
    /** A line whose numbers start at the given display columns (values null: blank cells). */
    const atWidth = (label: string, cells: readonly (string | null)[], starts: readonly number[], shift = 0): string => {
      let line = `  ${label}`;
      cells.forEach((c, j) => {
        if (c !== null) line += ' '.repeat(Math.max(1, starts[j]! + shift - displayWidth(line))) + c;
      });
      return line;
    };
    const P1 = [60, 67, 73, 78, 85, 92, 97];
    const P2 = [70, 75, 79, 83, 87, 91, 96];
    const _ = null;
    const pages = [
      atWidth('一、本年新收政府信息公开申请数量', ['156', '26', '3', '6', '9', '10', '210'], P1),
      atWidth('二、上年结转政府信息公开申请数量', [_, '1', _, _, _, _, '1'], P1),
      // Two curly quotes the dump counts one column each: the line's numbers two columns left of their anchors.
      atWidth('3.危及“三安全一稳定”', [_, _, _, _, '1', '1', '2'], P1, -2),
      atWidth('4.保护第三方合法权益', [_, _, _, '1', '1', _, '2'], P1),
      `\f${atWidth('5.属于三类内部事务信息', [_, _, '1', '1', '1', '2', '5'], P2)}`,
      atWidth('6.属于四类过程性信息', [_, _, _, '1', '1', _, '2'], P2, 1),
      '  7.属于行政执法案卷',
      atWidth('8.属于行政查询事项', ['28', _, _, _, _, _, '28'], P2),
      atWidth('（七）总计', ['154', '27', '3', '6', '9', '10', '209'], P2),
      '四、政府信息公开行政复议、行政诉讼情况',
    ];

    it('should place each page\'s short rows on its full row\'s places, a line shifted as a whole', () => {
      const out = alignedRowCells(pages, none);
      expect(out.get(1)).toEqual(['二、上年结转政府信息公开申请数量', '', '1', '', '', '', '', '1']);
      expect(out.get(2)).toEqual(['3.危及“三安全一稳定”', '', '', '', '', '1', '1', '2']);
      expect(out.get(3)).toEqual(['4.保护第三方合法权益', '', '', '', '1', '1', '', '2']);
      expect(out.get(4)).toEqual(['5.属于三类内部事务信息', '', '', '1', '1', '1', '2', '5']);
      expect(out.get(5)).toEqual(['6.属于四类过程性信息', '', '', '', '1', '1', '', '2']);
      expect(out.get(6)).toEqual(['7.属于行政执法案卷', '', '', '', '', '', '', '']);
      expect(out.get(7)).toEqual(['8.属于行政查询事项', '28', '', '', '', '', '', '28']);
    });

    it('should read an item numbered 2 or more alone before an item 1 as a row of empty cells, a block label alone before it as none', () => {
      const tail = [
        '  5.要求行政机关确认或重新出具已获取信息',
        atWidth('1.申请人无正当理由逾期不补正', ['15', '7', _, _, _, _, '22'], P2),
        '（六）其他处理',
        atWidth('1.申请人逾期未按收费通知要求缴纳费用', [_, '1', _, _, _, _, '1'], P2),
      ];
      const out = alignedRowCells([...pages.slice(0, 8), ...tail, ...pages.slice(8)], none);
      expect(out.get(8)).toEqual(['5.要求行政机关确认或重新出具已获取信息', '', '', '', '', '', '', '']);
      expect(out.has(10)).toBe(false);
    });

    it('should not place a page whose one full row pdftotext crammed (its 总计 left of every other line\'s)', () => {
      // pdftotext -layout -enc GBK of a Chromium Letter print (generated seed 930008, zeros blank): page 2's
      // （七）总计 prints 166 six cells left of every other line's total; its lines stay as printed.
      const letter = [
        "             一、本年新收政府信息公开申请数量                    101       35    7      2         8   14 167",
        "             二、上年结转政府信息公开申请数量",
        "三、本年度办理                  （一）予以公开                                   2                        2",
        "    结果",
        "                 （二）部分公开（区分处理的，只计这一情形，",
        "                                                                                                  2       2",
        "                               不计其他情形）",
        "                                        1.属于国家秘密           29                                       29",
        "                                2.其他法律行政法规禁止公开       10              1                        11",
        "                                     3.危及“三安全一稳定”                1                              1",
        "                                     4.保护第三方合法权益                                         3   2   5",
        "                 （三）不予公",
        "                       开",
        "                                  5.属于三类内部事务信息          3              1                        4",
        "                                     6.属于四类过程性信息         6        6                              12",
        "                                      7.属于行政执法案卷                   7     1                    3   11",
        "                                      8.属于行政查询事项         18        9     1                        28",
        "                 （四）无法提   1.本机关不掌握相关政府信息                                            3   3",
        "                       供",
        "\f                                                               2.没有现成信息需要另行制作                           1      3       4",
        "                                                                3.补正后申请内容仍不明确    4                                      4",
        "                                                                  1.信访举报投诉类申请            5                                5",
        "                                                                       2.重复申请           16               1                     17",
        "                                                                  3.要求提供公开出版物      4          1                   1       6",
        "                                           （五）不予处",
        "                                                 理             4.无正当理由大量反复申请    10                                     10",
        "                                                          5.要求行政机关确认或重新出具已",
        "                                                                                                             1             1       2",
        "                                                                      获取信息",
        "                                                                       （六）其他处理                  7                   2       1 10",
        "                                                                （七）总计                  100   35   7     2      8     14 166",
        "                                                四、结转下年度继续办理                      1                                      1",
        '四、政府信息公开行政复议、行政诉讼情况',
      ];
      const out = alignedRowCells(letter, none);
      expect(out.get(10)).toEqual(['4.保护第三方合法权益', '', '', '', '', '3', '2', '5']);
      expect(out.get(16)).toEqual(['8.属于行政查询事项', '18', '9', '1', '', '', '', '28']);
      expect([19, 20, 21, 22, 23].some((i) => out.has(i))).toBe(false);
    });

    it('should not place a page by its one full row when no other page confirms the count, nor a line whose numbers fit two shifts', () => {
      // The first page alone: one full row is no anchor.
      expect(alignedRowCells([...pages.slice(0, 4), pages[9]!], none).size).toBe(0);
      // The other page's full row prints six numbers: the count is not confirmed.
      const six = [...pages.slice(0, 8), atWidth('（七）总计', ['154', '27', '3', '6', '9', '209'], P2.slice(0, 6)), pages[9]!];
      expect(alignedRowCells(six, none).has(2)).toBe(false);
      // Numbers midway between two columns' places on page 2 (4 apart): a shift of 2 either way fits.
      const between = [...pages.slice(0, 5), atWidth('6.属于四类过程性信息', [_, _, _, '1', '1', _, '2'], [0, 0, 0, 81, 85, 0, 89]), ...pages.slice(6)];
      expect(alignedRowCells(between, none).has(5)).toBe(false);
    });
  });

  it("should place a pandoc simple table's rows by its rule: columns no row fills, a group label beside its item, a label-less row", () => {
    // pandoc -t plain of a sparse page: each cell starts at its run of the rule; an empty cell is nothing.
    const runs = [14, 12, 20, 6, 6, 6, 6];
    const starts = runs.map((_, j) => 2 + runs.slice(0, j).reduce((a, w) => a + w + 1, 0));
    const line = (cells: readonly (string | null)[]): string => {
      let out = '';
      cells.forEach((c, j) => {
        if (c !== null) out += ' '.repeat(Math.max(out === '' ? 0 : 1, starts[j]! - displayWidth(out))) + c;
      });
      return out;
    };
    const rule = '  ' + runs.map((w) => '-'.repeat(w)).join(' ');
    const raws = [
      line(['申请人', null, null, '自然人', '企业', '其他', '总计']),
      rule,
      line(['一、新收申请', null, null, null, null, '5', '5']),
      line(['三、办理结果', '（一）公开', null, null, null, null, null]),
      line([null, '（二）不公开', '1.国家秘密', null, '2', null, '2']),
      line([null, null, '2.其他法规', null, null, null, null]),
      line(['四、结转', null, null, null, null, '3', '3']),
    ];
    const out = alignedRowCells(raws, none);
    expect(out.get(2)).toEqual(['一、新收申请', '', '', '5', '5']);
    expect(out.get(3)?.slice(1)).toEqual(['', '', '', '']);
    expect(out.get(4)?.slice(1)).toEqual(['', '2', '', '2']);
    expect(out.get(6)).toEqual(['四、结转', '', '', '3', '3']);
    // Table 四's one row under its rule: no label column, its cells in the rule's runs, to the last.
    const review = ['  ' + ['-'.repeat(4), '-'.repeat(4), '-'.repeat(4), '-'.repeat(4), '-'.repeat(4)].join(' '), '  2    1         3'];
    expect(alignedRowCells(review, none).get(1)).toEqual(['2', '1', '', '3', '']);
  });

  it("should read a cell's mark for none ('/', '-', '—') among a row's numbers as that row's cell, not as its label's end", () => {
    // pandoc -t plain of table 二's first small table: 规章 prints '/' for 本年制发件数 (fresh55 f028 read it as part of the label, the cell as a blank 0).
    const rule = '  ' + ['-'.repeat(20), '-'.repeat(28), '-'.repeat(14), '-'.repeat(14)].join(' ');
    const at = (cells: readonly string[]): string => {
      const starts = [2, 23, 52, 67];
      let out = '';
      cells.forEach((c, j) => { if (c !== '') out = out.padEnd(starts[j]! - (displayWidth(out) - out.length)) + c; });
      return out;
    };
    for (const mark of ['/', '-', '—', '／']) {
      const raws = [rule, at(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']), at(['规章', mark, '28', '2']), at(['行政规范性文件', '27', '4', '26'])];
      const out = alignedRowCells(raws, none);
      expect([mark, out.get(2)]).toEqual([mark, ['规章', mark, '28', '2']]);
      expect(out.get(3)).toEqual(['行政规范性文件', '27', '4', '26']);
    }
    // Marks alone after a label are no row of numbers (a label ending in a dash stays a label).
    expect(alignedRowCells([rule, at(['规章', '/', '/', '/']), at(['行政规范性文件', '27', '4', '26'])], none).has(1)).toBe(false);
  });

  it('should end a table at a header line of several cells', () => {
    const lines = [...rows('width').slice(0, 2), '信息内容   本年新制作数量', layoutRow('规章', ['', '5', ''], 40, 'width')];
    expect(alignedRowCells(lines, none).size).toBe(0);
  });
});

describe('space-aligned table 三 with blank cells', () => {
  const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
  /** quirk-tab with table 三 laid out like pdftotext -layout and its zeros printed as nothing. */
  const layout = (by: 'width' | 'chars'): string =>
    tab.split('\n').map((l) => {
      const cells = l.split('\t');
      if (cells.length < 8 || !cells.slice(-7).every(isNum) || isNum(cells[0]!)) return l.replace(/\t/g, '   ');
      const label = cells.slice(0, -7).join(' ');
      return layoutRow(label, cells.slice(-7).map((c) => (c === '0' ? '' : c)), 96, by);
    }).join('\n');

  it.each(['width', 'chars'] as const)('should read every table 三 value, blanks as 0 (padded by %s), none confidently wrong', async (by) => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const want = Object.fromEntries(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
    const got = await extract(enc(layout(by)), { name: 'layout.txt' });
    const fields = got.fields as Record<string, { confidence: number; flags: string[] }>;
    const data = Object.fromEntries(flattenData(got.data));
    const keys = Object.keys(want).filter((k) => k.startsWith('requests.'));
    expect(keys.length).toBeGreaterThan(150);
    for (const k of keys) {
      const f = fields[k]!;
      if (f.confidence >= 0.9) expect([k, data[k]]).toEqual([k, want[k]]);
    }
    // Every value right, and read confidently: a placed row's leading empty cells are cells (its grid
    // columns), not the layout of a spanned label column (a repair below 0.9).
    expect(keys.filter((k) => data[k] !== want[k])).toEqual([]);
    expect(keys.filter((k) => fields[k]!.confidence < 0.9)).toEqual([]);
    const blank = keys.filter((k) => fields[k]!.flags.includes('blank'));
    expect(blank.length).toBeGreaterThan(50);
    for (const k of blank) expect(data[k]).toBe(0);
  });
});
