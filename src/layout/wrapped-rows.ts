import { maxOf } from '../_internal/extremes.js';
/**
 * @file Rows of a space-aligned table whose label wraps over several lines (a fixed-width dump, or
 * `pdftotext -layout` of a narrow label column): '7.属于行政执   3   1   4' / '法案卷', or a row of
 * empty cells printed as its label alone, '5.属于三类内' / '部事务信息'. Lines from one that starts a
 * row of its own (its last label piece a numbered item, block or section) up to the next such line
 * are one row when they print at most one line of numbers (a row's numbers lie within its label's
 * lines, whichever line they are on) and the label pieces are a wrap: each piece lies under a piece
 * of the row's first line (its label column) and each piece but a column's last fills the column
 * (within one wide character of the column's widest). The row's label is each column's pieces
 * joined, columns left to right. Anything else is left as printed.
 */

/** Display width or characters: the two ways a dump pads its columns. */
export type Measure = 'chars' | 'width';

/** A piece of label text on a table line and where it starts under both measures. */
export interface LabelPiece {
  text: string;
  start: Record<Measure, number>;
  width: Record<Measure, number>;
  /** Its words (split at single spaces), each placed alike: a piece may hold two label columns' text one space apart (w3m: '）不 家秘密'). */
  words?: LabelPiece[];
}

/** A line of a table as wrapped-rows reads it: its label pieces and whether it prints numbers. */
export interface LabelLine {
  index: number;
  pieces: LabelPiece[];
  hasNumbers: boolean;
}

/** Starts a row of its own: a numbered item ('3.其他'), a block ('（七）总计'), a section ('四、结转…'). */
export const OWN_ROW_START = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*[、.．])/;
/** Label pieces: split at 2+ spaces, or at one space before a numbering mark ('（三）不予公 1.属于国家秘'). */
const PIECE_GAP = /\s{2,}|\s(?=[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]+、)/;
/** How far a continuation piece may start from its column's start, and a wrapped piece fall short of the column's widest. */
const START_TOLERANCE = 1;
const FILL_TOLERANCE: Record<Measure, number> = { width: 2, chars: 1 };

/** The label pieces of `label` printed from `from` on `raw`, measured by `measure` (a function of a prefix). */
export function labelPieces(raw: string, labelEnd: number, measure: (s: string) => Record<Measure, number>): LabelPiece[] {
  const out: LabelPiece[] = [];
  let at = 0;
  const text = raw.slice(0, labelEnd);
  for (const part of text.split(PIECE_GAP)) {
    const i = text.indexOf(part, at);
    at = i + part.length;
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const lead = part.length - part.trimStart().length;
    const words = [...trimmed.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: measure(text.slice(0, i + lead + w.index!)), width: measure(w[0]) }));
    out.push({ text: trimmed, start: measure(text.slice(0, i + lead)), width: measure(trimmed), ...(words.length > 1 ? { words } : {}) });
  }
  return out;
}

/**
 * `p` cut where its words start label columns (`starts`): its words grouped, each group from a word
 * starting a column; null when it starts none.
 */
function piecesIn(p: LabelPiece, starts: readonly number[], m: Measure): LabelPiece[] | null {
  const at = (q: LabelPiece): boolean => starts.some((s) => Math.abs(s - q.start[m]) <= START_TOLERANCE);
  if (!at(p)) return null;
  if (!p.words) return [p];
  const groups: LabelPiece[][] = [];
  for (const w of p.words) {
    if (at(w)) groups.push([w]);
    else groups.at(-1)!.push(w);
  }
  return groups.map((g) => {
    const last = g.at(-1)!;
    const width = { chars: last.start.chars + last.width.chars - g[0]!.start.chars, width: last.start.width + last.width.width - g[0]!.start.width };
    return { text: g.map((w) => w.text).join(' '), start: g[0]!.start, width };
  });
}

const ownStart = (l: LabelLine): boolean => l.pieces.length > 0 && OWN_ROW_START.test(l.pieces.at(-1)!.text);
/** A numbered item ('1.'): after a block label alone ('（五）不予处理'), that label is the block's group label. */
export const ITEM = /^\s*\d{1,2}\s*[.、．](?!\d)/;
/** A block label with no numbered item in it ('（五）不予处理', not '（三）不予公开 1.属于国家秘密'). */
export const BARE_BLOCK = /^\s*[（(][一二三四五六七八九十]+[）)](?!.*\d\s*[.、．])/;

/** A section label with no block or numbered item in it ('三 、本 年 度办 理 结果': table 三's group of blocks, letter-spaced). */
const BARE_SECTION = /^\s*[一二三四五六七八九十]+\s*[、.．](?!.*(?:[（(][一二三四五六七八九十]+[）)]|\d\s*[.、．]))/;

/** An item numbered 2 or more ('5.要求行政机关确认…'): never a group label. */
const LATER_ITEM = /^\s*(?:[2-9]|\d{2})\s*[.、．](?!\d)/;

/**
 * A label with no numbers beside it, followed by `next`, is a row of empty cells, not a group label
 * printed above (or beside) its items: not a bare block or section label before an item (a group
 * label centred in its tall cell prints beside a middle item), nor anything before item 1 but an
 * item numbered 2 or more — the last item of the block before ('5.要求行政机关确认…' above '1.申请人
 * 无正当理由…' when （六）'s label is centred lower down).
 */
export function blankRowLabel(label: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  return !((BARE_BLOCK.test(label) || BARE_SECTION.test(label)) && ITEM.test(next)) && (LATER_ITEM.test(label) || !/^\s*1\s*[.、．](?!\d)/.test(next));
}

/** The row's label when `lines` are one wrapped row under `m`, else null. */
function joinedUnder(lines: readonly LabelLine[], m: Measure): string | null {
  const columns = lines[0]!.pieces.map((p) => ({ start: p.start[m], pieces: [p] }));
  const starts = columns.map((c) => c.start);
  for (const line of lines.slice(1)) {
    for (const whole of line.pieces) {
      // A piece wholly left of the row's label columns is a group column's text ('三、本' / '年度办' / '理结果' beside a block's wrapped label): not the row's.
      if (whole.start[m] + whole.width[m] <= starts[0]! - START_TOLERANCE) continue;
      const cut = piecesIn(whole, starts, m);
      if (!cut) return null;
      for (const p of cut) columns.find((c) => Math.abs(c.start - p.start[m]) <= START_TOLERANCE)!.pieces.push(p);
    }
  }
  for (const c of columns) {
    const widest = maxOf(c.pieces.map((p) => p.width[m]));
    if (c.pieces.slice(0, -1).some((p) => p.width[m] < widest - FILL_TOLERANCE[m])) return null;
  }
  return columns.map((c) => c.pieces.map((p) => p.text).join('')).join(' ');
}

/**
 * The wrapped rows of one table's lines (`closed`: the table ends at a heading or header line, so
 * its last row is whole): each as its lines' indices and its joined label. Rows of one line are
 * left to the caller.
 */
export function wrappedRows(lines: readonly LabelLine[], closed: boolean): { indices: number[]; label: string }[] {
  const out: { indices: number[]; label: string }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!ownStart(lines[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && !ownStart(lines[j]!)) j++;
    const row = lines.slice(i, j);
    const complete = j < lines.length || closed;
    const numbered = row.filter((l) => l.hasNumbers).length;
    if (row.length > 1 && complete && numbered <= 1) {
      const label = joinedUnder(row, 'width') ?? joinedUnder(row, 'chars');
      const next = lines[j]?.pieces.at(-1)?.text;
      if (label !== null && (numbered === 1 || blankRowLabel(label, next))) out.push({ indices: row.map((l) => l.index), label });
    }
    i = j;
  }
  return out;
}
