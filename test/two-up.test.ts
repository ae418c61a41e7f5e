/**
 * A landscape sheet holding two report pages side by side is split into its halves, left then
 * right (pdf/two-up.ts); a wide table on a landscape page, prose across the sheet and a portrait
 * page are not. Items are made by hand in the shape Ghostscript's 2-up (-sNupControl=2x1) prints
 * (A4 landscape sheet, 842 × 595 pt, each page at 0.7).
 */
import { splitTwoUp } from '../src/pdf/two-up.js';
import { layoutPage } from '../src/pdf/page-layout.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';

const item = (str: string, x: number, top: number, size = 8): PdfItem => ({ str, x, width: str.length * size, top, height: size, size });
const PROSE = '本机关坚持以习近平新时代中国特色社会主义思想为指导全面推进';
/** A page image at `x0`: a heading, prose, a table row, more prose and the page number `pn`. */
const page = (x0: number, heading: string, value: string, pn: string): PdfItem[] => [
  item(heading, x0, 40),
  ...[0, 1, 2].map((k) => item(PROSE.slice(0, 24), x0, 60 + 20 * k)),
  item('规章', x0, 200), item(value, x0 + 150, 200),
  ...[0, 1, 2].map((k) => item(PROSE.slice(0, 24), x0, 300 + 20 * k)),
  item(pn, x0 + 170, 520),
];

describe('two pages side by side on one sheet', () => {
  const left = page(30, '一、总体情况', '12', '-1-');
  const right = page(451, '三、收到和处理政府信息公开申请情况', '34', '-2-');

  it('should split the sheet at its gutter into the left page and the right page', () => {
    const halves = splitTwoUp([...right, ...left], null, 842, 595);
    expect(halves?.[0]?.items).toHaveLength(left.length);
    expect(halves?.[1]?.items.map((it) => it.str)).toEqual(right.map((it) => it.str));
  });

  it('should read the left page whole before the right page (laid out as one page the halves interleave)', () => {
    const halves = splitTwoUp([...left, ...right], null, 842, 595)!;
    const text = halves.flatMap((h) => layoutPage(h.items, [], 1, 0).lines.map((l) => l.cells.join(' ')));
    expect(text.indexOf('三、收到和处理政府信息公开申请情况')).toBeGreaterThan(text.indexOf('-1-'));
    const whole = layoutPage([...left, ...right], [], 1, 0).lines.map((l) => l.cells.join(' '));
    expect(whole.some((l) => l.includes('12') && l.includes('34'))).toBe(true);
    expect(text.some((l) => l.includes('12') && l.includes('34'))).toBe(false);
  });

  it('should not split a portrait page, a sheet whose right side is a table\'s numbers, or text crossing the middle', () => {
    expect(splitTwoUp([...left, ...right], null, 595, 842)).toBeNull();
    const table = [...left, ...[0, 1, 2, 3, 4, 5].map((k) => item(String(100 + k), 500 + 50 * k, 200))];
    expect(splitTwoUp(table, null, 842, 595)).toBeNull();
    expect(splitTwoUp([...left, ...right, item(PROSE, 300, 560)], null, 842, 595)).toBeNull();
  });

  it('should split a sheet whose right page is the report\'s short last page (prose starting at the same top)', () => {
    const last = [item('五、存在的主要问题及改进情况', 451, 40), ...[0, 1].map((k) => item(PROSE.slice(0, 24), 451, 60 + 20 * k)), item('六、其他需要报告的事项', 451, 110), item(PROSE.slice(0, 12), 451, 130)];
    const halves = splitTwoUp([...left, ...last], null, 842, 595);
    expect(halves?.[0]?.items).toHaveLength(left.length);
    expect(halves?.[1]?.items.map((it) => it.str)).toEqual(last.map((it) => it.str));
    // A block of prose lower on the sheet beside a page is not a page of its own.
    expect(splitTwoUp([...left, ...last.map((it) => ({ ...it, top: it.top + 250 }))], null, 842, 595)).toBeNull();
  });

  it('should move the right page onto its own x, so a table going on from it to the next sheet\'s left page keeps its columns', () => {
    const halves = splitTwoUp([...left, ...right], { horizontal: [{ x1: 451, y1: 190, x2: 800, y2: 190 }], vertical: [] }, 842, 595)!;
    expect(halves[0]!.items.map((it) => it.x)).toEqual(left.map((it) => it.x));
    expect(halves[1]!.items.map((it) => it.x)).toEqual(right.map((it) => it.x - 421));
    expect(halves[1]!.rulings?.horizontal[0]).toMatchObject({ x1: 30, x2: 379 });
    // The value column of the right page lies where the left page's does.
    expect(halves[1]!.items.find((it) => it.str === '34')!.x).toBeCloseTo(left.find((it) => it.str === '12')!.x);
  });

  it('should not split where a ruling crosses the gutter', () => {
    const rulings = { horizontal: [{ x1: 30, y1: 190, x2: 800, y2: 190 }], vertical: [] };
    expect(splitTwoUp([...left, ...right], rulings, 842, 595)).toBeNull();
    const own = { horizontal: [{ x1: 30, y1: 190, x2: 380, y2: 190 }, { x1: 451, y1: 190, x2: 800, y2: 190 }], vertical: [{ x1: 460, y1: 190, x2: 460, y2: 210 }] };
    const halves = splitTwoUp([...left, ...right], own, 842, 595);
    expect(halves?.[0]?.rulings?.horizontal).toHaveLength(1);
    expect(halves?.[1]?.rulings?.vertical).toHaveLength(1);
  });
});

describe('four pages in two rows on one portrait sheet (4-up)', () => {
  // Ghostscript -sNupControl=2x2 on A4 portrait (595 × 842): each page at 0.5, text ~5 pt.
  const small = (str: string, x: number, top: number): PdfItem => item(str, x, top, 5);
  const quarter = (x0: number, y0: number, heading: string, value: string): PdfItem[] => [
    small(heading, x0, y0 + 20),
    ...[0, 1, 2].map((k) => small(PROSE.slice(0, 24), x0, y0 + 35 + 10 * k)),
    small('规章', x0, y0 + 120), small(value, x0 + 100, y0 + 120),
    ...[0, 1].map((k) => small(PROSE.slice(0, 24), x0, y0 + 200 + 10 * k)),
  ];
  const tl = quarter(30, 0, '一、总体情况', '12');
  const tr = quarter(320, 0, '三、收到和处理政府信息公开申请情况', '34');
  const bl = quarter(30, 421, '五、存在的主要问题及改进情况', '56');

  it('should split the sheet into its pages, top row first, an empty place left out', () => {
    const pages = splitTwoUp([...bl, ...tr, ...tl], null, 595, 842);
    expect(pages?.map((p) => p.items.length)).toEqual([tl.length, tr.length, bl.length]);
    expect(pages?.[1]?.items.map((it) => it.str)).toEqual(tr.map((it) => it.str));
  });

  it('should not split a sheet of text at a page\'s size, or of fewer than three pages', () => {
    const big = [...tl, ...tr, ...bl].map((it) => ({ ...it, size: 10 }));
    expect(splitTwoUp(big, null, 595, 842)).toBeNull();
    expect(splitTwoUp([...tl, ...tr], null, 595, 842)).toBeNull();
  });
});
