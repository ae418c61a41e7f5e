/**
 * @file Evidence about a placed row that the score stage weighs (src/score): whether the template
 * rows around it were placed by their labels, whether another printed row claims its label, whether
 * its label text runs several numbered sub-rows together, and whether its digits are in doubt
 * (invisible characters in the row, fake-bold doubled glyphs). Recorded here, scored there.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { RowMatch } from './align-rows.js';
import type { RowSpec } from '../template/types.js';
import { shiftedStretches } from './shifted-labels.js';
import { rowInBlocks } from './review-blocks.js';
import { comparable, MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';
import { substringDistance } from '../_internal/similarity.js';

/** What the score stage needs to know about the row a field was read from. */
export interface RowEvidence {
  /** Every neighbouring template row of this table (above and below) was placed by its label. */
  neighboursPlaced: boolean;
  /** Other printed rows whose label names this template row best, with other values (a second copy, a competing label). */
  rivals: number;
  /** Other printed rows naming this template row, whatever their values. */
  copies: number;
  /** Of the copies with other values, those printed under a caption that ranks them behind this row's (last year's table: map/earlier-copy); no rivals. */
  toldApart?: number;
  /** The row's table is printed twice (most rows have a copy, warning tables_duplicated): which copy is this year's, the identities cannot tell. */
  tableDuplicated: boolean;
  /** Numbered sub-row markers ('1.', '2、') in the row's label text: two or more = several labels run together. */
  numberedLabels: number;
  /** Invisible characters in the row's text, or doubled glyphs (fake bold): the digits read may not be the digits printed. */
  digitsDoubt: boolean;
  /**
   * The row's label text holds U+FFFD (bytes that did not decode: Debian html2text cutting a label inside its UTF-8
   * characters and writing the values over it, '其他对�17��理�3�务事13�'): a label matched fuzzily or in part from it
   * names its template row only as a guess, and its numbers came out of the broken text (score DAMAGED_LABEL_CAP).
   */
  labelDamaged?: boolean;
  /**
   * The row lies in a stretch whose labels may be attached one row off, or its label was taken from
   * its neighbour to undo such a shift (see map/shifted-labels.ts):
   * the identities hold whichever way sub-rows of one sum are permuted, so they cannot confirm it.
   */
  shiftDoubt?: boolean;
  /**
   * The row's own printed label (with the pending text wrapped above it) names its template row
   * beyond doubt (map/named-row `namesItsRow`), not a fragment joined from another line: its
   * placement does not rest on its position among rows that sum alike (score/exchangeable-rows).
   */
  named?: boolean;
  /**
   * The row's label matched only fuzzily, but it fills the one slot it can: it prints its sub-row's
   * item number ('2.其他法律行政止公开' for denied.prohibitedByLaw), and the template rows just above and
   * below it were placed by exact labels on the printed rows right above and below it (`slottedRow`).
   */
  slotted?: boolean;
  /**
   * The row is OCR'd and placed by position among rows whose labels did not read, not by its ruled
   * grid's row order (map/grid-order `gridOrdered`): with a row lost or a ruling too many it may sit
   * one row off, its own total holding wherever it is put (score `OCR_POSITION_CAP`).
   */
  ocrPosition?: boolean;
  /**
   * The row's values were joined from several lines of a PDF's block-ordered text dump (TableRow.blocksApart):
   * the order of its cells is the dumper's block order, which a row total never checks (score BLOCK_ORDER_CAP).
   */
  cellsApart?: boolean;
  /**
   * …from several lines of a dump without page feeds (TableRow.linesApart: tables/column-pages' rows read one value per
   * line in stream order, map/table-rows' rows joined from adjacent lines): the stream's order, which may be the page's or a dumper's.
   * Only a column identity seeing the exchange of two of its cells confirms it (score/block-order: no exchange alike in
   * other rows is assumed, as for a block-ordered dump).
   */
  linesOnly?: boolean;
  /**
   * …and they came from two text blocks or more (map/review-blocks `rowInBlocks`), not as lines of one block: what
   * places table 二's cells (no identity) in doubt (score/block-order).
   */
  cellsInBlocks?: boolean;
  /** The row was printed beside unjoined pieces of wrapped numbers (TableRow.piecesBeside; score PIECES_BESIDE_CAP). */
  piecesBeside?: boolean;
  /**
   * The row printed its label and nothing beside it: no value and no empty cell seen (a label line of a text dump, a
   * label cut from another row's pending text: map/join-fragments splitNamedPending; a `-layout` label line a table's header
   * bands read as a row of blank cells: TableRow.labelAlone). Its cells are read blank because
   * nothing is there, not because empty cells were seen in its place: it pins no place among rows the identities cannot
   * tell apart (score/exchangeable-rows) — the values printed on a line of their own beside it may be its own.
   */
  labelOnly?: boolean;
  /**
   * The text printed before the row's values names two template rows or more, each alone ('处理 4.无正当理由大量反复申请
   * 2.重复申请 3 3', '行政规范性文件 信息内容规章 0 4 0': map/join-fragments namedRowsInLabel): labels of neighbouring rows
   * run onto the values' line, and which of them printed the values the text does not tell (score SEVERAL_NAMED_CAP).
   */
  namesSeveral?: boolean;
  /**
   * The row's values, read from a block-ordered dump (a layout analyser's boxes), follow a pile of labels naming two template
   * rows or more — its own pending lines and the label-only rows just before it (map/label-pile `afterLabelPile`): the pile
   * is the label column's box, the values another box, and which row of the pile printed them the stream does not tell
   * (score APART_BESIDE_UNRESOLVED_CAP, as for cells printed apart).
   */
  afterPile?: boolean;
  /**
   * The row's values were put beside its label by their order alone (TableRow.valuesByOrder: tables/column-pages' pile of
   * labels and the stream of values after it), not read on a line holding both: its label names the row, but which values
   * are that row's only the stream's order says. It pins no place among rows the identities cannot tell apart
   * (score/exchangeable-rows: ORDER_ONLY_CAP).
   */
  valuesByOrder?: boolean;
}

/** Zero-width and other format characters (U+200B…, U+FEFF, soft hyphen): they split or hide digits. */
const INVISIBLE = /\p{Cf}/u;
/** A sub-row number inside a label: '2.' or '2、' followed by label text (also glued to digits before it: '00000002.申请人'). */
const NUMBERED = /\d\s*[.、．]\s*(?=[\u4e00-\u9fff“"])/g;

/** Numbers a row needs, all doubled, to be taken for fake bold (one or two '11' are ordinary values). */
const MIN_DOUBLED = 3;

/** 'aabbcc': every character printed twice, as fake bold comes out of many PDF text layers. */
function doubled(s: string): boolean {
  if (s.length < 2 || s.length % 2 !== 0) return false;
  for (let i = 0; i < s.length; i += 2) if (s[i] !== s[i + 1]) return false;
  return true;
}

/** 'abab': the string printed twice in a row (overprinted text objects read once each). */
function repeated(s: string): boolean {
  const half = s.length / 2;
  return s.length >= 2 && s.length % 2 === 0 && s.slice(0, half) === s.slice(half);
}

/** A run of two or more Chinese characters printed twice in a row ('行政许可行政许可'): overprinted label text. */
const REPEATED_HAN = /(\p{Script=Han}{2,})\1/u;

/**
 * Fake bold (text drawn twice to look bold): the label's characters doubled ('规规章章') or a run
 * of it repeated ('行政许可行政许可'), or every number of the row doubled or repeated, zeros
 * included ('11 33 00 44', '5757 00 1212': a zero printed twice reads '00', which no report
 * prints), at least three of them. A row '11 0 0 11' is ordinary values.
 */
export function fakeBold(label: string, values: readonly ValueToken[], repeatedLabels = true): boolean {
  const norm = normalizeLabel(label);
  if ((norm.length >= 4 && doubled(norm)) || (repeatedLabels && REPEATED_HAN.test(norm))) return true;
  const nums = values.filter((v): v is Extract<ValueToken, { kind: 'num' }> => v.kind === 'num');
  return nums.length >= MIN_DOUBLED && nums.every((v) => doubled(v.raw.replace('.', '')) || repeated(v.raw.replace('.', '')));
}

/**
 * A row of `columns` cells printing fewer values and no empty cell: its zero-led run is never read
 * as one number there — it is split (row-candidates `segment`, flag `segmented`, capped by what the
 * identities confirm) or kept whole as a repair (`repaired`, a stream move included) — so its leading
 * zero puts no other doubt on it.
 */
function splitOnly(values: TableRow['values'], columns: number): boolean {
  return values.length < columns && values.every((v) => v.kind === 'num');
}

/**
 * Digits in doubt for a row: invisible characters in its text, or fake bold. `repeatedLabels`
 * false for table 四, whose header legitimately repeats '结果维持结果纠正…' for each group.
 */
export function digitsDoubt(row: Pick<TableRow, 'label' | 'pending' | 'values' | 'source' | 'digitsSuspect'>, repeatedLabels = true, columns = 0): boolean {
  const split = splitOnly(row.values, columns);
  // A scale word after a value ('3万'): multiplied out (tables/tokenize-cell), never read as certain.
  const suspect = row.digitsSuspect === true || row.values.some((v) => v.kind === 'num' && ((v.suspect === true && !(split && v.zeroLed === true)) || v.scaled !== undefined));
  return suspect || INVISIBLE.test(`${row.label}${row.pending}${row.source.text ?? ''}`) || fakeBold(row.label, row.values, repeatedLabels);
}

/** Characters a row's own label needs to count as words of its own (not a lone character left by a wrap). */
const OWN_WORDS = 2;
/** Table 三's block headings by key prefix: a block cell's text is printed beside its rows (map/block-heading). */
const BLOCK_HEADINGS: Readonly<Record<string, string>> = { 'denied.': '不予公开', 'unavailable.': '无法提供', 'notProcessed.': '不予处理', 'otherHandling.': '其他处理' };
/** Edits per character within which a row's own words are a piece of a template label (a group word's tail glued before them). */
const PIECE_EDITS = 1 / 3;

/** `text` with every run of two or more characters that is a piece of `of` removed, longest first. */
function withoutPieces(text: string, of: string): string {
  let out = text;
  for (let n = of.length; n >= OWN_WORDS; n--) {
    for (let i = 0; i + n <= of.length; i++) out = out.split(of.slice(i, i + n)).join('');
  }
  return out;
}

/**
 * The row is named only through the text above its values (`pending`) while its own label, words of
 * its own and not a piece of that row's label, names no part of it ('（六）其他处理 1.申' under '要求行政机关确认或重新出具已获取信息').
 * Labels wrapped around their values in narrow cells (the values on the cell's first or middle line)
 * leave the row above's tail where this row's head would be: which row the text above belongs to is
 * not read, and the sub-rows of one sum add up however they are permuted (shiftDoubt).
 */
function namedFromAbove(row: TableRow, spec: RowMatch['spec']): boolean {
  if (row.pending.trim() === '') return false;
  // Its own words, pieces of its block's heading left out ('出版物（五）不予处理', '无法提 … 另行制作': the
  // block cell printed beside the row, wrapped too).
  const block = BLOCK_HEADINGS[spec.key.slice(0, spec.key.indexOf('.') + 1)] ?? '';
  const words = withoutPieces(comparable(row.label), block);
  // Its own words (nearly) a piece of the row's label ('行政规范性' / '文件 3 0 14'; a group cell's tail
  // before them, '处理  机关不再处理其…'), or of its block's heading and label ('无法提' / '2.没有现成…'):
  // the label's head above, read whole.
  const piece = (l: string): boolean => substringDistance(words, l) <= PIECE_EDITS * words.length;
  if (words.length < OWN_WORDS || spec.labels.some((l) => piece(l) || piece(block + l))) return false;
  const { own, best } = rowMatches(row, [spec]);
  return own[0]!.score < MIN_LABEL_SCORE && best[0]!.score >= MIN_LABEL_SCORE;
}

/** Label score from which a label counts as exact (below it the field is flagged labelFuzzy: score/index, score/evidence). */
export const EXACT_LABEL = 0.9;
/** Lowest fuzzy label score a row placed between exact neighbours may have to count as placed by its label. */
const SLOTTED_MIN_SCORE = 0.75;
/** A sub-row's item number opening its label: '2.' / '2、' / '2．'. */
const ITEM_NUMBER = /^\s*(\d{1,2})\s*[.、．]/;

/** The number of `specs[j]` among its block's sub-rows ('denied.prohibitedByLaw' → 2); null outside a block. */
function itemNumber(specs: readonly RowSpec[], j: number): number | null {
  const key = specs[j]!.key;
  const dot = key.indexOf('.');
  if (dot < 0) return null;
  const block = key.slice(0, dot + 1);
  return specs.slice(0, j + 1).filter((s) => s.key.startsWith(block)).length;
}

/**
 * A fuzzily labelled row that fills the one slot its label can name (RowEvidence.slotted): its printed
 * item number is the slot's, and both template neighbours are placed by exact labels on the printed
 * rows right before and after it. A label typo ('其他法律行政止公开') then leaves nothing to doubt.
 */
function slottedRow(m: RowMatch, j: number, byIndex: ReadonlyMap<number, RowMatch>, rows: readonly TableRow[], specs: readonly RowSpec[]): boolean {
  if (m.labelScore === null || m.labelScore >= EXACT_LABEL || m.labelScore < SLOTTED_MIN_SCORE || m.partial) return false;
  const number = itemNumber(specs, j);
  const printed = ITEM_NUMBER.exec(`${m.row.pending}${m.row.label}`);
  if (number === null || !printed || Number(printed[1]) !== number) return false;
  const at = rows.indexOf(m.row);
  return [-1, 1].every((d) => {
    const n = byIndex.get(j + d);
    return n !== undefined && n.labelScore !== null && n.labelScore >= EXACT_LABEL && !n.partial && rows.indexOf(n.row) === at + d;
  });
}

/**
 * Evidence for each match of one table, in template order. Invisible characters anywhere in the
 * table's rows put every row's digits in doubt: they split a number into a value and a new "row"
 * ('1\u200b6' → 1, then a row labelled '\u200b' with 6), so the damaged row itself looks clean.
 */
export function rowEvidence(matches: readonly RowMatch[], rows: readonly TableRow[], specs: readonly RowSpec[]): RowEvidence[] {
  const specIndex = (m: RowMatch): number => specs.indexOf(m.spec);
  const specCount = specs.length;
  const invisible = rows.some((r) => INVISIBLE.test(`${r.label}${r.pending}${r.source.text ?? ''}`));
  const byLabel = new Set(matches.filter((m) => m.labelScore !== null).map(specIndex));
  const byIndex = new Map(matches.map((m) => [specIndex(m), m]));
  const shifted = shiftedStretches(rows);
  return matches.map((m) => {
    const j = specIndex(m);
    const neighbours = [j - 1, j + 1].filter((n) => n >= 0 && n < specCount);
    return {
      neighboursPlaced: neighbours.every((n) => byLabel.has(n)),
      rivals: m.rivals,
      copies: m.copies,
      ...(m.toldApart ? { toldApart: m.toldApart } : {}),
      tableDuplicated: false,
      numberedLabels: [...`${m.row.pending}${m.row.label}`.matchAll(NUMBERED)].length,
      digitsDoubt: invisible || digitsDoubt(m.row, true, m.spec.columns?.length ?? 0),
      ...(m.labelScore !== null && `${m.row.pending}${m.row.label}`.includes('\ufffd') ? { labelDamaged: true } : {}),
      ...(slottedRow(m, j, byIndex, rows, specs) ? { slotted: true } : {}),
      ...(m.labelScore === null && !m.row.gridOrdered && m.row.values.some((v) => v.ocr !== undefined) ? { ocrPosition: true } : {}),
      ...((m.row.blocksApart ?? 0) < 2 && (m.row.linesApart ?? 0) >= 2 ? { cellsApart: true, linesOnly: true } : {}),
      ...((m.row.blocksApart ?? 0) >= 2 ? { cellsApart: true, ...(rowInBlocks(m.row) ? { cellsInBlocks: true } : {}) } : {}),
      ...(m.row.piecesBeside ? { piecesBeside: true } : {}),
      ...(m.row.valuesByOrder ? { valuesByOrder: true } : {}),
      ...(m.row.values.length === 0 && (m.row.blankCells === 0 || m.row.labelAlone === true) ? { labelOnly: true } : {}),
      ...(shifted.has(rows.indexOf(m.row)) || (m.row as { shifted?: boolean }).shifted || (m.labelScore !== null && namedFromAbove(m.row, m.spec)) ? { shiftDoubt: true } : {}),
    };
  });
}
