#!/usr/bin/env node
/**
 * @file Report pages converted by pandoc to a lightweight markup (AsciiDoc, MediaWiki, reStructuredText,
 * org-mode, Textile, DokuWiki, Jira, Haddock, Markdown, plain), scored on the title, agency and year read
 * (against the values the page was built from, never against the extractor). The page varies how it prints
 * its title (h1/h2, a bold paragraph, a centred div, a year line under a yearless title), its sign-off (two
 * paragraphs, one paragraph with a <br>, bold, right-aligned) and the agency's kind — a bureau, a 人民政府, or
 * an institution that publishes such reports (a school, a hospital, a CDC, a 中心, a museum, a company…).
 * Counts values right (and at ≥ 0.9), missing, wrong, wrong at ≥ 0.9 (must be 0) and wrong at 0.8–0.9, by
 * field and by format.
 *
 *   npm run build && node scripts/meta-markup-variants.mjs [--seeds 1..40] [--formats asciidoc,rst] [--dist DIR] [--verbose]
 *
 * Needs pandoc on PATH. Each seed gives one page, converted to every format (so 10 documents a seed).
 */
import { spawnSync } from 'node:child_process';
import { rng } from './template-data.mjs';

const REGIONS = ['江海市', '青原县', '临川区', '白沙市东城区', '南湖市', '清溪县'];
/** Agency kinds: bodies named with a common ending and institutions whose names end otherwise. */
const KINDS = [
  (r) => `${r}财政局`,
  (r) => `${r}人民政府`,
  (r) => `${r}卫生健康委员会`,
  (r, p) => `${r}第${p(['一', '二', '三', '十'])}中学`,
  (r, p) => `${r}第${p(['一', '二', '五'])}小学`,
  (r) => `${r}实验幼儿园`,
  (r) => `${r}职业技术学院`,
  (r) => `${r}人民医院`,
  (r) => `${r}疾病预防控制中心`,
  (r) => `${r}博物馆`,
  (r) => `${r}城市建设投资集团有限公司`,
  (r) => `${r}人民法院`,
  (r) => `${r}水文站`,
  (r) => `${r}综合行政执法大队`,
  (r) => `${r}不动产登记中心`,
  (r) => `${r}国有林场`, // endings no list holds: read when the title and the sign-off agree
  (r) => `${r}广播电视台`,
  (r) => `${r}气象台`,
];

const PARAS = [
  '一、总体情况',
  '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息326条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '政策解读形式不够丰富，下一步将加强培训。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];

/** Title markup: `t` the title, `y` the year line for a yearless title (or ''). */
const TITLE_HTML = [
  (t) => `<h1>${t}</h1>`,
  (t) => `<h2>${t}</h2>`,
  (t) => `<p style="text-align:center"><strong>${t}</strong></p>`,
  (t) => `<div class="title">${t}</div>`,
  (t) => `<h1 id="t1">${t}</h1>`,
  (t) => `<p><b>${t}</b></p>`,
];

/** Sign-off markup: `a` agency, `d` date. */
const SIGN_HTML = [
  (a, d) => `<p style="text-align:right">${a}</p>\n<p style="text-align:right">${d}</p>`,
  (a, d) => `<p style="text-align:right">${a}<br>${d}</p>`,
  (a, d) => `<p><strong>${a}</strong><br><strong>${d}</strong></p>`,
  (a, d) => `<div align="right">${a}<br/>${d}</div>`,
  (a, d) => `<p>${a}</p><p>${d}</p>`,
];

export const FORMATS = ['asciidoc', 'mediawiki', 'rst', 'org', 'textile', 'dokuwiki', 'jira', 'haddock', 'markdown', 'plain'];
const EXT = { asciidoc: 'adoc', mediawiki: 'wiki', rst: 'rst', org: 'org', textile: 'textile', dokuwiki: 'txt', jira: 'txt', haddock: 'txt', markdown: 'md', plain: 'txt' };

/**
 * Layout-table pages (`--layout`): an old CMS sets the whole article in a table beside a menu column,
 * the title either a heading in the article cell or the middle cell of a title row (发布机构 | title |
 * date) whose narrow cell a converter wraps over several lines.
 */
const LAYOUT_TITLE = [
  (t) => `<h2>${t}</h2>`,
  (t, a, d) => `<table width="100%"><tr><td width="30%">发布机构：${a}</td><td width="40%"><b>${t}</b></td><td>${d}</td></tr></table>`,
  (t, a, d) => `<table width="100%"><tr><td width="25%">来源：${a}</td><td width="50%">${t}</td><td>发布日期：${d}</td></tr></table>`,
];
/** The article (title, body and sign-off) in a layout table's cell beside a menu. */
const inLayout = (title, rest) => `<table width="980"><tr><td width="200"><a href="/">首页</a><br><a href="/x">政务公开</a><br><a href="/y">政府信息公开年报</a></td><td width="780">\n${title}\n${rest}\n</td></tr></table>`;

/** A report page from a seed: `{ html, truth: { title, agency, year } }`; `layout`: the article set in a layout table. */
export function markupPage(seed, layout = false) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const region = p(REGIONS);
  const agency = p(KINDS)(region, p);
  const year = 2020 + Math.floor(r() * 5);
  const nd = r() < 0.5 ? '年' : '年度';
  const title = `${agency}${year}${nd}政府信息公开工作年度报告`;
  const date = `${year + 1}年${1 + Math.floor(r() * 3)}月${1 + Math.floor(r() * 28)}日`;
  const body = PARAS.map((t) => (/^[一二三四五六]、/.test(t) ? `<h3>${t}</h3>` : `<p>${t}</p>`));
  const table = '<table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>2</td><td>0</td><td>14</td></tr></table>';
  body.splice(3, 0, table);
  const rest = `${body.join('\n')}\n${p(SIGN_HTML)(agency, date)}`;
  const iso = `${year + 1}-0${1 + Math.floor(r() * 3)}-1${Math.floor(r() * 10)}`;
  const article = layout ? inLayout(p(LAYOUT_TITLE)(title, agency, iso), rest) : `${p(TITLE_HTML)(title)}\n${rest}`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${article}\n</body></html>\n`;
  return { html, truth: { title, agency, year } };
}

/** The page converted by pandoc to `format`. */
export function converted(html, format, wrap = 'none') {
  const out = spawnSync('pandoc', ['-f', 'html', '-t', format, `--wrap=${wrap}`], { input: html, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pandoc -t ${format}: ${out.stderr}`);
  return out.stdout;
}

const tally = () => ({ right: 0, rightHigh: 0, missing: 0, wrong: 0, wrongHigh: 0, wrong80: 0 });

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, d) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : d);
  const [from, to] = arg('--seeds', '1..40').split('..').map(Number);
  const formats = arg('--formats', FORMATS.join(',')).split(',');
  const dist = arg('--dist', new URL('../dist', import.meta.url).pathname);
  const verbose = process.argv.includes('--verbose');
  const layout = process.argv.includes('--layout');
  // Table fields read (table 二's 规章 row: 2 / 0 / 14): right, and wrong at ≥ 0.9.
  const table = { right: 0, rightHigh: 0, wrong: 0, wrongHigh: 0 };
  const { extract } = await import(`${dist}/index.js`);
  const byField = {};
  const byFormat = {};
  let docs = 0;
  for (let seed = from; seed < to; seed++) {
    const page = markupPage(seed, layout);
    for (const format of formats) {
      // Layout pages are converted as a user would (cells wrapped at pandoc's default 72 columns).
      const text = converted(page.html, format, layout ? 'auto' : 'none');
      const rep = await extract(new TextEncoder().encode(text), { name: `${seed}.${EXT[format]}` }).catch(() => null);
      docs++;
      for (const [k, want] of [['issued', 2], ['repealed', 0], ['inForce', 14]]) {
        const f = rep?.fields?.[`activeDisclosure.regulations.${k}`];
        const got = rep?.data?.activeDisclosure?.regulations?.[k] ?? null;
        if (got === want) table.right++, f.confidence >= 0.9 && table.rightHigh++;
        else if (got !== null) table.wrong++, f.confidence >= 0.9 && table.wrongHigh++;
      }
      for (const key of ['title', 'agency', 'year']) {
        const got = rep?.meta?.[key] ?? null;
        const conf = rep?.metaFields?.[key]?.confidence ?? 0;
        for (const t of [(byField[key] ??= tally()), (byFormat[`${format}.${key}`] ??= tally())]) {
          if (got === null) t.missing++;
          else if (got === page.truth[key]) t.right++, conf >= 0.9 && t.rightHigh++;
          else {
            t.wrong++;
            if (conf >= 0.9) t.wrongHigh++;
            else if (conf >= 0.8) t.wrong80++;
          }
        }
        if (verbose && got !== page.truth[key]) console.log(`seed ${seed} ${format} ${key}: want ${page.truth[key]} got ${got} at ${conf}`);
      }
    }
  }
  console.log(JSON.stringify({ docs, ...byField, table }));
  if (process.argv.includes('--by-format')) for (const [k, v] of Object.entries(byFormat)) console.log(k, JSON.stringify(v));
}
