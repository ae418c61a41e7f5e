/**
 * @file The synthetic samples: one per quirk real reports show. Each entry says how it was made;
 * samples/README.md repeats it for readers.
 */
import { ACTIVE_2021, COLS, get, requestRows } from './template-data.mjs';

/** Every split of a digit run into k integers without leading zeros (generator-side, independent of src/). */
function splits(run, k) {
  if (k === 1) return run.length === 1 || run[0] !== '0' ? [[Number(run)]] : [];
  const out = [];
  for (let len = 1; len <= run.length - k + 1; len++) {
    const head = run.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    for (const rest of splits(run.slice(len), k - 1)) out.push([Number(head), ...rest]);
  }
  return out;
}

/** Makes `cur` carry over what `prev` carried forward (one column off by one), identities kept. */
function chainYears(prev, cur, offColumn) {
  const q = cur.requests;
  for (const c of COLS.slice(0, 6)) {
    const target = prev.requests.carriedForward[c] + (c === offColumn ? 1 : 0);
    const delta = target - q.carriedOver[c];
    q.carriedOver[c] = target;
    q.carriedForward[c] += delta;
    if (q.carriedForward[c] < 0) {
      q.newReceived[c] -= q.carriedForward[c];
      q.carriedForward[c] = 0;
    }
  }
  for (const row of [q.newReceived, q.carriedOver, q.carriedForward]) row.total = COLS.slice(0, 6).reduce((sum, c) => sum + row[c], 0);
  return cur;
}

const rowOk = (v) => v[6] === v.slice(0, 6).reduce((a, b) => a + b, 0);
const reviewOk = (v) => [0, 5, 10].every((i) => v[i + 4] === v[i] + v[i + 1] + v[i + 2] + v[i + 3]);

export async function defineSamples(k) {
  const { write, tables, textReport, golden, base, clone, toFullWidth, makeValues, renderHtml, H, NARRATIVE } = k;
  const text = (stem, seed, style, notes, opts = {}) => {
    const b = base(seed, opts);
    const data = makeValues(seed, { combined: opts.combined, version: b.version });
    const printed = opts.printedData ? opts.printedData(clone(data)) : data;
    const t = tables(printed, style, { combined: opts.combined, version: b.version, mutate: opts.mutate });
    let body = textReport({ ...b, tables: t, heading: opts.heading, narrative: opts.narrative });
    if (opts.post) body = opts.post(body);
    const g = golden({ ...b, data: opts.goldenData ? opts.goldenData(clone(printed)) : printed, notes });
    if (opts.goldenMeta) Object.assign(g.meta, opts.goldenMeta);
    write(stem, opts.ext ?? 'txt', body, g, opts.encoding);
  };

  text('quirk-tab', 101, 'tab', ['tab-separated cells, 2021 template, three （六） rows']);
  text('quirk-layout-spaces', 102, 'layout', ['pdftotext -layout style: cells separated by runs of spaces; page numbers (— 2 —) between tables; the （六）1. label wrapped onto the line with its numbers'], {
    post: (s) =>
      s
        .replace('\n三、收到和处理', '\n                     — 2 —\n三、收到和处理')
        .replace(/（六）其他处理 {4}1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请/, '（六）其他处理    1.申请人无正当理由逾期不补正、行政机关\n    不再处理其政府信息公开申请'),
  });
  text('quirk-cell-per-line', 103, 'cellPerLine', ['pdftotext without -layout: every table cell on its own line']);
  text('quirk-markdown-shattered', 104, 'markdown', ['PDF-to-markdown output: ## headings, one markdown table per row group of table 三 with generic headers 数据1..数据6, decoy ### sub-headings'], {
    heading: (h) => `## ${h}`,
    mutate: (t) => {
      const shattered = [];
      for (const r of t.requests.filter((x) => x.kind === 'data')) {
        if (r.group || /^[一二]、|（二）|（七）/.test(r.cells[0])) {
          shattered.push({ kind: 'text', cells: [`### ${r.group || r.cells[0]}`] });
          shattered.push({ kind: 'header', cells: ['类别', '数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '总计'] });
        }
        shattered.push({ ...r, group: '' });
      }
      return { ...t, requests: shattered };
    },
    post: (s) => s.replace(/\| ### (.*?) \|/g, '\n### $1\n'),
  });
  text('quirk-ocr-fullwidth', 105, 'tab', ['OCR-like text: full-width digits in every cell, headings without 、 or with extra words, OCR misreads in the narrative'], {
    mutate: (t) => {
      for (const rows of Object.values(t)) for (const r of rows) if (r.kind === 'data') r.cells = r.cells.map((c, i) => (i === 0 ? c : toFullWidth(c)));
      return t;
    },
    heading: (h) => h.replace('二、', '二 ').replace('五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况').replace('四、', '四．'),
    narrative: { ...NARRATIVE, overview: NARRATIVE.overview.replace('公开为常态', '公开为常忞').replace('政府信息', '政府倍息') },
    goldenData: (d) => d,
  });
  text('quirk-lost-labels', 106, 'tab', ['the seed report\'s breakage: rows 一/二/（一）/（二） lost their labels (placed by position); 上年结转 printed with an extra value; 结转下年度 printed with 5 of 7 values (derived by the balance identity); table 四 lost its last cell (derived)'], {
    printedData: (d) => {
      for (const c of COLS) d.requests.carriedOver[c] = 0;
      for (const c of COLS) d.requests.newReceived[c] = d.requests.totalHandled[c] + d.requests.carriedForward[c];
      return d;
    },
    mutate: (t) => {
      const data = t.requests.filter((r) => r.kind === 'data');
      data.slice(0, 4).forEach((r) => (r.cells[0] = ''));
      data[2].group = '';
      data[1].cells.push('0');
      const fwd = data.at(-1);
      fwd.cells = [fwd.cells[0], ...fwd.cells.slice(1, 6)];
      t.requests.splice(3, 0, { kind: 'header', cells: ['三、本年度办理结果', '商业企业', '科研机构'] });
      const rv = t.reviewLitigation.at(-1);
      rv.cells = rv.cells.slice(0, 14);
      return t;
    },
  });
  text('quirk-combined-six', 107, 'tab', ['2021 template printed with a single （六）其他处理 row: requests.otherHandling.combined'], { combined: true });
  text('quirk-wrong-total', 108, 'tab', ['printed totals that break identities: review.total and granted.total are printed 1 too high and stay as printed (checks fail)'], {
    printedData: (d) => {
      d.reviewLitigation.review.total += 1;
      d.requests.granted.total += 1;
      return d;
    },
  });
  text('quirk-blank-na', 109, 'tab', ['empty cells in a filled table (0, flag blank) and a row printed as / (null, notApplicable)'], {
    mutate: (t) => {
      for (const r of t.requests) if (r.kind === 'data' && r.key.startsWith('denied.')) r.cells = r.cells.map((c, i) => (i > 0 && c === '0' ? '' : c));
      const q = t.requests.find((r) => r.key === 'notProcessed.publication');
      q.cells = [q.cells[0], ...q.cells.slice(1).map(() => '/')];
      return t;
    },
    ...naRow('notProcessed.publication'),
  });
  text('quirk-gb18030', 110, 'tab', ['tab-separated text encoded in GB18030'], { encoding: 'gb18030' });
  text('quirk-utf16', 111, 'layout', ['UTF-16LE with BOM, layout style'], { encoding: 'utf16-bom' });
  text('quirk-utf8-bom', 112, 'tab', ['UTF-8 with BOM'], { post: (s) => `\uFEFF${s}` });
  text('quirk-2019', 113, 'tab', ['2019 template (国办公开办函〔2019〕60号): 22 active-disclosure fields, single （六） row'], { version: '2019', combined: true, agency: '示例县第113局' });
  text('quirk-2019-yuan', 115, 'layout', ['2019 template, layout style: decreases printed as 减少N, 政府集中采购 amount printed in 元 under a 采购总金额（元） header (golden in 万元, flag unitConverted)'], {
    version: '2019',
    combined: true,
    agency: '示例县第115局',
    mutate: (t) => {
      for (const r of t.activeDisclosure) {
        if (r.kind === 'header' && r.cells.includes('采购总金额')) r.cells = r.cells.map((c) => (c === '采购总金额' ? '采购总金额（元）' : c));
        if (r.kind !== 'data') continue;
        if (r.key === 'procurement') r.cells[2] = String(Math.round(Number(r.cells[2]) * 10000));
        else r.cells = r.cells.map((c) => c.replace(/^-(\d+)$/, '减少$1'));
      }
      return t;
    },
  });

  // Two years of one agency: 2024 carries over what 2023 carried forward, except 法律服务机构 (one more).
  const agency = '示例区第501局';
  const y2023 = makeValues(501, {});
  text('xyear-2023', 501, 'tab', ['cross-year pair with xyear-2024 (same agency, 2023)'], { agency, year: 2023 });
  text('xyear-2024', 502, 'tab', ['cross-year pair with xyear-2023: carriedOver equals 2023 carriedForward in every column but legalService (2023: n, 2024: n + 1)'], {
    agency,
    year: 2024,
    printedData: (d) => chainYears(y2023, d, 'legalService'),
  });

  fusedDump(k);
  htmlSamples(k);
  pdfSamples(k);
  write('bad/empty', 'txt', '', null);
  write('bad/not-a-report', 'txt', '关于做好春节期间安全生产工作的通知\n各单位：\n请认真做好节日期间的安全生产工作。\n', null);
  write('bad/binary', 'txt', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)), null);
  badPdfs(k);
}

/** Broken PDFs: encrypted (password 'xxgk'), truncated, and a scan with no text layer. */
function badPdfs({ pdf, renderHtml, base, makeValues, activeTable, requestTable, reviewTable, H, NARRATIVE, samplesDir, readSample, write }) {
  const b = base(308);
  const data = makeValues(308, {});
  const t = { activeDisclosure: activeTable(data, '2021'), requests: requestTable(data, false), reviewLitigation: reviewTable(data) };
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H, print: { noChrome: true } });
  pdf('bad/encrypted', html, { tool: 'libreoffice', password: 'xxgk' }, null);
  pdf('bad/scan', html, { tool: 'chromium', scan: true }, null);
  const whole = readSample('pdf-chromium-web.pdf');
  write('bad/truncated', 'pdf', whole.subarray(0, Math.floor(whole.length / 2)), null);
}

/** A crawler dump: the whole report on one line, table cells concatenated without separators. */
function fusedDump(k) {
  // The first seed whose request rows and table 四 split uniquely under their identities.
  for (let seed = 114; seed < 200; seed++) {
    try {
      return fusedDumpFor(k, seed);
    } catch (error) {
      if (!String(error.message).includes('not unique')) throw error;
    }
  }
  throw new Error('no seed gives a uniquely splittable dump');
}

function fusedDumpFor({ write, golden, base, makeValues }, seed) {
  const b = { ...base(114), agency: '示例市第114局' };
  const data = makeValues(seed, { digits: 1, scale: 3 });
  data.activeDisclosure.regulations = { issued: 0, repealed: 0, inForce: 0 };
  data.activeDisclosure.normativeDocuments = { issued: 12, repealed: 3, inForce: 45 };
  const parts = [`标题: ${b.agency}${b.year}年政府信息公开工作年度报告`, '发布时间: 2025-01-20 10:00', '==== 正文 ====',
    '当前位置：首页 政务公开 来源：示例 一、总体情况本机关坚持以公开为常态。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数'];
  const uncertain = {};
  for (const [group, label, key, cols] of ACTIVE_2021) {
    const vals = cols.map((c) => data.activeDisclosure[key][c]);
    const run = vals.join('');
    parts.push(`${group ? `${group}信息内容本年处理决定数量` : ''}${label}${run}`);
    if (cols.length > 1) {
      const cands = splits(run, cols.length);
      if (cands.length > 1) cols.forEach((c, i) => (uncertain[`activeDisclosure.${key}.${c}`] = [...new Set(cands.map((x) => x[i]))].sort((a, z) => a - z)));
    }
  }
  parts.push('三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他');
  for (const [group, label, key] of requestRows(false)) {
    const vals = COLS.map((c) => get(data.requests, `${key}.${c}`));
    const run = vals.join('');
    const ok = splits(run, 7).filter(rowOk);
    if (ok.length !== 1) throw new Error(`dump row ${key} '${run}' is not unique by its row identity (${ok.length}); choose another seed`);
    parts.push(`${group}${label}${run}`);
  }
  const review = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => data.reviewLitigation[g][c]));
  if (splits(review.join(''), 15).filter(reviewOk).length !== 1) throw new Error('dump review run is not unique');
  parts.push(`四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${review.join('')}`);
  parts.push('五、存在的主要问题及改进情况存在的主要问题：公开内容的精准度有待提高。六、其他需要报告的事项本年度未收取信息处理费。附件下载');
  const body = [...parts.slice(0, 3), parts.slice(3).join('')].join('\n');
  const g = golden({ ...b, data, uncertain, notes: ['crawler dump: all table cells concatenated; activeDisclosure.normativeDocuments (run 12345) has no identity and stays ambiguous; every requests row splits uniquely under its row identity; table 四 run splits uniquely under the three 总计 identities'] });
  for (const key of Object.keys(uncertain)) {
    const [, row, col] = key.split('.');
    delete g.data.activeDisclosure[row][col];
  }
  write('quirk-fused-dump', 'txt', body, g);
}

const nullLeaves = (x) => (x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, nullLeaves(v)])) : null);

/** One report rendered as an HTML page (kept as .html, or printed to .pdf by `printer`). */
function page(k, stem, seed, { style = 'cms', charset = 'utf-8', encoding = 'utf8', version = '2021', combined = false, print, printer, notes, layoutTable, imageTables, crawled, printedData, goldenData }) {
  const { write, golden, base, makeValues, renderHtml, H, NARRATIVE, activeTable, requestTable, reviewTable, pdf, clone } = k;
  const b = base(seed, { version });
  const data = makeValues(seed, { combined, version });
  const printed = printedData ? printedData(clone(data)) : data;
  const t = { activeDisclosure: activeTable(printed, version), requests: requestTable(printed, combined), reviewLitigation: reviewTable(printed) };
  const title = `${b.agency}${b.year}年政府信息公开工作年度报告`;
  const html = renderHtml({ title, agency: b.agency, published: b.published, tables: t, narrative: NARRATIVE, headings: H, style, charset, print, layoutTable, imageTables, crawled });
  // Tables printed as pictures cannot be read: the golden expects every table field null.
  const shown = goldenData ? goldenData(clone(printed)) : printed;
  const g = golden({ ...b, data: imageTables ? nullLeaves(shown) : shown, notes });
  if (!printer) return write(stem, 'html', html, g, encoding);
  pdf(stem, html, printer, g);
}

/** Rows of table 三 zeroed where `key` is printed '/' (so the totals still add up), and null in the golden. */
const naRow = (key) => ({
  printedData: (d) => {
    const [a, b] = key.split('.');
    for (const c of COLS) {
      d.requests.totalHandled[c] -= d.requests[a][b][c];
      d.requests.newReceived[c] -= d.requests[a][b][c];
      d.requests[a][b][c] = 0;
    }
    return d;
  },
  goldenData: (d) => {
    const [a, b] = key.split('.');
    for (const c of COLS) d.requests[a][b][c] = null;
    return d;
  },
});

function htmlSamples(k) {
  const chrome = 'site chrome (nav, breadcrumb, related list, footer), rowspan group labels, <br/> in header cells';
  page(k, 'html-cms-utf8', 201, { notes: [`cms-style page in utf-8, with ${chrome}`] });
  page(k, 'html-word-gb18030', 202, { style: 'word', charset: 'gb2312', encoding: 'gb18030', notes: [`word-style page in gb2312, with ${chrome}`] });
  page(k, 'html-2019-cms', 206, { version: '2019', combined: true, notes: ['2019 template (single （六） row) as a CMS page in utf-8'] });
  page(k, 'html-combined-word', 207, { style: 'word', combined: true, notes: ['2021 template with a single （六）其他处理 row, Word-style page'] });
  page(k, 'html-layout-table', 208, { layoutTable: true, notes: ['old CMS page: menu and article side by side in a layout table, the data tables nested inside its cell'] });
  page(k, 'html-image-tables', 209, { imageTables: true, notes: ['the three statistics tables published as pictures: warning table_is_image, every table field null (missing), never invented'] });
  page(k, 'html-crawled-split', 211, {
    charset: 'gb2312',
    crawled: { naSpan: 'notProcessed.publication', blankZeros: true, splitTables: true },
    ...naRow('notProcessed.publication'),
    notes: [
      'a crawled page saved as UTF-8 that still declares gb2312 (warning encoding_declared_wrong)',
      '<title> with the site name after _, no signature: the date comes from 发布时间 in the chrome',
      'table 三: header rows in a table of their own, the body split in two at （四） with 续表 between (the 三 rowspan cut by the split)',
      'zeros in tables 三 and 四 printed as &nbsp; (0, flag blank); the 不予处理 3. row printed as one <td colspan=7>/</td> (null, notApplicable)',
    ],
  });
  page(k, 'docx-word', 210, { style: 'word', printer: { tool: 'libreoffice', to: 'docx' }, notes: ['a Word attachment (.docx, made by LibreOffice from a Word-style page), read through mammoth'] });
  listPage(k);
}

/** A CMS list page of annual reports: E_LIST_PAGE, not a report. */
function listPage({ write }) {
  const items = Array.from({ length: 8 }, (_, i) => `<li><a href="/art/${2024 - i}/1/20/art_${i}.html">示例市第201局${2024 - i}年政府信息公开工作年度报告</a><span>${2025 - i}-01-20</span></li>`).join('\n');
  write('bad/list-page', 'html', `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>\n<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n<ul class="list">\n${items}\n</ul>\n<div class="page">共8条 1/1页</div></body></html>\n`, null);
}

/** PDFs printed from generated pages by Chromium and LibreOffice (see scripts/print-pdf.mjs). */
export function pdfSamples(k) {
  page(k, 'pdf-chromium-web', 301, { printer: { tool: 'chromium', headerFooter: true }, notes: ['a CMS page with its site chrome printed by Chromium: running header (date, title) and footer (URL, n/m) on every page, borders as thin filled rectangles, Kangxi radicals, table 三 split over pages'] });
  page(k, 'pdf-chromium-stacked', 302, { printer: { tool: 'chromium' }, print: { noChrome: true, narrow: true, stacked: true, spaced: true }, notes: ['Chromium print, narrow page: labels wrapped over two or three lines inside their cells, 三、本年度办理结果 stacked one character per line, label cells letter-spaced (商 业 企 业)'] });
  page(k, 'pdf-chromium-borderless', 303, { printer: { tool: 'chromium' }, print: { noChrome: true, borderless: true }, notes: ['Chromium print of tables without any border: cells from positions and gaps only (whitespace strategy)'] });
  page(k, 'pdf-chromium-borderless-wrapped', 309, { printer: { tool: 'chromium' }, print: { noChrome: true, borderless: true, narrow: true, spaced: true }, notes: ['Chromium print of a narrow borderless page: labels wrapped around their numbers (lines above and below the numbers), letter-spaced labels, rows at page breaks'] });
  page(k, 'pdf-libreoffice-word', 304, { style: 'word', print: { small: true }, printer: { tool: 'libreoffice' }, notes: ['Word-style page converted by LibreOffice: borders as stroked paths'] });
  page(k, 'pdf-chromium-vertical', 305, { combined: true, printer: { tool: 'chromium' }, print: { noChrome: true, vertical: true }, notes: ['Chromium print, 2021 template with a single （六） row, 三、本年度办理结果 written vertically (writing-mode: vertical-rl)'] });
  page(k, 'pdf-2019-libreoffice', 306, { version: '2019', combined: true, style: 'word', print: { small: true }, printer: { tool: 'libreoffice' }, notes: ['2019 template converted by LibreOffice'] });
  page(k, 'pdf-2019-chromium', 307, { version: '2019', combined: true, printer: { tool: 'chromium' }, print: { noChrome: true, narrow: true }, notes: ['2019 template printed by Chromium, narrow page'] });
}
