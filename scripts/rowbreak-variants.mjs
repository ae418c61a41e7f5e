#!/usr/bin/env node
/**
 * @file PDFs whose table rows break across a page (Word/LibreOffice "allow row to break across pages",
 * the default): a tall row — a number wrapped one or two digits a line in a narrow value column, or a
 * label wrapped in a narrow label column — starts at the foot of one page and its last lines go on at
 * the top of the next, under the table's continued rulings (the label's tail '件' only, or nothing).
 * Printed by LibreOffice from HTML (Writer/Web) or via a Word document (.docx), both templates, with
 * filler paragraphs of varying length above the tables so different rows of 二, 三 and 四 break;
 * numbers of 2–4 digits. Read by the built library(ies) and scored against the values chosen: fields
 * right, right at ≥ 0.9, missing, wrong, wrong at ≥ 0.9 (a number cut by the break read as its first
 * part — 219 as 21 — must never be confident).
 *
 *   npm run build && nice node scripts/rowbreak-variants.mjs [--seeds 1..20] [--dist dist,/other/dist] [--pdfs DIR] [--verbose]
 *
 * `--pdfs DIR` keeps the printed PDFs (rowbreak-<seed>.pdf) and reuses them; `--dist` reads each PDF
 * with every build listed (before → after on the same files).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { countFields, fieldTally, flatTruth, makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const [from, to] = arg('seeds', '1..20').split('..').map(Number);
const DISTS = arg('dist', 'dist').split(',');
const PDFS = arg('pdfs', '');
const VERBOSE = process.argv.includes('--verbose');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const FILLER = '本机关持续加强政府信息公开平台建设，规范信息发布流程，做好政策解读与回应关切，依法保障人民群众知情权、参与权、表达权和监督权。';

/** A variant: values (golden), the page's HTML, how it is printed, description. */
export function rowBreakVariant(seed) {
  const r = rng(seed * 71 + 5);
  const version = r() < 0.6 ? '2021' : '2019';
  const combined = version === '2019';
  // Numbers of 2–4 digits (scale), so a narrow cell wraps them over 2–4 lines.
  const data = makeValues(seed, { version, combined, scale: pick(r, [30, 120, 900]) });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const pt = 10 + Math.floor(r() * 5);
  // Value cells one or two digits wide: the number wraps in its cell; labels in a narrow column wrap too.
  const digits = pick(r, [1, 1, 2]);
  const valueWidth = Math.round(pt * 0.6 * digits + 6);
  const labelWidth = Math.round(pt * pick(r, [3, 4, 6]));
  const via = pick(r, ['html', 'docx', 'docx']);
  const filler = [0, 1, 2].map(() => Math.floor(r() * 14));
  let html = renderHtml({ title: `测试市第${seed}局2024年政府信息公开工作年度报告`, agency: `测试市第${seed}局`, published: '2025-01-20', tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  html = html.replace(/width="100%"/g, '').replace(/<td ([^>]*)class="n"/g, `<td $1class="n" width="${valueWidth}"`);
  // The number wrapped in its narrow cell: one or two digits a line (set as line breaks, which print the same).
  const chunk = new RegExp(`.{1,${digits}}`, 'g');
  html = html.replace(/(<td [^>]*class="n"[^>]*><p[^>]*>)([\d.]+)(<\/p>)/g, (_m, a, n, b) => `${a}${n.match(chunk).join('<br>')}${b}`);
  // The first cell of each data row (its label) narrow.
  html = html.replace(/<tr><td ([^>]*)style="/g, `<tr><td $1width="${labelWidth}" style="`);
  // Filler paragraphs before each table heading: the page break lands in a different row.
  let k = 0;
  html = html.replace(/(<p><span style="font-family: 黑体">[二三四]、)/g, (m) => `${'<p>' + FILLER + '</p>'.repeat(1)}`.repeat(filler[k++] ?? 0) + m);
  html = html.replace('</head>', `<style>td,td p,p{font-size:${pt}pt} td p{margin:0}</style></head>`);
  const what = `${version} lo-${via} ${pt}pt value ${valueWidth}pt label ${labelWidth}pt filler ${filler.join('/')}`;
  return { data, html, via, what };
}

/** LibreOffice: HTML → PDF (Writer/Web), or HTML → .docx → PDF (Writer). */
function printed(html, via) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-rowbreak-'));
  try {
    writeFileSync(join(dir, 'report.html'), html);
    const soffice = (args) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, ...args, '--outdir', dir], { stdio: 'ignore', timeout: 120_000 });
    if (via === 'docx') {
      soffice(['--convert-to', 'docx:MS Word 2007 XML', join(dir, 'report.html')]);
      soffice(['--convert-to', 'pdf:writer_pdf_Export', join(dir, 'report.docx')]);
    } else soffice(['--convert-to', 'pdf:writer_web_pdf_Export', join(dir, 'report.html')]);
    return readFileSync(join(dir, 'report.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

async function main() {
  const libs = [];
  for (const d of DISTS) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), totals: fieldTally() });
  if (PDFS) mkdirSync(PDFS, { recursive: true });
  for (let seed = from; seed < to; seed++) {
    const v = rowBreakVariant(seed);
    const cached = PDFS ? join(PDFS, `rowbreak-${seed}.pdf`) : '';
    let bytes;
    try {
      bytes = cached && existsSync(cached) ? readFileSync(cached) : printed(v.html, v.via);
    } catch (e) {
      console.log(`${seed} not printed (${e.code ?? e.message}): skipped`);
      continue;
    }
    if (cached && !existsSync(cached)) {
      writeFileSync(cached, bytes);
      writeFileSync(cached.replace(/\.pdf$/, '.json'), JSON.stringify({ what: v.what, data: v.data }));
    }
    for (const { dist, lib, totals: s } of libs) {
      let report;
      try {
        report = await lib.extract(new Uint8Array(bytes), { name: `rowbreak-${seed}.pdf` });
      } catch (e) {
        console.log(`${seed} [${dist}] FAILED ${e.code}: ${v.what}`);
        continue;
      }
      const got = lib.flattenData(report.data);
      s.docs++;
      const bad = countFields(report, got, flatTruth(v.data), () => [s]);
      if (bad.length && (VERBOSE || bad.some((x) => x.endsWith('!!')))) console.log(`${seed} [${dist}] [${v.what}] ${bad.length} off: ${bad.filter((x) => x.endsWith('!!')).concat(bad).slice(0, 8).join('; ')}`);
      else if (VERBOSE) console.log(`${seed} [${dist}] [${v.what}] ok`);
    }
  }
  for (const { dist, totals: s } of libs) {
    const pct = (x) => (s.fields ? ((100 * x) / s.fields).toFixed(2) : '-');
    console.log(`${dist} docs ${s.docs} fields ${s.fields} right ${pct(s.right)}% right≥0.9 ${pct(s.rightHigh)}% missing ${s.missing} wrong ${s.wrong} wrong≥0.9 ${s.wrongHigh}`);
  }
}
