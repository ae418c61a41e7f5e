/**
 * @file A crawler's tag strip that wrote every text node of a report page on a line of its own (each tag a break, empty nodes
 * dropped: `'\n'.join(t.strip() for t in re.split('<[^>]+>', html) if t.strip())`). A table 三 row prints its label on a line
 * and each of its filled cells on a line after it; a small agency's blank cells (zeros printed empty) leave no line at all, so
 * a row of 7 cells prints '（一）予以公开' / '2' / '2' (0 0 0 0 2 0 2) and a row of zeros its label alone. Read line by line the
 * values are a one-cell-per-line stream whose rows nothing delimits; joined onto their label's line ('（一）予以公开 2 2') each
 * row is a short row of a table printing zeros blank, whose values map/row-candidates places among its cells by the row's
 * total and the identities through other rows (what they do not place stays ambiguous, a row printing nothing is all 0).
 *
 * Only a dump that shows the shape is read so: no page feed (a PDF's text: its cell-a-line tables are read as streams), at
 * least MIN_TOTAL_RUNS row labels (a line starting with a table 三 row number — '一、', '（一）', '1.' — with no digit after it)
 * each followed by a run of two to six lone numbers whose last, not 0, is the sum of the others (a short row's cells and its
 * total), no row label followed by a run longer than a table 三 row (a stream of several rows' values: pdfminer piles the
 * labels, then the values) and none by a run an empty line ends (a strip making block ends line breaks parts a row's cells
 * by empty lines: '7' / '4' / '' / '11' — lone-runs.ts and the stream readings read those). Runs after other lines (headers,
 * table 二's names, table 四's header words) stay as printed. A paragraph per node (lynx -dump of a Word-pasted page: each
 * cell's `<p class=MsoNormal>` its text and one empty line, a blank cell nothing) is read on its text lines alike.
 *
 * Word-pasted markup splits a label across `<span>` runs, and the strip writes each run a line: '2.其他法律行政法规禁' / '止公开',
 * '8' / '.属于行政查询事项', '（四' / '）无法提供'. A label stands whole on no line, so the row is matched by a fragment (no exact
 * label: the zeros-blank reading never starts) and a row number left alone ('8') reads as a value. In such a dump the node lines
 * that together spell a template row label or block heading exactly (`splitLabels`: up to MAX_LABEL_PIECES, the joined text a
 * row label's shape, every later piece holding an ideograph and starting no row number) are one line before the runs are looked for; the joins are kept only
 * where the dump then reads as one node a line.
 *
 * Word splits counts into runs too ('2' / '2' for 22, crawl53): a run keeping its total only read as split counts
 * (`piecesKeepTotal`, tables/number-pieces) counts as keeping it and may be longer than a row (up to twice its cells), so a full
 * table of such a dump is joined onto its labels as well (map/row-candidates pieceReadings reads its rows). BeautifulSoup's
 * `get_text('\n')` writes the white space between rows as empty lines after a row's last cell: empty lines followed by a label
 * are no gap in the row's cells.
 */
import { ROW_AND_HEADING_LABELS } from '../template/index.js';
import { groupedNumbers, pieceGroupings } from '../tables/number-pieces.js';
import { normalizeLabel } from './normalize-text.js';

/** Fewest label-then-run rows keeping their own total before a dump is read as one text node per line. */
export const MIN_TOTAL_RUNS = 3;
/** Cells of a table 三 row: a run longer than this after a label is not one row's. */
const MAX_ROW_CELLS = 7;

/** A line of one number: digits, a thousands comma or a decimal point. */
const LONE_NUMBER = /^\s*\d[\d,]*(?:\.\d+)?\s*$/;
/** A row number opening a label: '一、', '（一）', '(一)', '1.', '1．'. */
const ROW_NUMBER = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[.．、])`;
/** A table 三 row label: its row number and text without a digit, ending in no number. */
const ROW_LABEL = new RegExp(String.raw`^\s*${ROW_NUMBER}\D*\p{Script=Han}\D*$`, 'u');

interface Run {
  /** Index of the label line. */
  label: number;
  /** Indexes of the numbers' lines after it, in order. */
  at: number[];
  /** The numbers, in order. */
  values: string[];
  /** An empty line follows the numbers, then more numbers (a strip making block ends line breaks: a row's cells parted by empty lines). */
  gapAfter: boolean;
  /**
   * The next node line is more of the row's cells, not the next label: it holds no ideograph ('0 10' after a row's lone numbers,
   * `pdftotext -raw`'s last two cells on one line; a '—' cell between them).
   */
  cellsAfter: boolean;
}

/** Least share of a text's lines followed by one empty line (and never by more) for it to be a paragraph per node. */
const PARAGRAPH_SHARE = 0.9;

/**
 * The lines a row's nodes are read on: every line, or — a paragraph per node (lynx -dump of a Word page's cells, each cell's
 * `<p class=MsoNormal>` a paragraph: every text line followed by exactly one empty line, PARAGRAPH_SHARE of them, never two
 * empty lines in a row, which would be blank cells of their own: layout/gap-cells) — the lines with text.
 */
function nodeLines(lines: readonly string[]): { at: number[]; paragraphs: boolean } {
  const text = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const doubled = lines.some((l, i) => i > 0 && l.trim() === '' && lines[i - 1]!.trim() === '' && text.some((t) => t > i));
  const spaced = text.filter((i) => i + 1 < lines.length && lines[i + 1]!.trim() === '').length;
  const paragraphs = !doubled && text.length > 0 && spaced >= text.length * PARAGRAPH_SHARE;
  return paragraphs ? { at: text, paragraphs } : { at: lines.map((_, i) => i), paragraphs };
}

/** Every row label followed directly (on the node lines `at`) by lone number lines, with those lines. */
function labelRuns(lines: readonly string[], at: readonly number[], paragraphs: boolean): Run[] {
  const out: Run[] = [];
  for (let n = 0; n < at.length; n++) {
    if (!ROW_LABEL.test(lines[at[n]!]!)) continue;
    const run: number[] = [];
    let m = n + 1;
    for (; m < at.length && LONE_NUMBER.test(lines[at[m]!]!); m++) run.push(at[m]!);
    const after = m < at.length ? at[m]! : lines.length;
    // (Empty lines between a row's last cell and the next label are no gap in its cells: BeautifulSoup's get_text('\n') writes
    // the white space between `</tr>` and `<tr>` as lines of their own. A line of tabs is no such line: it is empty cells, a
    // crawler writing '\t' after every cell — layout/tab-led-cells joins those rows.)
    let next = after;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const emptyCells = lines.slice(after, next).some((l) => l.includes('\t'));
    const gapAfter =
      !paragraphs && after < lines.length && lines[after]!.trim() === '' && ((next < lines.length && LONE_NUMBER.test(lines[next]!)) || emptyCells);
    const cellsAfter = m < at.length && lines[at[m]!]!.trim() !== '' && !/\p{Script=Han}/u.test(lines[at[m]!]!);
    if (run.length > 0) out.push({ label: at[n]!, at: run, values: run.map((i) => lines[i]!.trim()), gapAfter, cellsAfter });
  }
  return out;
}

/** True when the run's last number, not 0, is the sum of the others (two or more numbers: a row's cells and its total). */
function keepsTotal(values: readonly string[]): boolean {
  if (values.length < 2) return false;
  const n = values.map((v) => Number(v.replace(/,/g, '')));
  if (n.at(-1) === 0) return false;
  let sum = 0;
  for (const x of n.slice(0, -1)) sum += x;
  return Math.abs(sum - n.at(-1)!) < 1e-9;
}

/**
 * True when the run keeps its total only read as a Word page's split counts (tables/number-pieces: '1' / '2' for 12, each run
 * of a cell a node line): some grouping of its pieces joining adjacent ones, into at most a row's cells, keeps the total.
 */
function piecesKeepTotal(values: readonly string[]): boolean {
  if (values.length > 2 * MAX_ROW_CELLS) return false;
  return pieceGroupings(values, MAX_ROW_CELLS, 2).some((g) => g.length < values.length && keepsTotal(groupedNumbers(values, g)));
}

/** Most node lines one label is split over (a Word run boundary or two inside it). */
const MAX_LABEL_PIECES = 3;
/** Row labels of tables 二 and 三 and table 三's block and section headings (normalizeLabel leaves them as written): what a split label is joined to. */
const WHOLE_LABELS: ReadonlySet<string> = new Set(ROW_AND_HEADING_LABELS);
/** A label's piece holds words: a lone mark ('/', a table 二 row's not-applicable cell) or a bracket is no piece. */
const HAN = /\p{Script=Han}/u;
/** A piece of closing brackets or quotes alone ('…不计其他情形' / '）'): a label's piece only after the bracket it closes. */
const CLOSING = /^[）)”’"]+$/;
/** True when the text opens more brackets or quotes than it closes. */
const opened = (text: string): boolean => (text.match(/[（(“‘]/g)?.length ?? 0) > (text.match(/[）)”’]/g)?.length ?? 0);
/** A line starting with a row number of its own: the next row's label, never a piece of this one. */
const ROW_START = new RegExp(`^${ROW_NUMBER}`, 'u');
/** A joined label's shape: an optional row number, then text holding no digit. */
const LABEL_SHAPE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[1-9]\s*[.．、])?\D*\p{Script=Han}\D*$/u;

/**
 * The lines with every label a Word-pasted page split over node lines ('2.其他法律行政法规禁' / '止公开') joined on its first
 * piece's line: pieces on consecutive node lines (`at`) that join into a template label exactly ('一、本年新收' is a label's short
 * form, '一、本年新收' / '政府信息公开申请数量' the whole label), every later piece holding an ideograph (not a number, not a '/' cell) or closing a bracket the text opened, and starting no row number of its own, a first piece
 * without one a row number's ('8' / '.属于…': the joined text starts with a row number; '、' / '行政许可' in a sentence is none). The later pieces' lines go (in a paragraph per node, with the empty line after each).
 */
function splitLabels(lines: readonly string[], at: readonly number[], paragraphs: boolean): string[] {
  const joined = new Map<number, string>();
  const gone = new Set<number>();
  for (let n = 0; n < at.length; n++) {
    const first = lines[at[n]!]!.trim();
    if (first === '') continue;
    let text = first;
    for (let k = 1; k < MAX_LABEL_PIECES && n + k < at.length; k++) {
      const piece = lines[at[n + k]!]!.trim();
      if (!(HAN.test(piece) || (CLOSING.test(piece) && opened(text))) || ROW_START.test(piece)) break;
      text += piece;
      if (!LABEL_SHAPE.test(text) || !WHOLE_LABELS.has(normalizeLabel(text))) continue;
      // A first piece of no words is a row number's ('8', '（'), never a mark before a word ('、' / '行政许可' in a sentence).
      if (!HAN.test(first) && !ROW_START.test(text)) break;
      joined.set(at[n]!, text);
      for (let j = 1; j <= k; j++) {
        const i = at[n + j]!;
        gone.add(i);
        if (paragraphs && i + 1 < lines.length && lines[i + 1]!.trim() === '') gone.add(i + 1);
      }
      n += k;
      break;
    }
  }
  return joined.size === 0 ? [...lines] : lines.flatMap((l, i) => (gone.has(i) ? [] : [joined.get(i) ?? l]));
}

/** The text with each table 三 row label's lone numbers joined onto its line, in a dump of one text node a line; else as it was. */
export function joinNodeLines(text: string): string {
  // A PDF's text (page feeds) is no crawled page's: its cell-a-line tables are read as streams.
  if (!text.includes('\n') || text.includes('\f')) return text;
  const split = text.split('\n');
  const first = nodeLines(split);
  const lines = splitLabels(split, first.at, first.paragraphs);
  const { at, paragraphs } = nodeLines(lines);
  const runs = labelRuns(lines, at, paragraphs);
  // (A run longer than a row: a stream of several rows' values — unless its pieces are a Word page's split counts, read with
  // the row's total: piecesKeepTotal.)
  const pieces = runs.map((r) => !keepsTotal(r.values) && piecesKeepTotal(r.values));
  if (runs.some((r, i) => (r.values.length > MAX_ROW_CELLS && !pieces[i]) || r.gapAfter)) return text;
  // At least MIN_TOTAL_RUNS rows keeping their total — or a print leaving its 总计 column empty too: that many rows printing
  // short runs, not one keeping a total ('一、本年新收…' / '6'; map/row-candidates totalPrintedBlank reads them). A row of split
  // counts keeping its total only read so counts too (a full row then: its cells are read by map/row-candidates pieceReadings).
  const keeping = runs.filter((r, i) => (r.values.length < MAX_ROW_CELLS && keepsTotal(r.values)) || pieces[i]).length;
  // (Not where a row's lone numbers run on into more of its cells — a line of several numbers, a '—' — the total among them.)
  const noTotals = keeping === 0 && runs.length >= MIN_TOTAL_RUNS && runs.every((r) => r.values.length < MAX_ROW_CELLS - 1 && !r.cellsAfter);
  if (keeping < MIN_TOTAL_RUNS && !noTotals) return text;
  // A dump printing a row's zero total alone ('（一）予以公开' / '0': zeros printed, not left blank) keeps its split labels
  // joined, its numbers on their lines: read as a stream (no short rows to place).
  if (runs.some((r) => r.values.length === 1 && Number(r.values[0]) === 0)) return lines.length === split.length ? text : lines.join('\n');
  const joined = new Map(runs.map((r) => [r.label, `${lines[r.label]!.trimEnd()} ${r.values.join(' ')}`]));
  // The numbers' lines go (in a paragraph per node, with the empty line after each).
  const gone = new Set(runs.flatMap((r) => r.at.flatMap((i) => (paragraphs && i + 1 < lines.length && lines[i + 1]!.trim() === '' ? [i, i + 1] : [i]))));
  return lines.flatMap((l, i) => (gone.has(i) ? [] : [joined.get(i) ?? l])).join('\n');
}
