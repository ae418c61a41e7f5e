import { minOf } from './extremes.js';
/**
 * @file Edit distances in which U+FFFD in the printed text stands for one character that could not
 * be read (a glyph whose character map is wrong, pdf/miscoded-glyphs.ts and layout/miscoded-chars.ts:
 * Ghostscript re-prints turn 上 年 、 into 'P' 'Q' '1', read as U+FFFD). An unknown character aligned
 * with any character costs UNKNOWN_COST instead of a substitution's 1: '二���结转政府信息公开申请数量'
 * is the 上年结转 row with three characters unread, not a label three edits away from it. The cost
 * stays above 0 so that a label made mostly of unknown characters still scores low, and the known
 * characters must still agree. An unknown character aligned with nothing costs nothing: it may be
 * punctuation, which normalization drops when it can read it. A label whose characters are more
 * than MAX_UNKNOWN_SHARE unknown (a page decoded with the wrong encoding) is matched on its known
 * characters only, as before. Labels are short and few carry U+FFFD: a plain dynamic programme.
 */

/** The character that stands for a glyph whose character is unknown. */
export const UNKNOWN_CHAR = '\ufffd';
/** Edit cost of an unknown character aligned with a character: 2 of 14 unknown keep a label at 0.94, 3 of 9 at 0.87. */
export const UNKNOWN_COST = 0.4;

/** Share of a label's characters above which its unknown characters are not matched (fewUnknown). */
export const MAX_UNKNOWN_SHARE = 1 / 3;

const UNKNOWN_CODE = 0xfffd;

/** How many unknown characters `label` holds. */
export function unknownCount(label: string): number {
  let unknown = 0;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) === UNKNOWN_CODE) unknown++;
  return unknown;
}

/** Whether the unknown characters of `label` are few enough to stand for characters of a label. */
export const fewUnknown = (label: string): boolean => unknownCount(label) <= MAX_UNKNOWN_SHARE * label.length;

/** Cost of leaving out the printed unit `p`: nothing for an unknown character (it may be punctuation). */
const skip = (p: number): number => (p === UNKNOWN_CODE ? 0 : 1);

/** Substitution cost of the printed unit `p` (maybe unknown) for the target unit `t`. */
const subst = (p: number, t: number): number => (p === t ? 0 : p === UNKNOWN_CODE ? UNKNOWN_COST : 1);

/**
 * Edit distance between printed `label` (U+FFFD = an unknown character) and `target`; with
 * `anywhere`, the smallest distance between `target` and any substring of `label` (Sellers).
 */
export function unknownCharDistance(label: string, target: string, anywhere: boolean): number {
  const n = label.length;
  let prev = [0];
  for (let j = 1; j <= n; j++) prev[j] = anywhere ? 0 : prev[j - 1]! + skip(label.charCodeAt(j - 1));
  for (let i = 1; i <= target.length; i++) {
    const t = target.charCodeAt(i - 1);
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j - 1]! + subst(label.charCodeAt(j - 1), t), prev[j]! + 1, cur[j - 1]! + skip(label.charCodeAt(j - 1)));
    prev = cur;
  }
  return anywhere ? minOf(prev) : prev[n]!;
}

/** Characters a word needs for an unknown character to stand in it (indexOfWord): two-character words ('总计', '其他') must be read whole. */
const MIN_WILD_WORD = 3;

/**
 * Whether `word` is printed at `i` in `text`, one unknown character (U+FFFD) of the text standing for
 * one character of the word at most ('未经复�直接起诉' for 未经复议直接起诉). One, as map/header-order's
 * repair reads a column word printed whole: a word with two glyphs lost ('法律��机构') is not read, and
 * a shorter word inside it may be read there instead ('法�或其他组�' names 其他, not 法人或其他组织).
 */
function fitsAt(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  let unknown = 0;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(i + k);
    if (c !== word.charCodeAt(k) && (c !== UNKNOWN_CODE || word.length < MIN_WILD_WORD || ++unknown > 1)) return false;
  }
  return true;
}

/**
 * Where `word` is printed in `text` (fitsAt), at a place no other of `others` fits as well (the only
 * word that fits: '结果��' is neither 结果维持 nor 结果纠正); -1 if nowhere. An exact occurrence is preferred.
 */
export function indexOfWord(text: string, word: string, others: readonly string[] = []): number {
  const exact = text.indexOf(word);
  if (exact >= 0 || word.length < MIN_WILD_WORD || !text.includes(UNKNOWN_CHAR)) return exact;
  for (let i = 0; i + word.length <= text.length; i++) if (fitsAt(text, i, word) && !others.some((o) => o !== word && o.length === word.length && fitsAt(text, i, o))) return i;
  return -1;
}
