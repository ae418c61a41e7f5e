/**
 * What a viewer shows of one string or text object, glyph by glyph (issue 17): a digit drawn at
 * size 0, in render mode 3, or out of the clip inside the text object of a number ('1746' with a
 * hidden '2' would read 17246) is cut out and the shown glyphs read; where a glyph straddles the
 * clip's edge the number is not trusted (`pdf/shown-glyphs.ts`, `pdf/clipped-text.ts`,
 * `pdf/invisible-text.ts`). Small PDFs built with `_internal/mini-pdf`.
 */
import { read, row, table, text } from './helpers/mini-table.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';

/** Every number read from the row's cells is trusted (none marked suspect). */
const trusted = (cells: string[]): boolean => cells.slice(1).flatMap((c) => tokenizeCell(c).parts).every((p) => p.kind !== 'num' || p.suspect !== true);
/** The row `row9` at y 500 with `shows` (operators inside one text object at x 300, Helvetica 10 pt), read. */
async function row9(shows: string, before = '', after = ''): Promise<{ cells: string[]; warnings: string[] }> {
  const { cells, warnings } = await read([{ content: `${table}\n${text(100, 500, 'row9')}\n${before} BT /F1 10 Tf 300 500 Td ${shows} ET ${after}` }]);
  return { cells: row(cells, 'row9')!, warnings };
}

describe('a digit hidden inside a number\'s text object', () => {
  it('should read the shown digits around one drawn at font size 0', async () => {
    const { cells, warnings } = await row9('(17) Tj /F1 0 Tf (2) Tj /F1 10 Tf (46) Tj');
    expect(cells).toEqual(['row9', '1746']);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should keep a shown digit next to the same digit drawn at font size 0', async () => {
    const { cells } = await row9('(1) Tj /F1 0 Tf (1) Tj /F1 10 Tf (8) Tj');
    expect(cells).toEqual(['row9', '18']);
  });

  it('should read the shown digits around one drawn in render mode 3', async () => {
    const { cells } = await row9('(17) Tj 3 Tr (2) Tj 0 Tr (46) Tj');
    expect(cells).toEqual(['row9', '1746']);
    expect(trusted(cells)).toBe(true);
  });
});

describe('a string crossing the clip\'s edge', () => {
  // Helvetica digits at 10 pt are 5.56 pt wide: '488' at x 300 spans 300–316.68.
  it('should read the glyphs inside, not trusted, when the clip cuts the last one off', async () => {
    const { cells, warnings } = await row9('(488) Tj', 'q 95 490 216.5 20 re W n', 'Q');
    expect(cells.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '48']);
    expect(trusted(cells)).toBe(false);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should read the glyphs inside, not trusted, when the clip cuts the first one off', async () => {
    const { cells } = await row9('(748) Tj', 'q 305.4 490 100 20 re W n', 'Q');
    expect(cells.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '48']);
    expect(trusted(cells)).toBe(false);
  });

  it('should not trust a number whose glyph straddles the clip\'s edge', async () => {
    // The edge at 314 runs through the last '8' (311.12–316.68), its middle (313.9) inside.
    const { cells } = await row9('(488) Tj', 'q 95 490 219 20 re W n', 'Q');
    expect(cells.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '488']);
    expect(trusted(cells)).toBe(false);
  });

  it('should trust a string well inside the clip', async () => {
    const { cells } = await row9('(488) Tj', 'q 95 490 240 20 re W n', 'Q');
    expect(cells).toEqual(['row9', '488']);
    expect(trusted(cells)).toBe(true);
  });
});

describe('a digit drawn over or under a shown one, its advance taken back', () => {
  // Helvetica digits are 556/1000 em: `-5.56 Tc` at 10 pt takes a digit's advance back.
  it('should read a number whose first digit has an invisible copy drawn under it first', async () => {
    const { cells } = await row9('3 Tr -5.56 Tc (3) Tj 0 Tr 0 Tc (3962) Tj');
    expect(cells).toEqual(['row9', '3962']);
  });

  it('should cut a digit a white box is painted over out of the string holding it', async () => {
    // '4880' at x 300: the last '0' spans 316.68–322.24; the box 316.9–325 covers it only.
    const { cells, warnings } = await row9('(4880) Tj', '', 'q 1 g 316.9 497 8 12 re f Q');
    expect(cells.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '488']);
    expect(warnings).toContain('hidden_text_dropped');
  });
});

describe('a digit drawn with no ink opacity (ExtGState ca / CA)', () => {
  // /GS0 fill alpha 0 (Chromium's `color: transparent`), /GS1 opaque, /GS2 stroke alpha 0, /GS3 fill alpha 0.08.
  const extGStates = ['/ca 0', '/ca 1 /CA 1', '/CA 0', '/ca 0.08'];
  const readRow9 = async (content: string): Promise<{ cells: string[]; warnings: string[] }> => {
    const { cells, warnings } = await read([{ content: `${table}\n${text(100, 500, 'row9')}\n${content}`, extGStates }]);
    return { cells: row(cells, 'row9')!, warnings };
  };

  it('should read the shown digits around one drawn at fill alpha 0, trusted', async () => {
    const { cells, warnings } = await readRow9('BT /F1 10 Tf 300 500 Td (17) Tj /GS0 gs (2) Tj /GS1 gs (46) Tj ET');
    expect(cells).toEqual(['row9', '1746']);
    expect(trusted(cells)).toBe(true);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should leave out a transparent digit in its own text object before a number (Chromium prints a span so)', async () => {
    const { cells } = await readRow9('q /GS0 gs BT /F1 10 Tf 300 500 Td (5) Tj ET Q BT /F1 10 Tf 305.56 500 Td (12) Tj ET');
    expect(cells).toEqual(['row9', '12']);
    expect(trusted(cells)).toBe(true);
  });

  it('should leave out a digit stroked at stroke alpha 0, and keep one stroked opaquely at fill alpha 0', async () => {
    expect((await readRow9('BT /F1 10 Tf 300 500 Td (17) Tj 1 Tr /GS2 gs (2) Tj 0 Tr /GS1 gs (46) Tj ET')).cells).toEqual(['row9', '1746']);
    expect((await readRow9('BT /F1 10 Tf 300 500 Td (17) Tj 1 Tr /GS0 gs (2) Tj 0 Tr /GS1 gs (46) Tj ET')).cells).toEqual(['row9', '17246']);
  });

  it('should not trust a number holding a digit drawn nearly transparent (fill alpha 0.08)', async () => {
    const { cells } = await readRow9('BT /F1 10 Tf 300 500 Td (17) Tj /GS3 gs (2) Tj /GS1 gs (46) Tj ET');
    expect(trusted(cells)).toBe(false);
  });
});

describe('a digit filled pale beside a dark number', () => {
  const readRow9 = async (content: string): Promise<string[]> => row((await read([{ content: `${table}\n${text(100, 500, 'row9')}\n${content}` }])).cells, 'row9')!;

  it.each([
    ['grey 0.95', '0.95 g'], ['grey 0.88', '0.88 g'], ['RGB 0.9', '0.9 0.9 0.9 rg'], ['CMYK 10% black', '0 0 0 0.1 k'],
  ])('should not trust a number after which a digit is drawn pale (%s)', async (_what, fill) => {
    const cells = await readRow9(`BT /F1 10 Tf 300 500 Td (19589) Tj ET q ${fill} BT /F1 10 Tf 327.8 500 Td (4) Tj ET Q`);
    expect(trusted(cells)).toBe(false);
  });

  it('should trust the number when the digit after it is drawn black or mid grey (read by eye)', async () => {
    for (const fill of ['0 g', '0.6 g']) {
      const cells = await readRow9(`BT /F1 10 Tf 300 500 Td (19589) Tj ET q ${fill} BT /F1 10 Tf 327.8 500 Td (4) Tj ET Q`);
      expect([fill, cells, trusted(cells)]).toEqual([fill, ['row9', '19589', '4'], true]);
    }
  });
});

describe('glyphs of a number drawn over each other', () => {
  // Helvetica digits at 10 pt are 5.56 pt wide: Tc -5.56 takes a digit's advance back.
  // pdf.js gives '2' and '25' at one place: the '2' of '25' is a copy of the first (fake bold drawn
  // glyph by glyph: `text-items.ts` afterCopy), dropped without a warning as every overprint is.
  it("should read a digit drawn twice at one place (its advance taken back) once: '2' then '25' is 25, trusted", async () => {
    const { cells } = await row9('-5.56 Tc (2) Tj 0 Tc (25) Tj');
    expect(cells).toEqual(['row9', '25']);
    expect(trusted(cells)).toBe(true);
  });

  it('should read a digit drawn twice inside one string once, and after the text origin moved back onto it', async () => {
    expect((await row9('(1) Tj -5.56 Tc (7) Tj 0 Tc (74) Tj')).cells).toEqual(['row9', '174']);
    expect((await row9('(2) Tj 1 0 0 1 300 500 Tm (25) Tj')).cells).toEqual(['row9', '25']);
  });

  it('should not trust a number one of whose digits another digit is drawn over', async () => {
    const { cells } = await row9('-5.56 Tc (7) Tj 0 Tc (25) Tj');
    expect(trusted(cells)).toBe(false);
  });

  it('should keep a number set with slightly negative character spacing (tight, not stacked) trusted', async () => {
    const { cells } = await row9('-0.4 Tc (1746) Tj 0 Tc');
    expect(cells).toEqual(['row9', '1746']);
    expect(trusted(cells)).toBe(true);
  });
});
