#!/usr/bin/env node
/**
 * @file Plain / raw / GBK `pdftotext` of turned and landscape pages, with known truth (issue 15).
 * Each seed's report (scripts/template-data.mjs values; both templates, zeros printed blank or '—',
 * a table 三 row printed '/', large numbers) is printed by Chromium (A4 portrait, A4 landscape) and
 * LibreOffice, each PDF turned by qpdf (none; every page 90°; page 2 90°, page 3 180°, pages 4.. 270°;
 * every page 270°) or inside its content by gs (90°, 270°: no /Rotate, the medium turned), and dumped by `pdftotext` plain, `-raw` and plain `-enc GBK`. `measure` extracts
 * every dump with a build and prints, per path (printer × turn × tool) and per order (turn × tool),
 * determinable fields, right, right ≥ 0.9, missing, wrong < 0.8, wrong 0.8–0.9 and WRONG ≥ 0.9
 * (a document that fails or times out, `--timeout` ms, default 400000: every field missing).
 * A '—' zero and a '/' row are not determinable (as breakit's scoring).
 * Issue 17: also Chromium Letter / A5 prints, odd pages only turned 270 (`odd270`), `pdftotext -layout` dumps (`layout`),
 * and per seed a look of its numbers (full-width, '件' after counts, Times, letter-spaced: `looks`). `--prints`,
 * `--turns`, `--tools` (comma lists) make only those. Tool `xml`: `pdftohtml -xml -i` of the turned PDF (session 49: a
 * turned page's XML had given E_NOT_A_REPORT; dev seeds 1..4, held-out 101..104, `--tools xml --prints cr-a4,lo
 * --turns none,r90,r270,mixed`).
 *
 *   nice node scripts/turned-ptt-variants.mjs make DIR [--seeds 1..6] [--prints cr-a4,cr-a5] [--turns odd270] [--tools layout]
 *   nice node scripts/turned-ptt-variants.mjs measure DIR [--dist dist] [--tag now] [--only cr-a4l] [--misses]
 *   node scripts/turned-ptt-variants.mjs compare DIR TAG_BEFORE TAG_AFTER
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { renderHtml } from './render-html.mjs';
import { chromiumPdf, libreofficePdf } from './print-pdf.mjs';
import { makeValues, rng } from './template-data.mjs';

const [cmd, DIR] = process.argv.slice(2);
if (!cmd || !DIR) {
  console.error('usage: turned-ptt-variants.mjs make|measure|compare DIR …');
  process.exit(2);
}
const run = (bin, argv) => execFileSync(bin, argv, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 2 ** 20, timeout: 180_000 });

/** Printers: page CSS added to the print page. */
const PRINTS = {
  'cr-a4': { printer: 'chromium', css: '@page{size:A4}' },
  'cr-a4l': { printer: 'chromium', css: '@page{size:A4 landscape}' },
  'cr-letter': { printer: 'chromium', css: '@page{size:Letter}' },
  'cr-a5': { printer: 'chromium', css: '@page{size:A5}' },
  lo: { printer: 'libreoffice', css: '' },
  // Re-prints of LibreOffice's PDF (no /Rotate kept by either: the turn is applied after).
  'cairo-lo': { from: 'lo', reprint: (src, out) => run('pdftocairo', ['-pdf', src, out]) },
  'gs-lo': { from: 'lo', reprint: (src, out) => run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/ebook', `-sOutputFile=${out}`, src]) },
};
/**
 * Page turns written into /Rotate by qpdf (`--rotate=ANGLE:PAGES`, applied in order), or (`gs`: the angle) turned
 * inside the page's content by Ghostscript's pdfwrite, the media turned with it and no /Rotate (breakit56 gs-rot270).
 */
const TURNS = {
  none: [],
  r90: ['--rotate=+90:1-z'],
  r180: ['--rotate=+180:1-z'],
  mixed: ['--rotate=+90:2', '--rotate=+180:3', '--rotate=+270:4-z'],
  r270: ['--rotate=+270:1-z'],
  odd270: ['--rotate=+270:1-z:odd'],
  gs90: { gs: 90 },
  gs270: { gs: 270 },
};

/** `src` with every page's content turned by `angle` (90 or 270) inside its stream by gs pdfwrite → `out`. */
function gsTurn(src, out, angle) {
  const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(run('pdfinfo', [src]).toString()).slice(1).map((x) => Math.round(Number(x)));
  // (x, y) → (y, W − x) for 270, (H − y, x) for 90: the page's content lands on an H × W medium.
  const turn = angle === 270 ? `270 rotate -${w} 0 translate` : `90 rotate 0 -${h} translate`;
  run('gs', ['-q', '-o', out, '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-dDEVICEWIDTHPOINTS=${h}`, `-dDEVICEHEIGHTPOINTS=${w}`, '-dFIXEDMEDIA', '-c', `<</BeginPage {pop ${turn}}>> setpagedevice`, '-f', src]);
}
/** `pdftotext` options per tool; `xml` is `pdftohtml -xml` (a turned page's glyphs each a run of width 0: load/word-box-markup `turnSideways`). */
const TOOLS = { plain: [], raw: ['-raw'], gbk: ['-enc', 'GBK'], dos: ['-eol', 'dos'], layout: ['-layout'], xml: 'pdftohtml' };
/** A dump of `pdf` by `tool` (its TOOLS entry). */
const dumpOf = (targs, pdf) => (targs === 'pdftohtml' ? run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]) : run('pdftotext', [...targs, pdf, '-']));
/** `--prints a,b` / `--turns a,b` / `--tools a,b`: make only those (default all). */
const pick = (all, arg) => {
  const want = stringArg(arg, '').split(',').filter(Boolean);
  return Object.entries(all).filter(([k]) => !want.length || want.includes(k));
};

/**
 * The numbers' look (issue 17, breakit58 ptt-layout-rot270odd): full-width digits ('１４'), '件' after the counts of tables
 * 三 and 四, numbers in Times, and letter-spaced numbers (0.25–1.2 em: `pdftotext -layout` then prints a number's digits
 * apart, '1 4', as far apart as two cells may be). Drawn from its own stream: a seed's values and tables do not change.
 */
function looks(seed) {
  const r = rng(seed * 7919 + 77);
  return { wide: r() < 0.3, jian: r() < 0.25, times: r() < 0.4, spread: [0, 0, 0.25, 0.5, 0.8, 1.2][Math.floor(r() * 6)] };
}
const WIDE = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** Tables 三 and 四's counts in the look (a blank zero stays '0': the page prints it blank). */
function lookCells(rep, look) {
  for (const t of [rep.tables.requests, rep.tables.reviewLitigation]) {
    for (const row of t.filter((x) => x.kind === 'data')) {
      row.cells = row.cells.map((c, i) => ((t === rep.tables.requests && i === 0) || !/^\d+$/.test(c) || (rep.zeros === 'blank' && c === '0') ? c : `${look.wide ? WIDE(c) : c}${look.jian ? '件' : ''}`));
    }
  }
  if (look.wide) for (const row of rep.tables.activeDisclosure) row.cells = row.cells.map((c, i) => (i && /^\d+$/.test(c) ? WIDE(c) : c));
}
/** Page CSS for the numbers' font and spacing: each number cell's text wrapped in `<span class="num">`. */
function lookHtml(html, look) {
  const css = [look.times ? 'font-family:"Times New Roman",serif' : '', look.spread ? `letter-spacing:${look.spread}em` : ''].filter(Boolean).join(';');
  if (!css) return html;
  return html
    .replace(/(<td[^>]*>(?:<p[^>]*>)?(?:<span lang="EN-US">)?)([0-9０-９][0-9０-９.,，]*件?)</g, '$1<span class="num">$2</span><')
    .replace('</style>', `.num{${css}}</style>`);
}

/** The report's printed tables with the seed's quirks, and the fields a reader can determine. */
function report(seed) {
  const r = rng(seed * 7919 + 35);
  const version = r() < 0.3 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.2;
  const scale = [3, 10, 30, 300, 3000][Math.floor(r() * 5)];
  const data = makeValues(seed, { version, combined, scale });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const zeros = ['digit', 'digit', 'blank', 'dash'][Math.floor(r() * 4)];
  const undetermined = [];
  const dataRows = tables.requests.filter((x) => x.kind === 'data');
  if (r() < 0.3) {
    const row = dataRows[2 + Math.floor(r() * 8)];
    row.cells = [row.cells[0], ...row.cells.slice(1).map(() => '/')];
    undetermined.push(`requests.${row.key}.`);
  }
  if (zeros === 'dash') {
    for (const t of [tables.requests, tables.reviewLitigation]) {
      for (const row of t.filter((x) => x.kind === 'data')) {
        row.cells = row.cells.map((c, i) => {
          if (c !== '0' || (t === tables.requests && i === 0)) return c;
          undetermined.push(t === tables.requests ? `requests.${row.key}.#${i - 1}` : `reviewLitigation.#${i}`);
          return '—';
        });
      }
    }
  }
  const agency = `示例市第${seed}局`;
  const rep = { seed, version, combined, scale, zeros, data, tables, agency, undetermined, title: `${agency}2024年政府信息公开工作年度报告` };
  rep.look = looks(seed);
  lookCells(rep, rep.look);
  return rep;
}

function make() {
  const [from, to] = seedRange('1..6');
  const { flattenData } = awaitDist();
  for (let seed = from; seed <= to; seed++) {
    const rep = report(seed);
    const dir = join(DIR, `s${seed}`);
    mkdirSync(join(dir, 'dumps'), { recursive: true });
    const expected = Object.fromEntries(flattenData(rep.data));
    // Undetermined keys: '/' rows and '—' cells (the n-th value of a row, in the template's column order).
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const reviewKeys = Object.keys(expected).filter((k) => k.startsWith('reviewLitigation.'));
    for (const u of rep.undetermined) {
      const m = /^(requests\.[\w.]+)\.#(\d+)$/.exec(u);
      if (m) delete expected[`${m[1]}.${cols[Number(m[2])]}`];
      else if (/^reviewLitigation\.#(\d+)$/.test(u)) delete expected[reviewKeys[Number(u.split('#')[1])]];
      else for (const k of Object.keys(expected)) if (k.startsWith(u)) delete expected[k];
    }
    writeFileSync(join(dir, 'truth.json'), JSON.stringify({ seed, version: rep.version, combined: rep.combined, scale: rep.scale, zeros: rep.zeros, look: rep.look, undetermined: rep.undetermined, expected }, null, 1));
    for (const [name, p] of pick(PRINTS, 'prints')) {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) {
        const html = lookHtml(renderHtml({ title: rep.title, agency: rep.agency, published: '2025-01-20', tables: rep.tables, narrative: NARRATIVE, headings: H, style: seed % 2 ? 'cms' : 'word', print: { noChrome: true }, crawled: rep.zeros === 'blank' ? { blankZeros: true } : undefined }), rep.look).replace('</style>', `${p.css}</style>`);
        try {
          if (p.reprint) {
            const src = join(dir, `${p.from}.pdf`);
            if (!existsSync(src)) throw new Error(`no ${p.from}.pdf`);
            p.reprint(src, pdf);
          } else if (p.printer === 'chromium') chromiumPdf(html, pdf);
          else libreofficePdf(html, pdf);
        } catch (e) {
          console.error(`s${seed} ${name}: print failed (${String(e.message).slice(0, 80)})`);
          continue;
        }
      }
      for (const [turn, args] of pick(TURNS, 'turns')) {
        const turned = turn === 'none' ? pdf : join(dir, `${name}-${turn}.pdf`);
        if (!existsSync(turned)) {
          if (Array.isArray(args)) run('qpdf', [pdf, ...args, turned]);
          else gsTurn(pdf, turned, args.gs);
        }
        for (const [tool, targs] of pick(TOOLS, 'tools')) {
          const out = join(dir, 'dumps', `${name}.${turn}.${tool}.txt`);
          if (!existsSync(out)) writeFileSync(out, dumpOf(targs, turned));
        }
      }
    }
    console.log(`s${seed}: ${rep.version}${rep.combined ? ' combined' : ''} scale ${rep.scale} zeros ${rep.zeros} ${rep.undetermined.length ? 'na/dash' : ''} ${JSON.stringify(rep.look)}`);
  }
}

let dist;
function awaitDist() {
  if (!dist) throw new Error('dist not loaded');
  return dist;
}

async function measure() {
  const tag = stringArg('tag', 'now');
  const only = stringArg('only', '');
  const TIMEOUT = Number(stringArg('timeout', '400000'));
  const { extract } = awaitDist();
  const rows = [];
  for (const s of readdirSync(DIR).filter((d) => /^s\d+$/.test(d)).sort()) {
    const truth = JSON.parse(readFileSync(join(DIR, s, 'truth.json'), 'utf8'));
    for (const f of readdirSync(join(DIR, s, 'dumps')).sort()) {
      if (only && !f.includes(only)) continue;
      const [print, turn, tool] = f.split('.');
      let rep;
      try {
        rep = await extract(new Uint8Array(readFileSync(join(DIR, s, 'dumps', f))), { name: f, timeoutMs: TIMEOUT });
      } catch (e) {
        console.error(`${s}/${f}: ${e.code ?? e.message}`);
        rep = {};
      }
      const got = new Map(awaitDist().flattenData(rep.data ?? {}));
      const v = { s, print, turn, tool, det: 0, right: 0, sure: 0, missing: 0, low: 0, mid: 0, silent: 0, misses: [] };
      for (const [k, want] of Object.entries(truth.expected)) {
        if (want === null) continue;
        v.det++;
        const g = got.get(k);
        const c = rep.fields?.[k]?.confidence ?? 0;
        if (g === want) (v.right++, c >= 0.9 && v.sure++);
        else if (g === null || g === undefined) v.missing++;
        else {
          if (c >= 0.9) v.silent++;
          else if (c >= 0.8) v.mid++;
          else v.low++;
          v.misses.push(`${k} ${g}@${c} want ${want}`);
        }
      }
      rows.push(v);
    }
  }
  writeFileSync(join(DIR, `res-${tag}.json`), JSON.stringify(rows));
  table(rows, (v) => `${v.turn}.${v.tool}`, 'order (turn.tool)');
  table(rows, (v) => `${v.print}.${v.turn}.${v.tool}`, 'path');
  if (process.argv.includes('--misses')) for (const v of rows) for (const m of v.misses) console.log(`${v.s}/${v.print}.${v.turn}.${v.tool}: ${m}`);
}

function table(rows, keyOf, title) {
  const by = new Map();
  for (const v of rows) {
    const t = by.get(keyOf(v)) ?? by.set(keyOf(v), { n: 0, det: 0, right: 0, sure: 0, missing: 0, low: 0, mid: 0, silent: 0 }).get(keyOf(v));
    t.n++;
    for (const k of ['det', 'right', 'sure', 'missing', 'low', 'mid', 'silent']) t[k] += v[k];
  }
  const all = { n: 0, det: 0, right: 0, sure: 0, missing: 0, low: 0, mid: 0, silent: 0 };
  for (const t of by.values()) for (const k of Object.keys(all)) all[k] += t[k];
  by.set('TOTAL', all);
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`\n${title.padEnd(24)}${['docs', 'det', 'right%', 'R>=.9%', 'missing', 'W<.8', 'W.8-.9', 'W>=.9'].map((h) => h.padStart(8)).join('')}`);
  for (const [k, t] of by) console.log(k.padEnd(24) + [t.n, t.det, pct(t.right, t.det), pct(t.sure, t.det), t.missing, t.low, t.mid, t.silent].map((c) => String(c).padStart(8)).join(''));
}

function compare(a, b) {
  const A = JSON.parse(readFileSync(join(DIR, `res-${a}.json`), 'utf8'));
  const B = JSON.parse(readFileSync(join(DIR, `res-${b}.json`), 'utf8'));
  console.log(`=== ${a}`);
  table(A, (v) => `${v.turn}.${v.tool}`, 'order (turn.tool)');
  console.log(`=== ${b}`);
  table(B, (v) => `${v.turn}.${v.tool}`, 'order (turn.tool)');
}

if (cmd === 'compare') compare(process.argv[4], process.argv[5]);
else {
  const base = resolve(stringArg('dist', 'dist'));
  dist = await import(join(base, existsSync(join(base, 'index.js')) ? 'index.js' : 'entry.js'));
  if (cmd === 'make') make();
  else await measure();
}
