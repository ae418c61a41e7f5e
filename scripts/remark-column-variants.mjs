#!/usr/bin/env node
/**
 * @file Tables with a remarks column: the tab-separated and HTML samples with a last column added to
 * every table, headed 备注 or 说明 (or, with `--unheaded`, headed by nothing), its cells '无', '/',
 * '0', '', '同比增长12%', '见附件'. The template's values do not change, so the sample's golden is
 * the truth: headed, the fields must read as from the sample; unheaded, they may read low, never
 * wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/remark-column-variants.mjs [--seeds 1..30] [--unheaded] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..30').split('..').map(Number);
const unheaded = argv.includes('--unheaded');
const SAMPLES = ['quirk-tab.txt', 'html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'html-crawled-split.html'];
const NOTES = ['无', '/', '0', '', '同比增长12%', '见附件', '—'];

/** The HTML with a remarks cell after every row's cells; each table's first row gets the header. */
function htmlWithRemarks(html, r, head) {
  return html.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => {
    let first = true;
    return table.replace(/<\/tr>/gi, () => {
      const text = first ? head : NOTES[Math.floor(r() * NOTES.length)];
      first = false;
      return `<td>${text}</td></tr>`;
    });
  });
}

/** The tab-separated text with a remarks cell after every line of a table (lines with 3 tabs or more), at the table's width. */
function textWithRemarks(text, r, head) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i].match(/\t/g) ?? []).length < 3) { out.push(lines[i]); continue; }
    let end = i;
    while (end < lines.length && (lines[end].match(/\t/g) ?? []).length >= 3) end++;
    const width = Math.max(...lines.slice(i, end).map((l) => l.split('\t').length));
    lines.slice(i, end).forEach((l, k) => {
      const cells = l.split('\t');
      while (cells.length < width) cells.push('');
      out.push([...cells, k === 0 ? head : NOTES[Math.floor(r() * NOTES.length)]].join('\t'));
    });
    i = end - 1;
  }
  return out.join('\n');
}

let right = 0, total = 0, silent = 0, base = 0;
const baseOf = {};
for (let seed = from; seed <= to; seed++) {
  const r = rng(seed * 331 + 11);
  const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
  const head = unheaded ? '' : ['备注', '说明', '备 注'][Math.floor(r() * 3)];
  const text = readFileSync(join(ROOT, 'samples', sample), 'utf8');
  const variant = sample.endsWith('.html') ? htmlWithRemarks(text, r, head) : textWithRemarks(text, r, head);
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
  const cmp0 = (baseOf[sample] ??= compareReport(sample, await extract(new TextEncoder().encode(text), { name: sample }), golden));
  const cmp = await extract(new TextEncoder().encode(variant), { name: `remark-${seed}.${sample.split('.').pop()}` }).then((rep) => compareReport(sample, rep, golden), (e) => ({ correct: 0, total: cmp0.total, silent: 0, error: e.code }));
  right += cmp.correct; total += cmp.total; silent += cmp.silent; base += cmp0.correct;
  if (cmp.silent || argv.includes('--show')) console.log(`seed ${seed} ${sample} '${head}': ${cmp.correct}/${cmp.total} (sample itself ${cmp0.correct})${cmp.error ? ` ${cmp.error}` : ''}, wrong at >= 0.9 ${cmp.silent}`);
}
console.log(`seeds ${from}..${to}${unheaded ? ' (unheaded)' : ''}: right ${right}/${total} (the samples themselves: ${base}), wrong at >= 0.9 ${silent}`);
process.exit(silent ? 1 : 0);
