#!/usr/bin/env node
/**
 * @file Table 三 printed on a web page (an HTML <table> with rowspan/colspan, as CMS and Word pages
 * print it) with its columns not in the template's order or not labelled as the template labels
 * them: a two-level header (自然人 | 法人或其他组织 over its sub-columns | 总计) or a flat one; the
 * columns in the template's order, the sub-columns shuffled, or all seven shuffled (总计 first
 * included); the template's words, short forms (个人, 企业, 科研, 公益组织, 律所, 其他组织, 合计) or a mix;
 * and an extra: none, a 序号 column, a corner cell left out or narrowed (the header shifted against
 * its rows), 法人或其他组织 merged into one column (its five sub-columns not printed; `mergedAs`: the
 * group under another word — 其他组织, 其他, 法人和其他组织, 法人及其他组织, 单位 — in any order), a
 * short row (`shortRow`: the 三、本年度办理结果 cell spans one row too few, so the （七）总计 row's
 * label spans one column too few and its values sit one column left; `padded`: the same row padded
 * with an empty cell after its values, as a .docx converter pads it; `lostWord`: one column headed by a
 * word no reader knows — 法人, 其它, 团体, 个体), no 总计 column, no header at all, rows whose only applicants are 自然人 ('T 0 0 0 0 0 T': 总计 fits two
 * columns), or one row's printed 总计 wrong. Where the page does not determine a value (a merged or
 * missing column, a shifted or absent header, two assignments that fit), low or missing is right;
 * a value at ≥ 0.9 must be right. Measures table 三's fields: right / low / wrong at ≥ 0.9 / wrong below.
 *
 *   npm run build && nice node scripts/page-grid-variants.mjs [--seeds 1..80] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeValues, requestRows, get, rng, shuffle, runVariants, verdict, COLS, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
/** Short column words real reports print. */
const SHORT = { naturalPerson: '个人', commercial: '企业', research: '科研', socialOrg: '公益组织', legalService: '律所', otherOrg: '其他组织', total: '合计' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text, cs = 1, rs = 1) => `<td${cs > 1 ? ` colspan="${cs}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}>${esc(text)}</td>`;

/** One variant of seed `seed`: `{ v, name, bytes, data }`, `data.requests` the truth (printed values; undetermined columns scored as values the page must not claim). */
export function variant(seed) {
  const r = rng(seed * 9151 + 3);
  const v = {
    header: pick(r, ['two-level', 'two-level', 'flat']),
    order: pick(r, ['template', 'subs', 'all', 'all']),
    words: pick(r, ['template', 'short', 'mixed']),
    extra: pick(r, ['none', 'none', 'seq', 'corner', 'shift', 'merged', 'noTotal', 'noHeader', 'personsOnly', 'wrongTotal']),
  };
  // The shapes added later draw from a stream of their own (the earlier shapes of a seed stay as they were).
  const r2 = rng(seed * 6007 + 5);
  if (r2() < 0.3) v.extra = pick(r2, ['mergedAs', 'mergedAs', 'shortRow', 'padded', 'lostWord']);
  // The word the merged group column is headed by.
  const groupWord = v.extra === 'mergedAs' ? pick(r2, ['其他组织', '其他', '法人和其他组织', '法人及其他组织', '单位']) : '法人或其他组织';
  const data = makeValues(seed, { scale: pick(r, [30, 30, 3000]) });
  const rows = requestRows(false);
  if (v.extra === 'personsOnly') {
    for (const [, , key] of rows) {
      const row = get(data.requests, key);
      for (const c of SUB_COLUMNS) row[c] = 0;
      row.total = row.naturalPerson;
    }
  }
  if (v.extra === 'wrongTotal') get(data.requests, pick(r, ['granted', 'newReceived', 'unavailable.notHeld'])).total += 1 + Math.floor(r() * 3);
  const merged = v.extra === 'merged' || v.extra === 'mergedAs';
  if (merged) v.header = 'flat';
  let cols = v.order === 'template' ? [...COLS] : v.order === 'subs' ? [COLS[0], ...shuffle(SUB_COLUMNS, r), 'total'] : shuffle(COLS, r);
  // A two-level header prints the sub-columns under one group cell: 自然人 and 总计 around them.
  if (v.header === 'two-level') cols = [...cols.filter((k) => !SUB_COLUMNS.includes(k) && k !== 'total'), ...cols.filter((k) => SUB_COLUMNS.includes(k)), 'total'];
  if (v.header === 'two-level' && r() < 0.5) cols = ['total', ...cols.slice(0, -1)];
  if (v.extra === 'noTotal') cols = cols.filter((k) => k !== 'total');
  const word = (k) => (v.words === 'short' || (v.words === 'mixed' && r() < 0.5) ? SHORT[k] : COLUMN_WORDS[k]);
  const printed = v.extra === 'mergedAs' ? shuffle(['naturalPerson', 'org', 'total'], r2) : v.extra === 'merged' ? ['naturalPerson', 'org', 'total'] : cols;
  // One column headed by a word no reader knows (its leaf is the one left over; the row identity gives its values).
  const lost = v.extra === 'lostWord' ? pick(r2, printed.filter((k) => k !== 'total')) : null;
  const lostWord = pick(r2, ['法人', '其它', '团体', '个体']);
  const label = (k) => (k === 'org' ? groupWord : k === lost ? lostWord : word(k));
  const seq = v.extra === 'seq';
  const corner = v.extra === 'corner' ? '' : td(REQUEST_NOTE, v.extra === 'shift' ? 2 : 3, v.header === 'two-level' ? 3 : 2);
  const head = [];
  if (v.extra !== 'noHeader') {
    head.push(`<tr>${seq ? td('序号', 1, v.header === 'two-level' ? 3 : 2) : ''}${corner}${td('申请人情况', printed.length)}</tr>`);
    if (v.header === 'two-level') {
      const subs = printed.filter((k) => SUB_COLUMNS.includes(k));
      const top = printed.filter((k) => !SUB_COLUMNS.includes(k));
      const at = printed.indexOf(subs[0]);
      head.push(`<tr>${top.slice(0, at).map((k) => td(label(k), 1, 2)).join('')}${td('法人或其他组织', subs.length)}${top.slice(at).map((k) => td(label(k), 1, 2)).join('')}</tr>`);
      head.push(`<tr>${subs.map((k) => td(label(k))).join('')}</tr>`);
    } else head.push(`<tr>${printed.map((k) => td(label(k))).join('')}</tr>`);
  }
  const value = (key, k) => (k === 'org' ? SUB_COLUMNS.reduce((s, c) => s + get(data.requests, `${key}.${c}`), 0) : get(data.requests, `${key}.${k}`));
  const body = rows.map(([group, text, key], i) => {
    const outer = i < 2 || i === rows.length - 1;
    const block = rows.filter((x) => x[2].split('.')[0] === key.split('.')[0]).length;
    const labels = outer ? td(text, 3) : key.includes('.') ? (group ? td(group, 1, block) : '') + td(text) : td(text, 2);
    // A short row: the lead cell stops a row early, so （七）总计 (the row before the last) spans one label column too few.
    const short = (v.extra === 'shortRow' || v.extra === 'padded') && i === rows.length - 2;
    const lead = i === 2 ? td('三、本年度办理结果', 1, rows.length - (v.extra === 'shortRow' || v.extra === 'padded' ? 4 : 3)) : '';
    return `<tr>${seq ? td(String(i + 1)) : ''}${lead}${labels}${printed.map((k) => td(value(key, k))).join('')}${short && v.extra === 'padded' ? td('') : ''}</tr>`;
  });
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>XX县民政局2023年政府信息公开工作年度报告</title></head><body>
<h1>XX县民政局2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2023年，我局认真贯彻落实《条例》。</p>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">${[...head, ...body].join('\n')}</table>
<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
  return { v, name: `page-grid-${seed}.html`, bytes: new TextEncoder().encode(html), data };
}

/** Table 三's fields scored against the printed values (a column not printed: its value is not on the page, low or missing is right). */
async function measure(s, { extract, flattenData }) {
  const rep = await extract(s.bytes, { name: s.name });
  const got = flattenData(rep.data);
  const t = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
  for (const [k, truth] of flattenData({ requests: s.data.requests })) t[verdict(got.get(k), truth, rep.fields[k]?.confidence ?? 0)]++;
  return { ...t, report: rep };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants({ root: ROOT, build: variant, measure, keysOf: (s) => [`extra/${s.v.extra}`, `order/${s.v.order}`, `words/${s.v.words}`], describe: (s) => JSON.stringify(s.v), seeds: '1..80' });
}
