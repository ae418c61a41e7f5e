#!/usr/bin/env node
/**
 * @file A CMS page whose navigation sits next to the report's title, scored on the title, agency and year
 * read (against the values the page was built from, never against the extractor): a left menu in a layout
 * table beside the article ('政府信息公开指南 / 制度 / 年报'), a breadcrumb, a '相关文章' list of other years'
 * reports after the article, the title as h1 or a bold paragraph, in both title forms ('X2024年度…',
 * '2024年X…'). Each page is read as HTML and as the dumps of w3m, lynx, html2text and pandoc (plain,
 * asciidoc, rst), plus hand-made text layouts of the same menus: a menu entry glued to the title's line with
 * no space, with spaces (a -layout dump), on the line above, every menu entry on the title's line. Counts
 * right (and at ≥ 0.9), missing, wrong, wrong at ≥ 0.9 (must be 0) and wrong at 0.8–0.9 per field and form.
 *
 *   npm run build && node scripts/menu-title-variants.mjs [--seeds 1..30] [--forms html,w3m,glued,…] [--dist DIR] [--verbose]
 *
 * Converters missing on PATH are skipped (reported as such).
 *
 * --navbar: a CMS page with a menu bar of glued entries ('网站首页政务公开法定主动公开内容政府信息公开年报') over a breadcrumb
 * ('您当前的位置：网站首页 > 政务公开 > 年度报告', '当前位置：…', '首页 > … > 年报') over the title and a '信息来源：… | 发布日期：…'
 * line; forms html, the converters' dumps, navText (as w3m prints it) and navLayout (a -layout dump, spaced entries).
 * Held-out seeds: 1000..1040 (tune on 1..30).
 */
import { spawnSync } from 'node:child_process';
import { countMeta, metaTally, rng, tallyMeta } from './template-data.mjs';

const REGIONS = ['临川市', '青禾县', '澄江市东城区', '南湖市', '清溪县白水乡'];
const BODIES = ['财政局', '应急管理局', '民政局', '人民政府', '卫生健康委员会', '自然资源和规划局', '第一中学', '人民医院'];
const MENU = ['政府信息公开指南', '政府信息公开制度', '政府信息公开年报', '政府信息公开目录', '信息公开指南', '信息公开年报'];
const CRUMB = ['首页', '政务公开', '政府信息公开年报'];
const RELATED = ['相关文章', '相关阅读', '相关链接'];

/** One page: its HTML, the title's lines for hand-made dumps, and the truth. */
export function menuPage(seed) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const agency = `${p(REGIONS)}${p(BODIES)}`;
  const year = 2019 + Math.floor(r() * 7);
  const du = r() < 0.5 ? '年' : '年度';
  const title = r() < 0.5 ? `${agency}${year}${du}政府信息公开工作年度报告` : `${year}${du}${agency}政府信息公开工作年度报告`;
  const menu = [...MENU].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 3));
  const related = [1, 2, 3].slice(0, 1 + Math.floor(r() * 3)).map((d) => (r() < 0.5 ? `${year - d}年度政府信息公开工作年度报告` : `${agency}${year - d}年政府信息公开工作年度报告`));
  const relHead = p(RELATED);
  const crumb = r() < 0.7;
  const bold = r() < 0.3;
  const body = [
    `发布时间：${year + 1}-02-1${Math.floor(r() * 9)} 来源：${agency}`,
    '一、总体情况',
    '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    ...(r() < 0.5 ? [agency, `${year + 1}年1月${1 + Math.floor(r() * 28)}日`] : []),
  ];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const head = bold ? `<p><strong>${esc(title)}</strong></p>` : `<h1>${esc(title)}</h1>`;
  const html =
    `<html><head><meta charset="utf-8"><title>${r() < 0.5 ? '政府信息公开年报' : esc(title)}</title></head><body>` +
    `<ul>${CRUMB.map((c) => `<li>${c}</li>`).join('')}</ul>` +
    (crumb ? `<p>当前位置：${CRUMB.join(' &gt; ')}</p>` : '') +
    `<table width="100%"><tr><td width="20%"><ul>${menu.map((m) => `<li>${m}</li>`).join('')}</ul></td><td>${head}` +
    body.slice(0, 3).map((b) => `<p>${esc(b)}</p>`).join('') +
    `<p>二、主动公开政府信息情况</p><table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>1</td><td>5</td></tr><tr><td>行政规范性文件</td><td>3</td><td>2</td><td>17</td></tr></table>` +
    body.slice(3).map((b) => `<p>${esc(b)}</p>`).join('') +
    `</td></tr></table><h3>${relHead}</h3><ul>${related.map((t) => `<li><a href="#">${esc(t)}</a></li>`).join('')}</ul>` +
    `<p>主办单位：示例市人民政府办公室</p></body></html>`;
  const k = Math.floor(r() * menu.length);
  const rel = [relHead, ...related.map((t) => `  * ${t}`)];
  /** Hand-made text layouts of the same page (a PDF's dump of the layout table). */
  const layouts = {
    glued: [...menu.slice(0, k), `${menu[k]}${title}`, ...menu.slice(k + 1), ...body, ...rel],
    spaced: [...menu.slice(0, k), `${menu[k]}   ${title}`, ...menu.slice(k + 1), ...body, ...rel],
    above: [...menu, '', title, ...body, ...rel],
    aboveTight: [...menu, title, ...body, ...rel],
    oneLine: [`${menu.join(' ')} ${title}`, ...body, ...rel],
  };
  return { html, layouts, truth: { title, agency, year } };
}

const NAV_BAR = [['网站首页', '首页'], ['政务公开', '信息公开'], ['法定主动公开内容', '主动公开'], ['政府信息公开年报', '年度报告', '年报']];
const CRUMB_LEAD = ['您当前的位置：', '当前位置：', '您现在的位置：', ''];
const CRUMB_END = ['年度报告', '政府信息公开年报', '年报'];

/** A page with a menu bar over a breadcrumb over the title (--navbar). */
export function navbarPage(seed) {
  const r = rng(seed * 7919 + 13);
  const p = (list) => list[Math.floor(r() * list.length)];
  const agency = `${p(REGIONS)}${p(BODIES)}`;
  const year = 2019 + Math.floor(r() * 7);
  const du = r() < 0.5 ? '年' : '年度';
  const title = r() < 0.5 ? `${agency}${year}${du}政府信息公开工作年度报告` : `${year}${du}${agency}政府信息公开工作年度报告`;
  const bar = NAV_BAR.map((alts) => p(alts));
  const lead = p(CRUMB_LEAD);
  const crumb = `${lead}${lead === '' ? '首页' : p(['网站首页', '首页'])} > ${p(['政务公开', '信息公开'])} > ${p(CRUMB_END)}`;
  const info = `信息来源：${r() < 0.7 ? agency : '本站'} | 发布日期：${year + 1}-01-1${Math.floor(r() * 9)} | 浏览次数：${100 + Math.floor(r() * 900)}`;
  const body = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html =
    `<html><head><meta charset="utf-8"><title>${r() < 0.5 ? bar[bar.length - 1] : esc(title)}</title></head><body>` +
    `<div class="nav">${bar.map((b) => `<a href="#">${b}</a>`).join('')}</div><div class="crumb">${esc(crumb).replace(/>/g, '&gt;')}</div>` +
    `<h2>${esc(title)}</h2><p>${esc(info)}</p>${body.map((b) => `<p>${esc(b)}</p>`).join('')}</body></html>`;
  const layouts = {
    navText: [bar.join(''), crumb, '', title, '', info, '', ...body],
    navLayout: [`   ${bar.join('    ')}`, `   ${crumb}`, '', `          ${title}`, `   ${info}`, ...body],
  };
  return { html, layouts, truth: { title, agency, year } };
}

/** The page's dump by a converter, or null when it is not installed. */
function convert(html, form) {
  const cmd = {
    w3m: ['w3m', ['-dump', '-T', 'text/html', '-cols', '100', '-O', 'UTF-8']],
    lynx: ['lynx', ['-dump', '-stdin', '-width=120', '-assume_charset=utf-8', '-display_charset=utf-8', '-nolist']],
    html2text: ['html2text', ['-utf8']],
    plain: ['pandoc', ['-f', 'html', '-t', 'plain']],
    asciidoc: ['pandoc', ['-f', 'html', '-t', 'asciidoc']],
    rst: ['pandoc', ['-f', 'html', '-t', 'rst']],
  }[form];
  const out = spawnSync(cmd[0], cmd[1], { input: html, encoding: 'utf8' });
  return out.status === 0 ? out.stdout : null;
}

const NAV_FORMS = ['html', 'w3m', 'lynx', 'html2text', 'plain', 'navText', 'navLayout'];
const FORMS = ['html', 'w3m', 'lynx', 'html2text', 'plain', 'asciidoc', 'rst', 'glued', 'spaced', 'above', 'aboveTight', 'oneLine'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const opt = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
  const [from, to] = opt('--seeds', '1..30').split('..').map(Number);
  const navbar = process.argv.includes('--navbar');
  const forms = opt('--forms', (navbar ? NAV_FORMS : FORMS).join(',')).split(',');
  const { extract } = await import(`${opt('--dist', '../dist')}/index.js`);
  const verbose = process.argv.includes('--verbose');
  const n = {};
  const count = (form, key) => (n[`${form}.${key}`] ??= metaTally());
  for (let seed = from; seed < to; seed++) {
    const v = navbar ? navbarPage(seed) : menuPage(seed);
    for (const form of forms) {
      const text = form === 'html' ? v.html : v.layouts[form] ? `${v.layouts[form].join('\n')}\n` : convert(v.html, form);
      if (text === null) continue;
      const name = `${seed}.${form === 'html' ? 'html' : 'txt'}`;
      const report = await extract(new TextEncoder().encode(text), { name }).catch(() => null);
      for (const key of ['title', 'agency', 'year']) {
        const c = count(form, key);
        const { got, conf } = countMeta(c, report, key, v.truth[key]);
        if (got !== null && got !== v.truth[key] && verbose && (conf >= 0.8 || process.env.ALL)) console.log(`seed ${seed} ${form} ${key}: want ${v.truth[key]} got ${got} at ${conf}`);
      }
    }
  }
  tallyMeta(n);
}
