/**
 * A space-aligned table whose header has a column no row fills (a report printing zeros as blanks,
 * 科研机构 empty in every row; `pdftotext -fixed 3` / `-layout`): the columns come from the header
 * words above the rows, wrapped and centred in narrow cells (layout/header-columns); and a value
 * stream printing thousands separators ('2,040') is still a stream of plain counts (map/plain-count).
 */
import { alignedRowCells } from '../src/layout/aligned-columns.js';
import { at } from './helpers/placed-line.js';
import { streamValues } from '../src/map/table-stream.js';
import type { TableRow } from '../src/tables/build-rows.js';

const none = (): boolean => false;


const _ = null;
/** `pdftotext -fixed 3` of a Chromium table: header words centred in narrow cells, numbers left-aligned at the cells' left edges. */
const HEAD = [59, 106, 114, 125, 135, 150, 166, 173];
const TAIL = [107, 117, 128, 140, 155, 166, 173];
const NUMS = [22, 105, 114, 125, 135, 150, 165, 172];
const fixed3 = [
  at(['法人或其他组织'], [133]),
  at(['项    目', '自然', '商业企', '科研机', '社会公益组', '法律服务机', '其', '总'], HEAD),
  at(['人', '业', '构', '织', '构', '他', '计'], TAIL),
  at(['一、本年新收政府信息公开申请数量', '18', '32', _, '9', '10', '14', '83'], NUMS),
  at(['二、上年结转政府信息公开申请数量', '2', '1', _, _, '1', _, '4'], NUMS),
  at(['（一）予以公开', _, '19', _, '2', '4', '3', '28'], NUMS),
];

describe('header columns of a space-aligned table', () => {
  it('keeps the place of a column no row fills when the header names it', () => {
    const cells = alignedRowCells(fixed3, none);
    expect(cells.get(3)).toEqual(['一、本年新收政府信息公开申请数量', '18', '32', '', '9', '10', '14', '83']);
    expect(cells.get(4)).toEqual(['二、上年结转政府信息公开申请数量', '2', '1', '', '', '1', '', '4']);
    expect(cells.get(5)).toEqual(['（一）予以公开', '', '19', '', '2', '4', '3', '28']);
  });

  it('does not place numbers centred under long header words by the header', () => {
    // Centred: '3' starts inside 社会公益组's word, far from the next word; the header places nothing.
    const centred = [fixed3[0]!, fixed3[1]!, fixed3[2]!, at(['一、本年新收', '18', '32', _, '3', '10', '14', '83'], [22, 105, 114, 125, 139, 150, 165, 172]), at(['二、上年结转', '2', '1', _, '3', '1', '1', '4'], [22, 106, 115, 125, 139, 151, 166, 172])];
    const cells = alignedRowCells(centred, none);
    expect(cells.get(3)?.length ?? 0).not.toBe(8);
  });

  it('reads no header columns over a dump printing one value per line', () => {
    const raw = ['自然人 商业企 科研机 社会公 法律服 其他 总计', '收政府信息 1,485', '转政府信息 72', '（一）予以公开 782'];
    expect([...alignedRowCells(raw, none).values()].some((c) => c.length > 3)).toBe(false);
  });
});

/** A line whose pieces start at the given DISPLAY columns (an ideograph 2 wide: w3m and lynx pad so). */
const atWidth = (pieces: readonly (string | null)[], starts: readonly number[]): string => {
  let line = '';
  let width = 0;
  pieces.forEach((p, j) => {
    if (p === null) return;
    line += ' '.repeat(Math.max(1, starts[j]! - width)) + p;
    width = Math.max(width + 1, starts[j]!) + [...p].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  });
  return line.replace(/^ /, '');
};

describe('header columns of a w3m/lynx dump (display-width aligned, blank cells)', () => {
  // `w3m -dump` of a borderless table 三: 自然人 and 总计 (row spans) print on the group word's line, the
  // five sub-columns on the line below; cells left-aligned, zeros blank; 3 of 7 columns empty in every row.
  const COLS = [76, 83, 92, 101, 114, 127, 132];
  const w3m = [
    atWidth(['申请人情况'], [76]),
    atWidth(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '自然人', '法人或其他组织', '总计'], [0, 76, 83, 132]),
    atWidth(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], COLS.slice(1, 6)),
    atWidth(['一、本年新收政府信息公开申请数量', '35', '14', _, '3', _, _, '52'], [0, ...COLS]),
    atWidth(['二、上年结转政府信息公开申请数量', _, '2', _, '1', _, _, '3'], [0, ...COLS]),
    atWidth(['（一）予以公开', '18', '8', _, _, _, _, '26'], [19, ...COLS]),
  ];

  it('reads the columns from all header lines by display width, blank cells in their places', () => {
    const cells = alignedRowCells(w3m, none);
    expect(cells.get(3)).toEqual(['一、本年新收政府信息公开申请数量', '35', '14', '', '3', '', '', '52']);
    expect(cells.get(4)).toEqual(['二、上年结转政府信息公开申请数量', '', '2', '', '1', '', '', '3']);
    expect(cells.get(5)).toEqual(['（一）予以公开', '18', '8', '', '', '', '', '26']);
  });

  it("places table 四's one label-less row, its first value under the second column", () => {
    const R = [0, 9, 18, 27, 36, 41, 50, 59, 68, 77, 82, 91, 100, 109, 118];
    const review = [
      atWidth(['行政复议', '行政诉讼'], [0, 41]),
      atWidth(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'], [0, 9, 18, 27, 36, 41, 82]),
      atWidth(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], R.slice(5)),
      atWidth([_, '2', _, '1', '3', '5', _, _, _, '5', '6', '1', _, '1', '8'], R),
    ];
    expect(alignedRowCells(review, none).get(3)).toEqual(['', '2', '', '1', '3', '5', '', '', '', '5', '6', '1', '', '1', '8']);
  });

  it('places no number out of its column when one does not start under a header word, and no anchors over fewer columns than the header has', () => {
    const shifted = [...w3m.slice(0, 5), atWidth(['（一）予以公开', '18', '8', '26'], [19, 83, 92, 140])];
    const unread = new Map<number, number[]>();
    const cells = alignedRowCells(shifted, none, new Map(), unread);
    for (const i of [3, 4, 5]) expect(cells.get(i)?.length ?? 0).not.toBe(6);
    // Read under the header words' spans (layout/header-spans): a cell is placed only where every
    // reading agrees, and then in its true column; the others are unread (derived or missing later).
    const truth: Record<number, string[]> = { 3: ['35', '14', '', '3', '', '', '52'], 4: ['', '2', '', '1', '', '', '3'], 5: ['18', '8', '', '', '', '', '26'] };
    for (const i of [3, 4, 5]) {
      const placed = (cells.get(i) ?? []).slice(1).map((c, j) => (unread.get(i)?.includes(j + 1) ? null : c));
      placed.forEach((c, j) => c === null || expect([i, j, c]).toEqual([i, j, truth[i]![j]]));
      expect(placed.filter((c) => c !== null && c !== '').length).toBeLessThan(truth[i]!.filter((c) => c !== '').length + 1);
    }
  });
});

describe('header columns of a reading-order dump (plain pdftotext)', () => {
  it('places no row under a vertical header read across with single spaces', () => {
    // breakit47 bomcrlf k25: 法律服务机构 / 其他 / 总计 printed one character per line, read across as
    // '服 其 总' / '务 他 计'; '3 37' (其他, 总计) starts under 服 and 其 by chance and was read as 3 | 37 | blank.
    const lines = ['法', '律', '服 其 总', '务 他 计', '机', '构', '', '一、本年新收政府信息公开申请数量', '', '22', '', '7', '', '3 37', '', '二、上年结转政府信息公开申请数量', '', '2', '', '1 12'];
    expect([...alignedRowCells(lines, none)]).toEqual([]);
  });
});

describe('streamValues', () => {
  const row = (raw: string, line: number): TableRow =>
    ({ label: '', pending: '', values: [{ kind: 'num', value: Number(raw.replace(/,/g, '')), raw, fusable: false }], blankCells: 0, source: { line, text: raw } }) as unknown as TableRow;

  it('takes counts printed with thousands separators as plain counts', () => {
    const stream = streamValues([row('2,040', 1), row('7', 2), row('1,940', 3)]);
    expect(stream?.map((t) => t.value)).toEqual([2040, 7, 1940]);
  });

  it('takes no run of digits grouped otherwise than by three', () => {
    expect(streamValues([row('20,40', 1), row('7', 2)])).toBeNull();
  });
});

describe('a lynx row whose label cell holds its first value with a unit', () => {
  it("splits 'label 699件' from the label when every cell after it is a value with a unit", async () => {
    const { splitCells } = await import('../src/layout/text-to-lines.js');
    expect(splitCells('   行政处罚 699件    -17件  630件').cells).toEqual(['行政处罚', '699件', '-17件', '630件']);
    expect(splitCells('   行政处罚 699    -17  630').cells).toEqual(['行政处罚 699', '-17', '630']);
  });
});
