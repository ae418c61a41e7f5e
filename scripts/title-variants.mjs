#!/usr/bin/env node
/**
 * @file Variants of how a dump prints a report's title, scored against the title, agency and year
 * chosen (never against the extractor): the title wrapped onto two lines at any point (inside the
 * agency, inside the year, after 年, inside the report's words), list and emphasis marks around it
 * (w3m '• ', html2text '* … *', markdown '**'), a site's navigation menu before it (on its own line or
 * as a column on the title's line), full-width digits, agencies of 市/县/区/局 names. Each variant is
 * read as text and as HTML. Counts right, wrong, null and wrong at confidence ≥ 0.9 per field.
 * --digits: agencies whose names hold digits, 第N or Latin letters (12345热线, 第4中学, 110指挥中心, ABC…), the title
 * wrapped inside the agency's name as a narrow page (A5 print) wraps it, a third of them one character before the year
 * ('…管理中' / '心2024年…'); the body or sign-off names the agency (drawn from a second stream).
 *
 *   npm run build && node scripts/title-variants.mjs [--seeds 5000..5300] [--digits] [--verbose]
 */
import { rng } from './template-data.mjs';

const PROVINCES = ['', '', '安徽省', '江苏省', '四川省'];
const CITIES = ['芜湖市', '南通市', '绵阳市', '潍坊市', '宜昌市', '江门市'];
const COUNTIES = ['', '镜湖区', '如东县', '游仙区', '青州市', '枝江市', '崇川区', '越城区'];
const BUREAUS = ['农业农村局', '城市管理局', '自然资源和规划局', '市场监督管理局', '医疗保障局', '卫生健康委员会', '发展和改革委员会', '人民政府', '人民政府办公室', '行政审批局', '生态环境局'];
const MENU = ['信息公开指南', '信息公开制度', '信息公开年报', '政府信息公开目录'];
const DIGIT_PLACES = ['敦化市', '青州市', '芜湖市镜湖区', '新疆生产建设兵团', '南通市崇川区'];
const DIGIT_BODIES = ['12345政务服务便民热线管理中心', '第4中学', '第十四师', '公安局110指挥中心', 'ABC经济开发区管理委员会', '第二人民医院', '12345市民热线办公室', '5G产业园管理办公室'];
const FULL = (s) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** One variant: the title's lines as a text dump and as HTML, and the truth. */
export function titleVariant(seed, { pieces = false, digits = false } = {}) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const drawn = `${p(PROVINCES)}${p(CITIES)}${p(COUNTIES)}${p(BUREAUS)}`;
  const d = digits ? rng(seed * 13 + 5) : null;
  const agency = d ? `${DIGIT_PLACES[Math.floor(d() * DIGIT_PLACES.length)]}${DIGIT_BODIES[Math.floor(d() * DIGIT_BODIES.length)]}` : drawn;
  const year = 2019 + Math.floor(r() * 7);
  const title = `${agency}${year}${r() < 0.5 ? '年' : '年度'}政府信息公开工作年度报告`;
  const printed = r() < 0.25 ? FULL(title) : title;
  // Wrapped at any point (a third of the variants on one line).
  const drawnCut = r() < 0.33 ? 0 : 1 + Math.floor(r() * (printed.length - 1));
  // --digits: wrapped inside the agency's name (a third one character before the year), never on one line.
  const cut = d ? (d() < 0.33 ? agency.length - 1 : 2 + Math.floor(d() * (agency.length - 3))) : drawnCut;
  const parts = cut ? [printed.slice(0, cut), printed.slice(cut)] : [printed];
  const mark = p(['', '', 'bullet', 'bold', 'stars']);
  const marked = mark === 'bold' ? [`* ${parts[0]}`, ...parts.slice(1)].map((l, i, a) => (i === a.length - 1 ? `${l} *` : l)) : mark === 'stars' ? parts.map((l) => `**${l}**`) : mark === 'bullet' ? [`• ${parts[0]}`, ...parts.slice(1)] : parts;
  const menu = p(['', '', 'above', 'column', 'below']);
  const item = p(MENU);
  let lines = [...marked];
  if (menu === 'column') lines = lines.map((l, i) => `${i === 0 ? `  • ${item}` : `  • ${p(MENU)}`}${' '.repeat(20)}${l}`);
  if (menu === 'above') lines = [`  • ${item}`, ...lines];
  if (menu === 'below') lines = [...lines, `  • ${item}`];
  const signed = r() < 0.6;
  const dated = `${year + 1}年${1 + Math.floor(r() * 3)}月${1 + Math.floor(r() * 28)}日`;
  const body = [
    `发布时间：${year + 1}-01-2${Math.floor(r() * 9)}`,
    `本报告根据《中华人民共和国政府信息公开条例》编制。报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    r() < 0.5 ? `如对本报告有疑问，请与${agency}办公室联系。` : '如对本报告有疑问，请与本机关办公室联系。',
    '一、总体情况',
    '本年度，我单位深化政务公开，全年主动公开政府信息1254条。',
    '六、其他需要报告的事项',
    '本年度无收取信息处理费情况。',
    ...(signed ? [agency, dated] : []),
  ];
  // --pieces: the title's lines among foreign pieces (drawn from a second stream: the other forms stay as they were).
  if (pieces) {
    const q = rng(seed * 7 + 1);
    const form = ['sidebar', 'below', 'belowSource'][Math.floor(q() * 3)];
    const cutAt = 2 + Math.floor(q() * (title.length - 8));
    const at = title.search(/(?:19|20)\d{2}/);
    // A CMS page's sidebar items (one per line, at the title's height) read into a wrapped title's lines.
    if (form === 'sidebar') lines = [MENU[0], `${MENU[1]}${title.slice(0, cutAt)}`, MENU[2], title.slice(cutAt)];
    // A 180° page's heading read in reverse line order: the agency line under the year's line.
    if (form === 'below') lines = [title.slice(at), agency];
    // The agency line lost, a 来源 field under the title.
    if (form === 'belowSource') lines = [title.slice(at), `发布时间：${year + 1}-01-20 来源：${agency}`];
  }
  const text = `${[...lines, ...body].join('\n')}\n`;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const h1 = parts.map(esc).join('<br>');
  const nav = menu ? `<ul><li>${esc(item)}</li></ul>` : '';
  const html = `<html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>${menu === 'below' ? '' : nav}<h1>${mark ? `<strong>${h1}</strong>` : h1}</h1>${menu === 'below' ? nav : ''}${body.map((b) => `<p>${esc(b)}</p>`).join('')}</body></html>`;
  return { name: `${seed}.txt`, text, html, truth: { title, agency, year } };
}

/** Scores title, agency and year of each variant read by `read(v, format)` (returns the report's meta and metaFields). */
export async function scoreTitleVariants(seeds, read, { verbose = false, pieces = false, digits = false } = {}) {
  const n = {};
  for (const format of ['text', 'html']) {
    for (const key of ['title', 'agency', 'year']) n[`${format}.${key}`] = { right: 0, rightHigh: 0, wrong: 0, wrongHigh: 0, none: 0 };
  }
  for (const seed of seeds) {
    const v = titleVariant(seed, { pieces, digits });
    for (const format of ['text', 'html']) {
      const m = await read(v, format);
      for (const key of ['title', 'agency', 'year']) {
        const c = n[`${format}.${key}`];
        const got = m?.meta?.[key] ?? null;
        const conf = m?.metaFields?.[key]?.confidence ?? 0;
        if (got === null) c.none++;
        else if (got === v.truth[key]) c.right++, conf >= 0.9 && c.rightHigh++;
        else {
          c.wrong++;
          if (conf >= 0.9) c.wrongHigh++;
          if (conf >= 0.8 && conf < 0.9) c.wrongMid = (c.wrongMid ?? 0) + 1;
          if (verbose && conf >= 0.8) console.log(`seed ${seed} ${format} ${key}: want ${v.truth[key]} got ${got} at ${conf}\n${format === 'text' ? v.text : v.html}`);
        }
      }
    }
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv.indexOf('--seeds');
  const [from, to] = (arg > 0 ? process.argv[arg + 1] : '5000..5300').split('..').map(Number);
  const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : '../dist';
  const { extract } = await import(`${dist}/index.js`);
  const seeds = Array.from({ length: to - from }, (_, i) => from + i);
  const n = await scoreTitleVariants(
    seeds,
    async (v, format) => {
      const bytes = new TextEncoder().encode(format === 'text' ? v.text : v.html);
      const report = await extract(bytes, { name: format === 'text' ? v.name : v.name.replace(/txt$/, 'html'), format }).catch(() => null);
      return report ? { meta: report.meta, metaFields: report.metaFields } : null;
    },
    { verbose: process.argv.includes('--verbose'), pieces: process.argv.includes('--pieces'), digits: process.argv.includes('--digits') },
  );
  for (const [k, c] of Object.entries(n)) console.log(k.padEnd(12), JSON.stringify(c));
}
