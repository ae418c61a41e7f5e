#!/usr/bin/env node
/**
 * @file Table 三 clipped at the page's right edge in a ruled LibreOffice PDF (map/clipped-total):
 * random consistent reports whose page gives every table a fixed width wider than the page and
 * rules every cell 0.5 pt, converted by LibreOffice Writer's HTML import (which prints a table at
 * its width and cuts what passes the page's edge: 其他 and 总计, with the group word '法人或其他组织'
 * cut to '法人或其他'). Zero cells printed '－' (a dash: no plain value stream to count) on half the
 * seeds, '件' after some values on a third. Measures table 三's fields: right, right at ≥ 0.9,
 * wrong, wrong at ≥ 0.9 (must be 0); a '－' cell is right when read 0 or null.
 *
 * `--version 2019`: the 2019 template (table 二's 本年增/减 column cut through by the page's edge, 行政事业性收费
 * printing two of its three cells) with every field of the three tables scored (a '－' or blank cell past the
 * edge is right only when read missing).
 *
 *   npm run build && nice node scripts/clipped-pdf-variants.mjs [--seeds 1..6] [--dist dist] [--version 2019] [--show] [--keep DIR]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { flatTruth, makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(resolve(ROOT, stringArg('dist', 'dist'), 'index.js'));
const [from, to] = seedRange('1..6');
const show = process.argv.includes('--show');
const keep = stringArg('keep', '');
const version = stringArg('version', '2021');

/** Table widths (mm) past an A4 page's text width (~170 mm): LibreOffice cuts one to three columns. */
const WIDTHS = [230, 250, 270];

function variant(seed) {
  const r = rng(seed * 4099 + 11);
  const data = makeValues(seed, { version, combined: version === '2019', scale: [3, 10, 30, 100][Math.floor(r() * 4)] });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const dash = r() < 0.5;
  const jian = r() < 0.33;
  for (const row of t.requests) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((c, j) => (j === 0 ? c : c === '0' && dash ? '－' : jian && /^\d+$/.test(c) && r() < 0.15 ? `${c}件` : c));
  }
  const width = WIDTHS[Math.floor(r() * WIDTHS.length)];
  let html = renderHtml({ title: `测试市第${seed}局2024年政府信息公开工作年度报告`, agency: `测试市第${seed}局`, published: '2025-01-20', tables: t, narrative: NARRATIVE, headings: H, style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true } });
  html = html.replace('</head>', `<style>table{border-collapse:collapse;width:${width}mm} td,th{border:0.5pt solid black !important}</style></head>`);
  return { data, html, what: `width ${width}mm${dash ? ', dash zeros' : ''}${jian ? ', 件' : ''}` };
}

function libreofficeWriterPdf(html) {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-clipped-pdf-'));
  try {
    writeFileSync(join(dir, 'page.html'), html);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, join(dir, 'page.html')], { stdio: 'ignore', timeout: 400000 });
    return readFileSync(join(dir, 'page.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sum = { docs: 0, fields: 0, right: 0, rightHigh: 0, wrong: 0, wrongHigh: 0, clipped: 0 };
for (let seed = from; seed < to; seed++) {
  const v = variant(seed);
  // A PDF kept in `--keep` is read again (the same prints measured by another build).
  const kept = keep ? join(keep, `clipped-${version}-${seed}.pdf`) : '';
  const pdf = kept && existsSync(kept) ? readFileSync(kept) : libreofficeWriterPdf(v.html);
  if (kept) writeFileSync(kept, pdf);
  const report = await extract(new Uint8Array(pdf), { name: `clipped-${seed}.pdf` });
  const got = flattenData(report.data);
  const s = { fields: 0, right: 0, rightHigh: 0, wrong: 0, wrongHigh: 0 };
  const truth = version === '2019' ? flatTruth({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation }) : flatTruth(v.data.requests, 'requests.');
  for (const [k, want] of truth) {
    const value = got.get(k) ?? null;
    const conf = report.fields[k]?.confidence ?? 0;
    s.fields++;
    if (value === want || (want === 0 && value === null && v.what.includes('dash'))) {
      if (value !== null) { s.right++; if (conf >= 0.9) s.rightHigh++; }
    } else if (value !== null) {
      s.wrong++;
      if (conf >= 0.9) s.wrongHigh++;
      if (show || conf >= 0.8) console.log(`  ${seed} ${k}: ${want} → ${value} @${conf}`);
    }
  }
  const clipped = report.warnings.some((w) => w.code === 'column_clipped');
  console.log(`${seed} ${v.what}: right ${s.right}/${s.fields} (≥.9 ${s.rightHigh}), wrong ${s.wrong} (≥.9 ${s.wrongHigh})${clipped ? ' column_clipped' : ''}`);
  sum.docs++; sum.clipped += clipped ? 1 : 0;
  for (const key of Object.keys(s)) sum[key] += s[key];
}
console.log(`total ${sum.docs} docs: right ${sum.right}/${sum.fields} (≥.9 ${sum.rightHigh}), wrong ${sum.wrong} (≥.9 ${sum.wrongHigh}), column_clipped ${sum.clipped}`);
process.exit(sum.wrongHigh > 0 ? 1 : 0);
