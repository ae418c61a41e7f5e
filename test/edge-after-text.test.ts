/**
 * A bare number starting its own text object on a value column's left edge right after label text
 * (pdf/pdf-lines.ts `edgeAfterText`): scripts/blank-band-variants.mjs dev 19 (Chromium A5, borderless,
 * numbers left-aligned, zeros blank). The wrapped label '3.危及“三安全一稳定”' ends 0.1 em before
 * the row's first value '2', under TEXT_NUMBER_GAP: joined into the label, the row lost its first value
 * and its seven fields read ambiguous. Positions from that print (pt, rounded).
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const SIZE = 12;
const item = (str: string, x: number, top: number, edge = false): PdfItem => ({ str, x, top, width: /^\d+$/.test(str) ? str.length * 6 : [...str].length * SIZE, height: SIZE, size: SIZE, ...(edge ? { objectEdge: true } : {}) });
const num = (str: string, x: number, top: number): PdfItem => item(str, x, top, true);

/** Rows whose first value starts at x 250 (the 自然人 column's left edge), and the row whose label runs up to it. */
const rows = (edge: boolean): PdfItem[] => [
  item('1.属于国家秘密', 149, 100), num('1', 304, 100), num('4', 365, 100),
  item('四、结转下年度继续办理', 75, 130), num('5', 250, 130), num('6', 365, 130),
  item('（七）总计', 134, 160), num('73', 250, 160), num('129', 365, 160),
  item('1.本机关不掌握相关', 137, 190), num('18', 250, 190), num('18', 365, 190),
  item('3.危及“三安全一稳定”', 105, 220), item('2', 250.5, 220, edge), num('4', 365, 220),
];

describe('pdf-lines: a number on a value column edge right after label text starts a cell', () => {
  it('should part the number from the label when it starts a text object on the column edge', () => {
    const line = itemsToLines(rows(true)).find((l) => l.cells[0]!.startsWith('3.危及'));
    expect(line!.cells).toEqual(['3.危及“三安全一稳定”', '2', '4']);
  });

  it('should keep it in the label without a text object of its own (one run of text: prose or a label)', () => {
    const line = itemsToLines(rows(false)).find((l) => l.cells[0]!.startsWith('3.危及'));
    expect(line!.cells[0]).toBe('3.危及“三安全一稳定”2');
  });
});
