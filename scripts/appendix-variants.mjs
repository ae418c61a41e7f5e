#!/usr/bin/env node
/**
 * @file Tables printed after the prose as 附表1–3 (map/appendix-tables): a render-html.mjs report whose
 * sections 二/三/四 say '具体数据详见附表N' and whose three tables come after the sign-off, each under a
 * caption '附表N' (or '附表N 主动公开政府信息情况…'), with or without a '附表：' line before them,
 * after the site's footer or before it; sometimes a section keeps its own table (only some moved).
 * Read as the HTML page, lynx / w3m dumps, a Chromium PDF and its `pdftotext -layout` / plain dumps.
 * Every field of tables 二/三/四 is scored: right (≥ 0.9), low (right below 0.9, or missing), wrong
 * at ≥ 0.9 (must be 0), wrong at 0.8–0.9, wrong below 0.8.
 *
 *   npm run build && nice node scripts/appendix-variants.mjs [--seeds 1..12] [--styles html,lynx,w3m,pdf,layout,plain] [--moved none]
 *     [--copied 1] [--blank 1] [--printer chromium|libreoffice] [--show]
 * (`--moved none`: the same reports with the tables in their sections, the usual look, to compare with.
 * `--copied 1`: the tables kept in their sections and printed again as 附表N, the sections still saying
 * '具体数据详见附表N'. `--blank 1`: zeros printed as empty cells. `--printer libreoffice`: the PDF printed
 * by LibreOffice Writer/Web instead of Chromium.)
 * Files go to `.tmp/appendix/` (gitignored). XXGK_DIST measures another build. Exit 1 on a field wrong at ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, base, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { makeValues, rng, verdict } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.tmp', 'appendix');
const argv = process.argv.slice(2);
const opt = (name, fallback = null) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const TITLES = { activeDisclosure: '主动公开政府信息情况', requests: '收到和处理政府信息公开申请情况', reviewLitigation: '政府信息公开行政复议、行政诉讼情况' };
const KEYS = ['activeDisclosure', 'requests', 'reviewLitigation'];

/** The dumps of the page (HTML read as is; PDF printed by Chromium). */
const STYLES = {
  html: { from: 'html', name: 'report.html', run: (f) => readFileSync(f) },
  lynx: { from: 'html', name: 'report.txt', run: (f) => execFileSync('lynx', ['-dump', '-nolist', '-width=120', '-display_charset=utf-8', '-assume_charset=utf-8', f]) },
  w3m: { from: 'html', name: 'report.txt', run: (f) => execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '160', '-I', 'UTF-8', '-O', 'UTF-8', f]) },
  pdf: { from: 'pdf', name: 'report.pdf', run: (f) => readFileSync(f) },
  layout: { from: 'pdf', name: 'report.txt', run: (f) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']) },
  plain: { from: 'pdf', name: 'report.txt', run: (f) => execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-']) },
};

/** The variant of `seed`: template version, values, which tables move, captions, '附表：', footer place. */
export function plan(seed) {
  const r = rng(seed * 6151 + 29);
  const version = r() < 0.3 ? '2019' : '2021';
  const data = makeValues(seed * 37 + 3, { version, combined: version === '2019', scale: pick(r, [3, 30, 300]) });
  // Most reports move all three tables; some keep table 二 (or 四) in place.
  const drawn = pick(r, [KEYS, KEYS, KEYS, ['requests', 'reviewLitigation'], ['activeDisclosure', 'requests']]);
  // `--moved none`: the same report with its tables in their sections (the usual look), to compare with.
  const moved = opt('moved') === 'none' ? [] : drawn;
  const titled = r() < 0.3;
  const lead = r() < 0.5;
  const place = pick(r, ['afterFooter', 'beforeFooter']);
  const style = r() < 0.25 ? 'word' : 'cms';
  const copied = opt('copied') === '1';
  const blank = opt('blank') === '1';
  const printer = opt('printer', 'chromium');
  const extra = `${copied ? '-copied' : ''}${blank ? '-blank' : ''}${printer === 'chromium' ? '' : `-${printer}`}`;
  const tag = `a${seed}-v${version}-${moved.map((k) => k[0]).join('') || 'inplace'}-${titled ? 'titled' : 'bare'}-${lead ? 'lead' : 'nolead'}-${place}-${style}${extra}`;
  return { seed, version, data, moved, titled, lead, place, style, copied, blank, printer, stem: join(OUT, tag) };
}

/** The page: each moved table replaced by a reference, and printed after the sign-off under its caption. */
export function page(p) {
  const b = base(5000 + p.seed, { version: p.version });
  const tables = { activeDisclosure: activeTable(p.data, p.version), requests: requestTable(p.data, p.version === '2019'), reviewLitigation: reviewTable(p.data) };
  if (p.blank) for (const rows of Object.values(tables)) for (const row of rows) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && c === '0' ? '' : c));
  // A caller's printing quirks on the cells ('件' after counts: scripts/apb-variants.mjs).
  p.cells?.(tables);
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style: p.style });
  // renderHtml prints the three tables in order, each one <table …>…</table> block.
  const blocks = [];
  let out = html;
  let n = 0;
  for (const key of KEYS) {
    const at = out.indexOf('<table border="1"', n);
    const end = out.indexOf('</table>', at) + '</table>'.length;
    const table = out.slice(at, end);
    if (p.moved.includes(key)) {
      const num = blocks.length + 1;
      const ref = `<p style="text-indent:2em">具体数据详见附表${num}。</p>`;
      out = out.slice(0, at) + ref + (p.copied ? table : '') + out.slice(end);
      n = at + ref.length + (p.copied ? table.length : 0);
      blocks.push(`<p>附表${num}${p.titled ? ` ${TITLES[key]}` : ''}</p>\n${table}`);
    } else n = end;
  }
  const appendix = [...(p.lead ? ['<p>附表：</p>'] : []), ...blocks].join('\n');
  const mark = p.place === 'afterFooter' ? '</body>' : '<div class="related">';
  return out.replace(mark, `${appendix}\n${mark}`);
}

/** The plan's document in `style` (cached under OUT). */
export function dump(p, style) {
  const s = STYLES[style];
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(`${p.stem}.html`)) writeFileSync(`${p.stem}.html`, page(p));
  if (s.from === 'html') return s.run(`${p.stem}.html`);
  if (!existsSync(`${p.stem}.pdf`)) (p.printer === 'libreoffice' ? libreofficePdf : chromiumPdf)(readFileSync(`${p.stem}.html`, 'utf8'), `${p.stem}.pdf`);
  return s.run(`${p.stem}.pdf`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = opt('seeds', '1..12').split('..').map(Number);
  const styles = opt('styles')?.split(',') ?? Object.keys(STYLES);
  const fresh = () => ({ docs: 0, right: 0, low: 0, wrong: 0, wrongMid: 0, wrongLow: 0 });
  const tally = Object.fromEntries(styles.map((s) => [s, fresh()]));
  const sum = fresh();
  for (let seed = from; seed <= to; seed++) {
    const p = plan(seed);
    for (const style of styles) {
      let rep;
      try {
        rep = await lib.extract(dump(p, style), { name: STYLES[style].name });
      } catch (e) {
        // A printer or a reading that timed out (a loaded machine): the document is counted as failed.
        console.log(`seed ${seed} ${style}: ${e.code ?? e.message}`);
        tally[style].failed = (tally[style].failed ?? 0) + 1;
        continue;
      }
      const got = lib.flattenData(rep.data);
      const d = { right: 0, low: 0, wrong: 0, wrongMid: 0, wrongLow: 0 };
      for (const [k, truth] of lib.flattenData({ activeDisclosure: p.data.activeDisclosure, requests: p.data.requests, reviewLitigation: p.data.reviewLitigation })) {
        const conf = rep.fields[k]?.confidence ?? 0;
        const v = verdict(got.get(k), truth, conf);
        d[v === 'wrongLow' && conf >= 0.8 ? 'wrongMid' : v]++;
        if (v === 'wrong' || (v === 'wrongLow' && conf >= 0.8 && argv.includes('--show'))) console.log(`  seed ${seed} ${style} ${k}: ${got.get(k)} (truth ${truth}) at ${conf}`);
      }
      for (const t of [tally[style], sum]) {
        t.docs++;
        for (const f of ['right', 'low', 'wrong', 'wrongMid', 'wrongLow']) t[f] += d[f];
      }
      if (d.wrong || argv.includes('--show')) console.log(`seed ${seed} ${style} ${p.stem.split('/').pop()}: right ${d.right} low ${d.low} WRONG ${d.wrong} wrong.8-.9 ${d.wrongMid} wrong<.8 ${d.wrongLow} ${rep.warnings.map((w) => w.code).join(',')}`);
    }
  }
  const line = (k, t) => `${k.padEnd(12)} ${String(t.docs).padStart(3)} docs: right≥0.9 ${t.right}, low ${t.low}, wrong≥0.9 ${t.wrong}, wrong 0.8–0.9 ${t.wrongMid}, wrong<0.8 ${t.wrongLow}${t.failed ? `, failed ${t.failed}` : ''}`;
  for (const [k, t] of Object.entries(tally)) console.log(line(k, t));
  console.log(line(`seeds ${from}..${to}`, sum));
  process.exit(sum.wrong ? 1 : 0);
}
