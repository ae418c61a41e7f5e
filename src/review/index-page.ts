/**
 * @file The review index: every report of the batch, most in need of attention first (documents
 * that could not be read, failed sums, cross-year findings, undetermined and low values,
 * warnings), each linking to its own page. A plain table without scripts: 5 000 reports are
 * about 1.5 MB and render at once.
 */
import { attentionText, type Attention } from '../export/attention.js';
import { errorText } from './explain.js';
import { esc, page } from './html.js';

/** One line of the index. */
export interface IndexEntry {
  href: string;
  file: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  confidence?: number;
  attention: Attention;
  /** Error code of a document that could not be read. */
  error?: string;
}

function needs(a: Attention): boolean {
  return a.failed || a.failedChecks > 0 || a.crossYear > 0 || a.ambiguous > 0 || a.low > 0 || a.missing > 0 || a.warnings > 0;
}

/** The index page; `entries` already in attention order. */
export function renderIndex(entries: readonly IndexEntry[], crossYearPairs: number): string {
  const failed = entries.filter((e) => e.attention.failed).length;
  const toCheck = entries.filter((e) => !e.attention.failed && needs(e.attention)).length;
  const rows = entries.map((e, i) => {
    const quiet = !needs(e.attention);
    const what = quiet ? '无' : e.attention.failed ? `未能读取：${errorText(e.error)}` : attentionText(e.attention);
    return `<tr${quiet ? ' class="quiet"' : ''}><td>${i + 1}</td><td><a href="${esc(e.href)}">${esc(e.title ?? e.file)}</a><br><span class="meta">${esc(e.file)}</span></td><td>${esc(e.agency ?? '')}</td><td>${esc(e.year ?? '')}</td><td${e.attention.failed || e.attention.failedChecks || e.attention.crossYear || e.attention.ambiguous ? ' class="alert"' : ''}>${esc(what)}</td><td>${e.confidence === undefined ? '—' : e.confidence.toFixed(2)}</td></tr>`;
  });
  const body = `<h1>政府信息公开年度报告读取结果核对</h1>
<p>共 ${entries.length} 份报告：未能读取 ${failed} 份，需要核对 ${toCheck} 份，其余 ${entries.length - failed - toCheck} 份没有发现问题。相邻年度衔接检查 ${crossYearPairs} 对。按需要核对的程度排序，点击报告名称查看原表样式的三张统计表和每个问题的说明。</p>
<table class="idx"><thead><tr><th>序号</th><th>报告</th><th>机关</th><th>年度</th><th>需核对</th><th>整体置信度</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
  return page(`读取结果核对：${entries.length} 份报告`, body);
}
