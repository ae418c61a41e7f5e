#!/usr/bin/env node
/**
 * @file Reports whose tables print some of their zeros as EMPTY cells (blank-for-zero, 15–70 % of
 * the zeros of tables 二, 三 and 四 at random, or all of them on half the reports), laid out borderless (a CMS page printed with its CSS
 * borders lost) or bordered, numbers left-, centre- or right-aligned in their cells, A4 / A5 / A4
 * landscape, printed by Chromium or LibreOffice, then read as the PDF itself and as the dumps a
 * crawler keeps of it: `pdftotext -layout`, plain `pdftotext` and `pdftohtml -xml`. A blank cell
 * leaves no text at all, so a row shows only its non-blank numbers; where each number sits
 * (against the header's cells and the other rows' numbers) is what says which cell it is.
 *
 * Two steps, so every build reads the same files:
 *   node scripts/blank-band-variants.mjs make DIR [--seeds 1..24]
 *   node scripts/blank-band-variants.mjs score DIR [--dist dist] [--outs pdf,layout,plain,xml] [--verbose]
 *
 * `make` writes DIR/bb-<seed>.pdf, .layout.txt, .plain.txt, .xml and .json (the values printed, and
 * which cells were printed blank). `score` extracts each output with the build in `--dist` and
 * reports per output kind the table fields (二, 三, 四) right, right ≥ 0.9, missing, wrong < 0.8,
 * wrong 0.8–0.9, WRONG ≥ 0.9, and the share the input determines (the oracle): every field for the
 * positioned outputs (PDF, -layout, -xml); for plain `pdftotext`, which drops a blank cell without a
 * trace, the fields of rows printing all their cells or none (a row with some cells blank is not
 * determined by its text — the identities may still decide some, which the oracle does not count).
 * Dev seeds 1..24, held-out seeds 1001..1024 (scored only). Exit 1 on a WRONG ≥ 0.9.
 *
 * `--sparse` (make and score; files sp-<seed>.*): a small office's MOSTLY BLANK tables — most cells 0
 * and every zero printed blank (50–95 % of tables 二/三/四's cells empty), whole rows, whole columns
 * (a requester kind nobody was) and all of table 四 blank, A4 or A5, printed by Chromium, LibreOffice
 * from the HTML or LibreOffice from a .docx of it (Writer), read as `pdftotext -layout` (`--outs
 * layout`; the PDF too). Each row then shows 0–3 numbers at character columns under a header wrapped
 * over several lines (layout/header-bands.ts, padded-measure.ts).
 *   node scripts/blank-band-variants.mjs make DIR --sparse --seeds 1..16      (dev)
 *   node scripts/blank-band-variants.mjs make DIR --sparse --seeds 2001..2016 (held-out: score only)
 *   node scripts/blank-band-variants.mjs score DIR --sparse --outs layout
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { activeTable, requestTable, reviewTable, H, NARRATIVE } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficeDocxPdf, libreofficePdf } from './print-pdf.mjs';
import { COLS, REVIEW_COLS, REVIEW_GROUPS, bandTally, countBands, flatTruth, makeValues, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const NBSP = '\u00a0';
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const PAGES = { a4: '', a5: '@page{size:A5}', land: '@page{size:A4 landscape}' };

/** Table 二's value keys in printed order, per data row key. */
function activeKeys(data) {
  return Object.fromEntries(Object.entries(data.activeDisclosure).map(([k, v]) => [k, Object.keys(v)]));
}

const SPARSE = process.argv.includes('--sparse');
const PREFIX = SPARSE ? 'sp' : 'bb';

/**
 * A small office's values (`--sparse`): most request cells 0 — the requesters of one to three kinds
 * only, each outcome row kept at 15–40 % —, some of table 二's cells 0, table 四 all 0 on half the seeds.
 */
function sparsen(data, r) {
  const kinds = ['commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'].filter(() => r() < 0.25);
  const live = new Set(['naturalPerson', ...kinds]);
  const keep = 0.15 + r() * 0.25;
  const req = data.requests;
  const flatRows = [];
  for (const [k, v] of Object.entries(req)) {
    if (v && typeof v === 'object' && 'total' in v) flatRows.push([k, v]);
    else if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) flatRows.push([`${k}.${k2}`, v2]);
  }
  const outcome = flatRows.filter(([k]) => !['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].includes(k));
  for (const c of COLS.filter((c) => c !== 'total')) {
    let handled = 0;
    for (const [, row] of outcome) {
      if (!live.has(c) || r() >= keep) row[c] = 0;
      else row[c] = Math.max(1, Math.min(row[c], 12));
      handled += row[c];
    }
    const forward = live.has(c) && r() < 0.3 ? 1 + Math.floor(r() * 3) : 0;
    const over = live.has(c) && r() < 0.3 ? Math.min(handled + forward, 1 + Math.floor(r() * 2)) : 0;
    const get = (k) => flatRows.find(([x]) => x === k)[1];
    get('totalHandled')[c] = handled;
    get('carriedForward')[c] = forward;
    get('carriedOver')[c] = over;
    get('newReceived')[c] = handled + forward - over;
  }
  for (const [, row] of flatRows) row.total = COLS.filter((c) => c !== 'total').reduce((a, c) => a + row[c], 0);
  for (const v of Object.values(data.activeDisclosure)) for (const c of Object.keys(v)) if (c !== 'amount' && c !== 'change' && r() < 0.5) v[c] = 0;
  if (r() < 0.5) for (const g of Object.values(data.reviewLitigation)) for (const c of Object.keys(g)) g[c] = 0;
  else {
    for (const g of Object.values(data.reviewLitigation)) {
      for (const c of Object.keys(g)) if (c !== 'total') g[c] = r() < 0.3 ? Math.floor(r() * 3) : 0;
      g.total = Object.entries(g).filter(([c]) => c !== 'total').reduce((a, [, v]) => a + v, 0);
    }
  }
  return data;
}

/** One report: values, which zero cells print blank, and its page, from the seed. */
export function variant(seed) {
  const r = rng(seed * 31 + 5);
  const version = r() < 0.75 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.15;
  const made = makeValues(seed, { version, combined, scale: pick(r, [8, 30, 30, 300]) });
  const data = SPARSE ? sparsen(made, rng(seed * 7 + 3)) : made;
  // Table 二 has few zeros of its own: some cells set to 0 (no identity binds them).
  const keys = activeKeys(data);
  for (const [k, cols] of Object.entries(keys)) for (const c of cols) if (c !== 'amount' && c !== 'change' && r() < 0.25) data.activeDisclosure[k][c] = 0;
  // Half the reports print every zero blank (a CMS's blank-for-zero), half 15–70 % of them.
  const share = SPARSE || r() < 0.5 ? 1 : 0.15 + r() * 0.55;
  const emptyAs = r() < 0.5 ? NBSP : '';
  const blanks = [];
  const blankOut = (cells, start, where) => cells.map((c, j) => {
    if (j < start || c !== '0' || r() >= share) return c;
    blanks.push(`${where}:${j}`);
    return emptyAs;
  });
  const t = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  for (const row of t.activeDisclosure) if (row.kind === 'data') row.cells = blankOut(row.cells, 1, `activeDisclosure.${row.key}`);
  for (const row of t.requests) if (row.kind === 'data') row.cells = blankOut(row.cells, 1, `requests.${row.key}`);
  for (const row of t.reviewLitigation) if (row.kind === 'data') row.cells = blankOut(row.cells, 0, 'reviewLitigation');
  const borderless = r() < 0.7;
  const align = pick(r, ['left', 'center', 'right']);
  const headAlign = r() < 0.7 ? 'center' : align;
  const page = SPARSE ? pick(r, ['a4', 'a4', 'a5']) : pick(r, ['a4', 'a4', 'a5', 'land']);
  const printer = SPARSE ? pick(r, ['chromium', 'libreoffice', 'lodocx']) : r() < 0.7 ? 'chromium' : 'libreoffice';
  const style = r() < 0.3 ? 'word' : 'cms';
  const css = [
    `td.n,td.n p{text-align:${align} !important}`,
    `td:not(.n),td:not(.n) p{text-align:${headAlign} !important}`,
    PAGES[page],
    printer === 'libreoffice' ? 'body{font-size:9pt}' : '',
  ].join('\n');
  const agency = `测试市第${seed}局`;
  const year = version === '2019' ? 2020 : 2024;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency, published: `${year + 1}-01-20`, tables: t, narrative: NARRATIVE, headings: H, style, print: { borderless, noChrome: r() < 0.5 }, crawled: { fitSpan: r() < 0.5 } }).replace('</head>', `<style>${css}</style></head>`);
  const look = `${version}${combined ? ' combined' : ''} ${style} ${borderless ? 'borderless' : 'bordered'} ${align}/${headAlign} ${page} ${printer} blank ${Math.round(share * 100)}% (${blanks.length} cells${emptyAs ? ', nbsp' : ''})`;
  return { data, html, printer, look, blanks, version, combined };
}

/** Printed row key → its fields' keys in printed order (for the plain-text oracle). */
function rowFields(v) {
  const rows = [];
  const keys = activeKeys(v.data);
  for (const [k, cols] of Object.entries(keys)) rows.push({ where: `activeDisclosure.${k}`, fields: cols.map((c) => `activeDisclosure.${k}.${c}`), start: 1 });
  for (const row of requestTable(v.data, v.combined)) if (row.kind === 'data') rows.push({ where: `requests.${row.key}`, fields: COLS.map((c) => `requests.${row.key}.${c}`), start: 1 });
  rows.push({ where: 'reviewLitigation', fields: REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `reviewLitigation.${g}.${c}`)), start: 0 });
  return rows;
}

/** Fields the output determines: all, but in plain text only rows with no blank or all blank. */
function determined(v, out) {
  const all = new Set(flatTruth(v.data).map(([k]) => k));
  if (out !== 'plain') return all;
  const blankSet = new Set(v.blanks);
  for (const row of rowFields(v)) {
    const n = row.fields.filter((_, i) => blankSet.has(`${row.where}:${i + row.start}`)).length;
    if (n > 0 && n < row.fields.length) for (const f of row.fields) all.delete(f);
  }
  return all;
}

function make(dir) {
  const [from, to] = seedRange('1..24');
  mkdirSync(dir, { recursive: true });
  for (let seed = from; seed <= to; seed++) {
    const base = join(dir, `${PREFIX}-${seed}`);
    const v = variant(seed);
    if (!existsSync(`${base}.pdf`)) {
      try {
        ({ chromium: chromiumPdf, libreoffice: libreofficePdf, lodocx: libreofficeDocxPdf })[v.printer](v.html, `${base}.pdf`);
      } catch (e) {
        console.log(`${PREFIX}-${seed}: not printed (${e.code ?? e.message})`);
        continue;
      }
    }
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', `${base}.pdf`, `${base}.layout.txt`]);
    execFileSync('pdftotext', ['-enc', 'UTF-8', `${base}.pdf`, `${base}.plain.txt`]);
    execFileSync('pdftohtml', ['-xml', '-i', '-q', '-enc', 'UTF-8', `${base}.pdf`, `${base}.xmlout`]);
    execFileSync('mv', [`${base}.xmlout.xml`, `${base}.xml`]);
    writeFileSync(`${base}.json`, JSON.stringify({ seed, look: v.look, data: v.data, blanks: v.blanks, combined: v.combined }));
    console.log(`${PREFIX}-${seed}: ${v.look}`);
  }
}

const EXT = { pdf: '.pdf', layout: '.layout.txt', plain: '.plain.txt', xml: '.xml' };

async function score(dir) {
  const dist = resolve(stringArg('dist', 'dist'));
  const { extract, flattenData } = await import(join(dist, 'index.js'));
  const verbose = process.argv.includes('--verbose');
  const outs = stringArg('outs', 'pdf,layout,plain,xml').split(',');
  const tallies = new Map();
  const tally = (k) => tallies.get(k) ?? tallies.set(k, { ...bandTally(), determined: 0 }).get(k);
  const seeds = readdirSync(dir).filter((f) => new RegExp(`^${PREFIX}-\\d+\\.json$`).test(f)).map((f) => Number(f.match(/\d+/)[0])).sort((a, b) => a - b);
  let worst = 0;
  for (const seed of seeds) {
    const v = JSON.parse(readFileSync(join(dir, `${PREFIX}-${seed}.json`), 'utf8'));
    for (const out of outs) {
      const file = join(dir, `${PREFIX}-${seed}${EXT[out]}`);
      if (!existsSync(file)) continue;
      let report;
      try {
        report = await extract(new Uint8Array(readFileSync(file)), { name: `${PREFIX}-${seed}${EXT[out]}` });
      } catch (e) {
        console.log(`${PREFIX}-${seed} ${out} FAILED ${e.code ?? e.message}`);
        continue;
      }
      const got = flattenData(report.data);
      const det = determined(v, out);
      let bad = [];
      for (const t of [tally(out), tally('TOTAL')]) {
        bad = countBands(t, report, got, v.data);
        t.determined += det.size;
      }
      if (bad.some((b) => b.endsWith(' !!'))) worst = 1;
      if (verbose || bad.some((b) => b.endsWith('!!') || b.endsWith(' !'))) console.log(`${PREFIX}-${seed} ${out} [${v.look}] right ${flatTruth(v.data).filter(([k, w]) => got.get(k) === w).length}/${flatTruth(v.data).length}, ${bad.length} wrong${bad.length ? ': ' : ''}${bad.slice(0, 8).join('; ')}`);
    }
  }
  console.log('out       docs fields  det%  right%  ≥0.9%  missing  W<0.8  W.8-.9  W≥0.9');
  const pct = (a, b) => ((100 * a) / Math.max(1, b)).toFixed(1).padStart(6);
  for (const [k, t] of [...tallies].sort(([a], [b]) => (a === 'TOTAL') - (b === 'TOTAL') || outs.indexOf(a) - outs.indexOf(b))) {
    const missing = t.fields - t.right - t.wrongLow - t.wrongMid - t.wrongHigh;
    console.log(`${k.padEnd(8)} ${String(t.docs).padStart(5)} ${String(t.fields).padStart(6)} ${pct(t.determined, t.fields)} ${pct(t.right, t.fields)} ${pct(t.rightHigh, t.fields)} ${String(missing).padStart(8)} ${String(t.wrongLow).padStart(6)} ${String(t.wrongMid).padStart(7)} ${String(t.wrongHigh).padStart(6)}`);
  }
  process.exit(worst);
}

const [mode, dir] = process.argv.slice(2);
if (mode === 'make' && dir) make(dir);
else if (mode === 'score' && dir) await score(dir);
else {
  console.error('usage: blank-band-variants.mjs make|score DIR [--seeds A..B] [--dist dist] [--outs pdf,layout,plain,xml] [--verbose]');
  process.exit(2);
}
