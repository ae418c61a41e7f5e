/**
 * Rows a stream reading placed by position with another row's values (score/stream-copies): a mostly blank table 三
 * printing one row of numbers beside 本年新收 only, its stream read into 上年结转 and 结转下年度继续办理 as well. The balance
 * 本年新收 + 上年结转 = （七）总计 + 结转下年 holds (6 + 6 = 6 + 6), but the two cells that reading placed cancel each other in
 * it — with both 0 (what the page prints: nothing) it holds too — so it confirms neither: both rows stay below 0.8.
 * Where the reading's cells do not cancel (上年结转 6 beside a 结转下年 its label read 0, （七）总计 12), the balance confirms.
 * Values written out by hand; every identity of the 2021 template holds in both tables.
 */
import { runChecks } from '../src/checks/index.js';
import { TEMPLATE_2021 } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { scoreConfidence } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';

const { keys, identities } = TEMPLATE_2021;
const clean = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
const byLabel: Placement = { by: 'label', labelScore: 1, source: { line: 12 }, row: { ...clean, named: true } };
const byStream: Placement = { by: 'position', labelScore: 0, source: { line: 12, text: 'table stream: 4 rows read between rows placed by their labels' } };
const cell = (value: number): SolvedField => ({ value, flags: [] });

/** Every field 0 but 自然人 and 总计 of the rows named: `rows` row → value. */
function table(rows: Record<string, number>): Map<string, SolvedField> {
  const fields = new Map(keys.map((k) => [k, cell(0)]));
  for (const [row, v] of Object.entries(rows)) for (const col of ['naturalPerson', 'total']) fields.set(`requests.${row}.${col}`, cell(v));
  return fields;
}

function score(fields: Map<string, SolvedField>, streamRows: readonly string[]) {
  const placements = new Map(keys.map((k) => [k, streamRows.some((r) => k.startsWith(`requests.${r}.`)) ? byStream : byLabel]));
  const values = new Map(keys.map((k) => [k, fields.get(k)?.value ?? null]));
  const checks = runChecks(identities, values, new Set());
  expect(checks.every((c) => c.ok)).toBe(true);
  return scoreConfidence(keys, fields, placements, checks, identities).fields;
}

describe('rows a stream reading gave another row’s values', () => {
  it('should keep 上年结转 and 结转下年 copied from 本年新收 below 0.8 when only their own cancelling cells confirm them', () => {
    const out = score(table({ newReceived: 6, granted: 6, totalHandled: 6, carriedOver: 6, carriedForward: 6 }), ['carriedOver', 'carriedForward']);
    for (const row of ['carriedOver', 'carriedForward']) {
      for (const col of ['naturalPerson', 'total']) {
        expect(out[`requests.${row}.${col}`]!.confidence).toBeLessThan(0.8);
        expect(out[`requests.${row}.${col}`]!.flags).toContain('position');
      }
    }
    expect(out['requests.newReceived.naturalPerson']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should let the balance confirm a copied row where the reading’s cells do not cancel in it', () => {
    const out = score(table({ newReceived: 6, granted: 12, totalHandled: 12, carriedOver: 6 }), ['carriedOver']);
    for (const col of ['naturalPerson', 'total']) expect(out[`requests.carriedOver.${col}`]!.confidence).toBe(0.85);
  });
});
