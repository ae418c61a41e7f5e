/**
 * @file `xxgk review`: one self-contained HTML page to check an archive by eye. Per report: its
 * three tables drawn in the template layout with every cell coloured by confidence, the failed
 * checks, cross-year mismatches, and the flagged fields lowest confidence first, each with the
 * source snippet it was read from. Reports with the most doubt come first. No scripts, no assets.
 */
import type { BatchRow, CrossYearMismatch } from '../batch/index.js';
import { flattenData } from '../report-data.js';
import type { FieldInfo, Report } from '../schema/report.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS, templateFor, type Template } from '../template/index.js';

const esc = (s: unknown): string => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Confidence bands, as the calibration table of `compare` uses them. */
function band(info: FieldInfo | undefined): string {
  if (!info || info.flags.includes('missing') || info.flags.includes('ambiguous')) return 'none';
  return info.confidence >= 0.9 ? 'high' : info.confidence >= 0.7 ? 'mid' : info.confidence >= 0.5 ? 'low' : 'none';
}

const CSS = `body{font:13px/1.4 system-ui,"Noto Sans CJK SC",sans-serif;margin:16px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin:28px 0 6px;border-top:2px solid #999;padding-top:10px}
h3{font-size:14px;margin:14px 0 4px}table{border-collapse:collapse;margin:4px 0}
td,th{border:1px solid #bbb;padding:2px 6px;text-align:right;white-space:nowrap}th{background:#f2f2f2;font-weight:normal;text-align:center}
td.l{text-align:left;max-width:26em;overflow:hidden;text-overflow:ellipsis}
.high{background:#d9f2d9}.mid{background:#fff3b0}.low{background:#ffd59e}.none{background:#f7b0b0}
.legend span{display:inline-block;padding:1px 8px;margin-right:6px}.bad{color:#b00}.meta{color:#555}
code{background:#f4f4f4;padding:0 3px}`;

function cell(key: string, values: Map<string, unknown>, fields: Report['fields']): string {
  const info = fields[key];
  const v = values.get(key);
  const shown = v === null || v === undefined ? (info?.flags.includes('notApplicable') ? '/' : '—') : String(v);
  const title = info ? `${key}\nconfidence ${info.confidence}${info.flags.length ? `\nflags: ${info.flags.join(', ')}` : ''}${info.candidates ? `\ncandidates: ${info.candidates.join(', ')}` : ''}` : key;
  return `<td class="${band(info)}" title="${esc(title)}">${esc(shown)}</td>`;
}

function rowsTable(table: string, specs: Template['activeRows'], values: Map<string, unknown>, fields: Report['fields'], header?: string[]): string {
  const width = Math.max(...specs.map((s) => s.columns.length));
  const head = header ? `<tr><th></th>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>` : '';
  const body = specs
    .map((s) => `<tr><td class="l">${esc(s.labels[0])}</td>${s.columns.map((c) => cell(`${table}.${s.key}.${c}`, values, fields)).join('')}${'<td></td>'.repeat(width - s.columns.length)}</tr>`)
    .join('');
  return `<table>${head}${body}</table>`;
}

function reviewTable(values: Map<string, unknown>, fields: Report['fields']): string {
  const names = { review: '行政复议', litigationDirect: '诉讼·未经复议', litigationAfterReview: '诉讼·复议后' };
  const cols = { upheld: '维持', corrected: '纠正', other: '其他', pending: '未结', total: '总计' };
  return `<table><tr>${REVIEW_GROUPS.map((g) => `<th colspan="5">${names[g]}</th>`).join('')}</tr><tr>${REVIEW_GROUPS.map(() => REVIEW_COLUMNS.map((c) => `<th>${cols[c]}</th>`).join('')).join('')}</tr><tr>${REVIEW_GROUPS.map((g) => REVIEW_COLUMNS.map((c) => cell(`reviewLitigation.${g}.${c}`, values, fields)).join('')).join('')}</tr></table>`;
}

function flaggedList(report: Report): string {
  const flagged = Object.entries(report.fields)
    .filter(([, f]) => f.confidence < 0.9 || f.flags.some((x) => x !== 'blank'))
    .sort((a, b) => a[1].confidence - b[1].confidence || a[0].localeCompare(b[0]));
  if (flagged.length === 0) return '<p>No flagged field.</p>';
  const items = flagged.map(([k, f]) => {
    const src = f.source ? [f.source.page ? `p.${f.source.page}` : '', f.source.line ? `line ${f.source.line}` : '', f.source.table !== undefined ? `table ${f.source.table} row ${f.source.row}` : ''].filter(Boolean).join(', ') : '';
    return `<tr><td class="${band(f)}">${f.confidence.toFixed(2)}</td><td class="l"><code>${esc(k)}</code></td><td class="l">${esc(f.flags.join(', '))}${f.candidates ? ` (candidates ${esc(f.candidates.join(' / '))})` : ''}</td><td class="l">${esc(src)}</td><td class="l" title="${esc(f.source?.text)}">${esc(f.source?.text)}</td></tr>`;
  });
  return `<table><tr><th>conf.</th><th>field</th><th>flags</th><th>where</th><th>source text</th></tr>${items.join('')}</table>`;
}

function reportSection(row: BatchRow, mismatches: readonly CrossYearMismatch[]): string {
  if (!row.report) return `<h2 class="bad">${esc(row.file)}: ${esc(row.error?.code)}</h2><p>${esc(row.error?.message)}</p>`;
  const r = row.report;
  const template = templateFor(r.meta.templateVersion === '2019' ? '2019' : '2021', r.fields['requests.otherHandling.combined.total'] ? 'combined' : 'split');
  const values = flattenData(r.data);
  const failed = r.checks.filter((c) => !c.ok);
  const mine = mismatches.filter((m) => m.current.file === row.file || m.previous.file === row.file);
  const requestHeader = ['自然人', '商业企业', '科研机构', '社会公益', '法律服务', '其他', '总计'];
  return [
    `<h2 id="${esc(row.file)}">${esc(r.meta.title ?? row.file)}</h2>`,
    `<p class="meta">${esc(row.file)} · template ${esc(r.meta.templateVersion)} · ${esc(r.meta.agency)} ${esc(r.meta.year)} · report confidence ${r.confidence.toFixed(2)} · ${r.warnings.length} warnings</p>`,
    failed.length ? `<h3 class="bad">Failed checks (${failed.length})</h3><ul>${failed.map((c) => `<li><code>${esc(c.id)}</code>: ${esc(c.expected)} expected, ${esc(c.actual)} printed</li>`).join('')}</ul>` : '',
    mine.length ? `<h3 class="bad">Cross-year mismatches</h3><ul>${mine.map((m) => `<li>${esc(m.column)}: carried forward ${m.previous.carriedForward} in ${m.previous.year} (${esc(m.previous.file)}), carried over ${m.current.carriedOver} in ${m.current.year} (${esc(m.current.file)})</li>`).join('')}</ul>` : '',
    r.warnings.length ? `<h3>Warnings</h3><ul>${r.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join('')}</ul>` : '',
    `<h3>Flagged fields, lowest confidence first</h3>${flaggedList(r)}`,
    `<h3>二、主动公开</h3>${rowsTable('activeDisclosure', template.activeRows, values, r.fields)}`,
    `<h3>三、依申请公开</h3>${rowsTable('requests', template.requestRows, values, r.fields, requestHeader)}`,
    `<h3>四、复议诉讼</h3>${reviewTable(values, r.fields)}`,
  ].join('\n');
}

/** The whole page. Reports with the lowest confidence (and failures) first. */
export function renderReview(rows: readonly BatchRow[], mismatches: readonly CrossYearMismatch[]): string {
  const order = [...rows].sort((a, b) => (a.report?.confidence ?? -1) - (b.report?.confidence ?? -1));
  const failed = rows.filter((r) => !r.ok).length;
  const index = order.map((r) => `<li><a href="#${esc(r.file)}">${esc(r.file)}</a> ${r.report ? r.report.confidence.toFixed(2) : `<span class="bad">${esc(r.error?.code)}</span>`}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>xxgk review: ${rows.length} reports</title><style>${CSS}</style></head><body>
<h1>xxgk review: ${rows.length} reports, ${failed} failed, ${mismatches.length} cross-year mismatches</h1>
<p class="legend">Cell colours: <span class="high">≥ 0.9</span><span class="mid">0.7–0.9</span><span class="low">0.5–0.7</span><span class="none">&lt; 0.5, missing or ambiguous</span> Hover a cell for its key, flags and candidates.</p>
<ol>${index}</ol>
${order.map((r) => reportSection(r, mismatches)).join('\n')}
</body></html>
`;
}
