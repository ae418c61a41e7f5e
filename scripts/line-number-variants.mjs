#!/usr/bin/env node
/**
 * @file Text dumps with a counter or e-mail quote marks before every line: the text samples (and the HTML samples'
 * `<pre>` twins are not needed: textToLines reads both) numbered as `cat -n` ('     12\t', blank
 * lines numbered), `nl` (blank lines not numbered), an editor's export ('12: ', '12| '), '[12] ' or
 * '0012 ', or quoted in a forwarded e-mail ('> ', '> > ', '>', '| '), or hard-wrapped at 64, 72, 76 or 80
 * columns (tabs expanded first), or folded by characters (`fold`, a crawler's fixed-width dump: cut at
 * exactly 60, 70, 76 or 80 columns wherever that falls, an ideograph counted as 2 columns or as 1).
 * With `--html`: the HTML samples numbered with a counter (`cat -n page.html > page.txt`, a view-source
 * copy with its line numbers) and saved as .txt. The text does not change, so each sample's golden is the truth: fields must read as from
 * the sample itself, none wrong at ≥ 0.9.
 *
 *   npm run build && nice node scripts/line-number-variants.mjs [--seeds 1..30] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { runSampleVariants, sampleText, seedRange } from './sample-variants.mjs';
import { rng } from './template-data.mjs';

const { argv, from, to } = seedRange('1..30');
/** UTF-8 text samples with a golden. */
const SAMPLES = ['quirk-2019.txt', 'quirk-blank-na.txt', 'quirk-cell-per-line.txt', 'quirk-combined-six.txt', 'quirk-layout-spaces.txt', 'quirk-tab.txt', 'quirk-wrong-total.txt', 'quirk-lost-labels.txt', 'quirk-fused-dump.txt', 'xyear-2023.txt'];

/** Numbering styles: (n, width of the largest number) → prefix; `blank`: whether blank lines get a number. */
const STYLES = {
  catN: { prefix: (n) => `${String(n).padStart(6)}\t`, blank: true },
  nl: { prefix: (n) => `${String(n).padStart(6)}\t`, blank: false },
  colon: { prefix: (n) => `${n}: `, blank: true },
  pipe: { prefix: (n, w) => `${String(n).padStart(w)}| `, blank: true },
  bracket: { prefix: (n) => `[${n}] `, blank: true },
  zeros: { prefix: (n) => `${String(n).padStart(4, '0')} `, blank: true },
  // E-mail quotes (layout/email-quotes): the forwarded mail's header lines unquoted above.
  quote: { prefix: () => '> ', blank: true, mail: true },
  quote2: { prefix: () => '> > ', blank: true, mail: true },
  quoteTight: { prefix: () => '>', blank: true, mail: true },
  bar: { prefix: () => '| ', blank: true, mail: true },
};
/** Hard wraps (layout/hard-wrap) at a mail client's or a terminal's width: cut at the last space before it, else inside a word. */
const WRAPS = { wrap64: 64, wrap72: 72, wrap76: 76, wrap80: 80 };
/** Folds by characters (layout/hard-wrap `byChars`): width, and whether an ideograph counts 1 column. */
const FOLDS = { fold60: { fold: 60 }, fold70: { fold: 70 }, fold76: { fold: 76 }, fold80: { fold: 80 }, fold70c: { fold: 70, chars: true }, fold60c: { fold: 60, chars: true } };
/** `line` cut every `w` columns (`chars`: every `w` characters), nothing dropped. */
function foldLine(line, w, chars) {
  const out = [];
  let cur = '', acc = 0;
  for (const ch of line) {
    const cw = chars ? 1 : dw(ch);
    if (acc + cw > w) { out.push(cur); cur = ''; acc = 0; }
    cur += ch; acc += cw;
  }
  return [...out, cur];
}
const dw = (ch) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1);
function wrapLine(line, w) {
  const out = [];
  let l = line;
  for (;;) {
    let acc = 0, cut = -1, space = -1;
    for (let i = 0; i < l.length; i++) {
      acc += dw(l[i]);
      if (l[i] === ' ') space = i;
      if (acc > w) { cut = i; break; }
    }
    if (cut < 0) break;
    const at = space > 0 ? space : cut;
    out.push(l.slice(0, at).trimEnd());
    l = l.slice(at).trimStart();
  }
  return [...out, l];
}
const MAIL = ['-------- Forwarded Message --------', 'Subject: 年报', 'Date: Mon, 20 Jan 2025', ''];

function number(text, style) {
  if (style.fold) return text.replace(/\r\n?/g, '\n').split('\n').flatMap((l) => foldLine(l.replace(/\t/g, '        '), style.fold, style.chars)).join('\n');
  if (typeof style === 'number') return text.replace(/\r\n?/g, '\n').split('\n').flatMap((l) => wrapLine(l.replace(/\t/g, '        '), style)).join('\n');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const w = String(lines.length).length;
  let n = 0;
  const body = lines.map((l) => (l.trim() === '' && !style.blank ? l : `${style.prefix(++n, w)}${l}`));
  return [...(style.mail ? MAIL : []), ...body].join('\n');
}

/** UTF-8 HTML samples with a golden (`--html`). */
const HTML_SAMPLES = ['html-cms-utf8.html', 'html-2019-cms.html', 'html-combined-word.html', 'html-crawled-split.html', 'html-layout-table.html'];
const COUNTERS = ['catN', 'nl', 'colon', 'pipe', 'bracket', 'zeros'];

await runSampleVariants({
  from, to, argv,
  title: argv.includes('--html') ? ' (html)' : '',
  variant: argv.includes('--html') ? (seed) => {
    const r = rng(seed * 613 + 5);
    const sample = HTML_SAMPLES[Math.floor(r() * HTML_SAMPLES.length)];
    const name = COUNTERS[Math.floor(r() * COUNTERS.length)];
    return { sample, name: `numbered-page-${seed}.txt`, bytes: new TextEncoder().encode(number(sampleText(sample), STYLES[name])), label: `${sample} ${name}` };
  } : (seed) => {
    const r = rng(seed * 877 + 3);
    const sample = SAMPLES[Math.floor(r() * SAMPLES.length)];
    const all = { ...STYLES, ...WRAPS, ...FOLDS };
    const name = Object.keys(all)[Math.floor(r() * Object.keys(all).length)];
    return { sample, name: `numbered-${seed}.txt`, bytes: new TextEncoder().encode(number(sampleText(sample), all[name])), label: `${sample} ${name}` };
  },
});
