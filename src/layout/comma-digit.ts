/**
 * @file A dump whose font decoded the enumeration comma '、' as a digit. Ghostscript's txtwrite of a
 * Chromium print writes the codes of glyphs it cannot map (the subset font's own numbering), and in
 * the table font '、' comes out as '1': '一1本年新收政府信息公开申请数量', '四1结转下年度继续办理',
 * '2.申请人逾期未按收费通知要求缴纳费用1行政机关不再处理其政府信息公开申请'. The digit inside a label
 * is then read as a value: the label is cut in two and the row's values misplaced (the row is left
 * ambiguous). The document tells which digit stands for '、' where table 三's numbered row labels
 * print it after their numeral ('一1本年新收', '三1本年度办理结果': a report prints no number there);
 * in such a document that digit standing alone between two letters of text is read as '、' — unless a
 * measure word follows it or 第 precedes it ('1月', '1件', '第1'), where a number reads as printed.
 */

/** Table 三's numbered row labels, numeral (damaged or not) and digit before their words: the evidence. */
const ROW_LABEL_START = /^[ \t]*\p{L}(\d)(?:本年新收|上年结转|本年度办理|结转下年)/gmu;
/** Row labels that must print the digit for the same one, before it is read as '、'. */
const MIN_EVIDENCE = 2;
/** A lone digit between two letters (Han, or a glyph decoded as a Latin letter: '补l1行政'). */
const LONE_DIGIT = /(?<=\p{L})(\d)(?=\p{L})/gu;
/** A character before a number that makes it an ordinal, and measure words after one: a number there reads as printed. */
const ORDINAL_BEFORE = /第$/;
const MEASURE_AFTER = /^[年月日号时分秒件个人次项条起份场家名位批期篇元万亿千百%％]/u;

/** The digit the document prints for '、' (null when its row labels do not show one). */
export function commaDigit(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ROW_LABEL_START)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const found = [...counts].filter(([, n]) => n >= MIN_EVIDENCE);
  return found.length === 1 ? found[0]![0] : null;
}

/** The text with '、' put back where the document prints it as a digit (unchanged when it does not). */
export function restoreCommaDigit(text: string): string {
  const digit = commaDigit(text);
  if (digit === null) return text;
  return text.replace(LONE_DIGIT, (d: string, _g: string, at: number) =>
    d === digit && !ORDINAL_BEFORE.test(text.slice(Math.max(0, at - 1), at)) && !MEASURE_AFTER.test(text.slice(at + 1, at + 2)) ? '、' : d,
  );
}
