/**
 * @file Table 四 (行政复议、行政诉讼): three groups of five columns, printed as one row of 15 cells.
 */

/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉. */
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;

/** The 15 keys (under `reviewLitigation.`) in printed order. */
export const REVIEW_KEYS: readonly string[] = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g}.${c}`));
