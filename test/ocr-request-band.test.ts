/**
 * Table 三's stacked header on a scan (issue 18, ocr51): fresh50 k5 b00 (a Chromium print of a small
 * office's borderless table 三, its empty applicant columns at their narrowest — each leaf header one
 * character per line — scanned at 150 dpi). OCR's word boxes of the band ([text, x, top, width,
 * height] pt, from the page's trace): '自' on the group line, '总' lost ('计' alone), '法' and '律服'
 * apart on one line, 法人或其他组织 in pieces each over one leaf, the 勾稽关系 note's tail right of the
 * label column. header-leaves.ts found no consistent columns, the band was read line by line
 * (`columns_unread`) and every blank row of the table was left missing. Read by the template's leaves
 * (pdf/ocr-header-leaves.ts) only for items OCR gave.
 */
import { stackHeaderBands } from '../src/pdf/header-band.js';
import { ocrRequestLeafCells } from '../src/pdf/ocr-header-leaves.js';
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const BAND: [string, number, number, number, number][] = [
  ["三", 61.0, 606.7, 13.4, 9.6],
  ["收", 84.5, 606.2, 12.5, 10.6],
  ["到", 99.4, 606.2, 2.9, 10.1],
  ["和", 105.1, 606.7, 7.7, 10.1],
  ["处", 115.7, 606.2, 7.7, 10.1],
  ["理", 127.7, 606.7, 6.2, 9.6],
  ["政府", 138.2, 606.2, 20.2, 10.6],
  ["信息", 158.9, 606.2, 17.3, 10.1],
  ["公开", 180.5, 606.7, 16.8, 9.6],
  ["申请", 201.1, 606.2, 16.3, 10.1],
  ["情况", 222.2, 606.2, 16.8, 10.6],
  ["申请", 424.8, 635.0, 50.9, 10.1],
  ["人", 448.3, 628.3, 10.6, 24],
  ["情况", 458.9, 635.0, 16.8, 10.1],
  ["(本", 51.4, 656.2, 13.9, 9.6],
  ["列", 68.6, 656.2, 7.2, 9.6],
  ["数据", 80.6, 655.7, 21.6, 10.1],
  ["的", 104.2, 657.6, 3.4, 8.2],
  ["勾", 112.3, 656.2, 5.3, 9.6],
  ["稽", 122.9, 656.2, 5.3, 9.6],
  ["关系", 133.4, 655.7, 22.6, 10.1],
  ["为", 162.2, 659.0, 1.4, 5.3],
  [":", 164.6, 649.0, 3.4, 24],
  ["第", 175.2, 656.2, 12.5, 9.6],
  ["一", 187.2, 649.0, 9.6, 24],
  ["项", 196.3, 656.2, 11.0, 9.6],
  ["加", 207.8, 657.1, 4.3, 8.2],
  ["第", 217.4, 655.7, 5.8, 10.1],
  ["二", 226.1, 657.1, 7.2, 7.2],
  ["项", 238.1, 656.2, 12.5, 9.6],
  ["之", 255.4, 655.7, 5.8, 9.6],
  ["和", 260.6, 649.0, 6.7, 24],
  ["，", 266.9, 663.4, 1.4, 3.4],
  ["等", 278.9, 655.7, 6.7, 10.1],
  ["于", 289.4, 656.2, 6.7, 9.6],
  ["第", 299.5, 655.7, 7.2, 10.1],
  ["三", 311.5, 656.6, 5.8, 8.6],
  ["项", 322.1, 656.2, 12, 9.6],
  ["加", 334.1, 657.6, 4.3, 7.7],
  ["自", 353.8, 659.0, 7.7, 10.1],
  ["法", 415.7, 655.7, 10.1, 10.1],
  ["人", 430.1, 655.7, 5.8, 10.1],
  ["或", 440.6, 655.7, 12.5, 10.1],
  ["其", 452.6, 649.0, 9.1, 24],
  ["他", 461.8, 655.7, 5.8, 10.1],
  ["组", 471.8, 656.2, 6.7, 9.1],
  ["织", 482.4, 655.7, 6.7, 10.1],
  ["人", 160.8, 671.5, 56.2, 9.6],
  ["然", 352.3, 673.9, 10.1, 10.1],
  ["商业", 375.8, 676.8, 20.2, 10.1],
  ["科研", 406.6, 676.8, 20.6, 10.1],
  ["社会", 436.8, 676.8, 31.2, 10.1],
  ["公", 464.2, 670.1, 8.2, 24],
  ["法", 480.5, 676.8, 12.5, 10.1],
  ["律", 498.2, 676.8, 6.7, 10.1],
  ["服", 504.5, 670.1, 9.6, 24],
  ["其", 524.2, 676.8, 4.3, 10.1],
  ["计", 540, 673.0, 9.6, 18.7],
  ["人", 352.3, 688.8, 9.6, 10.1],
  ["企业", 376.3, 691.7, 20.2, 10.1],
  ["机", 406.6, 691.7, 20.2, 10.1],
  ["构", 420.5, 685.0, 11.0, 24],
  ["益", 440.2, 691.7, 6.7, 10.1],
  ["组", 450.7, 691.7, 13.9, 9.6],
  ["织", 464.2, 685.0, 8.2, 24],
  ["务", 480.5, 691.7, 12.5, 10.1],
  ["机", 498.2, 691.7, 5.3, 10.1],
  ["构", 503.0, 685.0, 9.6, 24],
  ["他", 518.4, 691.7, 10.1, 10.1],
  ["一", 109.4, 716.6, 12, 6.2],
  ["、", 122.4, 706.1, 7.7, 24],
  ["本", 129.6, 712.8, 9.6, 10.1],
  ["年", 143.5, 712.8, 5.8, 10.1],
  ["新", 155.5, 713.3, 4.8, 9.6],
  ["收", 165.6, 713.3, 11.0, 9.6],
  ["政府", 176.2, 706.1, 18.7, 24],
  ["信息", 195.8, 713.3, 16.3, 9.6],
  ["公开", 217.0, 713.3, 16.3, 9.6],
  ["申请", 237.6, 712.8, 16.8, 10.1],
  ["数", 258.7, 713.3, 6.7, 9.6],
  ["最", 269.3, 713.3, 6.2, 9.6],
  ["12", 352.6, 714.2, 10.1, 7.9],
  ["12", 540.2, 714, 10.1, 8.2]
];
const LEAVES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const item = ([str, x, top, width, height]: [string, number, number, number, number], ocr: boolean): PdfItem => ({ str, x, top, width, height, size: height, ...(ocr ? { ocr: true as const } : {}) });
const header = (items: PdfItem[]) => stackHeaderBands(itemsToLines(items), items).find((l) => l.header && l.cells.length === 7);

describe('table 三 band OCR read in pieces', () => {
  it('should read the seven leaves as the template words over their columns', () => {
    const items = BAND.map((b) => item(b, true));
    const leaves = header(items);
    expect(leaves?.cells).toEqual(LEAVES);
    // The row's two numbers (x 352.6 and 540.2) lie under 自然人 and 总计.
    expect(leaves!.xs[0]).toBeLessThanOrEqual(352.6);
    expect(leaves!.ends![0]).toBeGreaterThanOrEqual(362);
    expect(leaves!.xs[6]).toBeLessThanOrEqual(541);
    expect(leaves!.xs[5]).toBeLessThan(530);
  });

  it('should leave text items (not OCR) as before', () => {
    expect(header(BAND.map((b) => item(b, false)))).toBeUndefined();
  });

  it('should not read a header printed in another order (商业企业 and 科研机构 swapped)', () => {
    const swap: Record<string, string> = { 商业: '科研', 企业: '机构', 科研: '商业', 机构: '企业' };
    const moved = BAND.map(([s, ...rest]) => item([rest[0] >= 370 && rest[0] < 435 && rest[1] > 665 ? (swap[s] ?? s) : s, ...rest] as [string, number, number, number, number], true));
    expect(header(moved)).toBeUndefined();
  });

  it('should cut a word box the recogniser took over several narrow columns into its characters', () => {
    // Seven columns 18 pt apart (centres 467 … 575), characters 11.5 pt: each visual line of the stacked header one word box
    // ('然商科会律' over five columns), as tesseract read dev scan s1151001 (scan-report-sources --narrow-head).
    const word = (str: string, first: number, top: number) => ({ str, x: 467 + 18 * first - 5.75, end: 467 + 18 * (first + [...str].length - 1) + 5.75, top, bottom: top + 11.5, size: 11.5 });
    const runs = [
      { str: '法人或其他组织', x: 480, end: 560, top: 300, bottom: 311.5, size: 11.5 },
      word('然商科会律', 0, 320), word('人业研公服其计', 0, 335), word('企机益务他', 1, 350), word('业构组机', 1, 365), word('织构', 3, 380),
    ];
    const cols = { centres: [467, 485, 575], ink: [{ x: 464, end: 470 }, { x: 483, end: 487 }, { x: 572, end: 578 }], labelEnd: 360 };
    const read = ocrRequestLeafCells(runs, cols, (r) => r.x >= 360);
    expect(read?.cells.filter((c) => c.col >= 0).map((c) => c.runs[0]!.str)).toEqual(LEAVES);
    expect(read!.cols.ink.map((l) => Math.round((l.x + l.end) / 2))).toEqual([467, 485, 503, 521, 539, 557, 575]);
  });

  it('should not read a band whose column chains are not one per leaf', () => {
    const runs = [
      { str: '法人或其他组织', x: 415, end: 489, top: 655, bottom: 665, size: 10 },
      { str: '然人', x: 352, end: 362, top: 674, bottom: 699, size: 10 },
      { str: '商业企业', x: 376, end: 396, top: 677, bottom: 702, size: 10 },
      { str: '其他', x: 518, end: 528, top: 677, bottom: 702, size: 10 },
      { str: '计', x: 540, end: 550, top: 673, bottom: 692, size: 10 },
    ];
    expect(ocrRequestLeafCells(runs, { centres: [357, 545], ink: [{ x: 352, end: 362 }, { x: 540, end: 550 }], labelEnd: 275 }, (r) => r.x >= 275)).toBeNull();
  });
});
