#!/usr/bin/env node
/**
 * @file Table 三 printed with each row's label on a line of its own, scored against the values
 * chosen (never the extractor's). Layouts (`--layouts`, default all):
 *
 * Clean, where nothing is in doubt (sub-rows should reach ≥ 0.9):
 * - `lines`: label line, then values line (LF or CRLF, tab or space separated; the block label
 *   before the first sub-row, on its line or a line of its own).
 * - `wrapped`: as `lines`, long labels wrapped over two lines.
 * - `valuesFirst`: values line, then its label line.
 * - `reordered`: as `lines`, one block's sub-rows printed in another order (labels with their values).
 *
 * Dangerous, where the values' owner may be in doubt (must stay < 0.9 when wrong):
 * - `pile`: `pdftotext -layout` of vertically centred cells: labels on their values lines except
 *   for two sub-rows of a block whose labels wrap: row n+1's label start printed above row n's
 *   values ('A1' / 'A2' / 'B1' / values A / 'B2 values B'; B2 sometimes only B's last character or
 *   two); row n's label sometimes lost or garbled.
 * - `linePile`: the same pile in a label-line dump ('A' / 'B1' / values A / 'B2' / values B), A's
 *   label sometimes lost or garbled, or wrapped over two lines above B1.
 * - `lost`: as `lines`, some sub-row labels lost (their line missing, or only the number left) or
 *   garbled (characters replaced).
 * - `swapped`: as `lines`, two sub-rows' label lines swapped (each label over the other's values,
 *   out of the block's order): labels and order disagree, so those rows' values must stay < 0.9.
 *
 *   npm run build && nice node scripts/label-line-variants.mjs [--seeds 1..20] [--layouts lines,pile] [--show]
 * Prints per layout: right at ≥ 0.9, right below 0.9 (capped), wrong or missing below 0.9, wrong ≥ 0.9.
 * Exit 1 on a field wrong at ≥ 0.9.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { base, activeTable, reviewTable, renderRows, textReport } from './make-samples.mjs';
import { COLS, get, makeValues, requestRows, requestValues, rng } from './template-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, flattenData } = await import(pathToFileURL(join(process.env.XXGK_DIST ?? join(ROOT, 'dist'), 'index.js')).href);

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const [from, to] = opt('seeds', '1..10').split('..').map(Number);
const ALL = ['lines', 'wrapped', 'valuesFirst', 'reordered', 'pile', 'linePile', 'lost', 'swapped'];
const layouts = opt('layouts', ALL.join(',')).split(',');

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const BLOCKS = ['denied', 'unavailable', 'notProcessed', 'otherHandling'];
const HEADER = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他'];

/** A label with characters replaced (a damaged print), keeping its item number. */
function garble(label, r) {
  const chars = [...label];
  const start = (/^\d+[.、]/.exec(label)?.[0].length ?? 0);
  const n = Math.max(2, Math.floor((chars.length - start) * 0.6));
  for (let i = 0; i < n; i++) chars[start + Math.floor(r() * (chars.length - start))] = pick(r, ['�', '口', '囗', '']);
  return chars.join('');
}

/** Cuts a label in two inside its text (after its item numbers, both halves non-empty), or null when it is short. */
function cut(label, r) {
  const chars = [...label];
  const head = [...(/^(?:\S*[）)]\S*\s*)?(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、])?/u.exec(label)?.[0] ?? '')].length;
  const room = chars.length - head - 3;
  if (room < 2) return null;
  const at = head + 2 + Math.floor(r() * room);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

/** Sub-row indices (in `rows`) of a block. */
const blockRows = (rows, block) => rows.map((x, i) => (x.key.startsWith(`${block}.`) ? i : -1)).filter((i) => i >= 0);

function build(seed, layout) {
  const r = rng(seed * 9241 + ALL.indexOf(layout) * 131 + 7);
  const data = makeValues(5000 + seed);
  const sep = r() < 0.5 ? '\t' : pick(r, [' ', '  ', '    ']);
  const eol = r() < 0.4 ? '\r\n' : '\n';
  const groupOwnLine = r() < 0.4;
  const rows = requestRows(false).map(([group, label, key]) => ({ group, label, key, values: requestValues(data, key).map(String) }));
  const truth = new Map();
  for (const x of rows) COLS.forEach((c) => truth.set(`requests.${x.key}.${c}`, get(data, `requests.${x.key}.${c}`)));
  const note = [];
  const doubt = new Set();
  // Sub-row labels printed without their item numbers (some reports): nothing marks a label's start.
  if (['lines', 'linePile', 'lost', 'wrapped'].includes(layout) && r() < 0.3) {
    for (const x of rows) x.label = x.label.replace(/^\d+\./, '');
    note.push('bare');
  }
  // A unit line under the header (not a header word): text above the first row's label.
  const unit = r() < 0.3 ? ['单位：件'] : [];
  if (unit.length) note.push('unit');
  const block = pick(r, BLOCKS);
  const at = blockRows(rows, block);
  if (layout === 'reordered') {
    const order = [...at].sort(() => r() - 0.5);
    if (order.every((i, n) => i === at[n])) order.reverse();
    const moved = order.map((i) => rows[i]);
    moved.forEach((x, n) => (x.group = n === 0 ? rows[at[0]].group : ''));
    at.forEach((i, n) => (rows[i] = moved[n]));
    note.push(block);
  }
  if (layout === 'lost') {
    for (const i of at) {
      if (r() < 0.5) continue;
      const how = pick(r, ['line', 'number', 'garble']);
      rows[i].label = how === 'line' ? '' : how === 'number' ? /^\d+[.、]/.exec(rows[i].label)?.[0] ?? '' : garble(rows[i].label, r);
      note.push(`${rows[i].key}:${how}`);
    }
  }
  if (layout === 'swapped') {
    const n = Math.floor(r() * (at.length - 1));
    const [a, b] = [rows[at[n]], rows[at[n + 1]]];
    [a.label, b.label] = [b.label, a.label];
    // Labels say one thing, the rows' order another: either reading may be the report's, so a
    // value of these rows at ≥ 0.9 counts as wrong when the two readings differ.
    COLS.forEach((c, i) => {
      if (a.values[i] !== b.values[i]) doubt.add(`requests.${a.key}.${c}`).add(`requests.${b.key}.${c}`);
    });
    note.push(`${a.key}<->${b.key}`);
  }
  const lines = [];
  const lab = (x) => (x.group && !groupOwnLine ? `${x.group} ${x.label}`.trim() : x.label);
  const groupLine = (x) => (x.group && groupOwnLine ? [x.group] : []);
  const vals = (x) => x.values.join(sep);
  if (layout === 'pile' || layout === 'linePile') {
    // Two sub-rows n, n+1 of one block, n+1's label wrapped, its start above n's values.
    const n = Math.floor(r() * (at.length - 1));
    const [ia, ib] = [at[n], at[n + 1]];
    const damage = pick(r, ['none', 'none', 'lost', 'garble']);
    if (damage === 'lost') rows[ia].label = '';
    if (damage === 'garble') rows[ia].label = garble(rows[ia].label, r);
    // Row n+1's label cut anywhere, or with only its last character or two below A's values.
    const tail = r() < 0.5 ? 1 + Math.floor(r() * 2) : 0;
    const bl = [...rows[ib].label];
    const parts = tail && bl.length > 4 ? [bl.slice(0, -tail).join(''), bl.slice(-tail).join('')] : cut(rows[ib].label, r) ?? [bl.slice(0, 2).join(''), bl.slice(2).join('')];
    note.push(`${rows[ia].key}+${rows[ib].key} ${damage}`);
    const pad = layout === 'pile' ? '    ' : '';
    for (const [i, x] of rows.entries()) {
      if (i === ib) continue;
      lines.push(...groupLine(x));
      if (i === ia) {
        const aParts = layout === 'pile' || r() < 0.5 ? cut(lab(x), r) ?? [lab(x)] : [lab(x)];
        lines.push(...aParts.filter(Boolean), `${pad}${parts[0]}`, `${pad}${' '.repeat(20)}${vals(x)}`);
        const b = rows[ib];
        lines.push(layout === 'pile' ? `${pad}${parts[1]}    ${vals(b)}` : parts[1], ...(layout === 'pile' ? [] : [vals(b)]));
        continue;
      }
      if (layout === 'pile') lines.push(`${pad}${lab(x)}    ${x.values.join('    ')}`);
      else lines.push(...[lab(x)].filter(Boolean), vals(x));
    }
  } else {
    for (const x of rows) {
      lines.push(...groupLine(x));
      let label = [lab(x)].filter(Boolean);
      if (layout === 'wrapped' && label.length && r() < 0.7) label = cut(label[0], r) ?? label;
      if (layout === 'valuesFirst') lines.push(vals(x), ...label);
      else lines.push(...label, vals(x));
    }
  }
  const tables = { activeDisclosure: renderRows(activeTable(data, '2021'), 'tab'), requests: [...HEADER, ...unit, ...lines].join('\n'), reviewLitigation: renderRows(reviewTable(data), 'tab') };
  const text = textReport({ ...base(5000 + seed), tables }).split('\n').join(eol);
  return { text, truth, doubt, name: `${layout} seed ${seed} ${sep === '\t' ? 'tab' : `sp${sep.length}`}${eol === '\r\n' ? ' crlf' : ''}${groupOwnLine ? ' groupLine' : ''} ${note.join(' ')}` };
}

const totals = Object.fromEntries(layouts.map((l) => [l, { right: 0, capped: 0, low: 0, wrong: 0 }]));
if (opt("dump")) { const [l, s] = opt("dump").split(":"); process.stdout.write(build(Number(s), l).text); process.exit(0); }
for (const layout of layouts) {
  for (let seed = from; seed <= to; seed++) {
    const v = build(seed, layout);
    const rep = await extract(new TextEncoder().encode(v.text), { name: 'v.txt' });
    const got = flattenData(rep.data);
    const t = totals[layout];
    const bad = [];
    let w = 0;
    for (const [k, want] of v.truth) {
      const g = got.get(k) ?? null;
      const conf = rep.fields[k]?.confidence ?? 0;
      if (v.doubt.has(k) && g !== null && conf >= 0.9) { t.wrong++; w++; bad.push(`WRONG (in doubt) ${k}=${g}@${conf}`); }
      else if (g === want && conf >= 0.9) t.right++;
      else if (g === want) t.capped++;
      else if (g !== null && conf >= 0.9) { t.wrong++; w++; bad.push(`WRONG ${k}=${g}@${conf} (want ${want})`); }
      else { t.low++; bad.push(`low ${k}=${g}@${conf} (want ${want})`); }
    }
    if (w || argv.includes('--show')) console.log(`${w ? 'SILENT' : 'ok    '} ${v.name}${bad.length ? `\n   ${bad.slice(0, argv.includes('--show') ? 8 : 4).join('\n   ')}` : ''}`);
  }
}
let wrong = 0;
for (const [l, t] of Object.entries(totals)) {
  wrong += t.wrong;
  console.log(`${l.padEnd(12)} right≥0.9 ${String(t.right).padStart(4)}  right<0.9 ${String(t.capped).padStart(4)}  wrong/missing<0.9 ${String(t.low).padStart(4)}  wrong≥0.9 ${t.wrong}`);
}
process.exit(wrong ? 1 : 0);
