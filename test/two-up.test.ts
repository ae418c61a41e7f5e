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

/** A text column at `x0` on a portrait page: a heading, four lines of prose, a table row. */
const textColumn = (x0: number, heading: string, value: string): PdfItem[] => [item(heading, x0, 40, 6), ...[0, 1, 2, 3].map((k) => item(PROSE.slice(0, 24), x0, 60 + 120 * k, 6)), item('规章', x0, 600, 6), item(value, x0 + 100, 600, 6)];

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

  it('should not split a sheet whose right side is a table\'s numbers, or text crossing the middle', () => {
    const table = [...left, ...[0, 1, 2, 3, 4, 5].map((k) => item(String(100 + k), 500 + 50 * k, 200))];
    expect(splitTwoUp(table, null, 842, 595)).toBeNull();
    expect(splitTwoUp([...left, ...right, item(PROSE, 300, 560)], null, 842, 595)).toBeNull();
  });

  it('should split a portrait page laid out in two text columns (CSS column-count 2) at its narrow gutter', () => {
    // Letter, 612 pt wide: columns of 24 ideographs at 6 pt (144 pt) with 14 pt between them (a 5 mm column gap).
    const [a, b] = [textColumn(150, '一、总体情况', '12'), textColumn(308, '三、收到和处理政府信息公开申请情况', '34')];
    const halves = splitTwoUp([...b, ...a], null, 612, 792);
    expect(halves?.[0]?.items.map((it) => it.str)).toEqual(a.map((it) => it.str));
    expect(halves?.[1]?.items.map((it) => it.str)).toEqual(b.map((it) => it.str));
    // A gutter narrower than 0.015 of the width (here 6 pt) is no gutter.
    expect(splitTwoUp([...a, ...b.map((it) => ({ ...it, x: it.x - 8 }))], null, 612, 792)).toBeNull();
  });

  it('should not split a portrait page of a borderless table: its number columns beside its labels, header cells of prose length on both sides', () => {
    const a = textColumn(150, '一、总体情况', '12');
    // Rows of numbers only on the right (a label on the left at each height), under a header of prose length.
    const header = item('本年新公开数量对外公开总数量处理决定', 308, 40, 6);
    const numbers = [0, 1, 2, 3, 4, 5, 6].flatMap((k) => [item(String(100 + k), 308, 60 + 70 * k, 6), item(String(7 * k), 420, 60 + 70 * k, 6)]);
    const labels = [0, 1, 2, 3, 4, 5, 6].map((k) => item('规范性文件', 150, 60 + 70 * k, 6));
    expect(splitTwoUp([...a, ...labels, header, item(PROSE.slice(0, 24), 308, 560, 6), ...numbers], null, 612, 792)).toBeNull();
    // Two sides of prose, one much narrower than the other (a sidebar, a label column): not the two columns of a page.
    const narrow = textColumn(308, '三、收到和处理政府信息公开申请情况', '34').map((it) => ({ ...it, str: it.str.slice(0, 14), width: Math.min(it.width, 14 * 6) }));
    expect(splitTwoUp([...a, ...narrow], null, 612, 792)).toBeNull();
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

  it('should not split a sheet of text at a page\'s size, or of fewer than three pages, into four pages', () => {
    // Text at a page's size is no 4-up sheet; its two sides of equal width read as a page's two text columns.
    const big = [...tl, ...tr, ...bl].map((it) => ({ ...it, size: 10 }));
    expect(splitTwoUp(big, null, 595, 842)?.map((p) => p.items.length)).toEqual([tl.length + bl.length, tr.length]);
    expect(splitTwoUp([...tl, ...tr], null, 595, 842)).toBeNull();
  });
});
