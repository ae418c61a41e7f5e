/**
 * @file One report's review page, in Chinese, for a 政务公开 officer: what needs attention (failed
 * sums, cross-year findings, warnings), the three tables in the template's layout with the problem
 * cells outlined and explained beside them, the source lines they were read from, and a form that
 * downloads the corrections as `corrections.csv` for `xxgk batch --corrections`.
 */
import type { BatchRow, CarryMismatch, CrossYearMismatch } from '../batch/index.js';
import { checkText } from '../export/cell-note.js';
import { attentionOf, attentionText } from '../export/attention.js';
import { carryText, crossYearText, errorText, warningText } from './explain.js';
import { esc, page } from './html.js';
import { tablesHtml, type Problem } from './tables.js';


/** Links and position of a page among the index's order. */
export interface PageContext {
  index: string;
  prev?: string;
  next?: string;
  position: string;
  crossYear: readonly CrossYearMismatch[];
  /** Soft table-二 carry findings (shown as hints). */
  carry?: readonly CarryMismatch[];
}

function nav(ctx: PageContext): string {
  return `<nav><a href="${esc(ctx.index)}">← 返回列表</a> · 第 ${esc(ctx.position)} 份${ctx.prev ? ` · <a href="${esc(ctx.prev)}">上一份</a>` : ''}${ctx.next ? ` · <a href="${esc(ctx.next)}">下一份</a>` : ''}</nav>`;
}

function sourceLines(row: BatchRow, problems: readonly Problem[]): string {
  const byText = new Map<string, number[]>();
  for (const p of problems) {
    const s = row.report!.fields[p.key]?.source;
    if (!s?.text) continue;
    const label = `${s.page ? `第 ${s.page} 页` : ''}${s.line ? ` 第 ${s.line} 行` : ''}`.trim();
    const k = `${label}\u0000${s.text}`;
    byText.set(k, [...(byText.get(k) ?? []), p.n]);
  }
  if (byText.size === 0) return '';
  const items = [...byText].map(([k, ns]) => {
    const [label, text] = k.split('\u0000');
    return `<li>格 ${ns.map((n) => `<a href="#c${n}">${n}</a>`).join('、')}${label ? `（${esc(label)}）` : ''}：<span class="src">${esc(text)}</span></li>`;
  });
  return `<h2>这些格子读自原文的哪一行</h2><ul>${items.join('')}</ul>`;
}

const FORM_SCRIPT = `document.getElementById('dl').onclick=function(){var who=document.getElementById('who').value.trim(),why=document.getElementById('why').value.trim();
var q=function(s){s=String(s);if(/^[=+\\-@\\t\\r]/.test(s)&&isNaN(Number(s)))s="'"+s;return /[",\\r\\n]/.test(s)?'"'+s.replace(/"/g,'""')+'"':s};
var rows=[],bad=[];document.querySelectorAll('input.fix').forEach(function(i){var v=i.value.trim();if(!v)return;if(v!=='/'&&isNaN(Number(v)))bad.push(v);rows.push([document.body.dataset.sha,i.dataset.key,v==='/'?'':v,who,why].map(q).join(','))});
var m=document.getElementById('msg');if(!rows.length){m.textContent='请先在上面的“正确值”框中填写数字';return}if(bad.length){m.textContent='正确值只能填数字：'+bad.join('、');return}if(!who||!why){m.textContent='请填写更正人和理由';return}
var b=new Blob(['\\ufeffsha256,key,value,who,why\\r\\n'+rows.join('\\r\\n')+'\\r\\n'],{type:'text/csv'});var a=document.createElement('a');a.href=URL.createObjectURL(b);a.download='corrections.csv';a.click();m.textContent='已生成 corrections.csv（'+rows.length+' 条）'};`;

function form(sha256: string): string {
  return `<h2>提交更正</h2><p>在上面各格说明中的“正确值”框里填入核对后的数字（原表为“/”的填 /），再填写更正人和理由，点击下载。把下载的 corrections.csv 交给运行程序的同事，用 <code>xxgk batch … --corrections corrections.csv</code> 重新生成结果：更正的数字会标为“已人工更正”，原读取值保留。</p>
<form class="fix" onsubmit="return false"><label>更正人 <input type="text" id="who"></label> <label>理由 <input type="text" id="why" placeholder="例如：对照原文第3页"></label> <button type="button" id="dl">下载 corrections.csv</button> <span id="msg"></span></form>
<p class="meta">没有脚本时也可以手写 CSV，每行一条：<code>sha256,key,value,who,why</code>，本报告的 sha256 为 <code>${esc(sha256)}</code>，key 见各格的 <code>data-key</code> 或 codebook.csv。</p>`;
}

/** The page of one batch row. */
export function renderReportPage(row: BatchRow, ctx: PageContext): string {
  const r = row.report;
  const title = r?.meta.title ?? row.file;
  if (!r) {
    const why = errorText(row.error?.code);
    return page(title, `${nav(ctx)}<h1>${esc(row.file)}</h1><p class="alert">未能读取：${esc(why)}（${esc(row.error?.code)}）</p><p class="meta">${esc(row.error?.message)}</p>`);
  }
  const mine = ctx.crossYear.filter((m) => m.current.file === row.file || m.previous.file === row.file);
  const attention = attentionOf(row, mine.length);
  const issues = [
    ...r.checks.filter((c) => !c.ok).map((c) => `合计关系不成立：${checkText(c)}`),
    ...mine.map((m) => `与相邻年度衔接不一致：${crossYearText(m)}`),
    ...(ctx.carry ?? []).filter((c) => c.current.file === row.file || c.previous.file === row.file).map((c) => `提示：${carryText(c)}`),
    ...r.warnings.map(warningText),
  ];
  const { html, problems } = tablesHtml(r);
  const body = [
    nav(ctx),
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">机关：${esc(r.meta.agency ?? '未识别')} · 年度：${esc(r.meta.year ?? '未识别')} · 模板：${esc(r.meta.templateVersion)} 版 · 发布日期：${esc(r.meta.publishedAt ?? '—')} · 整体置信度 ${r.confidence.toFixed(2)}<br>文件：${esc(row.file)} · sha256 ${esc(row.sha256)}</p>`,
    issues.length || problems.length ? `<p class="alert">需核对：${esc(attentionText(attention))}</p>${issues.length ? `<ul class="alert">${issues.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : ''}` : '<p class="ok">没有需要核对的地方。</p>',
    '<p class="legend">格子颜色：<span class="bad">红框：无法确定</span><span class="low">橙框：请核对</span><span class="fixed">蓝框：已更正</span><span class="none">灰色：未读到</span>“/”为原表不适用。</p>',
    html,
    sourceLines(row, problems),
    problems.some((p) => !r.fields[p.key]?.flags.includes('corrected')) ? form(row.sha256) : '',
    nav(ctx),
  ].join('\n');
  return page(title, body, problems.length ? FORM_SCRIPT : '').replace('<body>', `<body data-sha="${esc(row.sha256)}">`);
}
