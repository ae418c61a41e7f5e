/**
 * The text content read from the operator list (`pdf/text-from-ops.ts`) against pdf.js's own
 * `getTextContent` on the same page: text-state twists in small PDFs (`_internal/mini-pdf`) —
 * character, word and TJ spacing, scaling, rise, leading, q/Q around text, forms, rotation, a font
 * set at size 0 where pdf.js stops — and the sample PDFs. The items must be pdf.js's: the same
 * strings, runs and flags, places within float32's rounding of a `Tm` operand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { FONT_FACE_PARAMS, loadPdfJs, textWorker, workerFonts } from '../src/pdf/pdfjs.js';
import { PDFJS_PARAMS, withFastInflate } from '../src/pdf/pdfjs-data.js';
import { textFromOperators, type ContentItem } from '../src/pdf/text-from-ops.js';
import { readFontInfo } from '../src/pdf/font-info.js';

import { ROOT } from './helpers/paths.js';

/** Per page: pdf.js's text content items and the port's (null: it handed the page back). */
async function bothReadings(bytes: Uint8Array): Promise<{ pdfjs: ContentItem[]; port: ContentItem[] | null }[]> {
  const lib = await loadPdfJs();
  return withFastInflate(async () => {
    const worker = await textWorker(lib);
    const doc = await lib.getDocument({ ...PDFJS_PARAMS, ...FONT_FACE_PARAMS, worker, data: bytes }).promise;
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const list = await page.getOperatorList();
      const port = textFromOperators(list, lib.OPS, workerFonts(worker)!, page.view, lib.normalizeUnicode);
      const content = await page.getTextContent();
      pages.push({ pdfjs: content.items as ContentItem[], port });
    }
    await doc.destroy();
    worker?.destroy();
    return pages;
  });
}

/** The items as compared: everything but places, which must agree within `tolerance` pt. */
function expectSame(port: ContentItem[] | null, pdfjs: ContentItem[], tolerance = 1e-4): void {
  expect(port).not.toBeNull();
  const plain = (items: ContentItem[]) => items.map(({ str, dir, fontName, hasEOL }) => ({ str, dir, fontName, hasEOL }));
  expect(plain(port!)).toEqual(plain(pdfjs));
  const places = (it: ContentItem) => [it.width, it.height, ...it.transform];
  port!.forEach((it, i) => places(it).forEach((v, k) => expect(Math.abs(v - places(pdfjs[i]!)[k]!)).toBeLessThan(tolerance)));
}

const page = (content: string, extra: Partial<MiniPage> = {}): MiniPage => ({ content, ...extra });

describe('text content from the operator list', () => {
  it('should give the items pdf.js gives for spacing, scaling, rise and leading twists, bit for bit', async () => {
    const twists = [
      'BT /F1 10 Tf 100 700 Td (row1) Tj ( 12) Tj (  345) Tj ET',
      'BT /F1 10 Tf 2 Tc 100 680 Td (spaced out) Tj 0 Tc 5 Tw (word space) Tj ET',
      'BT /F1 10 Tf 100 660 Td [(1) -120 (2) -400 (3) -2000 (45) 300 (6) 0 (7)] TJ ET',
      'BT /F1 10 Tf 150 Tz 100 640 Td (wide) Tj 100 Tz 3 Ts (up) Tj 0 Ts (down) Tj ET',
      'BT /F1 10 Tf 14 TL 100 620 Td (line one) Tj T* (line two) Tj (third) \' 1 2 (fourth) " ET',
      'q 1 0 0 1 20 0 cm BT /F1 12 Tf 100 600 Td (moved) Tj ET Q BT /F1 12 Tf 100 580 Td (back) Tj ET',
      'BT /F1 10 Tf 100 560 Td q (inside) Tj Q (after) Tj ET',
      'BT /F1 10 Tf 0 1 -1 0 300 300 Tm (turned text) Tj ET',
      'BT /F1 10 Tf 0.7071 0.7071 -0.7071 0.7071 200 200 Tm (aslant 12) Tj ET',
      'BT /F1 10 Tf 100 540 Td (a) Tj /F1 11 Tf (b) Tj /F1 10 Tf (c) Tj ET',
      'BT /F1 10 Tf -50 500 Td (off the page left and on) Tj 700 500 Td (off right) Tj ET',
    ];
    const [read] = await bothReadings(buildPdf([page(twists.join('\n'))]));
    expect(read!.port).toEqual(read!.pdfjs);
  });

  it('should read forms on their own matrix and runs, and skip annotations as text content does', async () => {
    const forms = [{ content: 'BT /F1 10 Tf 0 0 Td (in form) Tj ET', matrix: [1, 0, 0, 1, 100, 400] }, { content: 'BT /F1 9 Tf 10 10 Td (scaled) Tj ET', matrix: [2, 0, 0, 2, 0, 0] }];
    const [read] = await bothReadings(buildPdf([page('BT /F1 10 Tf 100 450 Td (before) Tj ET /Fm0 Do q 0.5 0 0 0.5 50 50 cm /Fm1 Do Q BT /F1 10 Tf 300 450 Td (after) Tj ET', { forms })]));
    expect(read!.port).toEqual(read!.pdfjs);
  });

  it('should stop where pdf.js stops: text shown after a font set at size 0 first', async () => {
    const [read] = await bothReadings(buildPdf([page('BT /F1 0 Tf 100 750 Td (2019) Tj ET BT /F1 10 Tf 100 700 Td (row1) Tj ET')]));
    expect(read!.port).toEqual(read!.pdfjs);
    expect(read!.pdfjs).toEqual([]);
  });

  it('should stop only a form where pdf.js stops inside it, and read on after it', async () => {
    const forms = [{ content: 'BT /F1 0 Tf 100 700 Td (7) Tj /F1 10 Tf (8) Tj ET' }];
    const [read] = await bothReadings(buildPdf([page('/Fm0 Do BT /F1 10 Tf 100 680 Td (row2) Tj ET', { forms })]));
    expect(read!.port).toEqual(read!.pdfjs);
    expect(read!.pdfjs.map((it) => it.str)).toEqual(['row2']);
  });

  it('should hand back a page with an empty operator list (pdf.js failed before the first operator)', async () => {
    const lib = await loadPdfJs();
    expect(textFromOperators({ fnArray: [], argsArray: [] }, lib.OPS, new Map(), [0, 0, 595, 842], lib.normalizeUnicode)).toBeNull();
  });

  it('should hand back a page whose fonts it has no info on', async () => {
    const lib = await loadPdfJs();
    const list = { fnArray: [lib.OPS.beginText, lib.OPS.setFont, lib.OPS.showText], argsArray: [null, ['g_d9_f1', 10], [[]]] };
    expect(textFromOperators(list, lib.OPS, new Map(), [0, 0, 595, 842], lib.normalizeUnicode)).toBeNull();
    expect(textFromOperators(list, lib.OPS, new Map([['g_d9_f1', null]]), [0, 0, 595, 842], lib.normalizeUnicode)).toBeNull();
  });

  it('should hand back an operator list shaped otherwise than pdf.js builds it, not fail the page', async () => {
    const lib = await loadPdfJs();
    const font = { name: 'Helvetica', vertical: false, isType3Font: false, fontMatrix: null };
    const list = { fnArray: [lib.OPS.beginText, lib.OPS.setFont, lib.OPS.showText], argsArray: [null, ['g_d9_f1', 10], [7]] };
    expect(textFromOperators(list, lib.OPS, new Map([['g_d9_f1', font]]), [0, 0, 595, 842], lib.normalizeUnicode)).toBeNull();
  });

  it('should not read font info that is not the font it names', () => {
    expect(readFontInfo(new ArrayBuffer(8), 'g_d0_f1')).toBeNull();
    expect(readFontInfo(undefined, 'g_d0_f1')).toBeNull();
  });

  it('should give the items pdf.js gives on every sample PDF (WPS, LibreOffice and Chromium prints)', async () => {
    const pdfs = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(5);
    for (const f of pdfs) {
      for (const read of await bothReadings(new Uint8Array(readFileSync(join(ROOT, 'samples', f))))) expectSame(read.port, read.pdfjs);
    }
  });
});
