/**
 * @file A report page whose tables print a row-number column (序号: 1 … N, one per row, table 二 counting on
 * across its small tables), '件' after some rows' counts, a caption row ('表二 …（单位：件）'), footnotes with
 * numbers under the tables ('注：…共计12件'), blank zeros: the looks of breakit59's own renderer (tester39,
 * 2026-12-04; its gen.mjs). Used by numbered-print-variants.mjs.
 */
import { get, requestRows, REVIEW_GROUPS, REVIEW_COLS, COLS } from './template-data.mjs';
import { activeTable, NARRATIVE, H } from './make-samples.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text, attrs = '') => `<td${attrs ? ` ${attrs}` : ''} style="border:1px solid #000;padding:2px 3px;text-align:center">${text === '' ? '&nbsp;' : esc(text)}</td>`;
const T_OPEN = '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;font-size:10.5pt">';

/** A value as printed: blank for 0 (blankZeros), '件' after a count of a row that prints it. */
function show(v, L, key) {
  const s = String(v);
  if (L.blankZeros && s === '0' && key !== 'active') return '';
  return L.jian && key !== 'amount' && /^\d+$/.test(s) && L.jianRows.has(key) ? `${s}件` : s;
}

function activeHtml(data, version, L) {
  const out = [T_OPEN];
  if (L.caption) out.push(`<tr>${td('表一 主动公开政府信息情况', 'colspan="5"')}</tr>`);
  let n = 0;
  for (const r of activeTable(data, version)) {
    if (r.kind === 'group') out.push(`<tr>${L.rowNo ? td('') : ''}${td(r.cells[0], 'colspan="4"')}</tr>`);
    else if (r.kind === 'header') out.push(`<tr>${L.rowNo ? td('序号') : ''}${r.cells.map((c) => td(c)).join('')}</tr>`);
    else {
      const vals = r.cells.slice(1).map((c) => show(c, L, r.key === 'fees' ? 'amount' : 'active'));
      out.push(`<tr>${L.rowNo ? td(String(++n)) : ''}${td(r.cells[0])}${vals.map((c) => td(c)).join('')}</tr>`);
    }
  }
  return [...out, '</table>'].join('\n');
}

function requestsHtml(data, combined, L) {
  const rows = requestRows(combined);
  const out = [T_OPEN];
  if (L.caption) out.push(`<tr>${td('表二 收到和处理政府信息公开申请情况（单位：件）', `colspan="${L.rowNo ? 11 : 10}"`)}</tr>`);
  out.push(`<tr>${L.rowNo ? td('序号', 'rowspan="3"') : ''}${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>`,
    `<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join('')}</tr>`);
  // Every row its own label cells (group labels repeated: no rowspans to keep in step).
  let group = '';
  rows.forEach(([grp, label, key], i) => {
    if (grp && grp !== '三、本年度办理结果') group = grp;
    const big = i >= 2 && i < rows.length - 1 ? '三、本年度办理结果' : '';
    const sub = big && !/^(granted|partiallyGranted|totalHandled)$/.test(key) && key !== 'otherHandling.combined' ? group : '';
    const lead = !big ? td(label, 'colspan="3"') : sub ? td(big) + td(sub) + td(label) : td(big) + td(label, 'colspan="2"');
    const vals = COLS.map((c) => show(get(data.requests, `${key}.${c}`), L, key));
    out.push(`<tr>${L.rowNo ? td(String(i + 1)) : ''}${lead}${vals.map((v) => td(v)).join('')}</tr>`);
  });
  return [...out, '</table>'].join('\n');
}

function reviewHtml(data, L) {
  const res = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const vals = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => show(get(data.reviewLitigation, `${g}.${c}`), L, 'review')));
  return [T_OPEN, `<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>`,
    `<tr>${res.map((h) => td(h, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>`,
    `<tr>${[...res, ...res].map((h) => td(h)).join('')}</tr>`, `<tr>${vals.map((v) => td(v)).join('')}</tr>`, '</table>'].join('\n');
}

/** The page: L = { rowNo, jian, jianRows: Set of row keys (and 'review'), caption, footnotes, blankZeros }. */
export function numberedPage({ title, agency, published, data, version, combined, L }) {
  const p = (t) => `<p style="text-indent:2em">${esc(t)}</p>`;
  const h = (t) => `<p><strong>${esc(t)}</strong></p>`;
  const note = (t) => (L.footnotes ? `<p style="font-size:9pt">${esc(t)}</p>` : '');
  const body = [
    h(H.overview), ...NARRATIVE.overview.split('\n').map(p),
    h(H.activeDisclosure), activeHtml(data, version, L), note('注：行政事业性收费金额单位为万元。'),
    h(H.requests), requestsHtml(data, combined, L), note(`注：“其他”指除上述类型以外的法人或其他组织，共计${get(data.requests, 'newReceived.otherOrg')}件。`),
    h(H.reviewLitigation), reviewHtml(data, L), note('注：行政复议、行政诉讼案件数以结案时间统计。'),
    h(H.problems), p(NARRATIVE.problems), h(H.other), p(NARRATIVE.other),
    `<p style="text-align:right">${esc(agency)}</p>`, `<p style="text-align:right">${published.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>`,
  ].join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{font-family:"Noto Sans CJK SC",sans-serif}</style></head>
<body><h2>${esc(title)}</h2>\n${body}\n</body></html>\n`;
}
