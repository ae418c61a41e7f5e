#!/usr/bin/env node
/**
 * @file CMS pages that list the agency's (or other agencies') reports of other years near the report's own title,
 * scored on the meta title, agency and year read (against the values the page was built from, never against the
 * extractor). Kinds:
 * - `side`: a narrow sidebar '年报目录' left or right of the article lists the reports of the page's year and the 2–4 years
 *   before ('XX局2025年政府信息公开工作年度报告': for the page's own year a rebuilt title beside the printed
 *   '2025年XX局…' / 'XX局2025年度…'), at widths that wrap each entry over two or three lines ('XX局' / '2025年政府信息公开
 *   工作年度报告'); the page's h1 wraps too, at other points. Dumps write the two columns' lines in their own orders
 *   (plain: sidebar first; -layout: side by side, entries interleaved with the title's halves and the body).
 * - `pre`: links to the agency's other years' reports printed before the title in the article, two on a line or one a line,
 *   the page's own title centred below them (maybe wrapped).
 * - `nohead`: `side` without the list's heading (the entries right under the menu, nothing names them a list).
 * - `top`: `side`, and a list of other agencies' reports of the same year ('本栏目最新发布：', or no heading) before the h1.
 * - `prevnext`: `side`, and '上一篇：…' / '下一篇：…' (the agency's reports of the years before and after) under the h1 or
 *   under the body.
 * - `dated`: lists of other reports with a date beside each entry (float, glued, bracketed, a table cell), their entries in
 *   other word orders than the h1 (the page's own report among them now and then: 'XX局2023年度政府信息公开工作报告' beside
 *   the h1 '2023年XX局政府信息公开工作年度报告', or without its '关于'), before the h1 (a menu column above the article, or
 *   under a heading in it), beside it or after the body; pypdf glues a date to its entry ('…年度报告2024-01-15').
 *   Dev seeds 1..30, held-out 501..530 (scored only).
 * - `cms`: a government site's page printed by Chromium with or without its running header and footer (see cmsPage), also
 *   read by `pdftohtml -s` (dump `pdftohtml`, this kind only). Dev seeds 1..30, held-out 601..640 (scored only).
 * - `float`: a CMS page whose '相关年报' box floats right above the h1, its entries (the agency's other years, other agencies'
 *   reports of the same year) wrapped with a date line each beside the page's own wrapped h1, the 发布时间 line and
 *   '一、总体情况' (a dump glues an entry to the heading: '一、总体情况XX局2024年…'); the `<title>` now and then the year
 *   before's; also read by `pdftohtml -s`. Dev seeds 1..20, held-out 701..730 (scored only).
 * - `fragment`: the article body alone (no `<title>`, h1 or 发布时间): the opening sentence names who wrote it ('本报告由XX局
 *   根据…编制', '…，XX人民政府办公室编制了本报告', '现将XX街道办事处2023年…报告如下', '现就…'), signed with the agency and a date,
 *   the date only, or not. The title is missing by truth (counted under none). Dev seeds 1..20, held-out 801..830 (scored only).
 * - `opening`: `fragment` whose opening sentence names the agency only as its subject after a time phrase ('2022年，XX局在…领导
 *   下…', '2023年以来，XX镇人民政府认真贯彻…': `OPENING`). Dev seeds 1..20, held-out 901..930 (scored only).
 * The three add now and then a body stating the year ('2023年，本机关…', a table note '…2023年1月1日至2023年12月31日…').
 * Sign-off: the agency and a date in the year after (a fifth of the pages unsigned). Each page is read as HTML, its
 * html2text and w3m dumps, Chromium's PDF and that PDF's dumps: pdftotext plain, -layout, -layout -fixed 4 and 6, pypdf,
 * pdfminer. Counts per dump and field right (and at ≥ 0.9), missing, wrong, wrong at ≥ 0.9 and at 0.8–0.9.
 *
 *   npm run build && nice node scripts/year-list-title-variants.mjs [--kind side|pre|nohead|top|prevnext|dated|cms|float|fragment|opening] [--seeds 1..12] [--dist dist,/tmp/snapN/dist]
 *     [--pdfs DIR] [--dumps html,html2text,w3m,pdf,plain,layout,fixed4,fixed6,lynx,pypdf,pdfminer] [--verbose]
 *
 * Converters missing on PATH are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { printedPdf } from './print-pdf.mjs';
import { countMeta, makeValues, metaTally, rng, tallyMeta } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGIONS = ['个旧市', '青禾县', '澄江市东城区', '南湖市', '清溪县白水乡', '枝江市双河镇', '介休市', '云岭市白沙区'];
const BODIES = ['财政局', '应急管理局', '民政局', '人民政府', '卫生健康委员会', '高新技术产业开发区管理委员会', '公共资源交易中心', '市场监督管理局', '自然资源和规划局'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The page's printed title in one of the forms sites use. */
function titleOf(r, agency, year) {
  const x = r();
  if (x < 0.35) return `${year}年${agency}政府信息公开工作年度报告`;
  if (x < 0.6) return `${agency}${year}年度政府信息公开工作年度报告`;
  if (x < 0.8) return `${agency}关于${year}年度政府信息公开工作年度报告`;
  return `${agency}${year}年政府信息公开工作年度报告`;
}

/** Report titles in the word orders sites print them in: a list's entry for a report may differ from the report's own h1. */
const FORMS = [
  (a, y) => `${y}年${a}政府信息公开工作年度报告`,
  (a, y) => `${a}${y}年度政府信息公开工作年度报告`,
  (a, y) => `${a}${y}年度政府信息公开工作报告`,
  (a, y) => `${a}${y}年政府信息公开工作年度报告`,
  (a, y) => `${a}关于${y}年度政府信息公开工作年度报告`,
  (a, y) => `${y}年度${a}政府信息公开工作报告`,
];

/**
 * The `dated` kind: a list of other reports (the agency's other years, other agencies of the same year and, now and then,
 * the page's own report in another word order or without its '关于') with a date beside each entry — in a float-right span,
 * glued after the link, in brackets or in a table cell — printed before the h1 (a menu column stacked above the article, or
 * in the article under a heading), beside it (a flex sidebar) or after the body ('相关阅读'), maybe two of these.
 */
function datedListPage(seed) {
  const r = rng(seed * 211 + 17);
  const agency = `${pick(r, REGIONS)}${pick(r, BODIES)}`;
  const year = 2019 + Math.floor(r() * 7);
  // The h1 in a form ending in 年度报告 (a '…工作报告' h1 is another kind: no title the reader knows); entries in any form.
  const own = pick(r, [0, 1, 3, 4]);
  const title = FORMS[own](agency, year);
  const version = year >= 2021 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  const signed = r() < 0.8;
  const form = () => FORMS[Math.floor(r() * FORMS.length)];
  const other = () => `${pick(r, REGIONS)}${pick(r, BODIES)}`;
  const date = (y) => `${y + 1}-0${1 + Math.floor(r() * 9)}-${String(10 + Math.floor(r() * 19))}`;
  /** One list: 4–8 entries, the page's own report among them (another form) on a third of the lists. */
  const list = () => {
    const n = 4 + Math.floor(r() * 5);
    const items = [];
    const self = r() < 1 / 3 ? Math.floor(r() * n) : -1;
    for (let k = 0; k < n; k++) {
      if (k === self) {
        let f = Math.floor(r() * FORMS.length);
        if (f === own) f = (f + 1) % FORMS.length;
        items.push({ t: FORMS[f](agency, year), y: year });
      } else if (r() < 0.5) {
        const y = year - 1 - Math.floor(r() * 4);
        items.push({ t: form()(agency, y), y });
      } else {
        const y = year - Math.floor(r() * 2);
        items.push({ t: form()(other(), y), y });
      }
    }
    return items;
  };
  const dateStyle = pick(r, ['float', 'glued', 'bracket', 'table', 'none']);
  const listHtml = (items, heading) => {
    const head = heading ? `<h3 style="font-size:11pt">${heading}</h3>` : '';
    if (dateStyle === 'table')
      return `${head}<table class="list" style="width:100%;font-size:10pt">${items.map((i) => `<tr><td><a href="#">${esc(i.t)}</a></td><td style="text-align:right">${date(i.y)}</td></tr>`).join('')}</table>`;
    const one = (i) =>
      dateStyle === 'float' ? `<a href="#">${esc(i.t)}</a><span style="float:right">${date(i.y)}</span>`
      : dateStyle === 'glued' ? `<a href="#">${esc(i.t)}</a><span>${date(i.y)}</span>`
      : dateStyle === 'bracket' ? `<a href="#">${esc(i.t)}</a>　[${date(i.y)}]`
      : `<a href="#">${esc(i.t)}</a>`;
    return `${head}<ul style="font-size:10pt">${items.map((i) => `<li>${one(i)}</li>`).join('')}</ul>`;
  };
  const h1 = 16 + Math.floor(r() * 10);
  let html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  if (!signed) html = html.replace(/<p style="text-align:right">[^<]*<\/p>\s*<p style="text-align:right">[^<]*<\/p>/, '');
  html = html.replace('</head>', `<style>h1{font-size:${h1}pt} .wrap{display:flex;gap:16px;max-width:1000px} .article{flex:1;min-width:0}</style></head>`);
  const places = pick(r, [['menu'], ['before'], ['side'], ['after'], ['menu', 'after'], ['before', 'after'], ['side', 'after']]);
  const heading = () => pick(r, ['相关阅读', '相关文章', '年报目录', '最新发布', '信息公开年报', '']);
  for (const place of places) {
    const items = list();
    const block = listHtml(items, heading());
    if (place === 'menu') {
      const nav = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'].filter(() => r() < 0.8);
      html = html.replace('<div class="article">', `<div class="menu"><ul>${nav.map((n) => `<li>${n}</li>`).join('')}</ul>${block}</div><div class="article">`);
    } else if (place === 'before') html = html.replace('<h1>', `<div class="rel">${block}</div><h1>`);
    else if (place === 'after') html = html.replace(/(<\/div><\/div>)(\s*<div class="related">)/, `$1<div class="more">${block}</div>$2`);
    else {
      const left = r() < 0.6;
      const box = `<div class="side" style="width:${150 + Math.floor(r() * 120)}px;flex:none;font-size:10pt">${block}</div>`;
      html = html
        .replace('<div class="article">', `<div class="wrap">${left ? box : ''}<div class="article">`)
        .replace(/(<\/div><\/div>)(\s*<div class="more">|\s*<div class="related">)/, `$1${left ? '' : box}</div>$2`);
    }
  }
  return { html, truth: { title, agency, year }, what: `dated ${places.join('+')} dates ${dateStyle} form ${own} h1 ${h1}pt${signed ? '' : ' unsigned'}` };
}

/**
 * The `cms` kind: a government site's report page as Chromium prints it (half the prints with its running header — date and
 * the page's `<title>` — and footer — URL and 'x/y') and as the dumps read it: a nav bar ('首页 政务公开 政民互动 办事服务
 * 走进XX区', its items glued now and then), a breadcrumb, a meta table (索引号 / 发布机构 / 发文日期 / 主题分类), '浏览次数：…
 * 字号：[大 中 小]', the report's title set large (20–30 pt) in a narrow main column (wrapped over 2–4 lines), in the forms sites
 * use ('XX局关于2025年政府信息公开工作的年度报告' too), and a '相关链接' / '相关年报' sidebar beside it (left or right, or
 * stacked after the article) listing the agency's other years, the site government's and a sibling bureau's report of the
 * same year, each with a date (float, cell, glued). The `<title>` is the report's title, the title and the site's name, or the
 * column's name. The body states its year now and then ('2025年，本机关…'). Dev seeds 1..30, held-out 601..640 (scored only).
 */
function cmsPage(seed) {
  const r = rng(seed * 229 + 31);
  const region = pick(r, REGIONS);
  const gov = `${region}人民政府`;
  const agency = r() < 0.3 ? gov : `${region}${pick(r, BODIES.filter((b) => b !== '人民政府'))}`;
  const sibling = `${region}${pick(r, BODIES.filter((b) => b !== '人民政府' && `${region}${b}` !== agency))}`;
  const year = 2019 + Math.floor(r() * 7);
  const forms = [...FORMS.filter((_, k) => k !== 2 && k !== 5), (a, y) => `${a}关于${y}年政府信息公开工作的年度报告`];
  const title = pick(r, forms)(agency, year);
  const version = year >= 2021 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  const signed = r() < 0.8;
  const date = (y) => `${y + 1}-0${1 + Math.floor(r() * 9)}-${String(10 + Math.floor(r() * 19))}`;
  const form = () => FORMS[Math.floor(r() * FORMS.length)];
  // The sidebar: the agency's other years (before and after), the government's and a sibling's report of the same year.
  const items = [];
  for (const d of [1, 2, 3, -1].filter(() => r() < 0.7)) if (year - d <= 2025) items.push({ t: form()(agency, year - d), y: year - d });
  if (agency !== gov) items.push({ t: form()(gov, year), y: year });
  items.push({ t: form()(sibling, year), y: year });
  for (let k = items.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [items[k], items[j]] = [items[j], items[k]];
  }
  const dateStyle = pick(r, ['float', 'table', 'glued', 'span']);
  const entry = (i) =>
    dateStyle === 'float' ? `<li><a href="#">${esc(i.t)}</a><span style="float:right">${date(i.y)}</span></li>`
    : dateStyle === 'glued' ? `<li><a href="#">${esc(i.t)}</a>${date(i.y)}</li>`
    : `<li><a href="#">${esc(i.t)}</a> <span class="d">${date(i.y)}</span></li>`;
  const listHead = pick(r, ['相关链接', '相关年报', '相关信息', '年报目录']);
  const list =
    dateStyle === 'table'
      ? `<table style="width:100%;font-size:10pt">${items.map((i) => `<tr><td><a href="#">${esc(i.t)}</a></td><td>${date(i.y)}</td></tr>`).join('')}</table>`
      : `<ul style="font-size:10pt;padding-left:1em">${items.map(entry).join('')}</ul>`;
  const side = `<div class="side" style="width:${190 + Math.floor(r() * 90)}px;flex:none;font-size:10pt"><h3 style="font-size:12pt">${listHead}</h3>${list}</div>`;
  const short = region.replace(/^.*?(?=[^市县]*[区县镇乡市]$)/, '');
  const navItems = ['首页', '政务公开', '政民互动', '办事服务', `走进${short}`];
  const glueNav = r() < 0.4;
  const nav = `<div class="nav" style="font-size:12pt">${navItems.map((n) => `<span>${n}</span>`).join(glueNav ? '' : '&emsp;')}</div>`;
  const crumb = r() < 0.4 ? '' : `<div style="font-size:10pt">当前位置：首页 &gt; 政务公开 &gt; ${pick(r, ['政府信息公开年报', '年度报告', '法定主动公开内容'])}</div>`;
  const metaTable =
    r() < 0.7
      ? `<table class="meta" border="1" style="font-size:9pt;width:100%"><tr><td>索引号：</td><td>${11000000 + seed}/${year + 1}-000${1 + Math.floor(r() * 9)}</td><td>发布机构：</td><td>${esc(agency)}</td></tr><tr><td>发文日期：</td><td>${published}</td><td>主题分类：</td><td>政务公开</td></tr><tr><td>名　　称：</td><td colspan="3">${esc(title)}</td></tr></table>`
      : '';
  const views = `<div style="font-size:9pt">浏览次数：${100 + Math.floor(r() * 5000)}　字号：[大 中 小]</div>`;
  const h1 = 20 + Math.floor(r() * 11);
  const main = 380 + Math.floor(r() * 220);
  let html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  if (!signed) html = html.replace(/<p style="text-align:right">[^<]*<\/p>\s*<p style="text-align:right">[^<]*<\/p>/, '');
  const said = r();
  if (said < 0.3) html = html.replace('本机关坚持以公开为常态', `${year}年，本机关坚持以公开为常态`);
  const headTitle = pick(r, [title, `${title}_${gov}门户网站`, '政府信息公开年报', `${listHead}`]);
  html = html.replace(/<title>[^<]*<\/title>/, `<title>${esc(headTitle)}</title>`);
  const where = pick(r, ['left', 'right', 'after']);
  html = html
    .replace('</head>', `<style>h1{font-size:${h1}pt;line-height:1.3} .wrap{display:flex;gap:16px} .article{width:${main}px;flex:none}</style></head>`)
    .replace('<div class="article">', `${nav}${crumb}<div class="wrap">${where === 'left' ? side : ''}<div class="article">${metaTable}`)
    .replace('</h1>', `</h1>${views}`)
    .replace(/(<\/div><\/div>)(\s*<div class="related">)/, `$1${where === 'right' ? side : ''}</div>${where === 'after' ? side : ''}$2`);
  const headerFooter = r() < 0.5;
  // The downloaded PDF's name (pdftohtml -s titles a PDF without /Title by it): a stem, or another report's title.
  const fileName = pick(r, ['in', `P0${20240115123456 + seed}`, form()(agency, year - 1), `${year - 1}年度报告`]);
  return {
    html,
    headerFooter,
    fileName,
    truth: { title, agency, year },
    what: `cms ${where} dates ${dateStyle} ${items.length} entries h1 ${h1}pt main ${main}px${glueNav ? ' glued-nav' : ''}${metaTable ? ' meta' : ''}${headerFooter ? ' header-footer' : ''} <title> ${headTitle === title ? 'own' : headTitle}${said < 0.3 ? ' body-year' : ''}${signed ? '' : ' unsigned'}`,
  };
}

/**
 * The `float` kind: a CMS page (menu bar, breadcrumb) whose '相关年报' box floats right inside the article, above the h1:
 * the agency's other years' reports and other agencies' reports of the same year, each wrapped over two lines with its date
 * on a line of its own under it, so an entry shares its line with the page's own (wrapped, centred) h1, the 发布时间 line,
 * the opening or '一、总体情况' — 'xx、总体情况示例县农业农村局2024年…' in a dump. The `<title>` is the page's own title, or
 * (a CMS template left stale) the agency's report of the year before; Chromium prints it in its running header on half the
 * pages. Dev seeds 1..20, held-out 701..730 (scored only).
 */
function floatPage(seed) {
  const r = rng(seed * 241 + 43);
  const region = pick(r, REGIONS);
  const agency = `${region}${pick(r, BODIES)}`;
  const year = 2019 + Math.floor(r() * 7);
  const title = pick(r, [FORMS[0], FORMS[1], FORMS[3], FORMS[4]])(agency, year);
  const version = year >= 2021 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  const signed = r() < 0.7;
  const other = () => `${pick(r, REGIONS.filter((g) => g !== region))}${pick(r, BODIES)}`;
  const items = [1, 2, 3].slice(0, 1 + Math.floor(r() * 3)).map((d) => ({ t: FORMS[3](agency, year - d), y: year - d }));
  for (let k = 0, n = 1 + Math.floor(r() * 2); k < n; k++) items.splice(Math.floor(r() * (items.length + 1)), 0, { t: FORMS[3](other(), year), y: year });
  const date = (y) => `${y + 1}-01-${String(10 + Math.floor(r() * 19))}`;
  const head = pick(r, ['相关年报', '相关链接', '相关文章', '其他年报']);
  const width = 150 + Math.floor(r() * 60);
  const side = `<div class="side" style="float:right;width:${width}px;font-size:11px;margin-left:8px"><h3>${head}</h3><ul style="padding-left:0;list-style:none">${items.map((i) => `<li>${esc(i.t)} <span>${date(i.y)}</span></li>`).join('')}</ul></div>`;
  let html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  if (!signed) html = html.replace(/<p style="text-align:right">[^<]*<\/p>\s*<p style="text-align:right">[^<]*<\/p>/, '');
  const opening = r() < 0.6;
  if (opening) html = html.replace('<div class="TRS_Editor">', `<div class="TRS_Editor"><p>本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自${year}年1月1日起至${year}年12月31日止。</p>`);
  const h2 = r() < 0.5;
  if (h2) html = html.replace(/<p><span style="font-family: 黑体">([^<]*)&nbsp;<\/span><\/p>/g, '<h2 style="font-size:13px">$1</h2>');
  const stale = r() < 0.4;
  if (stale) html = html.replace(/<title>[^<]*<\/title>/, `<title>${esc(FORMS[3](agency, year - 1))}</title>`);
  const h1 = 18 + Math.floor(r() * 8);
  const nav = `<div class="nav">首页 | 政务公开 | 政府信息公开年报 | 互动交流 | 办事服务 | ${esc(region)}信息公开目录</div><div class="crumb2">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; ${year}年</div>`;
  html = html
    .replace('</head>', `<style>body{font-size:12px} h1{font-size:${h1}px;text-align:center}</style></head>`)
    .replace('<div class="article">', `${nav}<div class="article">${side}`);
  const headerFooter = r() < 0.5;
  return {
    html,
    headerFooter,
    truth: { title, agency, year },
    what: `float ${width}px ${items.length} entries h1 ${h1}px${h2 ? ' h2' : ''}${opening ? ' opening' : ''}${stale ? ' stale-title' : ''}${headerFooter ? ' header-footer' : ''}${signed ? '' : ' unsigned'}`,
  };
}

/** Opening sentences naming who wrote the report (`fragment`); `a` agency, `y` year. */
const WRITTEN = [
  (a, y) => `本报告由${a}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和有关规定编制。本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
  (a, y) => `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，${a}编制了本报告。报告中所列数据统计期限自${y}年1月1日起至${y}年12月31日止。`,
  (a, y) => `根据《中华人民共和国政府信息公开条例》规定，现将${a}${y}年政府信息公开工作情况报告如下：`,
  (a, y) => `现就${a}${y}年度政府信息公开工作情况报告如下。`,
  (a, y) => `本年度报告由${a}编制，报告全文可在本网站下载。`,
];

/**
 * Opening sentences that name the agency as their subject after a time phrase (`opening`): '2022年，XX局在市委市政府的领导下…',
 * '2023年以来，XX镇人民政府认真贯彻…'. The year stated with it is the one reported on.
 */
const OPENING = [
  (a, y) => `${y}年，${a}在市委、市政府的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。`,
  (a, y) => `${y}年以来，${a}认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，不断提升政务公开质效。`,
  (a, y) => `${y}年度，${a}坚持以公开为常态、不公开为例外，持续深化政务公开。`,
  (a, y) => `${y}年，${a}深入贯彻落实《中华人民共和国政府信息公开条例》，全面推进决策、执行、管理、服务、结果公开。`,
  (a, y) => `${y}年,${a}严格按照《条例》要求，紧紧围绕中心工作，积极推进政府信息公开。`,
  (a, y) => `${y}年，${a}高度重视政府信息公开工作，进一步健全工作机制。`,
];

/**
 * The `fragment` kind: a CMS article's body saved alone (an editor's HTML, a crawler's content field): no `<title>`, no h1,
 * no 发布时间 line; the opening sentence names who wrote it (`WRITTEN`), the end signed with the agency and a date, with
 * the date only, or not at all. Truth: the title missing (the fragment prints none), agency and year as built. Dev seeds
 * 1..20, held-out 801..830 (scored only).
 */
function fragmentPage(seed, sentences = WRITTEN) {
  const r = rng(seed * 251 + 47);
  const agency = `${pick(r, REGIONS)}${pick(r, [...BODIES, '人民政府办公室', '城关街道办事处', '双河镇人民政府'])}`;
  const year = 2019 + Math.floor(r() * 7);
  const version = year >= 2021 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  const form = Math.floor(r() * sentences.length);
  const html = renderHtml({ title: '', agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  let body = html.slice(html.indexOf('<div class="TRS_Editor">') + '<div class="TRS_Editor">'.length, html.lastIndexOf('</div></div>'));
  const sign = pick(r, ['both', 'date', 'none']);
  if (sign !== 'both') body = body.replace(/<p style="text-align:right">[^<]*<\/p>(\s*<p style="text-align:right">)/, '$1');
  if (sign === 'none') body = body.replace(/<p style="text-align:right">[^<]*<\/p>\s*$/, '');
  const said = r() < 0.3;
  if (said) body = body.replace('本机关坚持以公开为常态', `${year}年，本机关坚持以公开为常态`);
  const page = `<meta charset="utf-8">\n<p style="text-indent:2em">${esc(sentences[form](agency, year))}</p>\n${body}\n`;
  return { html: page, truth: { title: null, agency, year }, what: `${sentences === WRITTEN ? 'fragment' : 'opening'} form ${form} sign ${sign}${said ? ' body-year' : ''}` };
}

/** One page: its HTML and the truth. */
export function yearListPage(kind, seed) {
  if (kind === 'dated') return datedListPage(seed);
  if (kind === 'float') return floatPage(seed);
  if (kind === 'fragment') return fragmentPage(seed);
  if (kind === 'opening') return fragmentPage(seed, OPENING);
  if (kind === 'cms') return cmsPage(seed);
  const r = rng(seed * 197 + (kind === 'pre' ? 5 : 1));
  // Draws of the kinds added later (nohead, top, prevnext) come from their own stream: side and pre pages stay as they were.
  const x = rng(seed * 197 + 11);
  const agency = `${pick(r, REGIONS)}${pick(r, BODIES)}`;
  const year = 2019 + Math.floor(r() * 7);
  const title = titleOf(r, agency, year);
  const drawn = r() < 0.7 ? '2021' : '2019';
  // (The kinds added later print the template of their year: the 2021 template from the 2021 reports on.)
  const version = kind === 'side' || kind === 'pre' ? drawn : year >= 2021 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  const signed = r() < 0.8;
  const other = () => `${pick(r, REGIONS)}${pick(r, BODIES)}`;
  // The list: the page's year (a rebuilt title) unless `pre`, then earlier years; now and then another agency's report.
  const years = Array.from({ length: 3 + Math.floor(r() * 3) }, (_, k) => year - k - (kind === 'pre' ? 1 : 0));
  const entries = years.map((y) => `${r() < 0.15 && y !== year ? other() : agency}${y}年${r() < 0.2 ? '度' : ''}政府信息公开工作年度报告`);
  const h1 = 16 + Math.floor(r() * 10);
  let html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  if (!signed) html = html.replace(/<p style="text-align:right">[^<]*<\/p>\s*<p style="text-align:right">[^<]*<\/p>/, '');
  let what;
  if (kind === 'pre') {
    const two = r() < 0.6;
    const list = two
      ? entries.reduce((out, e, k) => (k % 2 ? out : [...out, `<p style="font-size:10pt">${[e, entries[k + 1]].filter(Boolean).map((x) => `<a href="#">${esc(x)}</a>`).join('&emsp;&emsp;')}</p>`]), []).join('')
      : `<ul style="font-size:10pt">${entries.map((e) => `<li><a href="#">${esc(e)}</a></li>`).join('')}</ul>`;
    const width = 60 + Math.floor(r() * 40);
    html = html
      .replace('</head>', `<style>h1{font-size:${h1}pt;text-align:center;margin:0 auto;width:${width}%}</style></head>`)
      .replace('<div class="article">', `<div class="article">${list}`);
    what = `pre ${two ? 'two a line' : 'one a line'} ${entries.length} h1 ${h1}pt ${width}%`;
  } else {
    const side = r() < 0.7 ? 'left' : 'right';
    const width = 130 + Math.floor(r() * 120);
    const pt = 9 + Math.floor(r() * 3);
    const nav = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'].filter(() => r() < 0.8);
    const head = `<h3>${pick(r, ['年报目录', '历年年报', '年报目录'])}</h3>`;
    const bar = `<h3>政府信息公开</h3><ul>${nav.map((n) => `<li>${n}</li>`).join('')}</ul>${kind === 'nohead' ? '' : head}<ul style="font-size:${pt}pt">${entries.map((e) => `<li><a href="#">${esc(e)}</a></li>`).join('')}</ul><div style="font-size:9pt">累计访问量：${120000 + seed * 37}人次</div>`;
    const box = `<div class="side" style="width:${width}px;flex:none;font-size:10pt">${bar}</div>`;
    html = html
      .replace('</head>', `<style>.wrap{display:flex;gap:16px;max-width:1000px} .article{flex:1;min-width:0} h1{font-size:${h1}pt}</style></head>`)
      .replace('<div class="article">', `<div class="wrap">${side === 'left' ? box : ''}<div class="article">`)
      .replace(/(<\/div><\/div>)(\s*<div class="related">)/, `$1${side === 'right' ? box : ''}</div>$2`);
    what = `side ${side} ${width}px ${pt}pt ${entries.length} entries h1 ${h1}pt`;
    if (kind !== 'side') ({ html, what } = extras(kind, x, { html, what, agency, year, other }));
  }
  return { html, truth: { title, agency, year }, what: `${what}${signed ? '' : ' unsigned'}` };
}

/** The extras of the kinds nohead, top and prevnext (see the file's comment), drawn from `x`. */
function extras(kind, x, { html, what, agency, year, other }) {
  if (kind === 'top') {
    const others = Array.from({ length: 2 + Math.floor(x() * 3) }, () => `${other()}${year}年${x() < 0.3 ? '度' : ''}政府信息公开工作年度报告`);
    const heading = x() < 0.6 ? `<p>${pick(x, ['本栏目最新发布：', '最新信息', '相关推荐'])}</p>` : '';
    html = html.replace('<h1>', `<div class="rel">${heading}<ul>${others.map((o) => `<li>${esc(o)}</li>`).join('')}</ul></div><h1>`);
    what += ` top ${others.length}${heading ? ' headed' : ''}`;
  } else if (kind === 'prevnext') {
    const pn = `<p>上一篇：${esc(agency)}${year - 1}年政府信息公开工作年度报告${x() < 0.5 ? '　　' : '</p><p>'}下一篇：${esc(agency)}${year + 1}年政府信息公开工作年度报告</p>`;
    const below = x() < 0.5;
    html = below ? html.replace(/(<\/div><\/div>)(<\/div>|\s*<div class="related">)/, `${pn}$1$2`) : html.replace('</h1>', `</h1>${pn}`);
    what += ` prevnext ${below ? 'below' : 'under h1'}`;
  } else what += ' nohead';
  // The body states the year: the overview's first words, or a note under table 二.
  const said = x();
  if (said < 0.3) html = html.replace('本机关坚持以公开为常态', `${year}年，本机关坚持以公开为常态`);
  else if (said < 0.55) html = html.replace(/(<\/table>)/, `$1<p>注：本表统计时间为${year}年1月1日至${year}年12月31日。</p>`);
  return { html, what: `${what}${said < 0.55 ? ' body-year' : ''}` };
}

function tool(cmd, args, input, ext) {
  const dir = mkdtempSync(join(tmpdir(), 'yearlist-'));
  try {
    const f = join(dir, `in.${ext}`);
    writeFileSync(f, input);
    return execFileSync(cmd, args.map((a) => (a === '@' ? f : a)), { maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * pdftohtml -s (one HTML page): its `<title>` is the PDF's /Title, or — in a PDF without one (a re-saved copy: `qpdf --empty
 * --pages`, done on odd seeds) — the input's path without '.pdf'; the file is named as a download would be (`name`).
 */
function pdftohtmlDump(pdf, name, strip) {
  const dir = mkdtempSync(join(tmpdir(), 'yearlist-'));
  try {
    const f = join(dir, `${name}.pdf`);
    writeFileSync(f, pdf);
    if (strip) execFileSync('qpdf', ['--empty', '--pages', f, '--', join(dir, 'x.pdf')], { stdio: 'ignore' });
    if (strip) writeFileSync(f, readFileSync(join(dir, 'x.pdf')));
    return execFileSync('pdftohtml', ['-s', '-i', '-noframes', '-stdout', '-q', f], { maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PY_PYPDF = 'import sys,pypdf;print("\\n".join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))';
/** Each dump: from the page's HTML or its PDF. */
const DUMPS = {
  html: { from: 'html', run: (b) => b },
  html2text: { from: 'html', run: (b) => tool('html2text', ['-utf8', '-width', '100', '@'], b, 'html') },
  w3m: { from: 'html', run: (b) => tool('w3m', ['-dump', '-cols', '100', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '@'], b, 'html') },
  pdf: { from: 'pdf', run: (b) => b },
  plain: { from: 'pdf', run: (b) => tool('pdftotext', ['-enc', 'UTF-8', '@', '-'], b, 'pdf') },
  layout: { from: 'pdf', run: (b) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', '@', '-'], b, 'pdf') },
  fixed4: { from: 'pdf', run: (b) => tool('pdftotext', ['-layout', '-fixed', '4', '-enc', 'UTF-8', '@', '-'], b, 'pdf') },
  fixed6: { from: 'pdf', run: (b) => tool('pdftotext', ['-layout', '-fixed', '6', '-enc', 'UTF-8', '@', '-'], b, 'pdf') },
  lynx: { from: 'html', run: (b) => tool('lynx', ['-dump', '-nolist', '-width=120', '-assume_charset=utf-8', '-display_charset=utf-8', '@'], b, 'html') },
  pypdf: { from: 'pdf', run: (b) => tool('/usr/bin/python3', ['-c', PY_PYPDF, '@'], b, 'pdf') },
  pdfminer: { from: 'pdf', run: (b) => tool('/usr/bin/pdf2txt', ['@'], b, 'pdf') },
  pdftohtml: { from: 'pdf', run: (b, v, seed) => pdftohtmlDump(b, v.fileName ?? 'in', seed % 2 === 1), ext: 'html' },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kind = stringArg('kind', 'side');
  const [from, to] = seedRange('1..12');
  const dists = stringArg('dist', 'dist').split(',');
  const dumps = stringArg('dumps', Object.keys(DUMPS).filter((k) => k !== 'pdftohtml' || kind === 'cms' || kind === 'float').join(',')).split(',');
  const pdfs = stringArg('pdfs', '');
  const verbose = process.argv.includes('--verbose');
  if (pdfs) mkdirSync(pdfs, { recursive: true });
  const libs = [];
  for (const d of dists) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), n: {} });
  for (let seed = from; seed <= to; seed++) {
    const v = yearListPage(kind, seed);
    const html = Buffer.from(v.html);
    let pdf = null;
    const getPdf = () => {
      const cached = pdfs ? join(pdfs, `${kind}-${seed}.pdf`) : '';
      if (cached) writeFileSync(cached.replace(/\.pdf$/, '.html'), html);
      pdf ??= cached && existsSync(cached) ? readFileSync(cached) : printedPdf(v.html, 'chromium', { headerFooter: v.headerFooter });
      if (cached && !existsSync(cached)) writeFileSync(cached, pdf);
      return pdf;
    };
    for (const dump of dumps) {
      const d = DUMPS[dump];
      const input = d.run(d.from === 'html' ? html : getPdf(), v, seed);
      if (input === null) continue;
      if (pdfs && d.from === 'pdf' && dump !== 'pdf') writeFileSync(join(pdfs, `${kind}-${seed}.${dump}.txt`), input);
      const ext = d.ext ?? (dump === 'html' ? 'html' : dump === 'pdf' ? 'pdf' : 'txt');
      for (const { dist, lib, n } of libs) {
        const report = await lib.extract(new Uint8Array(input), { name: `${kind}-${seed}.${ext}` }).catch(() => null);
        for (const key of ['title', 'agency', 'year']) {
          const c = (n[`${dump}.${key}`] ??= metaTally());
          const { got, conf } = countMeta(c, report, key, v.truth[key]);
          if (verbose && got !== v.truth[key]) console.log(`${seed} [${dist}] ${dump} ${key} (${v.what}): want ${v.truth[key]} got ${got} at ${conf}`);
        }
      }
    }
  }
  for (const { dist, n } of libs) tallyMeta(n, { prefix: `${dist} `, pad: 34, each: verbose });
}
