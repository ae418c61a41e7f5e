/**
 * Invisible text (render mode 3, `pdf/invisible-text.ts`): an invisible layer over a picture
 * covering the page is another program's OCR — its lines are marked OCR'd, so the OCR trust rule
 * caps its values; an invisible copy lying over shown text (shifted, with other digits) is left
 * out and the shown text read, and so is an invisible number beside shown ones. A plain table is
 * read as before; an invisible-only layer without a picture is marked OCR'd too (nothing shows). Small PDFs built with `_internal/mini-pdf`.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import type { Line } from '../src/model/document.js';
import { resolveOptions } from '../src/options.js';

async function read(pages: MiniPage[]): Promise<{ lines: Line[]; warnings: string[] }> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf', ocr: 'off' }));
  return { lines: doc.lines, warnings: doc.warnings.map((w) => w.code) };
}

const text = (x: number, y: number, s: string, paint = ''): string => `q ${paint} BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET Q`;
const rows = (paint: string, shift = 0, digit = (i: number) => String(10 + i)): string =>
  Array.from({ length: 8 }, (_, i) => [text(100 + shift, 700 - 20 * i - shift, `row${i}`, paint), text(300 + shift, 700 - 20 * i - shift, digit(i), paint), text(350 + shift, 700 - 20 * i - shift, String(20 + i), paint)].join('\n')).join('\n');
/** A grey picture over the whole page (an inline 1×1 image scaled to the page). */
const scan = 'q 595 0 0 842 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x80 EI Q';
const row = (lines: Line[], label: string): Line | undefined => lines.find((l) => l.cells[0] === label);

describe('PDF invisible text', () => {
  it('should mark an invisible text layer over a page-covering picture as OCR', async () => {
    const { lines, warnings } = await read([{ content: `${scan}\n${rows('3 Tr')}` }]);
    const r = row(lines, 'row3')!;
    expect(r.cells).toEqual(['row3', '13', '23']);
    expect(r.ocr).toHaveLength(3);
    expect(warnings).toContain('ocr_text_layer');
  });

  it('should read the shown text, not an invisible shifted copy of it with other digits', async () => {
    const { lines, warnings } = await read([{ content: `${rows('')}\n${rows('3 Tr', 0.8, (i) => String(70 + i))}` }]);
    expect(row(lines, 'row3')?.cells).toEqual(['row3', '13', '23']);
    expect(lines.flatMap((l) => l.cells).join(' ')).not.toContain('73');
    expect(warnings).toContain('hidden_text_dropped');
    expect(warnings).not.toContain('ocr_text_layer');
  });

  it('should read a plain table as before', async () => {
    const { lines, warnings } = await read([{ content: rows('') }]);
    expect(row(lines, 'row3')?.cells).toEqual(['row3', '13', '23']);
    expect(row(lines, 'row3')?.ocr).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should read an invisible-only layer without a picture as OCR too: the page shows none of it', async () => {
    const { lines, warnings } = await read([{ content: rows('3 Tr') }]);
    expect(row(lines, 'row3')?.cells).toEqual(['row3', '13', '23']);
    expect(row(lines, 'row3')?.ocr).toHaveLength(3);
    expect(warnings).toContain('ocr_text_layer');
  });
});

describe('PDF invisible text beside shown text', () => {
  it('should leave out an invisible decoy number beside a shown one on a page of shown text', async () => {
    // Each row's invisible digits sit at the cell's right edge, not over its number.
    const decoys = Array.from({ length: 3 }, (_, i) => text(325, 700 - 20 * i, String(90 + i), '3 Tr')).join('\n');
    const { lines, warnings } = await read([{ content: `${rows('')}\n${decoys}` }]);
    expect(row(lines, 'row1')?.cells).toEqual(['row1', '11', '21']);
    expect(lines.flatMap((l) => l.cells).join(' ')).not.toMatch(/9[012]/);
    expect(warnings).toContain('hidden_text_dropped');
  });
});
