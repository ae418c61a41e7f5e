/**
 * @file Table 二's own text printed out of the template's order on the page: plain `pdftotext` (no
 * -layout) of a turned page (/Rotate 90, 180, 270, a landscape table page) writes the page's text
 * blocks in an order of the turned page's geometry — '本年废止件数' / '现行有效件数' before the
 * section's heading '二、主动公开政府信息情况', '行政强制' before '行政处罚', '第二十条第（八）项' before
 * '第二十条第（六）项', values before or after their labels, column by column bottom up, one row's
 * cells split around another's (`scripts/turned-ptt-variants.mjs`). Table 二 has no identity, so only
 * the stream's order could say which value is which row's and column's — and that order is then not
 * the page's: a label followed by a value ('行政处罚' / '18', 行政强制's) or a block of as many values
 * as cells read in row or column order (the first and last cell alike either way) were read at 0.95
 * and wrong (fb35 gsebooklor30-r90plain, turned-ptt-variants s201 cr-a4l.r180.plain).
 *
 * The evidence is the table's anchors — the section heading, the small tables' headings
 * (第二十条第（N）项), the row labels (each a line's first cell, exactly a template label) and, against
 * the section heading only, the column header words (a line's first cell, or its first word the head of one
 * word wrapped in a narrow cell: '本年废止件 现行有效件' / '数') — each printed once: the table is printed out of
 * order when a row label comes before an earlier row's label, a heading before an earlier small
 * table's heading, a column header word of the first small table (本年制发件数 / 本年废止件数 / 现行有效件数,
 * each a line's first cell: a header row of a layout dump or a grid is one line, its first cell 信息内容)
 * before an earlier one ('1' / '17' / '9' / '9' / '本年废止件数' / '本年制发件数' / '规章' …: a page turned
 * 180°, every cell of the 2 × 3 block in an order no reading gives), or any of its text before the
 * section heading. Inside one small table a label
 * before its own heading or header words is left alone: plain `pdftotext` of upright pages prints a
 * small table label column first (map/active-blocks, active-small-tables read those), and the
 * template keeps the small tables' order however the page is laid out. Lines shuffled within pages
 * (a dump of shuffled text) show it too, rightly. Every value of table 二 is then marked
 * `orderUnconfirmed` (≤ 0.85, src/score), settled blocks too: their cut at headings and their
 * order are the stream's.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import type { FoundSection } from '../sections/index.js';
import type { RowSpec } from '../template/index.js';

/** A small table's heading ('第二十条第（五）项', brackets half or full width): its item numeral. */
const HEADING = /^第二十条第\s*[（(]\s*([一二三四五六七八九十])\s*[）)]\s*项/;
/** Item numerals in order. */
const NUMERALS = '一二三四五六七八九十';
/**
 * Table 二's column header words (2021 and 2019 templates), normalized, each a whole cell: the first small
 * table's three in the template's order (compared with each other), then the others (compared with the
 * section heading only).
 */
const HEADER_RUNS: readonly (readonly string[])[] = [
  ['本年制发件数', '本年废止件数', '现行有效件数'],
  ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
  ['本年处理决定数量', '本年收费金额', '上一年项目数量', '处理决定数量', '采购项目数量', '采购总金额'],
];
/** The run of HEADER_RUNS whose words keep an order (the first small table's). */
const ORDERED_RUNS = 2;
/** An anchor kind: the section heading, a small table's heading, a row label, a column header word. */
type Kind = 'section' | 'heading' | 'label' | 'header';

interface Anchor {
  kind: Kind;
  /** Order in the template within its kind (heading numeral, row index, header word in its run). */
  rank: number;
  /** For a header word: its run in HEADER_RUNS (words of one ordered run are compared). */
  run?: number;
  /** Identity for the printed-once test. */
  id: string;
}

/** The anchor a line is, or null. */
function anchorOf(l: Line, labels: ReadonlyMap<string, number>): Anchor | null {
  const first = (l.cells[0] ?? '').trim();
  if (first === '') return null;
  // …its characters letter-spaced too ('第 二 十 条 第 （ 八 ） 项': pdftotext -tsv words joined by spaces).
  const h = HEADING.exec(first.replace(/\s+/g, ''));
  if (h) return { kind: 'heading', rank: NUMERALS.indexOf(h[1]!), id: `h${h[1]}` };
  const norm = normalizeLabel(first);
  const row = labels.get(norm);
  if (row !== undefined) return { kind: 'label', rank: row, id: `l${row}` };
  const word = headerWord(norm.replace(/[（(].*$/, '')) ?? wrappedHeaderWord(normalizeLabel(first.split(/\s+/)[0]!));
  const run = word === null ? -1 : HEADER_RUNS.findIndex((r) => r.includes(word));
  return run < 0 ? null : { kind: 'header', rank: HEADER_RUNS[run]!.indexOf(word!), run, id: `w${word}` };
}

const HEADER_WORDS: readonly string[] = HEADER_RUNS.flat();
const headerWord = (text: string): string | null => (HEADER_WORDS.includes(text) ? text : null);

/** chars. Shortest head of a header word wrapped in its narrow cell that names it ('本年废止' / '件数'). */
const MIN_WRAPPED_HEAD = 4;
/** chars. Most characters of a header word wrapped onto the cell's next line ('本年废止件' / '数'). */
const MAX_WRAPPED_TAIL = 2;

/**
 * The header word a line's first word is the head of, its last characters wrapped onto the next line of a narrow
 * cell ('本年废止件 现行有效件' / '数' / '数' of a page turned 180°, fb36 turn t1: the 2 × 3 block's values then came
 * in no row or column order), when it names one word only; null otherwise.
 */
function wrappedHeaderWord(head: string): string | null {
  if (head.length < MIN_WRAPPED_HEAD) return null;
  const words = HEADER_WORDS.filter((w) => w.startsWith(head) && w.length - head.length <= MAX_WRAPPED_TAIL);
  return words.length === 1 ? words[0]! : null;
}

/** Rows of the first small table (第二十条第（一）项), whose column header words alone say its block's order is not the page's. */
const FIRST_TABLE_ROWS: readonly string[] = ['regulations', 'normativeDocuments'];

/** Table 二 printed out of order: the first pair of its anchors that says so (for the warning), and the rows in doubt. */
export interface ActiveDisorder {
  why: string;
  /** Row keys ('regulations') whose values are in doubt: every row, or the first small table's when only its header words are out of order. */
  rows: readonly string[];
}

/**
 * Table 二's anchors printed out of the template's order, or null when its anchors keep it or the
 * document does not show the section heading. A row label, a heading or any text before the section
 * heading out of order puts every row in doubt; the first small table's header words out of order only
 * its own rows (a small table of one column reads the same in any order of its columns: map/active-small-tables
 * places it by its block).
 */
export function activeTextOutOfOrder(lines: readonly Line[], sections: readonly FoundSection[], specs: readonly RowSpec[]): ActiveDisorder | null {
  const section = sections.find((s) => s.key === 'activeDisclosure');
  if (!section) return null;
  const end = sections.filter((s) => s.start > section.start).reduce((m, s) => Math.min(m, s.start), lines.length);
  const labels = new Map<string, number>();
  specs.forEach((s, i) => s.labels.forEach((label) => labels.set(normalizeLabel(label), i)));
  // The section heading, and before it only the text of section 一 (an earlier section's start bounds the search).
  const start = sections.filter((s) => s.start < section.start).reduce((m, s) => Math.max(m, s.start), -1) + 1;
  const seen: { anchor: Anchor; at: number; text: string }[] = [];
  for (let i = start; i < end; i++) {
    const anchor = i === section.start ? { kind: 'section' as const, rank: 0, id: 's' } : anchorOf(lines[i]!, labels);
    if (anchor) seen.push({ anchor, at: i, text: (lines[i]!.cells[0] ?? '').trim() });
  }
  const count = new Map<string, number>();
  for (const s of seen) count.set(s.anchor.id, (count.get(s.anchor.id) ?? 0) + 1);
  const once = seen.filter((s) => count.get(s.anchor.id) === 1);
  let headerWhy: string | null = null;
  for (const [i, a] of once.entries()) {
    for (const b of once.slice(i + 1)) {
      const why = `'${a.text}' printed before '${b.text}'`;
      if (b.anchor.kind === 'section' || (a.anchor.kind === b.anchor.kind && (a.anchor.kind === 'label' || a.anchor.kind === 'heading') && a.anchor.rank > b.anchor.rank)) {
        return { why, rows: specs.map((s) => s.key) };
      }
      const headerBackwards = a.anchor.kind === 'header' && b.anchor.kind === 'header' && a.anchor.run === b.anchor.run && a.anchor.run! < ORDERED_RUNS && a.anchor.rank > b.anchor.rank;
      if (headerBackwards) headerWhy ??= why;
    }
  }
  return headerWhy === null ? null : { why: headerWhy, rows: specs.map((s) => s.key).filter((k) => FIRST_TABLE_ROWS.includes(k)) };
}
