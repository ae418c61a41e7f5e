/**
 * Word and glyph boxes saved as markup (src/load/word-box-markup.ts): `pdftotext -bbox` (XHTML of
 * `<word xMin yMin xMax yMax>`) and MuPDF's structured text (`mutool convert -F stext`: `<char quad>`).
 * Read as a web page or as text, the words come in the converter's block order (a table column after
 * column): pdf-chromium-borderless gave 117/200 fields and no headings, the stext file E_NOT_A_REPORT.
 * Fixtures: `pdftotext -bbox samples/pdf-chromium-borderless.pdf` (poppler 22.12) and `mutool convert
 * -F stext samples/pdf-2019-libreoffice.pdf` (MuPDF 1.21, gzipped); their goldens hold the values the
 * sample generator chose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compareReport, extract, type Golden } from '../src/index.js';
import { markupWordPages } from '../src/load/word-box-markup.js';
import { ROOT } from './helpers/paths.js';

const fixture = (name: string): Buffer => readFileSync(join(ROOT, 'test', 'fixtures', name));
const golden = (name: string): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', `${name}.golden.json`), 'utf8')) as Golden;

describe('word boxes saved as markup', () => {
  it.each([
    ['pdftotext -bbox as .html', fixture('pdftotext-bbox-chromium-borderless.html'), 'dump.html', 'pdf-chromium-borderless'],
    ['pdftotext -bbox as .txt', fixture('pdftotext-bbox-chromium-borderless.html'), 'dump.txt', 'pdf-chromium-borderless'],
    ['mutool stext as .xml', gunzipSync(fixture('mutool-stext-2019-libreoffice.xml.gz')), 'dump.xml', 'pdf-2019-libreoffice'],
  ])('should read %s by the boxes, as the PDF: every field and the headings right', async (_, bytes, name, sample) => {
    const report = await extract(new Uint8Array(bytes), { name });
    const c = compareReport(name, report, golden(sample));
    expect(c.silent).toBe(0);
    expect(c.correct).toBe(c.total);
    expect(report.sections.filter((s) => s.text.length > 0).length).toBe(6);
  });

  it('should keep two number words the converter broke apart in two cells, however narrow the gap', () => {
    // A right-aligned '7' in a narrow column 1.7 pt before the next column's '362' (pdftotext: two words).
    const word = (str: string, x0: number, y0: number, x1: number, y1: number): string => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${str}</word>`;
    const line = word('一、本年新收', 60, 100, 114, 123.4) + word('7', 499.5, 106, 508.5, 116) + word('362', 510.3, 106, 537.3, 116);
    const [page] = markupWordPages(`<doc><page width="612" height="792">${line.repeat(7)}</page></doc>`)!;
    expect(page!.items.slice(0, 3).map((it) => it.spaceBefore === true)).toEqual([false, false, true]);
  });

  it('should build stext words from glyphs, breaking at spaces and gaps', () => {
    const glyph = (c: string, x: number): string => `<char quad="${x} 90 ${x + 5} 90 ${x} 100 ${x + 5} 100" x="${x}" y="98" c="${c}"/>`;
    const line = ['1', '2'].map((c, i) => glyph(c, 100 + 5 * i)).join('') + glyph(' ', 110) + glyph('3', 115) + glyph('4', 130);
    const xml = `<?xml version="1.0"?><document><page width="600" height="800"><block><line bbox="0 0 1 1"><font name="f" size="10">${line.repeat(6)}</font></line></block></page></document>`;
    const [page] = markupWordPages(xml)!;
    expect(page!.items.slice(0, 3).map((it) => it.str)).toEqual(['12', '3', '4']);
    expect(page!.items[0]!.top).toBe(88);
  });

  it('should leave a page with a few word elements, or none, to the HTML reader', () => {
    expect(markupWordPages('<html><body><word xMin="1" yMin="1" xMax="2" yMax="2">字</word></body></html>')).toBeNull();
    expect(markupWordPages('一、总体情况\n本机关')).toBeNull();
  });
});
