/**
 * The batch outputs as a user meets them: `xxgk batch --xlsx` over a mixed folder writes fields.csv,
 * the wide CSVs and codebook, a workbook that opens, the review pages (opened in headless Chromium
 * when /usr/bin/chromium is there); shards merge to the results of one batch; corrections
 * round-trip; compare refuses an ambiguous pairing. The built CLI in child processes.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { BatchRow, BatchSummary } from '../src/batch/index.js';
import { parseCsv } from '../src/export/csv-cell.js';
import { keysOfVersion } from '../src/export/location.js';
import { ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';

async function xxgk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return xxgkIn(process.cwd(), ...args);
}

async function xxgkIn(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 2 ** 20, cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const readJsonl = (f: string): BatchRow[] => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BatchRow);
const csv = (f: string): string[][] => parseCsv(readFileSync(f, 'utf8'));

const INPUTS: Record<string, string> = {
  'quirk-tab.txt': 'a/quirk-tab.txt',
  'quirk-2019.txt': 'a/quirk-2019.txt',
  'quirk-fused-dump.txt': 'b/quirk-fused-dump.txt',
  'quirk-wrong-total.txt': 'b/=HYPERLINK("x").txt', // a file name a spreadsheet would run
  'xyear-2023.txt': 'c/xyear-2023.txt',
  'xyear-2024.txt': 'c/xyear-2024.txt',
  'bad/empty.txt': 'c/empty.txt',
};

let dir: string;
let full: string;
beforeAll(async () => {
  expect(existsSync(BIN)).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'xxgk-outputs-'));
  for (const [src, dst] of Object.entries(INPUTS)) {
    mkdirSync(join(dir, 'in', dst, '..'), { recursive: true });
    copyFileSync(join(ROOT, 'samples', src), join(dir, 'in', dst));
  }
  full = join(dir, 'full');
  const r = await xxgk('batch', join(dir, 'in'), '--out', full, '--xlsx', '--workers', '2');
  expect(r.code).toBe(1); // empty.txt fails
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch outputs', () => {
  it('should write fields.csv: one row per report × field of its template, one for a failed document', () => {
    const [head, ...rows] = csv(join(full, 'fields.csv'));
    expect(head).toEqual(['file', 'sha256', 'agency', 'year', 'templateVersion', 'key', 'table', 'row', 'column', 'value', 'status', 'confidence', 'flags', 'candidates', 'sourceText', 'page']);
    const reports = readJsonl(join(full, 'results.jsonl')).filter((r) => r.report);
    const expected = reports.reduce((n, r) => n + keysOfVersion(r.report!.meta.templateVersion === '2019' ? '2019' : '2021').filter((k) => r.report!.fields[k]).length, 0);
    expect(rows.filter((r) => r[10] !== 'failed')).toHaveLength(expected);
    expect(rows.filter((r) => r[10] === 'failed').map((r) => r[12])).toEqual(['E_EMPTY']);
    expect(rows.find((r) => r[0]!.includes('HYPERLINK'))![0]).toMatch(/HYPERLINK\("x"\)\.txt$/); // quotes survive
    expect(rows.some((r) => r[10] === 'ambiguous' && /\d+ \| \d+/.test(r[13]!))).toBe(true); // the fused dump
  });

  it('should neutralise a cell that starts like a formula (a file named =HYPERLINK…) in every CSV', async () => {
    const out = join(dir, 'inject');
    await xxgkIn(join(dir, 'in', 'b'), 'batch', '=HYPERLINK("x").txt', '--out', out, '--workers', '0');
    for (const f of ['results.csv', 'fields.csv', 'results-2021.csv']) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text).toContain(`"'=HYPERLINK(""x"").txt"`);
      expect(text).not.toMatch(/(^|\n|,)"?=HYPERLINK/);
    }
  }, 60_000);

  it('should write one wide CSV per template version with Chinese headers, and the codebook', () => {
    const w21 = csv(join(full, 'results-2021.csv'));
    const w19 = csv(join(full, 'results-2019.csv'));
    expect(w21[0]!.slice(0, 4)).toEqual(['文件', 'sha256', '读取结果', '需核对']);
    expect(w21[0]).toContain('表三·三、本年度办理结果 （一）予以公开·总计');
    expect(w19).toHaveLength(2); // header + quirk-2019
    expect(w19[1]![0]).toMatch(/quirk-2019\.txt$/);
    expect(w21.find((r) => r[0]!.endsWith('empty.txt'))![2]).toBe('失败 E_EMPTY');
    const book = csv(join(full, 'codebook.csv'));
    const byHeader = new Map(book.slice(1).map((r) => [r[0], r[1]]));
    expect(byHeader.get('表三·三、本年度办理结果 （一）予以公开·总计')).toBe('requests.granted.total');
    for (const h of [...w21[0]!, ...w19[0]!]) expect(byHeader.has(h)).toBe(true);
  });

  it('should write a workbook that opens, with summary, legend, wide, long and report sheets and commented problem cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(full, 'results.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 5)).toEqual(['汇总', '说明', '2021年模板', '2019年模板', '字段明细']);
    expect(names.length).toBe(5 + 6); // one sheet per report read
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(2).getCell(3).value).toBe('失败 E_EMPTY'); // most in need of attention first
    const notes: string[] = [];
    wb.worksheets.slice(5).forEach((ws) => ws.eachRow((r) => r.eachCell((c) => void (c.note && notes.push(String(typeof c.note === 'string' ? c.note : JSON.stringify(c.note)))))));
    expect(notes.some((n) => n.includes('有几种读法都说得通'))).toBe(true);
    const sheet = wb.worksheets.find((w) => w.name.includes('2019'))!;
    expect(sheet.getCell('A1').value).toBeTruthy();
  });

  it('should write the review index and one page per document, most in need first', () => {
    const index = readFileSync(join(full, 'review', 'index.html'), 'utf8');
    expect(index).toContain('政府信息公开年度报告读取结果核对');
    expect(readdirSync(join(full, 'review', 'r'))).toHaveLength(7);
    const order = [...index.matchAll(/<a href="r\/[^"]+">([^<]+)<\/a><br><span class="meta">([^<]+)</g)].map((m) => m[2]!);
    expect(order[0]).toMatch(/empty\.txt$/);
    // The two xyear reports (a cross-year mismatch) come before reports with nothing to check.
    expect(order.findIndex((f) => f.endsWith('xyear-2024.txt'))).toBeLessThan(order.findIndex((f) => f.endsWith('quirk-tab.txt')));
    expect(index).not.toMatch(/<script/);
  });

  it('should rewrite the pages with xxgk review DIR --out', async () => {
    const out = join(dir, 'pages');
    const r = await xxgk('review', full, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(readFileSync(join(full, 'review', 'index.html'), 'utf8'));
    expect((await xxgk('review', join(dir, 'nothing-here'))).code).toBe(2);
  });
});

describe('shards and merge', () => {
  it('should leave a results.jsonl in every shard, also one that drew no file', async () => {
    // One file over three shards: at least two shards are empty, whatever the path hashes to.
    const one = join(dir, 'in', 'a', 'quirk-tab.txt');
    const outs = [1, 2, 3].map((i) => join(dir, `one${i}`));
    for (const [i, out] of outs.entries()) await xxgk('batch', one, '--out', out, '--shard', `${i + 1}/3`, '--workers', '1');
    expect(outs.map((o) => readJsonl(join(o, 'results.jsonl')).length).sort()).toEqual([0, 0, 1]);
  });

  it('should partition disjointly and completely and merge to the results of one batch', async () => {
    const shards = [1, 2, 3].map((i) => join(dir, `shard${i}`));
    for (const [i, out] of shards.entries()) await xxgk('batch', join(dir, 'in'), '--out', out, '--shard', `${i + 1}/3`, '--workers', '1');
    const files = shards.map((s) => readJsonl(join(s, 'results.jsonl')).map((r) => r.file));
    expect(files.flat().sort()).toEqual(readJsonl(join(full, 'results.jsonl')).map((r) => r.file).sort());
    expect(new Set(files.flat()).size).toBe(files.flat().length);
    const merged = join(dir, 'merged');
    expect((await xxgk('merge', ...shards, '--out', merged)).code).toBe(1); // empty.txt failed
    const strip = (rows: BatchRow[]): unknown[] => rows.map(({ ms: _ms, ...r }) => r).sort((a, b) => (a.file < b.file ? -1 : 1));
    expect(strip(readJsonl(join(merged, 'results.jsonl')))).toEqual(strip(readJsonl(join(full, 'results.jsonl'))));
    const summary = (d: string): Partial<BatchSummary> => {
      const { ms: _ms, workers: _w, skipped: _s, files, ...rest } = JSON.parse(readFileSync(join(d, 'summary.json'), 'utf8')) as BatchSummary;
      return { ...rest, files: files.map(({ ms: _m, ...f }) => f as BatchSummary['files'][number]) };
    };
    expect(summary(merged)).toEqual(summary(full));
    expect(summary(merged).crossYear!.mismatches.length).toBeGreaterThan(0); // xyear pair joined across shards
    for (const f of ['results.csv', 'fields.csv', 'results-2021.csv', 'results-2019.csv']) {
      expect(readFileSync(join(merged, f), 'utf8').split('\r\n').sort()).toEqual(readFileSync(join(full, f), 'utf8').split('\r\n').sort());
    }
    expect((await xxgk('merge', join(dir, 'nope'), '--out', merged)).code).toBe(2);
  }, 120_000);
});

describe('corrections', () => {
  it('should apply a corrections file, keep the reading, and serve as golden for compare', async () => {
    const rows = readJsonl(join(full, 'results.jsonl'));
    const target = rows.find((r) => r.file.endsWith('quirk-tab.txt'))!;
    const corrections = join(dir, 'corrections.csv');
    writeFileSync(corrections, `sha256,key,value,who,why\r\n${target.sha256},requests.granted.total,999,王五,对照原文第2页\r\n${'0'.repeat(64)},requests.granted.total,1,王五,不在本批\r\n`);
    const out = join(dir, 'corrected');
    mkdirSync(out);
    copyFileSync(join(full, 'results.jsonl'), join(out, 'results.jsonl')); // resume: only the corrected document is extracted again
    const r = await xxgk('batch', join(dir, 'in'), '--out', out, '--corrections', corrections, '--workers', '2');
    expect(r.stderr).toMatch(/corrections: 1 values set, 1 not applied/);
    const fixed = readJsonl(join(out, 'results.jsonl')).filter((x) => x.sha256 === target.sha256).at(-1)!.report!; // the last line of a document is its result
    expect(fixed.fields['requests.granted.total']).toMatchObject({ confidence: 1, flags: ['corrected'], correction: { who: '王五', original: { value: (target.report!.data.requests as Record<string, Record<string, number>>)['granted']!['total'] } } });
    expect(fixed.checks.some((c) => !c.ok && c.keys.includes('requests.granted.total'))).toBe(true);
    const fields = csv(join(out, 'fields.csv')).find((x) => x[1] === target.sha256 && x[5] === 'requests.granted.total')!;
    expect([fields[9], fields[10]]).toEqual(['999', 'corrected']);
    const page = readFileSync(join(out, 'review', 'r', `${target.sha256.slice(0, 16)}.html`), 'utf8');
    expect(page).toContain('王五');
    // The corrected batch as golden: the original extraction differs in exactly that field.
    const cmp = await xxgk('compare', join(full, 'results.jsonl'), join(out, 'results.jsonl'));
    expect(cmp.code).toBe(1);
    expect(cmp.stdout).toMatch(/requests\.granted\.total: expected 999/);
    expect(cmp.stdout.match(/✖ requests\./g)).toHaveLength(1);
    expect((await xxgk('compare', join(out, 'results.jsonl'), join(out, 'results.jsonl'))).code).toBe(0);
    // Resumed without --corrections: the document is done, its corrected line stays.
    await xxgk('batch', join(dir, 'in'), '--out', out, '--workers', '2');
    const back = readJsonl(join(out, 'results.jsonl')).filter((x) => x.sha256 === target.sha256).at(-1)!;
    expect(back.report!.fields['requests.granted.total']!.flags).toContain('corrected'); // kept: no --corrections means resume as is
  }, 120_000);
});

describe('compare pairing', () => {
  it('should refuse a golden that names several extractions (exit 2, naming them)', async () => {
    const g = join(dir, 'g');
    mkdirSync(join(g, 'one'), { recursive: true });
    // Real goldens (a `{ data: {} }` is no golden since compare refuses one: exit 2 for that reason instead).
    const golden = readFileSync(join(ROOT, 'golden', 'quirk-tab.golden.json'), 'utf8');
    writeFileSync(join(g, 'quirk-tab.golden.json'), golden);
    writeFileSync(join(g, 'one', 'golden.json'), golden);
    const r = await xxgk('compare', join(full, 'results.jsonl'), join(g, 'one', 'golden.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one\/golden\.json: no extraction named 'one'/);
    const twice = join(dir, 'twice');
    mkdirSync(join(twice, 'x'), { recursive: true });
    mkdirSync(join(twice, 'y'), { recursive: true });
    copyFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), join(twice, 'x', 'report.txt'));
    copyFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), join(twice, 'y', 'report.txt'));
    await xxgk('batch', twice, '--out', join(dir, 'twice-out'), '--workers', '1');
    writeFileSync(join(g, 'report.golden.json'), golden);
    const amb = await xxgk('compare', join(dir, 'twice-out', 'results.jsonl'), join(g, 'report.golden.json'));
    expect(amb.code).toBe(2);
    expect(amb.stderr).toMatch(/ambiguous, 'report' names 2 extractions: .*x\/report\.txt, .*y\/report\.txt/);
  }, 60_000);
});

const haveChromium = existsSync(CHROMIUM);
(haveChromium ? describe : describe.skip)('review pages in headless Chromium', () => {
  it('should open the index, follow a report, show outlined problem cells with Chinese reasons, and download corrections', async () => {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'xxgk-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(full, 'review', 'index.html')}`);
      expect(await page.title()).toMatch(/读取结果核对：7 份报告/);
      expect(await page.locator('.idx .ib .ir').count()).toBe(7);
      expect(await page.locator('.idx .ib .ir').first().innerText()).toMatch(/未能读取：文件是空的/);
      await page.locator('a', { hasText: '示例市第114局' }).first().click(); // the fused dump: undetermined values
      await page.waitForSelector('h1');
      expect(await page.locator('td.bad').count()).toBeGreaterThan(0);
      const outline = await page.locator('td.bad').first().evaluate((el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      const notes = await page.locator('ol.notes').first().innerText();
      expect(notes).toMatch(/有几种读法都说得通：可能是 \d+ 或 \d+/);
      expect(await page.locator('h2', { hasText: '这些格子读自原文的哪一行' }).count()).toBe(1);
      await page.locator('input.fix').first().fill('7');
      await page.fill('#who', '赵六');
      await page.fill('#why', '对照原文');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl')]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).toMatch(/^\uFEFFsha256,key,value,who,why\r\n[0-9a-f]{64},[\w.]+,7,赵六,对照原文\r\n$/);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
