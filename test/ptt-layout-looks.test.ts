/**
 * A row's last cells `pdftotext -layout` pushed onto the line below (an item that would start inside
 * text already written on its line goes onto a new line: `-fixed 9` of a Chromium print) are joined
 * back onto the row's line only when the row and its pushed lines make exactly the table's width
 * (layout/pushed-cells); a preformatted table's column bars printed into the dump are written as spaces (layout/column-bars).
 */
import { dropColumnBars } from '../src/layout/column-bars.js';
import { joinPushedCells } from '../src/layout/pushed-cells.js';
import { pipeWrappedRows } from '../src/layout/pipe-wrapped-rows.js';
import { BARRED_PRE_ROWS } from './helpers/barred-pre.js';

/** gen60 ptt-fixed9-serif-shaped table 三 rows (made-up numbers, shapes kept). */
const FULL = (label: string, vs: string): string => `                  ${label}`.padEnd(40) + vs;
const ROWS = [
  FULL('一、本年度新收', '121.0 60.0 4.0 4.0 13.0 13.0 215.0'),
  FULL('1.属于国家秘密', '30.0 0.0 0.0 0.0 0.0 0.0 30.0'),
  '                  4.保护第三方合法权益',
  '                          1.0 0.0 1.0 0.0 0.0 2.0',
  '                                    4.0',
  '                  5.属于内部事务信息',
  '                          0.0 0.0 0.0 0.0 0.0 0.0',
  '                                    0.0',
];

describe('joinPushedCells', () => {
  it("should join a row's 合计 pushed onto the next line back onto the row, in line order", () => {
    const out = joinPushedCells(ROWS);
    expect(out[3]!.trim().split(/\s+/)).toEqual(['1.0', '0.0', '1.0', '0.0', '0.0', '2.0', '4.0']);
    expect(out[4]).toBe('');
    expect(out[6]!.trim().split(/\s+/)).toEqual(['0.0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
    expect(out[7]).toBe('');
    expect(out.length).toBe(ROWS.length);
  });

  it('should join cells pushed over two lines when together they make the width', () => {
    const rows = [ROWS[0]!, ROWS[1]!, FULL('一、本年新收', '13,651 4,847 1,083'), '                                              897 1,378', '                                                   1,573 23,429'];
    expect(joinPushedCells(rows)[2]!.trim().split(/\s+/).slice(1)).toEqual(['13,651', '4,847', '1,083', '897', '1,378', '1,573', '23,429']);
  });

  it('should leave lines as printed where the count or the places do not say so', () => {
    // One value short of the width (a blank cell, digits of two cells touching): not known which.
    const short = [...ROWS.slice(0, 3), '                          1.0 0.0 1.0 0.0 2.0', '                                    4.0'];
    expect(joinPushedCells(short)).toEqual(short);
    // A line of numbers starting under the row's first value or left of it is a row of its own.
    const own = [...ROWS.slice(0, 3), '                          1.0 0.0 1.0 0.0 0.0 2.0', '                          4.0'];
    expect(joinPushedCells(own)).toEqual(own);
    // No table width around (one full line only): nothing joined.
    const lone = [ROWS[0]!, ...ROWS.slice(2, 5)];
    expect(joinPushedCells(lone)).toEqual(lone);
  });
});

describe('joinPushedCells beside wrapped numbers', () => {
  it('should leave tails of numbers wrapped around a row (a head above it) as printed', () => {
    // gen60 fixed9 r24-shaped: '１' above, '８' / '８' below a row of full-width digits (158, 318 wrapped in narrow cells).
    const w = (vs: string): string => '          三、本年度办理结果'.padEnd(30) + vs;
    const rows = [w('０ ０ ５ ０ ０ １１ ０ １１'), w('０ ０ ５ ０ ０ １１ ０ １１'), '                   （三）不               １', w('０ ０ １５ ０ ０ １６０ ３１'), '                                                ８', '                                      ８'];
    expect(joinPushedCells(rows)).toEqual(rows);
  });
});

describe('dropColumnBars', () => {
  // gen60 ptt-fixed3-shaped rows of a <pre> table with '|' between its columns (made-up numbers).
  const PRE = [
    '                           |                   |             |   自然    |    法人或其他组织   |   总计',
    '         一、本年新收政府信息公开申请数量              | １３８|      ３１|        ５|     ５|   １８|    １５|     ２１２',
    '         二、上年结转政府信息公开申请数量              |      ４|      ０|      ０|     ０|      ０|     ０|        ４',
    '                           | （二）部分公开（区分处理的，只计这一情形|    １８|       ０|      ０|     １|      ０|     １|     ２０',
    '                           | ，不计其他情形）              |         |      |        |      |      |       |',
  ];

  it("should close a preformatted table's lines with outer pipes when its rows print whole: a line starting with a bar starts with a blank cell", () => {
    const out = dropColumnBars(PRE);
    expect(out[0]).toBe(`|${PRE[0]} |`);
    expect(out[1]).toBe(`|${PRE[1]} |`);
    expect(out[4]).toBe(`|${PRE[4]} |`);
    expect(out.every((l) => l.startsWith('|') && l.endsWith('|'))).toBe(true);
  });

  it('should write bars as spaces, places kept, where rows are pushed over lines (lines of values alone)', () => {
    const pushed = [
      '         一、本年新收政府信息公开申请数量| １３８|      ３１|        ５|     ５|',
      '                               １８|    １５|     ２１２|',
      '         二、上年结转政府信息公开申请数量|      ４|      ０|      ０|     ０|',
      '                               ０|     ０|        ４|',
      '         三、本年度办理| （一）予以公开|      ０|      １|      ０|     ０|',
      '                               ０|     ０|        １|',
    ];
    const out = dropColumnBars(pushed);
    expect(out.every((l) => !l.includes('|'))).toBe(true);
    expect(out.map((l) => l.length)).toEqual(pushed.map((l) => l.length));
  });

  it('should leave pipe tables and texts of fewer barred rows as printed', () => {
    const md = ['| 项目 | 数量 |', '| --- | --- |', ...PRE];
    expect(dropColumnBars(md)).toBe(md);
    const two = PRE.slice(0, 3);
    expect(dropColumnBars(two)).toBe(two);
    const outer = PRE.map((l) => `|${l.trim()}|`);
    expect(dropColumnBars(outer)).toBe(outer);
  });

  it('should keep the bars where they alone part blank cells (one space for a blank cell: -layout of a proportional print, -bbox-layout lines)', () => {
    // breaker41 gen60 ptt-layout-a4/r13- and ptt-bbox-a4/r13-shaped (a <pre> table with bars, blank zeros, a wrapped label).
    const bars = [...BARRED_PRE_ROWS];
    const out = dropColumnBars(bars);
    expect(out[1]).toBe(`|${bars[1]} |`);
    expect(out[4]!.split('|').map((c) => c.trim())).toEqual(['', '', '', '2.其他法律行政法规禁止公', '', '', '2', '', '1', '', '3', '']);
    expect(out[5]).toBe(`|${bars[5]} |`);
    const bbox = bars.map((l) => l.trim().replace(/\s+/g, ' '));
    expect(dropColumnBars(bbox)[4]).toBe(`|${bbox[4]} |`);
  });
});

describe('joinPushedCells after column bars', () => {
  it("should join a barred row every line of which is pushed (no whole row around: table 三's 7) and write its values apart", () => {
    // gen60 fixed9 r23-shaped (-fixed 9 of a <pre> table with bars: each row over three lines, bars touching digits).
    const rows = dropColumnBars([
      '         一、本年新收政府信息公开申请数量| 118| 17|',
      '                             8|3|7| 19| 172',
      '         二、上年结转政府信息公开申请数量|3|1|',
      '                             0|0|0|',
      '                                  0|4',
      '         三、本年度办理| （一）予以公开|0|1|',
      '                             0|0|0|',
      '                                  0|1',
    ]);
    const out = joinPushedCells(rows);
    expect(out[0]!.trim().split(/\s{2,}/)).toEqual(['一、本年新收政府信息公开申请数量', '118', '17', '8', '3', '7', '19', '172']);
    expect(out[2]!.trim().split(/\s{2,}/)).toEqual(['二、上年结转政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4']);
    expect([out[1], out[3], out[4], out[6], out[7]]).toEqual(['', '', '', '', '']);
  });
});

describe('pipeWrappedRows after column bars', () => {
  it("should keep a wrapped row's blank cells before its first number where a blank line parts it from the other rows (pdfminer)", () => {
    // breaker41 gen60 pdfminer-a4/r13-shaped: a <pre> table's rows each between blank lines, a label wrapped onto a line of empty cells.
    const lines = dropColumnBars([
      '一、本年新收政府信息公开申请数量                        | 113| 42|  5|  8| 10| 15| 193',
      '',
      '二、上年结转政府信息公开申请数量                        |   4|  1|  1|   |  1|   |   7',
      '',
      '              | （三）不予公开| 1.属于国家秘密          |  25|  9|   |   |  3|  3|  40',
      '',
      '              |               | 2.其他法律行政法规禁止公|    |   |  2|   |  1|   |   3',
      '',
      '              |               | 3.危及国家安全、公共安全|    |  8|   |   |   |   |   8',
      '              |               | 、经济安全和社会稳定    |    |   |   |   |   |   |',
      '',
    ]);
    const rows = pipeWrappedRows(lines, () => false);
    expect(rows.get(8)).toEqual(['3.危及国家安全、公共安全、经济安全和社会稳定', '', '8', '', '', '', '', '8']);
    expect(rows.get(9)).toEqual([]);
  });
});
