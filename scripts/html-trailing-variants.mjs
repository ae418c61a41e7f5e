#!/usr/bin/env node
/**
 * @file Rows a CMS ends early: the HTML samples with, in each row whose value cells are all zero or
 * empty (chosen with probability `p` per row), the zeros emptied (a blank cell is 0, TEMPLATE.md) and
 * the row's trailing empty `<td>`s left out, as CMS editors save them; in half the files every zero is
 * printed empty first. The values do not change, so
 * the sample's golden is the truth: fields must read as from the sample, none wrong at ≥ 0.9.
 * Rows with a value and empty cells after it are left out too when `--partial` is given: their
 * missing cells could be anywhere before the value, so they may come out low, never wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/html-trailing-variants.mjs [--seeds 1..30] [--partial] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { runSampleVariants, sampleText, seedRange } from './sample-variants.mjs';
import { rng } from './template-data.mjs';

const { argv, from, to } = seedRange('1..30');
const partial = argv.includes('--partial');
const SAMPLES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'html-crawled-split.html', 'html-layout-table.html'];

const TD = /<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi;
const textOf = (td) => td.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0|\s/g, '');
const zeroOrEmpty = (td) => /^0?$/.test(textOf(td)) && !/colspan|rowspan/i.test(td.slice(0, td.indexOf('>')));

/** One row, its trailing zero/empty cells left out when the rule allows. */
function endEarly(tr, r, p) {
  const cells = tr.match(TD) ?? [];
  if (cells.length < 3 || r() >= p) return tr;
  let cut = cells.length;
  while (cut > 0 && zeroOrEmpty(cells[cut - 1])) cut--;
  const hasValue = cells.slice(0, cut).some((c) => /^\d[\d,.]*$/.test(textOf(c)));
  if (cut === cells.length || (hasValue && !partial)) return tr;
  const tail = tr.lastIndexOf(cells[cut]);
  return `${tr.slice(0, tail)}</tr>`;
}

await runSampleVariants({
  from, to, argv,
  title: partial ? ' (partial rows too)' : '',
  variant: (seed) => {
    const r = rng(seed * 613 + 5);
    const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
    const p = [0.3, 0.6, 1][Math.floor(r() * 3)];
    // Half the files print every zero empty, as many CMS tables do (so only the identities confirm a blank).
    const blanks = r() < 0.5;
    const html = sampleText(sample);
    const printed = blanks ? html.replace(TD, (td) => (textOf(td) === '0' ? td.replace(/>(\s*)0(\s*)</, '>$1$2<') : td)) : html;
    const variant = printed.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi, (tr) => endEarly(tr, r, p));
    return { sample, name: `trailing-${seed}.html`, bytes: new TextEncoder().encode(variant), label: `${sample} p=${p}${blanks ? ' blank zeros' : ''}` };
  },
});
