#!/usr/bin/env node
/**
 * @file Variants of reports whose identity has a gap, scored against the agency and year chosen
 * (never against the extractor):
 *  - `--year`: a title without its year, its year on a line of its own (before or after it, as a
 *    LibreOffice print or a dump breaks it), or no title at all; the year then only in the first words
 *    of 一、总体情况 ('2023年，我局…'), the statistics period or the sign-off's date (January of the
 *    next year), or nowhere. Traps: the body names the year before ('较2022年') and the next one
 *    ('2024年，我局将…'); '本年度' names none.
 *  - `--plan`: the overview opens with the year planned for ('2025年，我局将…'), a '2025年工作打算' heading,
 *    '下一年度'; the title (or a '（2025年度）' line under a yearless one) may name the year of publication,
 *    which the sign-off's date (January–March of that year) disputes.
 *  - `--pua`: one or two characters of the agency's name in a font that maps them to the private-use
 *    area (U+E000–U+F8FF), printed as those code points ('kept') or lost by the converter ('dropped'),
 *    in the title, the sign-off or both; sometimes the opening paragraph prints the name whole.
 * Counts values right (and at ≥ 0.9), missing, wrong, wrong at ≥ 0.9 (must be 0) and wrong at 0.85–0.9.
 *
 *   npm run build && node scripts/meta-gap-variants.mjs --year|--plan|--pua [--seeds 1..400] [--dist DIR] [--verbose]
 */
import { rng } from './template-data.mjs';

const REGIONS = ['湖北省', '黔东南苗族侗族自治州', '喀什地区', '鄂尔多斯市伊金霍洛旗', '淮安市', '沭阳县', '泰州市海陵区', '南宁市青秀区'];
const BUREAUS = ['生态环境局', '自然资源局', '住房和城乡建设局', '教育体育局', '司法局', '市场监督管理局', '卫生健康委员会', '人民政府办公室', '交通运输局'];
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const REPORT = '政府信息公开工作年度报告';

/** Sections after 一、总体情况 (both templates print these headings). */
const REST = (y, template) => [
  '二、主动公开政府信息情况',
  template === '2019' ? '第二十条第（一）项' : '第二十条第（一）项',
  template === '2019' ? '信息内容 本年新制作数量 本年新公开数量 对外公开总数量' : '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 2 1 30',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  `信息公开的及时性有待提高。${y + 1}年，我局将进一步加强培训。`,
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];

/** Title lines: `a` agency, `ys` the year as printed. The year's place is the variant. */
const TITLES = [
  (a, ys) => [`${a}${ys}年${REPORT}`], // control: the year in the title
  (a) => [`${a}${REPORT}`], // no year
  (a, ys) => [`${a}${REPORT}`, `（${ys}年度）`],
  (a, ys) => [`${ys}年`, `${a}${REPORT}`],
  (a, ys) => [`${a}${REPORT}`, `${ys}年`],
  (a, ys) => [a, `${ys}年${REPORT}`],
  () => ['报告'], // the title lost but its last word (a LibreOffice print read by pdftotext)
  () => [],
];

/** The first words of 一、总体情况: `y` the year reported on. */
const OVERVIEWS = [
  (y, a) => `${y}年，${a}认真贯彻落实政府信息公开工作要求，全年主动公开信息若干条。`,
  (y) => `${y}年，我局坚持以人民为中心，全年主动公开政府信息1254条，较${y - 1}年增长12%。`,
  (y) => `${y}年度，我局深入推进政务公开。`,
  (y) => `本年度，我局深入推进政务公开，与${y - 1}年相比公开数量有所增加。`,
  (y) => `按照${y - 1}年底的部署，我局全年主动公开政府信息326条。`,
  () => '本年度，我局坚持以人民为中心，深化政务公开。',
];

function printedYear(y, chinese) {
  return chinese ? [...String(y)].map((d) => DIGITS[d]).join('') : String(y);
}

/** A variant with the year's places drawn: `{ name, text, truth: { agency, year } }`. */
export function yearVariant(seed) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const agency = `${p(REGIONS)}${p(BUREAUS)}`;
  const year = 2019 + Math.floor(r() * 6);
  const template = year < 2021 || r() < 0.3 ? '2019' : '2021';
  const title = p(TITLES)(agency, printedYear(year, r() < 0.15));
  const lines = [...title, '本报告根据《中华人民共和国政府信息公开条例》要求编制。'];
  if (r() < 0.2) lines.push(`本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`);
  lines.push('一、总体情况', p(OVERVIEWS)(year, agency), ...REST(year, template));
  const sign = r();
  const date = `${year + 1}年${1 + Math.floor(r() * 3)}月${1 + Math.floor(r() * 28)}日`;
  if (sign < 0.55) lines.push(agency, date);
  else if (sign < 0.7) lines.push(date);
  else if (sign < 0.8) lines.push(agency);
  return { name: `${seed}.txt`, text: `${lines.join('\n')}\n`, truth: { agency, year } };
}

/** Title lines of a `--plan` variant: `a` agency, `y` the year reported on; the title may print the year it is published in (y + 1). */
const PLAN_TITLES = [
  (a, y) => [`${a}${y}年${REPORT}`],
  (a) => [`${a}${REPORT}`],
  (a, y) => [`${a}${REPORT}`, `（${y}年度）`],
  (a, y) => [`${a}${y + 1}年${REPORT}`], // the publication year: the sign-off disputes it
  (a, y) => [`${a}${REPORT}`, `（${y + 1}年度）`],
];

/** The overview's first words: the year reported on, the year planned for, or none. */
const PLAN_OVERVIEWS = [
  (y) => `${y}年，我局认真贯彻落实政府信息公开工作要求。`,
  (y) => `${y + 1}年，我局将进一步深化政务公开，全面提升公开质量。`,
  (y) => `${y + 1}年，我局计划继续推进政务公开标准化规范化建设。`,
  (y) => `${y}年以来，我局深化政务公开。`,
  () => '下一年度，我局将进一步加强政务公开工作。',
  () => '本年度，我局坚持以人民为中心，深化政务公开。',
];

/** A variant whose overview or a heading names the year planned for, or whose title names the publication year (`--plan`). */
export function planVariant(seed) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const agency = `${p(REGIONS)}${p(BUREAUS)}`;
  const year = 2019 + Math.floor(r() * 6);
  const t = Math.floor(r() * PLAN_TITLES.length);
  const lines = [...PLAN_TITLES[t](agency, year), '本报告根据《中华人民共和国政府信息公开条例》要求编制。'];
  lines.push('一、总体情况', p(PLAN_OVERVIEWS)(year), ...REST(year, year < 2021 ? '2019' : '2021'));
  if (r() < 0.4) lines.splice(lines.length - 2, 0, `${p(['七', '（六）'])}、${year + 1}年工作打算`, `${year + 1}年，我局将持续加强政务公开。`);
  const sign = r();
  const date = `${year + 1}年${1 + Math.floor(r() * 3)}月${1 + Math.floor(r() * 28)}日`;
  // A title naming the publication year is told apart only by a dated sign-off: without one the input says y + 1.
  const dated = t >= 3 || sign < 0.8;
  if (sign < 0.6) lines.push(agency, date);
  else if (dated) lines.push(date);
  else lines.push(agency);
  return { name: `${seed}.txt`, text: `${lines.join('\n')}\n`, truth: { agency, year } };
}

/** A private-use code point standing for an ideograph (a font's own map). */
const pua = (ch) => String.fromCharCode(0xe000 + (ch.charCodeAt(0) % 0x1800));

/**
 * The name with 1–2 of its characters (not its last) in the private-use area: `kept` as those code points
 * (pdftotext, a dump that keeps them), `lost` as U+FFFD (what the PDF loader keeps for a glyph its font maps
 * to no character), `dropped` (a converter that lost them: a text with no trace of the hole — where every
 * place prints the name so, the input does not determine it).
 */
function holed(name, r, form) {
  const at = new Set([Math.floor(r() * (name.length - 1))]);
  if (r() < 0.4) at.add(Math.floor(r() * (name.length - 1)));
  return [...name].map((c, i) => (at.has(i) ? (form === 'dropped' ? '' : form === 'lost' ? '\ufffd' : pua(c)) : c)).join('');
}

/** A variant whose agency has characters in the private-use area. */
export function puaVariant(seed) {
  const r = rng(seed);
  const p = (list) => list[Math.floor(r() * list.length)];
  const agency = `${p(REGIONS)}${p(BUREAUS)}`;
  const year = 2019 + Math.floor(r() * 6);
  const form = p(['kept', 'lost', 'dropped']);
  const where = p(['title', 'signOff', 'both', 'both']);
  const bad = holed(agency, r, form);
  const inTitle = where === 'signOff' ? agency : bad;
  const inSign = where === 'title' ? agency : bad;
  const lines = [`${inTitle}${year}年${REPORT}`, '本报告根据《中华人民共和国政府信息公开条例》要求编制。'];
  if (r() < 0.3) lines.push(`现将${agency}${year}年${REPORT}向社会公布。`);
  lines.push('一、总体情况', `${year}年，我局认真贯彻落实政府信息公开工作要求。`, ...REST(year, '2021'));
  if (r() < 0.85) lines.push(inSign);
  lines.push(`${year + 1}年1月${1 + Math.floor(r() * 28)}日`);
  return { name: `${seed}.txt`, text: `${lines.join('\n')}\n`, truth: { agency, year }, knobs: { form, where } };
}

/** Tallies of one meta value. */
const tally = () => ({ right: 0, rightHigh: 0, missing: 0, wrong: 0, wrongHigh: 0, wrong85: 0 });

/** Scores `key` of each variant read by `readMeta` (returns `{ agency, year, metaFields }`). */
export async function scoreGaps(seeds, make, readMeta, keys, { verbose = false } = {}) {
  const n = {};
  for (const seed of seeds) {
    const v = make(seed);
    const m = await readMeta(v);
    for (const key of keys) {
      const got = m[key];
      const conf = m.metaFields?.[key]?.confidence ?? 0;
      // By the variant's form (pua: kept / lost / dropped; and the dropped form printed in both places apart, undetermined).
      const kind = v.knobs ? `${key}.${v.knobs.form}${v.knobs.form === 'dropped' && v.knobs.where === 'both' ? '.both' : ''}` : key;
      const t = (n[kind] ??= tally());
      if (got === null || got === undefined) t.missing++;
      else if (got === v.truth[key]) t.right++, conf >= 0.9 && t.rightHigh++;
      else {
        t.wrong++;
        if (conf >= 0.9) t.wrongHigh++;
        else if (conf >= 0.85) t.wrong85++;
        if (verbose) console.log(`seed ${seed} ${key}: want ${v.truth[key]} got ${got} at ${conf} ${JSON.stringify(v.knobs ?? {})}\n${v.text}`);
      }
    }
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, d) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : d);
  const [from, to] = arg('--seeds', '1..400').split('..').map(Number);
  const dist = arg('--dist', new URL('../dist', import.meta.url).pathname);
  const { extract } = await import(`${dist}/index.js`);
  const seeds = Array.from({ length: to - from }, (_, i) => from + i);
  const pua = process.argv.includes('--pua');
  const make = pua ? puaVariant : process.argv.includes('--plan') ? planVariant : yearVariant;
  const n = await scoreGaps(seeds, make, async (v) => {
    const report = await extract(new TextEncoder().encode(v.text), { name: v.name, format: 'text' }).catch(() => null);
    return report ? { ...report.meta, metaFields: report.metaFields } : { agency: null, year: null };
  }, pua ? ['agency'] : ['year', 'agency'], { verbose: process.argv.includes('--verbose') });
  console.log(JSON.stringify(n));
}
