#!/usr/bin/env node
/**
 * @file The measurement behind `extract`'s in-process path (src/isolate.ts, `INLINE_MAX_BYTES`):
 * hostile text and HTML shapes filled up to the size limit (and a few at 2× and 4× it, to see the
 * growth), each extracted in a fresh process in this process's thread, its wall time and peak RSS
 * recorded. `node scripts/bench-inline.mjs [--kib 64] [--scales 1,2,4] [--runs 1]` (run it under `nice`; the
 * machine is shared). The worst case, times the safety factor, must stay under the smallest
 * budget the in-process path accepts (`INLINE_MIN_TIMEOUT_MS`, `INLINE_MIN_HEAP_MB`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KIB = numberArg('kib', 64);
const sample = (f) => readFileSync(join(ROOT, 'samples', f), 'utf8');
const CJK = '一二三四五六七八九十总计本年新收到申请件政府信息公开年度报告不予公开';

/** A seeded PRNG: the same bytes on every run. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `body` repeated (or cut) to `bytes` UTF-8 bytes. */
function fill(unit, bytes) {
  const n = Buffer.byteLength(unit);
  return Buffer.from(unit.repeat(Math.max(1, Math.floor(bytes / n)))).subarray(0, bytes);
}

/** `extra` inserted in the middle of `doc`, cut so the whole is `bytes`. */
function around(doc, extra, bytes) {
  const d = Buffer.from(doc);
  const at = Math.floor(d.length / 2);
  const room = Math.max(0, bytes - d.length);
  return Buffer.concat([d.subarray(0, at), fill(extra, room), d.subarray(at)]);
}

/** Shapes: [name, extension, (bytes) => Buffer]. */
const SHAPES = [
  ['report repeated', 'txt', (b) => fill(`${sample('quirk-2019.txt')}\n`, b)],
  ['cell-per-line repeated', 'txt', (b) => fill(`${sample('quirk-cell-per-line.txt')}\n`, b)],
  ['rows of 总计 1 2 3', 'txt', (b) => around(sample('quirk-2019.txt'), '总计\t1\t2\t3\n', b)],
  ['one line of tab cells', 'txt', (b) => around(sample('quirk-2019.txt'), '总计\t1\t2\t3\t', b)],
  ['one line of CJK', 'txt', (b) => { const r = rng(1); return around(sample('quirk-2019.txt'), Array.from({ length: 4096 }, () => CJK[Math.floor(r() * CJK.length)]).join(''), b); }],
  ['digit run', 'txt', (b) => around(sample('quirk-2019.txt'), '0', b)],
  ['spaced numbers', 'txt', (b) => around(sample('quirk-2019.txt'), '1234567890 ', b)],
  ['fused digit rows', 'txt', (b) => { const r = rng(2); return around(sample('quirk-fused-dump.txt'), Array.from({ length: 200 }, () => `（三）不予公开 ${Array.from({ length: 18 }, () => Math.floor(r() * 10)).join('')}\n`).join(''), b); }],
  ['values one per line', 'txt', (b) => { const r = rng(3); return around(sample('quirk-cell-per-line.txt'), Array.from({ length: 400 }, (_, i) => (i % 9 ? `${Math.floor(r() * 50)}\n` : '行政许可\n')).join(''), b); }],
  ['every line doubled', 'txt', (b) => fill(sample('quirk-2019.txt').split('\n').map((l) => [...l].map((c) => c + c).join('')).join('\n'), b)],
  ['headings repeated', 'txt', (b) => fill('一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n', b)],
  ['random high bytes', 'txt', (b) => { const r = rng(4); return Buffer.from(Array.from({ length: b }, () => 0x80 | Math.floor(r() * 128))); }],
  ['page repeated', 'html', (b) => fill(sample('html-cms-utf8.html'), b)],
  ['nested tables', 'html', (b) => around(sample('html-cms-utf8.html'), '<table><tr><td>', b)],
  ['nested divs closed', 'html', (b) => around(sample('html-cms-utf8.html'), '<div><b>一</b></div>', b)],
  ['a row of many cells', 'html', (b) => around(sample('html-cms-utf8.html').replace('<table', '<table><tr>'), '<td>1</td>', b)],
  ['many rows', 'html', (b) => around(sample('html-cms-utf8.html'), '<tr><td>总计</td><td>1</td><td>2</td></tr>', b)],
  ['spans', 'html', (b) => around(sample('html-cms-utf8.html'), '<tr><td rowspan="65534" colspan="1000">1</td></tr>', b)],
];

/** Runs one input in a fresh process (in its thread, no helper): wall ms of the extraction, peak RSS MiB, outcome. */
function runOne(file) {
  const code = `
    const { setIsolated } = await import(${JSON.stringify(join(ROOT, 'dist', 'isolate.js'))});
    setIsolated(true);
    const { safeExtract } = await import(${JSON.stringify(join(ROOT, 'dist', 'extract.js'))});
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await safeExtract(${JSON.stringify(file)}, { timeoutMs: 600000 });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, heapMb: process.memoryUsage().heapUsed / 2 ** 20, outcome: r.success ? 'ok' : r.error.code }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) return { ms: NaN, rssMb: NaN, outcome: `exit ${r.status}: ${r.stderr.slice(0, 200)}` };
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** Every shape at the limit (and the larger sizes), the worst time and RSS at the limit. */
export function measureInline(kib = KIB, scales = [1, 2, 4]) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-inline-'));
  const baseline = runOne(join(ROOT, 'samples', 'quirk-2019.txt'));
  const rows = [];
  try {
    for (const [name, ext, make] of SHAPES) {
      for (const scale of scales) {
        const file = join(dir, `x.${ext}`);
        writeFileSync(file, make(kib * 1024 * scale));
        rows.push({ shape: name, kib: kib * scale, ...runOne(file) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const atLimit = rows.filter((r) => r.kib === kib);
  return { baseline, rows, worstMs: Math.max(...atLimit.map((r) => r.ms)), worstRssMb: Math.max(...atLimit.map((r) => r.rssMb)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scales = process.argv.includes('--scales') ? process.argv[process.argv.indexOf('--scales') + 1].split(',').map(Number) : undefined;
  const m = measureInline(KIB, scales);
  console.table(m.rows.map((r) => ({ shape: r.shape, KiB: r.kib, ms: Math.round(r.ms), 'cpu ms': Math.round(r.cpuMs), 'peak RSS MiB': Math.round(r.rssMb), outcome: r.outcome })));
  console.log(`3 KB report: ${Math.round(m.baseline.ms)} ms, ${Math.round(m.baseline.rssMb)} MiB; worst at ${KIB} KiB: ${Math.round(m.worstMs)} ms, ${Math.round(m.worstRssMb)} MiB peak RSS`);
}
