/**
 * @file The review index: every report of the batch, most in need of attention first (documents
 * that could not be read, failed sums, cross-year findings, undetermined and low values,
 * warnings), each linking to its own page. No scripts; pages of 500 reports (about 160 kB), rows
 * in blocks the browser lays out only when scrolled to, so the first page opens at once however
 * large the batch.
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
  return a.failed || a.failedChecks > 0 || a.crossYear > 0 || a.ambiguous > 0 || a.low > 0 || a.missing > 0 || a.metaInDoubt.length > 0 || a.warnings > 0;
}

/** Rows per block: blocks out of view are not laid out (`content-visibility: auto`), so 5 000 reports open at once. */
const BLOCK = 200;

/** Reports per index page: the most urgent 500 on the first page, which opens at once however big the batch. */
export const INDEX_PAGE_SIZE = 500;

/** File name of index page `p` (0-based): index.html, index-2.html, … */
export function indexPageName(p: number): string {
  return p === 0 ? 'index.html' : `index-${p + 1}.html`;
}

function pager(p: number, pages: number, total: number): string {
  if (pages <= 1) return '';
  const links = Array.from({ length: pages }, (_, k) => (k === p ? `<b>${k * INDEX_PAGE_SIZE + 1}–${Math.min(total, (k + 1) * INDEX_PAGE_SIZE)}</b>` : `<a href="${indexPageName(k)}">${k * INDEX_PAGE_SIZE + 1}–${Math.min(total, (k + 1) * INDEX_PAGE_SIZE)}</a>`));
  return `<nav>${p > 0 ? `<a href="${indexPageName(p - 1)}">上一页</a> · ` : ''}${links.join(' · ')}${p < pages - 1 ? ` · <a href="${indexPageName(p + 1)}">下一页</a>` : ''}</nav>`;
}

/** Index page `p` (0-based) of `entries`, already in attention order. */
export function renderIndex(entries: readonly IndexEntry[], crossYearPairs: number, p = 0): string {
  const pages = Math.max(1, Math.ceil(entries.length / INDEX_PAGE_SIZE));
  const first = p * INDEX_PAGE_SIZE;
  const failed = entries.filter((e) => e.attention.failed).length;
  const toCheck = entries.filter((e) => !e.attention.failed && needs(e.attention)).length;
  const rows = entries.slice(first, first + INDEX_PAGE_SIZE).map((e, j) => {
    const i = first + j;
    const quiet = !needs(e.attention);
    const what = quiet ? '无' : e.attention.failed ? `未能读取：${errorText(e.error)}` : attentionText(e.attention);
    const alert = e.attention.failed || e.attention.failedChecks || e.attention.crossYear || e.attention.ambiguous;
    return `<div class="ir${quiet ? ' quiet' : ''}"><span>${i + 1}</span><span><a href="${esc(e.href)}">${esc(e.title ?? e.file)}</a><br><span class="meta">${esc(e.file)}</span></span><span>${esc(e.agency ?? '')}</span><span>${esc(e.year ?? '')}</span><span${alert ? ' class="alert"' : ''}>${esc(what)}</span><span>${e.confidence === undefined ? '—' : e.confidence.toFixed(2)}</span></div>`;
  });
  const blocks: string[] = [];
  for (let i = 0; i < rows.length; i += BLOCK) blocks.push(`<div class="ib">${rows.slice(i, i + BLOCK).join('\n')}</div>`);
  const body = `<h1>政府信息公开年度报告读取结果核对</h1>
<p>共 ${entries.length} 份报告：未能读取 ${failed} 份，需要核对 ${toCheck} 份，其余 ${entries.length - failed - toCheck} 份没有发现问题。相邻年度衔接检查 ${crossYearPairs} 对。按需要核对的程度排序，点击报告名称查看原表样式的三张统计表和每个问题的说明。</p>
${pager(p, pages, entries.length)}
<div class="idx"><div class="ir ih"><span>序号</span><span>报告</span><span>机关</span><span>年度</span><span>需核对</span><span>整体置信度</span></div>
${blocks.join('\n')}
</div>
${pager(p, pages, entries.length)}`;
  return page(`读取结果核对：${entries.length} 份报告${pages > 1 ? `（第 ${p + 1} 页）` : ''}`, body);
}
