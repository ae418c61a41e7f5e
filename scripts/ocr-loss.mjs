#!/usr/bin/env node
/**
 * @file Where the fields of a scan are lost, by stage (slow: one OCR extraction a scan; run under
 * `nice`). Each scan made by `scripts/make-scans.mjs --from SOURCE.pdf` is extracted with OCR and
 * its source PDF through its text layer; the source's field sources give each template row's
 * printed values in order. Every field the scan does not give right (missing or wrong) is put in
 * the first stage that lost it:
 *   no-grid     no ruled row was read on the source's page (rulings / grid not found)
 *   row-unread  no row of the scan holds the printed row's values (most of them, in order): cells
 *               lost, or their digits read wrong in most cells of the row
 *   row-label   a scan row holds them, but the field is not placed from it (the row was matched to
 *               no template row, or to another)
 *   digits      placed from that row, but the cell was read as another number or unread
 *   solver      the cell read right, yet the field came out missing (ambiguous) or other
 * and, among the fields right, `low` counts those below 0.9 (the trust rule kept them low).
 *   node scripts/ocr-loss.mjs SCAN.pdf... --source ../shared/corpus/NAME/report.pdf [--cache DIR] [--list]
 * (`--source` once per scan, in the scans' order, pairs each scan with its own source; `wrongMid` counts the wrong
 * values at 0.8–0.9, `wrongHigh` those at ≥ 0.9.)
 * `--source` may be left out when the scan's name starts with a corpus report's name (in `--corpus DIR`, default ../shared/corpus). `--cache
 * DIR` keeps each scan's report (with its trace) as DIR/<scan>.json and reads it back next time.
 * Needs `npm run build`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// XXGK_DIST=DIR measures another build (a directory inside the worktree, so packages resolve).
const DIST = resolve(ROOT, process.env.XXGK_DIST ?? 'dist');
const { extractDetailed, flattenData } = await import(join(DIST, 'index.js'));
const { stopOcr } = await import(join(DIST, 'ocr/index.js'));
const opt = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flagged = new Set(['--source', '--cache', '--corpus']);
const scans = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flagged.has(all[i - 1]));
const cache = opt('cache');
const list = process.argv.includes('--list');
const STAGES = ['no-grid', 'row-unread', 'row-label', 'digits', 'solver'];

/** A scan's (or source's) report with its trace, from the cache when there. */
async function read(file, ocr) {
  const at = cache ? join(cache, `${basename(dirname(file))}-${basename(file)}.json`) : undefined;
  if (at && existsSync(at)) {
    const j = JSON.parse(readFileSync(at, 'utf8'));
    return { ...j, rows: j.rows ?? j.trace.tables.rows };
  }
  const t = performance.now();
  const { report, trace } = await extractDetailed(file, { ocr, timeoutMs: 3_600_000, trace: true });
  const out = { data: report.data, fields: report.fields, rows: trace.tables.rows, seconds: (performance.now() - t) / 1000, pages: report.meta?.pages ?? null };
  if (at) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(at, JSON.stringify(out));
  }
  return out;
}

const rowKey = (s) => `${s.page}:${s.table}:${s.row}`;
/** Every printed row of a report's trace by `page:table:row`: its numbers' raw text in order. */
function printedRows(rep) {
  const rows = new Map();
  for (const r of Object.values(rep.rows).flat()) {
    if (!r.source) continue;
    // One grid row may come out as several trace rows (text beside it read as lines of its own).
    const had = rows.get(rowKey(r.source)) ?? { page: r.source.page, nums: [], values: [] };
    had.nums.push(...r.values.filter((v) => v.kind === 'num').map((v) => v.raw.replace(/,/g, '')));
    had.values.push(...r.values);
    rows.set(rowKey(r.source), had);
  }
  return rows;
}

/** Length of the longest common subsequence of two digit-string lists. */
function lcs(a, b) {
  const d = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = a[i - 1] === b[j - 1] ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
  return d[a.length][b.length];
}

/** How many of `want` a scan row holds in order, when that is most of them (a short row: all of it) and half its non-zero numbers (a row of zeros is no evidence); else 0. */
function holds(want, nums) {
  const n = lcs(want, nums);
  const nonZero = want.filter((w) => w !== '0');
  const need = want.length <= 2 ? want.length : Math.ceil(want.length / 2);
  return n >= need && n > 0 && lcs(nonZero, nums.filter((x) => x !== '0')) >= Math.ceil(nonZero.length / 2) ? n : 0;
}

/** The scan row holding most of `want` (`holds`): the row the field was placed from when it holds them, or undefined. */
function findRow(want, rows, placed) {
  if (placed && rows.has(placed) && holds(want, rows.get(placed).nums) > 0) return placed;
  let best;
  for (const [key, r] of rows) {
    const n = holds(want, r.nums);
    if (n > 0 && (!best || n > best.n)) best = { key, n };
  }
  return best?.key;
}

/** Stage losses of one scan against its source. */
async function lossOf(scan, source) {
  const [got, src] = [await read(scan, 'auto'), await read(source, 'off')];
  const want = flattenData(src.data);
  const have = flattenData(got.data);
  const srcRows = printedRows(src);
  const scanRows = printedRows(got);
  const pagesRead = new Set([...scanRows.values()].filter((r) => r.nums.length > 0).map((r) => r.page));
  const out = { scan: basename(scan), total: 0, right: 0, low: 0, wrong: 0, wrongHigh: 0, wrongMid: 0, missing: 0, ...Object.fromEntries(STAGES.map((s) => [s, 0])), seconds: Math.round(got.seconds) };
  for (const [k, w] of want) {
    if (typeof w !== 'number') continue;
    out.total++;
    const g = have.get(k);
    const f = got.fields[k] ?? {};
    if (g === w) {
      out.right++;
      if (!(f.confidence >= 0.9)) out.low++;
      continue;
    }
    if (g === null || g === undefined) out.missing++;
    else {
      out.wrong++;
      if (f.confidence >= 0.9) out.wrongHigh++;
      else if (f.confidence >= 0.8) out.wrongMid++;
    }
    const s = src.fields[k]?.source;
    const printed = s ? srcRows.get(rowKey(s)) : undefined;
    let stage;
    if (!s || !printed) stage = 'no-grid';
    else if (!pagesRead.has(s.page)) stage = 'no-grid';
    else {
      const at = f.source ? rowKey(f.source) : undefined;
      const key = findRow(printed.nums, scanRows, at);
      if (key === undefined) stage = 'row-unread';
      else if (at !== key) stage = 'row-label';
      else {
        const mine = scanRows.get(key).values.find((v) => v.col === f.source.column);
        stage = mine?.kind === 'num' && mine.raw.replace(/,/g, '') === String(w) ? 'solver' : 'digits';
      }
    }
    out[stage]++;
    if (list) console.log(`  ${stage.padEnd(10)} ${k}: ${g ?? 'missing'} for ${w} at ${f.confidence ?? '-'}${s ? ` (source p${s.page} '${s.text}')` : ''}`);
  }
  return out;
}

const corpus = opt('corpus') ?? join(ROOT, '..', 'shared', 'corpus');
const sum = { total: 0, right: 0, low: 0, wrong: 0, wrongHigh: 0, wrongMid: 0, missing: 0, ...Object.fromEntries(STAGES.map((s) => [s, 0])) };
// `--source` given once per scan pairs them in order; given once, it is every scan's.
const sources = process.argv.flatMap((a, i, all) => (all[i - 1] === '--source' ? [a] : []));
for (const [i, scan] of scans.entries()) {
  const source = (sources.length === scans.length ? sources[i] : opt('source')) ?? join(corpus, basename(scan).replace(/-\d+dpi-.*$/, ''), 'report.pdf');
  const r = await lossOf(scan, source);
  for (const k of Object.keys(sum)) sum[k] += r[k];
  console.log(JSON.stringify(r));
}
await stopOcr();
console.log(JSON.stringify({ all: scans.length, ...sum }));
