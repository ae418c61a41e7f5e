/**
 * @file The three statistics tables of one report in the template's own layout, as data: header
 * rows (with spans, as printed) and value rows naming the key of each cell. The xlsx report sheets
 * and the review pages both draw from it, so both look like the printed form.
 */
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, templateFor, type Template } from '../template/index.js';
import { LITIGATION_WORD, REVIEW_GROUP_WORDS } from '../template/review.js';
import type { Report } from '../schema/report.js';
import { locationOf, REVIEW_COLUMN_NAMES, TABLE_TITLES } from './location.js';

/** A header cell as printed, with its spans. */
export interface HeadCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

/** A block of one table: its header rows and its value rows (a label and one key per value cell). */
export interface TableBlock {
  head: HeadCell[][];
  rows: { label?: string; keys: string[] }[];
}

/** One table of the template: title and blocks (table 二 has one block per column layout). */
export interface LaidTable {
  table: '二' | '三' | '四';
  title: string;
  blocks: TableBlock[];
}

/** The template variant of a report (2021 three or one （六） rows; 2019). */
export function templateOf(report: Report): Template {
  const version = report.meta.templateVersion === '2019' ? '2019' : '2021';
  return templateFor(version, report.fields['requests.otherHandling.combined.total'] ? 'combined' : 'split');
}

/** Table 二: consecutive rows with the same columns share a header row, as the form prints them. */
function activeTable(t: Template): LaidTable {
  const blocks: TableBlock[] = [];
  let last = '';
  for (const spec of t.activeRows) {
    const keys = spec.columns.map((c) => `activeDisclosure.${spec.key}.${c}`);
    const sig = spec.columns.join(',');
    if (sig !== last) blocks.push({ head: [[{ text: '信息内容' }, ...keys.map((k) => ({ text: locationOf(k).column }))]], rows: [] });
    last = sig;
    blocks.at(-1)!.rows.push({ label: locationOf(keys[0]!).row, keys });
  }
  return { table: '二', title: TABLE_TITLES.二, blocks };
}

function requestTable(t: Template): LaidTable {
  const names = REQUEST_COLUMNS.map((c) => locationOf(`requests.newReceived.${c}`).column);
  const head: HeadCell[][] = [
    [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowspan: 3 }, { text: '申请人情况', colspan: 7 }],
    [{ text: names[0]!, rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: names[6]!, rowspan: 2 }],
    names.slice(1, 6).map((text) => ({ text })),
  ];
  const rows = t.requestRows.map((spec) => {
    const keys = REQUEST_COLUMNS.map((c) => `requests.${spec.key}.${c}`);
    return { label: locationOf(keys[0]!).row, keys };
  });
  return { table: '三', title: TABLE_TITLES.三, blocks: [{ head, rows }] };
}

function reviewTable(): LaidTable {
  const cols = REVIEW_COLUMNS.map((c) => ({ text: REVIEW_COLUMN_NAMES[c]! }));
  const head: HeadCell[][] = [
    [{ text: REVIEW_GROUP_WORDS[0]![0], colspan: 5, rowspan: 2 }, { text: LITIGATION_WORD, colspan: 10 }],
    REVIEW_GROUP_WORDS.filter(([, g]) => g !== 'review').map(([text]) => ({ text, colspan: 5 })),
    [...cols, ...cols, ...cols],
  ];
  const keys = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `reviewLitigation.${g}.${c}`));
  return { table: '四', title: TABLE_TITLES.四, blocks: [{ head, rows: [{ keys }] }] };
}

/** The report's three tables as printed by its template. */
export function layTables(report: Report): LaidTable[] {
  const t = templateOf(report);
  return [activeTable(t), requestTable(t), reviewTable()];
}
