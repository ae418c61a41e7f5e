/**
 * @file How far a row's reading may stray from its printed values: shared by the row readings
 * (row-candidates), the signed-pair variants (signed-pairs) and the alignment of rows to columns, in
 * its own module so that none of them imports another for it (signed-pairs and row-candidates would
 * import each other).
 */

/** Most extra or missing values a row may have before it is given up as unreadable. */
export const MAX_REPAIR = 3;
