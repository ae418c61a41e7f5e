/**
 * @file Numbers printed outside a table's region that may be its cells: what tells a table of labels alone in a text dump
 * or a page laid out by position (no cell drawn) printed blank from one whose cells a dumper wrote elsewhere, or whose
 * numbers the report prints elsewhere. A column-major dump (pdfminer, plain pdftotext) writes a table's labels, then its
 * cells column after column — after the labels, under the next section's heading, often beside a piece of the header
 * ('业 8 0 0 0 …', '织 构 7 0 1 …'); a page break moves them past the next table. A report may print the table's rows again
 * with their labels (an appendix table '一、本年新收政府信息公开申请数量 9 3 0 0 0 0 12', a row '行政复议及诉讼 1 0 0 …' beside
 * table 四's own cells) or state its counts in a sentence ('共收到政府信息公开申请12件'). Prose prints its other numbers inside
 * its sentences ('全年共收到申请0件', '2024年1月25日'). A table printed blank leaves no such number outside the other tables'
 * own (map/blank-table labelsAloneBlank, printedBlank).
 */
import type { Line } from '../model/document.js';
import type { FoundSection } from '../sections/index.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { pageMark } from './blank-table.js';

/** A date printed spaced ('2024 年 1 月 22 日', a -layout dump's signature line): prose, no cell. */
const SPACED_DATE = /\d{4}[\s\u3000]*年(?:[\s\u3000]*\d{1,2}[\s\u3000]*月(?:[\s\u3000]*\d{1,2}[\s\u3000]*日)?)?/g;
/** A sentence's punctuation: a line holding it is prose wrapped ('17 件。', '0 元。'), not cells. */
const SENTENCE_MARK = /[。，；：！？]/;
/** A sentence's end: a label holding it is prose ('…予以答复。 1 2 3'), not a row's label. */
const SENTENCE_END = /[。；：！？;:!?]/;
/** Characters a non-number token of a line of cells may have: a header's piece beside a column's run ('业', '织 构', '其 他'). */
const FRAGMENT_CHARS = 2;
/**
 * Numbers a line must end with after a label of its own to be a row of cells ('一、本年新收政府信息公开申请数量 9 3 0 0 0 0 12',
 * '行政复议及诉讼 1 0 0 0 1 …'): three — a table 二 row's label and its one value ('行政许可 152') is counted by its region, a
 * phone number ('电话 0571 8888') is not a row.
 */
const MIN_ROW_VALUES = 3;

/** True when `token` is one value (a number, a mark for none). */
const isValue = (token: string): boolean => parseWholeValue(token) !== null;

/**
 * Numbers `line` prints as cells: its tokens that are one value each (a number, a mark for none), when every other token
 * is a fragment of at most FRAGMENT_CHARS characters and no sentence's mark, or when they are the last MIN_ROW_VALUES
 * tokens or more after a label ending no sentence (a row of a table printed with its label); 0 for prose, a label with a
 * value or two, a page mark ('- 3 -', '第3页') or a date.
 */
export function lineNumbers(line: Line): number {
  const text = line.cells.join(' ');
  if (pageMark(text)) return 0;
  const tokens = text.replace(SPACED_DATE, ' ').split(/[\s\u3000]+/).filter((t) => t !== '');
  let numbers = 0;
  let fragments = true;
  for (const t of tokens) {
    if (isValue(t)) numbers++;
    else if ([...t].length > FRAGMENT_CHARS || SENTENCE_MARK.test(t)) fragments = false;
  }
  if (fragments) return numbers;
  let label = tokens.length - 1;
  while (label >= 0 && isValue(tokens[label]!)) label--;
  const trailing = tokens.length - 1 - label;
  return trailing >= MIN_ROW_VALUES && !tokens.slice(0, label + 1).some((t) => SENTENCE_END.test(t)) ? trailing : 0;
}

/** Words of a sentence stating a table's counts: table 三's requests, table 四's reviews and suits. */
const STATED_SUBJECT: Partial<Record<FoundSection['key'], RegExp>> = { requests: /申请/, reviewLitigation: /复议|诉讼/ };
/**
 * A count a sentence states: a number and a counting word ('12件', '3 宗', in Chinese numerals '两件', '十一起' — none of them
 * 0); not a year, a date, a share or money.
 */
const STATED_COUNT = /(?<![\d.])(\d[\d,，]*|[一二两三四五六七八九十百千万]+)[\s\u3000]*(?:件|宗|起|个|人次)/g;

/**
 * Counts other than 0 that the clauses of `lines` naming table `key`'s subject state ('共收到政府信息公开申请12件'): the table's
 * numbers printed in prose. 0 where none is ('全年共收到政府信息公开申请0件，主动公开政府信息2612条，其中政策文件50件': the 50
 * is another clause's, of no request).
 */
export function statedCounts(lines: readonly Line[], key: FoundSection['key']): number {
  const subject = STATED_SUBJECT[key];
  if (!subject) return 0;
  let n = 0;
  for (const sentence of lines.map((l) => l.cells.join(' ')).join('\n').split(/[。！？；;!?，,\n]/)) {
    if (!subject.test(sentence)) continue;
    for (const m of sentence.matchAll(STATED_COUNT)) if (!/^[\d,，]+$/.test(m[1]!) || Number(m[1]!.replace(/[,，]/g, '')) !== 0) n++;
  }
  return n;
}

/**
 * Numbers outside the section `key` that may be its cells: those printed as cells (`lineNumbers`) that the other tables'
 * sections do not account for — in the sections before it beyond `budget.before` (the earlier tables' cells), and in the
 * sections after it, none where they are exactly `budget.after` (table 四's 15 cells, wherever a page break put some of
 * them; fewer or more may be `key`'s cells written there) — and the counts other than 0 that sentences naming its subject
 * state anywhere, its own section's notes too (`statedCounts`). Null when no section follows `key` (its region is not closed: a dump cut
 * inside the table or right after its labels, its cells lost) or the document has no section `key`.
 */
export function strayNumbers(sections: readonly FoundSection[], key: FoundSection['key'], budget: { before: number; after?: number; readWhole?: FoundSection['key'] }): number | null {
  const at = sections.findIndex((s) => s.key === key);
  if (at < 0 || at === sections.length - 1) return null;
  const count = (list: readonly FoundSection[]): number => list.reduce((n, s) => n + s.body.reduce((m, l) => m + lineNumbers(l), 0), 0);
  const later = sections.slice(at + 1);
  // (A later table read whole from its own region — table 四's 15 cells, each group's total holding — accounts for the numbers
  // there up to `budget.after`, however a dumper fused or split them: pypdf's '000000020201001', '0 00 0 …'.)
  const whole = later.filter((s) => s.key === budget.readWhole);
  const wholeCount = count(whole);
  const after = whole.length > 0 && wholeCount <= (budget.after ?? 0) ? count(later.filter((s) => s.key !== budget.readWhole)) : count(later);
  // (Its own section's prose too: a note under table 四 stating '行政复议维持1件'; the table's cells print no counting word.)
  const stated = statedCounts(sections.flatMap((s) => s.body), key);
  return Math.max(0, count(sections.slice(0, at)) - budget.before) + (after === budget.after ? 0 : after) + stated;
}
