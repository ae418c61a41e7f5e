#!/usr/bin/env node
// Whole reports in breaker39's looks (序号 columns, blank zeros, CMS sidebars, two-column prose, borderless tables, 附表):
// BORDERLESS=1 (or 0) forces every report borderless (or ruled); the other looks are drawn as without it (miner49).
// FULL=1 prints every table full: zeros as 0, no row printed '/' (miner51).
// HO=DIR S0=915001 node scripts/print-mix/gen.mjs → DIR/src/rNN.html + rNN.golden.json for seeds S0..S0+39 (copied from
// breaker39's gen/gen.mjs, conf40). Then python3 scripts/print-mix/make-docs.py (HO=DIR) prints and dumps them.
// Values: scripts/template-data.mjs makeValues; tables: make-samples.mjs row builders; pages: render-html.mjs
// (control looks) or this file's own renderer (new looks).
import { mkdirSync, writeFileSync } from 'node:fs';
const REPO = process.env.REPO ?? new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const { makeValues, rng, get, requestRows, ACTIVE_2019, ACTIVE_2021, REVIEW_GROUPS, REVIEW_COLS, COLS } = await import(`${REPO}/scripts/template-data.mjs`);
const { renderHtml } = await import(`${REPO}/scripts/render-html.mjs`);
const { activeTable, requestTable, reviewTable, NARRATIVE, H } = await import(`${REPO}/scripts/make-samples.mjs`);

const OUT = (process.env.HO ?? '/tmp/conf40/ho') + '/src';
mkdirSync(OUT, { recursive: true });
const PLACES = ['洪江市', '珲春市', '东兴市', '漠河市', '武夷山市', '景洪市', '丹江口市', '舟曲县', '石柱县', '泸定县', '二连浩特市', '阿尔山市', '庐山市', '汨罗市', '凯里市', '青铜峡市', '和田县', '临湘市', '孟州市', '海林市'];
const UNITS = (p, r) => {
  const n = 1 + Math.floor(r() * 12);
  const cn = '一二三四五六七八九十'.split('');
  const choices = [`${p}人民政府`, `${p}交通运输局`, `${p}自然资源和规划局`, `${p}第${cn[n % 10]}人民医院`, `${p}第${n}中学`, `${p}市场监督管理局第${n}分局`, `新疆生产建设兵团第十${cn[n % 9]}师`, `${p}公安局第${cn[n % 10]}分局`, `${p}人民政府${cn[n % 10]}里街道办事处`, `${p}12345政务服务便民热线管理中心`];
  return choices[Math.floor(r() * choices.length)];
};
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

// ---- own renderer (new looks) ----
// With BLANK_TABLES (minerl56) a Word page's empty cell is its paragraph holding '&nbsp;' (Word's and WPS's export): LibreOffice
// prints that glyph (pdfminer writes it as a box of its own), where a cell holding '&nbsp;' alone prints nothing.
const WORD_NBSP = !!process.env.BLANK_TABLES;
function td(text, attrs = '', word = false) {
  if (word && WORD_NBSP) return `<td${attrs ? ' ' + attrs : ''} style="${BL ? '' : 'border:solid windowtext 1.0pt;'}padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">${text === '' ? '&nbsp;' : esc(text)}</span></p></td>`;
  const body = text === '' ? (word ? '&nbsp;<o:p></o:p>' : '&nbsp;') : word ? `<p class="MsoNormal" align="center"><span lang="EN-US">${esc(text)}</span><o:p></o:p></p>` : esc(text);
  return `<td${attrs ? ' ' + attrs : ''} style="${BL ? 'border:none;padding:2px 8px' : 'border:1px solid #000;padding:2px 3px'};text-align:center">${body}</td>`;
}
let BL = false; // borderless tables (set per report)
const TOPEN = () => (BL ? '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="border:none;font-size:10.5pt">' : '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;font-size:10.5pt">');

function show(v, L, key) {
  if (v === '/') return '/';
  let s = String(v);
  if (L.blankZeros && s === '0' && key !== 'active') return '';
  if (L.blankTables && s === '0' && (key === 'review' ? L.blankTables !== 'requests' : !key.startsWith('active') && L.blankTables !== 'review')) return '';
  if (L.thousands && /^\d{4,}$/.test(s)) s = Number(s).toLocaleString('en-US');
  if (L.jian && key !== 'active-amount' && /^\d/.test(s) && L.jianRows.has(key)) s += '件';
  return s;
}

function activeHtml(data, version, L, w) {
  const rows = activeTable(data, version);
  const out = [TOPEN()];
  if (L.caption) out.push(`<tr>${td('表一 主动公开政府信息情况', 'colspan="4"', w)}</tr>`);
  let n = 0;
  for (const r of rows) {
    const lead = L.rowNo ? (r.kind === 'data' ? td(String(++n), '', w) : td(r.kind === 'header' ? '序号' : '', '', w)) : '';
    if (r.kind === 'group') out.push(`<tr>${L.rowNo ? td('', '', w) : ''}${td(r.cells[0], 'colspan="4"', w)}</tr>`);
    else if (r.kind === 'header') out.push(`<tr>${lead}${r.cells.map((c) => td(c, '', w)).join('')}</tr>`);
    else {
      const vals = r.cells.slice(1).map((c, i) => show(c, L, r.key === 'fees' || (version === '2019' && r.key === 'procurement' && i === 1) ? 'active-amount' : 'active'));
      if (r.key === 'fees' && L.feesNA) vals[vals.length - 1] = '/';
      out.push(`<tr>${lead}${td(r.cells[0], '', w)}${vals.map((c) => td(c, '', w)).join('')}</tr>`);
    }
  }
  out.push('</table>');
  return out.join('\n');
}

const REQ_HEAD = (L, w) => {
  const no = L.rowNo ? td('序号', 'rowspan="3"', w) : '';
  if (L.header === 'flat') {
    return [`<tr>${no}${td('', 'colspan="3" rowspan="2"', w)}${td('自然人', 'rowspan="2"', w)}${td('法人或其他组织', 'colspan="5"', w)}${td('总计', 'rowspan="2"', w)}</tr>`,
      `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h, '', w)).join('')}</tr>`].map((x, i) => (L.rowNo && i === 0 ? x.replace('rowspan="3"', 'rowspan="2"') : x));
  }
  if (L.header === 'oneRow') return [`<tr>${L.rowNo ? td('序号', '', w) : ''}${td('申请情况', 'colspan="3"', w)}${['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他法人或其他组织', '总计'].map((h) => td(h, '', w)).join('')}</tr>`];
  return [`<tr>${no}${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"', w)}${td('申请人情况', 'colspan="7"', w)}</tr>`,
    `<tr>${td('自然人', 'rowspan="2"', w)}${td('法人或其他组织', 'colspan="5"', w)}${td('总计', 'rowspan="2"', w)}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h, '', w)).join('')}</tr>`];
};

function requestsHtml(data, combined, L, w) {
  const rows = requestRows(combined);
  const head = REQ_HEAD(L, w);
  const out = [TOPEN()];
  if (L.caption) out.push(`<tr>${td('表二 收到和处理政府信息公开申请情况（单位：件）', `colspan="${L.rowNo ? 11 : 10}"`, w)}</tr>`);
  for (const h of head) out.push(h);
  const groupOf = {};
  let g = '';
  for (const [grp, , key] of rows) { if (grp && grp !== '三、本年度办理结果') g = grp; if (/^(newReceived|carriedOver|granted|partiallyGranted|totalHandled|carriedForward)$/.test(key) || key === 'otherHandling.combined') groupOf[key] = ''; else groupOf[key] = g; }
  const resultsN = rows.length - 3;
  rows.forEach(([grp, label, key], i) => {
    if (L.splitAt && i === L.splitAt) {
      out.push('</table>');
      out.push(L.pageBreak ? '<p style="page-break-before:always">续表</p>' : '<p>续表</p>');
      out.push(TOPEN(), ...head);
    }
    const vals = (L.na === key ? COLS.map(() => '/') : COLS.map((c) => get(data.requests, `${key}.${c}`))).map((v) => show(v, L, key));
    const no = L.rowNo ? td(String(i + 1), '', w) : '';
    let lead;
    if (L.repeatGroups) {
      // every row carries its own group cell (no rowspans): a CMS that unmerged the label columns
      const big = i >= 2 && i < rows.length - 1 ? '三、本年度办理结果' : '';
      if (!big) lead = td(label, 'colspan="3"', w);
      else if (!groupOf[key]) lead = td(big, '', w) + td(label, 'colspan="2"', w);
      else lead = td(big, '', w) + td(groupOf[key], '', w) + td(label, '', w);
    } else {
      const span = (from) => { let n = 1; while (rows[from + n] && !rows[from + n][0] && groupOf[rows[from + n][2]] === groupOf[key] && groupOf[key]) n++; return n; };
      if (grp === '三、本年度办理结果') lead = td(grp, `rowspan="${resultsN}"`, w) + td(label, 'colspan="2"', w);
      else if (grp) lead = td(grp, `rowspan="${span(i)}"`, w) + td(label, '', w);
      else if (/^[一二四]、/.test(label)) lead = td(label, 'colspan="3"', w);
      else if (!groupOf[key]) lead = td(label, 'colspan="2"', w);
      else lead = td(label, '', w);
    }
    if (L.jianLabel && /^(newReceived|carriedOver)$/.test(key)) lead = lead.replace('申请数量', '申请数量（件）');
    if (L.jianLabel && key === 'totalHandled') lead = lead.replace('总计', '总计（件）');
    out.push(`<tr>${no}${lead}${vals.map((v) => td(v, '', w)).join('')}</tr>`);
  });
  out.push('</table>');
  return out.join('\n');
}

function reviewHtml(data, L, w) {
  const res = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const out = [TOPEN()];
  const vals = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => show(get(data.reviewLitigation, `${g}.${c}`), L, 'review')));
  if (L.caption) out.push(`<tr>${td('表三 政府信息公开行政复议、行政诉讼情况', `colspan="${L.reviewT ? 6 : 15}"`, w)}</tr>`);
  if (L.reviewT) {
    // transposed: one row per group
    out.push(`<tr>${td('', '', w)}${res.map((h) => td(h, '', w)).join('')}</tr>`);
    ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].forEach((n, gi) => out.push(`<tr>${td(n, '', w)}${vals.slice(gi * 5, gi * 5 + 5).map((v) => td(v, '', w)).join('')}</tr>`));
  } else {
    out.push(`<tr>${td('行政复议', 'colspan="5"', w)}${td('行政诉讼', 'colspan="10"', w)}</tr>`);
    out.push(`<tr>${res.map((h) => td(h, 'rowspan="2"', w)).join('')}${td('未经复议直接起诉', 'colspan="5"', w)}${td('复议后起诉', 'colspan="5"', w)}</tr>`);
    out.push(`<tr>${[...res, ...res].map((h) => td(h, '', w)).join('')}</tr>`);
    out.push(`<tr>${vals.map((v) => td(v, '', w)).join('')}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

const SEAL = (agency) => `<img alt="" width="150" height="150" style="position:absolute;right:60px;margin-top:-120px;opacity:.85" src="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150"><circle cx="75" cy="75" r="70" fill="none" stroke="red" stroke-width="4"/><text x="75" y="85" font-size="30" fill="red" text-anchor="middle">★</text></svg>`).toString('base64')}">`;

function ownPage({ title, agency, published, data, version, combined, L }) {
  const w = L.style === 'word';
  const p = (t) => (w ? `<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:仿宋_GB2312">${esc(t)}</span></p>` : `<p style="text-indent:2em">${esc(t)}</p>`);
  const h = (t) => (w ? `<p class="MsoNormal"><b><span style="font-family:黑体">${esc(t)}</span></b></p>` : `<p><strong>${esc(t)}</strong></p>`);
  const note = (t) => `<p style="font-size:9pt">${esc(t)}</p>`;
  BL = !!L.borderless;
  const span = (t) => (L.twoCol ? `<div style="column-span:all">${t}</div>` : t);
  const tA = span(activeHtml(data, version, L, w)), tR = span(requestsHtml(data, combined, L, w)), tV = span(reviewHtml(data, L, w));
  const PROSE = (k) => L.longProse ? [`本机关${k}工作中，坚持依法公开、及时准确。全年共召开专题会议3次，修订制度2项，培训工作人员45人次，更新公开目录12类。`, `下一步，将围绕2025年重点任务，完善第二十条第（一）项至第（九）项信息的发布机制，做到应公开尽公开。`].map(p) : [];
  const body = [
    h(H.overview), ...NARRATIVE.overview.split('\n').map(p), ...PROSE('总体'),
    h(H.activeDisclosure), ...PROSE('主动公开'), L.appendix ? p('具体情况详见附表1。') : tA, !L.appendix && L.footnotes ? note('注：行政事业性收费金额单位为万元，数据来源于本机关财务部门。') : '',
    h(H.requests), ...PROSE('依申请公开'), L.appendix ? p(`本年度共收到政府信息公开申请${get(data.requests, 'newReceived.total')}件，具体情况详见附表2。`) : tR, !L.appendix && L.footnotes ? note(`注：1.本表统计时间为${published.slice(0, 4) - 1}年1月1日至12月31日；2.“其他”指除上述类型以外的法人或其他组织，共计${get(data.requests, 'newReceived.otherOrg')}件。`) : '',
    h(H.reviewLitigation), L.appendix ? p('详见附表3。') : tV, L.seal ? SEAL(agency) : '', !L.appendix && L.footnotes ? note('注：行政复议、行政诉讼案件数以结案时间统计。') : '',
    h(H.problems), p(NARRATIVE.problems), ...PROSE('问题整改'), h(H.other), p(NARRATIVE.other),
    `<p style="text-align:right">${esc(agency)}</p>`, `<p style="text-align:right">${published.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>`,
    ...(L.appendix ? [`<p>附表1</p>`, `<p style="text-align:center">主动公开政府信息情况</p>`, tA, `<p>附表2</p>`, `<p style="text-align:center">收到和处理政府信息公开申请情况（单位：件）</p>`, tR, `<p>附表3</p>`, `<p style="text-align:center">政府信息公开行政复议、行政诉讼情况</p>`, tV] : []),
  ].join('\n');
  const side = L.sidebar ? `<div class="sidebar" style="width:24%;font-size:10pt"><p><b>相关信息</b></p>${L.sideTitles.map((t) => `<p>${esc(t)}</p>`).join('')}<p>浏览次数：${1000 + (L.sideTitles.length * 137)}</p></div>` : '';
  const body0 = body;
  const inner0 = w
    ? `<div class="WordSection1"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22pt">${esc(title)}</span></b></p>\n${body}</div>`
    : `<div class="wz_title"><h2>${esc(title)}</h2><div class="wz_info">信息来源：${esc(agency)} | 发布日期：${published} | 浏览次数：1024</div></div><div class="wz_content" id="zoom">${body}</div>`;
  const inner = L.sidebar ? `<div style="display:flex;gap:2%">${L.sidebar === 'left' ? side : ''}<div style="width:74%">${inner0}</div>${L.sidebar === 'right' ? side : ''}</div>` : L.twoCol ? `<div style="column-count:2;column-gap:24px">${inner0}</div>` : inner0;
  return `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${L.charset ?? 'utf-8'}"><title>${esc(title)}</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif}${L.css ?? ''}.topnav span{margin:0 8px}</style></head>
<body><div class="topnav"><span>网站首页</span><span>政务公开</span><span>法定主动公开内容</span><span>政府信息公开年报</span></div>
<div class="position">您当前的位置：网站首页 &gt; 政务公开 &gt; 年度报告</div>
${inner}
<div class="bottom">${esc(agency)}主办 ICP备案号：X ICP备0000000号</div></body></html>\n`;
}

const index = [];
for (let seed = +(process.env.S0 ?? 915001); seed <= +(process.env.S0 ?? 915001) + 39; seed++) {
  const i = seed - +(process.env.S0 ?? 915001) + 1;
  const r = rng(seed * 13 + 5);
  const version = i % 4 === 1 ? '2019' : '2021';
  const combined = version === '2019' || r() < 0.3;
  const big = r() < 0.25;
  const smallV = r() < 0.25;
  const data = makeValues(seed, { version, combined, scale: big ? 4000 : smallV ? 6 : 30 });
  // REVIEW_BLANK=1 (scripts/pypdf-print-stress.py --blank-review): table 四 all 0, printed with zeros blank — its row a line of blank cells.
  if (process.env.REVIEW_BLANK === '1') for (const g of Object.values(data.reviewLitigation)) for (const c of Object.keys(g)) g[c] = 0;
  // BLANK_TABLES=requests|review|both|mix (minerl56, scripts/print-mix/lo-pdfminer.py): wholly blank tables — every cell of
  // table 三 / 四 0, printed as an empty cell ('&nbsp;'); `mix` draws one of the three per report. The other tables keep
  // their zeros printed '0' (blankZeros off), as a small agency's Word page prints them.
  const blankTables = process.env.BLANK_TABLES === 'mix' ? pick(rng(seed * 7 + 1), ['requests', 'review', 'both']) : process.env.BLANK_TABLES;
  const zeroed = (node) => { for (const [k, v] of Object.entries(node)) if (v !== null && typeof v === 'object') zeroed(v); else node[k] = 0; };

  const place = PLACES[(i * 7) % PLACES.length];
  const agency = UNITS(place, r);
  const year = version === '2019' ? pick(r, [2019, 2020]) : pick(r, [2021, 2022, 2023, 2024, 2025]);
  const title = pick(r, [`${agency}${year}年政府信息公开工作年度报告`, `${agency}${year}年度政府信息公开工作年度报告`, `${year}年${agency}政府信息公开工作年度报告`]);
  const published = `${year + 1}-0${1 + Math.floor(r() * 3)}-${10 + Math.floor(r() * 18)}`;
  const uncertain = [];
  const notes = [];
  // printed-wrong total: one row's 总计 off by some (golden keeps the printed number)
  if (r() < 0.25) {
    const key = pick(r, ['granted', 'newReceived', 'totalHandled', 'unavailable.notHeld']);
    const t = get(data.requests, `${key}.total`);
    const parts = key.split('.');
    const node = parts.length === 1 ? data.requests[key] : data.requests[parts[0]][parts[1]];
    node.total = t + pick(r, [1, 2, 10, -1].filter((d) => t + d >= 0));
    notes.push(`printed-wrong total ${key}.total`);
  }
  const control = i % 10 === 0 && !blankTables; // render-html control looks (not with BLANK_TABLES: they print zeros as 0)
  const L = {
    style: r() < 0.4 || process.env.WORD === '1' ? 'word' : 'cms', // WORD=1: every report in the Word look (minerl56)
    blankZeros: r() < 0.35 || process.env.REVIEW_BLANK === '1',
    thousands: big && r() < 0.7,
    jian: r() < 0.35,
    jianRows: new Set(),
    na: null,
    rowNo: r() < 0.4,
    borderless: r() < 0.45,
    jianLabel: r() < 0.25,
    appendix: r() < 0.25,
    twoCol: false,
    longProse: false,
    sidebar: null,
    sideTitles: [],
    caption: r() < 0.3,
    footnotes: r() < 0.4,
    seal: r() < 0.3,
    header: pick(r, ['template', 'template', 'flat', 'oneRow']),
    repeatGroups: r() < 0.25,
    reviewT: r() < 0.15,
    splitAt: r() < 0.3 ? 13 : 0,
    pageBreak: false,
    feesNA: version === '2021' && r() < 0.15,
  };
  // BORDERLESS=1|0 forces the borderless look (miner49: pdfminer boxes of borderless tables), the other draws kept.
  if (process.env.BORDERLESS) L.borderless = process.env.BORDERLESS === '1';
  // FULL=1: every cell printed, zeros as 0 and no row printed '/' (miner51: pdfminer dumps of full tables, the common real case).
  if (process.env.FULL === '1') L.blankZeros = false;
  if (blankTables) (L.blankZeros = false, L.blankTables = blankTables);
  const lay = r();
  if (lay < 0.2) (L.twoCol = true, L.longProse = true);
  else if (lay < 0.45) {
    L.sidebar = r() < 0.6 ? 'right' : 'left';
    L.sideTitles = [`${agency}${year - 1}年政府信息公开工作年度报告`, `${place}人民政府${year}年政府信息公开工作年度报告`, `关于印发${place}${year}年政务公开工作要点的通知`, `${year + 1}年第1季度政府信息公开统计`];
  }
  if (r() < 0.3) (L.small = true);
  if (L.jian) for (const [, , k] of requestRows(combined)) if (r() < 0.5) L.jianRows.add(k);
  if (L.jian) L.jianRows.add('review');
  if (r() < 0.2 && process.env.FULL !== '1' && !blankTables) {
    L.na = pick(r, ['denied.adminQuery', 'notProcessed.publication', 'denied.enforcementFiles']);
    for (const c of COLS) get(data.requests, L.na)[c] = null;
    notes.push(`row ${L.na} printed '/'`);
  }
  if (L.feesNA) { data.activeDisclosure.fees.amount = null; notes.push('fees printed /'); }
  L.pageBreak = !!L.splitAt && r() < 0.5;
  if (blankTables === 'requests' || blankTables === 'both') zeroed(data.requests);
  if (blankTables === 'review' || blankTables === 'both') zeroed(data.reviewLitigation);
  let html;
  if (control) {
    const crawled = r() < 0.6 || process.env.REVIEW_BLANK === '1' ? { blankZeros: L.blankZeros, thousands: L.thousands, splitTables: r() < 0.5 } : undefined;
    if (L.na) { for (const c of COLS) get(data.requests, L.na)[c] = null; }
    const cloneData = JSON.parse(JSON.stringify(data));
    if (L.na) for (const c of COLS) get(cloneData.requests, L.na)[c] = '/';
    const tables = { activeDisclosure: activeTable(cloneData, version), requests: requestTable(cloneData, combined), reviewLitigation: reviewTable(cloneData) };
    if (L.na && crawled) crawled.naSpan = L.na;
    if (L.na && !crawled) notes.push('na row printed per cell');
    html = renderHtml({ title, agency, published, tables, narrative: NARRATIVE, headings: H, style: L.style, crawled, layoutTable: r() < 0.3 });
    notes.push(`control render-html ${L.style} ${JSON.stringify(crawled ?? {})}`);
    if (crawled) uncertain.push(); // crawled pages keep title, drop signature
  } else html = ownPage({ title, agency, published, data, version, combined, L });
  if (!control && !L.blankZeros) {/* zeros printed */}
  const looks = control ? ['control'] : Object.entries(L).filter(([k, v]) => v && !(Array.isArray(v) && !v.length) && !['style', 'jianRows', 'charset', 'sideTitles'].includes(k) && !(k === 'header' && v === 'template')).map(([k, v]) => (v === true ? k : `${k}=${v}`));
  const stem = `r${String(i).padStart(2, '0')}`;
  writeFileSync(`${OUT}/${stem}.html`, html);
  writeFileSync(`${OUT}/${stem}.golden.json`, JSON.stringify({ meta: { title, agency, year, templateVersion: version, publishedAt: published }, data, uncertain, notes, looks: [L.style, ...looks], seed }, null, 1));
  index.push(`${stem} seed=${seed} v=${version}${combined ? ' combined' : ''} ${L.style} ${looks.join(' ')} | ${title}`);
}
writeFileSync(OUT + '/INDEX.txt', index.join('\n') + '\n');
console.log(index.join('\n'));
