#!/usr/bin/env node
/**
 * @file Titles of turned pages in `pdftotext -layout` dumps (issue 15): each seed's report (both templates)
 * under an agency name drawn from places and bodies (and a title form: agency first, year first, 关于),
 * printed by Chromium (A4, A5, Letter) or LibreOffice, turned by qpdf (every page 90°, 180°, 270°; page 1
 * 90° / page 2 180° / the rest 270°) and dumped with `-layout` (plain too with --plain). pdftotext writes a
 * turned page's title characters in the order of its columns ('局 第县石青 1 2023年…'). --keep DIR keeps the
 * dumps and reuses the PDFs made there. Per build: the
 * meta title, agency and year right, wrong at ≥ 0.9, wrong at 0.8–0.9, wrong below, missing.
 *
 *   nice node scripts/turned-title-variants.mjs --seeds 1..8 [--dist dist,/tmp/snapN/dist] [--keep DIR] [--plain] [--show]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';

const [lo, hi] = seedRange('1..8');
const DISTS = stringArg('dist', 'dist').split(',');
const KEEP = stringArg('keep', '');
const PLAIN = process.argv.includes('--plain');
const SHOW = process.argv.includes('--show');
const OUT = KEEP || join(tmpdir(), `turned-title-${process.pid}`);
mkdirSync(OUT, { recursive: true });

const PLACES = ['汀州市', '青禾县', '东湖区', '临水市', '南溪镇', '望江县', '云岭市白沙区', '北川县', '枫桥街道', '安澜市', '石门县'];
const BODIES = ['人民政府', '人民政府办公室', '自然资源局', '卫生健康委员会', '市场监督管理局', '教育局', '交通运输局', '发展和改革委员会', '民政局', '住房和城乡建设局', '统计局', '档案馆'];
const NUMBERED = ['局', '中学', '人民医院', '小学', '派出所'];
const TURNS = { r90: ['--rotate=+90:1-z'], r180: ['--rotate=180:1-z'], r270: ['--rotate=+270:1-z'], mix: ['--rotate=+90:1', '--rotate=180:2', '--rotate=+270:3-z'] };

function makeDocs(seed) {
  const r = rng(seed * 7907 + 11);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = r() < 0.5 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  // One name in three holds a number ('青禾县第3中学'): its digits break the name's run, which pdftotext then writes out of place.
  const agency = `${pick(PLACES)}${r() < 0.33 ? `第${1 + Math.floor(r() * 30)}${pick(NUMBERED)}` : pick(BODIES)}`;
  const year = version === '2019' ? 2019 : pick([2021, 2022, 2023, 2024]);
  const form = pick(['agency', 'agency', 'yearFirst', 'about']);
  const title = form === 'yearFirst' ? `${year}年度${agency}政府信息公开工作年度报告` : form === 'about' ? `${agency}关于${year}年政府信息公开工作年度报告` : `${agency}${year}年政府信息公开工作年度报告`;
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const html = renderHtml({ title, agency, published: `${year + 1}-01-1${seed % 10}`, tables, narrative: NARRATIVE, headings: H, style: pick(['cms', 'word']) });
  const base = join(OUT, `tt${seed}`);
  const printer = pick(['cr', 'cr', 'lo']);
  // A kept PDF (--keep DIR) is reused: the draws above are the same for the seed.
  if (existsSync(`${base}.pdf`)) void 0;
  else if (printer === 'cr') chromiumPdf(html.replace('</style>', `${pick(['@page{size:A4}', '@page{size:A5}', '@page{size:Letter}'])}</style>`), `${base}.pdf`);
  else libreofficePdf(html, `${base}.pdf`);
  const docs = [];
  for (const [turn, argv] of Object.entries(TURNS)) {
    const pdf = `${base}-${turn}.pdf`;
    execFileSync('qpdf', [`${base}.pdf`, pdf, ...argv]);
    for (const [dump, args] of [['lay', ['-layout']], ...(PLAIN ? [['plain', []]] : [])]) {
      const txt = `${base}-${printer}-${turn}-${dump}.txt`;
      execFileSync('pdftotext', [...args, '-enc', 'UTF-8', pdf, txt]);
      docs.push({ file: txt, truth: { title, agency, year } });
    }
  }
  return docs;
}

const docs = [];
for (let seed = lo; seed <= hi; seed++) {
  try {
    docs.push(...makeDocs(seed));
  } catch (e) {
    console.log(`seed ${seed} not printed (${e.code ?? e.message}): skipped`);
  }
}
writeFileSync(join(OUT, 'truth.json'), JSON.stringify(docs, null, 1));

for (const dist of DISTS) {
  const { extract } = await import(pathToFileURL(join(resolve(dist), 'index.js')).href);
  const tally = Object.fromEntries(['title', 'agency', 'year'].map((k) => [k, { right: 0, W9: 0, W8: 0, wrong: 0, missing: 0 }]));
  for (const d of docs) {
    let rep;
    try {
      rep = await extract(readFileSync(d.file), { name: d.file.split('/').pop(), timeoutMs: Number(process.env.DOC_TIMEOUT ?? 400000) });
    } catch {
      for (const k of Object.keys(tally)) tally[k].missing++;
      continue;
    }
    for (const k of Object.keys(tally)) {
      const got = rep.meta?.[k] ?? null;
      const conf = rep.metaFields?.[k]?.confidence ?? 0;
      const t = tally[k];
      if (got === null) t.missing++;
      else if (got === d.truth[k]) t.right++;
      else {
        if (conf >= 0.9) t.W9++;
        else if (conf >= 0.8) t.W8++;
        else t.wrong++;
        if (SHOW && conf >= 0.8) console.log(`  ${d.file.split('/').pop()} ${k}: ${got} (want ${d.truth[k]}) @${conf}`);
      }
    }
  }
  console.log(`${dist} (${docs.length} dumps)`);
  for (const [k, t] of Object.entries(tally)) console.log(`  ${k.padEnd(7)} right ${t.right}  wrong>=.9 ${t.W9}  .8-.9 ${t.W8}  <.8 ${t.wrong}  missing ${t.missing}`);
}
if (!KEEP) rmSync(OUT, { recursive: true, force: true });
