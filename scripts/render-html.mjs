/**
 * @file Synthetic report → HTML page: CMS style (TRS_Editor div inside site chrome, inline styles,
 * rowspan group labels) or Word style (mso classes, <o:p>, &nbsp; in empty cells, <br> in headers).
 */
/** A cell printed as `&nbsp;` (zeros left empty by the CMS editor). */
const NBSP = '\u00a0';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function cell(text, style, attrs = '') {
  const numeric = /^[\d.,/-]*$/.test(text);
  if (numeric) attrs = `${attrs} class="n"`;
  const body = text === NBSP ? '<p>&nbsp;</p>' : text === '' ? (style === 'word' ? '&nbsp;<o:p></o:p>' : '') : style === 'word' ? `<p class="MsoNormal"><span lang="EN-US">${esc(text)}</span><o:p></o:p></p>` : `<p style="text-align:center">${esc(text)}</p>`;
  return `<td ${attrs} style="border:1px solid #000;padding:2px">${body}</td>`;
}

const TABLE_OPEN = '<table border="1" cellspacing="0" width="100%" style="border-collapse:collapse">';

/**
 * `crawled` quirks: `splitTables` (table 三's header rows in a table of their own, its body cut in
 * two before （四） with 续表 between), `blankZeros` (zeros in tables 三 and 四 as &nbsp;),
 * `naSpan` (that row of table 三 printed as one '/' cell spanning its seven values), `fitSpan` (the
 * group label before a one-row （六）其他处理 spans only its own items; without it the span takes that
 * row too, so a browser shifts it one column right, as a CMS row template keeping the six-item span
 * does: the breakit sets' pages have it), `thousands` (counts of 1000 and more printed with
 * thousands separators, '21,160').
 */
function tableHtml(rows, style, kind, crawled = {}) {
  const out = [TABLE_OPEN];
  const grouped = (v) => (crawled.thousands && /^\d{4,}$/.test(v) ? Number(v).toLocaleString('en-US') : v);
  const shown = (v) => (crawled.blankZeros && v === '0' ? NBSP : grouped(v));
  if (kind === 'requests') {
    const data = rows.filter((r) => r.kind === 'data');
    out.push(`<tr>${cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', style, 'colspan="3" rowspan="3"')}${cell('申请人情况', style, 'colspan="7"')}</tr>`);
    out.push(`<tr>${cell('自然人', style, 'rowspan="2"')}${cell('法人或其他组织', style, 'colspan="5"')}${cell('总计', style, 'rowspan="2"')}</tr>`);
    out.push(`<tr>${['商业<br/>企业', '科研<br/>机构', '社会公益<br/>组织', '法律服务<br/>机构', '其他'].map((h) => `<td style="border:1px solid #000">${h}</td>`).join('')}</tr>`);
    if (crawled.splitTables) out.push('</table>', TABLE_OPEN);
    const groupSpan = (i) => {
      let n = 1;
      while (data[i + n] && !data[i + n].group && !/^[一二三四]、|（七）|（二）/.test(data[i + n].cells[0]) && !(crawled.fitSpan && data[i + n].cells[0] === '（六）其他处理')) n++;
      return n;
    };
    data.forEach((r, i) => {
      const [label, ...vals] = r.cells;
      let lead = '';
      if (r.group === '三、本年度办理结果') {
        lead = cell('三、本年度办理结果', style, `rowspan="${data.length - 3}" id="results"`) + cell(label, style, 'colspan="2"');
      } else if (r.group) lead = cell(r.group, style, `rowspan="${groupSpan(i)}"`) + cell(label, style);
      else if (/^[一二四]、/.test(label)) lead = cell(label, style, 'colspan="3"');
      else if (/^（[二七]）|^（六）其他处理$/.test(label)) lead = cell(label, style, 'colspan="2"');
      else lead = cell(label, style);
      if (crawled.splitTables && r.group === '（四）无法提供') out.push('</table>', '<p style="text-align:left">（续表）</p>', TABLE_OPEN);
      const values = r.key === crawled.naSpan ? cell('/', style, `colspan="${vals.length}"`) : vals.map((v) => cell(shown(v), style)).join('');
      out.push(`<tr>${lead}${values}</tr>`);
    });
  } else if (kind === 'review') {
    // The template's own header: 行政复议 over five columns, 行政诉讼 over ten in two groups.
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    out.push(`<tr>${cell('行政复议', style, 'colspan="5"')}${cell('行政诉讼', style, 'colspan="10"')}</tr>`);
    out.push(`<tr>${results.map((h) => cell(h, style, 'rowspan="2"')).join('')}${cell('未经复议直接起诉', style, 'colspan="5"')}${cell('复议后起诉', style, 'colspan="5"')}</tr>`);
    out.push(`<tr>${[...results, ...results].map((h) => cell(h, style)).join('')}</tr>`);
    for (const r of rows.filter((x) => x.kind === 'data')) out.push(`<tr>${r.cells.map((c) => cell(shown(c), style)).join('')}</tr>`);
  } else {
    for (const r of rows) {
      if (r.kind === 'group') out.push(`<tr>${cell(r.cells[0], style, 'colspan="4"')}</tr>`);
      else out.push(`<tr>${r.cells.map((c) => cell(c, style)).join('')}</tr>`);
    }
  }
  out.push('</table>');
  return out.join('\n');
}

/**
 * Extra CSS for pages printed to PDF: `borderless` removes every border, `stacked` squeezes the
 * 三、本年度办理结果 cell to one character per line, `vertical` writes it top to bottom,
 * `spaced` letter-spaces every label cell ('商 业 企 业'), `narrow` shrinks the page width so long
 * labels wrap over two or three lines.
 */
function printCss(print = {}) {
  return [
    print.borderless ? 'td{border:none !important} table{border:none}' : '',
    print.stacked ? '#results{width:1em;padding:0 4px}' : '',
    print.vertical ? '#results{writing-mode:vertical-rl}' : '',
    print.spaced ? 'td:not(.n) p{letter-spacing:.5em}' : '',
    print.narrow ? 'body{max-width:150mm;font-size:15px}' : '',
    print.noChrome ? '.header,.crumb,.related,.footer{display:none}' : '',
    print.small ? 'td{font-size:8pt}' : '',
  ].join('\n');
}

/** A whole page. `charset` is declared in <meta>; the caller encodes the bytes accordingly. */
/**
 * A whole page. `crawled` (an object of quirks, see tableHtml) also makes the page as a crawler
 * saved it: the site name after the `<title>`, no signature (the date is only in 发布时间).
 */
export function renderHtml({ title, agency, published, tables, narrative, headings, style = 'cms', charset = 'utf-8', print, layoutTable = false, imageTables = false, crawled }) {
  const p = (t) => (style === 'word' ? `<p class="MsoNormal"><span style="font-family:仿宋">${esc(t)}</span><o:p></o:p></p>` : `<p style="text-indent:2em">${esc(t)}</p>`);
  const h = (t) => (style === 'word' ? `<p class="MsoNormal"><b><span style="font-family:黑体">${esc(t)}</span></b></p>` : `<p><span style="font-family: 黑体">${esc(t)}&nbsp;</span></p>`);
  const body = [
    h(headings.overview), ...narrative.overview.split('\n').map(p),
    h(headings.activeDisclosure), imageTables ? '<p><img src="/upload/2025/biao2.png" width="600"></p>' : tableHtml(tables.activeDisclosure, style, 'active'),
    h(headings.requests), imageTables ? '<p><img src="/upload/2025/biao3.png" width="600"></p>' : tableHtml(tables.requests, style, 'requests', crawled),
    h(headings.reviewLitigation), imageTables ? '<p><img src="/upload/2025/biao4.png" width="600"></p>' : tableHtml(tables.reviewLitigation, style, 'review', crawled),
    h(headings.problems), p(narrative.problems),
    h(headings.other), p(narrative.other),
    ...(crawled ? [] : [`<p style="text-align:right">${esc(agency)}</p>`, `<p style="text-align:right">${published.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>`]),
  ].join('\n');
  const chrome = `<div class="header"><ul class="nav"><li>首页</li><li>政务公开</li><li>政府信息公开年报</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>`;
  const related = `<div class="related"><h3>相关文章</h3><ul><li>2023年度政府信息公开工作年度报告</li><li>2022年度政府信息公开工作年度报告</li></ul></div>
<div class="footer">主办单位：示例市人民政府办公室 版权所有 网站标识码1234567890</div>`;
  const inner = style === 'word'
    ? `<div class="WordSection1"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22pt;font-family:方正小标宋简体">${esc(title)}</span></b></p>\n${body}</div>`
    : `<div class="article"><h1>${esc(title)}</h1><div class="info">发布时间：${published} 来源：${esc(agency)}</div><div class="TRS_Editor">${body}</div></div>`;
  // Old CMS templates put the whole page in a layout table: menu cell on the left, article on the right.
  const article = layoutTable
    ? `<table width="980" border="0" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>政府信息公开年报</li></ul></td><td valign="top">${inner}</td></tr></table>`
    : inner;
  return `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(title)}${crawled ? '_示例市人民政府门户网站' : ''}</title>
<style>.nav li{display:inline}${printCss(print)}</style><script>var x = "一、总体情况";</script></head>
<body>${chrome}\n${article}\n${related}</body></html>\n`;
}

/**
 * Tab-separated text lines → an HTML page: each run of lines holding a tab is one bordered `<table>` (a cell's
 * '\n' a `<br>`), other lines paragraphs; `css` added to the page's style (unit-pair-variants, dash-cell-variants).
 */
export function tabLinesHtml(lines, css = '') {
  const out = [];
  let table = null;
  const flush = () => {
    if (table) out.push(`<table border="1" cellspacing="0">${table.join('')}</table>`);
    table = null;
  };
  for (const l of lines) {
    if (!l.includes('\t')) {
      flush();
      out.push(`<p>${l}</p>`);
      continue;
    }
    (table ??= []).push(`<tr>${l.split('\t').map((c) => `<td>${c.replace(/\n/g, '<br>')}</td>`).join('')}</tr>`);
  }
  flush();
  return `<html><head><meta charset="utf-8"><style>td{padding:2px 6px} ${css}</style></head><body>${out.join('\n')}</body></html>`;
}
