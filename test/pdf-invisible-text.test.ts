/**
 * Invisible text (render mode 3, `pdf/invisible-text.ts`): an invisible layer over a picture
 * covering the page is another program's OCR — its lines are marked OCR'd, so the OCR trust rule
 * caps its values; an invisible copy lying over shown text (shifted, with other digits) is left
 * out and the shown text read. A plain table and an invisible-only layer without a picture are
 * read as before. Small PDFs built with `_internal/mini-pdf`.
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

  it('should read a plain table and an invisible-only layer without a picture as before', async () => {
    for (const content of [rows(''), rows('3 Tr')]) {
      const { lines, warnings } = await read([{ content }]);
      expect(row(lines, 'row3')?.cells).toEqual(['row3', '13', '23']);
      expect(row(lines, 'row3')?.ocr).toBeUndefined();
      expect(warnings).toEqual([]);
    }
  });
});
