/**
 * Counts whose '件' a centred cell (Chromium, borderless) wrapped under them: the head half a line above
 * the row's line, the unit half a line below; joined into the row's line at their x (pdf/centred-pieces).
 * Read as printed, the heads' line was the row and the other columns blank, zeros at 0.85 (apb-variants).
 */
import { joinCentredPieces } from '../src/pdf/centred-pieces.js';
import type { PositionedLine } from '../src/pdf/pdf-lines.js';

/** A line of [x, text] cells, 6 pt a character, 11 pt high. */
function line(top: number, cells: ReadonlyArray<readonly [number, string]>): PositionedLine {
  return { cells: cells.map(([, t]) => t), xs: cells.map(([x]) => x), ends: cells.map(([x, t]) => x + t.length * 6), top, bottom: top + 11 };
}

describe('joinCentredPieces', () => {
  const head = line(242, [[86, '（二）部分公开'], [294, '10'], [344, '2']]);
  const row = line(256, [[80, '的，只计这一情形'], [236, '0'], [259, '0'], [278, '0'], [313, '7件'], [359, '19件']]);
  const unit = line(262, [[294, '件'], [344, '件']]);

  it('should move each head with its unit into the row line at its x, leaving the label lines', () => {
    const out = joinCentredPieces([head, row, unit]);
    expect(out.map((l) => l.cells)).toEqual([['（二）部分公开'], ['的，只计这一情形', '0', '0', '0', '10件', '7件', '2件', '19件']]);
    expect(out[1]!.xs).toEqual([80, 236, 259, 278, 294, 313, 344, 359]);
  });

  it('should keep the units line label text (the label wrapped under the row)', () => {
    const out = joinCentredPieces([head, row, line(262, [[82, '情形）'], [294, '件'], [344, '件']])]);
    expect(out.map((l) => l.cells)).toEqual([['（二）部分公开'], ['的，只计这一情形', '0', '0', '0', '10件', '7件', '2件', '19件'], ['情形）']]);
  });

  it('should pair a run of units read as one cell (件件) with as many heads over it', () => {
    const run: PositionedLine = { ...line(262, [[294, '件件']]), ends: [352] };
    const out = joinCentredPieces([head, row, run]);
    expect(out.map((l) => l.cells)).toEqual([['（二）部分公开'], ['的，只计这一情形', '0', '0', '0', '10件', '7件', '2件', '19件']]);
  });

  it('should leave the lines as printed when a unit stands under no head, or a row cell over a head', () => {
    const lines = [head, row, line(262, [[294, '件'], [400, '件']])];
    expect(joinCentredPieces(lines)).toEqual(lines);
    const over = [head, line(256, [[80, '的'], [296, '3']]), unit];
    expect(joinCentredPieces(over)).toEqual(over);
  });

  it('should leave lines too far apart (two rows, not one centred cell)', () => {
    const lines = [head, row, line(290, [[294, '件'], [344, '件']])];
    expect(joinCentredPieces(lines)).toEqual(lines);
  });
});
