/**
 * Hostile inputs, round two (issue 21): deep nesting, huge decoded sizes, zip bombs, binary given
 * as text, output folders that cannot be written. Fast versions of the slow cases: the growth rate
 * of the work (counted, not timed) and the limits, on small inputs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs } from '../src/batch/list-inputs.js';
import { Progress } from '../src/batch/progress.js';
import { compareReport, extract, safeExtract, type Golden } from '../src/index.js';
import { MAX_DOCX_ELEMENTS, MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED, MAX_DOCX_XML } from '../src/load/docx-archive.js';
import { boundedParser, MAX_OPEN } from '../src/load/html-parser.js';
import { statedTotals } from '../src/map/narrative.js';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from '../src/load/text-limits.js';
import { docx } from './helpers/zip.js';
import { ROOT } from './helpers/paths.js';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'samples', name)));
const golden = (stem: string): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', `${stem}.golden.json`), 'utf8')) as Golden;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * The parser's work on `<table><tr><td>` × n: the depth of the open-element stack summed over the
 * open tags (htmlparser2 moves the whole stack at each open tag: that sum is its cost).
 */
function nestingWork(n: number): { work: number; maxDepth: number } {
  let depth = 0;
  let work = 0;
  let maxDepth = 0;
  const parser = boundedParser(
    {
      onopentagname() {
        work += depth++;
        maxDepth = Math.max(maxDepth, depth);
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(`<html><body>${'<table><tr><td>'.repeat(n)}x</body></html>`);
  return { work, maxDepth };
}

describe('HTML nested deeply', () => {
  it('should parse <table><tr><td> × n in work linear in n (the open-element stack is bounded)', () => {
    const small = nestingWork(2_000);
    const large = nestingWork(8_000);
    expect(large.maxDepth).toBeLessThanOrEqual(MAX_OPEN);
    // Linear: 4× the tags, ~4× the work (quadratic would be 16×).
    expect(large.work / small.work).toBeLessThan(5);
  });

  it('should still read the report around a nest of 20 000 tables', async () => {
    const page = new TextDecoder().decode(sample('html-cms-utf8.html'));
    const at = page.lastIndexOf('</body>');
    const hostile = `${page.slice(0, at)}${'<table><tr><td>'.repeat(20_000)}尾注${page.slice(at)}`;
    const report = await extract(enc(hostile), { name: 'nested.html' });
    expect(compareReport('html-cms-utf8', report, golden('html-cms-utf8')).fields.filter((f) => !f.ok)).toEqual([]);
  });
});

describe('HTML table cells holding a deep chain beside many elements (fuzzer finding)', () => {
  it('should read the tables around cells of 60 000 <p><span> opened and closed, in a time linear in the page', async () => {
    // The bounded parser nests the first 256 pairs 512 deep and makes each unmatched </p> an empty
    // <p> beside them. cheerio's find() (css-select) over such a cell took ~50 s for one table;
    // the tables are now walked node by node (html-table.ts): a few seconds for the page.
    const page = new TextDecoder().decode(sample('html-cms-utf8.html'));
    const chain = `${'<p><span>'.repeat(60_000)}${'</span></p>'.repeat(60_000)}`;
    let hostile = page;
    for (const k of [3, 9]) {
      let at = -1;
      for (let i = 0; i < k; i++) at = hostile.indexOf('<td', at + 1);
      at = hostile.indexOf('>', at) + 1;
      hostile = hostile.slice(0, at) + chain + hostile.slice(at);
    }
    const report = await extract(enc(hostile), { name: 'cells.html' });
    expect(compareReport('html-cms-utf8', report, golden('html-cms-utf8')).fields.filter((f) => !f.ok)).toEqual([]);
  });
});

const para = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('.docx limits: what an archive may unpack to', () => {
  const code = async (bytes: Uint8Array): Promise<string> => {
    const r = await safeExtract(bytes, { name: 'hostile.docx' });
    return r.success ? 'ok' : `${r.error.code} ${r.error.message}`;
  };

  it('should read a small hand-made .docx (the writer makes documents mammoth reads)', async () => {
    expect(await code(docx(para('一、总体情况') + para('本机关2024年政府信息公开工作年度报告')))).toMatch(/^E_NOT_A_REPORT/);
  });

  it('should refuse more XML elements than MAX_DOCX_ELEMENTS (a few KB zipped)', async () => {
    expect(await code(docx(Buffer.alloc((MAX_DOCX_ELEMENTS + 10) * 6, '<w:p/>')))).toMatch(new RegExp(`^E_TOO_LARGE .*limit of ${MAX_DOCX_ELEMENTS} elements`));
  });

  it('should refuse an entry that inflates past the limit whatever its header declares', async () => {
    const xml = Buffer.alloc(MAX_DOCX_XML + 1024, ' ');
    expect(await code(docx(xml, [], 1000))).toMatch(new RegExp(`^E_TOO_LARGE .*limit of ${MAX_DOCX_XML} bytes of XML`));
  });

  it('should refuse an archive declaring more than MAX_DOCX_UNPACKED, and one of too many entries, before inflating', async () => {
    const media = { name: 'word/media/image1.png', data: Buffer.alloc(10), declared: MAX_DOCX_UNPACKED };
    expect(await code(docx(para('x'), [media]))).toMatch(new RegExp(`^E_TOO_LARGE .*limit of ${MAX_DOCX_UNPACKED} bytes`));
    const many = Array.from({ length: MAX_DOCX_ENTRIES }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(0), store: true }));
    expect(await code(docx(para('x'), many))).toMatch(new RegExp(`^E_TOO_LARGE .*limit of ${MAX_DOCX_ENTRIES} entries`));
  });

  it('should call a ZIP that cannot be walked E_DECODE', async () => {
    const good = docx(para('x'));
    expect(await code(good.subarray(0, good.length - 30))).toMatch(/^E_DECODE/);
    const wrongMethod = Buffer.from(good);
    wrongMethod.writeUInt16LE(99, wrongMethod.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(await code(wrongMethod)).toMatch(/^E_DECODE/);
  });
});

describe('decoded size limits', () => {
  it('should refuse a one-line text over MAX_TEXT_CHARS with E_TOO_LARGE naming the limit, before any stage reads it', async () => {
    const line = '本机关2024年政府信息公开工作年度报告 一、总体情况 12 34 '.repeat(Math.ceil((MAX_TEXT_CHARS + 100) / 34));
    const r = await safeExtract(enc(line), { name: 'one-line.txt' });
    expect(r.success ? 'ok' : r.error.code).toBe('E_TOO_LARGE');
    expect(r.success ? '' : r.error.message).toContain('MAX_TEXT_CHARS');
  });

  it('should refuse a page over MAX_HTML_CHARS after decoding, and a page whose text is over MAX_TEXT_CHARS', async () => {
    const huge = await safeExtract(enc(`<html><body><!--${' '.repeat(MAX_HTML_CHARS)}--><p>一、总体情况</p></body></html>`), { name: 'a.html' });
    expect(huge.success ? '' : huge.error.message).toMatch(/^a\.html: .*MAX_HTML_CHARS/);
    // Long paragraphs: the text is over the limit without millions of elements to parse first.
    const text = await safeExtract(enc(`<html><body>${`<p>${'一、总体情况 本机关'.repeat(1000)}</p>`.repeat(Math.ceil(MAX_TEXT_CHARS / 10_000))}</body></html>`), { name: 'b.html' });
    expect(text.success ? '' : text.error.message).toMatch(/^b\.html: .*MAX_TEXT_CHARS/);
  });
});

describe('batch listing with symlinked folders', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'xxgk-list-'));
    mkdirSync(join(root, 'in', 'a', 'b'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    for (const f of ['in/top.txt', 'in/a/one.html', 'in/a/b/two.pdf', 'elsewhere/three.docx']) writeFileSync(join(root, f), f);
    symlinkSync('..', join(root, 'in', 'a', 'up')); // two links to a parent: a loop each
    symlinkSync('../..', join(root, 'in', 'a', 'b', 'upup'));
    symlinkSync(join(root, 'in', 'top.txt'), join(root, 'in', 'a', 'again.txt')); // a second path to a file
    symlinkSync(join(root, 'elsewhere'), join(root, 'in', 'linked')); // a folder linked in from outside
    symlinkSync('../..', join(root, 'in', 'a', 'around')); // up past the input: everything around it
    symlinkSync('/', join(root, 'in', 'a', 'b', 'slash'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should end, and list every real file once by a path without links when it has one', async () => {
    const files = await listInputs([join(root, 'in'), join(root, 'in', 'a')]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['in/a/b/two.pdf', 'in/a/one.html', 'in/linked/three.docx', 'in/top.txt']);
  });
});

/** A seeded PRNG, so every run feeds the same bytes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('binary given as text or .docx', () => {
  /** Shapes of binary that decode without control characters: high bytes, GB2312 pairs, random ideographs in UTF-8. */
  const shapes: Record<string, (r: () => number, n: number) => Uint8Array> = {
    any: (r, n) => Uint8Array.from({ length: n }, () => Math.floor(r() * 256)),
    high: (r, n) => Uint8Array.from({ length: n }, () => 0x80 | Math.floor(r() * 128)),
    gb2312: (r, n) => Uint8Array.from({ length: n }, (_, i) => (i % 2 ? 0xa1 + Math.floor(r() * 94) : 0xb0 + Math.floor(r() * 72))),
    ideographs: (r, n) => enc(Array.from({ length: n / 3 }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 20_000))).join('')),
  };

  it.each(Object.keys(shapes))('should call %s bytes E_DECODE, as .txt and as .docx, at every size and seed', async (shape) => {
    for (const seed of [1, 2, 3])
      for (const n of [300, 3_000, 60_000])
        for (const name of ['x.txt', 'x.docx']) {
          const r = await safeExtract(shapes[shape]!(rng(seed * 7 + n), n), { name });
          expect([name, n, seed, r.success ? 'ok' : r.error.code]).toEqual([name, n, seed, 'E_DECODE']);
        }
  });
});

describe('progress lines', () => {
  it('should escape control characters of file names: one line per document, no terminal escapes', () => {
    let written = '';
    const progress = new Progress({ write: (s: string) => ((written += s), true), isTTY: false }, 2);
    progress.tick('in/evil\n[2/2] ok forged.txt\u001b[2J\u202e.txt', { ok: true });
    progress.tick('in/plain 报告.txt', { ok: false, code: 'E_DECODE' });
    expect(written.split('\n')).toEqual(['[1/2] ok in/evil\\u000a[2/2] ok forged.txt\\u001b[2J\\u202e.txt', '[2/2] failed E_DECODE in/plain 报告.txt', '']);
  });
});

describe('huge lines', () => {
  it('should read a stated total after a run of 100 000 digits in one pass (no regex retried at every digit)', () => {
    // Quadratic, this is ~5·10⁹ steps and runs past the test's timeout; linear, a few ms.
    const line = { cells: [`本年度${'0'.repeat(100_000)}7件结转下年度`], separated: false, source: { line: 1 } };
    expect(statedTotals([line]).get('requests.carriedForward.total')).toBe(7);
  });
});
