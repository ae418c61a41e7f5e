/**
 * @file Numbers in a cell that are part of a note, not values. A label may carry a number in its
 * words ('行政许可（含12个子项）', '行政处罚（含简易程序3类）'), and a value cell a note with numbers
 * ('663（其中网上办理12件）', '上年：756；本年：656'). Read as values, such a number takes the row's
 * value by position — confidently wrong, since table 二 has no identity to notice it.
 *
 * - A number inside a closed bracket group that also holds words (a Han character other than a
 *   count unit) is text: '（含12个子项）', '（其中网上办理12件）'. A bracket holding only a number
 *   ('（12）', '（3件）') is left alone.
 * - Numbers keyed by a period ('上年：756', '本年：656', '2024年：656', or the key bracketed after the
 *   number: '756（上年）656（本年）'): when one is keyed 本年/今年
 *   (the report's year), it is the cell's value and every other number of the cell is text (the value
 *   flagged suspect when there were others: read out of a sentence, it stays below 0.9). When
 *   none is keyed by 本年, the one keyed by the latest year (else the last; a lone '756（上年）' is
 *   its own) is kept as the value, flagged suspect (the row's confidence stays below 0.9): the
 *   cell does not say which period the report counts. The key words are not label text.
 */

/**
 * A number keyed by a period: '上年：756', '本年度: 656', '2024年：656', or a period word glued before it
 * ('上年254.67万元，本年195.9万元'; a year needs the colon: '2024年12月' is a date). Group 1 or 2 the key, group 3 the number.
 */
const KEYED = /(?:(上一?年度?|去年|本年度?|今年|同期|\d{4}年度?)\s*[：:]\s*|(上一?年度?|去年|本年度?|今年)(?=\d))(\d+(?:\.\d+)?)/g;
/**
 * A number keyed by a period bracketed after it: '756（上年）'. Group 1 the number, group 2 the key.
 * Anchored at the start of a digit run (`(?<!\d)`): tried inside one, it would rescan the run from
 * every digit (quadratic on a long run).
 */
const KEYED_AFTER = /(?<![\d.])(\d+(?:\.\d+)?)\s*[（(](上一?年度?|去年|本年度?|今年|同期|\d{4}年度?)[）)]/g;
/** Keys naming the report's own year. */
const THIS_YEAR = /^(本年度?|今年)$/;
/** A closed bracket group without nested brackets. */
const BRACKET = /[（(]([^（）()]*)[）)]/g;
/** Count units that may stand beside a number in brackets without making it a note ('（3件）'). */
const UNIT_CHARS = /[件个項项条次万元亿千百十]/g;

/** Where the numbers of one cell are not values, and which kept numbers are in doubt. */
export interface CellNotes {
  /** Ranges [start, end) of the cell whose digit runs are text. */
  text: readonly (readonly [number, number])[];
  /** Start offsets of numbers kept as values whose choice the cell does not determine. */
  suspectAt: ReadonlySet<number>;
  /** True when the cell keys its numbers by period: its key words ('本年：', '（上年）') are not label text. */
  keyed?: boolean;
}

const NONE: CellNotes = { text: [], suspectAt: new Set() };
/** The period words of a key, as they stand in a cell's text between its numbers. */
const KEY_WORDS = /上一?年度?|去年|本年度?|今年|同期|\d{4}年度?/g;

/** The note ranges of a cell (already half-width). */
export function cellNotes(s: string): CellNotes {
  if (!/\d/.test(s)) return NONE;
  const text: [number, number][] = [];
  for (const m of s.matchAll(BRACKET)) {
    const inner = m[1] ?? '';
    if (/\d/.test(inner) && /\p{Script=Han}/u.test(inner.replace(UNIT_CHARS, ''))) text.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  const keyed = [
    ...[...s.matchAll(KEYED)].map((m) => ({ key: (m[1] ?? m[2])!, at: (m.index ?? 0) + m[0].length - m[3]!.length, end: (m.index ?? 0) + m[0].length })),
    ...[...s.matchAll(KEYED_AFTER)].map((m) => ({ key: m[2]!, at: m.index ?? 0, end: (m.index ?? 0) + m[1]!.length })),
  ].sort((a, b) => a.at - b.at);
  const suspectAt = new Set<number>();
  if (keyed.length > 0) {
    const thisYear = keyed.find((k) => THIS_YEAR.test(k.key));
    const year = (k: { key: string }): number => Number(/^\d{4}/.exec(k.key)?.[0] ?? -1);
    const kept = thisYear ?? keyed.reduce((a, b) => (year(b) >= year(a) ? b : a));
    // Decided by its key, the value is still read out of a sentence: below 0.9 (suspect) when the cell held other numbers.
    if (!thisYear || keyed.length > 1) suspectAt.add(kept.at);
    // The other keyed numbers are text (only they: a dump may hold other rows on the same line).
    for (const k of keyed) if (k !== kept) text.push([k.at, k.end]);
    return { text, suspectAt, keyed: true };
  }
  return text.length ? { text, suspectAt } : NONE;
}

/**
 * True when a piece of a keyed cell's text holds nothing but its keys and their numbers
 * ('上年：756；本年：', '（本年）'): it names no row, so it is not kept as label text.
 */
export function isKeyText(notes: CellNotes, text: string): boolean {
  return notes.keyed === true && text.replace(KEY_WORDS, '').replace(/[\s\d.：:；;，,、（）()]/g, '') === '';
}

/**
 * Count units and measure words that stand beside a number in a phrase ('380件', '254.67万元') and
 * clause punctuation: not words that say what a number counts.
 */
const PHRASE_FURNITURE = /[件个項项条次人户家宗起万元亿千百十]|[,;，；、。.：:]|\s/g;

/**
 * Several values in one phrase: two or more numbers kept as values ('受理380件，办结355件', '上年254.67万元，本年195.9万元'
 * without keys cellNotes reads, '简易程序2000件，一般程序345件', '2021年80件；2022年95件') with words
 * between them and a clause mark (',', ';', '、') or a plus ('14（不予许可）+1191') joining them, no
 * white space but around that mark, each later number glued to the word or plus before it.
 * The cell does not say which of its numbers is the row's value (the first? the last? their sum?):
 * none is read (tables/tokenize-cell: one unread value, `several`). Numbers glued to labels with
 * no clause mark ('行政许可355行政处罚331', a dump of run-together cells) or apart by white space
 * (cells of a text line) are not one phrase. `between` is the text between each pair of
 * consecutive values, in order.
 */
export function isValuePhrase(between: readonly string[]): boolean {
  if (between.length === 0) return false;
  const glued = (t: string): boolean => !/\S\s+\S/.test(t.replace(/\s*([,;，；、])\s*/g, '$1').trim());
  // The next number is glued to its word ('，办结355'): ', 355' or ',355' are cells of a line (CSV, a dump), not a phrase.
  return between.every((t) => glued(t) && /[\p{Script=Han}+＋]$/u.test(t)) && between.some((t) => /[,;，；、+＋]/.test(t) && /\p{Script=Han}/u.test(t.replace(PHRASE_FURNITURE, '')));
}

/** True when the digit run starting at `at` lies in a note range. */
export function inNote(notes: CellNotes, at: number): boolean {
  return notes.text.some(([a, b]) => at >= a && at < b);
}
