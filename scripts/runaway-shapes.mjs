#!/usr/bin/env node
/**
 * @file Hunts runaway work on pathological text shapes (the in-process path has no timer that can
 * stop a synchronous loop: src/_internal/work-budget.ts). Dumps real PDFs (samples/*.pdf,
 * ../shared/corpus/*, ../shared/incoming/*) with pdftotext (plain, -layout, -raw), mutool and
 * pdfminer when installed, takes the text samples too, and bends each into shapes a crawler,
 * archiver or careless pipe makes: `uniq`, `sort -u`, column-major, everything on one line, each
 * token on its own line, numeric lines repeated, the tables printed many times, a giant table,
 * a huge numeric line, lines shuffled, blank lines dropped, labels dropped.
 * `node scripts/runaway-shapes.mjs [--shapes a,b] [--sources re] [--killS 60] [--out DIR]` (after
 * `npm run build`, under `nice`; `--dist DIR` another build inside the worktree): each input is extracted alone in a fresh process, in its thread
 * (as a helper runs it: no clock, the step limit only), its CPU time, steps counted (`tick`) and
 * outcome printed as one line and appended to DIR/results.jsonl; a process past --killS seconds of CPU
 * time is killed and reported as `killed`. The inputs are kept in DIR/inputs for replay.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const OUT = stringArg('out', '/tmp/runaway-shapes');
const KILL_S = numberArg('killS', 60);
const only = stringArg('shapes', '');
const sourceRe = new RegExp(stringArg('sources', '.'));

/** A seeded PRNG: the same inputs on every run. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Text dumps of a PDF: [name, text]. */
function dumps(pdf) {
  const out = [];
  const run = (name, cmd, args) => {
    try {
      out.push([name, execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 })]);
    } catch {
      /* a dumper that fails on this PDF gives nothing */
    }
  };
  if (have('pdftotext')) {
    run('plain', 'pdftotext', [pdf, '-']);
    run('layout', 'pdftotext', ['-layout', pdf, '-']);
    run('raw', 'pdftotext', ['-raw', pdf, '-']);
  }
  if (have('mutool')) run('mutool', 'mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf]);
  if (have('pdf2txt')) run('pdfminer', 'pdf2txt', [pdf]);
  return out;
}

function sources() {
  const list = [];
  const pdfs = [
    ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'samples', f)),
    ...[join(SHARED, 'corpus'), join(SHARED, 'incoming')].filter(existsSync).flatMap((d) => readdirSync(d).map((e) => join(d, e, 'report.pdf'))).filter(existsSync),
  ];
  for (const pdf of pdfs) {
    const tag = basename(pdf) === 'report.pdf' ? basename(dirname(pdf)) : basename(pdf, '.pdf');
    if (!['plain', 'layout', 'raw', 'mutool', 'pdfminer'].some((d) => sourceRe.test(`${tag}.${d}`))) continue;
    for (const [name, text] of dumps(pdf)) list.push([`${tag}.${name}`, text]);
  }
  const texts = [
    ...readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt') && !/utf16|gb18030/.test(f)).map((f) => join(ROOT, 'samples', f)),
    ...[join(SHARED, 'corpus'), join(SHARED, 'incoming')].filter(existsSync).flatMap((d) => readdirSync(d).map((e) => join(d, e, 'report.txt'))).filter(existsSync),
  ];
  for (const t of texts) list.push([basename(t) === 'report.txt' ? basename(dirname(t)) : basename(t, '.txt'), readFileSync(t, 'utf8')]);
  return list.filter(([name]) => sourceRe.test(name));
}

const lines = (t) => t.split(/\r?\n/);
const isNumeric = (l) => /^[\s\d.,，%-]+$/.test(l) && /\d/.test(l);
/** The lines from the statistics tables' first heading on (二、 … 四、), or the whole text. */
const tablePart = (t) => {
  const at = t.search(/二、\s*主动公开/);
  const end = t.search(/五、\s*存在/);
  return at >= 0 ? t.slice(at, end > at ? end : undefined) : t;
};

/** Shapes: name → (text, random) => text. */
const SHAPES = {
  uniq: (t) => lines(t).filter((l, i, a) => i === 0 || l !== a[i - 1]).join('\n'),
  sortUnique: (t) => [...new Set(lines(t))].sort().join('\n'),
  uniqNoBlank: (t) => lines(t).filter((l) => l.trim()).filter((l, i, a) => i === 0 || l !== a[i - 1]).join('\n'),
  columnMajor: (t) => {
    const rows = lines(t).map((l) => l.trim().split(/\s+/).filter(Boolean));
    const width = Math.max(...rows.map((r) => r.length));
    const out = [];
    for (let c = 0; c < width; c++) for (const r of rows) if (r[c] !== undefined) out.push(r[c]);
    return out.join('\n');
  },
  oneLine: (t) => t.replace(/\s*\r?\n\s*/g, ' '),
  oneLineNoSpace: (t) => t.replace(/\s+/g, ''),
  tokenPerLine: (t) => t.split(/\s+/).filter(Boolean).join('\n'),
  tokenPerLineUniq: (t) => [...new Set(t.split(/\s+/).filter(Boolean))].join('\n'),
  numbersRepeated: (t) => lines(t).flatMap((l) => (isNumeric(l) ? Array(40).fill(l) : [l])).join('\n'),
  tablesRepeated: (t) => { const p = tablePart(t); return t + `\n${p}`.repeat(Math.max(1, Math.floor(400_000 / Math.max(1, p.length)))); },
  tablesRepeated8: (t) => { const p = tablePart(t); return t + `\n${p}`.repeat(8); },
  giantTable: (t, r) => { const at = t.search(/（三）不予公开/); const rows = Array.from({ length: 3000 }, () => `（三）不予公开 ${Array.from({ length: 7 }, () => Math.floor(r() * 9)).join(' ')}`).join('\n'); return at >= 0 ? t.slice(0, at) + rows + '\n' + t.slice(at) : t + '\n' + rows; },
  hugeNumericLine: (t, r) => { const mid = t.indexOf('\n', Math.floor(t.length / 2)); return t.slice(0, mid) + '\n' + Array.from({ length: 20_000 }, () => Math.floor(r() * 99)).join(' ') + t.slice(mid); },
  numbersOnlyLines: (t) => lines(t).map((l) => l.replace(/[^\d\s]/g, ' ').trim()).filter(Boolean).join('\n'),
  shuffledTable: (t, r) => { const p = tablePart(t); const l = lines(p); for (let i = l.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [l[i], l[j]] = [l[j], l[i]]; } return t.replace(p, l.join('\n')); },
  reversed: (t) => lines(t).reverse().join('\n'),
  digitsSplit: (t) => t.replace(/\d/g, (d) => `${d}\n`),
  doubledLines: (t) => lines(t).flatMap((l) => [l, l]).join('\n'),
  pairedNumericUniq: (t) => lines(t).flatMap((l) => (isNumeric(l) ? l.trim().split(/\s+/) : [l])).filter((l, i, a) => i === 0 || l !== a[i - 1]).join('\n'),
};

mkdirSync(join(OUT, 'inputs'), { recursive: true });
const results = join(OUT, 'results.jsonl');
const DIST = join(ROOT, stringArg('dist', 'dist'));
const child = (file) => `
  const { setIsolated } = await import(${JSON.stringify(join(DIST, 'isolate.js'))});
  setIsolated(true);
  const { safeExtract } = await import(${JSON.stringify(join(DIST, 'extract.js'))});
  const wb = await import(${JSON.stringify(join(DIST, '_internal', 'work-budget.js'))}).catch(() => null);
  const c0 = process.cpuUsage();
  const s0 = wb ? wb.stepsCounted() : 0;
  const r = await safeExtract(${JSON.stringify(file)}, { timeoutMs: 3600000 });
  const cpu = process.cpuUsage(c0);
  const f = r.success ? Object.values(r.report.fields) : [];
  console.log(JSON.stringify({ cpuMs: Math.round((cpu.user + cpu.system) / 1000), steps: wb ? wb.stepsCounted() - s0 : null, outcome: r.success ? 'ok' : r.error.code, placed: f.filter((x) => x.value !== null).length, high: f.filter((x) => x.value !== null && x.confidence >= 0.9).length }));`;

let worst = { cpuMs: 0 };
for (const [src, text] of sources()) {
  for (const [shape, make] of Object.entries(SHAPES)) {
    if (only && !only.split(',').includes(shape)) continue;
    const body = make(text, rng(src.length * 31 + shape.length));
    const file = join(OUT, 'inputs', `${src}.${shape}.txt`);
    writeFileSync(file, body);
    // CPU time, not wall time: on a shared machine a 5 s input can take 40 s of wall time. `ulimit -t` kills it past KILL_S s of CPU.
    const r = spawnSync('sh', ['-c', `ulimit -t ${KILL_S}; exec "$0" --input-type=module -e "$1"`, process.execPath, child(file)], { encoding: 'utf8' });
    const killed = r.signal === 'SIGXCPU' || r.signal === 'SIGKILL';
    const row = r.error || r.status !== 0
      ? { outcome: killed ? `killed after ${KILL_S} s of CPU` : `exit ${r.status} ${r.signal}: ${r.stderr.slice(0, 200)}`, cpuMs: killed ? KILL_S * 1000 : NaN }
      : JSON.parse(r.stdout.trim().split('\n').at(-1));
    const line = { input: `${src}.${shape}`, bytes: Buffer.byteLength(body), ...row };
    appendFileSync(results, `${JSON.stringify(line)}\n`);
    console.log(`${String(line.cpuMs).padStart(7)} ms  ${String(line.steps ?? '').padStart(11)} steps  ${String(line.bytes).padStart(8)} B  ${line.outcome}  ${line.input}`);
    if (line.cpuMs > worst.cpuMs) worst = line;
  }
}
console.log(`worst: ${JSON.stringify(worst)}`);
