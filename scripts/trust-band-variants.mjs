#!/usr/bin/env node
/**
 * @file Text dumps of reports in which what the extractor reads is not determined, though the identities it
 * evaluates hold — the kinds that gave values wrong at 0.8–0.9 (issue 17: a value nothing confirms stays
 * below 0.8). Laid out as `pdftotext -layout` prints a table (label padded, cells right-aligned in wide
 * columns), one fault per document:
 *  - `t4-perm`: table 四 printed without its column header, its cells in another order than the template's
 *    (纠正 before 维持, or 尚未审结 first): only each row's own total is evaluated, and it holds in any order
 *    (breakit54 ptt-gbk-rotmix/r08).
 *  - `t3-perm`: table 三 printed without a readable column header, the 社会公益组织 and 法律服务机构 columns
 *    exchanged in one row only: the column balances break there, nowhere else.
 *  - `gap-glued`: a row of table 三 with two cells blank and two adjacent cells (a 1–3-digit one and a 3-digit
 *    one) a single space apart, as a narrow page prints them ('106 821'): one number grouped, or two cells
 *    (fb34 lay-a5-930204).
 *  - `fragment-label`: the 总计 row's label printed as a fragment run into the row above's cut label
 *    ('（七）总计 请'), the row before it missing (fb34 lo-odt-930318).
 *  - `dropped-row`: a row of table 三 printed as its label only and its values on the next line cut short
 *    (the last three cells), the totals counting them (fb33 marks-fmt60, breakit54 ptt-layout-a5/r24).
 * Every field of tables 二, 三 and 四 is measured against the data printed; the tally gives wrong at ≥ 0.9
 * and at 0.8–0.9 (none may be wrong at ≥ 0.9: exit 1).
 *
 *   npm run build && nice node scripts/trust-band-variants.mjs [--seeds 1..60] [--kinds t4-perm,gap-glued] [--show] [--print SEED]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTIVE_2021, COLS, flatTruth, get, makeValues, requestRows, REVIEW_COLS, REVIEW_GROUPS, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const H = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const KINDS = ['t4-perm', 't3-perm', 'gap-glued', 'fragment-label', 'dropped-row'];
const REVIEW_WORDS = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };

/** Display width (a CJK character is two columns, as pdftotext -layout counts). */
const width = (s) => [...s].reduce((n, ch) => n + (/[\u3000-\uffff]/.test(ch) ? 2 : 1), 0);
const padLabel = (s, w) => s + ' '.repeat(Math.max(1, w - width(s)));
/** A row as -layout prints it: label padded to 44 columns, cells right-aligned in 8-column slots. */
const layoutRow = (label, cells) => padLabel(label, 44) + cells.map((c) => String(c).padStart(8)).join('');

function build(seed) {
  const r = rng(seed * 6007 + 13);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const kind = KINDS[(seed - 1) % KINDS.length];
  const data = makeValues(seed * 53 + 11, { scale: pick([6, 30, 300, 3000]) });
  const rows = requestRows(false);
  const t3Header = [padLabel('', 44) + '申请人情况', padLabel('', 44) + '自然人    法人或其他组织                                总计', padLabel('', 52) + '商业企业 科研机构 社会公益组织 法律服务机构 其他'];
  // The row of table 三 a fault lands on: an outcome row with a value that is not 0 (rows 3..19 of requestRows).
  const outcomeRows = rows.map((x, i) => [x, i]).filter(([x]) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(x[2]));
  const busy = outcomeRows.filter(([x]) => COLS.filter((c) => get(data.requests, `${x[2]}.${c}`) > 0).length >= 3);
  const [target] = pick(busy.length ? busy : outcomeRows);
  const requestLines = [];
  for (const [group, label, key] of rows) {
    let cells = COLS.map((c) => get(data.requests, `${key}.${c}`));
    if (group) requestLines.push(group);
    if (kind === 't3-perm' && key === target[2]) cells = [cells[0], cells[1], cells[2], cells[4], cells[3], cells[5], cells[6]];
    if (kind === 'gap-glued' && key === target[2]) {
      // Two blank cells, then the last two values a single space apart: '106 821'.
      const shown = cells.map(String);
      shown[2] = '';
      shown[3] = '';
      const other = String(cells[5]);
      requestLines.push(padLabel(label, 44) + shown.slice(0, 5).map((c) => c.padStart(8)).join('') + `${' '.repeat(Math.max(1, 7 - other.length))}${other} ${String(cells[6])}`);
      continue;
    }
    if (kind === 'dropped-row' && key === target[2]) {
      requestLines.push(label);
      requestLines.push(cells.slice(4).map((c) => String(c).padStart(8)).join(''));
      continue;
    }
    if (kind === 'fragment-label' && key === 'otherHandling.other') continue;
    if (kind === 'fragment-label' && key === 'totalHandled') {
      requestLines.push(layoutRow('（七）总计 请', cells));
      continue;
    }
    requestLines.push(layoutRow(label, cells));
  }
  // Table 四: the template's order with its header, or (t4-perm) another order and no header.
  const order = kind === 't4-perm' ? pick([['corrected', 'upheld', 'other', 'pending', 'total'], ['pending', 'upheld', 'corrected', 'other', 'total'], ['upheld', 'other', 'corrected', 'pending', 'total']]) : REVIEW_COLS;
  const reviewLines = kind === 't4-perm'
    ? REVIEW_GROUPS.map((g) => order.map((c) => String(get(data.reviewLitigation, `${g}.${c}`)).padStart(6)).join(''))
    : ['          行政复议                                行政诉讼', REVIEW_GROUPS.map(() => REVIEW_COLS.map((c) => REVIEW_WORDS[c]).join(' ')).join('  '), REVIEW_GROUPS.map((g) => REVIEW_COLS.map((c) => String(get(data.reviewLitigation, `${g}.${c}`)).padStart(6)).join('')).join('')];
  const lines = [
    `示例县第${seed}局2023年政府信息公开工作年度报告`, '', H[0], '    本局依法推进政务公开。', '', H[1],
    layoutRow('信息内容', ['本年制发件数', '本年废止件数', '现行有效件数']),
    ...ACTIVE_2021.flatMap(([group, label, key, cols]) => [...(group ? [group] : []), layoutRow(label, cols.map((c) => get(data.activeDisclosure, `${key}.${c}`)))]),
    '', H[2], ...(kind === 't3-perm' ? [] : t3Header), ...requestLines, '', H[3], ...reviewLines, '', H[4], '    培训不足。', H[5], '    无。',
  ];
  return { seed, kind, data, name: `trust-band-${seed}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

const arg = (name) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? null : process.argv[i + 1]; };
if (arg('print')) {
  process.stdout.write(new TextDecoder().decode(build(Number(arg('print'))).bytes));
} else {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const kinds = arg('kinds')?.split(',') ?? KINDS;
  const [from, to] = (arg('seeds') ?? '1..60').split('..').map(Number);
  const fresh = () => ({ docs: 0, fields: 0, right: 0, rightHigh: 0, wrong: 0, w8: 0, w9: 0 });
  const tally = Object.fromEntries(kinds.map((k) => [k, fresh()]));
  const sum = fresh();
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed);
    if (!kinds.includes(v.kind)) continue;
    const rep = await lib.extract(v.bytes, { name: v.name });
    const got = lib.flattenData(rep.data);
    const d = fresh();
    d.docs = 1;
    for (const [k, truth] of flatTruth({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation })) {
      const conf = rep.fields[k]?.confidence ?? 0;
      const value = got.get(k);
      d.fields++;
      if (value === truth) { d.right++; if (conf >= 0.9) d.rightHigh++; continue; }
      if (value == null) continue;
      d.wrong++;
      if (conf >= 0.9) d.w9++;
      else if (conf >= 0.8) d.w8++;
      if (conf >= 0.8 || process.argv.includes('--show')) console.log(`  seed ${seed} ${v.kind} ${k}: ${value} (truth ${truth}) at ${conf} ${(rep.fields[k]?.flags ?? []).join(',')}`);
    }
    for (const t of [tally[v.kind], sum]) for (const f of Object.keys(d)) t[f] += d[f];
  }
  const line = (t) => `${String(t.docs).padStart(3)} docs ${String(t.fields).padStart(5)} fields: right ${t.right} (≥0.9 ${t.rightHigh}), wrong ${t.wrong}, wrong 0.8–0.9 ${t.w8}, wrong ≥ 0.9 ${t.w9}`;
  for (const [k, t] of Object.entries(tally)) console.log(`${k.padEnd(15)} ${line(t)}`);
  console.log(`seeds ${from}..${to}    ${line(sum)}`);
  process.exit(sum.w9 ? 1 : 0);
}
