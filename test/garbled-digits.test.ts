/**
 * Full-width digits whose character map Ghostscript's pdfwrite broke (Chromium's '０'–'９' read
 * 'ÿĀā…'): read by the font's code order (pdf/garbled-digits.ts) when the value runs show exactly
 * ten codes of one CID font from '０' to '９' (glyph ids as codes); otherwise unread.
 * Small PDFs built with `_internal/mini-pdf`, and placed glyphs.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { garbledDigits, type DigitRunCodes } from '../src/pdf/garbled-digits.js';
import { UNKNOWN_CHAR } from '../src/pdf/miscoded-glyphs.js';
import type { PlacedGlyph } from '../src/pdf/text-walk.js';

const U = UNKNOWN_CHAR;
/** Codes 0x50–0x59: the ten full-width digits, one em wide, mapped as gs maps them ('ÿ' + d). */
const DIGIT = 0x50;
/** WenQuanYi Zen Hei's glyph id of '０', the code Chromium's Identity-H subset draws it with. */
const CID_ZERO = 0xa24d;
const garble = (d: number): string => String.fromCharCode(0xff + d);

/**
 * /F2 as Ghostscript re-writes Chromium's CJK subset: 其 (0x41) read 'w', 他 (0x42) right, （ (0x45)
 * read 'ÿ' like '０', and the ten digits at 0x50 + d read 'ÿ' + d; every glyph one em wide.
 */
const font = (digits: number[]): { widths: Record<number, number>; toUnicode: Record<number, string> } => {
  const widths: Record<number, number> = { 0x41: 1000, 0x42: 1000, 0x45: 1000 };
  const toUnicode: Record<number, string> = { 0x41: 'w', 0x42: '他', 0x45: 'ÿ' };
  for (const d of digits) {
    widths[DIGIT + d] = 1000;
    toUnicode[DIGIT + d] = garble(d);
  }
  return { widths, toUnicode };
};
const f1 = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
const f2 = (x: number, y: number, s: string): string => `BT /F2 10 Tf ${x} ${y} Td (${s}) Tj ET`;
/** The string of font codes that prints `n` in full-width digits. */
const fw = (n: number): string => [...String(n)].map((d) => String.fromCharCode(DIGIT + Number(d))).join('');
/** A row: its label ('AB': 其他, miscoded), a half-width number, and full-width ones. */
const row = (y: number, values: number[]): string => [f2(100, y, 'AB'), f1(300, y, '12'), ...values.map((v, i) => f2(350 + 60 * i, y, fw(v)))].join('\n');

async function lines(pages: MiniPage[]): Promise<{ cells: string[]; damaged?: boolean }[]> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf' }));
  return doc.lines.map((l) => ({ cells: l.cells, ...(l.damaged ? { damaged: l.damaged } : {}) }));
}

describe('full-width digits of a broken character map', () => {
  it('should read them by code order when the page shows the ten codes, its rows not trusted', async () => {
    const content = [row(700, [1098, 27]), row(680, [3456, 0]), row(660, [7, 65])].join('\n');
    const doc = await load(buildPdf([{ content, f2: font([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }]), resolveOptions({ format: 'pdf' }));
    expect(doc.lines.map((l) => l.cells)).toEqual([
      [`${U}他`, '12', '1098', '27'],
      [`${U}他`, '12', '3456', '0'],
      [`${U}他`, '12', '7', '65'],
    ]);
    expect(doc.lines.every((l) => l.damaged)).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain('pdf_tounicode_conflict');
  });

  it('should leave them unread when the page does not show both ends of the window', async () => {
    // No '９' anywhere: '０'–'８' could as well be '１'–'９'.
    const content = [row(700, [1028, 27]), row(680, [3456, 0]), row(660, [7, 65])].join('\n');
    const out = await lines([{ content, f2: font([0, 1, 2, 3, 4, 5, 6, 7, 8]) }]);
    expect(out.map((l) => l.cells[2])).toEqual([`${U}${U}${U}${U}`, `${U}${U}${U}${U}`, U]);
  });

  it('should read the ten codes of a CID font, not a bracket or a label glyph standing alone', () => {
    const g = (x: number, code: number, str = garble(code - CID_ZERO)): PlacedGlyph => ({ x, y: 100, advance: 10, str, em: 1, code, font: 'f', size: 10 });
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d, i) => g(100 + 40 * i, CID_ZERO + d));
    // '（' (WenQuanYi's glyph 0xa245) alone, away from the digits: its code widens the window past ten, so it is no digit.
    const paren = g(20, CID_ZERO - 8, 'ÿ');
    const read = garbledDigits([paren, ...digits], [paren, ...digits]);
    expect(read.get(paren)).toBeUndefined();
    expect(digits.map((d) => read.get(d)).join('')).toBe('0123456789');
    // A digit run touching an ideograph is a label's: it gives no evidence and is not read.
    const han: PlacedGlyph = { x: 90, y: 100, advance: 10, str: '年', em: 1, font: 'f', code: 0x3340, size: 10 };
    const beside = garbledDigits([han, ...digits], digits);
    expect(beside.get(digits[0]!)).toBeUndefined();
  });

  it('should take the window from the pages read before', () => {
    const g = (x: number, d: number, zero = CID_ZERO): PlacedGlyph => ({ x, y: 100, advance: 10, str: garble(d), em: 1, code: zero + d, font: 'f', size: 10 });
    const seen: DigitRunCodes = new Map();
    const first = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d, i) => g(40 * i, d));
    garbledDigits(first, first, seen);
    const later = [g(0, 3), g(40, 0)];
    expect([...garbledDigits(later, later, seen).values()]).toEqual(['3', '0']);
    expect(garbledDigits(later, later).size).toBe(0);
    // One-byte codes skip unused digits: '０'–'７' at 0x3b–0x42 and another glyph at 0x38 are no window (all ten must show).
    const simple = [-3, 0, 1, 2, 3, 4, 5, 6, 7].map((d, i) => g(40 * i, d, 0x3b));
    expect(garbledDigits(simple, simple).size).toBe(0);
  });
});
