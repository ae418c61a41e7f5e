/**
 * @file Years written in Chinese numerals ('二〇二四年度', '二零二三年', '贰零贰叁年') → Arabic digits,
 * so that one pattern reads every year form. Only a run of exactly four digit characters followed
 * by 年 is converted: '二〇三五年远景目标' is a year too (and left for the callers' own patterns to
 * place), while '十四五' or '一二三' (no 年) are not touched.
 */

/** Chinese digit characters (lower and financial forms, and the circles used for zero). */
const DIGIT: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', '○': '0', '◯': '0', Ｏ: '0', 一: '1', 壹: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};

const CHINESE_YEAR = /([〇零○◯Ｏ一壹二贰两三叁四肆五伍六陆七柒八捌九玖]\s*){4}(?=\s*年)/g;

/** `text` with each four-character Chinese-numeral year before 年 written in Arabic digits. */
export function chineseYearsToDigits(text: string): string {
  return text.replace(CHINESE_YEAR, (run) => [...run.replace(/\s+/g, '')].map((c) => DIGIT[c] ?? c).join(''));
}
