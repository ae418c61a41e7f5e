#!/usr/bin/env node
/**
 * Review pages at scale: replicates the extracted samples into a results.jsonl of N reports (default
 * 5000; distinct hashes and names), writes the review pages, and, when /usr/bin/chromium and
 * playwright-core are there, times loading the index and one report page in headless Chromium.
 * Also writes docs/review-index.png and docs/review-report.png with `--screenshots`.
 * Usage: npm run build && node scripts/bench-review.mjs [N] [--screenshots]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5000);
const shots = process.argv.includes('--screenshots');
const { listInputs, runBatch, rowsOfRun, crossYearChecks } = await import(join(ROOT, 'dist', 'batch', 'index.js'));
const { writeReviewSite } = await import(join(ROOT, 'dist', 'review', 'index.js'));

const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-review-'));
const seed = join(dir, 'seed');
await runBatch(await listInputs([join(ROOT, 'samples')]), { out: seed, workers: 2, review: false });
const rows = readFileSync(join(seed, 'results.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lines = [];
for (let i = 0; i < n; i++) {
  const row = structuredClone(rows[i % rows.length]);
  row.sha256 = createHash('sha256').update(`${i}`).digest('hex');
  row.file = `archive/${i % 50}/${i}-${row.file.split('/').pop()}`;
  if (row.report) row.report.source.sha256 = row.sha256;
  lines.push(JSON.stringify(row));
}
const big = join(dir, 'big');
mkdirSync(big);
writeFileSync(join(big, 'results.jsonl'), `${lines.join('\n')}\n`);
let t = performance.now();
const { index } = await writeReviewSite(join(big, 'review'), rowsOfRun(join(big, 'results.jsonl')), crossYearChecks([]));
const writeMs = performance.now() - t;
const result = { reports: n, writeSeconds: +(writeMs / 1000).toFixed(1), indexBytes: statSync(index).size };
if (existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'xxgk-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 1000 }, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await ctx.newPage();
  const times = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    await page.goto(`file://${index}`, { waitUntil: 'load' });
    times.push(performance.now() - t);
  }
  const paint = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]));
  result.indexLoadMs = times.map(Math.round);
  result.paint = Object.fromEntries(paint);
  const href = await page.locator('.idx a').nth(7).getAttribute('href');
  t = performance.now();
  await page.goto(new URL(href, `file://${index}`).href, { waitUntil: 'load' });
  result.reportLoadMs = Math.round(performance.now() - t);
  if (shots) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.goto(`file://${join(seed, 'review', 'index.html')}`).catch(() => {});
    await writeReviewSite(join(seed, 'review'), rowsOfRun(join(seed, 'results.jsonl')), crossYearChecks([]));
    await page.goto(`file://${join(seed, 'review', 'index.html')}`);
    await page.screenshot({ path: join(ROOT, 'docs', 'review-index.png') });
    await page.locator('a', { hasText: '示例市第114局' }).first().click();
    await page.screenshot({ path: join(ROOT, 'docs', 'review-report.png') });
  }
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result, null, 1));
rmSync(dir, { recursive: true, force: true });
