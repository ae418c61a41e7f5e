/**
 * OCR of scanned pages (src/ocr): the pure image steps on synthetic pictures, the solver's use of
 * OCR readings, the confidence rule, the error without OCR, and one real page: a 100 dpi grey scan
 * of samples/pdf-2019-libreoffice.pdf page 4 (scripts/make-scans.mjs), checked against the
 * sample's golden (the values chosen by the generator, not read by this code). OCR is slow
 * (~30 s a page): the whole-document scans are measured by `npm run bench`, not here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Golden } from '../src/index.js';
import { alignRows } from '../src/map/align-rows.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import { unshiftLabels } from '../src/map/shifted-labels.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../src/template/index.js';
import { wordsFromHocr } from '../src/ocr/engine.js';
import { growBox } from '../src/ocr/cell-clean.js';
import { crop, erase, INK, inkBox, rotate, type Grey } from '../src/ocr/image.js';
import { estimateSkew } from '../src/ocr/skew.js';
import { cellBox, isHanBetweenNumbers, onGrids, tablePage } from '../src/ocr/page.js';
import { noTextMessage, stopOcr } from '../src/ocr/index.js';
import { fromRgba } from '../src/ocr/colour.js';
import { findRulings, paperLevel, ruleLevel } from '../src/ocr/rulings.js';
import { unreverse } from '../src/ocr/reverse-fill.js';
import { buildGrids } from '../src/pdf/grid.js';
import { scoreField } from '../src/score/index.js';
import { solve } from '../src/solve/index.js';
import type { ValueToken } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

afterAll(async () => {
  await stopOcr();
});

/** A white page with a ruled table of `rows` × `cols` cells (2 px lines) and one glyph-like blob per cell. */
function tablePicture(rows: number, cols: number): Grey {
  const [w, h] = [700, 500];
  const data = new Uint8Array(w * h).fill(245);
  const dark = (x: number, y: number): void => void (data[y * w + x] = 20);
  const [x0, y0, cw, ch] = [50, 60, 100, 50];
  for (let r = 0; r <= rows; r++) for (let x = x0; x <= x0 + cols * cw; x++) for (let t = 0; t < 2; t++) dark(x, y0 + r * ch + t);
  for (let c = 0; c <= cols; c++) for (let y = y0; y <= y0 + rows * ch; y++) for (let t = 0; t < 2; t++) dark(x0 + c * cw + t, y);
  // '0'-sized blobs in each cell: glyph strokes are far shorter than a ruling.
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) for (let y = 20; y < 30; y++) for (let x = 40; x < 47; x += 1) if (x < 42 || x > 44 || y < 22 || y > 27) dark(x0 + c * cw + x, y0 + r * ch + y);
  return { width: w, height: h, data };
}

describe('rulings and skew from a picture', () => {
  it('should find the grid of a ruled table (72 dpi: px = pt) and not take glyphs for rulings', () => {
    const { rulings } = findRulings(tablePicture(4, 5), 72);
    expect(rulings.horizontal).toHaveLength(5);
    expect(rulings.vertical).toHaveLength(6);
    const grids = buildGrids(rulings);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.cells).toHaveLength(20);
  });

  it('should find a faint ruling (a 1 px border of a 100 dpi scan, interpolated: lighter than glyph ink)', () => {
    const img = tablePicture(4, 5);
    // The 4th vertical ruling drawn faint: grey 175 on paper 245 (the glyphs stay dark).
    for (let y = 0; y < img.height; y++) for (const x of [350, 351]) if (img.data[y * img.width + x] === 20 && (y - 60) % 50 >= 2) img.data[y * img.width + x] = 175;
    expect(findRulings(img, 72).rulings.vertical).toHaveLength(5);
    const level = ruleLevel(img);
    expect(level).toBeGreaterThan(INK);
    expect(findRulings(img, 72, level).rulings.vertical).toHaveLength(6);
    expect(buildGrids(findRulings(img, 72, level).rulings)[0]!.cells).toHaveLength(20);
  });

  it('should erase only the rulings on a grid: a long stroke of a heading above the table stays', () => {
    const img = tablePicture(4, 5);
    // A bold heading's horizontal stroke, 60 px long, 20 px above the table (72 dpi: px = pt).
    for (let x = 100; x < 160; x++) for (const y of [30, 31]) img.data[y * img.width + x] = 20;
    const { rulings, boxes } = findRulings(img, 72);
    // The stroke meets no border: it is no ruling (`supported-rulings.ts`), and not erased either way.
    expect(boxes).toHaveLength(11);
    const kept = onGrids([...boxes, { x1: 100, y1: 29, x2: 160, y2: 33 }], buildGrids(rulings), 72);
    expect(kept).toHaveLength(11);
    expect(kept.some((b) => b.y1 < 40)).toBe(false);
  });

  it("should not take a header's glyph strokes joined over two lines for column rulings", () => {
    // 72 dpi: px = pt. In every cell of the first column, two vertical strokes 18 pt long from
    // inside the cell down onto its bottom border (at 100 dpi the strokes of '结果' over '维持' join
    // across the line gap): longer than a short row's border, yet they start inside the cell.
    const img = tablePicture(4, 5);
    for (let r = 0; r < 4; r++) for (const x of [70, 71, 110, 111]) for (let y = 60 + r * 50 + 33; y < 60 + (r + 1) * 50; y++) img.data[y * img.width + x] = 20;
    const { rulings } = findRulings(img, 72);
    expect(rulings.vertical).toHaveLength(6);
    expect(buildGrids(rulings)[0]!.cells).toHaveLength(20);
  });

  it('should turn a reverse-printed header (white glyphs on a dark fill) into dark print before rulings are found', () => {
    // 72 dpi: px = pt. A dark grey header block (grey 90, 500 × 50 pt) above a ruled table, white
    // glyphs '口' on it in two lines. On a scan the fill's thin dark gaps between such glyphs made a
    // grid of 38 columns over table 四's header.
    const img = tablePicture(4, 5);
    const w = img.width;
    for (let y = 4; y < 56; y++) for (let x = 50; x < 552; x++) img.data[y * w + x] = 90;
    const glyph = (gx: number, gy: number): void => {
      for (let y = gy; y < gy + 17; y++) for (let x = gx; x < gx + 12; x++) if (x === gx || x === gx + 11 || y === gy + 8 || ((y === gy || y === gy + 16) && x > gx && x < gx + 11)) img.data[y * w + x] = 235;
    };
    for (const gy of [10, 30]) for (let gx = 60; gx < 530; gx += 40) glyph(gx, gy);
    const level = ruleLevel(img);
    // The page as its cells are read (`tablePage`): the header's glyphs dark, its fill paper, the table's grid whole.
    const page = tablePage(img, 72);
    expect(page.clean.data[20 * w + 60]).toBeLessThan(60);
    expect(page.clean.data[28 * w + 100]).toBeGreaterThan(200);
    expect(page.grids).toHaveLength(1);
    expect(page.grids[0]!.cells).toHaveLength(20);
    const fixed = unreverse(img, 72, level, paperLevel(img));
    // The glyphs dark on paper, the fill paper.
    expect(fixed.data[20 * w + 60]).toBeLessThan(60);
    expect(fixed.data[28 * w + 100]).toBe(paperLevel(img));
    const { rulings } = findRulings(fixed, 72, ruleLevel(fixed));
    expect(rulings.horizontal.filter((r) => r.y1 < 57)).toHaveLength(0);
    expect(rulings.vertical.filter((r) => r.y2 < 57)).toHaveLength(0);
    expect(buildGrids(rulings)[0]!.cells).toHaveLength(20);
  });

  it('should leave dark print on a grey disc (a seal) and black rulings as they are', () => {
    const img = tablePicture(4, 5);
    const w = img.width;
    // A grey disc (150) 80 px across over cells, its glyphs (the cell blobs) darker than it.
    for (let y = 0; y < img.height; y++) for (let x = 0; x < w; x++) if ((x - 200) ** 2 + (y - 150) ** 2 < 40 ** 2 && img.data[y * w + x]! > 150) img.data[y * w + x] = 150;
    expect(unreverse(img, 72, ruleLevel(img), paperLevel(img))).toBe(img);
  });

  it('should take a lone Han glyph between numbers of a borderless row for a misread digit, not an item number or one over a number', () => {
    const word = (text: string, x0: number): Parameters<typeof isHanBetweenNumbers>[0] => ({ text, x0, x1: x0 + 20, y0: 100, y1: 124, confidence: 50 });
    const numbers = [40, 80, 200, 240].map((x) => ({ box: { x1: x, y1: 101, x2: x + 14, y2: 123 } }));
    // '1' of a grey zebra row read '工' between '0 3' and '2 3': re-read by the digit reader.
    expect(isHanBetweenNumbers(word('工', 140), numbers)).toBe(true);
    // An item number, a glyph with numbers on one side only, two glyphs, a word over a number's ink, another line: not.
    expect(isHanBetweenNumbers(word('三', 140), numbers)).toBe(false);
    expect(isHanBetweenNumbers(word('工', 300), numbers)).toBe(false);
    expect(isHanBetweenNumbers(word('工作', 140), numbers)).toBe(false);
    expect(isHanBetweenNumbers(word('妥', 190), numbers)).toBe(false);
    expect(isHanBetweenNumbers({ ...word('工', 140), y0: 140, y1: 164 }, numbers)).toBe(false);
  });

  it('should crop a cell from the erased ruling on: a first glyph touching its left ruling keeps its edge', () => {
    const img = tablePicture(4, 5);
    // A left-aligned glyph in the second cell of the first row whose left stroke touches the ruling
    // (72 dpi: px = pt; the ruling is x 150–151, erased 149–152).
    for (let y = 70; y < 80; y++) for (let x = 152; x < 156; x++) img.data[y * img.width + x] = 20;
    const { rulings, boxes } = findRulings(img, 72);
    const grids = buildGrids(rulings);
    const clean = erase(img, onGrids(boxes, grids, 72));
    const cell = grids[0]!.cells.find((c) => c.row === 0 && c.col === 1)!;
    const box = cellBox(cell, 72);
    const ink = inkBox(crop(clean, box))!;
    // The stroke's column next to the erased band (x 153) is in the crop, and no ruling is.
    expect(box.x1 + ink.x1).toBe(153);
    expect(inkBox(crop(clean, { ...box, x1: box.x1, x2: box.x1 + 1 }))).toBeNull();
  });

  it("should grow a digit's ink box over a whole faint leading digit (small print at 100 dpi is grey)", () => {
    // A dark digit 20 px high at x 40–52, a faint one (grey 155, lighter than INK) at x 22–36.
    const [w, h] = [80, 40];
    const data = new Uint8Array(w * h).fill(250);
    for (let y = 10; y < 30; y++) {
      for (let x = 40; x < 52; x++) if (x < 43 || x > 48 || y < 13 || y > 26) data[y * w + x] = 30;
      for (let x = 22; x < 36; x++) if (x < 25 || y < 13 || y > 26 || (y > 18 && y < 21)) data[y * w + x] = 155;
    }
    const img = { width: w, height: h, data };
    const strong = inkBox(img)!;
    expect(strong.x1).toBe(40);
    // The whole faint glyph (14 px: more than the 10 px the top and bottom may grow).
    expect(growBox(img, strong, 10).x1).toBe(22);
  });

  it('should see through a red seal over a table (red dropout): its ring is no ink, the print under it stays', () => {
    const grey = tablePicture(4, 5);
    const { width: w, height: h } = grey;
    // As a colour scan, with a red ring (r 120 px, 3 px wide, ~ rgb 205/45/50) multiplied over the table.
    const rgba = new Uint8ClampedArray(w * h * 4);
    const [cx, cy] = [300, 200];
    for (let i = 0; i < w * h; i++) {
      const d = Math.hypot((i % w) - cx, Math.floor(i / w) - cy);
      const ring = Math.abs(d - 120) < 1.5;
      const v = grey.data[i]!;
      rgba.set(ring ? [(v * 205) / 255, (v * 45) / 255, (v * 50) / 255, 255] : [v, v, v, 255], i * 4);
    }
    const img = fromRgba(rgba, w, h);
    // By luma the ring is grey ~80: ink, as dark as the digits under it.
    expect(0.299 * 205 + 0.587 * 45 + 0.114 * 50).toBeLessThan(INK);
    const onRing = Math.round(cy) * w + cx + 120;
    expect(img.data[onRing]).toBeGreaterThan(INK);
    // Where the ring crosses a ruling (y 110, multiplied: near black) the ruling stays ink; the grid is found whole.
    const crossing = [...Array(w).keys()].find((x) => Math.abs(Math.hypot(x - cx, 110 - cy) - 120) < 1)!;
    expect(img.data[110 * w + crossing]).toBeLessThan(INK);
    expect(buildGrids(findRulings(img, 72).rulings)[0]!.cells).toHaveLength(20);
    expect(inkBox(crop(img, { x1: cx + 110, y1: cy - 5, x2: cx + 130, y2: cy + 5 }))).toBeNull();
  });

  it('should measure a slight skew and straighten the page so its grid is found again', () => {
    const skewed = rotate(tablePicture(4, 5), -0.8);
    // The rotation that straightens it.
    expect(estimateSkew(skewed)).toBeCloseTo(0.8, 1);
    // Skewed, a 500 px ruling drifts ~7 px: its runs break into pieces at different heights (found
    // as leaning rulings, `rulings.ts`), which make extra grid lines: not the table's 20 cells.
    expect(buildGrids(findRulings(skewed, 72).rulings)[0]?.cells.length ?? 0).not.toBe(20);
    expect(buildGrids(findRulings(rotate(skewed, estimateSkew(skewed)), 72).rulings)[0]!.cells).toHaveLength(20);
  });
});

describe('digit lines', () => {
  it("should give each word of a row's strip its extent, confidence and the digits its symbols may also be", () => {
    // hOCR of a strip '56 ... 7' (tesseract lstm_choice_mode 2), trimmed.
    const hocr = `<span class='ocr_line' id='line_1_1' title="bbox 22 19 1423 96">
    <span class='ocrx_word' id='word_1_1' title='bbox 22 19 89 96; x_wconf 95'>56
     <span class='ocrx_cinfo' id='lstm_choices_1_1_1'>
      <span class='ocrx_cinfo' id='choice_1_1_1' title='x_confs 94.06'>5</span>
      <span class='ocrx_cinfo' id='choice_1_1_2' title='x_confs 0'>3</span></span>
     <span class='ocrx_cinfo' id='lstm_choices_1_1_2'>
      <span class='ocrx_cinfo' id='choice_1_1_3' title='x_confs 94.52'>6</span>
      <span class='ocrx_cinfo' id='choice_1_1_4' title='x_confs 31.06'>0</span>
      <span class='ocrx_cinfo' id='choice_1_1_5' title='x_confs 0'>,</span></span>
    </span>
    <span class='ocrx_word' id='word_1_5' title='bbox 902 31 932 68; x_wconf 38'>7
     <span class='ocrx_cinfo' id='lstm_choices_1_5_1'>
      <span class='ocrx_cinfo' id='choice_1_5_1' title='x_confs 73.82'>7</span>
      <span class='ocrx_cinfo' id='choice_1_5_2' title='x_confs 0'>.</span></span>
    </span></span>`;
    expect(wordsFromHocr(hocr)).toEqual([
      { text: '56', confidence: 0.95, x0: 22, x1: 89, alternatives: [['3'], ['0']] },
      { text: '7', confidence: 0.38, x0: 902, x1: 932, alternatives: [[]] },
    ]);
  });
});

describe('OCR readings in the solver and the score', () => {
  const ocrNum = (v: number, alternatives?: number[]): ValueToken => ({ kind: 'num', value: v, raw: String(v), fusable: false, ocr: alternatives ? { alternatives } : {} });
  const identity = [{ id: 'row', total: 'r.total', parts: ['r.a', 'r.b', 'r.c'] }];
  const keys = ['r.a', 'r.b', 'r.c', 'r.total'];

  it("should let the identities choose a confusable digit's other reading, flagged repaired and ocr", () => {
    // Printed 7 | 3 | 1 | 11; read 1 | 3 | 1 | 11 with '7' as the first cell's alternative (and
    // '17' as the total's): only 7 + 3 + 1 = 11 holds.
    const candidates = rowCandidates({ values: [ocrNum(1, [7]), ocrNum(3), ocrNum(1), ocrNum(11, [17])], blankCells: 0, onGrid: true }, 4);
    const { fields } = solve([{ id: 'r', keys, candidates }], identity);
    expect(fields.get('r.a')).toEqual({ value: 7, flags: ['ocr', 'repaired'] });
    expect(fields.get('r.total')).toEqual({ value: 11, flags: ['ocr'] });
  });

  it('should keep the first reading when it already satisfies the identities', () => {
    const candidates = rowCandidates({ values: [ocrNum(7, [1]), ocrNum(3), ocrNum(1), ocrNum(11, [17])], blankCells: 0, onGrid: true }, 4);
    expect(solve([{ id: 'r', keys, candidates }], identity).fields.get('r.a')!.value).toBe(7);
  });

  it('should derive an inked cell that does not read as a number instead of reading it as 0', () => {
    const unread: ValueToken = { kind: 'blank', ocr: { unread: true } };
    const candidates = rowCandidates({ values: [ocrNum(2), unread, ocrNum(1), ocrNum(7)], blankCells: 0, onGrid: true }, 4);
    expect(solve([{ id: 'r', keys, candidates }], identity).fields.get('r.b')).toEqual({ value: 4, flags: ['derived', 'ocr'] });
  });

  it('should place a row whose OCR label names nothing by position between labelled rows (a garbled label, not foreign text)', () => {
    // 2019 rows （六）其他处理, （七）总计, 四、结转下年度继续办理; '（七）总计' read '《七介计'.
    const specs = TEMPLATE_2019.requestRows.slice(-3);
    const cells = (label: string, n: number) => [label, ...Array.from({ length: 7 }, (_, i) => String(n + i))];
    const lines = (ocr: boolean) =>
      [cells('（六）其他处理', 1), cells('《七介计', 20), cells('四、结转下年度继续办理', 40)].map((c) => ({
        cells: c,
        separated: true,
        source: {},
        ...(ocr ? { ocr: c.map(() => ({})) } : {}),
      }));
    const placed = (ocr: boolean) => alignRows(buildRows(lines(ocr)), specs).map((m) => [m.spec.key, m.labelScore === null ? 'position' : 'label']);
    expect(specs.map((s) => s.key)).toEqual(['otherHandling.combined', 'totalHandled', 'carriedForward']);
    expect(placed(true)).toEqual([['otherHandling.combined', 'label'], ['totalHandled', 'position'], ['carriedForward', 'label']]);
    // The same garbled text in a text layer is foreign text: not placed.
    expect(placed(false).map(([k]) => k)).not.toContain('totalHandled');
  });

  it("should not move OCR'd labels one row off for a lone OCR'd number (an item number split off its label)", () => {
    // A scan of huaian-2024: the column header row ('…其他', naming a row) has empty cells, and
    // '3.危及…' read '3' + '危及…' left a label-less '3' a few rows below: not a label shift.
    const specs = TEMPLATE_2021.requestRows;
    const num = (n: number): ValueToken => ({ kind: 'num', value: n, raw: String(n), fusable: false, ocr: {} });
    const row = (label: string, values: number[], blankCells = 0) => ({ label, pending: '', values: values.map(num), blankCells, onGrid: true, source: {} });
    const rows = [
      row('自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他', [], 1),
      row('一、本年新收政府信息公开申请数量', [3001, 53, 0, 0, 61, 4, 3119]),
      row('二、上年结转政府信息公开申请数量', [34, 0, 0, 0, 0, 0, 34]),
      row('', [3]),
      row('（一）予以公开', [1288, 21, 0, 0, 50, 3, 1362]),
    ];
    const placed = new Set(alignRows(rows, specs).map((m) => m.row));
    expect(placed.has(rows[1]!)).toBe(true);
    expect(unshiftLabels(rows, placed, specs)).toBeNull();
  });

  it('should cap an OCR value below 0.9 unless two identities through other read cells confirm it', () => {
    const placement = { by: 'label' as const, labelScore: 1, source: {} };
    const ok = (id: string, ks: string[]) => ({ id, ok: true, expected: 1, actual: 1, keys: ks });
    const one = [ok('row', ['r.x', 'a.a', 'b.b'])];
    const two = [...one, ok('col', ['r.x', 'c.c', 'd.d'])];
    const solved = { value: 1, flags: ['ocr' as const] };
    const fields = new Map(['a.a', 'b.b', 'c.c', 'd.d'].map((k) => [k, { value: 1, flags: ['ocr' as const] }]));
    expect(scoreField('r.x', solved, placement, one, fields).confidence).toBeLessThan(0.9);
    expect(scoreField('r.x', solved, placement, two, fields).confidence).toBeGreaterThanOrEqual(0.9);
    // A confirmation through a derived cell is no confirmation: it was computed to fit.
    const derived = new Map([...fields, ['d.d', { value: 1, flags: ['ocr' as const, 'derived' as const] }]]);
    expect(scoreField('r.x', solved, placement, two, derived).confidence).toBeLessThan(0.9);
  });
});

describe('scanned PDF', () => {
  const page = join(ROOT, 'scans', 'page-2019-libreoffice-p4-100dpi.pdf');

  it('should say how to enable OCR when it is off or not installed', async () => {
    await expect(extract(page, { ocr: 'off' })).rejects.toMatchObject({ code: 'E_PDF_NO_TEXT', message: expect.stringContaining("ocr: 'auto'") });
    expect(noTextMessage('a.pdf', 'auto', false)).toContain('npm install tesseract.js @tesseract.js-data/chi_sim');
  });

  it('should read a 100 dpi grey scan of a table page: values right, every one flagged ocr, none wrong at >= 0.9', async () => {
    const report = await extract(page, { ocr: 'auto', timeoutMs: 600_000 });
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-2019-libreoffice.golden.json'), 'utf8')) as Golden;
    const want = flattenData(golden.data as never);
    const got = flattenData(report.data);
    const read = [...got].filter(([, v]) => v !== null);
    // Page 4 holds 结转下年度继续办理 (7) and table 四 (15).
    expect(read.length).toBeGreaterThanOrEqual(20);
    const right = read.filter(([k, v]) => want.get(k) === v);
    expect(right.length).toBeGreaterThanOrEqual(20);
    const fields = report.fields as Record<string, { confidence: number; flags: string[] }>;
    for (const [k, v] of read) {
      expect(fields[k]!.flags).toContain('ocr');
      if (fields[k]!.confidence >= 0.9) expect([k, v]).toEqual([k, want.get(k)]);
    }
    expect(report.warnings.map((w) => w.code)).toContain('ocr_used');
  }, 600_000);

  it('should read a table pasted as a picture on a page with a text layer: the picture by OCR, the text as text', async () => {
    // Heading and paragraphs as text; the top rows of table 三 as a 100 dpi grey JPEG under them.
    const mixed = join(ROOT, 'scans', 'mixed-page-table-image.pdf');
    await expect(extract(mixed, { ocr: 'off' })).rejects.toMatchObject({ code: 'E_NOT_A_REPORT' });
    const report = await extract(mixed, { ocr: 'auto', timeoutMs: 600_000 });
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-2019-libreoffice.golden.json'), 'utf8')) as Golden;
    const want = flattenData(golden.data as never);
    const read = [...flattenData(report.data)].filter(([, v]) => v !== null);
    // The picture holds 7 rows × 7 columns of table 三 (49 values; 47 read right when measured).
    expect(read.filter(([k, v]) => want.get(k) === v).length).toBeGreaterThanOrEqual(42);
    const fields = report.fields as Record<string, { confidence: number; flags: string[] }>;
    for (const [k, v] of read) {
      expect(fields[k]!.flags).toContain('ocr');
      if (fields[k]!.confidence >= 0.9) expect([k, v]).toEqual([k, want.get(k)]);
    }
  }, 600_000);
});
