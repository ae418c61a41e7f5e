/**
 * Type 3 runs whose font matrix is larger than 1/1000 (pdf/type3-size.ts): Ghostscript's pdfwrite
 * re-encodes Chromium's Type 3 headings with FontMatrix 0.00977 at Tf ≈ 1.1; pdf.js gives the runs
 * a 1.1 pt height and a right advance (breakit45 gs-contentrot r07: '一、总体情况' 67.4 pt wide).
 */
import { fixType3Sizes } from '../src/pdf/type3-size.js';
import type { FontTable } from '../src/pdf/font-info.js';
import type { Matrix } from '../src/pdf/graphics-state.js';

const GS_TYPE3 = { name: 'T3', vertical: false, isType3Font: true, fontMatrix: [0.00976563, 0, 0, -0.00976563, 0, 0] };
const fonts: FontTable = new Map([
  ['g_d0_f18', GS_TYPE3],
  ['g_d0_f16', { name: 'WQY', vertical: false, isType3Font: false, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] }],
  ['g_d0_f3', { ...GS_TYPE3, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] }],
]);
// The content turned 90° (no /Rotate): the run's baseline runs up the page.
const heading = { str: '一、总体情况', transform: [0, 1.12, -1.12, 0, 102.79, 33.29] as Matrix, width: 67.36, fontName: 'g_d0_f18' };
const height = (t: Matrix): number => Math.hypot(t[2], t[3]);

describe('fixType3Sizes', () => {
  it('should give a run of an oversized-matrix Type 3 font the height its matrix and advance say', () => {
    const [out] = fixType3Sizes([heading], fonts);
    expect(height(out!.transform)).toBeCloseTo(1.12 * 9.76563, 2);
    // Only the glyphs' height changes: the baseline, its direction and the advance stay.
    expect(out!.transform.slice(0, 2)).toEqual([0, 1.12]);
    expect(out!.transform.slice(4)).toEqual([102.79, 33.29]);
    expect(out!.width).toBe(67.36);
  });

  it('should leave runs of other fonts, of 1/1000 Type 3 fonts, and without font table, as they are', () => {
    const body = { ...heading, fontName: 'g_d0_f16' };
    const chrome = { ...heading, fontName: 'g_d0_f3' };
    expect(fixType3Sizes([body, chrome], fonts)).toEqual([body, chrome]);
    expect(fixType3Sizes([heading], undefined)).toEqual([heading]);
  });

  it('should not make a run taller than its advance allows (a tiny run of such a font stays tiny)', () => {
    const tiny = { ...heading, str: '6', width: 0.6 };
    expect(fixType3Sizes([tiny], fonts)).toEqual([tiny]);
    const spaced = { ...heading, width: 6 * 5 };
    expect(height(fixType3Sizes([spaced], fonts)[0]!.transform)).toBeCloseTo(5, 5);
  });
});
