/**
 * OCR'd cells that hold ink but no number as read: a number printed with its unit ('3件'), whose
 * digits are cut from the unit and read alone (`ocr/unit-suffix.ts`); and a cell whose ink gave
 * no number (a seal over '10 | 3 | 257' read '下 | 和 | '), which is unread — never 0 `blank`.
 */
import { mapToReport } from '../src/map/index.js';
import type { Line } from '../src/model/document.js';
import type { Prepared } from '../src/ocr/cell-ink.js';
import { endsInUnit, unitCut } from '../src/ocr/unit-suffix.js';
import { buildRows } from '../src/tables/build-rows.js';

/** A crop 40 px high with dark blocks at [x0, x1) × [top, bottom). */
function cell(blocks: [number, number, number, number][], width: number): Prepared {
  const height = 40;
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, x1, top, bottom] of blocks) for (let y = top; y < bottom; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 0;
  return { tight: { width, height, data }, inkW: width - 4, inkH: 36, glyphs: blocks.length, top: 100, bottom: 136 };
}

describe('a number printed with its unit in an OCR cell', () => {
  // Digits 26 px high, 14 wide; an ideograph 36 px high in two strokes (亻 and 牛), 36 wide in all.
  const digit = (x: number): [number, number, number, number] => [x, x + 14, 9, 35];
  const unit = (x: number): [number, number, number, number][] => [
    [x, x + 10, 2, 38],
    [x + 13, x + 36, 2, 38],
  ];

  it('should cut the digits from the unit after them, the unit one or two ideographs wide', () => {
    const one = unitCut(cell([digit(2), digit(20), ...unit(40)], 80));
    expect(one?.tight.width).toBe(20 + 14 - 2 + 4);
    expect(one?.glyphs).toBe(2);
    expect(one!.inkH).toBeLessThan(30);
    const two = unitCut(cell([digit(2), ...unit(22), ...unit(62)], 102));
    expect(two?.glyphs).toBe(1);
  });

  it('should not cut a digit that touches the unit off the digits before it, nor a cell of digits or of ideographs alone', () => {
    // '14件' with the '4' touching 亻: one run 1.4 ideographs wide — no cut (it read '1' for 14).
    expect(unitCut(cell([digit(2), [20, 34, 9, 35], [34, 44, 2, 38], [47, 70, 2, 38]], 74))).toBeNull();
    expect(unitCut(cell([digit(2), digit(20), digit(38)], 56))).toBeNull();
    expect(unitCut(cell([...unit(2), ...unit(42)], 80))).toBeNull();
  });

  it('should not take digits after a thousands comma glued to them for a unit', () => {
    // '7,356' blurred: '7', then the comma (below the digits' foot, at the run's left end) touching '356' — one run
    // as tall as digit and comma together, two ideographs wide. It was cut to '7' and read 7 (and kept from a whole read).
    const glued = cell([digit(2), [20, 24, 30, 39], [22, 36, 9, 35], [36, 50, 9, 35], [50, 64, 9, 35]], 66);
    expect(unitCut(glued)).toBeNull();
    expect(endsInUnit(glued)).toBe(false);
    // A unit's strokes below the digits' foot spread over its width: still a unit.
    const unitAfter = cell([digit(2), digit(20), [40, 50, 2, 39], [53, 76, 2, 39]], 80);
    expect(unitCut(unitAfter)?.glyphs).toBe(2);
    expect(endsInUnit(unitAfter)).toBe(true);
  });
});

describe('an OCR cell with ink that gave no number', () => {
  const line = (cells: string[], ocr: { unread?: boolean }[]): Line => ({ cells, separated: true, cols: cells.map((_c, i) => i), source: { page: 1, table: 0, row: 4, strategy: 'ruled' }, ocr });
  const header: Line = { cells: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], separated: true, cols: [0, 1, 2, 3], source: { page: 1, table: 0, row: 0, strategy: 'ruled' }, ocr: [{}, {}, {}, {}] };
  const regs = line(['规章', '1', '0', '5'], [{}, {}, {}, {}]);
  const section = (lines: Line[]): never => ({ key: 'activeDisclosure', heading: '二、主动公开政府信息情况', confidence: 1, body: lines, text: '' }) as never;

  it('should be unread, not a blank 0, also when a lone glyph was read in it', () => {
    for (const cells of [['行政规范性文件', '', '', ''], ['行政规范性文件', '下', '和', '']]) {
      const lines = [header, regs, line(cells, [{}, { unread: true }, { unread: true }, { unread: true }])];
      const rows = buildRows(lines);
      const row = rows.find((r) => r.label.startsWith('行政规范性文件'))!;
      expect(row.label).toBe('行政规范性文件');
      expect(row.values).toHaveLength(3);
      const map = mapToReport(lines, [section(lines)], 2024);
      for (const c of ['issued', 'repealed', 'inForce']) {
        const f = map.fields.get(`activeDisclosure.normativeDocuments.${c}`);
        expect(f?.value ?? null).toBeNull();
        expect(f?.flags ?? []).not.toContain('blank');
      }
    }
  });
});
