/**
 * Glyph-level reading of PDF text: glyphs whose character map is wrong (Ghostscript re-prints of
 * Chromium PDFs), text objects inside form XObjects. Small PDFs built with `_internal/mini-pdf`.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { markMiscoded, miscodedGlyphs, UNKNOWN_CHAR } from '../src/pdf/miscoded-glyphs.js';
import type { PlacedGlyph } from '../src/pdf/text-walk.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';

async function cells(pages: MiniPage[]): Promise<string[][]> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf' }));
  return doc.lines.map((l) => l.cells);
}

const f1 = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
const f2 = (x: number, y: number, s: string): string => `BT /F2 10 Tf ${x} ${y} Td (${s}) Tj ET`;
const row = (y: number, label: string): string => [f2(100, y, label), f1(300, y, '12'), f1(350, y, '7'), f1(400, y, '19')].join('\n');

/**
 * /F2 as Ghostscript 10.0 re-writes a Chromium Type 3 CJK subset: every glyph one em wide, some
 * mapped right (A 其, B 他), some to a byte of the right value (C '1' for 、, D 'w' for 其, E 'ÿ' for （).
 */
const GS_FONT = {
  widths: { 0x41: 1000, 0x42: 1000, 0x43: 1000, 0x44: 1000, 0x45: 1000 },
  toUnicode: { 0x41: '其', 0x42: '他', 0x43: '1', 0x44: 'w', 0x45: 'ÿ' },
};

describe('glyphs whose character map is wrong (Ghostscript re-prints)', () => {
  it('should read a one-em glyph mapped to a half-width character as unknown, never as a digit', async () => {
    const content = [row(700, 'DB'), row(680, 'ACB'), row(660, 'EAB')].join('\n');
    expect(await cells([{ content, f2: GS_FONT }])).toEqual([
      [`${UNKNOWN_CHAR}他`, '12', '7', '19'],
      [`其${UNKNOWN_CHAR}他`, '12', '7', '19'],
      [`${UNKNOWN_CHAR}其他`, '12', '7', '19'],
    ]);
  });

  it('should keep one-em digits on a page that shows no miscoded letter beside an ideograph', async () => {
    // A font whose every glyph is one em (a CID font without widths): its digits are digits.
    const wide = { widths: { 0x41: 1000, 0x42: 1000, 0x43: 1000 }, toUnicode: { 0x41: '其', 0x42: '他', 0x43: '1' } };
    const content = [row(700, 'AB'), f2(100, 680, 'AB'), f2(300, 680, 'CC')].join('\n');
    expect(await cells([{ content, f2: wide }])).toEqual([
      ['其他', '12', '7', '19'],
      ['其他', '11'],
    ]);
  });

  it('should need half-width Latin glyphs on the page before taking wide ones as miscoded', () => {
    const g = (x: number, str: string, em = 1): PlacedGlyph => ({ x, y: 100, advance: 10 * em, str, em });
    const wideOnly = [g(0, 'w'), g(10, '他'), g(20, 'ÿ'), g(30, '其'), g(40, '1')];
    expect(miscodedGlyphs(wideOnly)).toEqual([]);
    const withNarrow = [...wideOnly, g(100, '1', 0.5), g(105, '2', 0.5), g(110, '3', 0.5)];
    expect(miscodedGlyphs(withNarrow).map((x) => x.str)).toEqual(['w', 'ÿ', '1']);
  });

  it('should leave an item alone when its characters do not match its glyphs one to one', () => {
    const bad: PlacedGlyph = { x: 10, y: 110, advance: 10, str: 'w', em: 1 };
    const item = { str: 'xw他', x: 0, top: 100, width: 30, height: 10, size: 10 };
    expect(markMiscoded([item], [bad], [bad])[0]!.str).toBe('xw他');
    const glyphs: PlacedGlyph[] = [{ x: 0, y: 110, advance: 10, str: 'x', em: 1 }, bad, { x: 20, y: 110, advance: 10, str: '他', em: 1 }];
    expect(markMiscoded([item], glyphs, [bad])[0]!.str).toBe(`x${UNKNOWN_CHAR}他`);
  });

  it('should match an item to its glyphs when each glyph is drawn twice (a text shadow)', () => {
    const at = (x: number, str: string): PlacedGlyph => ({ x, y: 110, advance: 10, str, em: 1 });
    const bad = [at(10, 'w'), at(10.2, 'w')];
    const item = { str: 'xw他', x: 0, top: 100, width: 30, height: 10, size: 10 };
    const glyphs = [at(0, 'x'), at(0.2, 'x'), ...bad, at(20, '他'), at(20.2, '他')];
    expect(markMiscoded([item], glyphs, bad)[0]!.str).toBe(`x${UNKNOWN_CHAR}他`);
  });
});

describe('text objects inside form XObjects', () => {
  it('should cut the numbers of touching cells drawn inside a form with its own matrix', async () => {
    // As test/pdf-printers.test.ts 'touching cells', the cells drawn by a form moved 100 pt right.
    const bt = (x: number, s: string): string => `BT /F1 10 Tf 1 0 0 1 ${x} 700 Tm (${s}) Tj ET`;
    const form = [bt(97.88, '23'), bt(109, '4'), bt(160, '01'), bt(171.12, '5'), bt(300, '7')].join('\n');
    const content = [bt(20, 'Requests received this year'), 'q /Fm0 Do Q'].join('\n');
    expect(await cells([{ content, forms: [{ content: form, matrix: [1, 0, 0, 1, 100, 0] }] }])).toEqual([['Requests received this year', '23', '4', '01', '5', '7']]);
  });
});

describe('letter-spaced and shadowed numbers', () => {
  it('should join a number whose decimal point letter spacing moved away (Chromium letter-spacing)', async () => {
    const { cellText } = await import('../src/pdf/pdf-lines.js');
    expect(cellText('1289 .34')).toBe('1289.34');
    // pdftocairo re-prints place glyphs one by one: read as numbering '12.' the value would be 5.
    expect(cellText('行政事业性收费 12. 5')).toBe('行政事业性收费 12.5');
    expect(cellText('2. 其他')).toBe('2. 其他');
    expect(cellText('12 7')).toBe('12 7');
  });

  it('should read a letter-spaced number as one number, and numbers of neighbouring cells as two', async () => {
    const { splitNumberRuns } = await import('../src/pdf/pdf-lines.js');
    // Chromium, letter-spacing 2.5px at 12 pt: 1.875 pt between digits 6 pt wide.
    const spaced = { str: '1 5 9 5', x: 247, top: 100, width: 29.62, height: 12, size: 12 };
    expect(splitNumberRuns(spaced).map((i) => i.str)).toEqual(['1595']);
    expect(splitNumberRuns({ ...spaced, str: '4 1 7 9 . 5 8', width: 50.25 }).map((i) => i.str)).toEqual(['4179.58']);
    // Two cells' numbers 8 pt apart.
    expect(splitNumberRuns({ ...spaced, str: '2 8', width: 20 }).map((i) => i.str)).toEqual(['2', '8']);
  });

  it('should drop a shadow copy of a number that pdf.js joined with the next cell', async () => {
    const { pageItems } = await import('../src/pdf/text-items.js');
    const raw = [
      { str: '25', transform: [10, 0, 0, 10, 100, 700] as const, width: 11.12 },
      { str: '25 11', transform: [10, 0, 0, 10, 99.8, 700] as const, width: 27.8 },
    ];
    expect(pageItems(raw, [1, 0, 0, 1, 0, 0]).map((i) => i.str)).toEqual(['25', '11']);
  });

  it('should read fake bold of 3-4 copies once, drawn in any order, and keep repeated digits of a number', async () => {
    const { dropOverprints } = await import('../src/pdf/text-items.js');
    const at = (str: string, x: number, width = 4.5): PdfItem => ({ str, x, top: 100, width, height: 9, size: 9 });
    // Four copies 0.57 pt apart: the first and last drawn first (1.7 pt apart, less than 70 % overlap).
    expect(dropOverprints([at('2', 376.95), at('2', 375.25), at('2', 376.38), at('2', 375.82)]).map((i) => [i.str, i.x])).toEqual([['2', 376.95]]);
    // A different digit between them is no copy; '11' and '1000' are digits side by side, not copies.
    expect(dropOverprints([at('2', 376.95), at('3', 375.25), at('2', 376.38)]).map((i) => i.str)).toEqual(['2', '3']);
    expect(dropOverprints([at('11', 300, 9), at('1000', 340, 18)]).map((i) => i.str)).toEqual(['11', '1000']);
    // pdf.js joins the last copy of a word to the next word: cut off it, the next word placed at its copies.
    const words = [at('商业企业', 304, 36), at('商业企业', 304.25, 36), at('商业企业 科研机构', 304.5, 77.5), at('科研机构', 346.25, 36)];
    expect(dropOverprints(words).map((i) => [i.str, i.x])).toEqual([['商业企业', 304], ['科研机构', 346]]);
  });
});

describe('mirrored text matrices (pdftocairo re-prints)', () => {
  it('should box a run drawn with a mirrored text matrix like the same run drawn upright', async () => {
    const { itemBox } = await import('../src/pdf/text-items.js');
    const page = [1, 0, 0, -1, 0, 842] as const;
    const upright = itemBox('属于国家秘密', [12, 0, 0, 12, 253, 689], 72, page);
    expect(itemBox('属于国家秘密', [12, 0, 0, -12, 253, 689], 72, page)).toEqual(upright);
    expect(upright.top + upright.height).toBeCloseTo(842 - 689);
  });
});
