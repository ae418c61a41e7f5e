/**
 * OCR readings that need no recogniser: how two reads of one cell (grey and binarized) are merged,
 * how wide the ink of a reading may be, and how the solver judges an OCR'd table whose readings
 * cannot all add up and whose alternatives are too many to enumerate.
 */
import { oneLine, prepareRows } from '../src/ocr/cell-ink.js';
import { numberColumn } from '../src/ocr/digits.js';
import { maxInkWidth, minInkWidth } from '../src/ocr/ink-width.js';
import { agree, readingAlternatives, twiceRead, vote, type CellRead } from '../src/ocr/reads.js';
import { scoreField } from '../src/score/index.js';
import { clearSpecks, clearTallStrokes } from '../src/ocr/cell-clean.js';
import type { Grey } from '../src/ocr/image.js';
import { isRulingResidue } from '../src/ocr/page.js';
import { MAX_COMBINATIONS, solve, type Candidate, type Group } from '../src/solve/index.js';

describe('readings of one cell in several preprocessings', () => {
  it('should take the text with the most summed confidence and keep the outvoted ones as its first alternatives', () => {
    // 6.5 pt print at 100 dpi: '769' read '169' twice (0.4, 0.5) and '769' once (0.78).
    const a = { text: '169', confidence: 0.4, alternatives: ['189'] };
    const b = { text: '769', confidence: 0.78, alternatives: [] };
    const c = { text: '169', confidence: 0.5, alternatives: [] };
    expect(vote([a, b, c])).toEqual({ text: '169', confidence: 0.5, alternatives: ['769', '189'] });
    // Two readings of '3001' outvote one more confident '2001'.
    const t = vote([{ text: '3001', confidence: 0.6, alternatives: [] }, { text: '2001', confidence: 0.9, alternatives: [] }, { text: '3001', confidence: 0.5, alternatives: ['3007'] }])!;
    expect(t.text).toBe('3001');
    expect(t.alternatives).toEqual(['2001', '3007']);
  });

  it('should keep the one reading when the others failed, and give nothing when none read', () => {
    const a = { text: '12', confidence: 0.5, alternatives: ['17'] };
    expect(vote([null, a, null])).toEqual(a);
    expect(vote([null, null])).toBeNull();
  });
});

describe('readings of the legacy classifier', () => {
  const r = (text: string, confidence = 0.6): { text: string; confidence: number; alternatives: string[] } => ({ text, confidence, alternatives: [] });

  it('should take a reading only when enough reads give it, the others kept as its first alternatives', () => {
    // A lone 6.5 pt '0': four reads '0', one '1', one nothing.
    expect(agree([r('0', 0.7), r('1', 0.9), r('0', 0.5), null, r('0', 0.8), r('0')], 3)).toEqual({ text: '0', confidence: 0.5, alternatives: ['1'] });
    // A faint '61': the reads scatter ('111', '31', '131'): nothing is taken.
    expect(agree([r('111'), r('31'), r('131'), r('111'), null, r('31')], 3)).toBeNull();
    expect(agree([null, null], 1)).toBeNull();
  });

  it('should refuse more digits than the ink is wide for (any reading)', () => {
    // '111' read from a faint '61' (ink 24 px wide, 23 high) and from a '34' (26 × 21).
    expect(minInkWidth('111', 23)).toBeGreaterThan(24);
    expect(minInkWidth('111', 21)).toBeGreaterThan(26);
    // The LSTM too: '7468' read from a '746' (ink 42 × 22).
    expect(minInkWidth('7468', 22)).toBeGreaterThan(42);
    // Readings right on the same scan: '769' (43 × 24), '1302' (55 × 23), a lone '0' (13 × 20), '11' (17 × 22).
    expect(minInkWidth('769', 24)).toBeLessThanOrEqual(43);
    expect(minInkWidth('1302', 23)).toBeLessThanOrEqual(55);
    expect(minInkWidth('0', 20)).toBeLessThanOrEqual(13);
    expect(minInkWidth('11', 22)).toBeLessThanOrEqual(17);
  });

  it('should read only cells in a column of numbers (never a label cell)', () => {
    // Columns: a label column x 0–100 (text cells 'other') and a value column x 100–160.
    const boxes = [0, 1, 2, 3].flatMap((row) => [{ x1: 0, y1: row * 30, x2: 100, y2: row * 30 + 30 }, { x1: 100, y1: row * 30, x2: 160, y2: row * 30 + 30 }]);
    const n = { text: '5', confidence: 0.9, alternatives: [] };
    const reads: CellRead[] = ['other', 'other', 'other', n, 'other', n, 'other', 'other'];
    // The last value cell: two numbers above it, one unread.
    expect(numberColumn(boxes[7]!, boxes, reads)).toBe(true);
    // The label cells: no number in their column.
    expect(numberColumn(boxes[6]!, boxes, reads)).toBe(false);
    // A value column mostly unread: not enough to call it numeric.
    expect(numberColumn(boxes[7]!, boxes, ['other', 'other', 'other', n, 'other', 'other', 'other', 'other'])).toBe(false);
  });
});

describe('a cell whose ink is only its darkest stroke', () => {
  // A row of three cells 60 × 40: two full-height dark digits (y 10–30) and a '2' whose strokes are
  // faint (grey 175, lighter than the ink level) but for its dark base (y 27–30), with a lighter gap
  // in its diagonal (grey 215) that stops the growth over faint strokes.
  const [w, h] = [180, 40];
  const data = new Uint8Array(w * h).fill(250);
  // The dark digits are '0's, their corners round (a square-cornered ring is a box glyph: box-glyph.ts).
  const corner = (x: number, x0: number, y: number): boolean => Math.min(x - x0, x0 + 11 - x) + Math.min(y - 10, 29 - y) < 4;
  for (const x0 of [20, 80]) for (let y = 10; y < 30; y++) for (let x = x0; x < x0 + 12; x++) if ((x < x0 + 3 || x > x0 + 8 || y < 13 || y > 26) && !corner(x, x0, y)) data[y * w + x] = 30;
  for (let y = 10; y < 30; y++) for (let x = 140; x < 152; x++) data[y * w + x] = y >= 27 ? 40 : y >= 18 && y < 21 ? 215 : (y < 13 || x > 148) ? 175 : 250;
  const img = { width: w, height: h, data };
  const boxes = [0, 60, 120].map((x) => ({ x1: x + 1, y1: 1, x2: x + 59, y2: 39 }));

  it("should be cut again over its row's line of digits, not as the 3 px bar that read '-'", () => {
    const [row] = prepareRows(img, [boxes, boxes, boxes].map((b, i) => (i === 0 ? b : b.slice(0, 2))));
    const third = row![2]!;
    expect(typeof third).toBe('object');
    if (typeof third !== 'object') return;
    expect(third.inkH).toBeGreaterThanOrEqual(19);
    expect(third.top).toBe(10);
  });
});

describe('a cell of light print', () => {
  // Two cells 40 × 40 on 252 paper: a grey digit stroke (3 × 20 px, darkest 160: lighter than the
  // ink level, as 6.5 pt print of a light 100 dpi scan), and a grey speck of scan noise (3 × 3 px, 170).
  const [w, h] = [80, 40];
  const data = new Uint8Array(w * h).fill(252);
  for (let y = 10; y < 30; y++) for (let x = 18; x < 21; x++) data[y * w + x] = 160;
  for (let y = 18; y < 21; y++) for (let x = 58; x < 61; x++) data[y * w + x] = 170;
  const img = { width: w, height: h, data };
  const boxes = [0, 40].map((x) => ({ x1: x + 1, y1: 1, x2: x + 39, y2: 39 }));

  it('should hold ink (a digit to read), not be blank; a grey speck of noise stays blank', () => {
    const [row] = prepareRows(img, [boxes]);
    expect(typeof row![0]).toBe('object');
    expect(row![1]).toBe('blank');
  });
});

describe('specks in a cell (photocopy toner dots)', () => {
  // A cell 100 × 40 on 240 paper: a digit stroke (4 × 20 px, 60) at x 40, a decimal point (3 × 3)
  // on its baseline beside it, and two toner dots (3 × 3, 40): one far left on the line, one under it.
  const [w, h] = [100, 40];
  const dot = (data: Uint8Array, x0: number, y0: number, v: number): void => {
    for (let y = y0; y < y0 + 3; y++) for (let x = x0; x < x0 + 3; x++) data[y * w + x] = v;
  };
  const data = new Uint8Array(w * h).fill(240);
  for (let y = 10; y < 30; y++) for (let x = 40; x < 44; x++) data[y * w + x] = 60;
  dot(data, 47, 27, 60);
  dot(data, 5, 20, 40);
  dot(data, 42, 35, 40);
  const img = { width: w, height: h, data };

  it('should whiten the dots off the digits and keep the point on their line', () => {
    const out = clearSpecks(img);
    expect(out.data[21 * w + 6]).toBe(255);
    expect(out.data[36 * w + 43]).toBe(255);
    expect(out.data[28 * w + 48]).toBe(60);
    expect(out.data[20 * w + 41]).toBe(60);
  });

  it('should give the cell the ink box of the digit alone', () => {
    const [row] = prepareRows(img, [[{ x1: 0, y1: 0, x2: w, y2: h }]]);
    const cell = row![0]!;
    expect(typeof cell).toBe('object');
    if (typeof cell !== 'object') return;
    expect(cell.inkW).toBeLessThanOrEqual(12);
    // The digit and its point; the dots would have made it four.
    expect(cell.glyphs).toBe(2);
  });

  it('should not clear them on a page printed faint all over (its digits break into pieces there)', () => {
    const [row] = prepareRows(img, [[{ x1: 0, y1: 0, x2: w, y2: h }]], 217);
    const cell = row![0]!;
    expect(typeof cell === 'object' && cell.inkW).toBeGreaterThan(30);
  });

  it('should leave a cell of dots alone (no taller ink to tell them from)', () => {
    const only = new Uint8Array(w * h).fill(240);
    dot(only, 20, 20, 40);
    dot(only, 60, 20, 40);
    expect(clearSpecks({ width: w, height: h, data: only }).data).toEqual(only);
  });
});

describe('ink width of a reading', () => {
  it("should let a '1' between two digits take a whole digit's width (tabular report digits)", () => {
    // A serif '3119' in a 6.5 pt table at 100 dpi (300 dpi render): ink 58 px wide, 21 px high.
    expect(maxInkWidth('3119', 21)).toBeGreaterThanOrEqual(58);
    // '14' whose faint '1' was lost, read '4', is still too wide; a last '1' stays narrow.
    expect(maxInkWidth('4', 21)).toBeLessThan(1.2 * 21);
    expect(maxInkWidth('41', 21)).toBeLessThan(maxInkWidth('44', 21));
  });

  it("should let a leading '1' take a whole digit's width (its serif foot starts where a digit's ink does)", () => {
    // '1288' of a 6.5 pt table on a 100 dpi scan (300 dpi render): ink 57 px wide, 20 px high.
    expect(maxInkWidth('1288', 20)).toBeGreaterThanOrEqual(57);
    // Still too narrow for a number that lost a digit: '31288' read '1288' is ~3.6 heights wide.
    expect(maxInkWidth('1288', 20)).toBeLessThan(3.3 * 20);
  });
});

describe('an OCR table that cannot add up and has too many readings', () => {
  // Seven rows read 1 each with six other readings (2..7) each: 7^7 combinations, past the
  // enumeration limit; their total was read 3, which no combination reaches (a misread total
  // whose true value is in no alternative).
  const groups = (flag: 'ocr' | 'repaired'): Group[] => [
    ...Array.from({ length: 7 }, (_, i): Group => ({
      id: `g${i}`,
      keys: [`g${i}.x`],
      candidates: [1, 2, 3, 4, 5, 6, 7].map((v): Candidate => ({ cells: [{ value: v, flags: v === 1 ? [flag] : [flag, 'repaired'] }], cost: v === 1 ? 0 : 1 })),
    })),
    { id: 't', keys: ['t'], candidates: [{ cells: [{ value: 3, flags: [flag] }], cost: 0 }] },
  ];
  const identities = [{ id: 'sum', total: 't', parts: Array.from({ length: 7 }, (_, i) => `g${i}.x`) }];

  it('should keep the readings as recognised, with the fewest identities broken, not every row ambiguous', () => {
    expect(7 ** 7).toBeGreaterThan(MAX_COMBINATIONS);
    const { fields } = solve(groups('ocr'), identities);
    expect(fields.get('g0.x')!.value).toBe(1);
    expect(fields.get('g6.x')!.flags).not.toContain('ambiguous');
  });

  it('should leave the rows ambiguous when the readings are not OCR (the row-by-row fallback)', () => {
    const { fields } = solve(groups('repaired'), identities);
    expect(fields.get('g0.x')).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']) });
  });
});

describe("table 三's row count for the template layout", () => {
  it("should not count a lone OCR'd number as a row (a label's item number read as a digit)", async () => {
    const { printsValues } = await import('../src/map/index.js');
    const num = (ocr: boolean) => ({ kind: 'num', value: 3, raw: '3', fusable: false, ...(ocr ? { ocr: {} } : {}) });
    expect(printsValues({ values: [num(true)] })).toBe(false);
    expect(printsValues({ values: [num(false)] })).toBe(true);
    expect(printsValues({ values: [num(true), num(true)] })).toBe(true);
    expect(printsValues({ values: [] })).toBe(false);
  });
});

describe('readings the recogniser does not offer', () => {
  it("should offer '7' for a '2' and '0' for a lone '1' or '8', after the recogniser's own choices", () => {
    // 100 dpi grey scans: a '7' read '2' with no alternative, a small lone '0' read '1' or '8'.
    expect(readingAlternatives('2', [[]])).toContain('7');
    expect(readingAlternatives('1', [[]])).toContain('0');
    expect(readingAlternatives('8', [[]])).toContain('0');
    expect(readingAlternatives('31', [[], ['4']])[0]).toBe('34');
    // Not for a '1' inside a longer number: '10' is not '00'.
    expect(readingAlternatives('10', [[], []])).not.toContain('00');
    expect(readingAlternatives('4119', [['1', '2', '3', '5', '6', '7'], [], [], []])).toHaveLength(6);
  });

  it("should offer the 6.5 pt confusions: a faint '4' read '1', '3' read '1', '5' or '2' read '3', '5' read '4'", () => {
    expect(readingAlternatives('154', [[], [], []])).toContain('454');
    expect(readingAlternatives('13', [[], []])).toContain('33');
    expect(readingAlternatives('35', [[], []])).toContain('25');
    expect(readingAlternatives('3', [[]])).toContain('5');
    expect(readingAlternatives('40', [[], []])).toContain('50');
  });
});

describe("a ruling's residue", () => {
  /** 60 × 120 paper with a grey stroke `h` px tall, 3 px wide, at x 40, and a 20 × 30 dark blob (a digit). */
  function cell(h: number): Grey {
    const [w, hh] = [60, 120];
    const data = new Uint8Array(w * hh).fill(250);
    for (let y = 5; y < 5 + h; y++) for (let x = 40; x < 43; x++) data[y * w + x] = 180;
    for (let y = 45; y < 75; y++) for (let x = 8; x < 28; x++) data[y * w + x] = 30;
    return { width: w, height: hh, data };
  }
  const inkAt = (img: Grey, x: number, y: number): boolean => img.data[y * img.width + x]! < 200;
  it('should whiten a thin stroke far taller than the glyphs and keep the glyphs', () => {
    const out = clearTallStrokes(cell(100), 48, 9);
    expect(inkAt(out, 41, 50)).toBe(false);
    expect(inkAt(out, 15, 60)).toBe(true);
  });
  it("should keep a stroke no taller than a glyph (a '1')", () => {
    const out = clearTallStrokes(cell(30), 48, 9);
    expect(inkAt(out, 41, 20)).toBe(true);
  });
  it("should take a page-pass '1' or '|' as a residue only when it is a sliver", () => {
    expect(isRulingResidue({ text: '1', confidence: 0.5, x0: 0, x1: 3, y0: 0, y1: 20 })).toBe(true);
    expect(isRulingResidue({ text: '|', confidence: 0.5, x0: 0, x1: 2, y0: 0, y1: 20 })).toBe(true);
    expect(isRulingResidue({ text: '1', confidence: 0.5, x0: 0, x1: 7, y0: 0, y1: 20 })).toBe(false);
    expect(isRulingResidue({ text: '7', confidence: 0.5, x0: 0, x1: 3, y0: 0, y1: 20 })).toBe(false);
  });
});

describe('one line of digits', () => {
  it("should not take ink two lines high for a number (a header cell '结果' over '维持' read '4')", () => {
    // 100 dpi grey, rendered at 300 dpi: the table's digits ~30 px high; two lines of Han ~75 px.
    expect(oneLine(31, 30)).toBe(true);
    expect(oneLine(40, 30)).toBe(true);
    expect(oneLine(75, 30)).toBe(false);
  });
});

describe('a value printed twice run together', () => {
  it("should offer the number once ('3535' → '35') first among the readings, and nothing for other numbers", () => {
    expect(twiceRead('3535')).toBe('35');
    expect(twiceRead('77')).toBe('7');
    expect(twiceRead('353')).toBeNull();
    expect(twiceRead('3536')).toBeNull();
    expect(twiceRead('12.12')).toBeNull();
    expect(readingAlternatives('3535', [[], [], [], []])[0]).toBe('35');
    expect(readingAlternatives('3536', [[], [], [], []])).not.toContain('35');
  });
});

describe('an OCR amount read without its decimal point', () => {
  const placement = { by: 'label' as const, labelScore: 1, source: {} };
  const key = 'activeDisclosure.fees.amount';

  it("should stay at most 0.6 with the reading ÷ 100 among its candidates ('3975.95' read 397595)", () => {
    const lost = scoreField(key, { value: 397595, flags: ['ocr'] }, placement, []);
    expect(lost.confidence).toBeLessThanOrEqual(0.6);
    expect(lost.candidates).toEqual([397595, 3975.95]);
    // Read with its point, or 0, it keeps the OCR cap; a count is not an amount.
    expect(scoreField(key, { value: 3975.95, flags: ['ocr'] }, placement, []).confidence).toBeGreaterThan(0.6);
    expect(scoreField(key, { value: 0, flags: ['ocr'] }, placement, []).confidence).toBeGreaterThan(0.6);
    expect(scoreField('activeDisclosure.fees.prevItems', { value: 12, flags: ['ocr'] }, placement, []).confidence).toBeGreaterThan(0.6);
    // Not read by OCR: the text layer prints the point when there is one.
    expect(scoreField(key, { value: 397595, flags: [] }, placement, []).confidence).toBeGreaterThan(0.6);
  });
});

describe('an OCR total printed wrong (a misprint looks like a misread)', () => {
  // A row 1 + 1 + 0 printed with the total 3 (one too many), read by OCR: the total's confusion
  // readings (3 → 8, 5, 2) let the identities 'mend' it to 2, as they would a misread '2'.
  const cell = (value: number, repaired = false) => ({ value, flags: repaired ? (['ocr', 'repaired'] as const) : (['ocr'] as const) });
  const groups: Group[] = [
    { id: 'parts', keys: ['a', 'b', 'c'], candidates: [{ cells: [cell(1), cell(1), cell(0)].map((c) => ({ ...c, flags: [...c.flags] })), cost: 0 }] },
    { id: 'total', keys: ['t'], candidates: [3, 8, 5, 2].map((v, i): Candidate => ({ cells: [{ value: v, flags: i === 0 ? ['ocr'] : ['ocr', 'repaired'] }], cost: i === 0 ? 0 : 1 })) },
  ];
  const identities = [{ id: 'row', total: 't', parts: ['a', 'b', 'c'] }];
  const placement = { by: 'label' as const, labelScore: 1, source: {} };

  it('should stay below 0.8 when the identities chose another reading of the cell', () => {
    const { fields } = solve(groups, identities);
    const total = fields.get('t')!;
    expect(total).toMatchObject({ value: 2, flags: expect.arrayContaining(['ocr', 'repaired']) });
    const check = { id: 'row', keys: ['t', 'a', 'b', 'c'], ok: true, expected: 2, actual: 2 };
    expect(scoreField('requests.granted.total', total, placement, [check]).confidence).toBeLessThan(0.8);
    // The same value read as printed (not repaired) keeps the OCR cap.
    expect(scoreField('requests.granted.total', { value: 2, flags: ['ocr'] }, placement, [check]).confidence).toBeGreaterThanOrEqual(0.8);
  });
});
