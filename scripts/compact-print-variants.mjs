#!/usr/bin/env node
/**
 * @file A small office's report whose every zero prints as an EMPTY cell, its tables plain `<table cellpadding="3">`
 * markup (bordered or not), printed at a large type (body 9–16 pt, cells 2 pt less) on A4 / A5 / Letter, portrait or
 * landscape, by Chromium, LibreOffice Writer/Web (HTML → PDF) or LibreOffice's Word round trip (HTML → .docx → PDF).
 * The tables are compact: a cell's text stands 3 px (2.25 pt) inside its cell, so a borderless row's label and its first
 * number, or two header words, are one pdf.js run with a space between them ('行政规范性文件 25', '本年制发件数 本年废');
 * table 三's labels wrap over two or three lines, the row's numbers centred between them (Chromium); the rows of a ruled
 * table 三 go on over page breaks, a page of blank rows printing fewer than three numbers (pdfsparse54; the look of the
 * tester's fresh53 `sparse_blank` prints).
 *
 *   node scripts/compact-print-variants.mjs make DIR [--seeds 1..12] [--printers chromium,lo-html,lo-docx] [--big]
 *   node scripts/compact-print-variants.mjs score DIR [--dist dist[,/tmp/snapN/dist]] [--show]
 *
 * `make` writes DIR/cp-<seed>.html (the page printed), .pdf and .json (truth, blank cells, the look). `--big`: type
 * 12–16 pt only. `score` reads every cp-*.pdf with each build (`batch`, one worker, DOC_TIMEOUT ms per document, default
 * 300000) and counts the table fields right / wrong ≥ 0.9 / 0.8–0.9 / < 0.8 / missing, wholly blank tables apart; a PDF
 * whose text reaches the page's right edge (a table wider than the page, cut) is counted apart too (`cut`): its last
 * columns are not on the page. `--show` lists each document's losses. Exit 1 on a wrong value ≥ 0.8 in the last build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPdf, libreofficeDocxPdf, libreofficePdf } from './print-pdf.mjs';
import { requestRows, rng } from './template-data.mjs';
import { seedRange, stringArg } from './cli-args.mjs';

const COLS6 = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'];
const OUT_ROWS = ['granted', 'partiallyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFiles', 'denied.adminQuery', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear', 'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation'];
const OTHER3 = ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other'];
/** Table 三's row labels and group labels as the template prints them (template-data requestRows). */
const LABELS = Object.fromEntries([...requestRows(false), ...requestRows(true)].map(([, label, key]) => [key, label]));
const GROUP_LABEL = Object.fromEntries(requestRows(false).filter(([g, , k]) => g && k.includes('.')).map(([g, , k]) => [k.split('.')[0], g]));
const RV_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const RV_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const RV_LABEL = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const PAGES = ['A4', 'A4', 'A5', 'Letter', 'A4 landscape', 'A5 landscape'];
/** The printers drawn from (Chromium 3 in 5, as the tester's prints). */
const PRINTERS = ['chromium', 'chromium', 'chromium', 'lo-html', 'lo-docx'];
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, a, b) => a + Math.floor(r() * (b - a + 1));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The values: a small office (sparse: most cells 0), table 三's rows summing to （七）总计 and 一 + 二 = 总计 + 四. */
function values(r, version) {
  const rows = [...OUT_ROWS, ...(version === '2021' ? OTHER3 : ['otherHandling.combined'])];
  const per = Object.fromEntries(['newReceived', 'carriedOver', ...rows, 'totalHandled', 'carriedForward'].map((k) => [k, {}]));
  for (const c of COLS6) {
    const live = r() < (c === 'naturalPerson' ? 0.55 : 0.2);
    let tot = 0;
    for (const k of rows) {
      const v = live && r() < (['granted', 'partiallyGranted', 'unavailable.notHeld'].includes(k) ? 0.5 : 0.08) ? int(r, 1, 4) : 0;
      per[k][c] = v;
      tot += v;
    }
    per.totalHandled[c] = tot;
    const cf = live && r() < 0.2 ? int(r, 0, 2) : 0;
    const co = live && r() < 0.2 ? Math.min(tot + cf, int(r, 0, 1)) : 0;
    per.carriedForward[c] = cf;
    per.carriedOver[c] = co;
    per.newReceived[c] = tot + cf - co;
  }
  for (const k of Object.keys(per)) per[k].total = COLS6.reduce((s, c) => s + per[k][c], 0);
  const n = () => (r() < 0.35 ? int(r, 1, 30) : 0);
  const active = {};
  if (version === '2021') {
    for (const k of ['regulations', 'normativeDocuments']) active[k] = { issued: n(), repealed: n(), inForce: n() };
    for (const k of ['licensing', 'punishment', 'coercion']) active[k] = { decisions: n() };
    active.fees = { amount: r() < 0.3 ? int(r, 1, 99) : 0 };
  } else {
    for (const k of ['regulations', 'normativeDocuments']) {
      const pub = n();
      active[k] = { created: n(), published: pub, totalPublic: pub + n() };
    }
    for (const k of ['licensing', 'otherServices', 'punishment', 'coercion']) active[k] = { prevItems: n(), change: r() < 0.3 ? int(r, 1, 40) : 0, decisions: n() };
    active.fees = { prevItems: n(), change: 0 };
    active.procurement = { items: n(), amount: r() < 0.3 ? int(r, 1, 99) : 0 };
  }
  const review = {};
  for (const g of RV_GROUPS) {
    const v = Object.fromEntries(RV_COLS.slice(0, 4).map((c) => [c, r() < 0.12 ? int(r, 1, 2) : 0]));
    review[g] = { ...v, total: Object.values(v).reduce((a, b) => a + b, 0) };
  }
  const requests = {};
  for (const [k, v] of Object.entries(per)) {
    const [a, b] = k.split('.');
    if (b) (requests[a] ??= {})[b] = v;
    else requests[a] = v;
  }
  return { activeDisclosure: active, requests, reviewLitigation: review };
}

const get = (o, k) => k.split('.').reduce((x, p) => x?.[p], o);
/** A value's cell: every zero printed empty. */
const cellOf = (v) => (v === 0 ? '' : String(v));

/** The three tables as rows of [text, rowspan, colspan]. */
function tables(data, version) {
  const ad = (k, c) => cellOf(get(data.activeDisclosure, `${k}.${c}`));
  const A = [];
  const small = (heading, head, rows) => {
    A.push([[heading, 1, 4]]);
    A.push(head);
    for (const row of rows) A.push(row);
  };
  if (version === '2021') {
    small('第二十条第（一）项', [['信息内容', 1, 1], ['本年制发件数', 1, 1], ['本年废止件数', 1, 1], ['现行有效件数', 1, 1]], [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']].map(([k, l]) => [[l, 1, 1], ...['issued', 'repealed', 'inForce'].map((c) => [ad(k, c), 1, 1])]));
    small('第二十条第（五）项', [['信息内容', 1, 1], ['本年处理决定数量', 1, 3]], [[['行政许可', 1, 1], [ad('licensing', 'decisions'), 1, 3]]]);
    small('第二十条第（六）项', [['信息内容', 1, 1], ['本年处理决定数量', 1, 3]], [['punishment', '行政处罚'], ['coercion', '行政强制']].map(([k, l]) => [[l, 1, 1], [ad(k, 'decisions'), 1, 3]]));
    small('第二十条第（八）项', [['信息内容', 1, 1], ['本年收费金额（单位：万元）', 1, 3]], [[['行政事业性收费', 1, 1], [ad('fees', 'amount'), 1, 3]]]);
  } else {
    const three = ['created', 'published', 'totalPublic'];
    const items = ['prevItems', 'change', 'decisions'];
    small('第二十条第（一）项', [['信息内容', 1, 1], ['本年新制作数量', 1, 1], ['本年新公开数量', 1, 1], ['对外公开总数量', 1, 1]], [['regulations', '规章'], ['normativeDocuments', '规范性文件']].map(([k, l]) => [[l, 1, 1], ...three.map((c) => [ad(k, c), 1, 1])]));
    const head = [['信息内容', 1, 1], ['上一年项目数量', 1, 1], ['本年增/减', 1, 1], ['处理决定数量', 1, 1]];
    small('第二十条第（五）项', head, [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']].map(([k, l]) => [[l, 1, 1], ...items.map((c) => [ad(k, c), 1, 1])]));
    small('第二十条第（六）项', head, [['punishment', '行政处罚'], ['coercion', '行政强制']].map(([k, l]) => [[l, 1, 1], ...items.map((c) => [ad(k, c), 1, 1])]));
    small('第二十条第（八）项', [['信息内容', 1, 1], ['上一年项目数量', 1, 1], ['本年增/减', 1, 2]], [[['行政事业性收费', 1, 1], [ad('fees', 'prevItems'), 1, 1], [ad('fees', 'change'), 1, 2]]]);
    small('第二十条第（九）项', [['信息内容', 1, 1], ['采购项目数量', 1, 1], ['采购总金额', 1, 2]], [[['政府集中采购', 1, 1], [ad('procurement', 'items'), 1, 1], [ad('procurement', 'amount'), 1, 2]]]);
  }
  const vals = (k) => [...COLS6, 'total'].map((c) => [cellOf(get(data.requests, `${k}.${c}`)), 1, 1]);
  const Q = [
    [['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', 3, 3], ['申请人情况', 1, 7]],
    [['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => [t, 1, 1]),
    [[LABELS.newReceived, 1, 3], ...vals('newReceived')],
    [[LABELS.carriedOver, 1, 3], ...vals('carriedOver')],
  ];
  const results = [...OUT_ROWS, ...(version === '2021' ? OTHER3 : ['otherHandling.combined']), 'totalHandled'];
  results.forEach((k, i) => {
    const row = i === 0 ? [['三、本年度办理结果', results.length, 1]] : [];
    const group = k.includes('.') ? k.split('.')[0] : null;
    if (group && (group !== 'otherHandling' || OTHER3.includes(k))) {
      const members = results.filter((x) => x.startsWith(`${group}.`));
      if (members[0] === k) row.push([GROUP_LABEL[group], members.length, 1]);
      row.push([LABELS[k], 1, 1]);
    } else row.push([LABELS[k], 1, 2]);
    Q.push([...row, ...vals(k)]);
  });
  Q.push([[LABELS.carriedForward, 1, 3], ...vals('carriedForward')]);
  const V = [
    [['行政复议', 1, 5], ['行政诉讼', 1, 10]],
    [...RV_LABEL.map((t) => [t, 2, 1]), ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]],
    [...RV_LABEL, ...RV_LABEL].map((t) => [t, 1, 1]),
    RV_GROUPS.flatMap((g) => RV_COLS.map((c) => [cellOf(data.reviewLitigation[g][c]), 1, 1])),
  ];
  return [A, Q, V];
}

/** One table: plain markup (as a CMS writes it) or Word's (centred paragraphs in 10.5 pt spans, 5.4 pt padding). */
function tableHtml(rows, look, border) {
  const attrs = `border="${border ? 1 : 0}" cellspacing="0" cellpadding="3"${look === 'word' ? ' class="MsoNormalTable" style="border-collapse:collapse"' : ''}`;
  const out = [`<table ${attrs}>`];
  for (const row of rows) {
    out.push('<tr>');
    for (const [t, rs, cs] of row) {
      const sp = `${rs > 1 ? ` rowspan="${rs}"` : ''}${cs > 1 ? ` colspan="${cs}"` : ''}`;
      if (look === 'word') {
        const st = border ? 'border:solid windowtext 1.0pt;padding:0cm 5.4pt' : 'padding:0cm 5.4pt';
        out.push(`<td${sp} style="${st}"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">${t ? esc(t) : '&nbsp;'}</span></p></td>`);
      } else out.push(`<td${sp}>${esc(t)}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</table>');
  return out.join('\n');
}

/** One report: values, page and print, from the seed. */
export function variant(seed, { big = false, printers = PRINTERS } = {}) {
  const r = rng(seed * 7919 + 54);
  const version = r() < 0.7 ? '2021' : '2019';
  const data = values(r, version);
  const agency = `${pick(r, ['韶关市', '宜昌市', '临沂市', '绵阳市', '泉州市'])}${pick(r, ['交通运输局', '财政局', '审计局', '统计局', '住房和城乡建设局', '石桥镇人民政府'])}`;
  const year = version === '2021' ? 2024 : 2020;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const look = pick(r, ['plain', 'word']);
  const border = r() < 0.5;
  const size = pick(r, PAGES);
  const fs = big ? int(r, 12, 16) : int(r, 9, 16);
  const margin = pick(r, [10, 15, 20]);
  const printer = pick(r, printers);
  const [A, Q, V] = tables(data, version);
  const p = (s) => `<p>${esc(s)}</p>`;
  const body = [
    `<h1 style="text-align:center">${esc(title)}</h1>`,
    p(`本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`),
    `<h2>${HEADINGS[0]}</h2>`,
    p(`${year}年，${agency}认真贯彻落实政府信息公开工作要求，持续深化政务公开。`),
    p('（一）主动公开。及时公开机构职能、政策文件等信息。'),
    `<h2>${HEADINGS[1]}</h2>`, tableHtml(A, look, border),
    `<h2>${HEADINGS[2]}</h2>`, tableHtml(Q, look, border),
    `<h2>${HEADINGS[3]}</h2>`, tableHtml(V, look, border),
    `<h2>${HEADINGS[4]}</h2>`, p('一是政策解读形式较为单一。'), p('二是公开内容的及时性还有待提高。'),
    `<h2>${HEADINGS[5]}</h2>`, p(`${year}年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费0元。`),
    `<p style="text-align:right">${esc(agency)}</p><p style="text-align:right">${year + 1}年1月${int(r, 5, 28)}日</p>`,
  ].join('\n');
  const css = `@page{size:${size};margin:${margin}mm} body{font-family:"Noto Serif CJK SC","WenQuanYi Zen Hei",serif;font-size:${fs}pt} td{font-size:${Math.max(8, fs - 2)}pt}`;
  const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
  const desc = `${version} ${look} ${border ? 'bordered' : 'borderless'} ${size} ${fs}pt ${printer}`;
  return { data, html, printer, desc, title, agency, year, version };
}

const flat = (d, p = '') => Object.entries(d).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));

function make(dir) {
  mkdirSync(dir, { recursive: true });
  const big = process.argv.includes('--big');
  const printers = stringArg('printers', PRINTERS.join()).split(',');
  for (let [seed, to] = seedRange('1..12'); seed <= to; seed++) {
    const v = variant(seed, { big, printers });
    const base = join(dir, `cp-${seed}`);
    writeFileSync(`${base}.html`, v.html);
    try {
      if (v.printer === 'chromium') chromiumPdf(v.html, `${base}.pdf`);
      else if (v.printer === 'lo-html') libreofficePdf(v.html, `${base}.pdf`);
      else libreofficeDocxPdf(v.html, `${base}.pdf`);
    } catch (e) {
      console.log(`cp-${seed}: not printed (${String(e.message).split('\n')[0]})`);
      continue;
    }
    writeFileSync(`${base}.json`, JSON.stringify({ seed, look: v.desc, version: v.version, data: v.data }, null, 1));
    console.log(`cp-${seed}: ${v.desc}`);
  }
}

/** True when the PDF's text reaches its page's right edge (a table wider than the page, its last columns cut). */
function cutAtEdge(pdf) {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
  let width = 0;
  for (const m of xml.matchAll(/<page width="([\d.]+)"|<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"/g)) {
    if (m[1]) width = Number(m[1]);
    else if (Number(m[2]) > width - 4) return true;
  }
  return false;
}

function score(dir) {
  const dists = stringArg('dist', 'dist').split(',');
  const show = process.argv.includes('--show');
  const docs = readdirSync(dir).filter((f) => /^cp-\d+\.pdf$/.test(f) && existsSync(join(dir, f.replace('.pdf', '.json')))).sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
  const cut = new Set(docs.filter((f) => cutAtEdge(join(dir, f))));
  let lastBad = 0;
  for (const [n, dist] of dists.entries()) {
    const out = join(dir, `out-${n}`);
    rmSync(out, { recursive: true, force: true });
    execFileSync('node', [join(resolve(dist), 'cli/bin.js'), 'batch', ...docs.map((f) => join(dir, f)), '--out', out, '--workers', '1', '--timeout', process.env.DOC_TIMEOUT ?? '300000'], { stdio: 'ignore', maxBuffer: 1 << 26 });
    const results = new Map(readFileSync(join(out, 'results.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.file.split('/').pop(), r]));
    const tally = { whole: z(), cut: z(), blankTables: z() };
    for (const f of docs) {
      const truth = JSON.parse(readFileSync(join(dir, f.replace('.pdf', '.json')), 'utf8'));
      const res = results.get(f);
      const rep = res?.ok ? res.report : null;
      const lost = [];
      const blankTable = new Set(['activeDisclosure', 'requests', 'reviewLitigation'].filter((t) => flat(truth.data[t]).every(([, v]) => v === 0)));
      for (const [k, want] of flat(truth.data)) {
        const got = rep ? get(rep.data, k) : null;
        const conf = rep?.fields?.[k]?.confidence ?? 0;
        const t = blankTable.has(k.split('.')[0]) ? tally.blankTables : cut.has(f) ? tally.cut : tally.whole;
        t.fields++;
        if (got === want) t.right++;
        else if (got === null || got === undefined) (t.missing++, lost.push(`${k} missing`));
        else {
          t[conf >= 0.9 ? 'w9' : conf >= 0.8 ? 'w8' : 'wl']++;
          lost.push(`${k} ${got}≠${want} @${conf}`);
        }
      }
      if (show && lost.length > 0) console.log(`  [${n}] ${f} (${truth.look}${cut.has(f) ? ', cut' : ''}): ${lost.length} lost: ${lost.slice(0, 8).join('; ')}${lost.length > 8 ? ' …' : ''}`);
    }
    console.log(`${dist}:`);
    for (const [name, t] of Object.entries(tally)) console.log(`  ${name.padEnd(12)} fields ${String(t.fields).padStart(5)} right ${t.fields ? ((100 * t.right) / t.fields).toFixed(1) : '-'} % W≥0.9 ${t.w9} W.8-.9 ${t.w8} W<.8 ${t.wl} missing ${t.missing}`);
    lastBad = tally.whole.w9 + tally.whole.w8 + tally.cut.w9 + tally.cut.w8 + tally.blankTables.w9 + tally.blankTables.w8;
  }
  process.exitCode = lastBad > 0 ? 1 : 0;
}
const z = () => ({ fields: 0, right: 0, w9: 0, w8: 0, wl: 0, missing: 0 });

const [mode, dir] = process.argv.slice(2);
if (!process.argv[1]?.endsWith('compact-print-variants.mjs')) {
  // imported (variant): nothing to run
} else if (mode === 'make' && dir) make(dir);
else if (mode === 'score' && dir) score(dir);
else if (mode === 'looks') for (let [seed, to] = seedRange('1..12'); seed <= to; seed++) console.log(`cp-${seed}: ${variant(seed).desc}`);
else console.error('usage: compact-print-variants.mjs make|score|looks DIR [--seeds A..B] [--printers chromium,lo-html,lo-docx] [--big] [--dist d1,d2] [--show]');
