/**
 * A total derived from its row's parts where the row's 总计 cell printed something the reader did not use
 * (map/blank-beside-values `blankBesideValues` on derived cells; score DERIVED_OPEN_ROW_CAP). pdftohtml -xml / -s
 * of a print whose narrow 总计 cell wrapped a misprinted total ('38' / '9' for 389, parts summing to 379): the
 * pieces are lines of their own, no row read them, and the total came out derived 379 at 0.85 — TEMPLATE.md
 * keeps the printed value, so the derived one is a guess (fixf53 f009). Invented rows, both shapes: a positioned
 * page (rows by page and text, no line numbers) and a stream of one-value lines.
 */
import type { Placement } from '../src/map/index.js';
import { markBlankBesideValues } from '../src/map/blank-beside-values.js';
import { scoreField } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';
import type { TableRow } from '../src/tables/build-rows.js';
import type { SourceRef } from '../src/model/document.js';

const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const PARTS = [12, 7, 30, 4, 9, 21];
const KEYS = COLS.map((c) => `requests.totalHandled.${c}`);
const num = (n: number): TableRow['values'][number] => ({ kind: 'num', raw: String(n), value: n }) as unknown as TableRow['values'][number];
const blankTok = { kind: 'blank', raw: '' } as unknown as TableRow['values'][number];
const tableRow = (label: string, values: TableRow['values'], source: SourceRef): TableRow => ({ label, pending: '', values, blankCells: values.filter((v) => v.kind === 'blank').length, source }) as TableRow;
const fields = (total: SolvedField): Map<string, SolvedField> => new Map(KEYS.map((k, i): [string, SolvedField] => [k, i < 6 ? { value: PARTS[i]!, flags: [] } : total]));
const placements = (src: (i: number) => SourceRef): Map<string, Placement> => new Map(KEYS.map((k, i): [string, Placement] => [k, { by: 'label', labelScore: 1, source: src(i) }]));
const derived: SolvedField = { value: 83, flags: ['derived'] };

describe('a derived total beside the pieces its cell printed', () => {
  it('should mark it on a positioned page (rows by page and text) and score it below 0.8', () => {
    const text = '（七）总计 12 7 30 4 9 21 ∅';
    const rows = [
      tableRow('', [...Array.from({ length: 6 }, () => blankTok), num(8)], { page: 3, text: '∅ ∅ ∅ ∅ ∅ ∅ 8' }),
      tableRow('（七）总计', [...PARTS.map(num), blankTok], { page: 3, text }),
      tableRow('', [...Array.from({ length: 6 }, () => blankTok), num(9)], { page: 3, text: '∅ ∅ ∅ ∅ ∅ ∅ 9' }),
    ];
    const f = fields(derived);
    const p = placements((i) => ({ page: 3, text, column: i + 1 }));
    expect(markBlankBesideValues('requests.', rows, f, p, [])).toBe(1);
    const total = p.get(KEYS[6]!)!;
    expect(total.blankBesideValues).toBe(true);
    expect(scoreField(KEYS[6]!, derived, total, [], f).confidence).toBeLessThan(0.8);
    // The row's read cells are not touched.
    expect(p.get(KEYS[0]!)!.blankBesideValues).toBeUndefined();
  });

  it('should mark it in a stream of one-value lines after the values its row read', () => {
    const rows = [tableRow('（七）总计', [], { line: 10 }), ...[...PARTS, 8, 9].map((n, i) => tableRow('', [num(n)], { line: 11 + i }))];
    const f = fields(derived);
    const p = placements(() => ({ line: 11, text: '12' }));
    expect(markBlankBesideValues('requests.', rows, f, p, [])).toBe(1);
  });

  it('should leave a derived total alone where the lines after its row are another row\'s', () => {
    const rows = [...[...PARTS].map((n, i) => tableRow('', [num(n)], { line: 11 + i })), ...[1, 2].map((n, i) => tableRow('', [num(n)], { line: 17 + i }))];
    const f = fields(derived);
    const p = placements(() => ({ line: 11, text: '12' }));
    // The next row's values start on line 17.
    p.set('requests.carriedForward.naturalPerson', { by: 'label', labelScore: 1, source: { line: 17, text: '1' } });
    expect(markBlankBesideValues('requests.', rows, f, p, [])).toBe(0);
    // A derived total with nothing beside it keeps its score.
    const alone = placements(() => ({ line: 11, text: '12' })).get(KEYS[6]!)!;
    expect(scoreField(KEYS[6]!, derived, alone, [], f).confidence).toBeGreaterThanOrEqual(0.8);
  });
});
