/**
 * @file Numbers wrapped inside narrow cells of a space-aligned dump (`pdftotext -layout` of a
 * LibreOffice print whose value columns fit two or three digits — full-width digits most of all):
 * the cell's text is centred on the row, so a number that wraps prints its head on the line above
 * the row's line and its tail on the line below, each under the same column, while the row's other
 * numbers (one line each) print on the middle line:
 *
 *     　　　　　　１４,７ １０,４        ７
 *     一、本年新收政府信息公开申请数量   2,771       632
 *     　　　　　　５３   ８４        ６６
 *
 * Read line by line, the pieces were values of their own (or the head and tail taken for two rows),
 * and every column of the row shifted. A head above and a tail below are one number, written into the
 * row's line at their column, only when the column geometry says so: a row line printing a value,
 * three or more with the wrapped ones; every number on the line above paired with one on the line below at the same place
 * (within PIECE_TOLERANCE characters) and none of them under or over a value of the row line; text
 * on those lines only left of their pieces (the row's wrapped label); the lines beyond them print no
 * number (a tight table's neighbour rows could own the pieces); the joined digits a well-formed
 * number ('14,753', '54件'). The joined number is written at its pieces' place, what follows it on
 * the line pushed right where it is wider than they were. Anything else stays as printed.
 * `pdftotext -layout` places text in character cells, so places are counted in characters.
 */
import { OWN_ROW_START } from './wrapped-rows.js';
import { asciiNumber, isJoinedNumber } from '../tables/tokenize-cell.js';

/** chars. How far the head and the tail of one wrapped number may start apart (pdftotext rounds x to cells). */
const PIECE_TOLERANCE = 1;
/** Fewest values a row line and its wrapped numbers must make (it prints one at least: a line of label text alone between two lines of numbers is two rows' values around a label). */
const MIN_ROW_VALUES = 3;
/**
 * Fewest for a row line printing its label too: two. Table 二's 政府集中采购 prints its items and its
 * amount ('3' on the row's line, '1087.9' / '5' around it), and its blank amount cell had been read as
 * 0 at 0.85. A bare number alone on its line is no such row: in a -raw dump one cell a line ('517' /
 * '645' / '2') it is itself the middle piece of a number wrapped in three (test/table-layout-faults).
 * Pieces in a column of the row's own values are refused whatever the count.
 */
const MIN_LABELLED_ROW_VALUES = 2;
/** A value token of a row line: a number (ASCII or full-width digits, thousands commas), '件' after it, or a not-applicable mark. */
const VALUE = /^(?:[0-9０-９][0-9０-９,，.．]*件?|件|[—－–/-]+)$/u;
/** Fewest values of a row line whose neighbour's unjoined pieces put its digits in doubt (table 三's 7, table 四's 15; not table 二's ≤ 4 beside another table). */
const MIN_DOUBT_VALUES = 5;
/**
 * A piece of a wrapped number: digits (with the commas of its groups, an amount's decimal point and
 * digits: '1087.9' / '5'), or the '件' a narrow cell wrapped after them.
 */
const PIECE = /^(?:[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]*)?|[.．][0-9０-９]+|件)$/u;

/** A number cut at its thousands comma: a dangling comma, or a last group short of three digits ('1,', '4,69', '１２，３'). */
const CUT_GROUPS = /^[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*[,，][0-9０-９]{0,2}$/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokensOf = (line: string): Token[] => [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));


/**
 * The pieces of a line beside a row: its tokens right of its label text, all pieces; null when a
 * token after the first piece is text. Only a tail may be a '件' alone.
 */
function piecesOf(line: string, tails = false): Token[] | null {
  const tokens = tokensOf(line);
  const first = tokens.findIndex((t) => PIECE.test(t.text) && (tails || t.text !== '件'));
  if (first < 0) return null;
  const pieces = tokens.slice(first);
  return pieces.every((t) => PIECE.test(t.text)) ? pieces : null;
}

/** Head and tail under one another: overlapping, or starts, ends or centres within PIECE_TOLERANCE (a cell centres its lines; pdftotext rounds). */
const near = (a: Token, b: Token): boolean =>
  (a.start < b.end && b.start < a.end) || [a.start - b.start, a.end - b.end, (a.start + a.end - b.start - b.end) / 2].some((d) => Math.abs(d) <= PIECE_TOLERANCE);
const overlaps = (s: number, e: number, t: Token): boolean => t.start < e + 1 && s < t.end + 1;
const printsNumber = (line: string | undefined): boolean => line !== undefined && /[0-9０-９]/.test(line);

/** Tokens one space apart: a run `pdftotext -layout` printed as one string, its tokens after the first not at their own places. */
function runsOf(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  tokens.forEach((t, k) => (k > 0 && t.start - tokens[k - 1]!.end === 1 ? runs.at(-1)!.push(t) : runs.push([t])));
  return runs;
}

/**
 * Tails that are all '件' paired with the heads run by run: `pdftotext -layout` writes tokens a narrow gap
 * apart as one string one space apart, so only a run's first token stands at its own place, and a run of
 * '件' (each as wide as two digits) falls behind its numbers' columns ('296 111 17 … 39 524' over
 * '件 件 件 … 件 件' of a Chromium borderless print, fb37 apb2-crbl-lay). The runs pair when both lines have
 * as many, each as long as its partner and starting under it (within PIECE_TOLERANCE of a near pair).
 */
function pairedByRuns(heads: readonly Token[], tails: readonly Token[]): boolean {
  if (!tails.every((t) => t.text === '件')) return false;
  const [hr, tr] = [runsOf(heads), runsOf(tails)];
  return hr.length === tr.length && hr.every((run, k) => run.length === tr[k]!.length && near(run[0]!, tr[k]![0]!));
}

/** A token to write on the row line: its text, the place it was printed at, whether it is a joined number. */
interface Placed {
  text: string;
  start: number;
  joined: boolean;
}

/**
 * The row line rewritten from its tokens and the joined numbers, each at its printed place, or
 * pushed right just enough to stay apart: a joined number wider than its column's pieces (full-width
 * digits, a comma) leaves two blanks on either side (a cell boundary), the row's own tokens keep the
 * gaps they were printed with.
 */
function rewriteRow(row: string, joined: readonly Placed[]): string {
  const own = tokensOf(row).map((t) => ({ text: t.text, start: t.start, joined: false }));
  const all = [...own, ...joined].sort((a, b) => a.start - b.start);
  let out = '';
  let prev: Placed | null = null;
  for (const t of all) {
    const gap = prev === null ? 0 : !t.joined && !prev.joined ? t.start - (prev.start + prev.text.length) : 2;
    out = out.padEnd(Math.max(t.start, out.length + gap)) + t.text;
    prev = t;
  }
  return out;
}

const blankOut = (line: string, t: Token): string => line.slice(0, t.start) + ' '.repeat(t.end - t.start) + line.slice(t.end);

/** The three lines with the row's wrapped numbers joined into its line, or null when the geometry does not say so. */
function joinAround(above: string, row: string, below: string): [string, string, string] | null {
  const values = tokensOf(row).filter((t) => VALUE.test(t.text));
  const heads = piecesOf(above);
  const tails = piecesOf(below, true);
  const labelled = tokensOf(row).some((t) => !VALUE.test(t.text));
  // The row line prints a value of its own: a '件' alone is no cell's value but a unit a narrow cell of
  // the row above wrapped ('请   件' between '4.无正当理由大量反复申 0件 … 2件' and '5.要求行政机关确认或重 2件
  // … 8件': two rows' values joined digit by digit, 02 11 12 28, at 0.85); and a tail line whose text starts
  // a row of its own ('5.', '（六）') holds that row's values, not the tails of the row above's numbers.
  if (!values.some((t) => t.text !== '件') || (tails && OWN_ROW_START.test(below.slice(0, tails[0]!.start)))) return null;
  if (!heads || !tails || heads.length !== tails.length || values.length === 0 || values.length + heads.length < (labelled ? MIN_LABELLED_ROW_VALUES : MIN_ROW_VALUES)) return null;
  let [a, b] = [above, below];
  const joined: Placed[] = [];
  const unitRuns = heads.some((h, k) => !near(h, tails[k]!)) && pairedByRuns(heads, tails);
  for (let k = 0; k < heads.length; k++) {
    const [h, t] = [heads[k]!, tails[k]!];
    if (!unitRuns && !near(h, t)) return null;
    // (Paired by runs, a '件' after its run's first stands behind its column: the head alone gives the place.)
    const [s, e] = unitRuns ? [h.start, h.end] : [Math.min(h.start, t.start), Math.max(h.end, t.end)];
    if (values.some((v) => overlaps(s, e, v))) return null;
    const text = h.text + t.text;
    // A whole number (or an amount) once its pieces are joined, '件' at most at its end.
    if (!isJoinedNumber(text)) return null;
    joined.push({ text, start: s, joined: true });
    [a, b] = [blankOut(a, h).trimEnd(), blankOut(b, t).trimEnd()];
  }
  return [a, rewriteRow(row, joined), b];
}

/**
 * Indexes of the row lines (MIN_DOUBT_VALUES values or more) printed right beside a line of number
 * pieces that joinStackedPieces left as they were: a line with no blank between, whose tokens after
 * its label text are all digits (or '件'), fewer than the row's values, its text (if any) starting
 * no row of its own. Such pieces are the heads or tails of the row's numbers wrapped in narrow
 * cells over more lines than a head and a tail (a number in three pieces, '１，' / '４２' / '７'), so
 * any of the row's values may be a piece read as the whole number (score PIECES_BESIDE_CAP). The
 * piece lines running on from the row (no blank between) are in the set too: a piece line holding the
 * label's text may be read as the row.
 */
export function rowsBesidePieces(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const pieceLine = (line: string | undefined, values: number): boolean => {
    if (line === undefined || line.trim() === '' || line.includes('\t')) return false;
    // A line starting a row of its own ('3 . 要求提供公开出' letter-spaced by PDFBox): its item number is no piece.
    if (OWN_ROW_START.test(line)) return false;
    const pieces = piecesOf(line, true);
    if (!pieces || pieces.length >= values) return false;
    return !OWN_ROW_START.test(line.slice(0, pieces[0]!.start));
  };
  // A number cut at its thousands comma ending a line ('4,69', '1,') with a piece under it within two lines (no blank
  // between): a number a narrow cell wrapped, its row's label between or beside — every line from the cut to the piece.
  lines.forEach((line, j) => {
    const cut = tokensOf(line).at(-1);
    if (!cut || !CUT_GROUPS.test(cut.text)) return;
    for (let k = j + 1; k <= j + 2 && k < lines.length && lines[k]!.trim() !== ''; k++) {
      if (!tokensOf(lines[k]!).some((t) => PIECE.test(t.text) && t.text !== '件' && near(t, cut))) continue;
      // (A line starting a row of its own, '（三）  １，', is that row's label, not the one the pieces are read into.)
      for (let m = j; m <= k; m++) if (!OWN_ROW_START.test(lines[m]!)) out.add(m);
      return;
    }
  });
  lines.forEach((line, i) => {
    if (line.includes('\t')) return;
    // (An item number starting the row, '2 . 重复申请 24 0 …', is none of its values.)
    const values = tokensOf(line.replace(OWN_ROW_START, '')).filter((t) => VALUE.test(t.text) && /[0-9０-９]/.test(t.text)).length;
    if (values === 0) return;
    if (values < MIN_DOUBT_VALUES && (cutDecimal(lines, i) || pieceOnValue(lines, i))) {
      out.add(i);
      return;
    }
    if (values < MIN_DOUBT_VALUES) {
      // A row line of few values between two lines of digits alone, as many as a row of table 三 with
      // them: the row's other numbers wrapped into pieces above and below it ('１１ ８６ ０，９' between
      // '９８， ３， ０， １，' and '３４１ ２６ ５７ ７７': 4111 read as 11 at 0.85).
      const bare = [lines[i - 1], lines[i + 1]].map((l) => (l === undefined ? null : piecesOf(l, true)));
      const around = bare.every((p, k) => p !== null && tokensOf([lines[i - 1], lines[i + 1]][k]!).length === p.length) ? bare[0]!.length + bare[1]!.length : 0;
      if (around === 0 || values + around < MIN_DOUBT_VALUES) return;
      out.add(i);
      return;
    }
    if (!(pieceLine(lines[i - 1], values) || pieceLine(lines[i + 1], values))) return;
    out.add(i);
    // The piece lines themselves, as far as they run: a head printed two lines above the row beside
    // the label's text ('通知要求缴纳费用、行  11' over '210 325' over the row's '0 0 0 0 47' for
    // 11473) was read as the row, its one piece a value and its empty cells zeros, at 0.85.
    for (const step of [-1, 1]) for (let j = i + step; pieceLine(lines[j], values); j += step) out.add(j);
  });
  return out;
}

/**
 * A labelled row line of few values (table 二's one to three) right beside a line of number pieces only (no text,
 * no blank line between) with a piece in one of its values' columns: a number a narrow cell wrapped a
 * digit or two a line ('4' / '2' / '9' / '7', '1,' / '05' / '0'; `scripts/wrapped-cell-variants.mjs --kind
 * narrow`, pdftotext -layout), any line of which may hold the piece read as the row's value — or a row's
 * values printed apart from their neighbours': the page does not say which, so the row's values are in doubt (posjoin47).
 */
function pieceOnValue(lines: readonly string[], i: number): boolean {
  const tokens = tokensOf(lines[i]!);
  const values = tokens.filter((t) => VALUE.test(t.text) && /[0-9０-９]/.test(t.text));
  // (The row line prints its label: a dump writing a cell a line, '102' / '14' / '4' flush left, is no wrapped cell.)
  if (tokens.every((t) => VALUE.test(t.text))) return false;
  const labelledRow = (l: string | undefined): boolean => l !== undefined && tokensOf(l).some((t) => !VALUE.test(t.text)) && tokensOf(l).some((t) => VALUE.test(t.text) && /[0-9０-９]/.test(t.text));
  return [-1, 1].some((step) => {
    const l = lines[i + step];
    // (A number line between two labelled rows, '规章 15 5 8' / '12' / '行政规范性文件 3 0 15', is neither's piece for certain: left.)
    if (l === undefined || l.includes('\t') || OWN_ROW_START.test(l) || labelledRow(lines[i + 2 * step])) return false;
    const pieces = piecesOf(l, true);
    return pieces !== null && pieces.length === tokensOf(l).length && pieces.some((p) => p.text !== '件' && values.some((v) => near(p, v)));
  });
}

/** A money amount's cut digits: the 2 decimals of the amount once the pieces below are joined onto the row's last value. */
const CUT_AMOUNT = /^\d+\.\d{2}$/;
/** Lines of pieces looked at below a row line: a number wrapped in three pieces ('３８２' / '９．０' / '５'). */
const MAX_CUT_LINES = 2;

/**
 * A labelled row line of few values (table 二: items and amount) whose last value, with the one or two lines below
 * printing a single number piece each (no text, '|' rulings aside) joined onto it, is an amount of two decimals
 * its last value was not: a narrow amount cell wrapped its last digits ('5647.5' / '7', '３８２' / '９．０' / '５'),
 * and the row's value read as printed on its line is cut from them (5647.5 for 5647.57, 382 for 3829.05 at 0.85).
 * Which line the pieces belong to the page does not say (a number of the next row's printed alone looks the
 * same), so the row's values are in doubt, not joined.
 */
function cutDecimal(lines: readonly string[], i: number): boolean {
  const tokens = tokensOf(lines[i]!.replace(/[|｜]/g, ' '));
  const last = tokens.at(-1);
  if (!last || !VALUE.test(last.text) || !/[0-9０-９]/.test(last.text) || tokens.every((t) => VALUE.test(t.text))) return false;
  let joined = asciiNumber(last.text);
  if (/\.\d{2}/.test(joined)) return false;
  for (let j = i + 1; j <= i + MAX_CUT_LINES && j < lines.length; j++) {
    const below = tokensOf(lines[j]!.replace(/[|｜]/g, ' '));
    if (below.length !== 1 || !PIECE.test(below[0]!.text) || below[0]!.text === '件') return false;
    joined += asciiNumber(below[0]!.text);
    if (CUT_AMOUNT.test(joined)) return true;
  }
  return false;
}

/**
 * The lines of a dump with the numbers wrapped in narrow cells around a row's line joined into it
 * (head above, tail below, same column); the piece lines keep their label text. Lines are never
 * added or removed, so every line keeps its number.
 */
export function joinStackedPieces(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 1; i + 1 < out.length; i++) {
    if (printsNumber(out[i - 2]) || printsNumber(out[i + 2])) continue;
    // A page's first line starts with its form feed, no column of the page: left out of the places, put back after.
    const feeds = [i - 1, i, i + 1].map((k) => (out[k]!.startsWith('\f') ? '\f' : ''));
    const joined = joinAround(...([i - 1, i, i + 1].map((k, n) => out[k]!.slice(feeds[n]!.length)) as [string, string, string]));
    if (!joined) continue;
    [out[i - 1], out[i], out[i + 1]] = joined.map((l, n) => feeds[n] + l) as [string, string, string];
    i++;
  }
  return out;
}
