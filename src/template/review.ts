/**
 * @file Table 四 (行政复议、行政诉讼): three groups of five columns, printed as one row of 15 cells.
 * The words the template prints for its groups and columns live here too, so every reader of the
 * table's header (map/header-words, map/review-*) names them from one list.
 */

/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉. */
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;

/** The 15 keys (under `reviewLitigation.`) in printed order. */
export const REVIEW_KEYS: readonly string[] = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g}.${c}`));

/** The word the template prints over each result column, in template order. */
export const REVIEW_COLUMN_WORDS: readonly (readonly [string, (typeof REVIEW_COLUMNS)[number]])[] = [
  ['结果维持', 'upheld'],
  ['结果纠正', 'corrected'],
  ['其他结果', 'other'],
  ['尚未审结', 'pending'],
  ['总计', 'total'],
];

/** The word the template prints over each group, in template order (both litigation groups sit under {@link LITIGATION_WORD}). */
export const REVIEW_GROUP_WORDS: readonly (readonly [string, (typeof REVIEW_GROUPS)[number]])[] = [
  ['行政复议', 'review'],
  ['未经复议直接起诉', 'litigationDirect'],
  ['复议后起诉', 'litigationAfterReview'],
];

/** The top header cell spanning the two litigation groups. */
export const LITIGATION_WORD = '行政诉讼';
