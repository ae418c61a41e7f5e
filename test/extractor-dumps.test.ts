/**
 * Text that extractors the product was not tuned on make of a sample PDF (samples/pdf-chromium-web.pdf,
 * dumped by `scripts/make-dumps.mjs`: pypdf `extract_text()`, mutool `draw -F txt`, PDFBox
 * `ExtractText`, pdfminer `pdf2txt`, mutool `draw -F stext` joined block by block, of samples/pdf-chromium-stacked.pdf), kept as fixtures: no value may come out wrong at ≥ 0.9, and the
 * readings that work stay right. Also the running header glued to the line before it (pypdf joins the
 * page's last row and the next page's '11/25/26, 1:55 PM title' header: layout/text-furniture.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenData } from '../src/index.js';
import { cutGluedStamps } from '../src/layout/text-furniture.js';
import { read } from './helpers/report-fields.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'dumps');
const goldenOf = (sample: string): Map<string, unknown> => flattenData(JSON.parse(readFileSync(join(process.cwd(), 'golden', `${sample}.golden.json`), 'utf8')).data);
const golden = goldenOf('pdf-chromium-web');

/** Right at ≥ 0.9, and wrong at ≥ 0.9, of the dump `name` (or its text) against the sample's golden. */
async function score(name: string, text?: string): Promise<{ sure: number; wrong: string[]; det: number; low: string[] }> {
  const r = await read(text !== undefined ? new TextEncoder().encode(text) : readFileSync(join(FIXTURES, name)));
  const golden = goldenOf(name.startsWith('pdfbox-borderless') ? 'pdf-chromium-borderless-wrapped' : name.includes('-chromium-stacked') ? 'pdf-chromium-stacked' : 'pdf-chromium-web');
  const got = flattenData(r.data);
  let sure = 0;
  let det = 0;
  const wrong: string[] = [];
  const low: string[] = [];
  for (const [k, want] of golden) {
    if (want === null) continue;
    det++;
    const c = r.fields[k]?.confidence ?? 0;
    if (got.get(k) === want && c >= 0.9) sure++;
    else if (got.get(k) === want) low.push(k);
    else if (got.get(k) !== want && got.get(k) !== null && c >= 0.9) wrong.push(`${k}=${String(got.get(k))}`);
  }
  return { sure, wrong, det, low };
}

describe('dumps of other extractors', () => {
  it.each(['pypdf', 'mutool-txt', 'pdfbox', 'pdfminer'])('should read no value wrong at >= 0.9 from the %s dump', async (tool) => {
    expect((await score(`${tool}-chromium-web.txt`)).wrong).toEqual([]);
  });

  it('should read every value of the PDFBox dump right at >= 0.9', async () => {
    const s = await score('pdfbox-chromium-web.txt');
    expect(s.sure).toBe(s.det);
  });

  it('should read the mutool stext dump joined block by block right at >= 0.9 (总计 joined to a sub-column\'s block, placed by the row totals)', async () => {
    const s = await score('mutool-stext-block-chromium-stacked.txt');
    expect(s.wrong).toEqual([]);
    // Tables 三 and 四 all right at >= 0.9 (four table 二 values of this dump are not, for reasons of their own).
    expect(s.low.filter((k) => !k.startsWith('activeDisclosure.'))).toEqual([]);
    expect(s.sure).toBeGreaterThanOrEqual(s.det - 4);
  });

  it('should read the mutool dump right, table 四 at >= 0.9 too (its two litigation group words are adjacent lines of one cell each)', async () => {
    const s = await score('mutool-txt-chromium-web.txt');
    expect(s.wrong).toEqual([]);
    // Table 四 and 二 all at >= 0.9. Table 三's cells come one per line in a dump with page feeds: cells exchanged within a row
    // that no identity tells apart are held at 0.85 (score/block-order BLOCK_ORDER_CAP: pdftotext's plain block order
    // looks the same), its totals stay >= 0.9.
    expect(s.low.filter((k) => !k.startsWith('requests.') || k.endsWith('.total'))).toEqual([]);
  });
});

describe('labels wrapped over many lines above their values (PDFBox of a borderless page with narrow label cells)', () => {
  const text = readFileSync(join(FIXTURES, 'pdfbox-borderless-wrapped.txt'), 'utf8');

  it('should name the （六） rows by their five-line labels under the block cell wrapped in its own column', async () => {
    const s = await score('pdfbox-borderless-wrapped.txt');
    expect(s.wrong).toEqual([]);
    expect(s.low.filter((k) => k.startsWith('requests.'))).toEqual([]);
  });

  it('should not name rows whose labels pile above one values line (a values line lost)', async () => {
    const piled = text.replace(/\n7 0 0 1 3 0 11\n/, '\n');
    expect(piled).not.toBe(text);
    const s = await score('pdfbox-borderless-wrapped.txt', piled);
    expect(s.wrong).toEqual([]);
  });
});

describe('a running header glued to the line before it', () => {
  const HEADER = '11/25/26, 1:55 PM 示例市第 301 局 2024 年政府信息公开工作年度报告';
  const lines = ['第二十条第（六）项' + HEADER, '行政处罚 4408', '（二）部分公开 0 61 0 0 0 7' + HEADER, '1. 属于国家秘密 19 00 0 0 019', '5. 确认 0 00 0 0 0 0' + HEADER];

  it('should cut the stamp and title off each line, the digits before it kept', () => {
    expect(cutGluedStamps(lines)).toEqual(['第二十条第（六）项', '行政处罚 4408', '（二）部分公开 0 61 0 0 0 7', '1. 属于国家秘密 19 00 0 0 019', '5. 确认 0 00 0 0 0 0']);
  });

  it('should cut nothing when no occurrence shows where the stamp starts (every one glued to digits)', () => {
    const glued = [lines[2]!, lines[4]!];
    expect(cutGluedStamps(glued)).toEqual(glued);
  });

  it('should cut the ending every occurrence shares when three or more are glued to digits and none shows its start', () => {
    // pypdf of a Chromium A4 print (chrome-break-variants --wide --dump pypdf, seed 216): every page's stamp glued to the
    // digits before it; '12/5/26, …' is the longest ending all four share (4, 7, 8, 0 before it), 478112 had been read at 0.85.
    const h = '12/5/26, 3:17 PM 示例市第 4816 局 2024 年政府信息公开工作年度报告';
    const raws = [`行政处罚 4781${h}`, `计其他情形）0 00 0 24 0 24${h}`, `申请13 00 0 24 0 37${h}`, `网站标识码 1234567890${h}`];
    expect(cutGluedStamps(raws)).toEqual(['行政处罚 4781', '计其他情形）0 00 0 24 0 24', '申请13 00 0 24 0 37', '网站标识码 1234567890']);
  });

  it("should not take an amount's decimal point for where the stamp starts (pypdf of a Chromium A5 print)", () => {
    // '5840.7' + '12/5/26, 2:52 PM …' and '397' + the stamp: '712/5/26' ends both, yet only '计' and '日' show its start.
    const h = '12/5/26, 2:52 PM 示例市第 4606 局 2024 年政府信息公开工作年度报告';
    const raws = [`件13 16 16${h}`, `费5840.7${h}`, `报投诉类0 0 087 288 22 397${h}`, `计${h}`, `2025年 1月 20 日${h}`];
    expect(cutGluedStamps(raws)).toEqual(['件13 16 16', '费5840.7', '报投诉类0 0 087 288 22 397', '计', '2025年 1月 20 日']);
  });

  it('should cut nothing when the stamp is printed once (a byline with a time)', () => {
    const once = ['发布时间：2025-01-20 10:30', '规章 1 0 4'];
    expect(cutGluedStamps(once)).toEqual(once);
  });

  it('should leave a stamp followed by more than the page title (report text) on its line', () => {
    const text = [lines[0]!, '（二）部分公开 0 61 0 0 0 711/25/26, 1:55 PM 来源：本局，共 3 件'];
    expect(cutGluedStamps(text)).toEqual(['第二十条第（六）项', text[1]]);
  });

  it('should read the row before the glued header with its last value in the pypdf dump', async () => {
    const raws = readFileSync(join(FIXTURES, 'pypdf-chromium-web.txt'), 'utf8').split('\n');
    const cut = cutGluedStamps(raws);
    expect(cut.filter((l) => l.includes('1:55 PM') && !/^11\/25\/26/.test(l))).toEqual([]);
    expect(cut.some((l) => l.endsWith('0 61 0 0 0 7'))).toBe(true);
  });
});
