#!/usr/bin/env node
/**
 * @file PDFs whose metadata /Title is a CMS page's breadcrumb (session 49: an independent tester's 6 docs took such a /Title
 * over the printed heading at 0.8). A seed's report page (scripts/render-html.mjs, values of scripts/template-data.mjs) is
 * printed by Chromium (a third with no heading printed: the /Title is then the one title) with its `<title>` set to a site's trail: the site's name (a 人民政府 that is often not the report's
 * agency: a bureau's report on its city's site), channel names ('政务公开', '政府信息公开年报', '法定主动公开内容'…) and the
 * report's title as the page lists it (whole, without its agency, or cut short with '…'), joined by one of - > » | _ / › (with
 * or without spaces, '首页' first or not, the trail's end first as some CMSs write it). Half the prints carry Chromium's
 * running header and footer (the /Title printed at every page's top). The printed heading is the report's own title.
 * Scored on the title, agency and year chosen against the page's values (never against the extractor): right, wrong,
 * wrong at ≥ 0.8 (must be 0), missing.
 *
 *   npm run build && nice node scripts/cms-title-pdf-variants.mjs [--seeds 1..16] [--dist dist] [--out /tmp/cms-title] [--verbose]
 *   (dev seeds 1..16, held-out 1001..1016)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { chromiumPdf } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';

const CITIES = ['安丘市', '潍坊市', '盐亭县', '芜湖市镜湖区', '如东县', '枝江市', '青州市', '江门市蓬江区'];
const BUREAUS = ['人民政府', '人民政府办公室', '教育局', '财政局', '自然资源和规划局', '卫生健康委员会', '市场监督管理局', '城市管理局'];
const TOWNS = ['石桥乡人民政府', '城关镇人民政府', '东城街道办事处'];
const CHANNELS = ['政务公开', '信息公开', '政府信息公开', '政府信息公开年报', '年度报告', '法定主动公开内容', '部门信息公开', '信息公开年报'];
const SEPARATORS = ['-', ' - ', ' > ', '>', ' » ', ' | ', '_', '/', ' › ', '——'];

/** One variant: the page's report and the /Title its CMS gave it. */
export function cmsTitleVariant(seed) {
  const r = rng(seed * 6007 + 11);
  const p = (list) => list[Math.floor(r() * list.length)];
  const city = p(CITIES);
  const agency = r() < 0.2 ? `${city}${p(TOWNS)}` : `${city}${p(BUREAUS)}`;
  const year = 2020 + Math.floor(r() * 5);
  const nd = r() < 0.5 ? '年' : '年度';
  const title = `${agency}${year}${nd}政府信息公开工作年度报告`;
  const site = r() < 0.8 ? `${city}人民政府` : `${city}人民政府门户网站`;
  const listed = [title, `${year}${nd}政府信息公开工作年度报告`, `${title.slice(0, 10 + Math.floor(r() * 6))}…`, `${agency}${year}${nd}政府信…`][Math.floor(r() * 4)];
  const channels = Array.from({ length: 1 + Math.floor(r() * 3) }, () => p(CHANNELS));
  const sep = p(SEPARATORS);
  const trail = [...(r() < 0.3 ? ['首页'] : []), site, ...channels, listed];
  const meta = r() < 0.2 ? [...trail].reverse().join(sep) : trail.join(sep);
  // A third of the pages print no heading (the CMS shows the title only in its list and `<title>`): the /Title is then the
  // one place naming the report; a listed title cut short ('…') or without its agency does not determine the title.
  const headless = r() < 0.35;
  return { seed, agency, year, title, meta, listed, headless, headerFooter: r() < 0.5 };
}

const [from, to] = seedRange('1..16');
const dist = resolve(stringArg('dist', 'dist'));
const out = stringArg('out', '/tmp/cms-title-pdf');
const verbose = process.argv.includes('--verbose');
const { extract } = await import(pathToFileURL(join(dist, 'entry.js')).href);
mkdirSync(out, { recursive: true });
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const n = { docs: 0, right: { title: 0, agency: 0, year: 0 }, wrong: { title: 0, agency: 0, year: 0 }, wrong08: { title: 0, agency: 0, year: 0 }, missing: { title: 0, agency: 0, year: 0 } };
for (let seed = from; seed <= to; seed++) {
  const v = cmsTitleVariant(seed);
  const pdf = join(out, `s${seed}.pdf`);
  if (!existsSync(pdf)) {
    const data = makeValues(seed, { version: '2021', combined: false, scale: 30 });
    const tables = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
    const html = renderHtml({ title: v.title, agency: v.agency, published: `${v.year + 1}-01-20`, tables, narrative: NARRATIVE, headings: H, style: seed % 2 ? 'cms' : 'word', print: { noChrome: true } })
      .replace(/<title>[^<]*<\/title>/, `<title>${esc(v.meta)}</title>`)
      .replace(v.headless ? /<h1>[^<]*<\/h1>/ : /^$/, '');
    chromiumPdf(html, pdf, { headerFooter: v.headerFooter });
  }
  const rep = await extract(pdf).catch(() => null);
  n.docs++;
  const fields = rep?.metaFields ?? {};
  const got = { title: rep?.meta?.title ?? null, agency: rep?.meta?.agency ?? null, year: rep?.meta?.year ?? null };
  for (const k of ['title', 'agency', 'year']) {
    const want = v[k];
    const c = fields[k]?.confidence ?? 0;
    // (Headless, the listed title when whole is the report's too: it names the year and the report, not always the agency.)
    const same = k === 'title' ? [want, ...(v.headless && !v.listed.includes('…') ? [v.listed] : [])].includes(String(got[k] ?? '').replace(/\s+/g, '')) : got[k] === want;
    if (got[k] === null) n.missing[k]++;
    else if (same) n.right[k]++;
    else {
      n.wrong[k]++;
      if (c >= 0.8) n.wrong08[k]++;
    }
    if (verbose && !same) console.log(`s${seed} ${k}: ${got[k]}@${c} want ${want}  (/Title ${v.meta}${v.headerFooter ? ', header' : ''})`);
  }
}
const pct = (a) => ((100 * a) / n.docs).toFixed(1);
for (const k of ['title', 'agency', 'year']) console.log(`${k.padEnd(7)} right ${pct(n.right[k])}%  wrong ${n.wrong[k]} (≥0.8: ${n.wrong08[k]})  missing ${n.missing[k]}  of ${n.docs}`);
