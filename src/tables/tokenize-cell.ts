/**
 * @file One cell's text → label text and value tokens. Numbers that are numbering ('1.', '3、'),
 * years, dates, document numbers, page counters or references ('- 7 -', '表2') stay label text. A digit run glued to label text is `fusable`:
 * it may hold several cells whose separators were lost ('行政规范性文件693665').
 */
import { fixCompatibilityChars, toHalfWidth } from '../layout/normalize-text.js';
import { pageMarkSpans } from '../layout/page-marks.js';
import { cellNotes, inNote, isKeyText, isValuePhrase, type CellNotes } from './cell-notes.js';
import { hasCellWords, joinsNumbers } from './cell-words.js';
import { readChineseNumerals } from './chinese-numerals.js';
import { ANY_YUAN_UNIT, isMoneyUnit, MONEY_UNIT_SOURCE, readUnit, type ReadUnit } from './money-units.js';
import { tick } from '../_internal/work-budget.js';
import { spliceAll } from '../_internal/extremes.js';
import { gluedGroupPieces } from './glued-groups.js';

/** A value read from a table cell; `col` is the cell's grid column when the table has a grid. */
export type ValueToken = (
  | {
      kind: 'num';
      value: number;
      /** The digits as printed, without sign, unit, scale word or mark. */
      raw: string;
      /** A digit run glued to text or to other digits: it may hold several cells whose separators were lost. */
      fusable: boolean;
      /** The money unit printed after it: one of MONEY_UNITS, or 'unknown' (printed, not in that table). */
      unit?: ReadUnit;
      /** The reading is in doubt: a damaged number (DAMAGE_AFTER/BEFORE), an unknown unit, a scale word glued to text, or one of several numbers the cell does not choose between (cell-notes). */
      suspect?: boolean;
      /** Suspect only for its leading zero (ZERO_LED: no count is printed so): in a row too short of values it is cells run together, split by the row readings. */
      zeroLed?: boolean;
      /** A scale word followed the number ('3万', '1.2亿'): `value` is multiplied out (30000, 120000000), in ones (money: 元). */
      scaled?: ScaleWord;
      /** Joined from pieces of a number wrapped inside its cell (map/wrapped-cells). */
      wrapped?: boolean;
      /** The mark printed after it and left off (a trailing '.', '。' or '、', a footnote mark '①', '*', '[1]', '注1', a bracketed sub-count '(其中网上3)'): see MARK_AFTER. */
      mark?: string;
      /** The mark is a footnote reference no digit can be taken for ('①', '⑵', '[1]', '*', '※', '注1', '(注)', '²'; FOOTNOTE_MARK): the number is read as printed, not in doubt for it. */
      footnote?: boolean;
      /** May be the touching numbers of several cells (a PDF cell marked `fused`): split by the row readings too. */
      mayFuse?: boolean;
      /** Printed as an approximation ('约400', '1200余件', '300多件', '近500件', '400件左右'; APPROX_BEFORE/AFTER): not the count, kept as printed and suspect. */
      approximate?: boolean;
      /** A value cell printed words or signs around its one number ('至少40', '40来', '40（估算）'; tables/cell-words): kept as printed, suspect. */
      cellWords?: boolean;
      /** Printed with thousands separators inside a cell of other text ('行政许可 39,846'; GROUPED_RUN): `mark` is the separator, unless its row's count of values confirms it is one number (map/row-candidates). */
      grouped?: boolean;
      /**
       * A piece of counts with thousands separators run together (tables/glued-groups): the text with its commas, split by
       * that grammar only (map/row-candidates `segment`); read whole only where it is one such count ('23,018', not '2169,527').
       */
      printed?: string;
      /** Cut out of such a run (tables/glued-groups): flagged `segmented`, the identities' choice. */
      gluedRun?: true;
      /**
       * Printed with one '.' or '、' between its first group and a group of three ('1.234', '1、234'): read as
       * thousands (`value` 1234, marked); the decimal reading ('.' a decimal point, '、' one typed so) is kept
       * here. A count is never a fraction, so only a money column (map/table-rows) takes it as a rival reading.
       */
      decimal?: number;
      /** Printed grouped by '.' or '、' ('1.234', '12.345.678'): one whole number, never a piece of one. */
      dotGroups?: boolean;
    }
  | {
      kind: 'na';
      raw: string;
      /**
       * A dash or minus of one character one or two spaces before the number after it, in one cell ('－ 3', '2476 - 1 4884'):
       * a mark and the next cell, or that number's minus sign (2019 本年增/减 is signed). The row's count of cells and which
       * of its columns is signed decide (map/signed-pairs); elsewhere it stays a mark.
       */
      sign?: true;
    }
  | { kind: 'blank' }
) & {
  col?: number;
  ocr?: OcrToken;
  /** The cell holds a value the file does not give (Line.unread: a spreadsheet error cell). */
  unread?: boolean;
  /** (An unread blank) the cell printed several values in one phrase ('受理380件，办结355件'; cell-notes isValuePhrase) or joined ('124件|76件'; cell-words): none is the row's. */
  several?: boolean;
  /** Printed as a Chinese numeral ('二十八', '两百'; tables/chinese-numerals), or (a blank) one that is malformed ('十十'): unread. */
  chineseNumeral?: boolean;
};

/** A value read by OCR: its other readings, or a number the scan does not give (`unread`). */
export interface OcrToken {
  alternatives?: number[];
  unread?: boolean;
  /** Read through a solved glyph-code cipher (`pdf/cipher.ts`): flag `deciphered`. */
  deciphered?: boolean;
}

/** A cell split into label text and values, in order. */
export interface CellParts {
  parts: ({ kind: 'text'; text: string } | ValueToken)[];
}

/**
 * A cell ending in a number and a thousands comma with nothing after it ('1,', '22 5 12,', '3,456,'): a number a
 * narrow cell wrapped at its comma, its tail on the cell's next line — the digits before the comma are not the value.
 */
const DANGLING_COMMA = /(?<=^|\s)\d{1,3}(?:,\d{3})*,$/;

/** Printed markers meaning "not applicable": null with flag notApplicable. */
const NOT_APPLICABLE = /^(?:[—–\-－‐−]{1,3}|\/|／|\\|无|不适用|空|[nN]\/[aA])(?:\s*(?:万元|元|件|项|个|条))?$/;

/**
 * Scale words printed after a number ('3万', '125万', '1.2亿', '5.2万件'): powers of ten. A money
 * unit ('万元', '亿元', '千元') is not a scale: it is read as a unit (money-units.ts), matched first.
 */
export const SCALE_WORDS = { 十万: 5, 百万: 6, 千万: 7, 万: 4, 亿: 8, 千: 3 } as const;
export type ScaleWord = keyof typeof SCALE_WORDS;
const SCALE_SOURCE = Object.keys(SCALE_WORDS).sort((a, b) => b.length - a.length).join('|');
/** Measure words a count may print after its number (or after its scale word: '5.2万件'). */
export const MEASURE_SOURCE = '人次|件|个|项|条|次|人|户|家|宗|起';

/** A whole cell that is one value: '1,234', '3985758', '.5' (0.5), '12.5万元', '0.07亿元', '-15', '−15' (U+2212), '减少15', '减15', '5件', '3万', '1.2亿', '5.2万件'. */
const WHOLE_VALUE = new RegExp(`^(减少|增加|减|增|[+\\-−])?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?:(${MONEY_UNIT_SOURCE})|(${SCALE_SOURCE})\\s*(?:${MEASURE_SOURCE})?|(?:${MEASURE_SOURCE}))?$`);

/**
 * A scale word right after a number, alone or with a measure word, then white space or the cell's
 * end: '万', ' 万', '亿 ', '万件'. Glued to other text ('3万州区…') it is not read as a scale (`glued`).
 */
const SCALE_AFTER = new RegExp(`^\\s*(${SCALE_SOURCE})(?:${MEASURE_SOURCE})?(?=\\s|$)`);
const SCALE_GLUED = new RegExp(`^\\s*(?:${SCALE_SOURCE})`);

/** `raw` (digits, maybe a decimal point) times the scale word's power of ten, by moving the decimal point (no binary noise). */
export function scaleValue(raw: string, scale: ScaleWord): number {
  return Number(`${raw}e${SCALE_WORDS[scale]}`);
}

/**
 * Zero written as a numeral character standing alone ('〇', '零'), as some offices type it: read
 * as the digit. Only alone (between spaces or cell edges): inside words ('二〇二四年') it is text.
 */
const ZERO_WORD = /(?<=^|\s)[〇零](?=\s|$)/g;

/**
 * A mark printed right after a value and left off it, then white space or the cell's end: a trailing
 * full stop or enumeration comma ('91.', '0。', '145、'), a footnote mark ('12①', '12⑵', '12*', '12[1]',
 * '12²', '12注', '12注1', '12(注1)'), or a bracketed sub-count ('12(其中网上3)', '12(3)',
 * '12(含3件转办)'). The number is the cell's value; what follows it is not label text. A '.' or '、'
 * followed by label text is an item number ('1. 本机关不掌握…'), so after the mark only the end of
 * the text or another number may come (MARK_NEXT). The reading is unusual: the value is flagged
 * `marked` and confirmed only by an identity (score/), as are numbers with apostrophes or spaces
 * between their digits (APOSTROPHE_GROUPS, SPACED_GROUPS).
 */
const MARK_AFTER = /^(?:[.。、]|[\u2460-\u2473\u2474-\u2487\u2776-\u277f]|[*※†‡]|\[\d{1,2}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+|注\d{0,2}|\(注\d{0,2}\)|\((?:其中|含)[^()]*\)|\(\d+\))(?=\s|$)/;
/**
 * A mark of MARK_AFTER that is a footnote reference and cannot be a digit of the number: circled or
 * bracketed numbers, '[1]', '*', '※', '†', '‡', '注', '注1', '(注1)', superscript digits. A trailing '.',
 * '。' or '、' may be a decimal point or an item number, a bracketed count a sub-count: those stay `marked`.
 */
const FOOTNOTE_MARK = /^(?:[\u2460-\u2473\u2474-\u2487\u2776-\u277f]|[*※†‡]|\[\d{1,2}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+|注\d{0,2}|\(注\d{0,2}\))$/;
/** What may follow a mark (after white space): the end of the text or another value. */
const MARK_NEXT = /^\s*(?:$|[-−+]?\d)/;

/** The length of the mark after a run ending at `end` (MARK_AFTER), or 0. */
function markAfter(s: string, end: number): number {
  const m = MARK_AFTER.exec(s.slice(end));
  if (!m) return 0;
  return MARK_NEXT.test(s.slice(end + m[0].length)) ? m[0].length : 0;
}

/**
 * A word of digits with OCR's letters for them: O, o or D for 0, l, I or | for 1 ('1O2', 'lO', 'O',
 * 'l'), standing alone between white space or the cell's edges. Read as the digits, as an OCR'd
 * value (flag `ocr`: below 0.9 unless identities through other read cells confirm it). A word
 * starting with a 0-letter is one letter ('O'; a number does not start with 0); a '|' at a word's
 * edge may be a drawn rule ('|7': 17, or 7 beside a rule), so it is read only between digits ('1|2');
 * a word with other letters is text.
 */
const OCR_WORD = /(?<=^|\s)(?:[lI|][0-9OoDlI|]*|[1-9][0-9OoDlI|]*[OoDlI|][0-9OoDlI|]*|[OoD])(?=\s|$)/g;
const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', l: '1', I: '1', '|': '1' };

/** The cell with OCR's letters for digits read as digits (OCR_WORD), and where such words stand ([start, end)). */
function readOcrLetters(s: string): { s: string; at: [number, number][] } {
  if (!/[OoDlI|]/.test(s)) return { s, at: [] };
  const at: [number, number][] = [];
  const out = s.replace(OCR_WORD, (w: string, offset: number) => {
    if (w.length > MAX_VALUE_DIGITS || w.startsWith('|') || w.endsWith('|')) return w;
    at.push([offset, offset + w.length]);
    return w.replace(/[OoDlI|]/g, (c) => OCR_DIGIT[c]!);
  });
  return { s: out, at };
}

/**
 * A number printed letter-spaced with its thousands comma ('1 , 6 4 9' of a page set with CSS
 * letter-spacing, '1 ,649' of its PDF line, '2,6 1 2' of full-width digits): its characters one space
 * apart at most, a comma before every group of exactly three digits. Read apart, the head ('1') was the
 * value and the rest text (1 for 1,649 at 0.85, breakit56 cr-a4-m30/r26). A piece after a comma is
 * never a number of its own, so the join is certain where the groups come out whole: nothing but a
 * blank wider than one space (the next cell) or the cell's end after the last group, and a space in
 * it before a comma or between digits (a tight '1,649' is read as it is; a space after the comma
 * alone is a list's '12, 345'), and only when a piece between its spaces is no number on its own (',',
 * ',649', '2,6'): '1 2,345' is two cells one space apart (BeautifulSoup get_text(' ')).
 */
const SPACED_THOUSANDS = /(?<![\d,.] ?)\d(?: ?\d){0,2}(?: ?, ?\d ?\d ?\d)+(?!\d| \d| ?[,.]\d)/g;

/** A whole number: plain or grouped by whole thousands (a piece that is a number on its own; pieces joined into one). */
export const WHOLE_NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;

/** Full-width digits as ASCII. */
const wideDigits = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Full-width digits and commas as ASCII (a number's shape is checked on these). */
export const asciiDigits = (s: string): string => wideDigits(s).replace(/，/g, ',');

/** Full-width digits and the full-width point as ASCII (an amount's digits across pieces). */
export const asciiNumber = (s: string): string => wideDigits(s).replace(/．/g, '.');


/** An amount: digits, a point, one or two decimals ('1087.95'). */
const AMOUNT = /^\d+\.\d{1,2}$/;

/**
 * The join rule of a number a narrow cell wrapped into pieces (`pdf/wrapped-numbers.ts` on a PDF's
 * lines, `layout/stacked-pieces.ts` on a dump's): the pieces' text run together is one well-formed
 * number — whole (plain or whole thousands groups: '14,051', not '14,05' or '2,2951') or an amount
 * ('1087.95'), '件' at most at its end, digits ASCII or full-width.
 */
export function isJoinedNumber(text: string): boolean {
  const n = asciiDigits(text).replace(/．/g, '.').replace(/件$/, '');
  return WHOLE_NUMBER.test(n) || AMOUNT.test(n);
}

/** `s` with every letter-spaced grouped number closed up (SPACED_THOUSANDS). */
export function joinSpacedThousands(s: string): string {
  if (!/\d ?, ?\d/.test(s) || !/\d ,|, \d|\d \d/.test(s)) return s;
  // (A space after the comma alone is a list's '12, 345', not letter-spacing.)
  // Only where the pieces between its spaces are not numbers each ('1 2,345' is 1 and 2,345 one space apart).
  return s.replace(SPACED_THOUSANDS, (m) => (/\d ,|\d \d/.test(m) && !m.split(' ').every((p) => WHOLE_NUMBER.test(p)) ? m.replace(/ /g, '') : m));
}

/** A whole cell that is one number with apostrophes between its thousands ('1'234', '12’345'): never a cell separator. */
const APOSTROPHE_GROUPS = /^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/;
/**
 * A whole grid cell (HTML, ruled PDF: one column) that is one number with spaces between its digit
 * groups: thousands ('12 345') or every digit ('1 2 3 4'). A line of text cells may hold several
 * values that way: read only in a grid cell (tables/build-rows).
 */
export const SPACED_GROUPS = /^(?:\d{1,3}(?: \d{3})+(?:\.\d+)?|\d(?: \d)+)$/;

/** The cell as one number with the separators of `pattern` between its digits, marked by them; null when it is not one. */
export function groupedValue(cell: string, pattern: RegExp): ValueToken | null {
  if (!pattern.test(cell) || cell.replace(/\D/g, '').length > MAX_VALUE_DIGITS) return null;
  const raw = cell.replace(/[^\d.]/g, '');
  return { kind: 'num', value: Number(raw), raw, fusable: false, mark: cell.replace(/[\d.]/g, '').slice(0, 1) };
}

/** A count's measure word ending a cell ('3.064项', '1.161 件'): no money unit, after which '3.064' is an amount. */
const MEASURE_END = new RegExp(`\\s*(?:${MEASURE_SOURCE})$`);

/** A whole cell that is one number grouped by '.' or '、' (DOT_GROUPED_RUN), maybe with a count's measure word: the thousands reading, marked, its decimal reading kept; null when it is not one. */
function dotGroupedValue(whole: string): ValueToken | null {
  const cell = whole.replace(MEASURE_END, '');
  const g = groupedRunAt(cell, 0);
  if (g === null || g.printed !== cell || (g.mark !== '.' && g.mark !== '、')) return null;
  const raw = cell.replace(/[.、]/g, '');
  if (raw.length > MAX_VALUE_DIGITS) return null;
  return { kind: 'num', value: Number(raw), raw, fusable: false, mark: g.mark, dotGroups: true, ...(g.decimal !== undefined ? { decimal: g.decimal } : {}) };
}

/** Digits glued to text: numbering before a label, years and document numbers are not values. */
const RUN = /\d+(?:\.\d+)?/g;

/**
 * Digits in one run at most. A whole table row fused into one run stays well under this (25 cells);
 * a longer run is not table data (a serial number, garbage) and stays text.
 */
const MAX_RUN_DIGITS = 200;
/** Digits of an item number ('1.' … '8.', at most '12.'): a longer run before '.' holds values. */
const MAX_NUMBERING_DIGITS = 2;
/** More digits than this cannot be one value: the run is fused cells. */
export const MAX_VALUE_DIGITS = 15;

function signOf(prefix: string | undefined): number {
  return prefix === '减少' || prefix === '减' || prefix === '-' || prefix === '−' ? -1 : 1;
}

/**
 * A thin or narrow no-break space between a digit and a group of three (U+2009, U+202F: '39 846'
 * typeset): a thousands separator, never a cell boundary. Read as an apostrophe group (marked).
 */
const THIN_GROUP_SPACE = /(?<=\d)[\u2009\u202f](?=\d{3}(?!\d))/g;

/** A cell's text as the value patterns read it: compatibility characters fixed, thin group spaces read as group marks, half-width, a lone 〇/零 read 0. */
function normalizeCell(cell: string): string {
  return toHalfWidth(fixCompatibilityChars(cell).replace(THIN_GROUP_SPACE, "'")).replace(ZERO_WORD, '0');
}

/**
 * A number with thousands separators inside a mixed cell ('行政许可 39,846', '总计 3,773 217 …', '1'234'):
 * one separator (',' — '，' is ',' once half-width —, an apostrophe) between groups of exactly three digits after the first
 * group of one to three, maybe a decimal part. Read as one number, never as two cells split at the
 * mark: a row printing its cells with commas between them is CSV (layout/csv-lines) or prints
 * groups other than three digits ('5,0,3'), which this does not match. The reading is marked (the
 * separator; a single-spaced line does not show the cell boundaries): an identity through the value confirms it.
 */
const GROUPED_RUN = /^\d{1,3}([,'’])\d{3}(?:\1\d{3})*(?:\.\d+)?/;
/**
 * Thousands written with a full stop (European) or an enumeration comma between the groups ('1.234',
 * '12.345.678', '1、234'): the first group one to three digits, not led by 0 ('0.125' is a fraction),
 * no decimal part. With one separator it may also be a decimal ('1.234' = 1.234; '、' a decimal point
 * typed so): `decimal` keeps that reading (a count takes the thousands, a money column both).
 */
const DOT_GROUPED_RUN = /^[1-9]\d{0,2}([.、])\d{3}(?:\1\d{3})*/;

/** The grouped number starting at `start` (GROUPED_RUN) as printed, and its separator; null when none stands there. */
function groupedRunAt(s: string, start: number): { printed: string; mark: string; decimal?: number } | null {
  if (/[\d,.'’]/.test(s[start - 1] ?? ' ')) return null;
  const dot = s[start - 1] === '、' ? null : DOT_GROUPED_RUN.exec(s.slice(start));
  if (dot) {
    const end = start + dot[0].length;
    // More digits, a separator or point followed by a digit, or a mark glued after it ('1.234.', '1.234、'): not one number so grouped.
    if (/^(?:\d|[,.'’、．]\d)/.test(s.slice(end)) || /^[.、]/.test(s.slice(end))) return null;
    const groups = dot[0].split(dot[1]!).length;
    return { printed: dot[0], mark: dot[1]!, ...(groups === 2 ? { decimal: Number(dot[0].replace(dot[1]!, '.')) } : {}) };
  }
  const m = GROUPED_RUN.exec(s.slice(start));
  if (!m) return null;
  const end = start + m[0].length;
  // More digits, or another separator or point followed by a digit ('1,234,56', '1,234.5.6'): not one number so grouped.
  if (/^(?:\d|[,.'’]\d)/.test(s.slice(end))) return null;
  if (m[0].replace(/\D/g, '').length > MAX_VALUE_DIGITS) return null;
  return { printed: m[0], mark: m[1]! };
}

/**
 * A whole number written with a leading zero ('00', '066', '0342', '082952'; not '0.5'): no count is
 * printed so. Read as one number (a whole cell, or a run with white space or the cell's edge on both
 * sides) it is a misread ('66' OCR'd as '00'), a dropped digit or cells run together: kept as printed,
 * never trusted (suspect); in a line of values it may also be split where its row lacks values. A run glued to text or digits ('…事项0000000（四）', a row's cells run
 * together in pdfminer text) is fusable instead, and the segmentation splits it into numbers that
 * do not start with 0.
 */
const ZERO_LED = /^0\d+$/;

/** Parses a cell that is exactly one value; null when the cell is not one. */
export function parseWholeValue(cell: string): ValueToken | null {
  return wholeValue(normalizeCell(cell).trim());
}

/** {@link parseWholeValue} of a normalized, trimmed cell. */
function wholeValue(s: string): ValueToken | null {
  if (s === '') return { kind: 'blank' };
  if (NOT_APPLICABLE.test(s)) return { kind: 'na', raw: s };
  const m = WHOLE_VALUE.exec(s);
  if (!m || !m[2] || m[2].replace(/[.,]/g, '').length > MAX_VALUE_DIGITS) return null;
  const digits = m[2].replace(/,/g, '');
  const scaled = m[4] as ScaleWord | undefined;
  const value = signOf(m[1]) * (scaled ? scaleValue(digits, scaled) : Number(digits));
  const unit = m[3] !== undefined && isMoneyUnit(m[3]) ? m[3] : undefined;
  return { kind: 'num', value, raw: m[2], fusable: false, ...(unit ? { unit } : {}), ...(scaled ? { scaled } : {}), ...(ZERO_LED.test(digits) ? { suspect: true, ...(unit || scaled ? {} : { zeroLed: true }) } : {}) };
}

/** chars. See textBefore. */
const BEFORE_WINDOW = 64;
/** White space or a dot: the only characters the patterns matched against textBefore repeat without bound. */
const REPEATED_BEFORE = /[\s.]/;

/**
 * The text before `start` that a pattern anchored at its end ('…$': DAMAGE_BEFORE, APPROX_BEFORE,
 * FORMER_BEFORE, STRUCK_BEFORE) can match, for the same verdict as on the whole prefix: twice
 * BEFORE_WINDOW characters, widened over each run of white space or dots crossing an edge (the
 * patterns' only unbounded parts; each has at most two, bounded words between). Such a pattern
 * on the whole prefix is tried at every position of it: quadratic in a line of thousands of
 * numbers (a 60 KB line of numbers took 4 s).
 */
function textBefore(s: string, start: number): string {
  let w = start;
  for (let k = 0; k < 2 && w > 0; k++) {
    w = Math.max(0, w - BEFORE_WINDOW);
    while (w > 0 && REPEATED_BEFORE.test(s[w - 1]!)) w--;
  }
  return s.slice(Math.max(0, w - BEFORE_WINDOW), start);
}

function isNumbering(s: string, end: number): boolean {
  // '476..38': a doubled decimal point, not an item number after values.
  return /^\s*[.、．](?![\d.])/.test(s.slice(end));
}

function isNotValue(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 1), start);
  const after = s.slice(end, end + 1);
  return /[第〔\[（(]/.test(before) || (/[年月日号条项〕\])）%]/.test(after) && !MEASURE_ENDING.test(s.slice(end))) || LOST_YEAR_WORD.test(s.slice(end, end + 5));
}

/**
 * 项 or 条 right after a number and ending its cell ('行政许可 1,161项', '行政强制 7项'): the count's measure word —
 * table 二's 单位 cell glued to its value (pypdf, PDFBox) —, not an item or article number ('第5项', '20条规定', and
 * '8项 . 属于行政查询事' of a label's wrapped tail joined after its item number: PDFBox of a narrow label column).
 */
const MEASURE_ENDING = /^[条项]\s*$/;

/**
 * Digit groups joined by thousands marks (',' — '，' once half-width —, an apostrophe) that are not one number so
 * grouped (GROUPED_RUN: '1,1611', '12,345,67', '4’35'): the digits of one count cut or misprinted, or cells joined by
 * the mark — the text does not say which. Read as one value not given (an unread blank), never as its first group: '1' of
 * '1,161' read at 0.85 when a grouped count's tail stopped its reading. Groups of one digit each ('5,0,3': cells printed
 * with commas between them) keep their reading.
 */
const MARK_JOINED = /^\d+(?:[,'’]\d+)+/;

/** A span (MARK_JOINED) that is a grouped number with digits glued after it: the number, the digits, the mark. */
const GROUPED_THEN_GLUED = /^(\d{1,3}([,'’])\d{3}(?:\2\d{3})*)(\d+)$/;

/** The span of digit groups joined by thousands marks at `start` that is no number (MARK_JOINED), or null. */
function markJoinedAt(s: string, start: number): string | null {
  if (/[\d,.'’]/.test(s[start - 1] ?? ' ')) return null;
  const m = MARK_JOINED.exec(s.slice(start));
  if (!m || m[0].split(/[,'’]/).every((g) => g.length === 1)) return null;
  return m[0];
}

/**
 * A date whose 年 a PDF font could not decode ('2023\ufffd1月1日至2023\ufffd12月31日', a Ghostscript
 * reprint): the year is followed by the lost glyph and a month or day. Part of the date, never a value.
 */
const LOST_YEAR_WORD = /^\ufffd\d{1,2}[月日]/;

/**
 * Characters that, glued to a digit run, say the number itself is damaged: a Latin or Cyrillic
 * letter (OCR's l/O/З for 1/0/3), a comma, full stop or middle dot inside it ('699,39', '699。39',
 * '699·39'), a decimal point followed by a space ('699. 39') or ending the cell ('4068.'), U+FFFD
 * (a byte that did not decode: '4\ufffd233' lost a digit or split one), a decimal point with no digit
 * before it ('收费 .5' among other text: a fraction whose reading there is in doubt), its decimal part
 * printed apart ('637 .38'), after a doubled point ('476..38') or an enumeration comma between digits
 * ('3、5': a decimal point typed as 、), or a minus glued between two numbers ('1836-4': two cells of a
 * dump whose lines were joined with nothing, the second maybe -4). The run is cut there, so the digits
 * read are only a piece of the printed number.
 */
/** A cell of one amount, its decimal part apart by white space ('2331 .98'). */
const SPLIT_DECIMAL = /^(\d{1,9})\s+\.(\d{1,4})$/;
const DAMAGE_AFTER = /^(?:[A-Za-z\u0400-\u04ff,，。·・\ufffd]|\.\s*\d|\.\s*$|\s+\.\d|\.{2,}\s*\d|、\d|-\d)/;
const DAMAGE_BEFORE = /(?:[A-Za-z\u0400-\u04ff,，。·・\ufffd]|(?<![\d.])\.|\d\.{2,}|\d、|\d-)$/;

/**
 * The minus sign of a run: '-' or '−' right before it, with white space (or the cell's start)
 * before the sign and after the run, and not inside text already taken. '' when none: '2019-2020',
 * '- 2' (a dash, then a value) and '第-2' keep their reading.
 */
function negativeSign(s: string, start: number, end: number, last: number): string {
  if (start - 1 < last || !/[-−]/.test(s[start - 1] ?? '')) return '';
  if (start - 2 >= 0 && !SIGN_OPENS.test(s[start - 2]!)) return '';
  return end >= s.length || SIGN_CLOSES.test(s[end]!) ? s[start - 1]! : '';
}

/**
 * What may stand right before a minus sign and right after its number: white space, or markup a text
 * dump left around a cell — a tag's '>' and '<' ('<p>-1</p>': a table pandoc's gfm kept as HTML whose
 * layout table load/layout-html-tables took apart), a pipe-table border ('|-1|'), emphasis ('**-2**')
 * and a Markdown escape ('\\-1'). Read as a hyphen there, 本年增/减 -1 was +1 at 0.95.
 */
const SIGN_OPENS = /[\s>|*_\\]/;
const SIGN_CLOSES = /[\s<|*_]/;
/** A dash or minus-like mark glued before a run and not read as its sign (negativeSign): the value may have lost its sign. */
const DROPPED_SIGN = /[-−–—‐－]/;
/** The run at `start` has a minus-like mark glued before it that negativeSign did not take, and no digit before that (a range or date: its own damage reading). */
function droppedSign(s: string, start: number, sign: string): boolean {
  return sign === '' && start >= 1 && DROPPED_SIGN.test(s[start - 1]!) && !/\d/.test(s[start - 2] ?? '');
}

/**
 * Words that make a number an approximation: before it ('约400', '大约', '近500', '将近', '逾', '超过')
 * or after it ('1200余件', '300多件', '400件左右', '400以上'). The printed number is not the count: it is
 * kept as printed, suspect (below 0.9 whatever the identities say) and flagged `approximate`. The
 * words are part of the value, not label text.
 */
const APPROX_BEFORE = /(?:大约|约|将近|近|逾|超过)\s*$/;
const APPROX_AFTER = new RegExp(`^(?:[余多](?=\\s|$|${MEASURE_SOURCE}|${MONEY_UNIT_SOURCE})|\\s*(?:${MEASURE_SOURCE}|${MONEY_UNIT_SOURCE})?\\s*(?:左右|以上|上下))`);

/** A value token of kind `num`. */
type NumToken = Extract<ValueToken, { kind: 'num' }>;

/** How one digit run of a mixed cell is read, before its minus sign (negativeSign). */
interface RunReading {
  /** The digits kept as the value: an item number cut off their end leaves the rest ('00000008.' → '0000000'). */
  raw: string;
  /** Where the kept digits end in the cell. */
  end: number;
  /** Where the value's text ends: after its scale word or its mark. Label text starts again there. */
  taken: number;
  /** The mark printed after the value and left off it (MARK_AFTER). */
  mark?: string;
  unit?: ReadUnit;
  scaled?: ScaleWord;
  suspect: boolean;
  /** Suspect for its leading zero alone (ZERO_LED). */
  zeroLed?: boolean;
  /** An approximation (APPROX_BEFORE/AFTER): `lead` characters of its words stand before the run. */
  approximate?: { lead: number };
}

/**
 * The run read as a value with a mark after it ('91.', '12①', '12(其中网上3)'), standing on its own
 * before it; null when no mark follows. '91. 140.': a full stop, white space, then a number is a mark,
 * not a decimal point split from its decimals: a count is a whole number, which the identities of
 * tables 三/四 check; a fraction read apart in table 二 is an extra value, and marked.
 */
function markedRun(s: string, start: number, run: string, notes: CellNotes): RunReading | null {
  const end = start + run.length;
  const mark = notes.keyed || run.length > MAX_VALUE_DIGITS || (start > 0 && !/\s/.test(s[start - 1]!)) ? 0 : markAfter(s, end);
  if (mark === 0) return null;
  return { raw: run, end, taken: end + mark, mark: s.slice(end, end + mark), suspect: notes.suspectAt.has(start) };
}

/** A number as digits (the correction patterns). */
const NUMBER = String.raw`(\d{1,${MAX_VALUE_DIGITS}}(?:\.\d+)?)(?![\d.年月日号])`;
const CORRECTED_TO = String.raw`\s*\(\s*(?:更正为|应为|修正为|更改为|改为|订正为)\s*:?\s*${NUMBER}\s*\)`;
const FORMER = String.raw`原\s*(?:为|填报?为?)?\s*`;
const NOW = String.raw`\s*[,;，；]?\s*现\s*(?:为|更正为|改为|调整为)?\s*:?\s*${NUMBER}`;
const STRUCK = String.raw`~~\s*`;
const STRUCK_AFTER = String.raw`\s*~~\s*${NUMBER}`;
/** After a value: its correction in a bracket ('12(更正为13)', '12(应为13)'). */
const CORRECTED_AFTER = new RegExp(`^${CORRECTED_TO}`);
/** Before a value: 原 ('原12现13', '原为12，现为13'); after it, the value now (FORMER_NOW). */
const FORMER_BEFORE = new RegExp(`${FORMER}$`);
const FORMER_NOW = new RegExp(`^${NOW}`);
/** Struck-through text kept by a converter as markdown ('~~12~~ 13'): the number after it replaces it. */
const STRUCK_BEFORE = new RegExp(`${STRUCK}$`);
const STRUCK_NOW = new RegExp(`^${STRUCK_AFTER}`);
/** A whole value printed with its correction (correctedRun), in half-width text: map/errata leaves the others of its line alone. */
export const CELL_CORRECTION = new RegExp(String.raw`\d+(?:\.\d+)?${CORRECTED_TO}|${FORMER}\d+(?:\.\d+)?${NOW}|${STRUCK}\d+(?:\.\d+)?${STRUCK_AFTER}`, 'g');

/**
 * A value printed with its correction where the text says which number is the correction
 * ('12(更正为13)', '原12现13', '~~12~~ 13'): the corrected number, read from `from` (before '原' or
 * '~~') to `taken`; null when the run starting at `start` is not one. Only these wordings: two numbers
 * with nothing saying which replaces which ('12/13', '12(13)') are not a correction.
 */
function correctedRun(s: string, start: number, run: string): { from: number; taken: number; raw: string; mark: string } | null {
  const end = start + run.length;
  const after = s.slice(end);
  const before = textBefore(s, start);
  const found = (lead: RegExp | null, now: RegExp, mark: string): { from: number; taken: number; raw: string; mark: string } | null => {
    const b = lead === null ? null : lead.exec(before);
    const m = lead !== null && b === null ? null : now.exec(after);
    return m ? { from: start - (b?.[0].length ?? 0), taken: end + m[0].length, raw: m[1]!, mark } : null;
  };
  return found(null, CORRECTED_AFTER, '更正') ?? found(FORMER_BEFORE, FORMER_NOW, '原…现') ?? found(STRUCK_BEFORE, STRUCK_NOW, '~~');
}

/** The run read with its unit, its scale word and the damage around it; null when it is an item number ('… 12.'). */
function plainRun(s: string, start: number, run: string, notes: CellNotes): RunReading | null {
  let raw = run;
  let end = start + run.length;
  // Judged on the run as printed, before an item number is cut off its end ('4068.' at the end
  // of a cell is a number cut at its decimal point, not values and the item number 8).
  // A money unit glued after the run: a known one is kept; an unknown one ('美元', '亿日元')
  // makes the value a suspect (never silently read as 万元).
  const unitText = ANY_YUAN_UNIT.exec(s.slice(end).trimStart())?.[0];
  const unit = unitText === undefined ? undefined : readUnit(unitText);
  // A scale word after the run ('3万', '1.2亿 '): the value is multiplied out and marked `scaled`.
  // Glued to more text ('3万州…') the digits may or may not be scaled: kept as printed, suspect.
  const scaled = unitText === undefined ? (SCALE_AFTER.exec(s.slice(end))?.[1] as ScaleWord | undefined) : undefined;
  const scaleDoubt = unitText === undefined && scaled === undefined && SCALE_GLUED.test(s.slice(end));
  // A zero-led number standing alone (ZERO_LED); glued to more digits or text it is fusable instead.
  const zeroLed = ZERO_LED.test(run) && !/\S/.test(s[end] ?? ' ') && !/\S/.test(s[start - 1] ?? ' ');
  const otherDoubt = notes.suspectAt.has(start) || DAMAGE_AFTER.test(s.slice(end)) || DAMAGE_BEFORE.test(textBefore(s, start)) || unit === 'unknown' || scaleDoubt;
  const suspect = otherDoubt || zeroLed;
  if (isNumbering(s, end)) {
    // '00000008.属于…' in a dump: the last digit is the numbering of the next label (1–8).
    // After white space a run is the numbering itself ('… 12.'), unless it is longer than any
    // item number: then it is a row's glued values plus the next number ('… 00000002.申请人…').
    const spaced = start === 0 || /\s/.test(s[start - 1] ?? ' ');
    if (raw.length < 2 || raw.includes('.') || (spaced && raw.length <= MAX_NUMBERING_DIGITS)) return null;
    raw = raw.slice(0, -1);
    end -= 1;
  }
  // The scale word is part of the value, not label text.
  const scaledHere = scaled !== undefined && raw === run;
  let taken = scaledHere ? end + SCALE_AFTER.exec(s.slice(end))![0].length : end;
  const lead = APPROX_BEFORE.exec(textBefore(s, start))?.[0].length ?? 0;
  const after = raw === run ? APPROX_AFTER.exec(s.slice(taken))?.[0].length ?? 0 : 0;
  taken += after;
  const approximate = lead > 0 || after > 0 ? { approximate: { lead } } : {};
  const zeroLedOnly = zeroLed && !otherDoubt && lead === 0 && after === 0 && unit === undefined && !scaledHere;
  return { raw, end, taken, ...(unit ? { unit } : {}), ...(scaledHere ? { scaled } : {}), suspect: suspect || lead > 0 || after > 0, ...(zeroLedOnly ? { zeroLed: true } : {}), ...approximate };
}

/**
 * A count word ending the run's cell ('26件 4件', a report printing 件 after its table cells; jian):
 * the digits before it are one count, not touching cells whose separators were lost (a fused run
 * glues digits to digits or to a label, never ends each cell with its own 件). Such a value is a
 * plain count to a value stream (map/plain-count): breakit55 ptt-plain-b5/r10 had been left unread.
 */
const COUNT_WORD_ALONE = /^件(?=\s|$)/;

/** The value of a run read as `r`, negative when `sign` (negativeSign) stands before it. */
function runToken(s: string, start: number, sign: string, r: RunReading): NumToken {
  const glued = start - sign.length > 0 && !/\s/.test(s[start - sign.length - 1] ?? ' ');
  // A marked value stands alone before its mark (markedRun): one cell's value, never fused cells.
  // A zero-led run among a line's values ('… 1835 0204063', pypdf glues a row's last cells) is never
  // one count (ZERO_LED): fusable, so a row short of values splits it; a row with a value per cell keeps it as printed, suspect.
  const gluedAfter = /\S/.test(s[r.end] ?? ' ') && !COUNT_WORD_ALONE.test(s.slice(r.end));
  const fusable = r.mark === undefined && (glued || (r.raw.length > 1 && r.scaled === undefined && gluedAfter) || r.raw.length > MAX_VALUE_DIGITS || ZERO_LED.test(r.raw));
  const magnitude = r.scaled ? scaleValue(r.raw, r.scaled) : Number(r.raw);
  // A minus-like mark glued before the run and not read as its sign: the value is in doubt (below 0.9), never a certain positive.
  const suspect = r.suspect || droppedSign(s, start, sign);
  return { kind: 'num', value: sign === '' ? magnitude : -magnitude, raw: r.raw, fusable, ...(r.approximate ? { approximate: true } : {}), ...(r.mark !== undefined ? { mark: r.mark, ...(FOOTNOTE_MARK.test(r.mark) ? { footnote: true } : {}) } : {}), ...(r.unit ? { unit: r.unit } : {}), ...(suspect ? { suspect: true } : {}), ...(r.zeroLed ? { zeroLed: true } : {}), ...(r.scaled ? { scaled: r.scaled } : {}) };
}

/**
 * Where a cell stands in its row: after the row's label cell and before any value (`first`), or
 * after values (`after`: it may also start the next row). See {@link valueCellParts}.
 */
export type ValueCellPlace = 'first' | 'after';

/** A row number starting a row label: '（一）', '(2)', '一、', '3.', '４．' (not '3.5'). */
const ROW_NUMBER = /^\s*(?:[（(]\s*[一二三四五六七八九十\d０-９]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[\d０-９]{1,2}\s*[、.．](?![\d０-９]))/;

/** A value of a value cell, with where it starts (its sign and approximation words included) and where its text ends. */
interface ValueSpan {
  start: number;
  taken: number;
  part: number;
}

/**
 * A value cell's parts as the rest of its text decides (tables/cell-words); null when they stay as
 * read. Numbers joined by anything but white space: one unread value (`several`). One number with
 * words or signs left once its units, notes and marks are off: the number, flagged `cellWords` and
 * suspect. In a `first` cell the words are the value's, not label text (dropped); an `after` cell
 * that starts with words starts the next row (read as before), and its words after the number are kept.
 */
function valueCellParts(s: string, notes: CellNotes, spans: readonly ValueSpan[], parts: CellParts['parts'], place: ValueCellPlace): CellParts['parts'] | null {
  if (place === 'after' && parts[0]?.kind === 'text') return null;
  // A row label glued before the first value, its row number first ('（一）予以公开21' after a group cell
  // '三、本年度办理结果' in a tab-separated dump): the label's, read as before. Words about a count carry no row number.
  if (place === 'first' && parts[0]?.kind === 'text' && ROW_NUMBER.test(parts[0].text)) return null;
  for (let i = 1; i < spans.length; i++) {
    const between = s.slice(spans[i - 1]!.taken, spans[i]!.start);
    // Marks standing apart between two values ('3 － 5'): a cell of their own each (INNER_NA), not a joiner.
    if (!INNER_NA.test(between) && joinsNumbers(between, place === 'after')) return [{ kind: 'blank', unread: true, several: true }];
  }
  if (spans.length !== 1) return null;
  const sp = spans[0]!;
  const cut: (readonly [number, number])[] = [[sp.start, sp.taken], ...notes.text];
  // Marks standing apart are value cells printed one space from the number ('21 － －' of a narrow
  // page's `pdftotext -layout`): read as marks (parts `na`), never words that put the number in doubt.
  const rest = s.split('').map((c, i) => (cut.some(([a, b]) => i >= a && i < b) ? ' ' : c)).join('').replace(MARKS_APART, ' ');
  if (!hasCellWords(rest) || isKeyText(notes, rest)) return null;
  const token: NumToken = { ...(parts[sp.part] as NumToken), cellWords: true };
  // The words of a `first` cell are the value's (dropped); its marks stay cells, in the order printed.
  if (place === 'first') return parts.flatMap((p, i): CellParts['parts'] => (i === sp.part ? [{ ...token, fusable: false }] : p.kind === 'na' ? [p] : []));
  return parts.map((p, i) => (i === sp.part ? token : p));
}

/**
 * A not-applicable mark (NOT_APPLICABLE) ending a mixed cell after its label or its last value: the
 * row's first (or next) value cell, printed too close to be a cell of its own ('行政事业性收费/',
 * '行政事业性收费 /' from a print whose '/' ran into the label's text item, '7/' from pypdf). A '/'
 * may be glued; a dash or '\\' only after white space (a dash glued to a label is punctuation). Never
 * a '/' of a label's own words: glued after SLASH_WORD_END ('本年增/' of a wrapped '本年增/减', '和/',
 * '件/'), inside a page mark ('- 7 -'), or with nothing before it. After white space '无', '不适用' and 'n/a' are such
 * marks too, and the row's 单位 cell may follow the mark ('行政事业性收费 / 万元', '行政事业性收费 无 万元': pypdf and
 * PDFBox set the unit column one space on; box44): the fee row had been left unread and a note's '0' taken. Not a word
 * after an item number ('4. 无' / '正 当 …': 无正当理由 wrapped one word a line, breaker45 hand/r25-ctl.raw).
 */
const TRAILING_NA = /(?:(?<=[\p{Script=Han})\]\d])\s*([/／])|(?<=\S)\s+([/／\\]|[—–\-－‐−]{1,3})|(?<=[^\s.．、])\s+(无|不适用|[nN]\/[aA]))(?:\s*(?:万元|元|件|项|个|条))?\s*$/u;
/**
 * The not-applicable marks ending a mixed cell (TRAILING_NA), last first and read back to front:
 * '补正后申请内容仍不明确 / / / / / / /' is a label and seven value cells printed one space apart
 * (`pdftotext -raw`, pdfminer, a copy from a viewer). Returned in the order printed.
 */
function trailingNotApplicableRun(s: string, last: number, marks: readonly [number, number][]): { at: number; raw: string }[] {
  const found: { at: number; raw: string }[] = [];
  for (let end = s.length, m = trailingNotApplicable(s, last, marks); m; m = trailingNotApplicable(s.slice(0, end), last, marks)) {
    found.unshift(m);
    end = m.at;
    tick();
  }
  return found;
}

/**
 * One not-applicable mark standing apart in running text (TEMPLATE.md: '/', '—', '-', '无' in a cell):
 * a slash, one to three dashes of any width ('—', '－', '-', '–', '——'), '无'. The rules that read marks
 * between labels and values (INNER_NA, LEADING_NA, MID_NA, marks before a value; map/run-on-labels)
 * use this one definition; each requires white space (or the text's edge) on both sides, so a hyphen
 * in a word or a date ('2024-01-20'), a minus glued to its number ('-15', a misprint flagged
 * elsewhere), '无法提供' and a border drawn '+----+' are never marks.
 *
 * NA_SIGN_SOURCE is the marks without '无' — the ones no label text is made of: a PDF's cell holding
 * one alone is a value cell (pdf/item-starts `isNumberCell`), where a lone '无' may be a character of a
 * label wrapped one character a line ('（四）无法提供' in a narrow label column).
 */
export const NA_SIGN_SOURCE = '(?:[/／\\\\]|[—–\\-－‐−]{1,3})';
/** A not-applicable mark: a sign (NA_SIGN_SOURCE) or '无'. */
export const NA_MARK_SOURCE = `(?:${NA_SIGN_SOURCE}|无)`;
/** A mark that is a dash or '无' (not a slash): a lone one before words is a list bullet or prose ('- 说明', '无 其他'), so the leading rule wants two. */
const DASH_MARK = /^(?:[—–\-－‐−]{1,3}|无)$/;
/** Text between two values that is only not-applicable marks, each with white space around it ('3 / / 5', '3 － － 5'). */
const INNER_NA = new RegExp(`^\\s+${NA_MARK_SOURCE}(?:\\s+${NA_MARK_SOURCE})*\\s+$`, 'u');
/** Not-applicable signs each standing apart (white space or the cell's edge around it): cells of a value cell, not words. */
const MARKS_APART = new RegExp(`(?<=^|\\s)${NA_SIGN_SOURCE}(?=\\s|$)`, 'gu');
/** A value cell printing a number between two dash marks, each standing apart ('－ 4 －', '— 87 —'): three cells, not a page mark. */
const VALUE_CELL_PAGE_SHAPE = new RegExp(`^\\s*${NA_SIGN_SOURCE}\\s+\\d+\\s+${NA_SIGN_SOURCE}\\s*$`, 'u');
/** A value cell of a dash standing apart, then a whole number: a mark and a value, two cells (the dash maybe the number's minus sign: `sign`). */
const SPACED_MARK_VALUE = /^([-−—–‐]{1,3})(\s+)(\d+)$/;
/** A cell of one em/en dash, a space or two, and a whole number: a mark or a minus sign, never label text. */
const WIDE_DASH_VALUE = /^[—–‐] {1,2}\d+$/;
/** Most spaces between a one-character dash and a number for the dash to be its minus sign too (`sign`): wider apart it is a cell of its own. */
export const MAX_SIGN_GAP = 2;
/** The one-character dashes and minus signs that may be a number's minus sign printed apart from it (not the full-width '－', a mark). */
const SIGN_DASHES = '-−–—‐';
/** A one-character dash or minus standing apart (white space or the text's start before it), MAX_SIGN_GAP spaces at most before the text's end. */
const SIGN_BEFORE = new RegExp(`(?<=^|\\s)[${SIGN_DASHES}] {1,${MAX_SIGN_GAP}}$`, 'u');
/** A mark token that is one such dash: when the next cell's number stands at most MAX_SIGN_GAP spaces after it, maybe that number's minus sign. */
export const signDash = (t: ValueToken | undefined): boolean => t?.kind === 'na' && t.raw.length === 1 && SIGN_DASHES.includes(t.raw);
/** A text piece of a value cell that is only signs standing apart ('- - ' before a number): value cells. */
const MARKS_ONLY = new RegExp(`^\\s*${NA_SIGN_SOURCE}(?:\\s+${NA_SIGN_SOURCE})*\\s*$`, 'u');

/**
 * Marks `sign` each one-character dash read as a mark (`na`) right before a number of no sign of its own,
 * one or two spaces from it ('2476 － 3 3807' of a crawler's line, '－ － 1'): it may be that number's minus sign.
 */
function markSigns(s: string, parts: CellParts['parts'], spans: readonly ValueSpan[]): void {
  for (const sp of spans) {
    const mark = parts[sp.part - 1];
    const num = parts[sp.part];
    if (mark?.kind !== 'na' || mark.raw.length !== 1 || num?.kind !== 'num' || num.value < 0) continue;
    if (SIGN_BEFORE.test(s.slice(0, sp.start))) parts[sp.part - 1] = { ...mark, sign: true };
  }
}

/**
 * Slashes standing apart at the start of a mixed cell, before a row label ('/ （五）不予处理', '/ / 3.其他')
 * or before nothing ('/ / /'): value cells of a row printed one space apart, not label text. A refilled
 * dump (`fmt -w 80`: lines joined into paragraphs, one space at each join) runs the last cells of a
 * row marked not applicable into the next row's label; `pdftotext -raw` prints a row of marks so. Only
 * '/' (a dash before words is a list mark or a page mark, '- 7 -'), each followed by white space, and
 * the rest a label (Han text, not a number first) or more marks.
 */
const LEADING_NA = new RegExp(`^\\s*((?:${NA_MARK_SOURCE}\\s+)+)(?=\\S)`, 'u');
const LABEL_AFTER_NA = /^(?:\d{1,2}\s*[.、．](?!\d)|[^\d\s.,，、+\-－—–])[^]*\p{Script=Han}/u;

/**
 * Slashes standing apart between two row labels of one cell ('…不计其他情形） / / / （三）不予公开 1.属于…'):
 * a row marked not applicable whose cells a crawler or a section cut joined into one line with single
 * spaces. After a label's end (an ideograph or a closing bracket, not a word a '/' belongs to:
 * SLASH_WORD_END) and before a label (LABEL_AFTER_NA); a lone mark only before a row's item marker
 * ('（三）', '四、', '3.'): one '/' between two words is their own ('申请 / 答复').
 */
const MID_NA = new RegExp(`(?<=[\\p{Script=Han}）)\\]”’」』》])\\s+((?:${NA_MARK_SOURCE}\\s+)+)(?=\\S)`, 'gu');
/**
 * Marks standing apart after a row label's end and right before the row's first value ('（一）予以公开 － － 132'
 * of a page joined by single spaces): value cells, as MID_NA. Only where a value follows the text.
 */
const BEFORE_VALUE_NA = new RegExp(`(?<=[\\p{Script=Han}）)\\]”’」』》])\\s+((?:${NA_MARK_SOURCE}\\s+)+)$`, 'u');
/** A row label's item marker: '（三）', '(3)', '四、', '3.', '3、' (not '3.5'); map/run-on-labels cuts label text at it. */
export const ITEM_MARK_SOURCE = '(?:[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\\d{1,2}\\s*[.、．](?!\\d))';
/** An item marker at the start of text. */
const ITEM_START = new RegExp(`^${ITEM_MARK_SOURCE}`, 'u');

/** `text` cut at its runs of marks between labels (MID_NA): text pieces and the marks, in order. */
function splitMidMarks(text: string, beforeValue = false): ({ kind: 'text'; text: string } | { kind: 'na'; raw: string })[] {
  const out: ({ kind: 'text'; text: string } | { kind: 'na'; raw: string })[] = [];
  const tail = beforeValue ? BEFORE_VALUE_NA.exec(text) : null;
  if (tail && !(SLASH_WORD_END.test(text.slice(0, tail.index)) && slashesOnly(tail[1]!)) && !/(?:^|\D)(?:19|20)\d\d$/.test(text.slice(0, tail.index))) {
    return [...splitMidMarks(text.slice(0, tail.index)), ...tail[1]!.trim().split(/\s+/).map((raw) => ({ kind: 'na' as const, raw }))];
  }
  let from = 0;
  for (const m of text.matchAll(MID_NA)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    if ((SLASH_WORD_END.test(text.slice(0, at)) && slashesOnly(m[1]!)) || !LABEL_AFTER_NA.test(after)) continue;
    if (m[1]!.trim().split(/\s+/).length < 2 && !ITEM_START.test(after)) continue;
    out.push({ kind: 'text', text: text.slice(from, at) });
    for (const raw of m[1]!.trim().split(/\s+/)) out.push({ kind: 'na', raw });
    from = at + m[0].length;
  }
  out.push({ kind: 'text', text: text.slice(from) });
  return out;
}

/** The leading not-applicable marks of `s` (LEADING_NA) and where the text after them starts; null when there are none. */
function leadingNotApplicable(s: string): { raws: string[]; end: number } | null {
  const m = LEADING_NA.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  const raws = m[1]!.trim().split(/\s+/);
  // A lone dash or '无' before words is a list bullet or prose, not a cell.
  if (raws.length === 1 && DASH_MARK.test(raws[0]!) && !new RegExp(`^${NA_MARK_SOURCE}\\s*$`, 'u').test(rest)) return null;
  if (new RegExp(`^${NA_MARK_SOURCE}\\s*$`, 'u').test(rest)) return { raws: [...raws, rest.trim()], end: s.length };
  return LABEL_AFTER_NA.test(rest) ? { raws, end: m[0].length } : null;
}

/**
 * A line of value cells that starts with marks ('— 7 — — — — 7', '6. — — — — — 1 1'): `pdftotext -raw`
 * and plain `pdftotext` print each row's cells on a line of their own, one space apart, so a row whose
 * first cells are not applicable starts with its marks (after the row's item marker when the label's
 * first line shares the values' baseline). Read as value cells only where every other word of the line
 * is a plain count or a mark, at least VALUE_LINE_MIN_WORDS of them with a count among them, and no page
 * counter is printed ('- 7 -', '— 2 —': a dash before a number is a list or page mark elsewhere).
 */
const VALUE_LINE_WORD = new RegExp(`^(?:${NA_MARK_SOURCE}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)$`, 'u');
const VALUE_LINE_MARKS = new RegExp(`^\\s*(${ITEM_MARK_SOURCE}\\s*)?((?:${NA_MARK_SOURCE}\\s+)+)(?=\\d)`, 'u');
/** words: a line of marks and counts shorter than this is a page mark or a list item as likely as a row ('— 7 —'). */
const VALUE_LINE_MIN_WORDS = 4;

/** The item marker and the leading marks of a line of value cells ({@link VALUE_LINE_MARKS}), or null. */
function valueLineMarks(s: string, marks: readonly [number, number][]): { item: string | null; raws: string[]; end: number } | null {
  const m = VALUE_LINE_MARKS.exec(s);
  if (!m || marks.length > 0) return null;
  const words = s.slice(m[0].length).trim().split(/\s+/);
  const raws = m[2]!.trim().split(/\s+/);
  if (raws.length + words.length < VALUE_LINE_MIN_WORDS || !words.every((w) => VALUE_LINE_WORD.test(w))) return null;
  return { item: m[1] === undefined ? null : m[1].trim(), raws, end: m[0].length };
}

/** A run of marks that are all slashes: only a slash may be a word's own after SLASH_WORD_END ('增 / 减'); a dash or '无' standing apart after '事项' is a cell. */
const slashesOnly = (run: string): boolean => run.trim().split(/\s+/).every((r) => !DASH_MARK.test(r));

/** Characters a '/' glued after is a word's own ('本年增/减', '和/或', '件/次', '人/次'), not a value cell. */
const SLASH_WORD_END = /[增和或件次人个项]$/;

/** chars: a trailing mark with white space before it, within the cell's last characters (TRAILING_NA). */
const TAIL_CHARS = 8;

/** Where a trailing not-applicable mark starts in `s` after `last` (TRAILING_NA), or null. */
function trailingNotApplicable(s: string, last: number, marks: readonly [number, number][]): { at: number; raw: string } | null {
  // Matched on the cell's last characters only (a line of white space is not scanned at every position).
  const from = Math.max(0, last - 1, s.trimEnd().length - TAIL_CHARS);
  const found = TRAILING_NA.exec(s.slice(from));
  if (!found) return null;
  const m = { 0: found[0], 1: found[1], 2: found[2] ?? found[3], index: from + found.index };
  if (m.index < last || (m.index === 0 && last === 0)) return null;
  const before = s.slice(0, m.index);
  // A year before it ('2023/' of a date wrapped apart), a page mark ('第 2 页 -'): not a value cell.
  if (/(?:^|\D)(?:19|20)\d\d$/.test(before)) return null;
  if (m[1] !== undefined && m[0].trimStart() === m[0] && SLASH_WORD_END.test(before)) return null;
  if (marks.some(([a, b]) => b <= m.index && s.slice(b, m.index).trim() === '' || (m.index < b && m.index + m[0].length > a))) return null;
  return { at: m.index, raw: (m[1] ?? m[2])! };
}

/**
 * A cell of counts each ending in its own '件', white space apart and nothing else ('23件 38件'): narrow cells a
 * `pdftotext -layout` dump wrote one space apart (it keeps no wider gap between words printed close), each its
 * own value. Read as one cell, each '件' after the first value was text starting another row (fb37 apb2-crbl-lay:
 * 社会公益组织 23 and 法律服务机构 38 of 本年新收 read as two rows). Null for any other cell.
 */
const COUNT_WITH_UNIT = /^[0-9][0-9,]*件$/;
function countsWithUnits(s: string, flagsAt: (start: number, end: number) => object): CellParts['parts'] | null {
  const pieces = [...s.matchAll(/\S+/g)];
  if (pieces.length < 2 || !pieces.every((m) => COUNT_WITH_UNIT.test(m[0]))) return null;
  const values = pieces.map((m) => ({ value: wholeValue(m[0]), at: m.index! }));
  if (values.some((v) => v.value?.kind !== 'num')) return null;
  return values.map((v, k) => ({ ...v.value!, ...flagsAt(v.at, v.at + pieces[k]![0].length) }) as CellParts['parts'][number]);
}

/**
 * Splits a mixed cell ('（四）无法提供 1. 本机关不掌握… 0 0', '规章000') into text and values. With `phrases`
 * (the cell is one of a line of cells, or a grid cell), several values in one phrase are one unread value (isValuePhrase).
 * With `valueCell` (where the cell stands after its row's label cell), what the cell prints beside its numbers is judged ({@link valueCellParts}).
 */
export function tokenizeCell(cell: string, opts: { numerals?: boolean; phrases?: boolean; valueCell?: ValueCellPlace } = {}): CellParts {
  // Normalized once: trimming commutes with the lone-zero rule (white space or the cell's edge around it either way).
  // Chinese numerals read as numbers (tables/chinese-numerals) unless `numerals` is false.
  const normalized = normalizeCell(cell);
  const numerals = opts.numerals === false ? { s: normalized, at: [], malformed: false } : readChineseNumerals(normalized);
  // A malformed numeral as the whole cell ('十十', '二二'): a value printed and not read, never a guess.
  if (numerals.malformed) return { parts: [{ kind: 'blank', ocr: { unread: true }, chineseNumeral: true }] };
  const letters = readOcrLetters(numerals.s);
  // A number letter-spaced around its thousands comma ('1 , 6 4 9', '1 ,649'): one number (spaced-thousands).
  const s = letters.at.length === 0 && numerals.at.length === 0 ? joinSpacedThousands(letters.s) : letters.s;
  const at = (spans: [number, number][], start: number, end: number): boolean => spans.some(([a, b]) => start < b && end > a);
  // The flags of a value by where it stands: OCR's letters read as digits, a Chinese numeral read as its number.
  const ocrAt = (start: number, end: number): { ocr?: OcrToken; chineseNumeral?: boolean } => ({ ...(at(letters.at, start, end) ? { ocr: {} } : {}), ...(at(numerals.at, start, end) ? { chineseNumeral: true } : {}) });
  // In a value cell a dash standing apart before a number ('－ 12' of a narrow page's layout dump) is a zero mark and the next cell, not a minus sign (glued: '-12').
  // A cell of only an em/en dash and a number ('— 8': a line of its own in a plain pdftotext dump) reads so anywhere: the dash
  // a mark or the number's minus sign (2019 本年增/减 printed with an em dash for the minus), as the row's cells decide (map/signed-pairs).
  const spacedMark = opts.valueCell !== undefined || WIDE_DASH_VALUE.test(s.trim()) ? SPACED_MARK_VALUE.exec(s.trim()) : null;
  if (spacedMark) {
    const sign = SIGN_BEFORE.test(`${spacedMark[1]!}${spacedMark[2]!}`) ? { sign: true as const } : {};
    return { parts: [{ kind: 'na', raw: spacedMark[1]!, ...sign }, ...tokenizeCell(spacedMark[3]!, opts).parts] };
  }
  // A number cut at its thousands comma by a narrow cell ('1,' of '1,' / '090'): never the number before the comma — unread.
  const dangling = DANGLING_COMMA.exec(s.trimEnd());
  if (dangling) {
    const before = s.trimEnd().slice(0, dangling.index);
    return { parts: [...(before.trim() === '' ? [] : tokenizeCell(before, opts).parts), { kind: 'blank', unread: true }] };
  }
  const whole = dotGroupedValue(s.trim()) ?? wholeValue(s.trim()) ?? groupedValue(s.trim(), APOSTROPHE_GROUPS);
  if (whole) return { parts: [whole.kind === 'num' ? { ...whole, ...ocrAt(0, s.length) } : whole] };
  // A cell holding one amount whose decimal part a dump printed apart ('2331 .98': Word's grid of runs through get_text(' ')):
  // the cell says it is one number (nothing else in it), read joined and in doubt; had been 2331 (suspect, 0.85).
  const apart = SPLIT_DECIMAL.exec(s.trim());
  const joined = apart ? wholeValue(`${apart[1]!}.${apart[2]!}`) : null;
  if (joined?.kind === 'num') return { parts: [{ ...joined, suspect: true, ...ocrAt(0, s.length) }] };
  const counted = countsWithUnits(s, ocrAt);
  if (counted) return { parts: counted };
  const parts: CellParts['parts'] = [];
  let last = 0;
  // Numbers of a note (in a bracket with words, or keyed by a period other than 本年) stay text.
  const notes = cellNotes(s);
  const lead = leadingNotApplicable(s);
  if (lead) {
    for (const raw of lead.raws) parts.push({ kind: 'na', raw });
    last = lead.end;
  } else {
    const line = valueLineMarks(s, pageMarkSpans(s));
    if (line) {
      if (line.item !== null) parts.push({ kind: 'text', text: line.item });
      for (const raw of line.raws) parts.push({ kind: 'na', raw });
      last = line.end;
    }
  }
  const pushText = (text: string, beforeValue = true): void => {
    // Marks between two values, each standing apart ('3 / / 5' of a line whose cells a dump printed one space apart): value cells.
    if (spans.length > 0 && INNER_NA.test(text)) for (const raw of text.trim().split(/\s+/)) parts.push({ kind: 'na', raw });
    else if (text.trim() !== '' && !isKeyText(notes, text)) for (const p of splitMidMarks(text, beforeValue)) if (p.kind === 'na' || p.text.trim() !== '') parts.push(p);
  };
  /** Where each value pushed starts (its sign included) and its text ends, and its index in `parts`. */
  const spans: ValueSpan[] = [];
  // A page counter or a reference ('- 7 -', '第 2 页 共 4 页', '表2', '注：1'; layout/page-marks): label text, never a value.
  // In a value cell (after its row's label cell) a page mark's shape is cells one space apart ('－ 4 －':
  // a zero mark, 4, a zero mark of a narrow page's `pdftotext -layout`): a page counter is not printed on a table row.
  const marks = opts.valueCell !== undefined && VALUE_CELL_PAGE_SHAPE.test(s) ? [] : pageMarkSpans(s);
  for (const m of s.matchAll(RUN)) {
    tick();
    const start = m.index ?? 0;
    // Digits of a mark left off the value before ('12注1', '12[1]') are not values.
    if (start < last || isNotValue(s, start, start + m[0].length) || m[0].length > MAX_RUN_DIGITS || inNote(notes, start) || at(marks, start, start + m[0].length)) continue;
    // A value printed with its correction ('12(更正为13)', '原12现13', '~~12~~ 13'): the corrected number, marked.
    const fixed = correctedRun(s, start, m[0]);
    if (fixed) {
      pushText(s.slice(last, fixed.from));
      spans.push({ start: fixed.from, taken: fixed.taken, part: parts.length });
      parts.push({ kind: 'num', value: Number(fixed.raw), raw: fixed.raw, fusable: false, mark: fixed.mark, ...ocrAt(start, fixed.taken) });
      last = fixed.taken;
      continue;
    }
    const grouped = groupedRunAt(s, start);
    // ('07,095': a 0 glued before a grouped count, no count printed so: read as glued counts below, tables/glued-groups.)
    if (grouped && !(grouped.mark === ',' && /^0\d/.test(grouped.printed)) && !isNotValue(s, start, start + grouped.printed.length)) {
      const g = plainRun(s, start, grouped.printed, notes);
      if (g !== null && g.raw === grouped.printed) {
        const sign = negativeSign(s, start, g.end, last);
        const lead = sign === '' ? g.approximate?.lead ?? 0 : 0;
        pushText(s.slice(last, start - sign.length - lead));
        spans.push({ start: start - sign.length - lead, taken: g.taken, part: parts.length });
        const dot = grouped.mark === '.' || grouped.mark === '、' ? { dotGroups: true } : {};
        const decimal = grouped.decimal === undefined ? dot : { ...dot, decimal: sign === '' ? grouped.decimal : -grouped.decimal };
        parts.push({ ...runToken(s, start, sign, { ...g, raw: grouped.printed.split(grouped.mark).join(''), mark: grouped.mark }), grouped: true, ...decimal, ...ocrAt(start, g.end) });
        last = g.taken;
        continue;
      }
    }
    const joined = markJoinedAt(s, start);
    // (Counts glued with their comma separators are read by tables/glued-groups below: '8,2490' is 8,249 | 0, no mark in doubt.)
    const glued = joined === null || gluedGroupPieces(joined) !== null ? null : GROUPED_THEN_GLUED.exec(joined);
    if (glued && !isNotValue(s, start, start + joined!.length)) {
      // A grouped number with a cell's digits glued after it ('2,653338': pypdf glues narrow columns): the grouped number,
      // then a run touching it (fusable), as a run glued to a plain number is read.
      const head = glued[1]!;
      const tail = plainRun(s, start + head.length, glued[3]!, notes);
      pushText(s.slice(last, start));
      parts.push({ kind: 'num', value: Number(head.replace(/\D/g, '')), raw: head.replace(/\D/g, ''), fusable: false, mark: glued[2]!, grouped: true, ...ocrAt(start, start + head.length) });
      if (tail) parts.push({ ...runToken(s, start + head.length, '', tail), fusable: true, ...ocrAt(start + head.length, tail.end) });
      last = start + joined!.length;
      continue;
    }
    if (joined !== null) {
      // Followed by a date word or a bracket, text; otherwise one count the text does not give — unless it is counts with
      // thousands separators run together (pypdf's glued narrow cells, tables/glued-groups): cut where the groups tie it,
      // each piece a count or a run the row's readings split by the grammar (`printed`), all of them `gluedRun`.
      if (!isNotValue(s, start, start + joined.length)) {
        pushText(s.slice(last, start));
        const glued = joined.includes(',') ? gluedGroupPieces(joined) : null;
        if (glued) {
          for (const g of glued) {
            const digits = g.printed.replace(/,/g, '');
            parts.push(g.fixed
              ? { kind: 'num', value: Number(digits), raw: digits, fusable: false, gluedRun: true }
              : { kind: 'num', value: Number(digits), raw: digits, fusable: true, printed: g.printed, gluedRun: true });
          }
        } else parts.push({ kind: 'blank', unread: true });
      }
      last = start + joined.length;
      continue;
    }
    const r = markedRun(s, start, m[0], notes) ?? plainRun(s, start, m[0], notes);
    if (r === null) continue;
    // A minus sign glued before a spaced run ('行政许可 717 -2 3038', a 本年增/减 cell in a line of
    // cells): a negative value. (A marked value has white space before it, so never a sign.)
    const sign = negativeSign(s, start, r.end, last);
    const lead = sign === '' ? r.approximate?.lead ?? 0 : 0;
    pushText(s.slice(last, start - sign.length - lead));
    spans.push({ start: start - sign.length - lead, taken: r.taken, part: parts.length });
    parts.push({ ...runToken(s, start, sign, r), ...ocrAt(start, r.end) });
    last = r.taken;
  }
  const na = trailingNotApplicableRun(s, last, marks);
  pushText(s.slice(last, na[0]?.at), false);
  for (const m of na) parts.push({ kind: 'na', raw: m.raw });
  // In a value cell, text that is only signs standing apart ('－ － 1': cells printed one space apart) is those cells.
  if (opts.valueCell !== undefined && spans.length > 0) {
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i]!;
      if (p.kind !== 'text' || !MARKS_ONLY.test(p.text)) continue;
      const raws = p.text.trim().split(/\s+/);
      spliceAll(parts, i, 1, raws.map((raw) => ({ kind: 'na' as const, raw })));
      for (const sp of spans) if (sp.part > i) sp.part += raws.length - 1;
    }
  }
  markSigns(s, parts, spans);
  const judged = opts.valueCell !== undefined && spans.length > 0 ? valueCellParts(s, notes, spans, parts, opts.valueCell) : null;
  if (judged) return { parts: judged };
  // Several values in one phrase (cell-notes isValuePhrase): the cell's value is not printed as one number.
  // Only in a cell of a line of cells (`phrases`): a line that is one cell is prose ('作出行政许可决定711件，行政处罚决定0件'), read row by row.
  if (opts.phrases === true && spans.length > 1 && isValuePhrase(spans.slice(1).map((b, i) => s.slice(spans[i]!.taken, b.start)))) {
    const first = spans[0]!.part;
    const end = spans[spans.length - 1]!.part;
    // The phrase's last measure word ('…355件') goes with it: it names no row.
    const tail = parts[end + 1];
    const unitTail = tail?.kind === 'text' && new RegExp(`^\\s*(?:${MEASURE_SOURCE}|${MONEY_UNIT_SOURCE})?[\\s。.;,]*$`).test(tail.text) ? 1 : 0;
    parts.splice(first, end - first + 1 + unitTail, { kind: 'blank', unread: true, several: true });
  }
  return { parts };
}
