/**
 * A row whose label has a typo (fuzzy match) but fills the one slot it can — its sub-row item number
 * printed, the template rows above and below it placed by exact labels on the lines right around it —
 * is placed by its label (map/row-evidence `slotted`), so a row of zeros in columns of zeros, which no
 * identity places (0 = 0 + … + 0), is not held below 0.9 for its label alone ('2.其他法律行政止公开',
 * a corpus report's typo). Without the number, with another number, or with a neighbour not beside it,
 * it is not.
 */
import type { TableRow } from '../src/tables/build-rows.js';
import { rowEvidence } from '../src/map/row-evidence.js';
import type { RowMatch } from '../src/map/align-rows.js';
import { REQUEST_ROWS_SPLIT } from '../src/template/requests.js';

const specs = REQUEST_ROWS_SPLIT;
const at = (key: string): number => specs.findIndex((s) => s.key === key);
const row = (label: string): TableRow => ({ label, pending: '', values: [], blankCells: 0, source: {} });

/** Evidence of the middle row of three printed rows matched to stateSecret, prohibitedByLaw, endangersStability. */
function middle(label: string, score: number, extra?: TableRow): boolean | undefined {
  const rows = [row('1.属于国家秘密'), row(label), ...(extra ? [extra] : []), row('3.危及“三安全一稳定”')];
  const keys = ['denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersStability'];
  const scores = [1, score, 1];
  const printed = [rows[0]!, rows[1]!, rows.at(-1)!];
  const matches: RowMatch[] = keys.map((k, i) => ({ row: printed[i]!, spec: specs[at(k)]!, labelScore: scores[i]!, rivals: 0, copies: 0 }));
  return rowEvidence(matches, rows, specs)[1]!.slotted;
}

describe('a fuzzily labelled row in its only slot', () => {
  it('should be slotted when it prints its item number between exact neighbours', () => {
    expect(middle('2.其他法律行政止公开', 0.83)).toBe(true);
  });

  it('should not be slotted without its number, with another number, or with a line between it and a neighbour', () => {
    expect(middle('其他法律行政止公开', 0.83)).toBeUndefined();
    expect(middle('3.其他法律行政止公开', 0.83)).toBeUndefined();
    expect(middle('2.其他法律行政止公开', 0.83, row('注：说明'))).toBeUndefined();
  });

  it('should not be slotted when its label matches too loosely, or exactly (nothing to add)', () => {
    expect(middle('2.其他公开', 0.7)).toBeUndefined();
    expect(middle('2.其他法律行政法规禁止公开', 1)).toBeUndefined();
  });
});
