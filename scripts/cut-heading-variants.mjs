#!/usr/bin/env node
/**
 * @file Section headings OCR cut or misread (issue 18): random valid text reports
 * (scripts/stress-render.mjs) whose numbered headings 二、…六、 are, each with probability 0.5,
 * given OCR's damage — the title cut after 5–10 characters, look-alike characters (到→弄, 申→中,
 * 公→么, 处→外, 政→攻, 情→倩), spaces put between characters. Mode `decoy` damages nothing but adds
 * lines that must not become headings: a list in section 五 whose items start 三、/四、 and quote
 * headings' words; mode `toc` adds a contents list before 一、 as well. Prints per mode: sections found (of 6 per
 * document), fields right / wrong / wrong ≥ 0.9 / wrong 0.8–0.9 (every field of the truth; a null
 * output is not wrong).
 *
 *   npm run build && node scripts/cut-heading-variants.mjs [--seeds 1..40] [--modes cut,decoy] [--dist DIR] [--show]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, render } from './stress-render.mjs';
import { rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.argv.includes('--dist') ? resolve(process.argv[process.argv.indexOf('--dist') + 1]) : join(ROOT, 'dist');
const { extract, flattenData } = await import(join(DIST, 'index.js'));
const [from, to] = seedRange('1..40');
const MODES = stringArg('modes', 'cut,decoy').split(',');
const SHOW = process.argv.includes('--show');

const CONFUSED = { 到: '弄', 申: '中', 公: '么', 处: '外', 政: '攻', 情: '倩' };
/** The headings as stress-render prints them (not a table 三 row label such as 四、结转下年度继续办理). */
const HEADING = /^([二三四五六])、(主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)$/;

/** One heading damaged: cut, look-alikes, spaces (at least one of them). */
function damaged(r, numeral, title) {
  let t = [...title];
  const cut = r() < 0.7;
  if (cut) t = t.slice(0, 5 + Math.floor(r() * 6));
  if (!cut || r() < 0.6) t = t.map((c) => (CONFUSED[c] && r() < 0.5 ? CONFUSED[c] : c));
  if (r() < 0.5) t = t.map((c, i) => (i > 0 && r() < 0.2 ? ` ${c}` : c));
  return `${numeral}、${t.join('')}`;
}

function variant(mode, clean, seed) {
  const r = rng(seed * 104729 + 3);
  const lines = clean.split('\n');
  if (mode === 'cut') return lines.map((l) => { const m = HEADING.exec(l.trim()); return m && r() < 0.5 ? damaged(r, m[1], m[2]) : l; }).join('\n');
  const toc = ['目录', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  const list = ['改进措施如下：', '一、主动公开政府信息还不够及时', '二、收到和处理政府信息公开申请的答复质量待提高', '三、收到和处理政府信息公开', '四、行政复议行政诉讼情况分析'];
  const first = lines.findIndex((l) => /^一、/.test(l.trim()));
  const five = lines.findIndex((l) => /^五、/.test(l.trim()));
  const out = [...lines];
  if (five >= 0) out.splice(five + 1, 0, ...list);
  if (first >= 0 && mode === 'toc') out.splice(first, 0, ...toc);
  return out.join('\n');
}

const same = (a, b) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-6);

for (const mode of MODES) {
  const t = { docs: 0, sections: 0, right: 0, wrong: 0, wrong9: 0, wrong8: 0, fields: 0, errors: 0 };
  for (let seed = from; seed <= to; seed++) {
    const doc = makeDoc(seed, 'text');
    const text = variant(mode, render(doc).bytes.toString('utf8'), seed);
    t.docs++;
    if (process.argv.includes('--dump')) console.log(text);
    let report;
    try {
      report = await extract(new TextEncoder().encode(text), { name: `head-${seed}.txt` });
    } catch (e) {
      t.errors++;
      continue;
    }
    t.sections += new Set(report.sections.map((s) => s.key)).size;
    if (SHOW) console.log(`${mode} ${seed}: ${report.sections.map((s) => `${s.key}:${s.heading}`).join(' | ')}`);
    const data = flattenData(report.data);
    const right0 = t.right;
    for (const [key, want] of doc.expected) {
      t.fields++;
      const got = data.get(key);
      const f = report.fields[key];
      if (same(got, want)) t.right++;
      else if (SHOW && (got === null || got === undefined)) console.log(`  ${key}: expected ${want}, missing`);
      else if (got !== null && got !== undefined) {
        t.wrong++;
        if (f && f.confidence >= 0.9) t.wrong9++;
        else if (f && f.confidence >= 0.8) t.wrong8++;
        if (SHOW && f && f.confidence >= 0.8) console.log(`  ${key}: expected ${want}, got ${got} at ${f.confidence}`);
      }
    }
    if (SHOW) console.log(`  ${mode} ${seed} right ${t.right - right0}`);
  }
  console.log(`${mode.padEnd(6)} docs ${t.docs}  sections ${t.sections}/${t.docs * 6}  right ${t.right}/${t.fields}  wrong ${t.wrong}  wrong>=0.9 ${t.wrong9}  wrong.8-.9 ${t.wrong8}  errors ${t.errors}`);
}
