/**
 * A faint or keystoned border found only in leaning pieces is erased along its whole course, and
 * a short unfound stretch of it does not make the grid merge the cells on both sides
 * (`ocr/ruling-paths.ts`, through `tablePage`).
 */
import type { Grey } from '../src/ocr/image.js';
import { tablePage } from '../src/ocr/page.js';
import { rulingBridges, rulingPaths } from '../src/ocr/ruling-paths.js';
import type { Grid } from '../src/pdf/grid.js';

const DPI = 300;
const [W, H] = [600, 500];

/** The middle border's x at row y: it leans 8 px over the table's height (a keystone). */
const lean = (y: number): number => 300 + Math.round((y - 50) * 0.02);

/**
 * A 2 × 2 table (rows 50–250–450, columns 50–300–550 px) on white paper: black 3 px borders,
 * except the middle vertical one, drawn only in two leaning pieces with a faint stretch (grey
 * 200, lighter than the ruling level) between them, over the middle of the top row.
 */
function table(): Grey {
  const data = new Uint8Array(W * H).fill(255);
  const dot = (x: number, y: number, v: number): void => {
    data[y * W + x] = v;
  };
  for (const y of [50, 250, 450]) for (let t = 0; t < 3; t++) for (let x = 50; x <= 552; x++) dot(x, y + t, 0);
  for (const x of [50, 550]) for (let t = 0; t < 3; t++) for (let y = 50; y <= 452; y++) dot(x + t, y, 0);
  for (let y = 50; y <= 452; y++) {
    const faint = y > 130 && y < 180;
    for (let t = 0; t < 3; t++) dot(lean(y) + t, y, faint ? 200 : 0);
  }
  return { width: W, height: H, data };
}

/**
 * The same table with a whole middle border 6 px thick (a 1 px border of a 100 dpi scan, at 300
 * dpi) leaning 16 px over the table's 400 px (a keystone): at any place it is as thin as a ruling,
 * but the band of its runs is 22 px across, wider than a ruling is thick (3 pt, 12.5 px).
 */
function thickLeaningTable(): Grey {
  const data = new Uint8Array(W * H).fill(255);
  const dot = (x: number, y: number): void => {
    data[y * W + x] = 0;
  };
  for (const y of [50, 250, 450]) for (let t = 0; t < 3; t++) for (let x = 50; x <= 552; x++) dot(x, y + t);
  for (const x of [50, 550]) for (let t = 0; t < 3; t++) for (let y = 50; y <= 452; y++) dot(x + t, y);
  for (let y = 50; y <= 452; y++) for (let t = 0; t < 6; t++) dot(300 + Math.round((y - 50) * 0.04) + t, y);
  return { width: W, height: H, data };
}

describe('ruling paths', () => {
  it('should find a thick border that leans further than a ruling is thick as one grid line, and erase it', () => {
    const { grids, clean } = tablePage(thickLeaningTable(), DPI);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.xs).toHaveLength(3);
    expect(grids[0]!.cells).toHaveLength(4);
    let left = 0;
    for (let y = 60; y < 440; y++) for (let x = 290; x < 330; x++) if (clean.data[y * W + x]! < 250) left++;
    expect(left).toBe(0);
  });

  it('should erase a leaning border broken into pieces along its whole course and keep the cells apart', () => {
    const { grids, clean } = tablePage(table(), DPI);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    // Four cells: the unfound stretch over the top row's middle is not taken for a spanning cell.
    expect(grid!.cells).toHaveLength(4);
    expect(grid!.cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
    let left = 0;
    for (let y = 60; y < 440; y++) for (let x = 290; x < 315; x++) if (clean.data[y * W + x]! < 250) left++;
    expect(left).toBe(0);
  });

  it('should bridge only short gaps between pieces of one grid line, and erase nothing where a cell spans the line', () => {
    const grid: Grid = {
      xs: [0, 50, 100],
      ys: [0, 100, 200],
      cells: [
        { row: 0, col: 0, rowSpan: 1, colSpan: 2, x1: 0, y1: 0, x2: 100, y2: 100 },
        { row: 1, col: 0, rowSpan: 1, colSpan: 1, x1: 0, y1: 100, x2: 50, y2: 200 },
        { row: 1, col: 1, rowSpan: 1, colSpan: 1, x1: 50, y1: 100, x2: 100, y2: 200 },
      ],
    };
    // At 72 dpi a px is a pt. Pieces of the middle line: 0–40, 55–120 (gap 15 pt), 160–200 (gap 40 pt).
    const pieces = [
      { x1: 49, y1: 0, x2: 52, y2: 40 },
      { x1: 49, y1: 55, x2: 52, y2: 120 },
      { x1: 49, y1: 160, x2: 52, y2: 200 },
    ];
    const bridges = rulingBridges(pieces, [grid], 72);
    expect(bridges.horizontal).toEqual([]);
    expect(bridges.vertical).toHaveLength(1);
    expect(bridges.vertical[0]!.y1).toBeLessThanOrEqual(40);
    expect(bridges.vertical[0]!.y2).toBeGreaterThanOrEqual(55);
    const paths = rulingPaths(pieces, [grid], 72).filter((b) => b.x1 > 40 && b.x2 < 60 && b.y2 - b.y1 === 1);
    // The top row's cell spans the line: erased only along the bottom row, all of it.
    expect(paths.every((b) => b.y1 >= 100)).toBe(true);
    expect(new Set(paths.map((b) => b.y1)).size).toBe(100);
  });
});
