/**
 * Text drawn white on the white page (`pdf/white-text.ts`): a white digit beside a printed number
 * is left out; the invisible text layer of a scan (render mode 3), white text on a shaded cell, and
 * a page whose text is mostly white are kept. Small PDFs built with `_internal/mini-pdf`.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';

async function read(pages: MiniPage[]): Promise<{ cells: string[][]; warnings: string[] }> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf' }));
  return { cells: doc.lines.map((l) => l.cells), warnings: doc.warnings.map((w) => w.code) };
}

const text = (x: number, y: number, s: string, paint = ''): string => `q ${paint} BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET Q`;
/** Eight rows of label and three numbers: a table page, whose drawing is walked. */
const table = Array.from({ length: 8 }, (_, i) => [text(100, 700 - 20 * i, `row${i}`), text(300, 700 - 20 * i, String(10 + i)), text(350, 700 - 20 * i, String(20 + i)), text(400, 700 - 20 * i, String(30 + i))].join('\n')).join('\n');
/** A white `1` right before a black `79` on the row at y = 500 (`1` is 5.56 pt wide in Helvetica 10). */
const hiddenOne = (paint: string): string => [text(100, 500, 'coercion'), text(294.44, 500, '1', paint), text(300, 500, '79')].join('\n');

describe('PDF text drawn white on the white page', () => {
  it('should leave out a white digit beside a printed number, with a warning', async () => {
    for (const paint of ['1 1 1 rg', '1 g', '0 0 0 0 k', '0.97 0.97 0.97 rg']) {
      const { cells, warnings } = await read([{ content: `${table}\n${hiddenOne(paint)}` }]);
      expect(cells.find((c) => c[0] === 'coercion')).toEqual(['coercion', '79']);
      expect(warnings).toContain('hidden_text_dropped');
    }
  });

  it('should cut white glyphs out of one text object that changes colour inside', async () => {
    const inside = `${text(100, 500, 'coercion')}\nBT /F1 10 Tf 294.44 500 Td 1 1 1 rg (1) Tj 0 g (79) Tj 1 g (4) Tj ET`;
    const { cells, warnings } = await read([{ content: `${table}\n${inside}` }]);
    expect(cells.find((c) => c[0] === 'coercion')).toEqual(['coercion', '79']);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should read a digit in a colour that is seen (grey, not near white)', async () => {
    const { cells, warnings } = await read([{ content: `${table}\n${hiddenOne('0.8 0.8 0.8 rg')}` }]);
    expect(cells.find((c) => c[0] === 'coercion')?.join('')).toBe('coercion179');
    expect(warnings).not.toContain('hidden_text_dropped');
  });

  it('should leave out a lone invisible digit (render mode 3) beside shown text, white or not (invisible-text.ts)', async () => {
    // Not a scan's text layer (most of the page is shown): the page shows '79'.
    const { cells } = await read([{ content: `${table}\n${hiddenOne('1 1 1 rg 3 Tr')}` }]);
    expect(cells.find((c) => c[0] === 'coercion')?.join('')).toBe('coercion79');
  });

  it('should keep white text on a shaded cell', async () => {
    const shaded = `q 0.2 0.3 0.6 rg 280 490 60 20 re f Q\n${text(100, 500, 'coercion')}\n${text(300, 500, '79', '1 1 1 rg')}`;
    const { cells } = await read([{ content: `${table}\n${shaded}` }]);
    expect(cells.find((c) => c[0] === 'coercion')).toEqual(['coercion', '79']);
  });

  it('should restore the colour saved before a white run (q/Q)', async () => {
    const content = `${table}\n${text(100, 500, 'coercion')}\n${text(294.44, 500, '1', '1 1 1 rg')}\n${text(300, 500, '79')}\n${text(300, 480, '5')}`;
    const { cells } = await read([{ content }]);
    expect(cells.find((c) => c[0] === 'coercion')).toEqual(['coercion', '79']);
    expect(cells.flat()).toContain('5');
  });

  it('should not empty a page whose text is all white', async () => {
    const { cells, warnings } = await read([{ content: `1 1 1 rg\n${table}` }]);
    expect(cells.find((c) => c[0] === 'row3')).toEqual(['row3', '13', '23', '33']);
    expect(warnings).not.toContain('hidden_text_dropped');
  });
});
