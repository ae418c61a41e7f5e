/**
 * A value derived through an identity is no more confident than the weakest cell it was computed from — also when its
 * row's own identity (a row all derived: 总计 = Σ its derived cells) holds through it. That identity holds by construction
 * among values derived together, so it places nothing (fixc52: pdftohtml -xml of a borderless Chromium print, the row
 * '0 1 0 0 0 0 1' printed on the middle line of （二）部分公开's wrapped label placed into 1.属于国家秘密 by position at
 * 0.75, 部分公开 then derived 0 · … · 0 from the column balances at 0.85 — commercial 0 and total 0 for 1).
 * Values written out by hand; every identity of the 2021 template holds on the table below.
 */
import { runChecks } from '../src/checks/index.js';
import { TEMPLATE_2021 } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { scoreConfidence } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';

const { keys, identities } = TEMPLATE_2021;
const clean = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
const byLabel = (labelScore: number): Placement => ({ by: 'label', labelScore, source: {}, row: { ...clean, named: true } });
const cell = (value: number, ...flags: SolvedField['flags']): SolvedField => ({ value, flags });
const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'] as const;

/**
 * Every field 0 but 新收 / （七）总计 商业企业 1 社会公益组织 11 (总计 12), 予以公开 社会公益组织 11 (总计 11),
 * 1.属于国家秘密 商业企业 1 (总计 1, read 'repaired': placed by a guess), 部分公开 all derived 0.
 */
function table(): Map<string, SolvedField> {
  const fields = new Map(keys.map((k) => [k, cell(0)]));
  for (const row of ['newReceived', 'totalHandled']) {
    fields.set(`requests.${row}.commercial`, cell(1));
    fields.set(`requests.${row}.socialOrg`, cell(11));
    fields.set(`requests.${row}.total`, cell(12));
  }
  fields.set('requests.granted.socialOrg', cell(11));
  fields.set('requests.granted.total', cell(11));
  for (const c of [...cols, 'total']) fields.set(`requests.denied.stateSecret.${c}`, cell(c === 'commercial' || c === 'total' ? 1 : 0, 'repaired'));
  for (const c of [...cols, 'total']) fields.set(`requests.partiallyGranted.${c}`, cell(0, 'derived'));
  return fields;
}

function score(fields: Map<string, SolvedField>) {
  const values = new Map(keys.map((k) => [k, fields.get(k)?.value ?? null]));
  const checks = runChecks(identities, values, new Set());
  expect(checks.filter((c) => !c.ok)).toEqual([]);
  const placements = new Map(keys.map((k) => [k, byLabel(1)]));
  return scoreConfidence(keys, fields, placements, checks, identities).fields;
}

describe('a row derived whole through a weak cell', () => {
  it('should hold the derived row below 0.8, its own row identity confirming nothing', () => {
    const out = score(table());
    const weak = out['requests.denied.stateSecret.commercial']!.confidence;
    expect(weak).toBeLessThan(0.8);
    for (const c of ['commercial', 'total']) {
      expect(out[`requests.partiallyGranted.${c}`]!.confidence).toBeLessThan(0.8);
      expect(out[`requests.partiallyGranted.${c}`]!.confidence).toBeLessThanOrEqual(weak);
    }
  });

  it('should keep the guess cap of a row derived from cells read clean', () => {
    const fields = table();
    for (const c of [...cols, 'total']) fields.set(`requests.denied.stateSecret.${c}`, cell(c === 'commercial' || c === 'total' ? 1 : 0));
    const out = score(fields);
    for (const c of ['commercial', 'total']) expect(out[`requests.partiallyGranted.${c}`]!.confidence).toBe(0.85);
  });
});
