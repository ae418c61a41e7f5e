/**
 * Borderless tables that lost their columns (issue 17): narrow left-aligned cells whose numbers
 * stand only the cells' padding apart (`pdf/pdf-lines.ts` objectsApart), and pages cut from larger
 * ones (`mutool poster`: each half page draws the whole page's content under a half-size box) —
 * text outside the page's box is neither read from the drawing (`pdf/drawn-text.ts`) nor counted
 * among the page's text objects (`pdf/text-objects.ts`).
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { cutAtTextObjects } from '../src/pdf/text-objects.js';

const SIZE = 12;
const item = (str: string, x: number, edge = true): PdfItem => ({ str, x, top: 100, width: str.length * 0.5 * SIZE, height: SIZE, size: SIZE, ...(edge ? { objectEdge: true } : {}) });

describe('numbers of narrow borderless cells (padding apart)', () => {
  it('should keep two multi-digit numbers of their own text objects 0.25 em apart as two cells', () => {
    // Chromium, A4 landscape, borderless: '1,251' ends 3 pt before '555' starts (the cells' padding).
    const row = [item('一、本年新收政府信息公开申请数量', 35), item('14,351', 562), item('1,251', 600.5), item('555', 600.5 + 30 + 3), item('206', 655)];
    expect(itemsToLines(row)[0]!.cells).toEqual(['一、本年新收政府信息公开申请数量', '14,351', '1,251', '555', '206']);
  });

  it('should still join them where the later one starts no text object', () => {
    const row = [item('一、本年新收', 35, false), item('1,251', 600.5, false), item('555', 633.5, false)];
    expect(itemsToLines(row)[0]!.cells).toEqual(['一、本年新收', '1,251555']);
  });

  it('should keep single digits drawn one object each, letter spaced, as one number', () => {
    // Some producers write each digit of a letter-spaced number as an object of its own.
    const row = [item('合计', 35, false), ...[0, 1, 2].map((k) => item(String(k + 1), 300 + k * (0.5 + 0.2) * SIZE))];
    expect(itemsToLines(row)[0]!.cells).toEqual(['合计', '123']);
  });
});

describe('text objects of a page cut from a larger one', () => {
  it('should cut at text objects when the objects drawn outside the page box are twice those inside', () => {
    const items: PdfItem[] = [{ str: '总计', x: 20, top: 90, width: 24, height: 12, size: 12 }, { str: '1916', x: 100, top: 90, width: 24, height: 12, size: 12 }];
    const inside = [{ x: 20, y: 101 }, { x: 100, y: 101 }, { x: 112, y: 101 }];
    // The other half of the page: many text objects far below this page's text.
    const outside = Array.from({ length: 40 }, (_, k) => ({ x: 20 + (k % 8) * 30, y: 500 + k * 10 }));
    expect(cutAtTextObjects(items, inside).map((i) => i.str)).toEqual(['总计', '19', '16']);
    expect(cutAtTextObjects(items, [...inside, ...outside]).map((i) => i.str)).toEqual(['总计', '19', '16']);
    // Objects as many as the characters among the items: one per glyph, nothing cut.
    const perGlyph = [20, 32, 100, 106, 112, 118].map((x) => ({ x, y: 101 }));
    expect(cutAtTextObjects(items, perGlyph).map((i) => i.str)).toEqual(['总计', '1916']);
  });
});

describe('text outside the page box', () => {
  const bt = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
  // A half page 300 pt high drawing the whole page: its own short text, the other half's above it.
  const page = (): MiniPage => ({
    height: 300,
    content: [bt(20, 250, 'Totals 12 15'), ...Array.from({ length: 30 }, (_, k) => bt(20, 320 + k * 14, `Other half line ${k} with text 1234 5678`))].join('\n'),
  });

  it('should not read the drawing outside the page box as the page text', async () => {
    const doc = await load(buildPdf([page()]), resolveOptions({ format: 'pdf' }));
    const text = doc.lines.map((l) => l.cells.join(' ')).join('\n');
    expect(text).toContain('Totals');
    expect(text).not.toContain('Other half');
    expect(doc.warnings.map((w) => w.code)).not.toContain('pdf_text_from_drawing');
  });
});
