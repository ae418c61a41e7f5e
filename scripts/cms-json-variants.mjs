#!/usr/bin/env node
/**
 * @file CMS API responses: a sample page (samples/*.html) or text dump (samples/*.txt) saved the way a
 * crawler saves a CMS's JSON API: the article in a string field (`content`, `body`, `articleContent`
 * …) of `{code, data: {…}}`, `[{id, title, content}]`, `{result: {list: […]}}` or a bare object,
 * beside ids, counters, dates and channel lists; non-ASCII escaped (`\uXXXX`, as Python's json.dumps
 * writes) or not; indented or not. Each file is read and compared with the sample's golden: the
 * fields must come out as from the sample itself (`same`), none wrong at confidence ≥ 0.9.
 *
 *   npm run build && nice node scripts/cms-json-variants.mjs [--seeds 1..40] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compareReport, extract } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const [from, to] = (at >= 0 ? argv[at + 1] : '1..40').split('..').map(Number);
const pick = (xs, r) => xs[Math.floor(r() * xs.length)];

/** Samples with a golden whose text is UTF-8 (the crawler saved the decoded article). */
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => /^(?:html-(?:cms-utf8|2019-cms|combined-word|crawled-split)\.html|quirk-(?:2019|tab|blank-na|layout-spaces|wrong-total)\.txt)$/.test(f));

/** The article as a CMS saves it: the body of an HTML page (its chrome left out) or the text. */
function article(file) {
  const text = readFileSync(join(ROOT, 'samples', file), 'utf8');
  if (!file.endsWith('.html')) return text;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text);
  return body ? body[1] : text;
}

const KEYS = ['content', 'body', 'articleContent', 'txt', 'htmlContent'];
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
  rec[key] = article(sample);
  if (r() < 0.3) rec.source = '本网';
  const v = { sample, shape, key, ascii: r() < 0.4, indent: pick([0, 2, 4], r) };
  let json = JSON.stringify(SHAPES[shape](rec), null, v.indent);
  if (v.ascii) json = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { v, bytes: new TextEncoder().encode(json) };
}

const goldenOf = (sample) => JSON.parse(readFileSync(join(ROOT, 'golden', sample.replace(/\.\w+$/, '.golden.json')), 'utf8'));
let right = 0, total = 0, silent = 0, base = 0;
const baseOf = {};
for (let seed = from; seed <= to; seed++) {
  const { v, bytes } = build(seed);
  const golden = goldenOf(v.sample);
  const name = `cms-${seed}.json`;
  const cmp0 = baseOf[v.sample] ??= compareReport(v.sample, await extract(readFileSync(join(ROOT, 'samples', v.sample)), { name: v.sample }), golden);
  // A file the product cannot read (before JSON articles were read: E_NOT_A_REPORT) scores nothing.
  const cmp = await extract(bytes, { name }).then((rep) => compareReport(name, rep, golden), (e) => ({ correct: 0, total: cmp0.total, silent: 0, error: e.code }));
  right += cmp.correct; total += cmp.total; silent += cmp.silent; base += cmp0.correct;
  if (cmp.silent || argv.includes('--show')) console.log(`seed ${seed} ${JSON.stringify(v)}: ${cmp.correct}/${cmp.total} (sample itself ${cmp0.correct})${cmp.error ? ` ${cmp.error}` : ''}, wrong at >= 0.9 ${cmp.silent}`);
}
console.log(`seeds ${from}..${to}: right ${right}/${total} (the samples themselves: ${base}), wrong at >= 0.9 ${silent}`);
process.exit(silent ? 1 : 0);
