/**
 * A page cut out of a wider one (`mutool poster -x 2`: each A4 page two half-width pages; a crop box
 * clipping the right of a table): the grid's rulings run on past the page's edge while the text there
 * is clipped away. Cells beyond the edge are unread, never blank 0 (pdf/page-layout); labels under a
 * header no line prints numbers under are no blank rows (pdf/free-columns); a title or agency read
 * only from lines running to the edge is `damaged` (score/meta).
 */
import { layoutPage } from '../src/pdf/page-layout.js';
import { placeFreeColumns, type XLine } from '../src/pdf/free-columns.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { buildGrids, type Grid, type GridCell } from '../src/pdf/grid.js';
import { scoreMeta } from '../src/score/meta.js';

const item = (str: string, x: number, top: number): PdfItem => ({ str, x, width: 10 * str.length, top, height: 10, size: 10 });

/** Table 二's first block as Chromium draws it: label | 本年制发 | 本年废止 | 现行有效, columns at 57–190–306–422–538 pt. */
function tableGrid(): Grid {
  const xs = [57, 190, 306, 422, 538];
  const ys = [100, 120, 140];
  const cells: GridCell[] = [];
  for (let row = 0; row < 2; row++) for (let col = 0; col < 4; col++) cells.push({ row, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, x2: xs[col + 1]!, y1: ys[row]!, y2: ys[row + 1]! });
  return { xs, ys, cells };
}
// The left half (297.5 pt wide) shows the labels and the first column's numbers only.
const LEFT_HALF = [item('规章', 60, 105), item('0', 200, 105), item('行政规范性文件', 60, 125), item('23', 200, 125)];

describe('grid cells beyond the page edge', () => {
  it('should mark the empty cells past the right edge unread', () => {
    const { lines } = layoutPage(LEFT_HALF, [tableGrid()], 1, 0, { width: 297.5, height: 842 });
    expect(lines.map((l) => [l.cells, l.unread])).toEqual([
      [['规章', '0', '', ''], [2, 3]],
      [['行政规范性文件', '23', '', ''], [2, 3]],
    ]);
  });

  it('should leave the cells of a grid the page shows whole as printed', () => {
    const { lines } = layoutPage(LEFT_HALF, [tableGrid()], 1, 0, { width: 595, height: 842 });
    expect(lines.every((l) => l.unread === undefined)).toBe(true);
  });

  it('should flag a free line running to the page edge', () => {
    const items = [item('陕西省宝鸡市渭滨区神农镇人民', 150, 40), item('一、总体情况', 60, 70)];
    const { lines } = layoutPage(items, [], 1, 0, { width: 297.5, height: 842 });
    expect(lines.map((l) => [l.cells.join(''), l.atEdge])).toEqual([['陕西省宝鸡市渭滨区神农镇人民', true], ['一、总体情况', undefined]]);
  });
});

describe('a table cut at the page edge by a clip (LibreOffice Writer/Web, a layout table wider than the paper)', () => {
  // Table 二's grid running to the page's right edge (538 pt): the last column is what the page shows of a wider one.
  const HEADER = [item('信息内容', 60, 85), item('本年制发件数', 200, 85), item('本年废止件数', 316, 85)];
  const ROWS = [
    item('规章', 60, 105), item('0', 200, 105), item('3', 316, 105),
    item('行政规范性文件', 60, 125), item('23', 200, 125), item('1', 316, 125), item('1', 430, 125),
    item('其他', 60, 145), item('4', 200, 145), item('2', 316, 145), item('7', 430, 145),
  ];
  const grid = (): Grid => {
    const { xs } = tableGrid();
    const ys = [80, 100, 120, 140, 160];
    const cells: GridCell[] = [];
    for (let row = 0; row < 4; row++) for (let col = 0; col < 4; col++) cells.push({ row, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, x2: xs[col + 1]!, y1: ys[row]!, y2: ys[row + 1]! });
    return { xs, ys, cells };
  };
  // Strings the clip cut: the header's word, row 1's whole number past the edge, row 2's '15' shown as '1'; row 3 shows its '7' whole.
  const CLIPPED = [{ x0: 500, x1: 560, y0: 84, y1: 96 }, { x0: 540, x1: 552, y0: 104, y1: 116 }, { x0: 430, x1: 545, y0: 124, y1: 136 }];
  const view = (width: number, clipped = CLIPPED) => ({ width, height: 842, clipped });

  it('should read the edge column\'s cells a clipped string crosses as unread, the header and whole rows as printed', () => {
    const { lines } = layoutPage([...HEADER, ...ROWS], [grid()], 1, 0, view(538.5));
    expect(lines.map((l) => [l.cells, l.unread])).toEqual([
      [['信息内容', '本年制发件数', '本年废止件数', ''], undefined],
      [['规章', '0', '3', ''], [3]],
      [['行政规范性文件', '23', '1', '1'], [3]],
      [['其他', '4', '2', '7'], undefined],
    ]);
  });

  it('should read the edge column as printed where the clip cut nothing (Chromium at margin 0: whole numbers at the edge)', () => {
    const { lines } = layoutPage([...HEADER, ...ROWS], [grid()], 1, 0, view(538.5, []));
    expect(lines.every((l) => l.unread === undefined)).toBe(true);
  });

  it('should read a grid ending inside the page as printed', () => {
    const { lines } = layoutPage([...HEADER, ...ROWS], [grid()], 1, 0, view(595));
    expect(lines.every((l) => l.unread === undefined)).toBe(true);
  });
});

describe('label lines under a header without numbers', () => {
  const line = (cells: string[], xs: number[], ends: number[]): XLine => ({ cells, xs, ends });
  // Table 三's label column on the left half: two label cells side by side read as a header, then labels alone.
  const LABELS = [line(['4.无', '(1)本机关不掌握相关政府信息'], [40, 90], [70, 250]), line(['6.其'], [40], [70]), line(['7.总计'], [40], [80])];

  it('should not read the labels as rows of empty cells when no line prints numbers under the header', () => {
    expect(placeFreeColumns(LABELS).map((l) => l.cells)).toEqual([['4.无', '(1)本机关不掌握相关政府信息'], ['6.其'], ['7.总计']]);
  });

  it('should still read a label alone as a blank row when the table prints numbers under the header', () => {
    const withNumbers = [LABELS[0]!, line(['5.不予处理', '3'], [40, 95], [80, 101]), ...LABELS.slice(1)];
    expect(placeFreeColumns(withNumbers).map((l) => l.cells)).toContainEqual(['7.总计', '']);
  });
});

describe('title and agency cut at the page edge', () => {
  const name = '城乡建设局';
  const clues = (signOffAtEdge: boolean, signOff = name) => ({
    title: { value: `${name}2019年政府信息公开年度报告`, from: 'title' as const, text: name, atEdge: true },
    agencies: [{ value: name, from: 'title' as const, text: name, atEdge: true }, { value: signOff, from: 'signOff' as const, text: signOff, ...(signOffAtEdge ? { atEdge: true } : {}) }],
    years: [],
    dates: [],
  });

  it('should not let two places cut at the same edge confirm the piece', () => {
    const m = scoreMeta(clues(true));
    expect(m.fields.agency).toMatchObject({ flags: expect.arrayContaining(['damaged']) });
    expect(m.fields.agency.confidence).toBeLessThanOrEqual(0.6);
    expect(m.fields.title.confidence).toBeLessThanOrEqual(0.6);
  });

  it('should not let a whole longer name elsewhere confirm the piece', () => {
    const m = scoreMeta(clues(false, '浙江省温州市瓯海区住房和城乡建设局'));
    expect(m.fields.agency.confidence).toBeLessThanOrEqual(0.6);
  });

  it('should trust the name when a place not at the edge prints it', () => {
    expect(scoreMeta(clues(false)).fields.agency.confidence).toBe(0.95);
  });
});

describe('a grid open on its right side (Chromium: a layout table wider than its box, cut at the box\'s edge)', () => {
  // Table 三's last columns: 法律服务机构 | 其他, the 其他 cell's right ruling past the clip (rulings to the edge, none closing it).
  const seg = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
  const rulings = (closed: boolean) => ({
    horizontal: [80, 100, 120, 140].map((y) => seg(57, y, 300, y)),
    vertical: [57, 150, 220, ...(closed ? [300] : [])].map((x) => seg(x, 80, x, 140)),
  });
  const ITEMS = [
    item('法律服务机构', 160, 85), item('其他', 240, 85),
    item('本年新收', 60, 105), item('7', 200, 105),
    item('上年结转', 60, 125), item('1', 200, 125),
  ];

  it('should find the side no ruling draws', () => {
    expect(buildGrids(rulings(false))[0]!.openRight).toBe(true);
    expect(buildGrids(rulings(true))[0]!.openRight).toBeUndefined();
  });

  it('should read the last column\'s empty cells as unread under a whole header word, not blank zeros', () => {
    const { lines } = layoutPage(ITEMS, buildGrids(rulings(false)), 1, 0, { width: 595, height: 842 });
    expect(lines.map((l) => [l.cells, l.unread])).toEqual([
      [['', '法律服务机构', '其他'], undefined],
      [['本年新收', '7', ''], [2]],
      [['上年结转', '1', ''], [2]],
    ]);
  });

  it('should read an empty cell spanning up to the open side unread, a number in another such cell not vetoing it', () => {
    // Chromium 2019 table 二: 上一年项目数量 | 本年增/减 spanning to the cut edge ('-3' shown), 采购总金额 likewise (7361.72 culled).
    const spans = {
      horizontal: [80, 100, 120, 140].map((y) => seg(57, y, 300, y)),
      vertical: [...[57, 150, 220].map((x) => seg(x, 80, x, 140)), seg(260, 80, 260, 100)],
    };
    const items = [item('上一年', 160, 85), item('增减', 225, 85), item('对外', 265, 85),
      item('行政事业性收费', 60, 105), item('8', 200, 105), item('-3', 250, 105),
      item('政府集中采购', 60, 125), item('20', 200, 125)];
    const { lines } = layoutPage(items, buildGrids(spans), 1, 0, { width: 595, height: 842 });
    expect(lines.map((l) => [l.cells.length, l.unread])).toEqual([[4, undefined], [3, undefined], [3, [2]]]);
  });

  it('should read a closed grid\'s empty cells, and an open one whose last column prints a number, as printed', () => {
    expect(layoutPage(ITEMS, buildGrids(rulings(true)), 1, 0, { width: 595, height: 842 }).lines.every((l) => l.unread === undefined)).toBe(true);
    const shown = [...ITEMS, item('2', 280, 125)];
    expect(layoutPage(shown, buildGrids(rulings(false)), 1, 0, { width: 595, height: 842 }).lines.every((l) => l.unread === undefined)).toBe(true);
  });
});

describe('a cell whose number the clip hid wholly (the printer wrote it, pdf/clipped-text dropped it outside the clip)', () => {
  // Table 二's last column cut at a clip inside the page (Chromium's box edge at 480 pt): its header on the page, '7' and '3' past the clip.
  const grid = (): Grid => {
    const { xs } = tableGrid();
    const ys = [80, 100, 120, 140];
    const cells: GridCell[] = [];
    for (let row = 0; row < 3; row++) for (let col = 0; col < 4; col++) cells.push({ row, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, x2: xs[col + 1]!, y1: ys[row]!, y2: ys[row + 1]! });
    return { xs, ys, cells };
  };
  const ITEMS = [
    item('信息内容', 60, 85), item('本年制发件数', 200, 85), item('本年废止件数', 316, 85), item('现', 430, 85),
    item('规章', 60, 105), item('2', 200, 105), item('1', 316, 105),
    item('行政规范性文件', 60, 125), item('4', 200, 125), item('0', 316, 125),
  ];
  const hidden = [{ x0: 490, x1: 496, y0: 105, y1: 115, str: '7' }, { x0: 490, x1: 496, y0: 125, y1: 135, str: '3' }];

  it('should mark the empty cells holding a hidden number unread, not blank', () => {
    const { lines } = layoutPage(ITEMS, [grid()], 1, 0, { width: 595, height: 842, clipped: hidden });
    expect(lines.map((l) => [l.cells, l.unread])).toEqual([
      [['信息内容', '本年制发件数', '本年废止件数', '现'], undefined],
      [['规章', '2', '1', ''], [3]],
      [['行政规范性文件', '4', '0', ''], [3]],
    ]);
  });

  it('should read empty cells as printed when the clip hid no number in them (words, a cut string)', () => {
    const other = [{ x0: 490, x1: 496, y0: 105, y1: 115, str: '注' }, { x0: 490, x1: 540, y0: 125, y1: 135, str: '3', cut: true }];
    const { lines } = layoutPage(ITEMS, [grid()], 1, 0, { width: 595, height: 842, clipped: other });
    expect(lines.every((l) => l.unread === undefined)).toBe(true);
  });
});

describe('a grid ruled up to the page\'s right edge whose last column prints nothing (LibreOffice: a table wider than a Letter page, its numbers there not written)', () => {
  // Table 三's last columns: 法律服务机构 | 其他, the grid's right side the page's edge (612 pt); the 其他 column's rulings and header on the page.
  const xs = [12, 170, 480, 556, 612];
  const ys = [80, 100, 120, 140];
  const grid = (): Grid => {
    const cells: GridCell[] = [];
    for (let row = 0; row < 3; row++) for (let col = 0; col < 4; col++) cells.push({ row, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, x2: xs[col + 1]!, y1: ys[row]!, y2: ys[row + 1]! });
    return { xs, ys, cells };
  };
  const ITEMS = [
    item('项目', 20, 85), item('法律服务机构', 490, 85), item('其他', 570, 85),
    item('本年新收', 20, 105), item('5', 200, 105), item('1', 500, 105),
    item('予以公开', 20, 125), item('3', 200, 125),
  ];

  it('should read its empty last cells in rows printing numbers as unread at the page edge', () => {
    const { lines } = layoutPage(ITEMS, [grid()], 1, 0, { width: 612, height: 792 });
    expect(lines.map((l) => l.unread)).toEqual([undefined, [3], [3]]);
  });

  it('should read them as printed on a wider page (the grid ends inside it)', () => {
    const { lines } = layoutPage(ITEMS, [grid()], 1, 0, { width: 700, height: 792 });
    expect(lines.every((l) => l.unread === undefined)).toBe(true);
  });
});
