#!/usr/bin/env node
/**
 * @file Same output before and after a change that must not change it (a speed cut, a refactor).
 * `node scripts/same-output.mjs dump DIR [--pdf-only] [--from=N] [FILE|DIR ...]` (after `npm run build`)
 * extracts every input in this thread (as a helper or batch worker runs it) and writes one JSON line
 * per input to DIR/out.jsonl: the report (values, confidences, flags, warnings) or the error code and
 * message. Default inputs: samples/*, ../shared/corpus/*, ../shared/incoming/* and the PDFs under
 * /tmp/breakit15/inputs, /tmp/breakit18/inputs, /tmp/breakit22/cases (those that exist).
 * `XXGK_DIST=DIR[,DIR…]` reads other builds (directories inside the worktree, so packages resolve),
 * each input by each in turn, into DIR/<build>/out.jsonl; lines are appended as they come, so a dump
 * stopped early can be compared on what it holds (the testers' sets are taken round-robin).
 * `--speed-set`: the inputs a speed cut is checked on (issue 17): the samples' and corpus PDFs and the
 * printer/rotation PDF sets of testers 44–47 ({@link SPEED_SET_DIRS}, those that exist).
 * `--map-set`: the inputs a speed cut on the mapping side is checked on (text, HTML and PDF alike): the
 * samples, the corpus, testers 46–47's layout kinds ({@link MAP_SET_DIRS}) and the first three inputs of
 * every kind of tester 45 but its scans (those that exist).
 * A build directory may also be absolute (`XXGK_DIST=/tmp/snap27/dist,dist`; it needs node_modules beside it).
 * `node scripts/same-output.mjs compare A B` lists the inputs whose output differs (paths under the checkout and ../shared
 * compared relative to them, so a worktree's dump matches main's), with the first
 * differing paths.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const EXTRA_PDF_DIRS = ['/tmp/breakit15/inputs', '/tmp/breakit18/inputs', '/tmp/breakit22/cases'];
/** Other printers, page sizes and rotations (`--speed-set`). */
const SPEED_SET_DIRS = [
  ...['chrome-letter', 'lo-docx', 'lo-odt', 'gs-ebook', 'qpdf-rot90', 'gs-contentrot'].map((k) => `/tmp/breakit45/in/${k}`),
  ...['chrome', 'lo-docx', 'odt', 'gs', 'rot90', 'contentrot'].map((k) => `/tmp/breakit44/out/in/${k}`),
  ...['chrome', 'a3small', 'mixsize', 'ps2pdf', 'rot270page'].map((k) => `/tmp/breakit46/in/${k}`),
  ...['chrome', 'twoup', 'cropbox', 'watermark'].map((k) => `/tmp/breakit47/in/${k}`),
];

/** Layout kinds of testers 46–47 (`--map-set`). */
const MAP_SET_DIRS = [
  ...['chrome', 'inner', 'bomcrlf', 'divtable'].map((k) => `/tmp/breakit47/in/${k}`),
  ...['chrome', 'pt-fixed3', 'pt-bbox', 'pandoc-grid'].map((k) => `/tmp/breakit46/in/${k}`),
];
const MAP_SET_SAMPLED = '/tmp/breakit45/in';

/** `--map-set`'s inputs. */
function mapSet() {
  const dirs = [join(ROOT, 'samples'), join(SHARED, 'corpus'), ...MAP_SET_DIRS].filter(existsSync);
  const sampled = existsSync(MAP_SET_SAMPLED)
    ? readdirSync(MAP_SET_SAMPLED).sort().filter((k) => k !== 'scan').flatMap((k) => walk(join(MAP_SET_SAMPLED, k)).filter(isInput).slice(0, 3))
    : [];
  return [...dirs.flatMap(walk).filter(isInput), ...sampled];
}

/** Every regular file under `dir` (sorted), recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

const isInput = (f) => /\.(pdf|html?|txt|docx|xlsx|csv|json|md)$/i.test(f) && !/golden|meta\.json|README/i.test(f);

function defaultInputs(pdfOnly) {
  const dirs = [join(ROOT, 'samples'), join(SHARED, 'corpus'), join(SHARED, 'incoming')].filter(existsSync);
  const own = dirs.flatMap(walk).filter(isInput);
  // Round-robin over the testers' sets, so that a dump stopped early has some of each.
  const sets = EXTRA_PDF_DIRS.filter(existsSync).map((d) => walk(d).filter((f) => f.endsWith('.pdf')));
  const extra = Array.from({ length: Math.max(0, ...sets.map((s) => s.length)) }, (_, i) => sets.flatMap((s) => (i < s.length ? [s[i]] : []))).flat();
  return [...own, ...extra].filter((f) => !pdfOnly || f.endsWith('.pdf'));
}

async function dump(dir, args) {
  const dists = (process.env.XXGK_DIST ?? 'dist').split(',');
  const builds = [];
  for (const d of dists) {
    const at = resolve(process.cwd(), d);
    const { extract } = await import(join(at, 'index.js'));
    (await import(join(at, 'isolate.js'))).setIsolated(true);
    const out = join(dir, dists.length > 1 ? d.replace(/\W+/g, '_') : '');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'out.jsonl'), '');
    builds.push({ extract, out: join(out, 'out.jsonl') });
  }
  const pdfOnly = args.includes('--pdf-only');
  const named = args.filter((a) => !a.startsWith('--'));
  const from = Number(args.find((a) => a.startsWith('--from='))?.slice('--from='.length) ?? 0);
  const speedSet = args.includes('--speed-set') ? [join(ROOT, 'samples'), join(SHARED, 'corpus'), ...SPEED_SET_DIRS].filter(existsSync) : [];
  const asked = [...named, ...speedSet, ...(args.includes('--map-set') ? mapSet() : [])];
  const files = (asked.length ? asked.flatMap((f) => (statSync(f).isDirectory() ? walk(f).filter(isInput).filter((g) => !speedSet.length || g.endsWith('.pdf')) : [f])) : defaultInputs(pdfOnly)).slice(from);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const b of builds) {
      const result = await b.extract(new Uint8Array(bytes)).then(
        (report) => ({ report }),
        (e) => ({ error: `${e.code ?? 'ERR'} ${e.message}` }),
      );
      appendFileSync(b.out, JSON.stringify({ file, ...result }) + '\n');
    }
  }
  console.log(`${files.length} inputs → ${builds.map((b) => b.out).join(', ')}`);
}

/** Dotted paths where `a` and `b` differ (first few). */
function diffPaths(a, b, path = '', found = []) {
  if (found.length >= 6) return found;
  if (JSON.stringify(a) === JSON.stringify(b)) return found;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diffPaths(a[k], b[k], path ? `${path}.${k}` : k, found);
  } else found.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} → ${JSON.stringify(b)?.slice(0, 80)}`);
  return found;
}

function compare(a, b) {
  // (A line still being written by a running dump is skipped.)
  const parse = (l) => { try { return [JSON.parse(l)]; } catch { return []; } };
  const read = (d) => {
    const lines = readFileSync(join(d, 'out.jsonl'), 'utf8').trim().split('\n');
    // Paths made neutral, so a dump made in another checkout (a git worktree: /work/wt/X and /work/wt/shared) compares with main's.
    const roots = (re) => [...new Set(lines.map((l) => re.exec(l)?.[1]).filter(Boolean))];
    const neutral = (l) => {
      for (const r of roots(/"file":"([^"]*?)\/shared\//)) l = l.replaceAll(`${r}/shared/`, '<shared>/');
      for (const r of roots(/"file":"([^"]*?)\/(?:samples|scans|test)\//)) l = l.replaceAll(`${r}/`, '<repo>/');
      return l;
    };
    return new Map(lines.map(neutral).flatMap(parse).map((r) => [r.file, r]));
  };
  const [ra, rb] = [read(a), read(b)];
  let differ = 0;
  for (const [file, x] of ra) {
    const y = rb.get(file);
    if (!y) continue; // a dump stopped early
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    differ++;
    console.log(`DIFF ${file}\n  ${diffPaths(x, y).join('\n  ')}`);
  }
  console.log(`${[...ra.keys()].filter((f) => rb.has(f)).length} inputs in both, ${differ} differ`);
  process.exitCode = differ ? 1 : 0;
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'dump') await dump(rest[0], rest.slice(1));
else if (cmd === 'compare') compare(rest[0], rest[1]);
else {
  console.error('usage: same-output.mjs dump DIR [--pdf-only] [--from=N] [FILE|DIR ...] | compare A B');
  process.exitCode = 2;
}
