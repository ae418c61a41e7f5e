/**
 * Label cells of a ruled grid the page pass read nothing of (issue 18, scan56): on a 100 dpi grey scan of an A5 print of
 * table 三 continued over pages (labels wrapped four characters a line in a narrow column) the Chinese page pass gave
 * not one word of a page's label cells; its numbers were read by the cell reader, but no row had a label and six rows'
 * values were left missing. lost-lines.ts `lostCells` reads each inked label cell the page pass leaves uncovered alone
 * (`uncoveredCells` chooses them); ink-words.ts, which `lostLines` works from, looks outside the grids only.
 */
import { uncoveredCells } from '../src/ocr/lost-lines.js';
import type { OcrWord } from '../src/ocr/engine.js';

const word = (text: string, x0: number, y0: number, x1: number, y1: number): OcrWord => ({ text, confidence: 0.9, x0, y0, x1, y1 });

describe('label cells the page pass left unread', () => {
  // Three label cells of one column (page px at 300 dpi), 180 px wide, 300 px high.
  const cells = [0, 1, 2].map((i) => ({ x1: 600, y1: 200 + 300 * i, x2: 780, y2: 500 + 300 * i }));

  it('should re-read every cell when the page pass gave no word in the label column', () => {
    expect(uncoveredCells(cells, [word('(四', 450, 1950, 520, 1990)])).toEqual(cells);
  });

  it('should leave cells whose label lines the page pass read', () => {
    // The first cell's four lines read (3.危及 / “三安 / 全一稳 / 定”), the third one's first line only (a sliver of it).
    const words = [word('3.危及', 605, 220, 775, 260), word('“三安', 605, 285, 775, 325), word('全一稳', 605, 350, 775, 390), word('定”', 605, 415, 700, 455), word('7.属于', 605, 820, 700, 850)];
    expect(uncoveredCells(cells, words)).toEqual([cells[1], cells[2]]);
  });
});
