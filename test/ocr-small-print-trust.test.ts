/**
 * A table printed small for its scan (scan45: 6.5–8 pt at 100 dpi): the scan's own resolution is read
 * from the page's largest picture (`pdf/table-images` `imageResolution`), and OCR'd values of such a
 * table that no identity confirms are capped as a speckled copy's (`score/speckled` `smallPrintOcr`):
 * table 二's '144' for 1144 and '3005' for 1085 had been wrong at 0.85.
 */
import { imageResolution, type ImageOpCodes } from '../src/pdf/table-images.js';
import { smallForScan } from '../src/ocr/index.js';
import { capSpeckled, OCR_SPECKLED_CAP, smallPrintOcr } from '../src/score/speckled.js';
import type { Line } from '../src/model/document.js';
import type { FieldInfo } from '../src/schema/report.js';

const OPS: ImageOpCodes = { save: 1, restore: 2, transform: 3, paintFormXObjectBegin: 4, paintFormXObjectEnd: 5, clip: 6, eoClip: 7, constructPath: 8, paints: new Set([9]) };
const PAGE: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 842];

describe('the scan resolution of a page', () => {
  it('should be the largest picture\'s pixels across its painted width', () => {
    // An A4 page (595 pt) painted with a 827 px wide scan (100 dpi), and a 60 pt seal of 250 px over it.
    const list = {
      fnArray: [1, 3, 9, 2, 1, 3, 9, 2],
      argsArray: [null, [595, 0, 0, 842, 0, 0], ['img1', 827, 1169], null, null, [60, 0, 0, 60, 200, 300], ['img2', 250, 250], null],
    };
    expect(imageResolution(list, OPS, PAGE)).toBeCloseTo(100, 0);
  });

  it('should be unknown on a page that paints no picture', () => {
    expect(imageResolution({ fnArray: [1, 2], argsArray: [null, null] }, OPS, PAGE)).toBeUndefined();
  });
});

describe('OCR values of small print no identity confirms', () => {
  const line = (smallPrint: boolean): Line => ({ cells: ['行政许可', '144'], separated: true, source: { page: 1 }, ocr: [{}, smallPrint ? { smallPrint: true } : {}] });
  const fields = (): Record<string, FieldInfo> => ({ 'activeDisclosure.licensing.decisions': { confidence: 0.85, flags: ['ocr'] } as unknown as FieldInfo });

  it('should tell a document whose OCR read small print', () => {
    expect(smallPrintOcr([line(true)])).toBe(true);
    expect(smallPrintOcr([line(false)])).toBe(false);
  });

  it('should be capped at the speckled cap', () => {
    const f = fields();
    expect(capSpeckled(f, ['activeDisclosure.licensing.decisions'], [])).toEqual(['activeDisclosure.licensing.decisions']);
    expect(f['activeDisclosure.licensing.decisions']!.confidence).toBe(OCR_SPECKLED_CAP);
  });
});

describe('print small for its scan', () => {
  // Han glyphs ~0.9 em: 6.5 pt print ~6 pt, 8 pt ~7.2 pt, 9 pt ~8.1 pt.
  it('should take 6.5–8 pt at 100 dpi and 7 pt at 120 dpi, not 9 pt at 100 dpi or 6.5 pt at 150 dpi', () => {
    expect(smallForScan(6, 100)).toBe(true);
    expect(smallForScan(7.2, 100)).toBe(true);
    expect(smallForScan(6.3, 120)).toBe(true);
    expect(smallForScan(8.1, 100)).toBe(false);
    expect(smallForScan(6, 150)).toBe(false);
    expect(smallForScan(undefined, 100)).toBe(false);
  });
});
