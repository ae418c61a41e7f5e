#!/usr/bin/env node
/**
 * @file Table 三 printed in a shape other than the template's: (extra) a column the template lacks —
 * last year's totals (上年同期, 上年数, 去年同期), a change (增减, 同比增减), a rate (增长率, '12.5%'),
 * a duplicate of 总计 headed 合计 — at the end, before 总计, after 自然人 or first; (twoyear) every
 * column split into 本年 / 上年 sub-columns (either order), the header of two or three rows, the
 * year words '本年'/'上年' or '2024年'/'2023年', or words that do not tell (blank, '数量' twice, years
 * other than the report's: no value determined, one at ≥ 0.9 counts wrong); (transposed) the applicant types as rows and the
 * outcomes as columns. Rendered as tab text, space-aligned text, HTML, .docx (subtotal-variants'
 * renderer) and PDF (the HTML printed by Chromium, `--pdf`). The template's values are the truth
 * (the extra column's values are no field): table 三's fields right (≥ 0.9), low, wrong ≥ 0.9 (must
 * be 0), per kind.
 *
 *   npm run build && nice node scripts/t3-shape-variants.mjs [--seeds 1..40] [--kinds extra,twoyear,transposed] [--pdf] [--show]
 * Exit 1 on a field wrong at confidence ≥ 0.9.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeValues, requestRows, get, rng, verdict, COLS, COLUMN_WORDS, SUB_COLUMNS, REQUEST_NOTE } from './template-data.mjs';
import { render } from './subtotal-variants.mjs';
import { chromiumPdf, printers } from './print-pdf.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTRA_WORDS = ['上年同期', '增减', '增长率', '上年数', '同比增减', '去年同期', '合计'];
const POSITIONS = ['last', 'beforeTotal', 'afterNP', 'first'];

/** Header cells of the template's grouped header over `order` (leaf keys; other keys printed by `word`), labels in L cells. */
function groupedHeader(order, L, word, rows = 2) {
  const cells = [{ text: REQUEST_NOTE, col: 0, row: 0, colSpan: L, rowSpan: rows + 1 }, { text: '申请人情况', col: L, row: 0, colSpan: order.length, rowSpan: 1 }];
  const subs = order.filter((c) => SUB_COLUMNS.includes(c));
  order.forEach((c, i) => {
    if (SUB_COLUMNS.includes(c)) {
      if (c === subs[0]) cells.push({ text: '法人或其他组织', col: L + i, row: 1, colSpan: subs.length, rowSpan: 1 });
      cells.push({ text: COLUMN_WORDS[c], col: L + i, row: 2, colSpan: 1, rowSpan: 1 });
    } else cells.push({ text: COLUMN_WORDS[c] ?? word, col: L + i, row: 1, colSpan: 1, rowSpan: 2 });
  });
  return cells;
}

/** An extra column: its word, position and values (the truth's rows are the template's). */
function extraShape(r, data, spec, prev) {
  const word = EXTRA_WORDS[Math.floor(r() * EXTRA_WORDS.length)];
  const pos = POSITIONS[Math.floor(r() * POSITIONS.length)];
  const cur = (key) => get(data.requests, `${key}.total`);
  const was = (key) => get(prev.requests, `${key}.total`);
  const value = (key) => {
    if (word === '合计') return cur(key);
    if (word.includes('增减')) return `${cur(key) - was(key) >= 0 ? '+' : ''}${cur(key) - was(key)}`;
    if (word === '增长率') return was(key) ? `${(((cur(key) - was(key)) / was(key)) * 100).toFixed(1)}%` : '—';
    return was(key);
  };
  const base = [...COLS];
  const at = { last: 7, beforeTotal: 6, afterNP: 1, first: 0 }[pos];
  const order = [...base.slice(0, at), 'x', ...base.slice(at)];
  const rows = spec.map(([g, l, key]) => [`${g}${l}`, ...order.map((c) => (c === 'x' ? value(key) : get(data.requests, `${key}.${c}`)))]);
  return { label: `extra ${word} ${pos}`, cells: groupedHeader(order, 1, word), rows, width: 1 + order.length };
}

/** Every column split into 本年/上年 sub-columns (`first` printed first), header of 2 or 3 rows. */
function twoYearShape(r, data, spec, prev, year) {
  const first = r() < 0.5 ? 'cur' : 'prev';
  // Words that name the years, or (undetermined) that do not: blank, the same word twice, years not the report's.
  const u = r();
  const words = u < 0.4 ? { cur: '本年', prev: '上年' } : u < 0.8 ? { cur: `${year}年`, prev: `${year - 1}年` } : u < 0.87 ? { cur: '', prev: '' } : u < 0.94 ? { cur: '数量', prev: '数量' } : { cur: `${year - 2}年`, prev: `${year - 3}年` };
  const undetermined = u >= 0.8;
  const three = r() < 0.5;
  const pair = first === 'cur' ? ['cur', 'prev'] : ['prev', 'cur'];
  const cells = [{ text: REQUEST_NOTE, col: 0, row: 0, colSpan: 1, rowSpan: three ? 4 : 2 }];
  const top = three ? 1 : 0;
  if (three) cells.push({ text: '申请人情况', col: 1, row: 0, colSpan: 14, rowSpan: 1 });
  COLS.forEach((c, i) => {
    const sub = SUB_COLUMNS.includes(c);
    if (three && c === SUB_COLUMNS[0]) cells.push({ text: '法人或其他组织', col: 1 + 2 * i, row: top, colSpan: 10, rowSpan: 1 });
    if (three && sub) cells.push({ text: COLUMN_WORDS[c], col: 1 + 2 * i, row: top + 1, colSpan: 2, rowSpan: 1 });
    else cells.push({ text: COLUMN_WORDS[c], col: 1 + 2 * i, row: top, colSpan: 2, rowSpan: three ? 2 : 1 });
    pair.forEach((y, k) => cells.push({ text: words[y], col: 1 + 2 * i + k, row: top + (three ? 2 : 1), colSpan: 1, rowSpan: 1 }));
  });
  const src = { cur: data, prev };
  const rows = spec.map(([g, l, key]) => [`${g}${l}`, ...COLS.flatMap((c) => pair.map((y) => get(src[y].requests, `${key}.${c}`)))]);
  return { label: `twoyear ${first}-first ${words.cur || 'blank'} ${three ? 3 : 2}rows${undetermined ? ' undetermined' : ''}`, cells, rows, width: 15, undetermined };
}

/** The applicant types as rows, the outcomes as columns (short labels in some seeds). */
function transposedShape(r, data, spec) {
  const short = r() < 0.5;
  const lab = (l) => (short ? l.split('（区分')[0].replace(/^[一二三四五六七八九十]、|^\d\./, '') : l);
  const cells = [{ text: '申请人情况', col: 0, row: 0, colSpan: 1, rowSpan: 1 }, ...spec.map(([g, l], i) => ({ text: lab(`${g}${l}`), col: 1 + i, row: 0, colSpan: 1, rowSpan: 1 }))];
  const rows = COLS.map((c) => [c === 'naturalPerson' || c === 'total' ? COLUMN_WORDS[c] : `法人或其他组织${COLUMN_WORDS[c]}`, ...spec.map(([, , key]) => get(data.requests, `${key}.${c}`))]);
  return { label: `transposed ${short ? 'short' : 'full'}`, cells, rows, width: 1 + spec.length };
}

const SHAPES = { extra: extraShape, twoyear: twoYearShape, transposed: transposedShape };

/** One variant of `kind` in `format` (pdf: the HTML printed by Chromium). */
export function build(seed, kind, format) {
  const r = rng(seed * 4099 + 7);
  const combined = r() < 0.25;
  const data = makeValues(seed, { scale: 20 + Math.floor(r() * 300), combined });
  const prev = makeValues(seed + 100000, { scale: 20 + Math.floor(r() * 300), combined });
  const shape = SHAPES[kind](r, data, requestRows(combined), prev, 2024);
  const rendered = render({ format: format === 'pdf' ? 'html' : format }, shape.cells, shape.rows, shape.width);
  if (format === 'pdf') {
    const dir = mkdtempSync(join(tmpdir(), 't3-shape-'));
    try {
      chromiumPdf(Buffer.from(rendered.bytes), join(dir, 'v.pdf'));
      rendered.bytes = new Uint8Array(readFileSync(join(dir, 'v.pdf')));
      rendered.name = 'v.pdf';
    } finally { rmSync(dir, { recursive: true, force: true }); }
  }
  return { ...rendered, data, kind, format, label: shape.label, undetermined: shape.undetermined ?? false };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const lib = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);
  const [from, to] = seedRange('1..40');
  const kinds = stringArg('kinds', 'extra,twoyear,transposed').split(',');
  const formats = ['tab', 'space', 'html', 'docx', ...(process.argv.includes('--pdf') && printers.chromium ? ['pdf'] : [])];
  const tally = {};
  let wrongAll = 0;
  for (let seed = from; seed <= to; seed++) {
    for (const kind of kinds) {
      const v = build(seed, kind, formats[seed % formats.length]);
      const rep = await lib.extract(v.bytes, { name: v.name });
      const got = lib.flattenData(rep.data);
      const t = { right: 0, low: 0, wrong: 0, wrongLow: 0 };
      // A table whose header does not say which sub-column is this year's determines no value: a value at >= 0.9 is wrong.
      for (const [k, truth] of lib.flattenData({ requests: v.data.requests })) t[verdict(got.get(k), v.undetermined ? null : truth, rep.fields[k]?.confidence ?? 0)]++;
      const s = (tally[`${kind}/${v.format}`] ??= { n: 0, right: 0, low: 0, wrong: 0, wrongLow: 0 });
      s.n++;
      for (const f of ['right', 'low', 'wrong', 'wrongLow']) s[f] += t[f];
      wrongAll += t.wrong;
      if (t.wrong || process.argv.includes('--show')) {
        const codes = rep.warnings.map((x) => x.code).filter((c) => c.startsWith('columns_') || c === 'rows_unread');
        console.log(`seed ${seed} ${v.format} ${v.label}: right ${t.right} low ${t.low} WRONG ${t.wrong} wrongLow ${t.wrongLow} ${codes.join(',')}`);
      }
    }
  }
  for (const [k, t] of Object.entries(tally).sort()) console.log(`${k.padEnd(20)} ${String(t.n).padStart(3)} docs: right ${t.right}, low ${t.low}, wrong at >= 0.9 ${t.wrong}, wrong below 0.9 ${t.wrongLow}`);
  process.exit(wrongAll ? 1 : 0);
}
