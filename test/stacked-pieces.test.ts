/**
 * Numbers wrapped inside narrow cells of a `pdftotext -layout` table (LibreOffice centres a cell's
 * lines on its row: a wrapped number's head above the row's line, its tail below, same column) are
 * joined into the row's line only where the column geometry says so (layout/stacked-pieces); and a
 * space-aligned dump whose wrapped pieces stand alone on their lines is no collapsed one-value-per-line
 * stream (map/stream-moves `isCollapsedStream`: table 四's clipped cells had been filled with 0 at 0.85).
 */
import { joinStackedPieces, rowsBesidePieces } from '../src/layout/stacked-pieces.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { isCollapsedStream } from '../src/map/stream-moves.js';
import { REQUEST_ROWS_SPLIT } from '../src/template/requests.js';
import { consistentRequestGrid, lcg } from './helpers/table3.js';
import { conf, read, value } from './helpers/report-fields.js';
import { TAIL, TOP } from './helpers/table3-text.js';

/** breakit55 ptt-layout-docxlo/r19's first row, shapes kept (full-width digits, 总计 first). */
const R19 = [
  '                          １４,７ １０,４        ７                    １０',
  '一、本年新收政府信息公开申请数量                    2,771                 632            —',
  '                           ５３   ８４        ６６                    ０',
];

describe('joinStackedPieces', () => {
  it('should join each head above and tail below into the row line at their column', () => {
    const out = joinStackedPieces(['', ...R19, '']);
    expect(out[1]!.trim()).toBe('');
    expect(out[3]!.trim()).toBe('');
    expect(out[2]!.trim().split(/\s+/)).toEqual(['一、本年新收政府信息公开申请数量', '１４,７５３', '１０,４８４', '2,771', '７６６', '632', '１００', '—']);
  });

  it('should keep a wrapped label on the piece lines and join a tail of 件', () => {
    const out = joinStackedPieces(['', '   3.危及三安全    ２,７', '                       2,574    0    111    78   ０    —', '   一稳定”         ６３', '', '                           54', '6.属于四类过程性信息      1,480 0 件        45    0件', '                           件', '']);
    expect(out[1]!.trim()).toBe('3.危及三安全');
    expect(out[2]!.trim().split(/\s+/)[0]).toBe('２,７６３');
    expect(out[3]!.trim()).toBe('一稳定”');
    expect(out[6]!.trim().split(/\s+/)).toEqual(['6.属于四类过程性信息', '1,480', '0', '件', '54件', '45', '0件']);
  });

  it("should pair a run of '件' tails with its run of heads, and leave a page's form feed out of the places", () => {
    // fb37 apb2-crbl-lay (Chromium borderless print, -layout): '件 件 件' printed one space apart, behind their numbers' columns.
    const rows = ['\f                                 296 111 17         39 524', '        一、本年新收政府信息公开申请数量                    23件 38件', '                                  件 件 件             件 件'];
    const out = joinStackedPieces(['', ...rows, '']);
    expect(out[1]).toBe('\f');
    expect(out[2]!.trim().split(/\s+/)).toEqual(['一、本年新收政府信息公开申请数量', '296件', '111件', '17件', '23件', '38件', '39件', '524件']);
    expect(out[3]!.trim()).toBe('');
    // Runs that do not pair (one run of five tails under two runs of heads) stay as printed.
    const unpaired = ['', rows[0]!.slice(1), rows[1]!, '                                  件 件 件 件 件', ''];
    expect(joinStackedPieces(unpaired)).toEqual(unpaired);
  });

  it("should join an amount's pieces around a row of one value", () => {
    // narrow-cell-variants seed 103 (Chromium break-all, -layout): 1087.95 as '1087.9' / '5'; its cell had been blank, read 0 at 0.85.
    const out = joinStackedPieces(['', '', '                                1087.9', '政府集中采购                   3', '                                5', '', '']);
    expect(out[3]!.trim().split(/\s+/)).toEqual(['政府集中采购', '3', '1087.95']);
    expect(out[2]!.trim()).toBe('');
  });

  it('should leave pieces as printed where the geometry does not say so', () => {
    // A neighbour row prints numbers right above the head: the head may be its tail.
    const tight = ['二、上年结转   5  0  0', ...R19, ''];
    expect(joinStackedPieces(tight)).toEqual(tight);
    // A head over a value of the row line, heads and tails that do not pair, a grouping the join breaks.
    for (const lines of [
      ['', '                 12', '（一）予以公开  3  4  5  6', '                 3', ''],
      ['', '            １４   ７', '（一）予以公开                  3  4  5', '            ５３', ''],
      ['', '            12,3', '（一）予以公开                  3  4  5', '            4', ''],
    ]) expect(joinStackedPieces(lines)).toEqual(lines);
  });
});

describe('joinStackedPieces between two rows', () => {
  it("should not join two rows' values around a wrapped label line holding a unit only", () => {
    // breaker40 b2-ptt-layout/r54 (Chromium print, -layout): '请   件' (the label's tail, the unit a cell of the row above
    // wrapped) between rows 4 and 5 of （五）; their values had been joined digit by digit (02 00 00 11 12 03 28) at 0.85.
    const lines = textToLines([
      '',
      '      3.要求提供公开出版物 0件 0件 0件 0件 0件 0 0件',
      '（五）不                             件',
      ' 予处理',
      '     4.无正当理由大量反复申 0件 0件 0件 1件 1件 0 2件',
      '            请                    件',
      '     5.要求行政机关确认或重 2件 0件 0件 1件 2件 3 8件',
      '        新出具已获取信息                 件',
      '（六）其 1.申请人无正当理由逾期',
    ].join('\n'));
    const cells = lines.flatMap((l) => l.cells).join(' ');
    expect(cells).not.toMatch(/\b(?:02|11|12|28)\b/);
    const row4 = lines.find((l) => l.cells.join(' ').includes('大量反复申'))!;
    expect(row4.cells.join(' ').replace(/件/g, '').trim().split(/\s+/).slice(-7)).toEqual(['0', '0', '0', '1', '1', '0', '2']);
  });
});

describe('rowsBesidePieces', () => {
  /** A number over three lines ('１，' / '４２' / '７' for 1,427) and one over two beside it: nothing to join, the row in doubt. */
  const THREE = ['', '       （三）                              １，', '                                                                １，４',
    '       不予公    1.属于国家秘密         ０    ０   ４２        ０   ０    ０', '                                                                 ２７', '        开                                ７', ''];

  it('should put a row beside unjoined pieces in doubt', () => {
    expect(joinStackedPieces(THREE)).toEqual(THREE);
    // The row and the piece lines running on from it ('（三）' starts a row of its own).
    expect([...rowsBesidePieces(THREE)].sort()).toEqual([2, 3, 4, 5]);
  });

  it('should put in doubt a head printed beside the label two lines above the row', () => {
    // fb36 narrow n5-cr5 (Chromium break-all, -layout): 11473 as '11' / '47' / '3', 21075 as '210' / '75'.
    // The head's line, with the label's text, had been read as the row: 11 and blank zeros at 0.85.
    const rows = ['', '其他处   2.申请人逾期未按收费', '      通知要求缴纳费用、行                       11', '理                                  210    325',
      '                  0    0   0   0       47', '      政机关不再处理其政府                   75     48', '                                       3', '      信息公开申请', ''];
    expect([...rowsBesidePieces(rows)].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('should put in doubt a row of few values between two lines of digits alone', () => {
    // narrow-cell-variants seed 106 (LibreOffice, full-width, -layout): numbers in four pieces; the row line
    // printed '１１ ８６ ０，９' of 4111, 2862 and 150,928 (11 read at 0.85).
    const rows = ['', '                                 ２                  １    １', '                          ９８，   ３，                 ０，   １，',
      '一、本年新收政府信息公开申请数量                     １１    ８６              ０，９', '                          ３４１   ２６                 ５７   ７７',
      '                                 ６                  １    ７', ''];
    expect(rowsBesidePieces(rows).has(3)).toBe(true);
    // Table 二's rows, each with its label, and a stream of one value a line, are no such pieces.
    expect(rowsBesidePieces(['行政许可   12   3   15', '其他对外管理服务事项   4   0   4', '行政处罚   7   1   8']).size).toBe(0);
    expect(rowsBesidePieces(['8', '18', '7', '12']).size).toBe(0);
  });

  it('should put in doubt a table 二 amount whose last decimals a narrow cell wrapped onto the lines below', () => {
    // gen60 pdftohtml -noframes (p2h41b): 5647.57 printed '5647.5' / '7', 3829.05 '３８２' / '９．０' / '５' — the row's
    // amount had been read as 5647.5 and 382 at 0.85.
    expect([...rowsBesidePieces(['政府集中采购| 8.0| 5647.5', '| | 7', '三、收到和处理政府信息公开申请情况'])]).toEqual([0]);
    expect([...rowsBesidePieces(['政府集中采购 ４ ３８２', '９．０', '５', '3. 收到和处理政府信息公开申请情况'])]).toEqual([0]);
    // A whole amount, or a number below that makes no two-decimal amount with it, is no cut.
    expect(rowsBesidePieces(['政府集中采购 20 8808.56', '6', '三、收到']).size).toBe(0);
    expect(rowsBesidePieces(['政府集中采购 4', '382.5', '三、收到']).size).toBe(0);
    expect(rowsBesidePieces(['行政事业性收费 9 -5', '表2-5']).size).toBe(0);
  });

  it('should not doubt rows beside rows of their own or small tables', () => {
    expect(rowsBesidePieces(['二、上年结转政府信息公开申请数量   5  0  0  0  0  0  5', '三、本年度办理结果 （一）予以公开   3  1  0  0  0  0  4']).size).toBe(0);
    expect(rowsBesidePieces(['规章        15    5    8', '            12', '行政规范性文件   3   0   15']).size).toBe(0);
    expect(rowsBesidePieces(['7.属于行政执法案   1   2   3   4   5   6   21', '卷']).size).toBe(0);
  });
});

describe('a -layout table 三 of narrow cells', () => {
  /** Rows of a consistent 2021 table 三, 自然人 (and so 总计) in the thousands, each row between blank lines, its cells 8 characters apart. */
  const grid = consistentRequestGrid((row, col) => (col === 0 ? 1000 + ((row * 1319) % 8000) : (row * 7 + col) % 3 === 0 ? 0 : (row * 13 + col * 29) % 90));
  const COL0 = 40;
  /** Each value of 4+ digits in a row whose index `wrap` picks printed as head above / tail below (cells 3 characters wide). */
  const dump = (wrap: (row: number) => boolean): string => {
    const lines: string[] = [];
    REQUEST_ROWS_SPLIT.forEach((s, i) => {
      const [above, own, below] = ['', s.labels[0]!, ''];
      let [a, r, b] = [above, own, below];
      grid[i]!.forEach((x, c) => {
        const t = String(x);
        const at = COL0 + 8 * c;
        if (wrap(i) && t.length >= 4) {
          a = a.padEnd(at) + t.slice(0, 3);
          b = b.padEnd(at) + t.slice(3);
        } else r = r.padEnd(at + 1) + t;
      });
      lines.push('', a, r, b);
    });
    return [...TOP, ...lines, '', ...TAIL].join('\n');
  };

  it('should not read the dump as a collapsed stream', () => {
    expect(isCollapsedStream(textToLines(dump((i) => i % 2 === 1)))).toBe(false);
  });

  it('should read every wrapped number whole, none wrong at ≥ 0.9', async () => {
    const r = await read(new TextEncoder().encode(dump((i) => i % 2 === 1)));
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    let right = 0;
    REQUEST_ROWS_SPLIT.forEach((s, i) => cols.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      if (value(r, k) === grid[i]![j]) right++;
      else if (value(r, k) !== null) expect([k, value(r, k), conf(r, k) < 0.9]).toEqual([k, value(r, k), true]);
    }));
    expect(right).toBe(REQUEST_ROWS_SPLIT.length * cols.length);
  });

  it('should give the same values as the dump printing no number wrapped', async () => {
    const seeded = lcg(7);
    const plain = await read(new TextEncoder().encode(dump(() => false)));
    const wrapped = await read(new TextEncoder().encode(dump(() => seeded() < 0.5)));
    expect(wrapped.data.requests).toEqual(plain.data.requests);
  });
});
