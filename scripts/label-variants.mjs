#!/usr/bin/env node
/**
 * @file Variants of the label and empty-cell layouts of issue 16, from random template values, read
 * by the built library and scored against the values chosen (never against the extractor):
 * fields right, wrong (a value that is not the chosen one), missing, and wrong at confidence ≥ 0.9.
 *
 *   npm run build && node scripts/label-variants.mjs [--seeds 1000..1040] [--kinds noise,tail,...] [--verbose]
 *
 * Operators (each variant applies one kind, with random choices from the seed):
 * - noise:  a stray header line before the first row ('（2023年版）'), numbering with inner spaces
 *           ('( 七 ) 总计'), the tail of the previous label glued before a short label ('开申请3.其他');
 * - tail:   a long label cut in two, its tail on the next line as a row of empty cells, as a text-only
 *           line, after a page break ('— 3 —'), or its head on a row of empty cells above the values;
 * - blank:  zeros printed as empty cells and the 总计 column left empty on some rows (tab, markdown, HTML);
 * - six:    （六） as one row or three, with label tails that add rows (the layout must come from labels);
 * - wrap:   labels wrapped inside their cell around the values: head above, tail below, or both;
 * - lifted: a PDF-to-markdown converter lifted a block of labels out of the table (labels, then
 *           label-less value rows);
 * - active: table 二's labels wrapped ('行政规范性' / '文件'), tails on text lines or rows of empty cells;
 * - mix:    several of the above on one report;
 * - shifted: a block of table 三's labels attached one row off (above or below their values), as
 *           PDF-to-markdown converters do: right values or low confidence, never wrong at ≥ 0.9;
 * - docx:   the .docx sample with its number runs wrapped in Word simple fields (MERGEFIELD).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { activeTable, requestTable, reviewTable, renderRows, textReport, base, H, NARRATIVE } from './make-samples.mjs';
import { makeValues, rng } from './template-data.mjs';
import { renderHtml } from './render-html.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(join(ROOT, 'dist/index.js'));
const [from, to] = seedRange('1000..1040');
const KINDS = stringArg('kinds', 'noise,tail,blank,six,wrap,lifted,active,mix,shifted,docx').split(',');
const VERBOSE = process.argv.includes('--verbose');
/** --dump DIR: write every variant's document there (to look at one by hand). */
const DUMP = stringArg('dump', '');

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const dataRows = (rows) => rows.map((x, i) => [x, i]).filter(([x]) => x.kind === 'data');

/** noise: stray header, spaced numbering, glued tail of the previous label. */
function noise(t, r) {
  const stray = pick(r, ['（2023年版）', '2019年起', '（单位：件）', '（续表）']);
  const target = pick(r, ['activeDisclosure', 'requests']);
  const first = t[target].findIndex((x) => x.kind === 'data');
  t[target].splice(first, 0, { kind: 'text', cells: [stray] });
  for (const [row] of dataRows(t.requests)) {
    if (r() < 0.5) row.cells[0] = row.cells[0].replace(/（([一二三四五六七])）/, '( $1 ) ');
  }
  const rows = dataRows(t.requests);
  const [row, i] = pick(r, rows.filter(([x]) => /其他$|总计$/.test(x.cells[0])));
  const prev = rows.filter(([, j]) => j < i).at(-1)?.[0];
  if (prev) row.cells[0] = `${prev.cells[0].slice(-3)}${row.cells[0]}`;
  return `stray '${stray}' in ${target}; glued before '${row.cells[0]}'`;
}

/** tail: one long label split over two lines in one of four ways. */
function tail(t, r, style) {
  const rows = dataRows(t.requests).filter(([x]) => x.cells[0].replace(/^[（(]?[一二三四五六七八\d]+[)）.、]\s*/, '').length >= 6);
  const [row, i] = pick(r, rows);
  const label = row.cells[0];
  const cut = 3 + Math.floor(r() * (label.length - 5));
  const [head, rest] = [label.slice(0, cut), label.slice(cut)];
  const empties = row.cells.slice(1).map(() => '');
  const modes = style === 'html' ? ['blankRow', 'headAbove'] : style === 'tab' || style === 'markdown' ? ['blankRow', 'textLine', 'nextPage', 'headAbove'] : ['textLine', 'nextPage'];
  const mode = pick(r, modes);
  if (mode === 'headAbove') {
    row.cells[0] = rest;
    t.requests.splice(i, 0, { kind: 'data', key: 'fragment', group: row.group, cells: [head, ...empties] });
    row.group = '';
  } else {
    row.cells[0] = head;
    const extra = mode === 'blankRow' ? [{ kind: 'data', key: 'fragment', group: '', cells: [rest, ...empties] }] : mode === 'textLine' ? [{ kind: 'text', cells: [rest] }] : [{ kind: 'text', cells: ['— 3 —'] }, { kind: 'text', cells: [rest] }];
    t.requests.splice(i + 1, 0, ...extra);
  }
  return `${mode}: '${head}' / '${rest}'`;
}

/** blank: zeros empty, and the total column empty on a share of rows. */
function blank(t, r) {
  const share = r();
  let n = 0;
  for (const rows of [t.activeDisclosure, t.requests, t.reviewLitigation]) {
    for (const row of rows) if (row.kind === 'data') row.cells = row.cells.map((c, j) => (j > 0 && c === '0' ? '' : c));
  }
  for (const [row] of dataRows(t.requests)) {
    if (r() < share) {
      row.cells[7] = '';
      n++;
    }
  }
  return `zeros empty, ${n} totals empty`;
}

/** wrap: a label wrapped inside its cell around the values: head above and/or tail below, text-only lines. */
function wrap(t, r) {
  const notes = [];
  for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
    const rows = dataRows(t.requests).filter(([x]) => x.cells[0].length >= 8 && !x.wrapped);
    if (rows.length === 0) break;
    const [row, i] = pick(r, rows);
    const label = row.cells[0];
    const a = 2 + Math.floor(r() * (label.length / 2 - 1));
    const b = Math.min(label.length - 2, a + 2 + Math.floor(r() * (label.length - a - 3)));
    const mode = pick(r, ['above', 'below', 'around']);
    row.wrapped = true;
    if (mode === 'above') {
      row.cells[0] = label.slice(a);
      t.requests.splice(i, 0, { kind: 'text', cells: [label.slice(0, a)] });
    } else if (mode === 'below') {
      row.cells[0] = label.slice(0, b);
      t.requests.splice(i + 1, 0, { kind: 'text', cells: [label.slice(b)] });
    } else {
      row.cells[0] = label.slice(a, b);
      t.requests.splice(i + 1, 0, { kind: 'text', cells: [label.slice(b)] });
      t.requests.splice(i, 0, { kind: 'text', cells: [label.slice(0, a)] });
    }
    notes.push(`${mode} '${label}' @${a},${b}`);
  }
  return notes.join('; ');
}

/** lifted: a converter lifted the labels of a block of rows out of the table: labels first, then label-less value rows. */
function lifted(t, r) {
  const rows = dataRows(t.requests);
  const start = Math.floor(r() * (rows.length - 4));
  const len = 2 + Math.floor(r() * Math.min(6, rows.length - start - 2));
  const block = rows.slice(start, start + len).map(([x]) => x);
  const labels = block.map((x) => ({ kind: 'text', cells: [x.group ? `${x.group}${x.cells[0]}` : x.cells[0]] }));
  for (const x of block) {
    x.cells[0] = '';
    x.group = '';
  }
  const at = t.requests.indexOf(block[0]);
  t.requests.splice(at, 0, ...labels);
  return `${len} labels lifted from row ${start}`;
}

/** active: table 二's labels wrapped (tail on the next line or a row of empty cells) and its zeros empty. */
function active(t, r, style) {
  const notes = [];
  for (const [row, i] of dataRows(t.activeDisclosure).reverse()) {
    const label = row.cells[0];
    if (label.length < 4 || r() < 0.5) continue;
    const cut = 2 + Math.floor(r() * (label.length - 3));
    row.cells[0] = label.slice(0, cut);
    const tailRow = style === 'tab' && r() < 0.5 ? { kind: 'data', cells: [label.slice(cut), ...row.cells.slice(1).map(() => '')] } : { kind: 'text', cells: [label.slice(cut)] };
    t.activeDisclosure.splice(i + 1, 0, tailRow);
    notes.push(`'${label.slice(0, cut)}/${label.slice(cut)}'`);
  }
  return notes.join(' ');
}

/**
 * shifted: a PDF-to-markdown converter attached a block of labels to the wrong rows, one row off:
 * 'up' — each label one row above its values (the first label alone on a row of empty cells, the
 * last value row without a label); 'down' — each label one row below (the first value row without
 * a label, the last label alone on a row of empty cells after the block). Whether the identities
 * can tell depends on the values: the right result is the right value or a low confidence.
 */
function shifted(t, r) {
  const rows = dataRows(t.requests);
  const len = 2 + Math.floor(r() * 4);
  const start = Math.floor(r() * (rows.length - len));
  const block = rows.slice(start, start + len).map(([x]) => x);
  const labels = block.map((x) => (x.group ? `${x.group}${x.cells[0]}` : x.cells[0]));
  const empties = block[0].cells.slice(1).map(() => '');
  for (const x of block) x.group = '';
  const mode = pick(r, ['up', 'down']);
  if (mode === 'up') {
    block.forEach((x, k) => (x.cells[0] = labels[k + 1] ?? ''));
    t.requests.splice(t.requests.indexOf(block[0]), 0, { kind: 'data', key: 'fragment', group: '', cells: [labels[0], ...empties] });
  } else {
    block.forEach((x, k) => (x.cells[0] = labels[k - 1] ?? ''));
    t.requests.splice(t.requests.indexOf(block.at(-1)) + 1, 0, { kind: 'data', key: 'fragment', group: '', cells: [labels.at(-1), ...empties] });
  }
  return `${mode} ${len} labels from row ${start}`;
}

/** mix: several operators on one report. */
function mix(t, r, style) {
  const ops = [noise, tail, wrap, active, ...(style === 'tab' || style === 'markdown' ? [blank] : [])].filter(() => r() < 0.6);
  return ops.map((op) => `${op.name}: ${op(t, r, style)}`).join(' | ');
}

function six(t, r, style) {
  return `${tail(t, r, style)}; ${r() < 0.5 ? tail(t, r, style) : ''}`;
}

/** Text rows print as bare lines; the others in the style's own way. */
function renderText(rows, style) {
  return rows.map((x) => (x.kind === 'text' ? x.cells[0] : renderRows([x], style))).join('\n');
}

function render(t, style, b) {
  if (style === 'html') {
    const title = `${b.agency}${b.year}年政府信息公开工作年度报告`;
    return Buffer.from(renderHtml({ title, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H }));
  }
  const tables = Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, renderText(rows, style)]));
  return Buffer.from(textReport({ ...b, tables }));
}

const OPS = { noise, tail, blank, six, wrap, lifted, active, mix, shifted };
const STYLES = { noise: ['tab', 'cellPerLine', 'layout', 'markdown', 'html'], tail: ['tab', 'layout', 'markdown', 'html'], blank: ['tab', 'markdown', 'html'], six: ['tab', 'markdown', 'html'], wrap: ['tab', 'layout', 'markdown'], lifted: ['tab', 'layout', 'markdown'], active: ['tab', 'layout', 'markdown'], mix: ['tab', 'layout', 'markdown'], shifted: ['markdown', 'markdown', 'tab'] };

/** A text or HTML variant: data, document bytes, file name, description. */
function variant(kind, seed) {
  const r = rng(seed * 7 + kind.length);
  const style = pick(r, STYLES[kind]);
  const combined = kind === 'six' ? r() < 0.5 : r() < 0.3;
  const b = base(seed);
  const data = makeValues(seed, { combined });
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const what = OPS[kind](t, r, style);
  return { data, bytes: render(t, style, b), name: `v${seed}.${style === 'html' ? 'html' : 'txt'}`, what: `${style}${combined ? ' combined' : ''}: ${what}` };
}

/** The .docx sample with a share of its number runs wrapped in MERGEFIELD simple fields. */
async function docxVariant(seed) {
  const r = rng(seed);
  const zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'samples/docx-word.docx')));
  const xml = await zip.file('word/document.xml').async('string');
  const share = 0.3 + 0.7 * r();
  let n = 0;
  const out = xml.replace(/<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: [^>]*)?>[\d.]+<\/w:t><\/w:r>/g, (run) => {
    if (r() >= share) return run;
    n++;
    return `<w:fldSimple w:instr=" MERGEFIELD f${n} \\* MERGEFORMAT ">${run}</w:fldSimple>`;
  });
  zip.file('word/document.xml', out);
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden/docx-word.golden.json'), 'utf8'));
  return { data: golden.data, bytes: await zip.generateAsync({ type: 'uint8array' }), name: `v${seed}.docx`, what: `docx: ${n} runs in fields` };
}

const flat = (d, p = '') => Object.entries(d).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));

const totals = {};
for (const kind of KINDS) {
  const s = (totals[kind] = { docs: 0, fields: 0, right: 0, wrong: 0, missing: 0, wrongHigh: 0, failed: 0 });
  for (let seed = from; seed < to; seed++) {
    const v = kind === 'docx' ? await docxVariant(seed) : variant(kind, seed);
    s.docs++;
    if (DUMP) writeFileSync(join(DUMP, `${kind}-${v.name}`), v.bytes);
    let report;
    try {
      report = await extract(new Uint8Array(v.bytes), { name: v.name });
    } catch (e) {
      s.failed++;
      console.log(`${kind} ${seed} FAILED ${e.code}: ${v.what}`);
      continue;
    }
    const got = flattenData(report.data);
    const bad = [];
    for (const [key, want] of flat(v.data)) {
      s.fields++;
      const value = got.get(key);
      const conf = report.fields[key]?.confidence ?? 0;
      if (value === want || (typeof want === 'number' && typeof value === 'number' && Math.abs(value - want) < 1e-6)) s.right++;
      else if (value === null || value === undefined) {
        s.missing++;
        bad.push(`${key}=∅ (want ${want})`);
      } else {
        s.wrong++;
        if (conf >= 0.9) s.wrongHigh++;
        bad.push(`${key}=${value}@${conf} (want ${want})${conf >= 0.9 ? ' !!' : ''}`);
      }
    }
    if (bad.length && (VERBOSE || bad.some((x) => x.endsWith('!!')))) console.log(`${kind} ${seed} [${v.what}] ${bad.length} off: ${bad.slice(0, 6).join('; ')}`);
  }
}
for (const [kind, s] of Object.entries(totals)) {
  const pct = s.fields ? ((100 * s.right) / s.fields).toFixed(2) : '-';
  console.log(`${kind.padEnd(6)} docs ${s.docs} fields ${s.fields} right ${pct}% wrong ${s.wrong} missing ${s.missing} wrong@>=0.9 ${s.wrongHigh} failed ${s.failed}`);
}
