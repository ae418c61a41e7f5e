/**
 * @file One row's values printed over two lines with its wrapped label: `pdftotext -layout` of a
 * narrow or borderless page prints the first cells beside the label's first line and the rest
 * beside its tail ('…只计这一情形，不 937 211 25 0' / '计其他情形） 0 0 1173'), sometimes with the
 * item number alone between them ('其他法律行政 7 0 1 0' / '2.' / '法规禁止公开 0 0 8'). Read line
 * by line, that is two rows of too few values, the second named by no template row (or less well
 * than by the joined label). They are joined
 * into one row when the joined label names a template row at least as well as the first line alone
 * and the two value runs together fill exactly that row's columns. The joined row is `joined` (its
 * label comes from two lines: labelPartial, capped by the score stage); the row identity still
 * checks its values in the solver.
 */
import type { RowSpec } from '../template/index.js';
import { JOIN_MARGIN, MAX_FRAGMENT_CHARS, MIN_LABEL_SCORE, rowMatches, type MappedRow } from './join-fragments.js';
import { maxOf } from '../_internal/extremes.js';

/** A piece of label text that is only an item number ('2.', '4、'): the row's numbering, not its words. */
const NUMBERING = /^[(（]?\d{1,2}[)）]?\s*[.、．]?$/;

/** A row of printed values only: numbers, or not-applicable marks ('/': a row marked so wraps like any other). */
const numeric = (r: MappedRow): boolean => r.values.length > 0 && r.blankCells === 0 && !r.onGrid && r.values.every((v) => v.kind === 'num' || v.kind === 'na');

/** The best template row for a label and its score. */
function best(row: Pick<MappedRow, 'label' | 'pending'>, specs: readonly RowSpec[]): { spec: RowSpec | undefined; score: number } {
  const scores = rowMatches(row, specs).best.map((m) => m.score);
  const top = maxOf(scores, 0);
  return { spec: top > 0 ? specs[scores.indexOf(top)] : undefined, score: top };
}

/**
 * Cells of one row placed on the dump's columns over two lines, each column printed on exactly one of
 * them (the other line's cell there blank): breaker40 b2-ptt-layout/r59's '（二）部分公开（区分处理的，只计这一情形，不计 0'
 * over '其他情形）   0 0 1 0 1 2' (the first line's six blank cells had been read as zeros at 0.85). The
 * merged cells, or null when the lines do not so complement each other.
 */
function complementary(a: MappedRow, b: MappedRow): MappedRow['values'] | null {
  // (Aligned columns of a space-aligned dump put each line on the grid, its empty cells blank tokens: onGrid.)
  if (a.values.length !== b.values.length || a.values.length < 2) return null;
  const out: MappedRow['values'] = [];
  for (let i = 0; i < a.values.length; i++) {
    const [x, y] = [a.values[i]!, b.values[i]!];
    if ((x.kind === 'blank') === (y.kind === 'blank')) return null;
    const v = x.kind === 'blank' ? y : x;
    if ((v.kind !== 'num' && v.kind !== 'na') || ('unread' in v && v.unread)) return null;
    out.push(v);
  }
  return out;
}

/** `b` continued `a` (its label tail and its last cells), or null. */
function joinPair(a: MappedRow, b: MappedRow, specs: readonly RowSpec[]): MappedRow | null {
  const merged = complementary(a, b);
  if (!merged && (!numeric(a) || !numeric(b))) return null;
  if (!/\p{L}/u.test(a.label)) return null;
  const pieces = [...b.pending.split(' '), ...b.label.split(' ')].filter((p) => p && !NUMBERING.test(p));
  // Text without words between the runs ('717' '-' '2 3038') is a sign or a mark, not a label tail.
  if (pieces.some((p) => !/\p{L}/u.test(p))) return null;
  const tail = pieces.join('');
  // Complementary cells join only under a label's wrapped tail: a line of cells with no text of its own is as well
  // the next row with its label lost (breaker40 pdf/r11: （七）总计's cells and the unlabelled '0 … 0' after them).
  if (tail.length > MAX_FRAGMENT_CHARS || (merged && tail === '')) return null;
  const own = best(a, specs);
  const joined = { pending: a.pending, label: `${a.label}${tail}` };
  const both = best(joined, specs);
  if (!both.spec || both.score < MIN_LABEL_SCORE || both.score < own.score) return null;
  // The second line names a row of its own as well as the joined label does: two rows, each short of
  // values ('不再处理其政府信息公开申请' alone is a partial match of a row, the tail of another).
  const alone = best(b, specs).score;
  if (alone >= MIN_LABEL_SCORE && both.score < alone + JOIN_MARGIN) return null;
  const k = both.spec.columns.length;
  const digitsSuspect = a.digitsSuspect === true || b.digitsSuspect === true;
  if (merged) return merged.length !== k ? null : { ...a, ...joined, values: merged, joined: true, ...(digitsSuspect ? { digitsSuspect } : {}) };
  if (a.values.length >= k || a.values.length + b.values.length !== k) return null;
  return { ...a, ...joined, values: [...a.values, ...b.values], joined: true, ...(digitsSuspect ? { digitsSuspect } : {}) };
}

/** Joins rows whose values were printed over two lines beside a wrapped label. */
export function joinSplitRows(rows: readonly MappedRow[], specs: readonly RowSpec[]): MappedRow[] {
  const out: MappedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    const joined = next ? joinPair(rows[i]!, next, specs) : null;
    if (joined) {
      out.push(joined);
      i++;
    }
    else out.push(rows[i]!);
  }
  return out;
}
