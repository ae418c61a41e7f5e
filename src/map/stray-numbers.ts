/**
 * @file Numbers printed as cells outside a table's region: what tells a table of labels alone in a text dump or a page
 * laid out by position (no cell drawn) printed blank from one whose cells a dumper wrote elsewhere. A column-major dump
 * (pdfminer, plain pdftotext) writes a table's labels, then its cells column after column — after the labels, under the
 * next section's heading, often beside a piece of the header ('业 8 0 0 0 …', '织 构 7 0 1 …'); a page break moves them
 * past the next table. Each such number is on a line of numbers and short fragments; prose prints its numbers inside its
 * sentences ('全年共收到申请0件', '2024年1月25日'). A table printed blank leaves no such number outside the other
 * tables' own (map/blank-table labelsAloneBlank).
 */
import type { Line } from '../model/document.js';
import type { FoundSection } from '../sections/index.js';
import { parseWholeValue } from '../tables/tokenize-cell.js';
import { pageMark } from './blank-table.js';

/** A date printed spaced ('2024 年 1 月 22 日', a -layout dump's signature line): prose, no cell. */
const SPACED_DATE = /\d{4}[\s\u3000]*年(?:[\s\u3000]*\d{1,2}[\s\u3000]*月(?:[\s\u3000]*\d{1,2}[\s\u3000]*日)?)?/g;
/** A sentence's punctuation: a line holding it is prose wrapped ('17 件。', '0 元。'), not cells. */
const SENTENCE_MARK = /[。，；：！？]/;
/** Characters a non-number token of a line of cells may have: a header's piece beside a column's run ('业', '织 构', '其 他'). */
const FRAGMENT_CHARS = 2;

/**
 * Numbers `line` prints as cells: its tokens that are one value each (a number, a mark for none), when every other token
 * is a fragment of at most FRAGMENT_CHARS characters and no sentence's mark; 0 for prose, a label with its values (a row
 * of a table: its region's), a page mark ('- 3 -', '第3页') or a date.
 */
export function lineNumbers(line: Line): number {
  const text = line.cells.join(' ');
  if (pageMark(text)) return 0;
  const tokens = text.replace(SPACED_DATE, ' ').split(/[\s\u3000]+/).filter((t) => t !== '');
  let numbers = 0;
  for (const t of tokens) {
    if (parseWholeValue(t) !== null) numbers++;
    else if ([...t].length > FRAGMENT_CHARS || SENTENCE_MARK.test(t)) return 0;
  }
  return numbers;
}

/**
 * Numbers printed as cells outside the section `key` that the other tables' sections do not account for: those in the
 * sections before it beyond `budget.before` (the earlier tables' cells), and those in the sections after it — none where
 * they are exactly `budget.after` (table 四's 15 cells, wherever a page break put some of them); fewer or more may be
 * `key`'s cells written there. Null when no section follows `key` (its region is not closed: a dump cut inside the table
 * or right after its labels, its cells lost) or the document has no section `key`.
 */
export function strayNumbers(sections: readonly FoundSection[], key: FoundSection['key'], budget: { before: number; after?: number }): number | null {
  const at = sections.findIndex((s) => s.key === key);
  if (at < 0 || at === sections.length - 1) return null;
  const count = (list: readonly FoundSection[]): number => list.reduce((n, s) => n + s.body.reduce((m, l) => m + lineNumbers(l), 0), 0);
  const after = count(sections.slice(at + 1));
  return Math.max(0, count(sections.slice(0, at)) - budget.before) + (after === budget.after ? 0 : after);
}
