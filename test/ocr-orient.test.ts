/**
 * Scans fed upside down or sideways (src/ocr/orient.ts): the image steps on synthetic pictures, and
 * one real page, a 100 dpi grey scan of samples/pdf-2019-libreoffice.pdf page 4 turned by 180° and
 * by a quarter (scripts/make-scans.mjs `turn`), read upright and checked against the sample's
 * golden. Without the orientation check its digits read reversed (180°) or its columns as rows
 * (a quarter), and no warning named the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Golden } from '../src/index.js';
import { stopOcr } from '../src/ocr/index.js';
import { densestBand, quarterTurn, runAspect, scoreWords, turn180, turnBy, turnQuarter } from '../src/ocr/orient.js';
import { ROOT } from './helpers/paths.js';

afterAll(async () => {
  await stopOcr();
});

describe('orientation image steps', () => {
  it('should turn an image by 180° exactly (the last pixel first)', () => {
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect([...turn180(img).data]).toEqual([6, 5, 4, 3, 2, 1]);
    expect([...img.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('should turn an image clockwise by a quarter exactly (width and height swapped), and by 270° the other way', () => {
    // 1 2 3      4 1
    // 4 5 6  →   5 2
    //            6 3
    const img = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    expect(turnQuarter(img)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect([...turnBy(img, 270).data]).toEqual([3, 6, 2, 5, 1, 4]);
    expect(turnBy(turnBy(img, 90), 270)).toEqual(img);
    expect(turnBy(img, 0)).toBe(img);
  });

  it('should measure runs of ink longer across the page for lines of glyphs, and down it when the page is turned', () => {
    // Lines of 20 'glyphs' (24 px squares of 2 px strokes, 4 px apart), 30 px high lines 26 px apart: text at 300 dpi.
    const [w, h] = [800, 600];
    const data = new Uint8Array(w * h).fill(250);
    for (let line = 0; line < 10; line++) {
      for (let g = 0; g < 20; g++) for (let y = 20 + line * 56; y < 50 + line * 56; y++) for (let x = 100 + g * 28; x < 124 + g * 28; x += 4) data[y * w + x] = data[y * w + x + 1] = 20;
    }
    const page = { width: w, height: h, data };
    expect(runAspect(page)).toBeGreaterThan(2);
    expect(runAspect(turnQuarter(page))).toBeLessThan(0.5);
    expect(runAspect({ width: w, height: h, data: new Uint8Array(w * h).fill(250) })).toBe(1);
  });

  it('should tell words taller than wide (vertical text: a page on its side) from wide ones, by Han confidence', () => {
    const word = (text: string, wd: number, ht: number) => ({ text, confidence: 0.5, x0: 0, y0: 0, x1: wd, y1: ht });
    expect(scoreWords([word('政府信息', 20, 80), word('公开', 40, 20), word('年', 10, 30), word('12', 10, 40)])).toEqual({ all: 3.5, tall: 2, wide: 1 });
  });

  it('should find the band of rows with the most ink, and none on a blank page', () => {
    const [w, h] = [40, 100];
    const data = new Uint8Array(w * h).fill(250);
    for (let y = 60; y < 70; y++) for (let x = 0; x < w; x++) data[y * w + x] = 10;
    expect(densestBand({ width: w, height: h, data }, 10)).toEqual({ y1: 60, y2: 70 });
    expect(densestBand({ width: w, height: h, data: new Uint8Array(w * h).fill(250) }, 10)).toBeNull();
  });
});

describe('a quarter turn', () => {
  it('should be taken only when the turned band reads clearly better than the band as it lies', () => {
    // A Word-style table page upright, whose long borders no grid took made its ink run down the
    // page (runAspect 0.29): its band read 26.1 (14.4 in wide words) as it lies, 4.9 turned clockwise.
    expect(quarterTurn({ all: 26.12, tall: 1.92, wide: 14.4 }, 4.94, 0)).toBeNull();
    // A page fed on its side: its upright band reads as tall words, the turned band as wide ones.
    expect(quarterTurn({ all: 30, tall: 28, wide: 2 }, 30, 3)).toBe(90);
    expect(quarterTurn({ all: 30, tall: 28, wide: 2 }, 3, 30)).toBe(270);
    // Neither way clearly: no turn.
    expect(quarterTurn({ all: 30, tall: 28, wide: 2 }, 20, 15)).toBeNull();
  });
});

// Page 4 of the 2019 LibreOffice sample holds 结转下年度继续办理 (7) and table 四 (15). Read upright: 结转 and the
// litigation rows (15 right; table 四's review row reads one cell off on the scans' noise, at 0.57).
describe.each([
  // Read as it lies, without the orientation check: digits reversed, a handful right and no warning.
  ['upside down', 'page-2019-libreoffice-p4-100dpi-turned.pdf'],
  // Turned clockwise by a quarter: a landscape image of sideways text. Read as it lies (the recogniser
  // takes its lines for vertical text) it was refused: E_NOT_A_REPORT.
  ['on its side', 'page-2019-libreoffice-p4-100dpi-quarter.pdf'],
])('a scanned page %s', (_, file) => {
  it('should read it turned back: values right, none wrong at >= 0.9, pdf_page_rotated naming the page', async () => {
    const report = await extract(join(ROOT, 'scans', file), { ocr: 'auto', timeoutMs: 600_000 });
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-2019-libreoffice.golden.json'), 'utf8')) as Golden;
    const want = flattenData(golden.data as never);
    const read = [...flattenData(report.data)].filter(([, v]) => v !== null);
    expect(read.filter(([k, v]) => want.get(k) === v).length).toBeGreaterThanOrEqual(15);
    const fields = report.fields as Record<string, { confidence: number }>;
    for (const [k, v] of read) if (fields[k]!.confidence >= 0.9) expect([k, v]).toEqual([k, want.get(k)]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'pdf_page_rotated', message: expect.stringMatching(/^page 1\b/) }));
  }, 600_000);
});
