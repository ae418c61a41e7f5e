/**
 * @file Where the pages of a value stream begin, by its labels. Plain `pdftotext` of a table split
 * over pages prints, per page, the page's row labels in a pile (before or after its values) and
 * its values one per line. The labels did not stay beside their values, but each pile still names
 * the rows of its page: two rows whose labels lie in different piles (text separated by values)
 * are on different pages, so the value stream has a page edge between them. The rows are found in
 * the piles in template order (each row's label searched after the previous row's), so a short
 * label ('其他', '总计') is not found inside an earlier, longer one. Rows whose label is not found
 * say nothing; nor do rows whose piles ran together (a page's pile after its values, the next
 * page's before its own: both rows in one pile, no edge asked for).
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';

/** Fewest piles that name rows for the cuts to be used (one pile says nothing about pages). */
const MIN_PILES = 2;

/** The label text between value tokens: pile k is the text before the stream's k-th run of values (the last, after every value). */
function pilesOf(rows: readonly TableRow[]): string[] {
  const piles: string[] = [''];
  for (const r of rows) {
    piles[piles.length - 1] += normalizeLabel(`${r.pending}${r.label}`);
    if (r.values.length > 0) piles.push('');
  }
  return piles;
}

/** The pile each template row's label is found in (template order, each after the one before), or undefined. */
function pileOfRows(piles: readonly string[], specs: readonly RowSpec[]): (number | undefined)[] {
  let pile = 0;
  let at = 0;
  return specs.map((spec) => {
    for (let p = pile; p < piles.length; p++) {
      const from = p === pile ? at : 0;
      const found = spec.labels.map((l) => ({ l, i: piles[p]!.indexOf(l, from) })).filter((x) => x.i >= 0).sort((a, b) => a.i - b.i)[0];
      if (!found) continue;
      pile = p;
      at = found.i + found.l.length;
      return p;
    }
    return undefined;
  });
}

/**
 * Per row r (0 < r < specs.length), whether a page of values must begin at row r: the label of
 * row r − 1 and that of row r lie in different piles. All false when fewer than MIN_PILES piles
 * name rows.
 */
export function pageCutsByLabels(rows: readonly TableRow[], specs: readonly RowSpec[]): boolean[] {
  const where = pileOfRows(pilesOf(rows), specs);
  const named = new Set(where.filter((p) => p !== undefined));
  if (named.size < MIN_PILES) return specs.map(() => false);
  return specs.map((_, r) => r > 0 && where[r - 1] !== undefined && where[r] !== undefined && where[r - 1] !== where[r]);
}
