#!/usr/bin/env node
/**
 * @file Where a pass of in-thread PDF extraction spends its main thread, next to the text floor's:
 * `node scripts/bench-profile.mjs [--dist DIST] [--warm 2] [--v8 "FLAGS"] [--top 25] [FILE.pdf ...]`
 * (default: the bench PDFs). In a child under the helpers' V8 flags (plus `--v8`'s): `--warm` passes of
 * each, then one floor pass and one extraction pass, each under the CPU profiler (node:inspector,
 * 200 µs samples); self time summed by where it ran: our build by file and function, pdf.js,
 * Node/V8 builtins, GC, the rest. Main thread only: the background threads' share (concurrent GC,
 * TurboFan compiles) is `bench-threads.mjs`'s "other threads" column.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { HELPER_FLAGS } from './bench-flags.mjs';
import { numberArg, stringArg } from './cli-args.mjs';

/** Self ms per node of a profile, summed by `key(callFrame)`. */
function selfBy(profile, key) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const out = new Map();
  for (const n of profile.nodes) {
    const ms = dt.get(n.id);
    if (!ms) continue;
    const k = key(n.callFrame);
    out.set(k, (out.get(k) ?? 0) + ms);
  }
  return out;
}

/** The bucket of a call frame: 'ours FILE', 'pdf.js', 'node', or V8's own '(garbage collector)' & co. */
function bucket(dist) {
  return (f) => {
    if (!f.url) return f.functionName.startsWith('(') ? f.functionName : `(native) ${f.functionName}`;
    if (f.url.includes('pdfjs-dist')) return 'pdf.js';
    if (f.url.startsWith('node:')) return 'node';
    if (f.url.includes(dist)) return `ours ${f.url.slice(f.url.indexOf(dist) + dist.length + 1)}`;
    return `other ${f.url.replace(/.*node_modules\//, '')}`;
  };
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, dist, warm, ...files] = args;
  const { floor } = await import('./bench-floor.mjs');
  const { extract } = await import(`${dist}/index.js`);
  (await import(`${dist}/isolate.js`)).setIsolated(true);
  const docs = files.map((f) => readFileSync(f));
  const modes = { floor: (b) => floor(b), extract: (b) => extract(new Uint8Array(b)).catch(() => null) };
  for (let i = 0; i < Number(warm); i++) for (const m of Object.values(modes)) for (const b of docs) await m(b);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const out = {};
  for (const [name, m] of Object.entries(modes)) {
    await session.post('Profiler.start');
    for (const b of docs) await m(b);
    out[name] = (await session.post('Profiler.stop')).profile;
  }
  process.stdout.write(JSON.stringify(out));
} else {
  const { benchPdfs } = await import('./bench-stages.mjs');
  const named = args.filter((a) => a.endsWith('.pdf'));
  const files = named.length ? named : benchPdfs();
  const dist = stringArg('dist', 'dist').replace(/^(?!\/)/, `${process.cwd()}/`).replace(/\/$/, '');
  const extra = (stringArg('v8', '') ?? '').split(/\s+/).filter(Boolean);
  const proc = spawn(process.execPath, [...HELPER_FLAGS, ...extra, fileURLToPath(import.meta.url), '--child', dist, String(numberArg('warm', 2)), ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  proc.stdout.setEncoding('utf8').on('data', (d) => (text += d));
  await new Promise((done) => proc.on('close', done));
  const profiles = JSON.parse(text);
  const top = numberArg('top', 25);
  const floorMs = [...selfBy(profiles.floor, () => 'all').values()][0];
  const show = (title, m) => {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`${title}: ${total.toFixed(0)} ms (${(total / floorMs).toFixed(2)}× the floor's main thread)`);
    for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(7)} ms ${(ms / floorMs).toFixed(3).padStart(6)}×  ${k}`);
  };
  const key = bucket(dist);
  const coarse = (f) => {
    const k = key(f);
    return k.startsWith('ours ') ? `ours ${k.slice(5).split('/').slice(0, -1).join('/') || '.'}/` : k;
  };
  show('floor, main thread self time by kind', selfBy(profiles.floor, coarse));
  show('extraction, main thread self time by kind (ours by directory)', selfBy(profiles.extract, coarse));
  show('extraction, ours by file', new Map([...selfBy(profiles.extract, key)].filter(([k]) => k.startsWith('ours'))));
  show('extraction, functions (ours and pdf.js)', selfBy(profiles.extract, (f) => `${key(f)} ${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`));
  const pdfjsFloor = selfBy(profiles.floor, (f) => `${f.functionName || '(anonymous)'}`);
  const pdfjsExtract = selfBy(profiles.extract, (f) => `${f.functionName || '(anonymous)'}`);
  const diff = new Map([...new Set([...pdfjsExtract.keys(), ...pdfjsFloor.keys()])].map((k) => [k, (pdfjsExtract.get(k) ?? 0) - (pdfjsFloor.get(k) ?? 0)]));
  show('extraction − floor, by function name (largest excess)', diff);
}
