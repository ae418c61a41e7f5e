#!/usr/bin/env node
/**
 * @file Table 二 variants that read confidently wrong when a number of a note or the column order
 * is taken by position: (K2) a row label with a number in brackets ('行政许可（含12个子项）'),
 * (K3) a value cell with a note ('上年：756；本年：656', '663（其中网上办理12件）',
 * '2023年：P；2024年：N'), (K5) several numbers in one phrase ('受理380件，办结355件'), (K6) an
 * approximate number ('约400', '1200余件'), (K4) the three-column rows under a header in another order, in short or
 * two-level wording ('废止件数 | 制发件数', '本年' over '废止 | 制发', 2019 '新公开 | 新制作'), or in
 * words not recognised ('发文数 | 失效数'). Tab text, space-aligned text or an HTML table; 2021 and
 * 2019 templates. The measure is table 二's fields wrong at confidence ≥ 0.9 (`silent`, must be 0);
 * `capped` counts right values kept below 0.9 (the cost).
 *
 * (K7) Words or signs around one number in a value cell ('至少40', '40来', '≥40', '40（估算）', '四十来件') and
 * (K8) two numbers joined in one ('124件|76件', '66至4件'), in any cell of table 二, also as Word's HTML
 * (spans, non-breaking spaces), with `--cell-words`.
 *
 *   npm run build && nice node scripts/active-note-variants.mjs [--seeds 1..60] [--wordings tuned|unseen|all|none] [--cell-words] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTIVE_2019, ACTIVE_2021, COLS, REVIEW_GROUPS, REVIEW_COLS, makeValues, requestRows, get, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

/** Column wordings per column key: [template, short, shorter, not recognised]. */
const WORDS = {
  issued: ['本年制发件数', '制发件数', '制发', '发文数'],
  repealed: ['本年废止件数', '废止件数', '废止', '失效数'],
  inForce: ['现行有效件数', '现行有效件数', '现行有效', '有效数'],
  created: ['本年新制作数量', '新制作', '新制作', '制作数'],
  published: ['本年新公开数量', '新公开', '新公開', '公开数'],
  totalPublic: ['对外公开总数量', '公开总数', '公开总数', '总数量'],
};
const LABEL_NOTES = ['（含{n}个子项）', '（含简易程序{n}类）', '（共{n}项）', '（{n}个部门）'];

function shuffle(a, r) {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
  return b;
}

/**
 * (K5) Several numbers in one phrase ('受理380件，办结355件', '上年254.67万元，本年195.9万元'): the cell
 * does not print the row's value as one number (the first? the last? their sum?), or (keyed 本年/上年)
 * decides it only out of a sentence: never at 0.9. `tuned` wordings are the ones the rule was
 * written against; `unseen` ones judge it. Returns [printed text, true when the cell determines the value].
 */
const PHRASES = {
  tuned: [
    (o, v) => `受理${o}件，办结${v}件`, (o, v) => `申请${o}件，许可${v}件`, (o, v) => `共${o}件，其中办结${v}件`,
    (o, v) => `收到${o}件，作出决定${v}件`, (o, v) => `2023年${o}件；2024年${v}件`, (o, v) => `简易程序${o}件，一般程序${v}件`,
    (o, v) => `${o}（不予许可）+${v}`, (o, v) => `上年${o}，本年${v}`,
  ],
  unseen: [
    (o, v) => `新受理${o}件、办结${v}件`, (o, v) => `线上${o}件，线下${v}件`, (o, v) => `立案${o}起；结案${v}起`,
    (o, v) => `去年${o}件，今年${v}件`, (o, v) => `当场办结${o}项, 按时办结${v}项`, (o, v) => `普通程序${o}+简易程序${v}`,
    (o, v) => `2024年：${v}件，2023年：${o}件`, (o, v) => `总计${o}件，已办结${v}件，未办结${o - v}件`,
  ],
};
/** (K6) An approximate number ('约400', '1200余件'): not the count; kept as printed, below 0.9. */
const APPROX = {
  tuned: [(v) => `约${v}`, (v) => `${v}余件`, (v) => `${v}多件`, (v) => `近${v}件`],
  unseen: [(v) => `大约${v}件`, (v) => `${v}件左右`, (v) => `逾${v}件`, (v) => `将近${v}`, (v) => `${v}以上`, (v) => `超过${v}项`],
};

/** `n` (0 ≤ n < 10000) as a Chinese numeral: 40 → '四十', 305 → '三百零五'. */
function hanNumeral(n) {
  const d = '零一二三四五六七八九';
  if (n === 0) return '零';
  const parts = [[Math.floor(n / 1000) % 10, '千'], [Math.floor(n / 100) % 10, '百'], [Math.floor(n / 10) % 10, '十'], [n % 10, '']];
  let out = '', zero = false;
  for (const [k, u] of parts) {
    if (k === 0) { zero = out !== ''; continue; }
    if (zero) out += '零';
    zero = false;
    out += (k === 1 && u === '十' && out === '' ? '' : d[k]) + u;
  }
  return out;
}

/**
 * (K7) Words or signs around one number in a value cell, in any wording ('至少40', '40来', '≥40',
 * '40（估算）'): what the cell counts is not printed as a number; never at 0.9. (K8) Two numbers
 * joined in one value cell by anything but white space ('124件|76件', '66至4件', '受理：67038 办结：66988'):
 * none is the value. `tuned` are the wordings the rule was checked on while written (a black-box
 * tester's); `unseen` judge it (tables/cell-words decides by what remains, not by these words).
 */
const CELL_WORDS = {
  tuned: [
    (v) => `至少${v}`, (v) => `${v}来`, (v) => `估计${v}`, (v) => `${v}许`, (v) => `差不多${v}`, (v) => `${v}以内`, (v) => `${v}+`,
    (v) => `${v}（约）`, (v) => `约为${v}`, (v) => `大约有${v}`, (v) => `${v}（估算）`, (v) => `≥${v}`, (v) => `>${v}`, (v) => `${v}件有余`,
  ],
  unseen: [
    (v) => `${v}上下`, (v) => `${v}开外`, (v) => `${v}余件`, (v) => `将近${v}件`, (v) => `不足${v}`, (v) => `不到${v}件`, (v) => `超${v}`,
    (v) => `少于${v}件`, (v) => `≈${v}`, (v) => `~${v}`, (v) => `～${v}件`, (v) => `${v}?`, (v) => `${v}？`, (v) => `${v}件（暂估）`,
    (v) => `（预计）${v}`, (v) => `${v}[约]`, (v) => `最多${v}件`, (v) => `${v}出头`, (v) => `累计${v}件`, (v) => `初步统计${v}件`,
    (v) => `≤${v}`, (v) => `<${v}`, (v) => `${v}以下`, (v) => `${v} 左右`, (v) => `多于${v}`, (v) => `${v}件(待核)`, (v) => `合计${v}件`,
    (v) => `${hanNumeral(v % 10000)}来件`, (v) => `约${hanNumeral(v % 10000)}件`, (v) => `${hanNumeral(v % 10000)}余`,
  ],
};
const JOINED = {
  tuned: [
    (o, v) => `${o}件|${v}件`, (o, v) => `${o}/${v}`, (o, v) => `${o}至${v}件`, (o, v) => `${o}~${v}件`, (o, v) => `受理：${o} 办结：${v}`,
    (o, v) => `2023年${o}件 2024年${v}件`, (o, v) => `${o}（受理）/${v}（办结）`, (o, v) => `${o}件次/${v}人次`,
  ],
  unseen: [
    (o, v) => `${o}—${v}`, (o, v) => `${o}到${v}件`, (o, v) => `${o}和${v}`, (o, v) => `${o}或${v}件`, (o, v) => `${o} / ${v}`,
    (o, v) => `${o}→${v}`, (o, v) => `${o}；${v}`, (o, v) => `新增${o} 累计${v}`, (o, v) => `${o}（计划）${v}（实际）`,
    (o, v) => `${o}-${v}件`, (o, v) => `${o}件（线上）、${v}件（线下）`, (o, v) => `${o}\\${v}`, (o, v) => `${o}｜${v}`, (o, v) => `共${o}件 其中${v}件`,
  ],
};

/** A cell with words or joined numbers (K7, K8) in `set`'s wordings: [printed text, false: it does not determine the value]. */
function worded(v, r, set) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  return r() < 0.6 ? [pick(CELL_WORDS[set])(v), false] : [pick(JOINED[set])(Math.floor(r() * 900) + 1, v), false];
}

/** A one-value cell with a note: [printed text, true when the cell determines the value]. */
function annotated(v, r, wordings) {
  const other = Math.floor(r() * 900) + 1;
  const kinds = [
    [`${v}`, true],
    [`${v}（同比增长${Math.floor(r() * 30)}%）`, true],
    [`${v}（其中网上办理${other}件）`, true],
    [`上年：${other}；本年：${v}`, true],
    [`本年：${v}；上年：${other}`, true],
    [`2023年：${other}；2024年：${v}`, false],
    [`${v}（较上年减少${other}件）`, true],
  ];
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const sets = wordings === 'all' ? ['tuned', 'unseen'] : [wordings];
  if (wordings !== 'none' && r() < 0.5) {
    const set = pick(sets);
    if (r() < 0.5) return [pick(PHRASES[set])(other + v, v), false];
    return [pick(APPROX[set])(v), false];
  }
  return kinds[Math.floor(r() * kinds.length)];
}

function build(seed, wordings, cellWords) {
  const r = rng(seed * 104729 + 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const version = r() < 0.3 ? '2019' : '2021';
  const data = makeValues(seed, { version });
  const format = pick(cellWords ? ['tab', 'space', 'html', 'word'] : ['tab', 'space', 'html']);
  const sep = format === 'space' ? '   ' : '\t';
  const wording = Math.floor(r() * 4);
  const twoLevel = version === '2021' && wording !== 3 && r() < 0.3;
  const active = version === '2021' ? ACTIVE_2021 : ACTIVE_2019;
  const threeCols = active[0][3];
  const order = r() < 0.4 ? threeCols : shuffle(threeCols, r);
  const lines = [];
  for (const [group, label, key, cols] of active) {
    if (group) {
      lines.push([group]);
      if (cols === threeCols || cols.join() === threeCols.join()) {
        if (twoLevel) {
          const yearCols = order.filter((c) => c !== 'inForce');
          lines.push(['信息内容', ...order.map((c) => (c === 'inForce' ? WORDS[c][wording] : '本年'))]);
          lines.push(['', ...order.map((c) => (c === 'inForce' ? '' : WORDS[c][Math.max(wording, 1)]))]);
          void yearCols;
        } else lines.push(['信息内容', ...order.map((c) => WORDS[c][wording])]);
      } else lines.push(['信息内容', ...cols.map((c) => ({ decisions: version === '2021' ? '本年处理决定数量' : '处理决定数量', amount: version === '2021' ? '本年收费金额（单位：万元）' : '采购总金额', prevItems: '上一年项目数量', change: '本年增/减', items: '采购项目数量' })[c])]);
    }
    const vals = (cols.join() === threeCols.join() ? order : cols).map((c) => get(data.activeDisclosure, `${key}.${c}`));
    let printedLabel = label;
    if (cols.length === 1 && cols[0] === 'decisions' && r() < 0.5) printedLabel += pick(LABEL_NOTES).replace('{n}', String(Math.floor(r() * 20) + 2));
    let cells = vals.map(String);
    const rowCols = cols.join() === threeCols.join() ? order : cols;
    if (cellWords) {
      // (K7, K8) One cell of any row with words or joined numbers, in the wordings of `wordings` (tuned, unseen or all).
      if (r() < 0.5) {
        const at = Math.floor(r() * cells.length);
        cells[at] = worded(vals[at], r, wordings === 'all' ? pick(['tuned', 'unseen']) : wordings)[0];
        data.undetermined = [...(data.undetermined ?? []), `activeDisclosure.${key}.${rowCols[at]}`];
      }
    } else {
      let determined = true;
      if (cols.length === 1 && cols[0] === 'decisions' && r() < 0.6) [cells[0], determined] = annotated(vals[0], r, wordings);
      if (!determined) data.undetermined = [...(data.undetermined ?? []), `activeDisclosure.${key}.decisions`];
    }
    lines.push([printedLabel, ...cells]);
  }
  const requests = requestRows(false).map(([g, l, key]) => [`${g}${l}`, ...COLS.map((c) => get(data.requests, `${key}.${c}`))]);
  const review = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => get(data.reviewLitigation, `${g}.${c}`)));
  const head = ['示例县某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
  const post = ['五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
  const reqHead = [['信息内容', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']];
  let bytes;
  if (format === 'html' || format === 'word') {
    // Word's HTML: each cell a paragraph of spans, numbers apart from words, non-breaking spaces.
    const td = (c) => (format === 'word' ? `<td width=120 style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal align=center><span lang=EN-US style='font-size:10.5pt'>${String(c).replace(/(\d+)/g, "</span><span lang=EN-US style='mso-bidi-font-family:Calibri'>$1</span><span style='font-family:宋体'>")}</span><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>` : `<td>${c}</td>`);
    const tr = (cells) => `<tr>${cells.map(td).join('')}</tr>`;
    bytes = `<html><body>${head.map((p) => `<p>${p}</p>`).join('')}<table>${lines.map(tr).join('')}</table><p>三、收到和处理政府信息公开申请情况</p><table>${[...reqHead, ...requests].map(tr).join('')}</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>${tr(review)}</table>${post.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  } else {
    const text = (cells) => cells.join(sep);
    bytes = [...head, ...lines.map(text), '三、收到和处理政府信息公开申请情况', ...[...reqHead, ...requests].map(text), '四、政府信息公开行政复议、行政诉讼情况', review.join(sep), ...post].join('\n');
  }
  return { data, bytes, name: format === 'html' || format === 'word' ? 'v.html' : 'v.txt', desc: `${version} ${format} wording=${wording}${twoLevel ? ' two-level' : ''} order=${order.join(',')}` };
}
const [from, to] = seedRange('1..60');
/** Phrase and approximation wordings (K5, K6): tuned, unseen, all, or none (the variants before them). */
const wordings = stringArg('wordings', 'all');
/** (K7, K8) Words or joined numbers in any cell of table 二 instead of the notes, phrases and approximations of K3, K5, K6. */
const cellWords = process.argv.includes('--cell-words');
let silent = 0, capped = 0, right = 0;
for (let seed = from; seed <= to; seed++) {
  const v = build(seed, wordings, cellWords);
  const rep = await extract(new TextEncoder().encode(v.bytes), { name: v.name });
  const got = flattenData(rep.data);
  let w = 0, c = 0;
  const bad = [];
  for (const [k, truth] of flattenData({ activeDisclosure: v.data.activeDisclosure })) {
    const conf = rep.fields[k]?.confidence ?? 0;
    const value = got.get(k);
    const undetermined = (v.data.undetermined ?? []).includes(k);
    // A value the cell does not determine counts as silent at 0.9 even when it happens to be the truth.
    if ((value !== truth || undetermined) && value != null && conf >= 0.9) { w++; bad.push(`${k}=${value}≠${truth}`); }
    if (value === truth && conf < 0.9 && !(v.data.undetermined ?? []).includes(k)) c++;
    if (value === truth && conf >= 0.9) right++;
  }
  silent += w; capped += c;
  const codes = rep.warnings.map((x) => x.code).filter((x) => x.startsWith('columns_'));
  if (w || process.argv.includes('--show')) console.log(`seed ${seed} ${v.desc}: silent ${w} capped ${c} ${codes.join(',')} ${bad.join(' ')}`);
}
console.log(`seeds ${from}..${to}: table 二 silent (wrong at >= 0.9) ${silent}, right at >= 0.9 ${right}, right but capped ${capped}`);
process.exit(silent ? 1 : 0);
