/**
 * @file Values written as Chinese numerals ('零', '七', '二十八', '二百四十九', '一千零五', '两百',
 * financial '壹佰贰拾'), as reports typed by hand or OCR'd and retyped print them. A numeral is a
 * value only where a value cell stands: a whole cell, or a white-space separated word in the run of
 * values that ends a cell ('规章 9 零 二十八'). Label numerals ('一、本年新收…', '（三）不予公开',
 * '第二十条', '三安全一稳定') are glued to text and stay text. Only the regular grammar is read: a
 * form whose value is in doubt ('十十', '二二', colloquial '一百五' = 150 or 105?) is malformed.
 */

/** Digit characters, plain and financial forms (traditional too); '〇' and '零' are zero, '两' two. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Units inside a section of four digits. */
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units: 万 (10⁴) and 亿 (10⁸). */
const SECTION_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(UNITS), ...Object.keys(SECTION_UNITS)].join('');
/** A word made only of numeral characters. */
export const NUMERAL_WORD = new RegExp(`^[${NUMERAL_CHARS}]+$`);
/** Some numeral character in a text. */
const NUMERAL_CHAR = new RegExp(`[${NUMERAL_CHARS}]`);

const isZero = (c: string): boolean => c === '零' || c === '〇';
const isLiang = (c: string): boolean => c === '两' || c === '兩';

/**
 * One section below 万 ('二百四十九', '一千零五', '十二', '两百'), 0–9999; null when malformed.
 * `leading`: the section starts the numeral, so a bare '十' ('十二' = 12) may open it; after a
 * higher section a gap is written with '零' ('一万零五百'), so `leading` is false there.
 */
function sectionValue(s: string, leading: boolean): number | null {
  let value = 0;
  let lastUnit = 10000; // the unit written before: each unit must be smaller
  let digit: string | null = null;
  let zero = false;
  for (const [i, c] of [...s].entries()) {
    if (c in DIGITS) {
      if (digit !== null) return null; // '二二': two digits in a row
      if (isZero(c)) {
        if (zero || i === 0 || lastUnit === 10) return null; // '零零', a leading '零', '零' after 十
        zero = true;
        continue;
      }
      digit = c;
      continue;
    }
    const unit = UNITS[c]!;
    if (unit >= lastUnit) return null; // '十十', '十百'
    if (digit === null && !(unit === 10 && leading && i === 0)) return null; // '百' with no digit; '十' bare only at the start
    if (zero && unit * 10 >= lastUnit) return null; // '一百零五十': '零' must stand for a skipped unit
    if (digit !== null && isLiang(digit) && unit === 10) return null; // '两十'
    value += (digit === null ? 1 : DIGITS[digit]!) * unit;
    lastUnit = unit;
    digit = null;
    zero = false;
  }
  if (digit !== null) {
    // The ones: after 十, or after a '零' gap ('一百零五'); '一百五' (colloquial 150) is in doubt, '十两' irregular.
    if (isLiang(digit) && s.length > 1) return null;
    if (lastUnit !== 10000 && lastUnit !== 10 && !zero) return null;
    value += DIGITS[digit]!;
  } else if (zero) return null; // a trailing '零'
  return value;
}

/**
 * A Chinese numeral's value; null when the word is not a regular numeral (malformed or in doubt).
 * '零'/'〇' 0, '七' 7, '十二' 12, '二十八' 28, '二百四十九' 249, '一千零五' 1005, '两百' 200,
 * '一万二千' 12000, '壹佰贰拾叁' 123. Digits written one by one ('一〇五', '二二') are not read: the
 * same text is several cells run together.
 */
export function parseChineseNumeral(word: string): number | null {
  if (!NUMERAL_WORD.test(word)) return null;
  if ([...word].length === 1 && word in DIGITS) return isLiang(word) ? null : DIGITS[word]!;
  let total = 0;
  let rest = word;
  let leading = true;
  let lastSection = Infinity;
  for (;;) {
    const at = [...rest].findIndex((c) => c in SECTION_UNITS);
    if (at < 0) break;
    const head = [...rest].slice(0, at).join('');
    const unit = SECTION_UNITS[[...rest][at]!]!;
    if (unit >= lastSection || head === '') return null;
    const v = sectionValue(head.replace(/^[零〇]/, ''), leading && !/^[零〇]/.test(head));
    if (v === null || v === 0) return null;
    total += v * unit;
    lastSection = unit;
    rest = [...rest].slice(at + 1).join('');
    leading = false;
  }
  if (rest === '') return leading ? null : total;
  // After a section unit, a gap below the thousands is written with '零' ('一万零五百'); '一万五' (15000?) is in doubt.
  const gap = /^[零〇]/.test(rest);
  const tail = sectionValue(gap ? rest.slice(1) : rest, leading);
  if (tail === null || (gap && tail === 0)) return null;
  if (!leading && !gap && !(tail >= 1000)) return null;
  return total + tail;
}

/** A word that may stand in a run of values: a number in digits, or a not-applicable mark. */
const VALUE_WORD = /^(?:[-−+]?(?:\d[\d,.']*|\.\d+)|[—–\-－‐−]{1,3}|\/|／|无)$/;

/** A cell with the Chinese numerals of its values run written in digits: where they stand ([start, end)), and whether the cell is one malformed numeral. */
export interface NumeralReading {
  s: string;
  at: [number, number][];
  /** The whole cell is a word of numeral characters that is not a regular numeral ('十十', '二二'): a value printed and not read. */
  malformed: boolean;
}

/**
 * The cell with the Chinese numerals of its values run (the white-space separated words that end
 * it, all numbers) written in digits. A malformed word ends the run (stays text); as the whole cell
 * it is `malformed`. Words before the run are label text: '（三）不予公开 七' reads 7, '第 二十 条' nothing.
 */
export function readChineseNumerals(s: string): NumeralReading {
  if (!NUMERAL_CHAR.test(s)) return { s, at: [], malformed: false };
  const words = [...s.matchAll(/\S+/g)];
  let first = words.length;
  while (first > 0) {
    const w = words[first - 1]![0];
    if (!VALUE_WORD.test(w) && parseChineseNumeral(w) === null) break;
    first--;
  }
  const malformed = words.length === 1 && first === 1 && NUMERAL_WORD.test(words[0]![0]);
  let out = '';
  let last = 0;
  const at: [number, number][] = [];
  for (const m of words.slice(first)) {
    const value = VALUE_WORD.test(m[0]) ? null : parseChineseNumeral(m[0]);
    if (value === null) continue;
    out += s.slice(last, m.index);
    at.push([out.length, out.length + String(value).length]);
    out += String(value);
    last = m.index! + m[0].length;
  }
  return { s: out + s.slice(last), at, malformed };
}
