#!/usr/bin/env node
/**
 * @file OCR output handed over as text (load/ocr-like-text): random valid reports
 * (scripts/stress-render.mjs, text styles) given the marks tesseract leaves — stray '|' for rulings,
 * short Latin junk ('ll', 'Be', 'ns') among a table line's numbers, a CJK character of a label
 * swapped for a look-alike — and, in `ocr` mode, OCR's digit damage in some value cells: a leading
 * digit lost ('12' → '2'), a digit read as a letter ('1' → 'l', '0' → 'O', '5' → 'S'), a '0' put
 * before the number. Modes: `clean` (no marks, no damage: the text must not read as OCR), `marks`
 * (marks only: what the OCR rule costs), `ocr` (marks and damage: no damaged cell may be read wrong
 * at ≥ 0.9), `latin` (clean, with Latin written on purpose between the paragraphs — URLs, paths and
 * queries, code statements, English phrases, contact lines joined by ' | ': must not read as OCR),
 * `latinocr` (that text given OCR's marks and damage: no wrong value at ≥ 0.9), `nav` (clean, printed as
 * a CMS page prints: a navigation bar, a breadcrumb and footer links before and after the report, items
 * built from random menu words and joined by ' | ', '  |  ' (pdftotext -layout), '|', ' ｜ ', ' > ',
 * '>>', ' » ', '／' or ' / ', a bar wrapped over two lines as a narrow dump wraps it: must not read as
 * OCR), `navocr` (that text given OCR's marks and damage: must still read as OCR, no wrong at ≥ 0.9).
 * Prints per mode: documents read as OCR (warning `ocr_text`), right / wrong at ≥ 0.9.
 * Exit 1 on any wrong at ≥ 0.9 in an OCR mode, a `clean`, `latin` or `nav` document read as OCR, or a `navocr` one not.
 * DEV seeds 1..60; HELD-OUT seeds 301..360 (score only).
 *
 *   npm run build && node scripts/ocr-text-variants.mjs [--seeds 1..60] [--modes clean,marks,ocr,latin,latinocr,nav,navocr] [--show] [--dist DIR]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, render } from './stress-render.mjs';
import { rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.argv.includes('--dist') ? resolve(process.argv[process.argv.indexOf('--dist') + 1]) : join(ROOT, 'dist');
const { extract, flattenData } = await import(join(DIST, 'index.js'));
const [from, to] = seedRange('1..60');
const MODES = stringArg('modes', 'clean,marks,ocr,latin,latinocr,nav,navocr').split(',');
const SHOW = process.argv.includes('--show');

const JUNK = ['ll', 'Be', 'ns', 'lo', 'es', 'a', 'PP', 'ee', 'i', 'Sa'];
/** Look-alikes tesseract prints for label characters (罚 → 蜀, 稽 → 入). */
const LOOK_ALIKE = { 罚: '蜀', 稽: '入', 处: '外', 申: '由', 结: '结', 理: '埋', 政: '攻', 务: '各' };
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** One value damaged the way OCR damages digits; null when the number offers no such damage. */
function damagedNumber(r, raw) {
  const ways = [];
  if (raw.length >= 2) ways.push(() => raw.slice(1));
  if (/[105]/.test(raw)) ways.push(() => raw.replace(/[105]/, (d) => ({ 1: 'l', 0: 'O', 5: 'S' })[d]));
  ways.push(() => `0${raw}`);
  return pick(r, ways)();
}

/** `text` with OCR marks on its lines, and (damage) some numbers of table lines damaged. */
function ocrText(text, seed, damage) {
  const r = rng(seed * 104729 + 7);
  return text
    .split('\n')
    .map((line) => {
      let out = [...line].map((ch) => (LOOK_ALIKE[ch] && r() < 0.15 ? LOOK_ALIKE[ch] : ch)).join('');
      if (!/\d/.test(out)) return r() < 0.1 ? `${out} |` : out;
      if (damage) out = out.replace(/(?<![\d.])\d+(?![\d.])/g, (n) => (r() < 0.12 ? damagedNumber(r, n) : n));
      if (r() < 0.3) out = `${out} ${pick(r, JUNK)}`;
      if (r() < 0.3) out = out.replace(/(\s)(?=\d)/, ' | ');
      return out;
    })
    .join('\n');
}

const WORDS = ['portal', 'open', 'data', 'report', 'api', 'list', 'user', 'file', 'gov', 'info', 'year', 'page', 'id', 'q', 'v2', 'main'];
const HOSTS = ['gk.example.gov.cn', 'www.xx.gov.cn', 'open.city.cn'];
/** One line of Latin a report prints on purpose, built from random parts (never a fixed list). */
function latinLine(r) {
  const w = () => pick(r, WORDS);
  const n = () => String(Math.floor(r() * 2000));
  const ways = [
    () => `网站地址：https://${pick(r, HOSTS)}/${w()}/${w()} | 邮箱：${w()}@${pick(r, HOSTS)} | 电话：0${n()}-${n()}${n()}`,
    () => `接口 GET /${w()}/${w()}?${w()}=${n()}&${w()}=${n()} 返回 ${pick(r, ['JSON', 'XML'])} 数据，采用 ${pick(r, ['B/S', 'C/S'])} 架构。`,
    () => `示例代码：${w()} = ${w()}(${n()}); if (${w()} > ${n()}) { ${w()} += ${w()}[${n()}] | 0; }`,
    () => `附件：1. ${w()}_${w()}_${n()}.pdf | 2. ${w()}.${pick(r, ['csv', 'txt', 'json'])} | 3. ${w()}_${n()}.xlsx`,
    () => `${pick(r, ['The', 'Our', 'This'])} ${w()} ${w()} is updated every ${n()} days at ${pick(r, HOSTS)} | 每${n()}日更新。`,
    () => `标准：GB/T ${n()}-20${Math.floor(r() * 25)}，ISO${n()}，版本 v${Math.floor(r() * 9)}.${Math.floor(r() * 9)}。`,
  ];
  return pick(r, ways)();
}

/** `text` with Latin lines printed on purpose after some lines that hold no digit. */
function latinText(text, seed) {
  const r = rng(seed * 7919 + 3);
  return text
    .split('\n')
    .flatMap((line) => (!/\d/.test(line) && r() < 0.2 ? [line, latinLine(r)] : [line]))
    .join('\n');
}

/** Halves of a CMS menu's words, joined at random ('政务' + '公开', '互动' + '交流', '网站' + '地图' …). */
const MENU_HEADS = ['政务', '信息', '新闻', '互动', '办事', '网站', '党建', '政策', '数据', '公共', '领导', '机构', '专题', '公众', '在线'];
const MENU_TAILS = ['公开', '中心', '交流', '服务', '动态', '地图', '文件', '解读', '开放', '专栏', '之窗', '职能', '声明', '导航', '互动'];
const CRUMB_LABELS = ['当前位置：', '您的位置：', '您现在的位置：', ''];
/** Separators between a site's menu items as pages and their dumps print them. */
const NAV_SEPARATORS = [' | ', '  |  ', '|', ' ｜ ', ' > ', '>>', ' >> ', ' » ', '／', ' / '];

/** A page's chrome: its navigation bar, breadcrumb (top) and footer links (bottom), built from random parts. */
function chrome(r) {
  const word = () => pick(r, MENU_HEADS) + pick(r, MENU_TAILS);
  const items = (n) => Array.from({ length: n }, word);
  const sep = pick(r, NAV_SEPARATORS);
  const bar = ['首页', ...items(3 + Math.floor(r() * 7))];
  // A narrow dump wraps a long bar, the separator ending the first line or starting the second.
  const cut = 2 + Math.floor(r() * (bar.length - 2));
  const barLines = r() < 0.3 ? [bar.slice(0, cut).join(sep) + sep.trimEnd(), sep.trimStart() + bar.slice(cut).join(sep)] : [bar.join(sep)];
  const indent = ' '.repeat(Math.floor(r() * 12));
  const crumb = `${pick(r, CRUMB_LABELS)}${['首页', '政务公开', ...items(Math.floor(r() * 2)), '政府信息公开年报', ...(r() < 0.5 ? [`${2020 + Math.floor(r() * 6)}年`] : [])].join(pick(r, NAV_SEPARATORS))}`;
  const footer = items(3 + Math.floor(r() * 4)).join(pick(r, NAV_SEPARATORS));
  return { top: [...barLines.map((l) => indent + l), crumb], bottom: [footer, ...(r() < 0.5 ? [items(2 + Math.floor(r() * 3)).join(sep)] : [])] };
}

/** `text` printed within a CMS page's chrome (navigation before, footer links after). */
function navText(text, seed) {
  const r = rng(seed * 6151 + 11);
  const { top, bottom } = chrome(r);
  return [...top, text, ...bottom].join('\n');
}

/** The text of one mode. */
function modeText(mode, clean, seed) {
  if (mode === 'clean') return clean;
  if (mode === 'latin') return latinText(clean, seed);
  if (mode === 'latinocr') return ocrText(latinText(clean, seed), seed, true);
  if (mode === 'nav') return navText(clean, seed);
  if (mode === 'navocr') return ocrText(navText(clean, seed), seed, true);
  return ocrText(clean, seed, mode === 'ocr');
}

const same = (a, b) => typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
let failed = false;
for (const mode of MODES) {
  const t = { docs: 0, asOcr: 0, right: 0, wrong: 0, errors: 0 };
  for (let seed = from; seed <= to; seed++) {
    const doc = makeDoc(seed, 'text');
    const clean = render(doc).bytes.toString('utf8');
    const text = modeText(mode, clean, seed);
    t.docs++;
    let report;
    try {
      report = await extract(new TextEncoder().encode(text), { name: `ocr-${seed}.txt` });
    } catch (e) {
      t.errors++;
      if (SHOW) console.log(`${mode} seed ${seed}: ${e.code ?? e.message}`);
      continue;
    }
    if (report.warnings.some((w) => w.code === 'ocr_text')) t.asOcr++;
    const data = flattenData(report.data);
    for (const [key, want] of doc.expected) {
      const f = report.fields[key];
      if (!f || f.confidence < 0.9 || data.get(key) === null) continue;
      if (same(data.get(key), want)) t.right++;
      else {
        t.wrong++;
        if (SHOW) console.log(`${mode} seed ${seed} ${key}: expected ${want}, got ${data.get(key)} at ${f.confidence} [${f.flags}]`);
      }
    }
  }
  console.log(`${mode.padEnd(6)} docs ${t.docs}  read as OCR ${t.asOcr}  right>=0.9 ${t.right}  WRONG>=0.9 ${t.wrong}  errors ${t.errors}`);
  if ((/ocr$/.test(mode) && t.wrong > 0) || (/^(clean|latin|nav)$/.test(mode) && t.asOcr > 0) || (mode === 'navocr' && t.asOcr < t.docs - t.errors)) failed = true;
}
process.exit(failed ? 1 : 0);
