/**
 * @file What a value cell says beside its number. A value cell (a grid cell or a cell of a line of
 * cells, after the row's label cell) that prints words or signs around its one number ('至少40',
 * '40来', '估计40', '40以内', '40+', '≥40', '40（估算）', '合计50件') does not print the count as a
 * number: the number is kept as printed, in doubt (flag `cellWords`). Two or more numbers in one
 * value cell joined by anything but white space ('124件|76件', '66至4件', '58512~58478件',
 * '受理：67038 办结：66988', '2023年43件 2024年3件', '78（受理）/59（办结）') do not print one value:
 * none is read (one unread value, `several`), never one of them and never their digits glued.
 *
 * Not words: what the product already reads — the template's units and measure words ('件', '万元'),
 * scale words, notes (cell-notes: a bracket with a number and words, period keys), marks left off
 * (tokenize-cell MARK_AFTER: '①', '*', '注1'), clause punctuation and white space. The test is on
 * what remains, not on a list of approximation words: a wording nobody listed is still words.
 */

/** Units, measure and scale words that may stand beside a count or an amount ('件', '人次', '万元', '3万'). */
const UNIT_WORDS = /人次|件次|[件个項项条次人户家宗起]|[十百千万亿]?元|[万亿千]/g;
/** Punctuation that ends or separates without saying anything about the number, and white space. */
const FURNITURE = /[\s,，;；:：、。.]/g;
/** A bracket pair left empty once units are removed ('12（件）'). */
const EMPTY_BRACKETS = /[（(]\s*[）)]/g;

/** True when `rest` (a value cell without its number, notes and marks) still says something: words or signs. */
export function hasCellWords(rest: string): boolean {
  return rest.replace(UNIT_WORDS, '').replace(EMPTY_BRACKETS, '').replace(FURNITURE, '') !== '';
}

/** A unit glued after a number, then white space: '124件 ', '5万元 '. */
const UNIT_THEN_SPACE = /^\s*(?:人次|件次|[件个項项条次人户家宗起]|[十百千万亿]?元)?\s+$/;

/**
 * True when `between` (the text between two numbers of one value cell) joins them into one printed
 * value: anything but white space (a unit glued to the first number may come before it). Numbers
 * apart by white space only are cells (columns of a line, rows stacked in one cell) and are read as
 * before. A thousands comma ('1,234') is the number's own, and a decimal point damaged ('476..38',
 * '3、5', '12,5') leaves one number in doubt (tokenize-cell DAMAGE_AFTER): not joiners. With `labelsBetween` (a
 * cell after the row's values, which may hold the next row), a label standing apart is not one either.
 */
export function joinsNumbers(between: string, labelsBetween: boolean): boolean {
  // A thousands comma ('1,234'), or a number damaged at its decimal point ('637 .38', '476..38', '3、5'): one number, read in doubt (tokenize-cell DAMAGE_AFTER).
  if (DAMAGED_POINT.test(between)) return false;
  // After values, a label may stand apart between them ('0 12 行政规范性文件 3 0': a line whose separators were lost).
  if (labelsBetween && LABEL_APART.test(between)) return false;
  return !UNIT_THEN_SPACE.test(between);
}

/** What stands between the pieces of a number damaged at its decimal point. */
const DAMAGED_POINT = /^\s*(?:\.+|[、。·・，,])\s*$/;

/** A row label standing apart between two numbers: white space, a word of two Han characters or more, white space. */
const LABEL_APART = /^\S{0,2}\s+[^\s\d]*\p{Script=Han}{2}[^\s\d]*\s+$/u;
