#!/usr/bin/env node
/**
 * @file Mutation fuzzer: `node scripts/fuzz.mjs [--minutes 30] [--seed N]` (or `npm run fuzz`).
 * Takes the bundled samples (PDF, HTML, text, docx), mutates them (bit flips, truncation, byte
 * runs inserted or deleted, chunks spliced from another sample, numbers and CJK text swapped in,
 * deep nesting, huge lines; see fuzz-shapes.mjs), makes .docx zip bombs, and extracts each in a
 * worker thread with a budget. A finding is: a crash of the worker, a hang past the budget, an
 * E_INTERNAL or E_SCHEMA_VIOLATION error, E_TIMEOUT (the extraction's own budget ran out: a slow
 * path, once confirmed by extracting the input again alone with 3× the budget — on a shared machine
 * a time-out may be load; not when the time ran out inside pdf.js, see IN_PDFJS), E_TOO_LARGE for the memory limit (a blow-up the input limits missed),
 * or a success with no content. Now and then the batch listing is run over a random tree
 * of symlinks (loops, dangling links): it must end and list each real file once; and every
 * BATCH_EVERY inputs `xxgk batch` runs over the latest mutants (it must end, exit 0/1, list every
 * file in summary.json without a finding code, and print no stack).
 * Findings are written to fuzz-findings/ (input bytes + reason) and the exit code is 1.
 * `--from N` replays a run up to input N: the inputs before it are made (the PRNG advances as in
 * the run) but not extracted, so a finding of a long run can be re-checked in minutes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { numberArg } from './cli-args.mjs';
import { hugeLine, nest, symlinkedFolders, zipBomb } from './fuzz-shapes.mjs';
import { Worker } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const minutes = numberArg('minutes', 30);
let seed = numberArg('seed', Date.now() % 2 ** 31);
const from = numberArg('from', 0);
const BUDGET_MS = 30_000;

const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const files = readdirSync(join(ROOT, 'samples'), { recursive: true }).filter((f) => /\.(pdf|html|txt|docx)$/.test(f));
const corpus = files.map((f) => ({ name: f, bytes: readFileSync(join(ROOT, 'samples', f)) }));
const TOKENS = ['0', '9', '12345678901234567890', '一、总体情况', '（三）不予公开', '总计', '\t', '|', '<table>', '<td rowspan="999">', '</tr>', 'obj', 'endobj', 'stream', '/Length 99999999', '0 0 m 1 1 l S', '%%EOF', '\u0000', '\uFFFD'];

function mutate(bytes) {
  let b = Buffer.from(bytes);
  const rounds = 1 + Math.floor(random() * 4);
  for (let i = 0; i < rounds; i++) {
    const at = Math.floor(random() * Math.max(b.length, 1));
    switch (pick(['flip', 'truncate', 'insert', 'delete', 'splice', 'token', 'repeat', 'nest', 'hugeLine'])) {
      case 'nest':
        b = nest(b, at, random);
        break;
      case 'hugeLine':
        b = hugeLine(b, at, random);
        break;
      case 'flip':
        for (let k = 0; k < 1 + random() * 32; k++) if (b.length) b[Math.floor(random() * b.length)] ^= 1 << Math.floor(random() * 8);
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + random() * 64 }, () => Math.floor(random() * 256))), b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + Math.floor(random() * 512))]);
        break;
      case 'splice': {
        const other = pick(corpus).bytes;
        const from = Math.floor(random() * other.length);
        b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + Math.floor(random() * 4096)), b.subarray(at)]);
        break;
      }
      case 'token':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(TOKENS)), b.subarray(at)]);
        break;
      case 'repeat': {
        const chunk = b.subarray(at, at + 1 + Math.floor(random() * 256));
        b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: 2 + Math.floor(random() * 200) }, () => chunk), b.subarray(at)]);
        break;
      }
    }
  }
  return b;
}

const WORKER = `
import { parentPort } from 'node:worker_threads';
const { safeExtract } = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
parentPort.on('message', async ({ bytes, name }) => {
  const r = await safeExtract(new Uint8Array(bytes), { name, timeoutMs: ${BUDGET_MS - 5000} });
  const empty = r.success && r.report.sections.length === 0 && Object.values(r.report.fields).every((f) => f.flags.includes('missing'));
  parentPort.postMessage(r.success ? { ok: true, empty } : { ok: false, code: r.error.code, message: r.error.message });
});`;

let worker;
const spawn = () => {
  worker = new Worker(WORKER, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
};
spawn();

function run(bytes, name) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      spawn();
      resolve({ finding: `hang: no result within ${BUDGET_MS} ms` });
    }, BUDGET_MS);
    const onMessage = (m) => {
      clearTimeout(timer);
      worker.off('error', onError);
      const memory = m.code === 'E_TOO_LARGE' && /memory limit/.test(m.message);
      if (!m.ok && timedOutInPdfJs(m.code, m.message)) return resolve({ outcome: 'E_TIMEOUT in pdf.js' });
      resolve(m.ok ? (m.empty ? { finding: 'empty success' } : { outcome: 'ok' }) : memory || ['E_INTERNAL', 'E_SCHEMA_VIOLATION', 'E_TIMEOUT'].includes(m.code) ? { finding: `${m.code}: ${m.message}` } : { outcome: m.code });
    };
    const onError = (e) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      spawn();
      resolve({ finding: `worker crashed: ${e.message}` });
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ bytes, name });
  });
}

/** The batch listing over a random tree of symlinks: it must end, and list each real file once. */
async function fuzzListing() {
  const { listInputs } = await import(join(ROOT, 'dist', 'batch', 'index.js'));
  const tree = symlinkedFolders(random);
  try {
    const listed = await Promise.race([listInputs([tree.root]), new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
    if (listed === null) return { finding: 'listing: no end within 10 s' };
    const reals = listed.map((f) => { try { return realpathSync(f); } catch { return f; } });
    if (new Set(reals).size !== reals.length) return { finding: `listing: a file listed twice: ${listed.join(', ')}` };
    const missing = tree.files.filter((f) => !reals.includes(realpathSync(f)));
    if (missing.length > 0) return { finding: `listing: missed ${missing.join(', ')}` };
    return { outcome: 'listing-ok' };
  } finally {
    tree.cleanup();
  }
}

/** The latest mutants, for the next batch run. */
const recent = [];
const BATCH_EVERY = Number(process.env.FUZZ_BATCH_EVERY ?? 40);
const BATCH_FILES = 8;
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const FINDING_CODES = ['E_INTERNAL', 'E_SCHEMA_VIOLATION', 'E_TIMEOUT'];

/**
 * An E_TIMEOUT that names a pdf.js page as where the extraction was stopped: pdf.js looped on
 * pages of a broken PDF (it blocks its thread; each such page is skipped after the page watch's
 * limit, and these ate the budget). A coded error within the budget, the honest outcome: not a finding.
 */
const IN_PDFJS = /\(in: pdf\.js reading page \d+\)$/;
const timedOutInPdfJs = (code, message) => code === 'E_TIMEOUT' && IN_PDFJS.test(message);

/**
 * `xxgk batch` over the latest mutants (as files with their format's extension), one worker, the
 * same budget: it must end in time, exit 0 or 1, list every file in summary.json with a result or
 * a code that is not a finding, and print no stack.
 */
async function fuzzBatch() {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-fuzz-batch-'));
  try {
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    const shas = new Set();
    for (const [i, m] of recent.entries()) {
      writeFileSync(join(inDir, `m${i}.${m.ext}`), m.bytes);
      shas.add(createHash('sha256').update(m.bytes).digest('hex'));
    }
    const limit = recent.length * BUDGET_MS + 30_000;
    const r = spawnSync(process.execPath, [BIN, 'batch', inDir, '--out', join(dir, 'out'), '--workers', '1', '--timeout', String(BUDGET_MS - 5000)], { encoding: 'utf8', timeout: limit });
    if (r.error) return { finding: `batch: no end within ${limit} ms (${r.error.message})` };
    if (r.status !== 0 && r.status !== 1) return { finding: `batch: exit ${r.status}: ${r.stderr.slice(-500)}` };
    if (/\n\s+at .*:\d+:\d+\)?\n/.test(r.stderr)) return { finding: `batch: a stack on stderr: ${r.stderr.slice(-500)}` };
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
    if (summary.files.length !== recent.length && summary.files.length !== shas.size) return { finding: `batch: ${summary.files.length} files in summary.json for ${recent.length} inputs` };
    for (const [i, f] of summary.files.entries()) {
      const code = f.error?.code;
      if (timedOutInPdfJs(code, f.error?.message ?? '')) continue;
      if (code === 'E_TIMEOUT') {
        const m = recent[Number(f.file.match(/m(\d+)\.\w+$/)?.[1] ?? i)];
        const c = m ? confirmTimeout(m.bytes, m.ext) : { finding: 'unknown file' };
        if (c.outcome) {
          console.error(`batch: ${f.file}: E_TIMEOUT; alone: ${c.ms} ms (slow under load, not counted)`);
          continue;
        }
        return { finding: `batch: ${f.file}: E_TIMEOUT, ${c.finding}` };
      }
      if (FINDING_CODES.includes(code) || (code === 'E_TOO_LARGE' && /memory limit/.test(f.error.message))) return { finding: `batch: ${f.file}: ${code}: ${f.error.message}` };
    }
    return { outcome: 'batch-ok' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ms. A slow path is one that needs more than this alone, with the CPU to itself as far as a shared machine allows. */
const CONFIRM_BUDGET_MS = 3 * BUDGET_MS;

/**
 * A time-out on the shared machine may be load, not the input: the input is extracted again alone
 * (`xxgk extract`, a budget of CONFIRM_BUDGET_MS) and counts as a finding only when that also
 * runs out; else it is recorded as the outcome `slow-under-load` with the time it took.
 */
function confirmTimeout(bytes, ext) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-fuzz-slow-'));
  try {
    const file = join(dir, `x.${ext}`);
    writeFileSync(file, bytes);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'extract', file, '--timeout', String(CONFIRM_BUDGET_MS)], { encoding: 'utf8', timeout: CONFIRM_BUDGET_MS + 30_000 });
    const ms = Math.round(performance.now() - t0);
    const error = r.stdout ? JSON.parse(r.stdout).error : undefined;
    const code = r.stdout ? error?.code : 'no output';
    if (timedOutInPdfJs(code, error?.message ?? '')) return { outcome: 'E_TIMEOUT in pdf.js', ms };
    return code === 'E_TIMEOUT' || code === 'no output' ? { finding: `E_TIMEOUT also alone with ${CONFIRM_BUDGET_MS} ms` } : { outcome: 'slow-under-load', ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A mutant: usually a sample mutated, sometimes a zip bomb (as .docx). */
function nextInput() {
  if (random() < 0.05) return { bytes: zipBomb(random), name: `bomb.docx.mut${n}` };
  const base = pick(corpus);
  return { bytes: mutate(base.bytes), name: `${base.name.replace(/[/\\]/g, '_')}.mut${n}` };
}

const end = Date.now() + minutes * 60_000;
const outcomes = {};
const findings = [];
let n = 0;
console.error(`fuzzing ${corpus.length} samples for ${minutes} min, seed ${seed}`);
while (Date.now() < end) {
  const replay = n < from;
  if (random() < 0.03) {
    if (replay) {
      symlinkedFolders(random).cleanup();
      n++;
      continue;
    }
    const r = await fuzzListing();
    n++;
    if (r.finding) {
      findings.push({ name: `listing${n}`, reason: r.finding });
      console.error(`FINDING listing${n}: ${r.finding}`);
    } else outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    continue;
  }
  const { bytes, name } = nextInput();
  if (replay) {
    n++;
    continue;
  }
  if (n === from && from > 0) console.error(`replayed ${from} inputs; input ${n}: ${name}, sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
  const ext = name.match(/\.(pdf|html|txt|docx)\b/)?.[1] ?? 'txt';
  let r = await run(bytes, name);
  if (r.finding?.startsWith('E_TIMEOUT') || r.finding?.startsWith('hang')) {
    const c = confirmTimeout(bytes, ext);
    if (c.outcome) console.error(`${name}: ${r.finding}; alone: ${c.ms} ms (slow under load, not counted)`);
    r = c.finding ? { finding: `${r.finding}; ${c.finding}` } : c;
  }
  n++;
  recent.push({ bytes, ext });
  if (recent.length > BATCH_FILES) recent.shift();
  if (n % BATCH_EVERY === 0) {
    const b = await fuzzBatch();
    if (b.finding) {
      findings.push({ name: `batch${n}`, reason: b.finding });
      mkdirSync(join(ROOT, 'fuzz-findings', `batch${n}`), { recursive: true });
      for (const [i, m] of recent.entries()) writeFileSync(join(ROOT, 'fuzz-findings', `batch${n}`, `m${i}.${m.ext}`), m.bytes);
      console.error(`FINDING batch${n}: ${b.finding}`);
    } else outcomes[b.outcome] = (outcomes[b.outcome] ?? 0) + 1;
  }
  if (r.finding) {
    findings.push({ name, reason: r.finding });
    mkdirSync(join(ROOT, 'fuzz-findings'), { recursive: true });
    writeFileSync(join(ROOT, 'fuzz-findings', name), bytes);
    writeFileSync(join(ROOT, 'fuzz-findings', `${name}.txt`), `${r.finding}\n`);
    console.error(`FINDING ${name}: ${r.finding}`);
  } else outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  if (n % 200 === 0) console.error(`${n} inputs, ${findings.length} findings, outcomes ${JSON.stringify(outcomes)}`);
}
await worker.terminate();
console.log(JSON.stringify({ inputs: n, minutes, findings: findings.length, outcomes }, null, 1));
process.exit(findings.length > 0 ? 1 : 0);
