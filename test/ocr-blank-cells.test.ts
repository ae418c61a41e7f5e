/**
 * Empty cells of an OCR'd table (issue 18's trust rule): on a scan a cell OCR found empty may be a faint digit the
 * recogniser missed, so its 0 (`blank`) is an OCR reading — it carries `ocr` (and the OCR cap in score), on every path
 * that reads an empty cell as 0: a row of empty cells only (its segment keeps none of its tokens), zeros placed around a
 * row's printed values, blank tokens beside numbers. A row not read by OCR keeps its blanks as they were.
 * Whole scans: scripts/scan-report-sources.mjs --sparse (seed 1150001: carriedOver / carriedForward all blank).
 */
import type { Line } from '../src/model/document.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import { buildRows } from '../src/tables/build-rows.js';

const K = 7;
const line = (cells: string[], ocr: boolean, row = 3): Line => ({
  cells,
  separated: true,
  cols: cells.map((_, i) => i),
  ...(ocr ? { ocr: cells.map(() => ({})) } : {}),
  source: { page: 1, table: 0, row, strategy: 'ruled' },
});
const emptyRow = (ocr: boolean): Line => line(['上年结转政府信息公开申请数量', '', '', '', '', '', '', ''], ocr);
const sparseRow = (ocr: boolean): Line => line(['（一）予以公开', '1', '', '', '', '', '', '1'], ocr);
/** A borderless row printing its numbers only (its empty cells leave no cell): the zeros are placed around them. */
const shortRow = (ocr: boolean): Line => ({ ...line(['（一）予以公开', '1', '1'], ocr), cols: undefined });
const blankCells = (readings: { cells: { value: unknown; flags: string[] }[] }[]) => readings.flatMap((c) => c.cells.filter((x) => x.flags.includes('blank')));

describe('blank cells of an OCR-read table', () => {
  it('should flag ocr every 0 read from an OCR line of empty cells only (counted or not)', () => {
    const [row] = buildRows([emptyRow(true)]);
    expect(row!.values).toEqual([]);
    expect(row!.blankCells).toBe(K);
    for (const counted of [true, false]) {
      const blanks = blankCells(rowCandidates(row!, K, [K - 1], undefined, false, counted));
      expect(blanks.length).toBeGreaterThanOrEqual(K);
      expect(blanks.every((x) => x.value === 0 && x.flags.includes('ocr'))).toBe(true);
    }
  });

  it('should flag ocr the zeros placed around an OCR row\'s printed values and its blank tokens', () => {
    // A short row's zeros are placed only in a table printing its zeros blank (zerosBlank); otherwise its missing cells are unknown.
    for (const [l, ways] of [[sparseRow(true), [true, false]], [shortRow(true), [true]]] as const) {
      const [row] = buildRows([l]);
      for (const zerosBlank of ways) {
        const blanks = blankCells(rowCandidates(row!, K, [K - 1], undefined, zerosBlank, true));
        expect(blanks.length).toBeGreaterThan(0);
        expect(blanks.every((x) => x.flags.includes('ocr'))).toBe(true);
      }
    }
  });

  it('should flag ocr the zeros of a label OCR read with no cells, in a table printing its zeros blank', () => {
    // A label line alone (its row's cells left no ink: a borderless row of blank zeros) becomes a row of no values.
    const rows = buildRows([{ ...line(['6.属于四类过程性信息'], true), cols: undefined }]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const blanks = blankCells(rowCandidates(row, K, [K - 1], undefined, true, true));
      expect(blanks.length).toBe(K);
      expect(blanks.every((x) => x.flags.includes('ocr'))).toBe(true);
    }
  });

  it('should leave the blanks of a row no OCR read without ocr', () => {
    for (const l of [emptyRow(false), sparseRow(false), shortRow(false), { ...line(['6.属于四类过程性信息'], false), cols: undefined }]) {
      const [row] = buildRows([l]);
      const blanks = blankCells(rowCandidates(row!, K, [K - 1], undefined, true, true));
      expect(blanks.length).toBeGreaterThan(0);
      expect(blanks.some((x) => x.flags.includes('ocr'))).toBe(false);
    }
  });
});
