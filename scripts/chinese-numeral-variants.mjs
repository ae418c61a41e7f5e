#!/usr/bin/env node
/**
 * @file Reports whose table values are written in part as Chinese numerals, as reports typed by hand
 * or OCR'd and retyped print them: '零', '〇', '七', '二十八', '二百四十九', '一千零五', '两百', '十二',
 * financial '壹佰贰拾', mixed with digits (full-width too) in one table. A share of the integer values
 * of tables 二, 三 and 四 is rewritten; the labels ('一、本年新收…', '第二十条第（五）项') stay as printed.
 * In tab text, space-aligned text ('layout') or an HTML page. Measures every field: right (≥ 0.9),
 * low (right but < 0.9, or missing), wrong at ≥ 0.9 (must be 0).
 *
 *   npm run build && nice node scripts/chinese-numeral-variants.mjs [--seeds 1..40] [--show]
 * XXGK_DIST=/other/dist measures another build. Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTable, requestTable, reviewTable, renderRows, textReport, base, H, NARRATIVE, toFullWidth } from './make-samples.mjs';
import { makeValues, measureFields, rng, runVariants } from './template-data.mjs';
import { renderHtml } from './render-html.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const PLAIN = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'], wan: '万' };
const FINANCIAL = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'], wan: '万' };

/** 0–9999 in the regular grammar: '二百四十九', '一千零五', '十二' (`bareTen`: '十二', else '一十二'). */
function section(n, f, { bareTen, liang }) {
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let gap = false;
  ds.forEach((d, i) => {
    const unit = f.units[3 - i];
    if (d === 0) { if (out) gap = true; return; }
    if (gap) out += f.digits[0];
    gap = false;
    const digit = d === 2 && liang && (unit === '百' || unit === '千') ? '两' : f.digits[d];
    out += out === '' && d === 1 && unit === f.units[1] && bareTen ? '' : digit;
    out += unit;
  });
  return out;
}

/** An integer written as a Chinese numeral, in one of the forms reports print. */
export function toChinese(n, r) {
  if (n === 0) return r() < 0.2 ? '〇' : '零';
  const f = r() < 0.15 ? FINANCIAL : PLAIN;
  const opts = { bareTen: f === PLAIN && r() < 0.8, liang: f === PLAIN && r() < 0.4 };
  if (n < 10000) return section(n, f, opts);
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  return `${section(hi, f, opts)}${f.wan}${lo === 0 ? '' : lo < 1000 ? f.digits[0] + section(lo, f, { ...opts, bareTen: false }) : section(lo, f, opts)}`;
}

/** Rewrites a share of the integer value cells of `rows` as Chinese numerals (full-width digits for some others). */
function rewrite(rows, r, share, from) {
  let n = 0;
  for (const row of rows) {
    if (row.kind !== 'data') continue;
    row.cells = row.cells.map((c, i) => {
      if (i < from || !/^\d+$/.test(c)) return c;
      if (r() < share) { n++; return toChinese(Number(c), r); }
      return r() < 0.1 ? toFullWidth(c) : c;
    });
  }
  return n;
}

function build(seed) {
  const r = rng(seed * 7919 + 13);
  const data = makeValues(seed);
  const b = base(seed);
  const share = [0.2, 0.4, 0.6, 0.9][Math.floor(r() * 4)];
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const rewritten = rewrite(t.activeDisclosure, r, share, 1) + rewrite(t.requests, r, share, 1) + rewrite(t.reviewLitigation, r, share, 0);
  const format = ['tab', 'layout', 'html'][Math.floor(r() * 3)];
  const bytes = format === 'html'
    ? Buffer.from(renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H }))
    : Buffer.from(textReport({ ...b, tables: Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, renderRows(rows, format)])) }));
  return { data, format, share, rewritten, bytes, name: format === 'html' ? 'v.html' : 'v.txt' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runVariants({ root: ROOT, build, seeds: '1..40', measure: measureFields, keysOf: (v) => [v.format], describe: (v) => `${v.format} share ${v.share} (${v.rewritten} rewritten)` });
}

export { build };
