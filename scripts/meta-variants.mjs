#!/usr/bin/env node
/**
 * @file Variants of how a report states who published it and for which year, scored against the
 * agency and year chosen (never against the extractor): title forms, years in Arabic or Chinese
 * numerals, page furniture (breadcrumbs, 来源/发布时间 lines, site names), the opening paragraph,
 * the sign-off and the file name. Counts values right, wrong, missing, and wrong at confidence ≥ 0.9.
 *
 *   npm run build && node scripts/meta-variants.mjs [--seeds 1000..1400] [--marks] [--verbose]
 *
 * Each variant is a text document: `{ name, text, truth: { agency, year } }`. The meta stage reads
 * the same lines from every input kind, so a text document exercises it fully.
 */
import { rng } from './template-data.mjs';

const REGIONS = ['淮安市', '洪泽区', '沭阳县', '宿迁市', '伊宁市', '平潭县', '泰州市海陵区', '长青县'];
const BUREAUS = ['城市管理局', '自然资源和规划局', '市场监督管理局', '财政局', '教育局', '卫生健康委员会', '发展和改革委员会', '人民政府办公室', '住房和城乡建设局'];
const PLACES = ['黄龙', '城东', '青山', '白马', '新港', '清河'];
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Agency forms: 人民政府, 办公室, 局, 委员会, 街道办事处, 乡/镇. */
const AGENCIES = [
  (r, p) => `${r}人民政府`,
  (r, p) => `${r}${p(BUREAUS)}`,
  (r, p) => `${r}${p(PLACES)}街道办事处`,
  (r, p) => `${r}${p(PLACES)}镇人民政府`,
  (r, p) => `${r}${p(PLACES)}乡人民政府`,
  (r, p) => `${r}${p(PLACES)}镇`,
];

/** Year forms: 2023, 二〇二三, 二零二三 (each with 年 or 年度 after it). */
const YEAR_FORMS = [(y) => String(y), (y) => [...String(y)].map((d) => DIGITS[d]).join(''), (y) => [...String(y)].map((d) => (d === '0' ? '零' : DIGITS[d])).join('')];

/** Title forms; `a` agency, `y` year as printed, `nd` 年 or 年度. */
const TITLES = [
  (a, y, nd) => `${a}${y}${nd}政府信息公开工作年度报告`,
  (a, y, nd) => `${a}关于${y}${nd}政府信息公开工作年度报告`,
  (a, y, nd) => `${y}${nd}${a}政府信息公开工作年度报告`,
  (a, y, nd) => `${a} ${y} ${nd}政府信息公开工作年度报告`,
  (a, y, nd) => `${y}${nd}政府信息公开工作年度报告`, // no agency: it is stated elsewhere or nowhere
];

/** Page furniture around a title: the breadcrumb on the title's line or above it, site names, 来源 lines. */
const FURNITURE = [
  (t) => [t],
  (t) => [`首页 > 信息公开 > 年度报告 > ${t}`],
  (t) => [`当前位置：首页 > 政务公开 > 政府信息公开年报`, t],
  (t, o) => [`${o}门户网站`, `首页 » 政府信息公开 » ${t}`],
  (t, o, date) => [t, `来源：${o}  发布时间：${date}  浏览次数：128`],
  (t, o) => [`${t}_${o}门户网站`],
  (t, o) => [`${o} > 政务公开 > ${t}`],
  (t, o) => [o, t], // a site header naming another agency, on the line above the title
  (t) => [`首页 政务公开 政府信息公开年报 ${t}`], // a breadcrumb separated by spaces only
];

/** Dates as a sign-off prints them. */
function printedDate(y, m, d, chinese) {
  if (!chinese) return `${y}年${m}月${d}日`;
  const n = (k) => (k < 10 ? DIGITS[k] : k === 10 ? '十' : k < 20 ? `十${DIGITS[k - 10]}` : `${DIGITS[Math.floor(k / 10)]}十${k % 10 ? DIGITS[k % 10] : ''}`);
  return `${[...String(y)].map((c) => DIGITS[c]).join('')}年${n(m)}月${n(d)}日`;
}

const BODY = [
  '一、总体情况',
  '本年度，我单位坚持以人民为中心，深化政务公开，全年主动公开政府信息1254条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '（一）存在的主要问题：政策解读形式不够丰富。',
  '六、其他需要报告的事项',
  '本年度无收取信息处理费情况。',
];

/**
 * What is printed before a title on its line (a column tag, a date, an item or document number, a
 * symbol) or around it (a notice that wraps the report): not part of the agency's name. `o` another body.
 */
const TITLE_MARKS = [
  (t) => `【政府信息公开年报】${t}`,
  (t) => `2025-01-18 ${t}`,
  (t) => `1.${t}`,
  (t) => `第3号 ${t}`,
  (t) => `青教〔2025〕5号 ${t}`,
  (t) => `（一）${t}`,
  (t) => `附件1：${t}`,
  (t) => `★${t}`,
  (t) => `[转载]${t}`,
  (t) => `置顶 ${t}`,
  (t, o) => `${o}办公室关于印发${t}的通知`,
  (t, o) => `${o}转发${t}`,
  (t) => `关于公布${t}的公告`,
];

/**
 * One variant from a seed: the document's name and text and the agency and year it is about.
 * `marks`: something is printed before the title on its line (drawn from a second generator, so the
 * other choices of a seed stay as they were).
 */
export function metaVariant(seed, { marks = false } = {}) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const region = p(REGIONS);
  const agency = p(AGENCIES)(region, p);
  const year = 2019 + Math.floor(r() * 7);
  const nd = r() < 0.5 ? '年' : '年度';
  const plain = p(TITLES)(agency, p(YEAR_FORMS)(year), nd);
  const other = `${p(REGIONS.filter((x) => x !== region))}人民政府`;
  const q = rng(seed * 7919 + 1);
  const title = marks ? TITLE_MARKS[Math.floor(q() * TITLE_MARKS.length)](plain, other) : plain;
  const month = 1 + Math.floor(r() * 3);
  const day = 1 + Math.floor(r() * 28);
  const isoDate = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const lines = [...p(FURNITURE)(title, other, isoDate)];
  const opening = [];
  if (r() < 0.5) opening.push(`现将${agency}${p(YEAR_FORMS)(year)}年政府信息公开工作年度报告向社会公布。`);
  if (r() < 0.5) opening.push(`本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`);
  lines.push(`根据《中华人民共和国政府信息公开条例》要求编制本报告。${opening.join('')}`, ...BODY);
  const sign = r();
  // The sign-off: the agency (or its office) and the date; sometimes the date alone, sometimes none.
  // With `marks`, a sign-off may print the name with its place cut to the level ('区教育局' for '青山区教育局').
  const signed = marks && q() < 0.4 ? `${region.slice(-1)}${agency.slice(region.length)}` : agency;
  if (sign < 0.5) lines.push(signed, printedDate(year + 1, month, day, r() < 0.3));
  else if (sign < 0.65) lines.push(`${agency}办公室`, printedDate(year + 1, month, day, false));
  else if (sign < 0.8) lines.push(printedDate(year + 1, month, day, false));
  const f = r();
  const name = f < 0.4 ? `${plain.replace(/\s+/g, '')}.txt` : f < 0.6 ? `${year}年报.txt` : f < 0.8 ? `${seed}.txt` : `附件${1 + Math.floor(r() * 3)}.txt`;
  return { name, text: `${lines.join('\n')}\n`, truth: { agency, year } };
}

/** Scores the meta of each variant read by `readMeta` (returns { agency, year, metaFields }). */
export async function scoreVariants(seeds, readMeta, { verbose = false, marks = false } = {}) {
  const n = { agencyRight: 0, agencyWrong: 0, agencyNull: 0, agencyHigh: 0, yearRight: 0, yearWrong: 0, yearNull: 0, yearHigh: 0, wrongHigh: 0, total: 0 };
  for (const seed of seeds) {
    const v = metaVariant(seed, { marks });
    const m = await readMeta(v);
    n.total++;
    for (const [key, field] of [['agency', 'agency'], ['year', 'year']]) {
      const got = m[key];
      const conf = m.metaFields?.[field]?.confidence ?? 1;
      const cap = key[0].toUpperCase() + key.slice(1);
      if (got === null) n[`${key}Null`]++;
      else if (got === v.truth[key]) n[`${key}Right`]++, conf >= 0.9 && n[`${key}High`]++;
      else {
        n[`${key}Wrong`]++;
        if (conf >= 0.9) n.wrongHigh++;
        if (verbose) console.log(`seed ${seed} ${cap}: want ${v.truth[key]} got ${got} at ${conf}\n${v.name}\n${v.text}`);
      }
    }
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv.indexOf('--seeds');
  const [from, to] = (arg > 0 ? process.argv[arg + 1] : '1000..1400').split('..').map(Number);
  const { extract } = await import('../dist/index.js');
  const seeds = Array.from({ length: to - from }, (_, i) => from + i);
  const n = await scoreVariants(seeds, async (v) => {
    const report = await extract(new TextEncoder().encode(v.text), { name: v.name, format: 'text' }).catch(() => null);
    return report ? { ...report.meta, metaFields: report.metaFields } : { agency: null, year: null };
  }, { verbose: process.argv.includes('--verbose'), marks: process.argv.includes('--marks') });
  console.log(JSON.stringify(n));
}
