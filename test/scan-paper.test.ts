/**
 * A scan wrapped into a PDF with no resolution written (PIL's PDF writer at its default, Ghostscript's
 * viewjpeg.ps): one pixel a point, so a 100 dpi A4 scan is an 827 × 1169 pt page. `pdf/scan-paper`
 * `scanPaper` reads such a page as the paper its picture's pixels are (A4 at 100 dpi: the page's points
 * 1.39 times the paper's), and leaves pages of a paper size, pictures on a page and pixels that fit no
 * paper as they are.
 */
import { largestPicture, type ImageOpCodes } from '../src/pdf/table-images.js';
import { scanPaper } from '../src/pdf/scan-paper.js';

const OPS: ImageOpCodes = { save: 1, restore: 2, transform: 3, paintFormXObjectBegin: 4, paintFormXObjectEnd: 5, clip: 6, eoClip: 7, constructPath: 8, paints: new Set([9]) };

/** A page `w` × `h` pt painting one `px` × `py` picture over `pw` × `ph` pt at its top left. */
function page(w: number, h: number, px: number, py: number, pw = w, ph = h) {
  const list = { fnArray: [1, 3, 9, 2], argsArray: [null, [pw, 0, 0, ph, 0, h - ph], ['img1', px, py], null] };
  return { pic: largestPicture(list, OPS, [1, 0, 0, -1, 0, h]), size: { width: w, height: h } };
}

describe('the paper of a scanned page', () => {
  it('should be A4 at 100 dpi for an 827 × 1170 px scan on an 827 × 1170 pt page', () => {
    const { pic, size } = page(827, 1170, 827, 1170);
    expect(pic).toMatchObject({ pxWidth: 827, pxHeight: 1170 });
    const paper = scanPaper(pic, size)!;
    expect(paper.dpi).toBe(100);
    expect(paper.scale).toBeCloseTo(100 / 72, 3);
  });

  it('should be Letter at 150 dpi for a 1275 × 1650 px scan written at 72 dpi, and A4 landscape at 200 dpi', () => {
    expect(scanPaper(...args(page(1275, 1650, 1275, 1650)))).toMatchObject({ dpi: 150 });
    expect(scanPaper(...args(page(2339, 1654, 2339, 1654)))).toMatchObject({ dpi: 200 });
    // A3 at 100 dpi (A4's shape at 141 dpi, no scanner's resolution).
    expect(scanPaper(...args(page(1169, 1654, 1169, 1654)))).toMatchObject({ dpi: 100 });
  });

  it('should leave a page of a paper size as it is, whatever its picture', () => {
    // A4 at 100 dpi written with its resolution, and an A4 page holding a 72 dpi picture.
    expect(scanPaper(...args(page(595.44, 842.4, 827, 1170)))).toBeUndefined();
    expect(scanPaper(...args(page(595.28, 841.89, 595, 842)))).toBeUndefined();
  });

  it('should leave a picture that does not cover the page, and pixels that are no paper', () => {
    expect(scanPaper(...args(page(900, 1300, 827, 1170, 600, 850)))).toBeUndefined();
    expect(scanPaper(...args(page(1000, 1000, 1000, 1000)))).toBeUndefined();
    // A screenshot of A4's shape at 60 dpi: no scanning resolution.
    expect(scanPaper(...args(page(496, 702, 496, 702)))).toBeUndefined();
  });
});

function args(p: ReturnType<typeof page>): Parameters<typeof scanPaper> {
  return [p.pic, p.size];
}
