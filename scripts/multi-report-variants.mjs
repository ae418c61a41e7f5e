#!/usr/bin/env node
/**
 * @file Several whole reports in one document (text, HTML page, PDF printed from it), scored against the
 * report the document is about — or against nothing when the input does not determine it:
 *  - years: reports of the title's year and earlier years in any order (the title's in the middle too),
 *    each with or without its own title, announced or not ('以下为2024年度报告正文：', '附：上年度报告'),
 *    its statistics period printed or only its year named in the opening text; sometimes the title's
 *    year is not among them (nothing determined);
 *  - agencies: a page listing several agencies' reports of one year, the page's `<title>` (or the file
 *    name) naming one of them, anywhere in the list; text with the first report's title on top and the
 *    others untitled but presented ('现将B局…');
 *  - units: an umbrella title ('（含所属单位）', '及所属单位', '…系统') over one full report per unit, with a
 *    summary announced as the whole (汇总情况, 全局合计, the umbrella agency's name, '以下为…汇总数据：')
 *    first, in the middle or last, or no summary (nothing determined), or two announced as a whole;
 *    units under a plain title (nothing determined);
 *  - twice: the same title twice with other numbers (nothing determined).
 * Counts fields right (≥ 0.9), low, WRONG (wrong or undetermined at ≥ 0.9: must be 0), wrong below, and
 * meta.year WRONG (a confident year other than the document's).
 *
 *   npm run build && nice node scripts/multi-report-variants.mjs [--seeds 1..80] [--pdf] [--show]
 * XXGK_DIST=/other/dist measures another build. `--pdf`: every fifth variant printed to PDF by Chromium
 * (slow). Exit 1 on a WRONG field or year.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activeTable, requestTable, reviewTable, renderRows } from './make-samples.mjs';
import { chromiumPdf, printers } from './print-pdf.mjs';
import { get, makeValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.XXGK_DIST ?? join(ROOT, 'dist');
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const AGENCIES = ['海门市交通运输局', '绍兴市生态环境局', '平阳县人民政府', '龙岩市新罗区教育局', '宿迁市自然资源和规划局', '通州区财政局', '盐都区农业农村局', '西湖区卫生健康委员会'];
const UNITS = ['机关本级', '综合行政执法大队', '信息中心', '事务服务中心', '监测站', '档案馆'];
const UMBRELLA = [(a) => `${a}（含所属单位）`, (a) => `${a}及所属单位`, (a) => `${a}（含下属单位）`, (a) => `${a.replace(/局$/, '')}系统`];
const WHOLE = ['汇总情况', '全局合计', '第一部分 汇总情况', '全系统汇总数据：', '以下为全局（含所属单位）汇总数据：'];

/**
 * One report as blocks: ['title'|'h'|'p', text] or ['table', rows]. `opts`: title printed, period printed,
 * 现将 sentence, year named in the opening text.
 */
function report(agency, year, data, r, { title = true, period = r() < 0.7, presented = r() < 0.3, named = true } = {}) {
  const open = [
    ...(presented ? [`现将${agency}${year}年政府信息公开工作年度报告公布如下。`] : []),
    period ? `本报告统计期限为${year}年1月1日至${year}年12月31日。` : '本报告由本机关编制。',
    named ? `${year}年，${agency}坚持以公开为常态、不公开为例外，全年主动公开政府信息${get(data, 'activeDisclosure.licensing.decisions')}条。` : '本机关坚持以公开为常态、不公开为例外，依法办理政府信息公开申请。',
  ];
  return [
    ...(title ? [['title', `${agency}${year}年政府信息公开工作年度报告`]] : []),
    ['h', HEADINGS[0]], ...open.map((t) => ['p', t]),
    ['h', HEADINGS[1]], ['table', activeTable(data, '2021')],
    ['h', HEADINGS[2]], ['table', requestTable(data, false)],
    ['h', HEADINGS[3]], ['table', reviewTable(data)],
    ['h', HEADINGS[4]], ['p', '一是公开内容的精准度有待提高；二是解读形式较为单一。下一步将细化公开清单。'],
    ['h', HEADINGS[5]], ['p', '本机关未收取信息处理费。'],
  ];
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function toText(blocks) {
  return blocks.map(([k, v]) => (k === 'table' ? renderRows(v, 'tab') : v)).join('\n') + '\n';
}

export function toHtml(blocks, pageTitle) {
  const body = blocks.map(([k, v]) => {
    // Report titles as paragraphs: the loader takes a page's first heading naming a report for its title, before `<title>`.
    if (k === 'title') return `<p><b>${esc(v)}</b></p>`;
    if (k === 'h') return `<p><b>${esc(v)}</b></p>`;
    if (k === 'p') return `<p>${esc(v)}</p>`;
    return `<table border="1">${v.map((row) => `<tr>${[...(row.group !== undefined ? [row.group] : []), ...row.cells].map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(pageTitle)}</title></head><body>${body.join('\n')}</body></html>\n`;
}

/** One variant: blocks, the page title, the file name, the index of the values the document is about (null: not determined). */
export function build(seed, format = 'txt') {
  const r = rng(seed * 7919 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const Y = pick([2022, 2023, 2024]);
  const agency = pick(AGENCIES);
  const kind = pick(['years', 'years', 'agencies', 'agencies', 'units', 'units', 'units', 'twice']);
  const values = [];
  const val = () => (values.push(makeValues(seed * 31 + values.length, { scale: pick([9, 30, 300]) })), values.at(-1));
  let blocks = [];
  let truth = null;
  let pageTitle = `${agency}${Y}年政府信息公开工作年度报告`;
  let name = `report-${seed}`;
  const titled = r() < 0.5;
  if (kind === 'years') {
    const years = pick([[Y, Y - 1], [Y - 1, Y], [Y - 1, Y, Y - 2], [Y - 2, Y - 1, Y], [Y - 1, Y - 2]]);
    blocks.push(['title', pageTitle]);
    years.forEach((y, n) => {
      const lead = y === Y ? pick(['', `以下为${Y}年度报告正文：`, '本年度报告：']) : pick(['', `附：${y}年度报告`, '（以下为往年报告）', `为便于对照，先列出${y}年度报告主要内容：`]);
      if (lead && !(n === 0 && y === Y)) blocks.push(['p', lead]);
      blocks.push(...report(agency, y, val(), r, { title: n > 0 && titled }));
      if (y === Y) truth = n;
    });
  } else if (kind === 'agencies') {
    const ags = [...AGENCIES].sort(() => r() - 0.5).slice(0, pick([2, 3, 4]));
    const at = Math.floor(r() * ags.length);
    const how = pick(['pageTitle', 'fileName', 'firstTitleOnly']);
    pageTitle = how === 'pageTitle' ? `${ags[at]}${Y}年政府信息公开工作年度报告` : '政府信息公开年度报告专栏';
    if (how === 'fileName') name = `${ags[at]}${Y}年政府信息公开工作年度报告`;
    ags.forEach((a, n) => {
      // firstTitleOnly: the first report's title on top, the others untitled (a crawler joined the articles) but presented.
      const own = how === 'firstTitleOnly' ? n === 0 : true;
      blocks.push(...report(a, Y, val(), r, { title: own, presented: how === 'firstTitleOnly' && n > 0 ? true : undefined }));
    });
    // fileName: the file name names one report, the page prints another's title first: contested, unless it is the first.
    // A text file has no page title: the first title printed names it.
    truth = how === 'firstTitleOnly' || (how === 'pageTitle' && format === 'txt') ? 0 : how === 'fileName' && at !== 0 ? null : at;
  } else if (kind === 'units') {
    const umbrella = r() < 0.85;
    const units = [...UNITS].sort(() => r() - 0.5).slice(0, pick([2, 3]));
    const summaries = umbrella ? pick([0, 1, 1, 1, 2]) : pick([0, 1]);
    const title = umbrella ? pick(UMBRELLA)(agency) : agency;
    pageTitle = `${title}${Y}年政府信息公开工作年度报告`;
    blocks.push(['title', pageTitle]);
    const parts = units.map((u, n) => ({ lead: pick([`第${'二三四五'[n]}部分 ${u}`, `${agency}${u}`, `（${'一二三四'[n]}）${u}`]), agency: `${agency}${u}`, whole: false }));
    // The umbrella agency's name alone (a lead, or its own title) may name the agency's own organ as well as the whole.
    for (let s = 0; s < summaries; s++) {
      const lead = pick([...WHOLE, `第${'一二三四'[s]}部分 ${agency}`, agency]);
      parts.splice(Math.floor(r() * (parts.length + 1)), 0, { lead, agency, whole: lead !== agency });
    }
    parts.forEach((p) => (p.titled = !p.whole && r() < 0.3));
    const wholes = parts.filter((p) => p.whole);
    const maybe = parts.filter((p) => p.whole || p.agency === agency);
    // A plain title names the part printed under the same title, when exactly one is.
    // (or the first, printed right under the title with the agency's name as its byline or numbered part: the agency's own).
    const same = parts.filter((p, n) => (p.titled && p.agency === agency) || (n === 0 && (p.lead === agency || p.lead.endsWith(` ${agency}`))));
    const chosen = umbrella ? (wholes.length === 1 && maybe.length === 1 ? wholes[0] : null) : same.length === 1 ? same[0] : null;
    parts.forEach((p) => {
      blocks.push(['p', p.lead]);
      blocks.push(...report(p.agency, Y, val(), r, { title: p.titled }));
      if (p === chosen) truth = values.length - 1;
    });
  } else {
    blocks.push(['title', pageTitle]);
    blocks.push(...report(agency, Y, val(), r, { title: false }));
    blocks.push(['p', pick(['', '（更正后）', '附件：'])]);
    blocks.push(...report(agency, Y, val(), r, { title: true }));
  }
  blocks = blocks.filter(([k, v]) => k !== 'p' || v !== '');
  return { seed, kind, blocks, pageTitle, name, truth: truth === null ? null : values[truth], Y };
}

/** A nested object's leaves by dotted key (a report's data, a truth). */
export const flatten = (o, p = '', out = new Map()) => {
  for (const [k, v] of Object.entries(o ?? {})) {
    if (v !== null && typeof v === 'object') flatten(v, `${p}${k}.`, out);
    else out.set(`${p}${k}`, v);
  }
  return out;
};

async function main() {
  const argv = process.argv.slice(2);
  const opt = (n, d) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : d);
  const [a, b] = opt('seeds', '1..80').split('..').map(Number);
  const { extract } = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const tmp = mkdtempSync(join(tmpdir(), 'xxgk-multi-'));
  const total = { right: 0, low: 0, WRONG: 0, wrong: 0, yearWRONG: 0, files: 0 };
  const byKind = {};
  for (let seed = a; seed <= b; seed++) {
    const format = argv.includes('--pdf') && printers.chromium && seed % 5 === 0 ? 'pdf' : seed % 2 === 0 ? 'html' : 'txt';
    const v = build(seed, format);
    let bytes;
    if (format === 'txt') bytes = new TextEncoder().encode(toText(v.blocks));
    else if (format === 'html') bytes = new TextEncoder().encode(toHtml(v.blocks, v.pageTitle));
    else {
      const out = join(tmp, `${seed}.pdf`);
      chromiumPdf(toHtml(v.blocks, v.pageTitle), out);
      bytes = readFileSync(out);
    }
    const rep = await extract(bytes, { name: `${v.name}.${format}` }).catch((e) => e);
    const k = (byKind[v.kind] ??= { right: 0, low: 0, WRONG: 0, wrong: 0, yearWRONG: 0, files: 0 });
    k.files++;
    total.files++;
    if (rep instanceof Error) {
      console.log(`seed ${seed} ${v.kind} ${format}: ${rep.code ?? rep.message}`);
      continue;
    }
    const got = flatten(rep.data);
    const truth = v.truth ? flatten(v.truth) : null;
    let wrongHere = 0;
    for (const [key, info] of Object.entries(rep.fields)) {
      const value = got.get(key) ?? null;
      const want = truth ? (truth.get(key) ?? null) : null;
      const sure = info.confidence >= 0.9 && !info.flags.includes('ambiguous');
      const verdict = want === null ? (sure && value !== null ? 'WRONG' : 'low') : value === want ? (sure ? 'right' : 'low') : sure ? 'WRONG' : 'wrong';
      k[verdict]++;
      total[verdict]++;
      if (verdict === 'WRONG') wrongHere++;
    }
    const yearWrong = rep.metaFields.year.confidence >= 0.9 && rep.meta.year !== v.Y;
    if (yearWrong) (k.yearWRONG++, total.yearWRONG++);
    if (argv.includes('--show') || wrongHere || yearWrong) {
      const w = rep.warnings.find((x) => x.code === 'multiple_reports');
      console.log(`seed ${seed} ${v.kind} ${format} truth=${v.truth ? 'report ' + (v.blocks.length && 'set') : 'none'} WRONG=${wrongHere} year=${rep.meta.year}(${rep.metaFields.year.confidence}) | ${w ? w.message.slice(0, 160) : 'no warning'}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  for (const [kind, c] of Object.entries(byKind)) console.log(`${kind.padEnd(10)} ${JSON.stringify(c)}`);
  console.log(`TOTAL      ${JSON.stringify(total)}`);
  process.exit(total.WRONG || total.yearWRONG ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
