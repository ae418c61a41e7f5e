#!/usr/bin/env node
/**
 * @file CMS pages printed by Chromium whose text a dump reads as two columns, scored on the meta title, agency and
 * year read (against the values the page was built from, never against the extractor):
 * - `sidebar`: the article beside a sidebar of 30–50 links (a CMS's '栏目导航' / '相关报告': navigation entries and
 *   other agencies' and years' report titles), on the left or the right, 30–50 % of the page's width: a dump that
 *   reads the page column by column (plain pdftotext; `-layout` split by layout/two-column-text.ts) may write the
 *   sidebar's lines first, the page's own title beyond the title window.
 * - `span`: the h1 and the 发布时间 line across the page above the article laid out in two CSS columns (column-count 2).
 * - `--wrapped-links right|left|both` (kind `wrapped`): a CMS page (menu bar, breadcrumb) whose narrow '相关信息' box of 3–6 links
 *   beside the article wraps each link over two or three lines ('…公安局第一分局2021' / '年政府信息公开工作年度报告'), at the height
 *   of the page's own title, itself wrapped (a large h1): a layout dump prints the two titles' pieces side by side on the same lines.
 *   The links name the page's agency's other years, its region's government, a notice and a quarter's statistics. A third of the
 *   agencies are 新疆生产建设兵团 units ('新疆生产建设兵团第十三师', '第十四师…局', '…团场').
 * Each PDF is read as a PDF and as its `pdftotext` dumps: plain, `-layout`, `-layout -fixed 3`. Counts per dump and
 * field right (and at ≥ 0.9), missing, wrong, wrong at ≥ 0.9 (must be 0) and wrong at 0.8–0.9.
 *
 *   npm run build && nice node scripts/sidebar-column-variants.mjs [--kind sidebar|span] [--seeds 1..12]
 *     [--wrapped-links right|left|both] [--dist dist,/tmp/snapN/dist] [--pdfs DIR] [--dumps pdf,plain,layout,fixed3] [--verbose]
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
const REGIONS = ['临川市', '青禾县', '澄江市东城区', '南湖市', '清溪县白水乡', '汀州市', '望江县', '云岭市白沙区'];
const BODIES = ['财政局', '应急管理局', '民政局', '人民政府', '卫生健康委员会', '自然资源和规划局', '人民政府办公室', '市场监督管理局', '教育局'];
const NAV = ['政府信息公开指南', '政府信息公开制度', '政府信息公开年报', '政府信息公开目录', '法定主动公开内容', '依申请公开', '机构职能', '政策文件', '规划计划', '财政资金'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
/** 新疆生产建设兵团 units: a 师 (division), a 师's city or bureau, a 团场 (regiment farm). */
const BINGTUAN = ['新疆生产建设兵团第十三师', '新疆生产建设兵团第十四师', '第十四师昆玉市', '新疆生产建设兵团第一师阿拉尔市', '第八师石河子市'];
const BINGTUAN_BODIES = ['', '财政局', '教育局', '自然资源局', '第一四七团', '二二四团', '团场'];

/** An agency of the wrapped-links kind and the region its government is named after. */
function wrappedAgency(r) {
  if (r() < 1 / 3) {
    const region = pick(r, BINGTUAN);
    const body = pick(r, BINGTUAN_BODIES);
    return { agency: `${region}${body === '团场' ? '一〇三团场' : body}`, region };
  }
  const region = pick(r, REGIONS);
  return { agency: `${region}${pick(r, [...BODIES, '公安局第一分局', '第九人民医院'])}`, region };
}

/** The wrapped-links kind: a CMS page whose narrow links box wraps its entries beside the page's own wrapped title. */
function wrappedPage(seed, side) {
  const r = rng(seed * 173 + 11);
  const { agency, region } = wrappedAgency(r);
  const year = 2020 + Math.floor(r() * 5);
  const title = r() < 0.7 ? `${agency}${year}年${r() < 0.5 ? '度' : ''}政府信息公开工作年度报告` : `${year}年${agency}政府信息公开工作年度报告`;
  const version = r() < 0.6 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${String(10 + Math.floor(r() * 18))}`;
  // The region's government (another report than the page's own: a page of the government itself links its division's).
  const gov = !BINGTUAN.includes(region) ? (agency === `${region}人民政府` ? `${region}人民政府办公室` : `${region}人民政府`) : agency === region ? '新疆生产建设兵团' : region;
  const pool = [
    `${agency}${year - 1}年政府信息公开工作年度报告`,
    `${gov}${year}年政府信息公开工作年度报告`,
    `${agency}${year - 2}年度政府信息公开工作年度报告`,
    `关于印发${region}${year}年政务公开工作要点的通知`,
    `${year + 1}年第1季度政府信息公开统计`,
    `${pick(r, REGIONS)}${pick(r, BODIES)}${year - 1}年政府信息公开工作年度报告`,
  ];
  const n = 3 + Math.floor(r() * 4);
  const links = pool.slice(0, 2).concat(pool.slice(2).sort(() => r() - 0.5)).slice(0, n);
  const where = side === 'both' ? (r() < 0.5 ? 'left' : 'right') : side;
  const width = 22 + Math.floor(r() * 9);
  const pt = 9 + Math.floor(r() * 3);
  const h1 = 18 + Math.floor(r() * 8);
  const head = pick(r, ['相关信息', '相关链接', '相关文章', '相关报告']);
  const box = `<div class="side" style="width:${width}%;font-size:${pt}pt"><p><b>${head}</b></p>${links.map((l) => `<p>${l}</p>`).join('')}<p>浏览次数：${1000 + n * 137}</p></div>`;
  const html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  const bar = `<div class="topnav"><span>网站首页</span> <span>政务公开</span> <span>法定主动公开内容</span> <span>政府信息公开年报</span></div><div class="position">您当前的位置：网站首页 &gt; 政务公开 &gt; 年度报告</div>`;
  const page = html
    .replace('</head>', `<style>td,td p{font-size:${pt}pt !important} .wrap{display:flex;gap:2%} .article{width:${96 - width}%} h1{font-size:${h1}pt}</style></head>`)
    .replace('<div class="article">', `${bar}<div class="wrap">${where === 'left' ? box : ''}<div class="article">`)
    .replace(/(<\/div><\/div>)(\s*<div class="related">)/, `$1${where === 'right' ? box : ''}</div>$2`);
  return { html: page, truth: { title, agency, year }, what: `wrapped ${where} ${width}% ${n} links h1 ${h1}pt` };
}

/** One page: its HTML and the truth. */
export function sidebarPage(kind, seed, side = 'right') {
  if (kind === 'wrapped') return wrappedPage(seed, side);
  const r = rng(seed * 131 + (kind === 'span' ? 7 : 3));
  const agency = `${pick(r, REGIONS)}${pick(r, BODIES)}`;
  const year = 2020 + Math.floor(r() * 5);
  const title = r() < 0.7 ? `${agency}${year}年${r() < 0.5 ? '度' : ''}政府信息公开工作年度报告` : `${year}年度${agency}政府信息公开工作年度报告`;
  const version = r() < 0.6 ? '2021' : '2019';
  const data = makeValues(seed, { version });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, version === '2019'), reviewLitigation: reviewTable(data) };
  const published = `${year + 1}-01-${String(10 + Math.floor(r() * 18))}`;
  const html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: 'cms', print: { noChrome: true } });
  const pt = 8 + Math.floor(r() * 3);
  let page;
  let what;
  if (kind === 'span') {
    const gap = 4 + Math.floor(r() * 8);
    const size = pick(r, ['A4', 'Letter', 'Legal']);
    page = html.replace('</head>', `<style>td,td p{font-size:${pt - 1}pt !important} .TRS_Editor{column-count:2;column-gap:${gap}mm} h1{font-size:${16 + Math.floor(r() * 8)}pt;text-align:center} @page{size:${size}}</style></head>`);
    what = `span gap ${gap}mm ${size}`;
  } else {
    const n = 30 + Math.floor(r() * 21);
    const links = Array.from({ length: n }, () => {
      const x = r();
      if (x < 0.3) return pick(r, NAV);
      // The page's own agency's other years' reports, other agencies' reports of any recent year (never the page itself).
      const own = r() < 0.5;
      const other = own ? agency : `${pick(r, REGIONS)}${pick(r, BODIES)}`;
      const y = year - (other === agency ? 1 : 0) - Math.floor(r() * 3);
      return x < 0.55 ? `${y}年度政府信息公开工作年度报告` : `${other}${y}年政府信息公开工作年度报告`;
    });
    const head = pick(r, ['栏目导航', '相关报告', '政府信息公开年报', '信息公开年报']);
    const side = r() < 0.6 ? 'left' : 'right';
    const width = 30 + Math.floor(r() * 21);
    const sidebar = `<div class="side" style="width:${width}%;font-size:${pt}pt"><h3>${head}</h3><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></div>`;
    page = html
      .replace('</head>', `<style>td,td p{font-size:${pt - 1}pt !important} .wrap{display:flex;gap:6mm} .article{flex:1}</style></head>`)
      .replace('<div class="article">', `<div class="wrap">${side === 'left' ? sidebar : ''}<div class="article">`)
      .replace(/(<\/div><\/div>)(\s*<div class="related">)/, `$1${side === 'right' ? sidebar : ''}</div>$2`);
    what = `sidebar ${side} ${width}% ${n} links`;
  }
  return { html: page, truth: { title, agency, year }, what };
}

function pdftotext(bytes, args) {
  const dir = mkdtempSync(join(tmpdir(), 'sidecol-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { maxBuffer: 64 * 2 ** 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DUMPS = { pdf: null, plain: [], layout: ['-layout'], fixed3: ['-layout', '-fixed', '3'] };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wrapped = stringArg('wrapped-links', '');
  const kind = wrapped ? 'wrapped' : stringArg('kind', 'sidebar');
  const [from, to] = seedRange('1..12');
  const dists = stringArg('dist', 'dist').split(',');
  const dumps = stringArg('dumps', Object.keys(DUMPS).join(',')).split(',');
  const pdfs = stringArg('pdfs', '');
  const verbose = process.argv.includes('--verbose');
  if (pdfs) mkdirSync(pdfs, { recursive: true });
  const libs = [];
  for (const d of dists) libs.push({ dist: d, lib: await import(pathToFileURL(join(isAbsolute(d) ? d : join(ROOT, d), 'index.js')).href), n: {} });
  for (let seed = from; seed <= to; seed++) {
    const v = sidebarPage(kind, seed, wrapped);
    const cached = pdfs ? join(pdfs, `${kind}${wrapped}-${seed}.pdf`) : '';
    const bytes = cached && existsSync(cached) ? readFileSync(cached) : printedPdf(v.html, 'chromium');
    if (cached && !existsSync(cached)) writeFileSync(cached, bytes);
    for (const dump of dumps) {
      const input = DUMPS[dump] ? pdftotext(bytes, DUMPS[dump]) : bytes;
      for (const { dist, lib, n } of libs) {
        const report = await lib.extract(new Uint8Array(input), { name: `${kind}-${seed}.${dump === 'pdf' ? 'pdf' : 'txt'}` }).catch(() => null);
        for (const key of ['title', 'agency', 'year']) {
          const c = (n[`${dump}.${key}`] ??= metaTally());
          const { got, conf } = countMeta(c, report, key, v.truth[key]);
          if (verbose && got !== v.truth[key]) console.log(`${seed} [${dist}] ${dump} ${key} (${v.what}): want ${v.truth[key]} got ${got} at ${conf}`);
        }
      }
    }
  }
  for (const { dist, n } of libs) tallyMeta(n, { prefix: `${dist} `, pad: 34 });
}
