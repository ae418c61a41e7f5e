#!/usr/bin/env node
/**
 * @file Tables with a sequence-number column (序号): the tab-separated and space-aligned text samples
 * with a first column added to every table, its header cell '序号' (or '编号', or empty: `--unnamed`)
 * on the table's first header line, its rows numbered 1 … N; optionally (`--counter`) with a
 * line counter (`cat -n`) before every line too. The template's values do not change, so the
 * sample's golden is the truth: the fields must read as from the sample, none wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/sequence-column-variants.mjs [--seeds 1..30] [--unnamed] [--counter] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { runSampleVariants, sampleText, seedRange } from './sample-variants.mjs';
import { rng } from './template-data.mjs';

const { argv, from, to } = seedRange('1..30');
const unnamed = argv.includes('--unnamed');
const counter = argv.includes('--counter');
const SAMPLES = ['quirk-tab.txt', 'quirk-wrong-total.txt', 'quirk-blank-na.txt', 'quirk-2019.txt', 'xyear-2023.txt', 'quirk-layout-spaces.txt'];

/** The line's cells and the separator that joins them back (tab, or the line's run of spaces). */
function cellsOf(line, spaced) {
  if (!spaced) return { indent: '', cells: line.split('\t'), sep: '\t' };
  const indent = /^ */.exec(line)[0];
  return { indent, cells: line.trim().split(/ {2,}/), sep: '    ' };
}
const isRow = (line, spaced) => (spaced ? / {2,}\S.* {2,}|^ {2,}\S+ {2,}\d/.test(line) : line.includes('\t'));

/**
 * The text with a sequence column before each table (a run of lines with cells): its header lines
 * (no digits) get `head` on the first and '' after, its rows (a label, then numbers) 1 … N. A table
 * with a row of numbers and no label (a value row) is left as it is.
 */
function withSequence(text, head) {
  const spaced = !text.includes('\t');
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i], spaced)) { out.push(lines[i]); continue; }
    let end = i;
    while (end < lines.length && isRow(lines[end], spaced)) end++;
    const block = lines.slice(i, end).map((l) => cellsOf(l, spaced));
    const rows = block.map(({ cells }) => cells.some((c) => /\d/.test(c)));
    const numbered = block.every(({ cells }, k) => !rows[k] || /\p{L}/u.test(cells[0]));
    // Header lines: those before the first row; a header line after a row starts another table.
    let n = 0, first = true;
    block.forEach(({ indent, cells, sep }, k) => {
      if (!numbered) return out.push(lines[i + k]);
      if (rows[k]) { first = true; return out.push(indent + [String(++n), ...cells].join(sep)); }
      if (n > 0) n = 0;
      out.push(indent + [first ? head : '', ...cells].join(sep));
      first = false;
    });
    i = end - 1;
  }
  const joined = out.join('\n');
  return counter ? joined.split('\n').map((l, k) => `${String(k + 1).padStart(6)}\t${l}`).join('\n') : joined;
}

export { withSequence };
if (!process.env.SEQ_DUMP) await runSampleVariants({
  from, to, argv,
  title: `${unnamed ? ' (unnamed)' : ''}${counter ? ' (counter)' : ''}`,
  variant: (seed) => {
    const r = rng(seed * 577 + 3);
    const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
    const head = unnamed ? '' : ['序号', '编号', '序 号'][Math.floor(r() * 3)];
    return { sample, name: `seq-${seed}.txt`, bytes: new TextEncoder().encode(withSequence(sampleText(sample), head)), label: `${sample} '${head}'` };
  },
});
