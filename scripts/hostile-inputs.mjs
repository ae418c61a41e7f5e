#!/usr/bin/env node
/**
 * @file Hostile inputs, made whole (not mutated like scripts/fuzz.mjs): huge, deep, wide and
 * degenerate shapes of every format — text (a 5.8 MB line of numbers, 2.6 MB of repeated rows,
 * 200 000 zeros), HTML (1000-wide colspans, 100 000 nested divs, 100 000 tiny tables, one 5 MB
 * cell), PDF (no pages, thousands of pages, a page of a million text items, an empty content
 * stream, xref and page-tree loops, a form painting itself, a million path operators) and the odd
 * file (empty, a folder, a FIFO). Each is run through `xxgk extract` (as a user runs it: the helper
 * process, the default budget unless --timeout) and all of them through one `xxgk batch`, each with a
 * kill timer past the budget. A finding: a crash (exit code not 0/1, a stack on stderr), E_INTERNAL
 * or E_SCHEMA_VIOLATION, a hang (killed by the timer), a silently empty result (a report with no
 * value and no warning saying so), or the two entry points giving the input different codes.
 * `node scripts/hostile-inputs.mjs [--only RE] [--timeout MS] [--out DIR] [--no-batch] [--dist DIR]`
 * (after `npm run build`, under `nice`). Prints one line per input and the findings; exit 1 on any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(stringArg('dist', join(ROOT, 'dist')));
const OUT = resolve(stringArg('out', '/tmp/hostile-inputs'));
const TIMEOUT_MS = numberArg('timeout', 60_000);
/** ms past the budget before a run counts as hung: a helper's start, a batch's listing and writing. */
const KILL_SLACK_MS = 60_000;
const only = new RegExp(stringArg('only', '.'));
const noBatch = process.argv.includes('--no-batch');
const BIN = join(DIST, 'cli', 'bin.js');
const sample = (f) => readFileSync(join(ROOT, 'samples', f));
const { buildPdf } = await import(join(DIST, '_internal', 'mini-pdf.js'));

const MB = 1024 * 1024;
/** `unit` repeated to about `bytes` bytes. */
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
const numbers = (bytes) => {
  const parts = [];
  let n = 0;
  for (let i = 0, len = 0; len < bytes; i++) (parts.push(String(i)), (len += String(i).length + 1), n++);
  return parts.join(' ');
};
const nested = (open, close, depth, inner = '') => open.repeat(depth) + inner + close.repeat(depth);
const REPORT_HTML = () => sample('html-cms-utf8.html').toString('utf8');
const body = (html) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;

/** Raw PDF objects (bodies in order, object 1 the catalog) with a correct xref; `trailer` extra keys. */
function rawPdf(objects, trailer = '') {
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const stream = (content, dict = '') => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const pdf = (pages) => Buffer.from(buildPdf(pages));
/** A text item per `(s) Tj`, `n` of them placed on a grid over the page. */
const textItems = (n, s = '1') => {
  const ops = ['BT /F1 4 Tf'];
  for (let i = 0; i < n; i++) ops.push(`1 0 0 1 ${10 + (i % 140) * 4} ${830 - (Math.floor(i / 140) % 200) * 4} Tm (${s}) Tj`);
  ops.push('ET');
  return ops.join('\n');
};

/** [name, extension, () => bytes]: the shapes. */
const SHAPES = [
  // Text.
  ['t-line-numbers-580k', 'txt', () => `一、总体情况 ${numbers(580 * 1024)}`],
  ['t-line-numbers-5.8m', 'txt', () => `一、总体情况 ${numbers(5.8 * MB)}`],
  ['t-rows-repeated-2.6m', 'txt', () => `二、主动公开政府信息情况\n${fill('规章\t1\t2\t3\n', 2.6 * MB)}`],
  ['t-table-repeated-4m', 'txt', () => fill(sample('quirk-tab.txt').toString('utf8').split('\n').filter((l) => /\d/.test(l)).join('\n') + '\n', 4 * MB)],
  ['t-zeros-run-200k', 'txt', () => `三、收到和处理政府信息公开申请情况\n${'0'.repeat(200_000)}`],
  ['t-zeros-spaced-200k', 'txt', () => `三、收到和处理政府信息公开申请情况\n${'0 '.repeat(200_000)}`],
  ['t-zeros-lines-200k', 'txt', () => `三、收到和处理政府信息公开申请情况\n${'0\n'.repeat(200_000)}`],
  ['t-tab-cells-300k', 'txt', () => `总计${'\t1'.repeat(300_000)}`],
  ['t-pipe-cells-200k', 'txt', () => `|${'1|'.repeat(200_000)}\n|${'-|'.repeat(200_000)}\n`],
  ['t-headings-100k', 'txt', () => fill('一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n', 4 * MB)],
  ['t-brackets-200k', 'txt', () => '（'.repeat(200_000)],
  ['t-report-then-numbers-2m', 'txt', () => `${sample('quirk-2019.txt').toString('utf8')}\n${numbers(2 * MB)}`],
  ['t-report-one-line', 'txt', () => sample('quirk-2019.txt').toString('utf8').replace(/\n/g, ' ')],
  ['t-word-5m', 'txt', () => 'a'.repeat(5 * MB)],
  ['t-over-text-limit', 'txt', () => '一'.repeat(7 * MB)],
  ['t-whitespace-1m', 'txt', () => fill(' \n\t\r\n', MB)],
  ['t-nul-100k', 'txt', () => Buffer.alloc(100_000)],
  ['t-cr-only-report', 'txt', () => sample('quirk-2019.txt').toString('utf8').replace(/\n/g, '\r')],
  ['t-cells-per-line-1m', 'txt', () => `三、收到和处理政府信息公开申请情况\n${fill('1\n2\n3\n6\n', 2 * MB)}`],
  // Many short lines: no heading, label or title word (E_NOT_A_REPORT at once), or a pile of text lines before values.
  ['t-lines-a-30k', 'txt', () => 'a\n'.repeat(30_000)],
  ['t-lines-a-30k-then-values', 'txt', () => `一、总体情况\n${'a\n'.repeat(30_000)}规章 1 2 3\n`],
  ['t-json-strings-30k', 'json', () => JSON.stringify(Array.from({ length: 30_000 }, () => 'a'))],
  ['t-json-cjk-strings-30k', 'json', () => JSON.stringify(Array.from({ length: 30_000 }, (_, i) => '天地玄黄宇宙洪荒'[i % 8]))],
  ['t-json-rare-ideographs', 'json', () => JSON.stringify(Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000)) + String.fromCodePoint(0x3400 + (i % 6000))))],
  ['t-rare-ideograph-lines', 'txt', () => Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x3400 + ((i * 31) % 6000)).repeat(3)).join('\n')],
  ['t-cjk-short-lines-30k', 'txt', () => Array.from({ length: 30_000 }, (_, i) => '天地玄黄宇宙洪荒日月盈昃辰宿列张'.slice(i % 14, (i % 14) + 2)).join('\n')],
  ['t-one-char-lines-50k', 'txt', () => '一\n'.repeat(50_000)],
  ['t-digit-rows-100k', 'txt', () => Array.from({ length: 100_000 }, (_, i) => `${i % 97}\t${i % 13}\t${i % 7}\t${i % 5}`).join('\n')],
  ['t-label-rows-100k', 'txt', () => fill('规章\t1\t2\t3\n行政许可\t4\t5\t6\n', 1.2 * MB)],
  ['t-headings-deep-repeated', 'txt', () => fill('一、总体情况\n（一）主动公开\n1.规章\n（1）行政许可\n', 2 * MB)],
  ['t-word-5.8m-line', 'txt', () => 'a'.repeat(5.8 * MB)],
  ['t-report-x100-10m', 'txt', () => fill(`${sample('quirk-2019.txt').toString('utf8')}\n`, 10 * MB)],
  // HTML.
  ['h-colspan-1000-57k', 'html', () => `<html><body><h2>三、收到和处理政府信息公开申请情况</h2><table><tr>${fill('<td colspan="1000" rowspan="1000">1</td>', 50_000)}</tr><tr><td>（一）予以公开</td><td>1</td><td>2</td></tr>${'<tr></tr>'.repeat(100)}</table></body></html>`],
  ['h-colspan-then-report', 'html', () => REPORT_HTML().replace('<table', `<table><tr>${fill('<td colspan="1000">/</td>', 20_000)}</tr></table><table`)],
  ['h-rowspan-65534', 'html', () => `<html><body><table>${fill('<tr><td rowspan="65534" colspan="1000">1</td><td>2</td></tr>', 60_000)}</table></body></html>`],
  ['h-wide-row-and-rows', 'html', () => `<html><body><table><tr>${'<td colspan="1000"></td>'.repeat(3)}${'<td>1</td>'.repeat(3000)}</tr>${'<tr><td>规章</td></tr>'.repeat(3000)}</table></body></html>`],
  ['h-nested-divs-100k', 'html', () => `<html><body>${nested('<div>', '</div>', 100_000, '一、总体情况')}</body></html>`],
  ['h-nested-divs-report', 'html', () => `<html><body>${nested('<div>', '</div>', 100_000, body(REPORT_HTML()))}</body></html>`],
  ['h-report-after-deep-divs', 'html', () => `<html><body>${nested('<div>', '</div>', 100_000, 'x')}${body(REPORT_HTML())}</body></html>`],
  ['h-nested-tables-20k', 'html', () => `<html><body>${nested('<table><tr><td>', '</td></tr></table>', 20_000, '1')}</body></html>`],
  ['h-unclosed-divs-100k', 'html', () => `<html><body>${'<div>'.repeat(100_000)}${body(REPORT_HTML())}</body></html>`],
  ['h-tiny-tables-100k', 'html', () => `<html><body><h2>二、主动公开政府信息情况</h2>${'<table><tr><td>规章</td><td>1</td></tr></table>'.repeat(100_000)}</body></html>`],
  ['h-giant-cell-5m', 'html', () => `<html><body><table><tr><td>总计</td><td>${'1 '.repeat(2.5 * MB)}</td></tr></table></body></html>`],
  ['h-giant-cjk-cell-5m', 'html', () => `<html><body><table><tr><td>${'政府信息公开'.repeat(300_000)}</td></tr></table></body></html>`],
  ['h-row-of-100k-cells', 'html', () => `<html><body><table><tr><td>总计</td>${'<td>1</td>'.repeat(100_000)}</tr></table></body></html>`],
  ['h-rows-100k', 'html', () => `<html><body><h2>三、收到和处理政府信息公开申请情况</h2><table>${'<tr><td>（七）总计</td><td>1</td><td>2</td><td>3</td></tr>'.repeat(100_000)}</table></body></html>`],
  ['h-br-300k', 'html', () => `<html><body><p>${'1<br>'.repeat(300_000)}</p></body></html>`],
  ['h-style-rules-100k', 'html', () => REPORT_HTML().replace('</head>', `<style>${Array.from({ length: 100_000 }, (_, i) => `.c${i} td{color:red}`).join('\n')}</style></head>`)],
  ['h-inline-style-100k', 'html', () => REPORT_HTML().replace('<table', `<table style="${'color:red;'.repeat(100_000)}"`)],
  ['h-attribute-2m', 'html', () => REPORT_HTML().replace('<table', `<table class="${'x'.repeat(2 * MB)}"`)],
  ['h-unclosed-comment', 'html', () => `<html><body><!--${'一、总体情况 '.repeat(100_000)}</body></html>`],
  ['h-entities-1m', 'html', () => `<html><body><p>${'&#48;'.repeat(MB)}</p></body></html>`],
  ['h-css-grid-wide', 'html', () => `<html><body><div style="display:grid;grid-template-columns:repeat(1000,1fr)">${'<div style="grid-column:span 1000">1</div>'.repeat(5000)}</div></body></html>`],
  ['h-div-table-deep', 'html', () => `<html><body>${nested('<div style="display:table"><div style="display:table-row"><div style="display:table-cell">', '</div></div></div>', 20_000, '1')}</body></html>`],
  ['h-iframes-srcdoc', 'html', () => { let s = body(REPORT_HTML()).replace(/"/g, '&quot;'); for (let i = 0; i < 12; i++) s = `<iframe srcdoc="${s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`; return `<html><body>${s}</body></html>`; }],
  // PDF.
  ['p-zero-pages', 'pdf', () => pdf([])],
  ['p-pages-5000', 'pdf', () => pdf(Array.from({ length: 5000 }, () => ({ content: 'BT /F1 12 Tf 72 720 Td (1) Tj ET' })))],
  ['p-pages-480-text', 'pdf', () => pdf(Array.from({ length: 480 }, (_, i) => ({ content: textItems(300, String(i % 10)) })))],
  ['p-items-1m', 'pdf', () => pdf([{ content: textItems(1_000_000) }])],
  ['p-items-200k-zeros', 'pdf', () => pdf([{ content: textItems(200_000, '0') }])],
  ['p-one-item-200k-zeros', 'pdf', () => pdf([{ content: `BT /F1 1 Tf 10 400 Td (${'0'.repeat(200_000)}) Tj ET` }])],
  ['p-empty-content', 'pdf', () => pdf([{ content: '' }, { content: '' }])],
  ['p-paths-1m', 'pdf', () => pdf([{ content: Array.from({ length: 1_000_000 }, (_, i) => `${i % 500} ${i % 800} m ${(i % 500) + 1} ${i % 800} l S`).join('\n') }])],
  ['p-rects-200k', 'pdf', () => pdf([{ content: `${Array.from({ length: 200_000 }, (_, i) => `${(i % 400) * 1.3} ${Math.floor(i / 400) * 1.6} 1 0.3 re f`).join('\n')}\n${textItems(2000)}` }])],
  ['p-rulings-grid', 'pdf', () => pdf([{ content: `${Array.from({ length: 3000 }, (_, i) => `0 ${i * 0.28} m 595 ${i * 0.28} l S ${i * 0.2} 0 m ${i * 0.2} 842 l S`).join('\n')}\n${textItems(20_000)}` }])],
  ['p-huge-mediabox', 'pdf', () => pdf([{ content: textItems(100), width: 1e9, height: 1e9 }])],
  ['p-xref-loop', 'pdf', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`, FONT, stream('BT /F1 12 Tf 72 720 Td (1) Tj ET')], '/Prev 9 ')],
  ['p-pages-tree-loop', 'pdf', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', `<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>`])],
  ['p-form-paints-itself', 'pdf', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>`, FONT, stream('/X Do BT /F1 12 Tf 72 720 Td (1) Tj ET'), stream('BT /F1 12 Tf 72 700 Td (2) Tj ET /X Do', '/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >>')])],
  ['p-nested-forms-deep', 'pdf', () => { const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>`, FONT, stream('/X Do')]; for (let i = 0; i < 3000; i++) objs.push(stream(`BT /F1 12 Tf 72 ${700 - (i % 600)} Td (${i % 10}) Tj ET /X Do`, `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X ${i + 7} 0 R >> >>`)); return rawPdf(objs); }],
  ['p-header-then-garbage', 'pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256))])],
  ['p-truncated-half', 'pdf', () => { const b = sample('pdf-2019-chromium.pdf'); return b.subarray(0, b.length >> 1); }],
  ['p-no-xref', 'pdf', () => { const s = sample('pdf-2019-chromium.pdf').toString('latin1'); return Buffer.from(s.slice(0, s.lastIndexOf('xref')), 'latin1'); }],
  ['p-image-only', 'pdf', () => rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R >>`, stream('q 500 0 0 700 40 70 cm /Im Do Q'), stream('\xff'.repeat(64 * 64), '/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8')])],
  // Other.
  ['o-empty', 'txt', () => Buffer.alloc(0)],
  ['o-bom-only', 'txt', () => Buffer.from([0xef, 0xbb, 0xbf])],
  ['o-utf16-odd', 'txt', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体情况 1 2 3', 'utf16le'), Buffer.from([0x41])])],
];

/** Runs `xxgk args…` with a kill timer: exit code (null when killed), stdout, stderr, ms. */
function xxgk(args, killMs) {
  const t0 = performance.now();
  // Peak RSS of the CLI and its helper (GNU time reports the largest of the process tree it waited for).
  const rssFile = join(OUT, 'rss.txt');
  const timed = existsSync('/usr/bin/time');
  const [cmd, pre] = timed ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath]] : [process.execPath, []];
  const r = spawnSync(cmd, [...pre, BIN, ...args], { encoding: 'utf8', timeout: killMs, killSignal: 'SIGKILL', maxBuffer: 256 * MB });
  const rssMb = timed && existsSync(rssFile) ? Math.round(Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024) : null;
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(/Command exited with non-zero status \d+\n?/, ''), ms: performance.now() - t0, rssMb };
}

/** A report with no value, and no warning naming that. */
function silentlyEmpty(report) {
  const values = Object.values(report.fields ?? {}).filter((f) => f.confidence > 0).length;
  return values === 0 && (report.warnings ?? []).length === 0;
}

/** What one extraction's run says: its code ('ok' for a report) and a finding, if any. */
function judge(r, code, report) {
  if (r.status === null) return `hang: killed after ${Math.round(r.ms)} ms (${r.signal})`;
  if (r.status !== 0 && r.status !== 1) return `crash: exit ${r.status}: ${r.stderr.slice(0, 300)}`;
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr)) return `crash: stack on stderr: ${r.stderr.slice(0, 300)}`;
  if (code === 'E_INTERNAL' || code === 'E_SCHEMA_VIOLATION') return `${code}: ${r.stderr.slice(0, 300).trim()}`;
  if (report && silentlyEmpty(report)) return 'silently empty: no value, no warning';
  if (code === null) return `no outcome: ${r.stdout.slice(0, 200)} ${r.stderr.slice(0, 200)}`;
  return null;
}

function extractOne(file) {
  const r = xxgk(['extract', file, '--timeout', String(TIMEOUT_MS)], TIMEOUT_MS + KILL_SLACK_MS);
  let out = null;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    /* no JSON: judged below */
  }
  const code = out?.error?.code ?? (out?.schemaVersion ? 'ok' : null);
  return { code, ms: r.ms, rssMb: r.rssMb, finding: judge(r, code, out?.schemaVersion ? out : null), warnings: out?.warnings?.map((w) => w.code) ?? [] };
}

rmSync(OUT, { recursive: true, force: true });
const inputs = join(OUT, 'inputs');
mkdirSync(inputs, { recursive: true });
const made = [];
for (const [name, ext, make] of SHAPES) {
  if (!only.test(name)) continue;
  const bytes = make();
  const file = join(inputs, `${name}.${ext}`);
  writeFileSync(file, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  made.push({ name, file, bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length });
}
const findings = [];
const results = new Map();
for (const { name, file, bytes } of made) {
  const r = extractOne(file);
  results.set(name, r);
  // Past the budget and the slack for a helper's start: not 'within the default timeout + a small margin'.
  if (r.ms > TIMEOUT_MS + 10_000 && !r.finding) r.finding = `slow: ${Math.round(r.ms)} ms, more than the budget + 10 s`;
  console.log(`${name.padEnd(28)} ${(bytes / MB).toFixed(2).padStart(6)} MB  extract ${String(r.code).padEnd(18)} ${String(Math.round(r.ms)).padStart(7)} ms ${String(r.rssMb ?? '?').padStart(5)} MiB  ${r.warnings.slice(0, 6).join(',')}${r.finding ? `  ✖ ${r.finding}` : ''}`);
  if (r.finding) findings.push(`${name} (extract): ${r.finding}`);
}
// A folder, a FIFO and a missing path given to extract.
if (only.test('o-folder')) {
  const r = extractOne(inputs);
  console.log(`o-folder extract ${r.code}${r.finding ? `  ✖ ${r.finding}` : ''}`);
  if (r.finding) findings.push(`o-folder (extract): ${r.finding}`);
}
if (only.test('o-fifo') && spawnSync('mkfifo', [join(OUT, 'fifo.txt')]).status === 0) {
  const r = extractOne(join(OUT, 'fifo.txt'));
  console.log(`o-fifo extract ${r.code}${r.finding ? `  ✖ ${r.finding}` : ''}`);
  if (r.finding) findings.push(`o-fifo (extract): ${r.finding}`);
}
// A FIFO and a link loop inside the batch's folder: each must be in summary.json, failed with a code (a FIFO was passed over).
const odd = [];
if (!noBatch && only.test('o-in-folder')) {
  if (spawnSync('mkfifo', [join(inputs, 'o-fifo-in-folder.txt')]).status === 0) odd.push(['o-fifo-in-folder.txt', 'E_UNSUPPORTED_KIND']);
  if (spawnSync('ln', ['-s', 'o-loop-in-folder.txt', join(inputs, 'o-loop-in-folder.txt')]).status === 0) odd.push(['o-loop-in-folder.txt', 'E_INPUT_NOT_FOUND']);
}
if (!noBatch && made.length > 0) {
  const out = join(OUT, 'batch');
  const budget = TIMEOUT_MS * made.length + KILL_SLACK_MS;
  const r = xxgk(['batch', inputs, '--out', out, '--timeout', String(TIMEOUT_MS), '--workers', '1'], budget);
  const summaryFile = join(out, 'summary.json');
  const finding = judge(r, existsSync(summaryFile) ? 'ok' : null, null);
  if (finding) findings.push(`batch: ${finding}`);
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { files: [] };
  for (const { name, file } of made) {
    // .json and .csv are read when named, not found in folders (batch/list-inputs SUPPORTED).
    if (/\.(json|csv)$/.test(file)) continue;
    const entry = summary.files.find((f) => f.file === file || f.file?.endsWith(`/${name}.${file.split('.').at(-1)}`) || (f.duplicates ?? []).some((d) => d.endsWith(file.split('/').at(-1))));
    const code = entry ? (entry.ok ? 'ok' : entry.error?.code ?? 'failed') : 'absent';
    const single = results.get(name).code;
    const same = code === single || (entry?.duplicates ?? []).length > 0 || (code !== 'ok' && single === code);
    if (code === 'E_INTERNAL' || code === 'E_SCHEMA_VIOLATION') findings.push(`${name} (batch): ${code}: ${entry.error?.message}`);
    else if (code === 'absent') findings.push(`${name} (batch): not in summary.json`);
    else if (!same) findings.push(`${name}: extract ${single}, batch ${code}`);
  }
  for (const [name, want] of odd) {
    const entry = summary.files.find((f) => f.file?.endsWith(`/${name}`));
    const code = entry ? entry.error?.code ?? 'ok' : 'absent';
    console.log(`${name} batch ${code}`);
    if (code !== want) findings.push(`${name} (batch): ${code}, not ${want}`);
  }
  console.log(`batch: exit ${r.status} in ${Math.round(r.ms)} ms, ${summary.files.length} documents`);
}
// One record per input (code, ms, peak RSS), to compare two builds: `--dist` of each, `--out` apart.
writeFileSync(join(OUT, 'results.json'), JSON.stringify(Object.fromEntries([...results].map(([n, r]) => [n, { code: r.code, ms: Math.round(r.ms), rssMb: r.rssMb, finding: r.finding }])), null, 1));
console.log(findings.length ? `\n${findings.length} finding(s):\n${findings.map((f) => `✖ ${f}`).join('\n')}` : '\nno findings');
process.exitCode = findings.length ? 1 : 0;
