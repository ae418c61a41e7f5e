#!/usr/bin/env node
/**
 * @file CMS API responses: a sample page (samples/*.html) or text dump (samples/*.txt) saved the way a
 * crawler saves a CMS's JSON API: the article in a string field (`content`, `body`, `articleContent`
 * …) of `{code, data: {…}}`, `[{id, title, content}]`, `{result: {list: […]}}` or a bare object,
 * beside ids, counters, dates and channel lists; non-ASCII escaped (`\uXXXX`, as Python's json.dumps
 * writes) or not; indented or not; the HTML stored escaped once or twice (`&lt;table&gt;`); a teaser
 * (`summary`, `description` …) before the article holding another sample's text (another report's
 * numbers). Each file is read and compared with the sample's golden: the
 * fields must come out as from the sample itself (`same`), none wrong at confidence ≥ 0.9.
 *
 *   npm run build && nice node scripts/cms-json-variants.mjs [--seeds 1..40] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runSampleVariants, sampleText, seedRange } from './sample-variants.mjs';
import { rng } from './template-data.mjs';

const { argv, from, to } = seedRange('1..40');
const pick = (xs, r) => xs[Math.floor(r() * xs.length)];

/** Samples with a golden whose text is UTF-8 (the crawler saved the decoded article). */
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => /^(?:html-(?:cms-utf8|2019-cms|combined-word|crawled-split)\.html|quirk-(?:2019|tab|blank-na|layout-spaces|wrong-total)\.txt)$/.test(f));

/** The article as a CMS saves it: the body of an HTML page (its chrome left out) or the text. */
function article(file) {
  const text = sampleText(file);
  if (!file.endsWith('.html')) return text;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text);
  return body ? body[1] : text;
}

const KEYS = ['content', 'body', 'articleContent', 'txt', 'htmlContent'];
const TEASERS = ['summary', 'description', 'abstract', 'digest'];
/** `html` HTML-escaped `n` times, as a CMS that escapes before storing writes it. */
const escapeTimes = (html, n) => (n === 0 ? html : escapeTimes(html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'), n - 1));
/** Response shapes around one article record. */
const SHAPES = {
  data: (rec) => ({ code: 200, msg: 'success', data: rec }),
  list: (rec) => [rec],
  result: (rec) => ({ success: true, result: { total: 1, list: [rec] } }),
  bare: (rec) => rec,
  nested: (rec) => ({ data: { article: rec, channel: { id: 12, name: '政府信息公开年报' } } }),
};

/** The JSON text of seed `seed`. */
function build(seed) {
  const r = rng(seed * 4099 + 7);
  const sample = pick(SAMPLES, r);
  const shape = pick(Object.keys(SHAPES), r);
  const key = pick(KEYS, r);
  const rec = { id: 1000 + seed, title: '政府信息公开工作年度报告', pubDate: '2024-01-20 09:30:00', views: Math.floor(r() * 5000), tags: ['年报', '政务公开'] };
  if (r() < 0.5) delete rec.tags;
  const escapes = sample.endsWith('.html') ? pick([0, 0, 1, 2], r) : 0;
  const teaser = r() < 0.4 ? pick(TEASERS, r) : null;
  if (teaser) rec[teaser] = `往年报告摘要：${article(pick(SAMPLES.filter((s) => s !== sample), r)).replace(/<[^>]+>/g, ' \n ').slice(0, 3000)}`;
  rec[key] = escapeTimes(article(sample), escapes);
  if (r() < 0.3) rec.source = '本网';
  const v = { sample, shape, key, escapes, teaser, ascii: r() < 0.4, indent: pick([0, 2, 4], r) };
  let json = JSON.stringify(SHAPES[shape](rec), null, v.indent);
  if (v.ascii) json = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { v, bytes: new TextEncoder().encode(json) };
}

await runSampleVariants({
  from, to, argv,
  variant: (seed) => {
    const { v, bytes } = build(seed);
    return { sample: v.sample, name: `cms-${seed}.json`, bytes, label: JSON.stringify(v) };
  },
});
