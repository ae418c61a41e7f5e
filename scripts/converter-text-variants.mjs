#!/usr/bin/env node
/**
 * @file Text dumps that HTML and .docx converters make of a report page, by the real tools: random
 * reports (values, 2021 or 2019 template, single （六）, CMS or Word-style page, zeros left blank)
 * rendered as HTML pages (scripts/render-html.mjs) and turned into text by
 *   - `html2text`: Python html2text (Debian python3-html2text, CLI `html2markdown`) at its defaults
 *     (lines wrapped at 78 columns, a `<p>` inside a cell breaks the row into a line per cell with `|`
 *     lines between), `--body-width=0` (no wrapping) and `--pad-tables`;
 *   - `docx2txt`: the page converted to .docx by LibreOffice (`soffice --convert-to docx`, merged
 *     cells kept as Word writes them: the covered cells of a rowspan print as empty cells), then
 *     Python docx2txt (restated in scripts/docx2txt.py: every paragraph, so every cell, after a blank
 *     line; an empty cell two more line breaks) or Debian's Perl `docx2txt` (cells on lines of their own,
 *     centred with spaces);
 *   - `html2text-deb`: Debian's C++ html2text 1.3.2a (`html2text -utf8 -width 200`, and `-width 79` its
 *     default as `html2text-deb79`): it lays a table out by bytes, so a label wider than its column is
 *     overwritten by the values after it, cut inside its UTF-8 characters. Not drawn by the seeds'
 *     plans: `--as html2text-deb` makes every seed use it;
 *   - `lo-pdftotext`: the .docx printed to PDF by LibreOffice (`soffice --convert-to pdf`), then plain
 *     `pdftotext` (no -layout): the tables come as text flows — labels in a pile, values by blocks of
 *     rows column by column, a 2019 table 三's 其他/总计 columns as flows of their own. Not drawn by the
 *     plans either (`--as lo-pdftotext`; `--v2019` makes every seed a 2019 report); `lo-pdftotext-raw`
 *     the same PDF through `pdftotext -raw` (content-stream order).
 * `--wrong-totals N` (1 or 2): table 三 prints N totals wrong (TEMPLATE.md: the printed number is the
 * value, and the truth measured): a row's 总计, a cell of （七）总计 (a column's total) or its 总计 (the
 * grand total), off by 1, 2 or 10; each seed draws which.
 * Every field of tables 二, 三 and 四 is measured against the values chosen: right (≥ 0.9), low
 * (right below 0.9, or missing), wrong at ≥ 0.9 (must be 0: exit 1), wrong below 0.9.
 *
 *   npm run build && nice node scripts/converter-text-variants.mjs [--seeds 1..40] [--converters docx2txt,html2text] [--as html2text-deb] [--show] [--print SEED]
 * Files go to `.tmp/converter-text/` (HTML, .docx, text), reused on the next run. XXGK_DIST measures another build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { COLS, get, makeValues, measureFields, requestRows, rng, runVariants } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'converter-text');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
export const CONVERTERS = ['html2text', 'html2text-nowrap', 'html2text-pad', 'docx2txt', 'docx2txt-perl'];
/** Converters no plan draws (so the seeds keep their converter), chosen for every seed with `--as`. */
const EXTRA_CONVERTERS = { 'html2text-deb': ['-width', '200'], 'html2text-deb79': ['-width', '79'], 'html2text-pretty': ['-nobs', '-style', 'pretty', '-width', '200'] };
/**
 * Archive dumps no plan draws either (`--as`; breakit55's crawler kinds): pandoc's reST, Org and
 * MediaWiki writers, lynx -width 160 written UTF-16LE with a BOM, and LibreOffice's HTML → HTML
 * (StarWriter) re-export (`lo-html`, read as a page). With one of these, each seed also draws the
 * page quirks those dumps met there (a second rng, so the other converters' seeds stay as they were):
 * counts with thousands separators (narrow grid cells wrap at the comma) and, for a one-row
 * （六）其他处理, whether the group span above it ends before it (`fitSpan`; render-html's pages
 * otherwise span it too, as the breakit sets' do).
 */
const CRAWL_CONVERTERS = ['pandoc-rst', 'pandoc-org', 'pandoc-mediawiki', 'lynx-utf16', 'lo-html', 'html2text-gbk', 'pandoc-docx-tabcell'];
/**
 * breakit59's kinds (`--as`, with the crawl quirks above): `html2text-gbk`, Debian html2text -utf8 -width 160
 * decoded as UTF-8 with replacement and saved GBK with 'replace' and CRLF (every cut character and every blank
 * cell's no-break space a '?'); `pandoc-docx-tabcell`, the page through pandoc to .docx, its document.xml read
 * as a docx2txt-like dump: a tab after every cell (`</w:tc>`), a line break after every paragraph.
 */
const PY_GBK = "import sys; t = sys.stdin.buffer.read().decode('utf-8', 'replace'); sys.stdout.buffer.write(t.replace('\\n', '\\r\\n').encode('gbk', 'replace'))";
const PY_TABCELL = [
  'import io, re, sys, zipfile',
  "x = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).read('word/document.xml').decode('utf-8')",
  "x = re.sub(r'</w:p>', '\\n', x); x = re.sub(r'<w:tab/>|</w:tc>', '\\t', x)",
  "sys.stdout.buffer.write(re.sub(r'<[^>]+>', '', x).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').encode('utf-8'))",
].join('\n');
const FORCED = (() => { const i = process.argv.indexOf('--as'); return i < 0 ? null : process.argv[i + 1]; })();
const V2019 = process.argv.includes('--v2019');
const WRONG_TOTALS = (() => { const i = process.argv.indexOf('--wrong-totals'); return i < 0 ? 0 : Number(process.argv[i + 1]); })();
/** Converters that read the page's .docx (LibreOffice's). */
const fromDocx = (c) => c.startsWith('docx2txt') || c.startsWith('lo-pdftotext');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const argList = (name) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? null : process.argv[i + 1].split(','); };

/** The report of `seed`: its values, page and the converter that turns it into text. */
function plan(seed) {
  const r = rng(seed * 92821 + 13);
  const drawn = r() < 0.25 ? '2019' : '2021';
  const version = V2019 ? '2019' : drawn;
  const combined = version === '2019' || r() < 0.2;
  const data = makeValues(seed * 31 + 5, { version, combined, scale: pick(r, [10, 30, 300, 3000]) });
  const wrong = misprintTotals(data, combined, seed, WRONG_TOTALS);
  const b = base(seed, { version });
  const style = pick(r, ['cms', 'word']);
  const blankZeros = r() < 0.3;
  const converter = FORCED ?? pick(r, CONVERTERS);
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const q = rng(seed * 4099 + 7);
  const crawlQuirks = CRAWL_CONVERTERS.includes(converter) || converter === 'html2text-pretty' ? { thousands: q() < 0.5, fitSpan: combined && q() < 0.5 } : {};
  const crawled = blankZeros || crawlQuirks.thousands || crawlQuirks.fitSpan ? { ...(blankZeros ? { blankZeros: true } : {}), ...crawlQuirks } : undefined;
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style, crawled });
  return { seed, data, version, combined, style, blankZeros, crawlQuirks, converter, html, wrong, stem: join(OUT, `c${seed}${V2019 ? "-v2019" : ""}${WRONG_TOTALS ? `-wt${WRONG_TOTALS}` : ''}`) };
}

/**
 * Prints `n` totals of table 三 wrong (in `data`, which is then the truth: the printed number is
 * the value): a row's 总计, a column's total (a cell of （七）总计) or the grand total, off by 1, 2
 * or 10 (never below 0), each at a cell of its own. Returns what was changed ('row:granted.total+2').
 */
function misprintTotals(data, combined, seed, n) {
  const r = rng(seed * 7919 + n);
  const rows = requestRows(combined).map((x) => x[2]);
  const done = [];
  const cells = new Set();
  while (done.length < n) {
    const kind = pick(r, ['row', 'row', 'column', 'grand']);
    const key = kind === 'row' ? `${pick(r, rows)}.total` : kind === 'column' ? `totalHandled.${pick(r, COLS.slice(0, 6))}` : 'totalHandled.total';
    if (cells.has(key)) continue;
    const v = get(data.requests, key);
    const d = pick(r, [1, 2, 10]) * (v > 10 && r() < 0.5 ? -1 : 1);
    const path = key.split('.');
    const col = path.pop();
    path.reduce((o, p) => o[p], data.requests)[col] = v + d;
    cells.add(key);
    done.push(`${kind}:${key}${d > 0 ? '+' : ''}${d}`);
  }
  return done;
}

/** LibreOffice turns every page named into .docx in one run (a start of soffice costs seconds). */
function toDocx(plans) {
  const todo = plans.filter((p) => fromDocx(p.converter) && !existsSync(`${p.stem}.docx`));
  if (todo.length) {
    for (const p of todo) writeFileSync(`${p.stem}.html`, p.html);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', OUT, ...todo.map((p) => `${p.stem}.html`)], { stdio: 'ignore', timeout: 600000 });
  }
  const print = plans.filter((p) => p.converter.startsWith('lo-pdftotext') && !existsSync(`${p.stem}.pdf`));
  if (print.length) execFileSync('soffice', [`-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', OUT, ...print.map((p) => `${p.stem}.docx`)], { stdio: 'ignore', timeout: 600000 });
}

/** The text the plan's converter makes. */
function convert(p) {
  const txt = `${p.stem}.${p.converter}.txt`;
  if (existsSync(txt)) return readFileSync(txt);
  let out;
  if (p.converter === 'lo-html') {
    writeFileSync(`${p.stem}.html`, p.html);
    const dir = join(OUT, 'lo-html');
    mkdirSync(dir, { recursive: true });
    execFileSync('soffice', [`-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'html:HTML (StarWriter)', '--outdir', dir, `${p.stem}.html`], { stdio: 'ignore', timeout: 600000 });
    out = readFileSync(join(dir, `${p.stem.split('/').pop()}.html`));
  } else if (p.converter === 'html2text-gbk') {
    writeFileSync(`${p.stem}.html`, p.html);
    out = execFileSync(PY, ['-c', PY_GBK], { input: execFileSync('html2text', ['-utf8', '-width', '160', `${p.stem}.html`]) });
  } else if (p.converter === 'pandoc-docx-tabcell') {
    writeFileSync(`${p.stem}.html`, p.html);
    out = execFileSync(PY, ['-c', PY_TABCELL], { input: execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', '-', `${p.stem}.html`]) });
  } else if (p.converter.startsWith('pandoc-')) {
    writeFileSync(`${p.stem}.html`, p.html);
    out = execFileSync('pandoc', ['-f', 'html', '-t', p.converter.slice('pandoc-'.length), `${p.stem}.html`]);
  } else if (p.converter === 'lynx-utf16') {
    writeFileSync(`${p.stem}.html`, p.html);
    const text = execFileSync('lynx', ['-dump', '-nolist', '-width=160', '-display_charset=utf-8', `${p.stem}.html`]).toString('utf8');
    out = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  } else if (p.converter in EXTRA_CONVERTERS) {
    writeFileSync(`${p.stem}.html`, p.html);
    out = execFileSync('html2text', ['-utf8', ...EXTRA_CONVERTERS[p.converter], `${p.stem}.html`]);
  } else if (p.converter.startsWith('html2text')) {
    writeFileSync(`${p.stem}.html`, p.html);
    const opts = { 'html2text-nowrap': ['--body-width=0'], 'html2text-pad': ['--pad-tables'] }[p.converter] ?? [];
    out = execFileSync('html2markdown', [...opts, `${p.stem}.html`, 'utf-8']);
  } else if (p.converter === 'lo-pdftotext') out = execFileSync('pdftotext', ['-enc', 'UTF-8', `${p.stem}.pdf`, '-']);
  else if (p.converter === 'lo-pdftotext-raw') out = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', `${p.stem}.pdf`, '-']);
  else if (p.converter === 'docx2txt') out = execFileSync(PY, [join(ROOT, 'scripts', 'docx2txt.py'), `${p.stem}.docx`]);
  else out = execFileSync('docx2txt', [`${p.stem}.docx`, '-']);
  writeFileSync(txt, out);
  return out;
}

function build(seed) {
  const p = plan(seed);
  toDocx([p]);
  return { ...p, bytes: convert(p), name: p.converter === 'lo-html' ? 'report.html' : p.converter.startsWith('html2text') && p.converter !== 'html2text-gbk' && seed % 2 ? 'report.md' : 'report.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  const only = argList('converters');
  if (process.argv.includes('--print')) {
    process.stdout.write(build(Number(process.argv[process.argv.indexOf('--print') + 1])).bytes);
    process.exit(0);
  }
  const i = process.argv.indexOf('--seeds');
  const [from, to] = (i < 0 ? '1..40' : process.argv[i + 1]).split('..').map(Number);
  const keep = (p) => !only || only.includes(p.converter);
  toDocx(Array.from({ length: to - from + 1 }, (_, k) => plan(from + k)).filter(keep));
  const skip = { right: 0, low: 0, wrong: 0, wrongLow: 0, report: { warnings: [] } };
  await runVariants({
    root: ROOT, build: (seed) => (keep(plan(seed)) ? build(seed) : { ...plan(seed), skipped: true }), seeds: '1..40',
    measure: (v, lib, seed) => (v.skipped ? skip : measureFields(v, lib, seed)),
    keysOf: (v) => (v.skipped ? ['(skipped)'] : [v.converter, `${v.style}${v.blankZeros ? ' blank' : ''}`, `v${v.version}${v.combined ? ' six' : ''}`]),
    describe: (v) => `${v.converter} ${v.style}${v.blankZeros ? ' blankZeros' : ''}${v.crawlQuirks?.thousands ? ' thousands' : ''}${v.crawlQuirks?.fitSpan ? ' fitSpan' : ''} ${v.version}${v.combined ? ' combined' : ''}${v.wrong.length ? ` ${v.wrong.join(' ')}` : ''}`,
  });
}

export { build, plan, toDocx };
