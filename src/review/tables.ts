/**
 * @file A report's three tables in the template's layout as HTML: problem cells outlined (red: no
 * value could be settled; orange: check it; blue: corrected) with a number, and beside each table
 * the numbered notes: where, what was read, why it needs a look, the candidates, a box for the
 * right value (the correction form).
 */
import { explainField, fieldStatus, STATUS_ZH } from '../export/status.js';
import { markOf, shownValue } from '../export/cell-note.js';
import { layTables, type LaidTable } from '../export/layout.js';
import { describeLocation } from '../export/location.js';
import { flattenData } from '../report-data.js';
import type { Report } from '../schema/report.js';
import { esc } from './html.js';

/** A problem cell of the page, numbered in reading order. */
export interface Problem {
  n: number;
  key: string;
}

function headHtml(t: LaidTable['blocks'][number]['head']): string {
  return t.map((row) => `<tr>${row.map((h) => `<th${h.colspan ? ` colspan="${h.colspan}"` : ''}${h.rowspan ? ` rowspan="${h.rowspan}"` : ''}>${esc(h.text)}</th>`).join('')}</tr>`).join('');
}

/** One table with its notes; `problems` collects the numbered cells. */
function tableHtml(t: LaidTable, report: Report, values: Map<string, unknown>, problems: Problem[]): string {
  const mine: Problem[] = [];
  const cell = (key: string): string => {
    const info = report.fields[key];
    const mark = markOf(info);
    const shown = shownValue(values.get(key), info);
    if (!mark || mark === 'none') return `<td class="v${mark ? ` ${mark}` : ''}">${esc(shown)}</td>`;
    const p = { n: problems.length + 1, key };
    problems.push(p);
    mine.push(p);
    return `<td class="v ${mark}" id="c${p.n}" title="${esc(describeLocation(key))}">${esc(shown)}<sup class="n">${p.n}</sup></td>`;
  };
  const blocks = t.blocks.map((b) => `<table>${headHtml(b.head)}${b.rows.map((r) => `<tr>${r.label !== undefined ? `<td class="l">${esc(r.label)}</td>` : ''}${r.keys.map(cell).join('')}</tr>`).join('')}</table>`);
  const notes = mine.map((p) => noteHtml(p, report, values.get(p.key)));
  return `<h2>${esc(t.title)}</h2><div class="wrap"><div>${blocks.join('')}</div>${notes.length ? `<ol class="notes">${notes.join('')}</ol>` : ''}</div>`;
}

function noteHtml(p: Problem, report: Report, value: unknown): string {
  const info = report.fields[p.key];
  const status = fieldStatus(info);
  const read = typeof value === 'number' ? `读到 ${value}` : status === 'ambiguous' ? '没有定值' : '没有读到';
  const why = info?.correction ? `原读取值 ${info.correction.original.value ?? '无'}；更正人 ${info.correction.who}；理由 ${info.correction.why}` : explainField(info);
  const input = `<label>正确值 <input class="fix" data-key="${esc(p.key)}" inputmode="decimal"></label>`;
  return `<li value="${p.n}"><b>${esc(describeLocation(p.key))}</b>：${esc(read)}（${esc(STATUS_ZH[status])}）。${esc(why)}。${status === 'corrected' ? '' : input}</li>`;
}

/** The three tables with their notes, and the problem cells in page order. */
export function tablesHtml(report: Report): { html: string; problems: Problem[] } {
  const values = flattenData(report.data);
  const problems: Problem[] = [];
  const html = layTables(report).map((t) => tableHtml(t, report, values, problems)).join('\n');
  return { html, problems };
}
