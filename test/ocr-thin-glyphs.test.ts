/**
 * OCR page-pass words boxed by one thin stroke (`ocr/thin-glyphs.ts`): a '十' 1.4 pt high in a line
 * of 9 pt glyphs takes its line's height, so it is not dropped as text too small to read.
 */
import { liftThinGlyphs } from '../src/ocr/thin-glyphs.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { dropTinyText } from '../src/pdf/tiny-text.js';

const item = (str: string, x: number, top: number, height = 9, width = 9): PdfItem => ({ str, x, top, width, height, size: height });

describe('thin OCR glyphs', () => {
  const line = [item('第', 148, 568), item('二', 161, 568), item('十', 172, 571, 1.4, 3), item('条', 175, 568), item('第', 187, 568), item('项', 218, 568)];

  it("should give a thin glyph in a line its line's height, so that the heading keeps it", () => {
    const lifted = liftThinGlyphs(line);
    expect(lifted[2]).toMatchObject({ str: '十', top: 568, height: 9 });
    expect(dropTinyText(lifted).items.map((i) => i.str).join('')).toBe('第二十条第项');
    // As read, the tiny-text step drops it.
    expect(dropTinyText(line).items.map((i) => i.str).join('')).toBe('第二条第项');
  });

  it('should leave a thin mark standing alone (a speck read as a glyph) as it is', () => {
    const alone = item('一', 400, 700, 1.2, 4);
    expect(liftThinGlyphs([...line, alone]).at(-1)).toEqual(alone);
  });
});
