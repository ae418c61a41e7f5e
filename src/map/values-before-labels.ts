/**
 * @file Table 三 printed values before labels (plain `pdftotext`): each row's numbers on the line
 * before its label, or on the same line before the label ('156 41 … 322 ⇥ 一、本年新收…'). Read
 * after their labels, such rows hold the right values only while no row is damaged: one row with
 * no values, a value missing, a row left out or printed twice moves every row below it by one, and
 * the identities cannot see the shift when a member of each comes out null (总计 or 结转 left
 * unread). The table's reading is confirmed only when every identity of the table is evaluated (no
 * member null) and holds; otherwise map/index caps the table (`rows_unread`). An identity that
 * could not be evaluated confirms nothing.
 */
import type { Line } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import { EPSILON, parsePart } from '../solve/propagate.js';
import type { Identity } from '../template/index.js';

/** A printed cell value: a count or a not-applicable mark. */
const VALUE = /^(\d+|[-—–/／])$/;

/** The first row label of table 三 (本年新收…): values printed before it have no label before them. */
const FIRST_ROW = /本年新收/;

/** The last row label of table 三 (四、结转下年度继续办理). */
const LAST_ROW = /结转下年/;

/** Numbers that make a line a row's value block (a page number '- 5 -' is not one). */
const MIN_BLOCK_DIGITS = 3;

/** The line's whitespace-separated tokens. */
const tokensOf = (l: Line): string[] => l.cells.flatMap((c) => c.trim().split(/\s+/)).filter((t) => t !== '');

/** Leading value tokens of a line (digits only counted) and whether a label follows them. */
function leadingValues(l: Line): { digits: number; labelAfter: boolean; all: boolean } {
  const t = tokensOf(l);
  let i = 0;
  while (i < t.length && VALUE.test(t[i]!)) i++;
  const digits = t.slice(0, i).filter((x) => /^\d+$/.test(x)).length;
  return { digits, labelAfter: i > 0 && i < t.length, all: i === t.length && i > 0 };
}

/**
 * True when table 三's lines print values before labels: a value block (≥ 3 numbers) on the lines
 * between the column header and the first row label (本年新收…), or before that label on its own line.
 */
export function printsValuesBeforeLabels(lines: readonly Line[] | null): boolean {
  if (!lines) return false;
  // A row's values before its label on one line: label-first tables never print that.
  if (lines.some((l) => { const v = leadingValues(l); return v.labelAfter && v.digits >= MIN_BLOCK_DIGITS; })) return true;
  if (endsOnLabel(lines)) return true;
  const first = lines.findIndex((l) => FIRST_ROW.test(l.cells.join(' ')));
  if (first < 0) return false;
  // Value-only lines just above the first row label (after the last text line: the column header).
  for (let i = first - 1; i >= 0; i--) {
    const v = leadingValues(lines[i]!);
    if (!v.all) break;
    if (v.digits >= MIN_BLOCK_DIGITS) return true;
  }
  return false;
}

/**
 * The last row label (结转下年度…) printed right after a value block with no value after it: the
 * shape of values-before-labels lines whose first row lost its values (the labels and the value
 * blocks alternate from a label), and of label-first lines whose last row lost them. The two cannot
 * be told apart; either way a row is unread.
 */
function endsOnLabel(lines: readonly Line[]): boolean {
  const last = lines.findIndex((l) => LAST_ROW.test(l.cells.join(' ')) && !/\d/.test(l.cells.join(' ')));
  if (last <= 0) return false;
  const before = leadingValues(lines[last - 1]!);
  const after = lines[last + 1] ? leadingValues(lines[last + 1]!) : null;
  return before.all && before.digits >= MIN_BLOCK_DIGITS && !(after && after.digits > 0);
}

/**
 * True when the table's reading is confirmed by its identities: every identity whose keys start
 * with `prefix` has all its members read (none null; a not-applicable mark is read, as 0) and holds. An identity with a member null was
 * not evaluated and confirms nothing; a table without identities is not confirmed.
 */
export function identitiesConfirm(prefix: string, identities: readonly Identity[], fields: ReadonlyMap<string, SolvedField>): boolean {
  const own = identities.filter((id) => id.total.startsWith(prefix));
  if (own.length === 0) return false;
  // A printed not-applicable mark ('/') counts as 0, as in the checks (src/checks): a row marked so is read, not lost.
  const value = (key: string): number | null | undefined => {
    const f = fields.get(key);
    return f?.value === null && f.flags.includes('notApplicable') && !f.flags.includes('ambiguous') ? 0 : f?.value;
  };
  return own.every((id) => {
    const total = value(id.total);
    // A part written '-key' is subtracted (requests.balance: 新收 = 办结 + 结转下年 − 上年结转).
    const parts = id.parts.map(parsePart).map(({ key, sign }) => ({ v: value(key), sign }));
    if (typeof total !== 'number' || parts.some((p) => typeof p.v !== 'number')) return false;
    return Math.abs(parts.reduce((a, p) => a + p.sign * (p.v as number), 0) - total) < EPSILON;
  });
}
