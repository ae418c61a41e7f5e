/**
 * @file A PDF turned into one flowing HTML page by poppler's `pdftohtml -noframes` (no positions: each text run a
 * `<br/>` line). pdftohtml sorts a page's runs top to bottom, runs whose tops are level left to right, and joins runs
 * that nearly touch on a line with one no-break space (HtmlPage::coalesce). So a table comes out a cell a line, row by
 * row: a row's value cells (centred, one line tall) level and in column order, its label's first line before them and
 * the rest of a wrapped label after them; an empty cell the browser printed with a no-break space is a line (or a
 * piece of one) of its own; narrow cells next to each other are one line ('30 8', '  1   2 5': blank, 1, blank, 2, 5
 * — a blank piece is one space, and one space joins every two pieces). Read as text, the joined cells are no values
 * and the blank ones are dropped, so tables 三 and 四 were lost (breakit60 pdftohtml-noframes 33 %).
 *
 * Here the page's lines are split back into cells (a blank one an empty line) and, in table 三 and 四's sections,
 * each run of value lines holding a number is a row: its cells the last 7 (三) or 15 (四) lines ending at its last
 * number — empty cells before them are the label columns' (a group label not spanning its rows), after them the next
 * row's —, joined by tabs after the label lines before the run. A row is joined only when its cells keep the
 * table's row sums (三: the six applicant columns add to 总计; 四: each group's four counts to its total): digits
 * a font change scattered over several runs (full-width digits from a fallback font) leave a run that does not,
 * and it is left as printed (not read). What the page does not give — an empty cell printed with nothing, too few
 * cells before the number — stays as printed too. A unit alone ('件') is no cell: a narrow cell (自然人, 其他, 总计 one
 * character wide) wraps its count's unit onto a line of its own ('21' / '件'), a blank-zero cell's is none (a no-break space),
 * and a bold total's digits set in another font leave theirs ('1件 … 0件' / '件'): left out of the run, the row reads from
 * its counts, or is short of cells and stays as printed.
 */
import type { AnyNode, Element } from 'domhandler';
import { keepsReviewSums, REVIEW_CELLS } from '../layout/cell-lines.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import { pushAll } from '../_internal/extremes.js';
import { asciiNumber } from '../tables/tokenize-cell.js';

/** The generator meta pdftohtml writes; a positioned page (-s, -c) has absolutely placed elements instead of flowing lines. */
const GENERATOR = /<meta\s+name="generator"\s+content="pdftohtml/i;
const POSITIONED = /position\s*:\s*absolute/i;

/** A page `pdftohtml -noframes` (or `-i -noframes`) wrote. */
export function isPdftohtmlFlow(html: string): boolean {
  return GENERATOR.test(html.slice(0, 4000)) && !POSITIONED.test(html);
}

/** A value cell: a count (maybe with its unit), an amount, a dash or slash for none. */
const VALUE = /^(?:[-\u2212－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?(?:万元|元|件|个)?|[-—–－/／]|件)$/;
/** A value cell in ASCII digits only (VALUE less full-width digits: a page whose full-width digits a font change scattered). */
const ASCII_VALUE = /^(?:[-\u2212－]?\d[\d,，]*(?:\.\d+)?(?:万元|元|件|个)?|[-—–－/／]|件)$/;
const WIDE_DIGIT = /[０-９]/;
/** Table 三's value cells (自然人, the five 法人或其他组织 columns, 总计). */
const APPLICATION_CELLS = 7;
/** Where table 三's rows start (its first row's label) and table 四's section (its heading or header). */
const TABLE3_START = /本年度?新收/;
/** A row label's numbering at a line's start (（七）, 四、, 3.). */
const ROW_NUMBER = /^(?:[（(][一二三四五六七][）)]|[一二三四五六七]、|\d\s*[.．])/;
const FIRST_ROW = /(?:[一1]\s*[、.．]\s*)?本年度?新收/;
const TABLE4_START = /^(?:[四4][、.．]?\s*)?[^\d]{0,10}行政复议、?[^\d]{0,4}行政诉讼[^\d]{0,4}$|结果维持/;
/** The sections after table 四 (五、存在的主要问题…; table 三's items are numbered '5.' too, so only after table 四). */
const TABLE_END = /^\s*(?:[五六]\s*[、.．]|[56]\s*[.．、]\s*(?:存在|其他))/;
/** Label lines joined before a row's cells (a wrapped label's pieces; more are left as lines of their own). */
const MAX_LABEL_LINES = 3;

/** The `<br>`-parted pieces of the page's text (inline and block elements alike end nothing but at `<br>` and blocks). */
export function flowPieces(root: AnyNode): string[] {
  const pieces: string[] = [''];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      pieces[pieces.length - 1] += (node as unknown as { data: string }).data.replace(/[\t\n\r]+/g, '');
      continue;
    }
    if (!('children' in node)) continue;
    const tag = node.type === 'tag' ? (node as Element).tagName.toLowerCase() : '';
    if (tag === 'br' || tag === 'hr' || tag === 'p' || tag === 'div') pieces.push('');
    const kids = (node as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return pieces.map((p) => fixCompatibilityChars(p));
}

/** A piece of value cells joined by no-break spaces → its cells ('' blank); null when it holds anything else. */
function splitCells(piece: string, value = VALUE): string[] | null {
  // A <pre> block's line keeps its spaces ('&#160; &#160; ', a space and a no-break space in turn): no cells of pdftohtml's.
  if (piece.includes(' ')) return null;
  if (!piece.includes('\u00a0')) return value.test(piece) ? [piece] : null;
  const parts = piece.split(/(\u00a0+)/).filter((x) => x !== '');
  if (!parts.every((x) => x.startsWith('\u00a0') || value.test(x))) return null;
  const cells: string[] = [];
  parts.forEach((x, k) => {
    if (!x.startsWith('\u00a0')) return void cells.push(x);
    // Blank pieces are one space each and one space joins every two pieces: n spaces before the first value hold n/2
    // blanks, between two values (n−1)/2, a line of spaces only (n+1)/2.
    const first = k === 0, last = k === parts.length - 1;
    const blanks = Math.floor(first && last ? (x.length + 1) / 2 : first || last ? x.length / 2 : (x.length - 1) / 2);
    for (let b = 0; b < blanks; b++) cells.push('');
  });
  return cells;
}

/** A piece's value cells after its text (the first space parting them is the join, not a blank cell), or null. */
function valueTail(piece: string, value: RegExp): { at: number; cells: string[] } | null {
  if (piece.includes(' ')) return null;
  // Blank cells before the label ('  （二）部分公开 １９ ２ …': the label column's indent) are no join.
  const text = piece.search(/[^\u00a0]/);
  if (text < 0) return null;
  for (let at = piece.indexOf('\u00a0', text); at > text; at = piece.indexOf('\u00a0', at + 1)) {
    if (piece[at - 1] === '\u00a0') continue;
    const cells = splitCells(piece.slice(at + 1), value);
    if (cells && cells.some((c) => c !== '')) return { at, cells };
  }
  return null;
}

const count = (c: string): number => (c === '' || /^[-—–－/／]$/.test(c) ? 0 : Number(asciiNumber(c).replace(/[,，]|万元|元|件|个/g, '')));

/** The row's cells keep the table's row sums. */
function keepsSums(cells: readonly string[], width: number): boolean {
  if (width === REVIEW_CELLS) return keepsReviewSums(cells.map((c) => (c === '' ? '' : asciiNumber(c).replace(/件$/, ''))));
  const n = cells.map(count);
  if (n.some((x) => !Number.isInteger(x) || x < 0)) return false;
  return n.slice(0, -1).reduce((a, b) => a + b, 0) === n[n.length - 1];
}

/**
 * The row's numbers all carry the unit or none does, and no cell is the unit alone: a number set in another font (a bold
 * 总计 column) has another top, so pdftohtml puts its digits elsewhere and leaves its '件' here ('13件 … 件').
 */
function unitsAgree(cells: readonly string[], wrapped: boolean): boolean {
  const numbers = cells.filter((c) => /\d/.test(c));
  if (cells.some((c) => c === '件')) return false;
  const withUnit = numbers.filter((c) => /件$/.test(c)).length;
  // On a page whose narrow cells wrapped their counts' units onto lines of their own, a bare count is one of those.
  return withUnit === 0 || withUnit === numbers.length || (wrapped && numbers.every((c) => /件$/.test(c) || /^[\d０-９]+$/.test(c)));
}

/** A run of value lines → the row's cells (its `width` lines ending at the last number), or null when it gives none. */
function rowCells(run: readonly string[], width: number, blankRows: boolean, whole: boolean, wrapped = false): string[] | null {
  let end = run.length - 1;
  while (end >= 0 && run[end] === '') end--;
  // A row of empty cells only (a report printing zeros blank) once the table's rows have begun (header cells are blank too).
  if (end < 0) return blankRows && run.length >= width ? Array<string>(width).fill('') : null;
  if (end + 1 < width) return null;
  // Numbers before the row's lines: the heads of numbers its narrow cells wrapped (pdftohtml sorts the heads, printed
  // above the row's middle, before its other cells, and the tails after them: '110' '110' 0 0 1 0 0 '4' '5'): no row.
  if (run.slice(0, end + 1 - width).some((c) => /[\d０-９]/.test(c))) return null;
  const cells = run.slice(end + 1 - width, end + 1);
  return unitsAgree(cells, wrapped) && (keepsSums(cells, width) || (whole && printedWhole(run, width))) ? cells : null;
}

/**
 * A run that is one row's cells exactly, each a number in ASCII digits (none blank, none more before them): the row as
 * printed, its total maybe printed wrong (157 17 3 4 13 15 | 210, breaker42 noframes-chrome/r06) — joined as printed, the
 * failing sum left to the checks. A run of another count (a LibreOffice print interleaving two rows' cells, 2967abb7) or
 * with blanks or full-width digits (a font change scattering them) still has to keep its sums.
 */
function printedWhole(run: readonly string[], width: number): boolean {
  return run.length === width && run.every((c) => ASCII_VALUE.test(c) && /\d/.test(c));
}

/**
 * The page's pieces → text lines, table 三 and 四's rows joined (file comment). Full-width digits (a fallback font) are
 * cells too, unless a run of them in the tables kept no row: a font change put some of a row's digits on other lines
 * ('３' / '３' above the row's label for its 30), and what is left of the row can keep its sums by chance (０ ０ ０ ０ ２ ０ ２
 * for 30 … 2 32, read at 0.85): then no full-width run is joined.
 */
export function flowLines(pieces: readonly string[]): string[] {
  // A row whose sums fail is joined (`printedWhole`) only on a page where every other run with a number kept a row: where one
  // did not, a number's pieces went elsewhere ('9,47' / '6' of 9,476, a LibreOffice print) and a row of seven may hold a piece.
  const read = flowRead(pieces, true);
  return read.failed ? flowRead(pieces, false).lines : read.lines;
}

function flowRead(pieces: readonly string[], whole: boolean): { lines: string[]; failed: boolean } {
  const wide = flowLinesWith(pieces, VALUE, true, whole);
  const read = wide.scattered ? flowLinesWith(pieces, ASCII_VALUE, true, whole) : wide;
  // A run with a number that kept no row: digits set apart from their row ('148.' / '0' of 148.0) — a row of zeros there keeps
  // its sums whatever it was printed with (0 = 0, read at 0.85), so none is joined.
  return read.failed ? { lines: flowLinesWith(pieces, wide.scattered ? ASCII_VALUE : VALUE, false, whole).lines, failed: true } : { lines: read.lines, failed: false };
}

/** A piece holding units alone ('件', '件 件'): wrapped off their counts' cells, or left by digits set in another font. */
const loneUnit = (p: string): boolean => /^件(?:\u00a0+件)*$/.test(p);

function flowLinesWith(pieces: readonly string[], value: RegExp, zeroRows: boolean, whole: boolean): { lines: string[]; scattered: boolean; failed: boolean } {
  // A unit standing alone ('件') is a number whose digits, set in another font (a bold 总计), pdftohtml put elsewhere — maybe
  // beside another row's label: no row of such a page is placed by its order.
  const wrapped = pieces.some(loneUnit);
  const out: string[] = [];
  let width = 0;
  let labels: string[] = [];
  let run: string[] = [];
  let runPieces: string[] = [];
  let rows = 0;
  let scattered = false;
  let failed = false;
  const closeRun = (): void => {
    const found = width > 0 && run.length > 0 ? rowCells(run, width, rows > 0, whole, wrapped) : null;
    const cells = found && (zeroRows || found.some((c) => count(c) !== 0)) ? found : null;
    if (cells) {
      // Table 四's row has no label: the lines before it are its header's pieces (结果 / 维持 …), left as lines.
      const head = width === REVIEW_CELLS ? labels : labels.slice(0, Math.max(0, labels.length - MAX_LABEL_LINES));
      // A label line starting with a row's numbering ('（七）总计…') starts the row's label: the lines before it end the last row's.
      let own = -1;
      for (let k = labels.length - 1; k > head.length && width !== REVIEW_CELLS && own < 0; k--) if (ROW_NUMBER.test(labels[k]!)) own = k;
      pushAll(out, own > head.length ? labels.slice(0, own) : head);
      const label = labels.slice(Math.max(own, head.length)).join('');
      out.push((width === REVIEW_CELLS ? cells : [label, ...cells]).join('\t'));
      rows++;
    } else {
      if (width > 0 && run.some((c) => WIDE_DIGIT.test(c))) scattered = true;
      if (width > 0 && !found && run.some((c) => /[\d０-９]/.test(c))) failed = true;
      pushAll(out, labels);
      pushAll(out, runPieces.filter((p) => p.trim() !== ''));
    }
    labels = [];
    run = [];
    runPieces = [];
  };
  for (const piece of pieces) {
    // A unit alone is no cell: the unit of a count whose digits are on another line (wrapped in a narrow cell, or set in
    // another font) — left as a line of its own, outside the row's run, so the run is read without it.
    if (width > 0 && loneUnit(piece)) {
      out.push(piece.replace(/[\u00a0 ]+/g, ' ').trim());
      continue;
    }
    const cells = splitCells(piece, value);
    if (cells) {
      pushAll(run, cells);
      runPieces.push(piece.replace(/[\u00a0 ]+/g, ' ').trim());
      continue;
    }
    if (piece === '') continue;
    if (run.length > 0) closeRun();
    // In a table, a label cell that nearly touches the row's first value cell is one piece with it ('7.属于行政执法案卷 796'):
    // its value cells start the row's run.
    // So is table 三's first row's label ('一、本年度新收政府信息公开申请数量 １０６ ３５ …'), before the table is known.
    const tail = width > 0 || TABLE3_START.test(piece) ? valueTail(piece, value) : null;
    const text = piece.slice(0, tail?.at ?? piece.length).replace(/[\u00a0 ]+/g, ' ').trim();
    if (width === REVIEW_CELLS && TABLE_END.test(text)) width = 0;
    else if (TABLE4_START.test(text) && width !== REVIEW_CELLS) (width = REVIEW_CELLS), (rows = 0);
    else if (TABLE3_START.test(text) && width === 0) {
      // The header's pieces above the first row (and one joined before its label: '组织 机构业 构一、本年新收…') are no
      // part of its label: set into it they were read as the table's header, its columns in their piece order.
      const at = text.search(FIRST_ROW);
      pushAll(out, labels);
      if (at > 0) out.push(text.slice(0, at));
      (labels = [text.slice(Math.max(0, at))]), (width = APPLICATION_CELLS), (rows = 0);
      if (tail) (pushAll(run, tail.cells), runPieces.push(''));
      continue;
    }
    labels.push(text);
    if (tail) {
      pushAll(run, tail.cells);
      runPieces.push(piece.slice(tail.at).replace(/[\u00a0 ]+/g, ' ').trim());
    }
  }
  closeRun();
  return { lines: out, scattered, failed };
}
