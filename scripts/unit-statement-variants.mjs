#!/usr/bin/env node
/**
 * @file Where the unit of table 二's money amount (行政事业性收费's 收费金额, 2019's 采购总金额) is stated, and whether
 * the product reads it (session 47, unit47: '单位：元' on a line of its own before the header was ignored, 55743200 元
 * read as 55743200 万元 at 0.85 [unitAssumed]). Per seed:
 *  - template: 2021 (fees) or 2019 (procurement, beside its count);
 *  - the amount printed in 元, 千元 or 万元 (元: the 万元 value × 10 000);
 *  - where the unit is stated (PLACES): a line of its own before / after the header ('单位：元', '（单位：项/元）',
 *    '单位:元', '金额单位：元'), the small table's caption ('表4 收费情况（单位：元）'), the value's header cell
 *    ('收费金额（元）'), a note under the table ('注：金额单位为元'), after the value ('52000元'), a row of its own
 *    inside the table, a '（单位：万元）' caption split over a page break ('（单位：万' / page / '元）');
 *    and three the input does not determine: no unit at all with the amount in 元 (a magnitude no agency's fees reach in
 *    万元), two statements that disagree ('单位：元' line, '（万元）' header), a unit-like statement not understood
 *    ('单位：美元', a cut '单位：万') — scored right only when missing or below 0.8;
 *  - brackets full-width, half-width or none; colon full-width, half-width or none;
 *  - format (FORMATS): tab text, space-aligned text, HTML, and the HTML printed by Chromium and read as a PDF, its
 *    `pdftotext -layout` and plain `pdftotext` dumps and `pdftohtml -xml`.
 * Scores the amount (and the other fields of the report: every one must read as on a plain copy) against the values chosen:
 * right, right at ≥ 0.9, wrong at ≥ 0.9, wrong at 0.8–0.9, wrong below 0.8 / missing.
 *
 *   npm run build && nice node scripts/unit-statement-variants.mjs [--seeds 1..77] [--dist DIR] [--formats tab,html,…]
 *     [--show] [--out DIR]
 * Dev seeds 1..77 were looked at (session 47: 7 formats × 11 places); 1001..1077 held out (scored only). PDFs are cached under --out
 * (default /tmp/xxgk-unit-statements). Exit 1 on a field wrong at ≥ 0.8.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedRange, stringArg } from './cli-args.mjs';
import { countVerdict, rng, verdictLine, verdictTally } from './template-data.mjs';
import { tabLinesHtml } from './render-html.mjs';
import { chromiumPdf } from './print-pdf.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [lo, hi] = seedRange("1..77");
const dist = stringArg('dist', process.env.XXGK_DIST ?? join(ROOT, 'dist'));
const out = stringArg('out', '/tmp/xxgk-unit-statements');
const show = process.argv.includes('--show');
const FORMATS = stringArg('formats', 'tab,space,html,pdf,ptt-layout,ptt-plain,p2h-xml').split(',');
const { extract, flattenData } = await import(pathToFileURL(join(dist, 'index.js')).href);

const Y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const Y2021 = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
/** Money units and the factor from 万元 to the printed number. */
const MONEY = { 元: 10000, 千元: 10, 万元: 1 };
const PLACES = ['lineBefore', 'lineAfter', 'caption', 'headerCell', 'note', 'suffix', 'ownRow', 'pageSplit', 'none', 'conflict', 'unclear'];
/** Placements whose input does not determine the amount. */
const UNDETERMINED = new Set(['none', 'conflict', 'unclear']);

/** One variant: the report's tab lines (a '\f' line a page break), its name and the values it determines (null: none). */
export function makeCase(seed) {
  const r = rng(seed * 4099 + 11);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const v2019 = r() < 0.4;
  const place = PLACES[seed % PLACES.length];
  const format = FORMATS[Math.floor(seed / PLACES.length) % FORMATS.length];
  let money = pick(Object.keys(MONEY));
  if (place === 'none' || place === 'conflict') money = '元';
  if (place === 'pageSplit') money = '万元';
  const wan = Math.round((100 + r() * 90000) * 100) / 100;
  const printed = String(Math.round(wan * MONEY[money] * 100) / 100);
  const items = 1 + Math.floor(r() * 40);
  const [open, close] = pick([['（', '）'], ['(', ')'], ['', '']]);
  const colon = pick(['：', ':', '']);
  const stated = (u) => (open ? `${open}单位${colon || '：'}${u}${close}` : `单位${colon}${u}`);
  const unitWord = r() < 0.25 ? `项/${money}` : money;
  const [label, headCells, valueCells, key] = v2019
    ? ['政府集中采购', ['信息内容', '采购项目数量', '采购总金额'], [String(items), printed], 'procurement.amount']
    : ['行政事业性收费', ['信息内容', '本年收费金额'], [printed], 'fees.amount'];
  const headOld = v2019 ? '信息内容\t采购项目数量\t采购总金额' : '信息内容\t本年收费金额（单位：万元）';
  const gold = { [`activeDisclosure.${key}`]: UNDETERMINED.has(place) ? null : wan };
  if (v2019) gold['activeDisclosure.procurement.items'] = items;
  let head = [...headCells];
  let row = [label, ...valueCells];
  let before = [];
  let after = [];
  let inside = [];
  const width = head.length;
  if (place === 'lineBefore') before = [pick([stated(unitWord), `金额单位：${money}`])];
  else if (place === 'lineAfter') inside = [stated(unitWord)];
  else if (place === 'caption') before = [`${pick(['表4 ', '附表：', ''])}${v2019 ? '政府集中采购情况' : '行政事业性收费情况'}${open || '（'}单位${colon}${money}${close || '）'}`];
  else if (place === 'headerCell') head[width - 1] += `${open || '（'}${pick(['', '单位：'])}${money}${close || '）'}`;
  else if (place === 'note') after = [pick([`注：金额单位为${money}`, `注：表中金额单位：${money}。`, `备注：${stated(money)}`])];
  else if (place === 'suffix') row[width - 1] += pick([money, ` ${money}`]);
  else if (place === 'ownRow') inside = [`单位：${unitWord}`];
  else if (place === 'pageSplit') {
    before = [`${v2019 ? '政府集中采购情况' : '行政事业性收费情况'}（单位：万`, '\f', pick(['元）', '元)'])];
  } else if (place === 'conflict') {
    before = [stated(pick(['元', '千元']))];
    head[width - 1] += '（万元）';
  } else if (place === 'unclear') before = [pick([stated('美元'), '单位：万', '（单位：万美'])];
  const block = [...before, head.join('\t'), ...inside, row.join('\t'), ...after];
  const lines = (v2019 ? Y2019 : Y2021).split('\n');
  const at = lines.indexOf(headOld);
  lines.splice(at, 2, ...block);
  return { name: `s${seed}-${v2019 ? 2019 : 2021}-${place}-${money}-${format}`, lines, gold, place, format, inside: inside.length > 0 };
}

/** Space-aligned text: every cell at a fixed column. */
const spaced = (l) => l.split('\t').map((c, i, cs) => (i < cs.length - 1 ? c.padEnd(i === 0 ? 16 : 12, ' ') : c)).join(' ');

/** A case's lines as HTML: a row of its own inside the table spans it; a '\f' line a page break. */
function toHtml(c) {
  const lines = c.lines.map((l) => (c.inside && /^(?:[(（]?单位)/.test(l) ? `${l}\t` : l));
  return tabLinesHtml(lines).replace(/<p>\f<\/p>/g, '<div style="page-break-after:always"></div>');
}

const run = (cmd, args) => execFileSync(cmd, args, { maxBuffer: 1 << 26, timeout: 120_000 }).toString('utf8');

/** The case's bytes in its format (PDFs printed once into `out`). */
function bytesOf(c) {
  if (c.format === 'tab') return { bytes: new TextEncoder().encode(c.lines.join('\n')), name: `${c.name}.txt` };
  if (c.format === 'space') return { bytes: new TextEncoder().encode(c.lines.map(spaced).join('\n')), name: `${c.name}.txt` };
  const html = toHtml(c);
  if (c.format === 'html') return { bytes: new TextEncoder().encode(html), name: `${c.name}.html` };
  mkdirSync(out, { recursive: true });
  const pdf = join(out, `${c.name}.pdf`);
  if (!existsSync(pdf)) chromiumPdf(html, pdf);
  if (c.format === 'pdf') return { bytes: readFileSync(pdf), name: `${c.name}.pdf` };
  const dumps = {
    'ptt-layout': () => run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']),
    'ptt-plain': () => run('pdftotext', ['-enc', 'UTF-8', pdf, '-']),
    'p2h-xml': () => run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]),
  };
  const dump = join(out, `${c.name}.${c.format === 'p2h-xml' ? 'xml' : 'txt'}`);
  if (!existsSync(dump)) writeFileSync(dump, dumps[c.format]());
  return { bytes: readFileSync(dump), name: dump.split('/').at(-1) };
}

const tally = verdictTally;
const total = tally();
const by = {};
for (let seed = lo; seed <= hi; seed++) {
  const c = makeCase(seed);
  const { bytes, name } = bytesOf(c);
  const rep = await extract(bytes, { name }).catch((e) => e);
  const data = rep instanceof Error ? new Map() : flattenData(rep.data);
  for (const [k, want] of Object.entries(c.gold)) {
    const got = data.get(k) ?? null;
    const f = rep.fields?.[k] ?? { confidence: 0, flags: [] };
    const right = want === null ? got === null || f.confidence < 0.8 : got === want;
    countVerdict([total, (by[`${c.place}`] ??= tally()), (by[`@${c.format}`] ??= tally())], right, f.confidence);
    if (!right && (show || f.confidence >= 0.8)) console.log(f.confidence >= 0.8 ? 'WRONG' : 'low  ', name, k, 'want', want, 'got', got, f.confidence, f.flags.join(','));
  }
}
const line = verdictLine;
for (const [k, s] of Object.entries(by).sort()) console.log(k.padEnd(12), line(s));
console.log('all         ', line(total));
process.exit(total.wrongHi + total.wrong89 > 0 ? 1 : 0);
