/**
 * Hostile and broken inputs: each ends with a documented error code (or a valid report) within its
 * budget, and none crashes the process or returns an empty success. Fast enough for every `npm test`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { buildPdf } from '../src/_internal/mini-pdf.js';
import { compareReport, ERROR_CODES, extract, ReportSchema, safeExtract, type ExtractOptions, type Golden } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

/** Codes a broken document may end with; E_INTERNAL (our bug) and E_SCHEMA_VIOLATION never. */
const DOCUMENT_CODES = ERROR_CODES.filter((c) => !['E_INTERNAL', 'E_SCHEMA_VIOLATION', 'E_INVALID_OPTIONS', 'E_INPUT_NOT_FOUND'].includes(c));

/** Extracts and checks the outcome is a valid, non-empty report or a documented document error. */
async function outcome(bytes: Uint8Array, options: ExtractOptions = {}): Promise<string> {
  const r = await safeExtract(bytes, { timeoutMs: 20_000, ...options });
  if (!r.success) {
    expect(DOCUMENT_CODES).toContain(r.error.code);
    return r.error.code;
  }
  expect(ReportSchema.safeParse(r.report).success).toBe(true);
  const values = Object.values(r.report.fields).filter((f) => !f.flags.includes('missing'));
  expect(values.length + r.report.sections.length).toBeGreaterThan(0);
  return 'ok';
}

const sample = (f: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'samples', f)));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A seeded PRNG, so every run feeds the same bytes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('robustness: PDFs', () => {
  const pdf = sample('pdf-libreoffice-word.pdf');

  it('should end every truncation of a PDF with a code or a valid report', async () => {
    const outcomes = new Set<string>();
    for (const share of [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]) {
      outcomes.add(await outcome(pdf.subarray(0, Math.floor(pdf.length * share))));
    }
    expect(outcomes.has('E_PDF_CORRUPT') || outcomes.has('E_PDF_NO_TEXT')).toBe(true);
  });

  it('should survive flipped bytes anywhere in a PDF', async () => {
    const random = rng(9);
    for (let i = 0; i < 12; i++) {
      const copy = pdf.slice();
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(random() * copy.length);
        copy[at] = copy[at]! ^ (1 + Math.floor(random() * 255));
      }
      await outcome(copy);
    }
  });

  it('should refuse a PDF with no pages, and one with only empty pages', async () => {
    expect(await outcome(buildPdf([]))).toBe('E_PDF_CORRUPT');
    expect(await outcome(buildPdf([{ content: '' }, { content: '' }]))).toBe('E_PDF_NO_TEXT');
  });

  it('should refuse a PDF bomb of pages with E_TOO_LARGE before reading them', async () => {
    const pages = Array.from({ length: 3000 }, () => ({ content: 'BT /F1 10 Tf 10 10 Td (1) Tj ET' }));
    // Refused from the page count alone: within the per-document budget even on a loaded machine.
    expect(await outcome(buildPdf(pages))).toBe('E_TOO_LARGE');
  });

  it('should not let a page of a million rulings stall the grid builder', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(`${(i % 500) + 10} 10 m ${(i % 500) + 10} 800 l ${10} ${(i % 700) + 20} m 580 ${(i % 700) + 20} l`);
    const content = `${lines.join('\n')} S BT /F1 10 Tf 20 30 Td (1 2 3 4) Tj ET`;
    // A stall shows as E_TIMEOUT from the per-document budget (no wall-clock assertion: shared machines are noisy).
    expect(await outcome(buildPdf([{ content }]), { timeoutMs: 60_000 })).not.toBe('E_TIMEOUT');
  }, 90_000);
});

describe('robustness: HTML and text', () => {
  it('should read deeply nested HTML without overflowing the stack', async () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}一、总体情况<p>二、主动公开政府信息情况</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(['ok', 'E_NOT_A_REPORT']).toContain(await outcome(enc(html)));
  });

  it('should read a page of several MB of site chrome around a report', async () => {
    const page = new TextDecoder().decode(sample('html-cms-utf8.html'));
    const chrome = `<ul>${'<li><a href="/x">政务公开栏目导航链接</a></li>'.repeat(90_000)}</ul>`;
    const big = page.replace('<body>', `<body>${chrome}`);
    expect(big.length).toBeGreaterThan(3_000_000);
    expect(await outcome(enc(big))).toBe('ok');
  });

  it.each([
    ['unclosed <a tags', '<a '.repeat(300_000)],
    ['unclosed <meta and <h1 tags', '<meta name=x content=y <h1 '.repeat(40_000)],
    ['container names everywhere but in tags', 'zoom TRS_Editor article-content '.repeat(30_000)],
    ['container tags that never close', '<div class="TRS_Editor">政府信息公开'.repeat(20_000)],
    ['unclosed comments and scripts', '<!-- <script> <style> '.repeat(50_000)],
  ])('should end a page of %s (patterns and container search stay linear)', async (_, junk) => {
    const page = new TextDecoder().decode(sample('html-cms-utf8.html'));
    expect(['ok', 'E_NOT_A_REPORT', 'E_EMPTY', 'E_TIMEOUT']).toContain(await outcome(enc(page.replace('<body>', `<body>${junk}`))));
  });

  it('should end a text of one 1 MB line of digits within its budget', async () => {
    // outcome() runs with a 20 s budget: ending at all (any documented code, E_TIMEOUT included) is the check.
    expect(['ok', 'E_NOT_A_REPORT', 'E_TOO_LARGE', 'E_TIMEOUT']).toContain(await outcome(enc(`一、总体情况二、主动公开政府信息情况行政许可${'1234567890'.repeat(100_000)}`)));
  });

  it('should read a report followed by 130 000 short lines (archive padding) as it reads the report alone', async () => {
    // Spreading every line into Math.max(...) overflowed the stack past ~120 000 lines (V8 default stack) (E_INTERNAL),
    // and a correction pattern ending in `$` run over each number's whole prefix cost the square of a
    // long prose run. The padding names numbers (a row label and a count) in one long run-on sentence.
    const report = new TextDecoder().decode(sample('quirk-layout-spaces.txt'));
    const padding = Array.from({ length: 130_000 }, (_, i) => `附件${i % 9}共${i % 97}件`).join('\n');
    const r = await safeExtract(enc(`${report}\n${padding}\n`), { name: 'padded.txt', timeoutMs: 120_000 });
    expect(r.success ? 'ok' : r.error.code).toBe('ok');
    if (!r.success) return;
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-layout-spaces.golden.json'), 'utf8')) as Golden;
    const cmp = compareReport('padded', r.report, golden);
    expect(cmp.silent).toBe(0);
    expect(cmp.fields.filter((f) => !f.ok)).toEqual([]);
  }, 180_000);

  it('should say E_DECODE for text in an encoding it is told wrongly, or for NUL bytes', async () => {
    const gbk = iconv.encode('一、总体情况\n二、主动公开政府信息情况\n', 'gb18030');
    expect(await outcome(new Uint8Array(gbk), { encoding: 'utf-8' })).toBe('E_DECODE');
    expect(await outcome(Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : 0x41)))).toBe('E_DECODE');
  });

  it('should end inputs the fuzzer found with a code (regressions)', async () => {
    // scripts/fuzz.mjs, seed 1: a mutated page whose attribute name made parse5 throw RangeError.
    const found = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'fuzz-parse5-invalid-code-point.html')));
    // Its UTF-8 is damaged by a few bytes: read as UTF-8 with U+FFFD in their place (it was GB18030
    // mojibake refused as E_DECODE before damaged UTF-8 was repaired), and the parser does not throw.
    expect(await outcome(found)).toBe('ok');
    expect((await extract(found, { name: 'f.html' })).warnings.map((w) => w.code)).toContain('encoding_repaired');
  });

  it('should skip a PDF page pdf.js cannot read, keep the others, and say so (fuzzer regressions)', async () => {
    // Mutants of pdf-libreoffice-word.pdf: page 4's content stream broken (pdf.js: 'Illegal
    // character'), and a page object broken on a PDF whose other page has no text.
    const fixture = (f: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', f)));
    const r = await safeExtract(fixture('fuzz-pdf-bad-flate-page4.pdf'));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.report.warnings.map((w) => w.code)).toContain('pdf_page_unreadable');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-libreoffice-word.golden.json'), 'utf8')) as Golden;
    const cmp = compareReport('mutant', r.report, golden);
    expect(cmp.silent).toBe(0);
    expect(cmp.correct).toBeGreaterThan(150);
    expect(await outcome(fixture('fuzz-pdf-bad-page-object.pdf'))).toBe('E_PDF_CORRUPT');
  });

  it('should leave out a page whose pdf.js reading stalled in an earlier run, name it, and read every other page (the page watch)', async () => {
    // What the helper process does on a rerun after the job runner killed it on a looping page
    // (test/batch.test.ts runs a real one): the stage is on the job's skip list. Each page in turn.
    const { watchJob } = await import('../src/_internal/stages.js');
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'samples', 'pdf-libreoffice-word.pdf')));
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-libreoffice-word.golden.json'), 'utf8')) as Golden;
    const correct: number[] = [];
    for (const page of [1, 2, 3, 4]) {
      watchJob(null, [{ stage: `pdf.js reading page ${page}`, ms: 1234 }]);
      const r = await safeExtract(bytes).finally(() => watchJob(null));
      if (!r.success) throw new Error(`page ${page} skipped: ${r.error.message}`);
      expect(r.report.warnings).toContainEqual({ code: 'pdf_page_unreadable', message: `page ${page} cannot be read (pdf.js did not finish reading it within 1234 ms of CPU time and was stopped): its content is missing` });
      const cmp = compareReport('skipped', r.report, golden);
      expect(cmp.silent).toBe(0);
      correct.push(cmp.correct);
      expect(Object.values(r.report.fields).some((f) => f.source && 'page' in f.source && f.source.page === page)).toBe(false);
    }
    // Each page's loss shows: fewer values right than the whole document's.
    const whole = compareReport('whole', ((await safeExtract(bytes)) as { report: Parameters<typeof compareReport>[1] }).report, golden).correct;
    for (const c of correct) expect(c).toBeLessThanOrEqual(whole);
    expect(Math.min(...correct)).toBeLessThan(whole);
  });

  it('should end random bytes of every size with a code', async () => {
    const random = rng(42);
    for (const size of [1, 7, 64, 1024, 65_536]) {
      const bytes = Uint8Array.from({ length: size }, () => Math.floor(random() * 256));
      expect(await outcome(bytes)).not.toBe('ok');
    }
  });
});
