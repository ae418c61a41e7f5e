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
import { runSampleVariants, sampleText, seedRange } from './sample-variants.mjs';
import { rng } from './template-data.mjs';

const { argv, from, to } = seedRange('1..30');
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

await runSampleVariants({
  from, to, argv,
  title: unheaded ? ' (unheaded)' : '',
  variant: (seed) => {
    const r = rng(seed * 331 + 11);
    const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
    const head = unheaded ? '' : ['备注', '说明', '备 注'][Math.floor(r() * 3)];
    const text = sampleText(sample);
    const variant = sample.endsWith('.html') ? htmlWithRemarks(text, r, head) : textWithRemarks(text, r, head);
    return { sample, name: `remark-${seed}.${sample.split('.').pop()}`, bytes: new TextEncoder().encode(variant), label: `${sample} '${head}'` };
  },
});
