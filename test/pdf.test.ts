/**
 * The PDF layer on small PDFs whose drawing is known exactly (built with `_internal/mini-pdf`), and
 * the pure geometry (grids, furniture) on hand-made rulings and lines.
 */
import { buildPdf } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { dropFurniture } from '../src/pdf/furniture.js';
import { buildGrids } from '../src/pdf/grid.js';
import type { PageLine } from '../src/pdf/page-layout.js';
import type { Segment } from '../src/pdf/rulings.js';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });

/** PDF text at (x, y) in PDF user space (bottom-left origin). */
const text = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;

/**
 * A 3-column table: a header row whose first cell spans two columns, then two rows of numbers.
 * Columns at x = 100, 200, 300, 400; rows at y (PDF) = 700, 680, 660, 640.
 */
const TABLE_TEXT = [text(105, 685, 'Header'), text(305, 685, 'Total'), text(105, 665, '12'), text(205, 665, '3'), text(305, 665, '15'), text(105, 645, '7'), text(205, 645, '8'), text(305, 645, '15')];

async function linesOf(content: string): Promise<string[][]> {
  const pdf = buildPdf([{ content }]);
  const doc = await load(pdf, resolveOptions({ format: 'pdf' }));
  return doc.lines.map((l) => l.cells);
}

describe('PDF tables from rulings', () => {
  it('should read a grid drawn with stroked lines, with a colspan cell', async () => {
    const strokes = [
      ...[700, 680, 660, 640].map((y) => `100 ${y} m 400 ${y} l S`),
      '100 700 m 100 640 l S',
      '200 680 m 200 640 l S', // the header row has no ruling at x=200: Header spans two columns
      '300 700 m 300 640 l S',
      '400 700 m 400 640 l S',
    ];
    expect(await linesOf([...strokes, ...TABLE_TEXT].join('\n'))).toEqual([
      ['Header', 'Total'],
      ['12', '3', '15'],
      ['7', '8', '15'],
    ]);
  });

  it('should read a grid drawn with thin filled rectangles under a transform (Chromium)', async () => {
    // The same table, borders as 0.5 pt rectangles drawn in a coordinate system shifted by (50, 50).
    const rects = [
      ...[650, 630, 610, 590].map((y) => `50 ${y} 300 0.5 re f`),
      ...[50, 250, 350].map((x) => `${x} 590 0.5 60 re f`),
      '150 590 0.5 40 re f',
    ];
    const content = ['q 1 0 0 1 50 50 cm', ...rects, 'Q', ...TABLE_TEXT].join('\n');
    expect(await linesOf(content)).toEqual([
      ['Header', 'Total'],
      ['12', '3', '15'],
      ['7', '8', '15'],
    ]);
  });

  it('should read a label wrapped over lines, or rotated, inside its cell as one text', async () => {
    // Two rows; the first cell of row 1 holds 'Wrap' over 'ped', the first of row 2 'Up' rotated 90°.
    const strokes = [...[700, 660, 620].map((y) => `100 ${y} m 300 ${y} l S`), ...[100, 200, 300].map((x) => `${x} 700 m ${x} 620 l S`)];
    const texts = [text(105, 688, 'Wrap'), text(105, 672, 'ped'), text(205, 680, '12'), 'BT /F1 10 Tf 0 1 -1 0 160 630 Tm (Up) Tj ET', text(205, 640, '3'), text(205, 645, '4')];
    expect(await linesOf([...strokes, ...texts].join('\n'))).toEqual([
      ['Wrapped', '12'],
      ['Up', '43'],
    ]);
  });

  it('should fall back to positions when nothing is ruled, splitting close numbers', async () => {
    // Without rulings '12' and '3' are 5 pt apart: wider than 0.3 em between numbers, so two cells.
    const content = [text(100, 700, 'Row'), text(200, 700, '12'), text(216, 700, '3')].join('\n');
    expect(await linesOf(content)).toEqual([['Row', '12', '3']]);
  });
});

describe('buildGrids', () => {
  it('should keep a row whose top border was cut off by a page break', () => {
    // Verticals start at y=40; the first horizontal ruling is at y=60.
    const grids = buildGrids({ horizontal: [h(60, 0, 200), h(80, 0, 200)], vertical: [v(0, 40, 80), v(100, 40, 80), v(200, 40, 80)] });
    expect(grids).toHaveLength(1);
    expect(grids[0]!.ys).toEqual([40, 60, 80]);
    expect(grids[0]!.cells).toHaveLength(4);
  });

  it('should merge a rowspan cell when the ruling between its rows is missing', () => {
    const grids = buildGrids({
      horizontal: [h(0, 0, 200), h(20, 100, 200), h(40, 0, 200)],
      vertical: [v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)],
    });
    expect(grids[0]!.cells.map(({ row, col, rowSpan, colSpan }) => [row, col, rowSpan, colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('should keep a cell in its column when a page break left the row-spanning cells beside it short (CSS grid)', () => {
    // Columns 0–100 | 100–150 | 150–200. Row 0 (0–10): the row-spanning cells' cut-short ends (0–100, 100–150)
    // and the top of a sub-column cell (150–200, rows 0–1). Row 1 (10–30): open below the short cells, left of
    // the sub-column cell. Row 2 (30–50): a label and a value, each boxed.
    const grids = buildGrids({
      horizontal: [h(10, 0, 150), h(30, 150, 200), h(50, 0, 200)],
      vertical: [v(0, 0, 50), v(100, 0, 10), v(150, 0, 10), v(200, 0, 50), v(100, 30, 50), v(150, 30, 50)],
    });
    const at = (row: number): number[][] => grids[0]!.cells.filter((c) => c.row === row).map((c) => [c.col, c.colSpan]);
    // Row 1's slots end at the column lines drawn above and below them: the sub-column cell keeps its column.
    expect(at(1)).toEqual([[0, 1], [1, 1], [2, 1]]);
    // Row 2: label and value are two cells (the line between them is drawn in their row).
    expect(at(2)).toEqual([[0, 1], [1, 1], [2, 1]]);
  });

  it('should part merged slots where a border runs the whole side of one of them (a row-spanning cell cut short)', () => {
    // The cell at column 0 (0–100) ends at y=20, its right side with it; below it open space until the
    // cell spanning both columns at 40–60. Column 1's cell at 20–40 ('（七）总计') draws its bottom.
    const grids = buildGrids({
      horizontal: [h(0, 0, 200), h(20, 0, 200), h(40, 100, 200), h(60, 0, 200)],
      vertical: [v(0, 0, 60), v(100, 0, 20), v(200, 0, 60)],
    });
    const rows = grids[0]!.cells.map(({ row, col, rowSpan, colSpan }) => [row, col, rowSpan, colSpan]);
    expect(rows).toContainEqual([1, 0, 1, 2]);
    expect(rows).toContainEqual([2, 0, 1, 2]);
  });

  it('should snap double borders and separate tables that do not touch', () => {
    const box = (top: number): Segment[] => [h(top, 0, 100), h(top + 0.8, 0, 100), h(top + 20, 0, 100), h(top + 40, 0, 100)];
    const sides = (top: number): Segment[] => [v(0, top, top + 40), v(50, top, top + 40), v(100, top, top + 40)];
    const grids = buildGrids({ horizontal: [...box(0), ...box(100)], vertical: [...sides(0), ...sides(100)] });
    expect(grids.map((g) => g.ys.length - 1)).toEqual([2, 2]);
  });

  it('should ignore a lone underline or a frame of one cell', () => {
    expect(buildGrids({ horizontal: [h(10, 0, 100)], vertical: [] })).toEqual([]);
    expect(buildGrids({ horizontal: [h(0, 0, 100), h(50, 0, 100)], vertical: [v(0, 0, 50), v(100, 0, 50)] })).toEqual([]);
  });
});

describe('dropFurniture', () => {
  const line = (top: number, text: string, free = true): PageLine => ({ cells: [text], top, bottom: top + 10, free, source: {} });

  it('should drop running headers and page numbers but keep body lines and table rows', () => {
    const pages = [1, 2, 3].map((p) => [line(10, `示例市2024年报告 ${p}/3`), line(300, `正文第${p}页`), line(820, `— ${p} —`), line(15, '2024', false)]);
    const kept = dropFurniture(pages, [842, 842, 842]);
    expect(kept.map((ls) => ls.map((l) => l.cells[0]))).toEqual([
      ['正文第1页', '2024'],
      ['正文第2页', '2024'],
      ['正文第3页', '2024'],
    ]);
  });

  it('should keep table rows of numbers that sit in the margins of several pages', () => {
    // A borderless table continued over pages: its first/last rows repeat in shape, not in words.
    const pages = [1, 2].map(() => [line(300, '正文'), line(815, '0 5 0 0 0 0 5')]);
    expect(dropFurniture(pages, [842, 842]).map((ls) => ls.length)).toEqual([2, 2]);
  });

  it('should keep a margin line printed on one page only (the title of page 1)', () => {
    const kept = dropFurniture([[line(20, '示例市2024年政府信息公开工作年度报告')], [line(400, '正文')]], [842, 842]);
    expect(kept[0]!.map((l) => l.cells[0])).toEqual(['示例市2024年政府信息公开工作年度报告']);
  });

  it("should keep a title's agency line whose words the sign-off repeats in another page's margin at another size", () => {
    // A LibreOffice print of a title broken after the agency ('都匀市职业技术学校' / '2020年…年度报告', 22 pt at the page's
    // top) signed by the agency (12 pt) at the top or bottom of the last page: not a running header. Main dropped both.
    const sized = (top: number, height: number, text: string): PageLine => ({ cells: [text], top, bottom: top + height, free: true, source: {} });
    for (const at of [30.8, 787.6]) {
      for (const agency of ['都匀市职业技术学校', '合作市太平镇人民政府', '中共武冈市委员会机构编制委员会办公室']) {
        const pages = [[sized(32.8, 28.6, agency), sized(69.1, 28.6, '2020年政府信息公开工作年度报告'), sized(300, 12, '正文')], [sized(300, 12, '正文')], [sized(at, 15.6, agency), sized(at + 20, 15.6, '2021年1月20日')]];
        const kept = dropFurniture(pages, [842, 842, 842]).map((ls) => ls.map((l) => l.cells[0]));
        expect([agency, at, kept[0]![0], kept[2]![0]]).toEqual([agency, at, agency, agency]);
      }
    }
    // A running header in one style is still dropped, on every page.
    const header = (p: number): PageLine[] => [sized(30, 10.5, '都匀市职业技术学校'), sized(300, 12, `正文${p}`)];
    expect(dropFurniture([1, 2, 3].map(header), [842, 842, 842]).map((ls) => ls.map((l) => l.cells[0]))).toEqual([['正文1'], ['正文2'], ['正文3']]);
  });
});
