/**
 * A value read whose every holding identity runs only through values the solver made (score/index
 * confirmedOnlyByConstruction): a position-less dump of a print whose table 三 has its 总计 column cut off the page and its
 * zeros blank. 结转下年度 prints '1 1' (商业企业 1, 自然人 1; no 总计) and was read 商业企业 1 · 总计 1, its 商业企业 moved there
 * (`repaired`); its own row holds through that moved cell, and 一 + 二 = (七) + 四 holds through totals derived for the other
 * rows. Nothing read as printed confirms the 1 in 总计: below 0.8. Where one other member of the balance is read as printed
 * (本年新收's 总计), the balance confirms it. Values written out by hand; every identity of the 2021 template holds.
 */
import { runChecks } from '../src/checks/index.js';
import { TEMPLATE_2021 } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { scoreConfidence } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';

const { keys, identities } = TEMPLATE_2021;
const clean = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
const byLabel: Placement = { by: 'label', labelScore: 1, source: { line: 12 }, row: { ...clean, named: true } };

/** Every field 0 (read), but: 本年新收 商业企业 2 · 总计 2, 予以公开 1 · 1, (七)总计 1 · 1, 结转下年 1 · 1 — `flagsOf` per key. */
function table(flagsOf: (k: string) => string[]): Map<string, SolvedField> {
  const values: Record<string, number> = {
    'requests.newReceived.commercial': 2,
    'requests.newReceived.total': 2,
    'requests.granted.commercial': 1,
    'requests.granted.total': 1,
    'requests.totalHandled.commercial': 1,
    'requests.totalHandled.total': 1,
    'requests.carriedForward.commercial': 1,
    'requests.carriedForward.total': 1,
  };
  return new Map(keys.map((k) => [k, { value: values[k] ?? 0, flags: flagsOf(k) } as SolvedField]));
}

function score(fields: Map<string, SolvedField>) {
  const placements = new Map(keys.map((k) => [k, byLabel]));
  const values = new Map(keys.map((k) => [k, fields.get(k)?.value ?? null]));
  const checks = runChecks(identities, values, new Set());
  expect(checks.every((c) => c.ok)).toBe(true);
  return scoreConfidence(keys, fields, placements, checks, identities).fields;
}

/** 本年新收, 上年结转 and (七)总计 derived whole; 结转下年's cells but 总计 moved (`repaired`). */
const made = (k: string): string[] =>
  /^requests\.(newReceived|carriedOver|totalHandled)\./.test(k) ? ['derived'] : k.startsWith('requests.carriedForward.') && !k.endsWith('.total') ? ['repaired'] : [];

describe('a value confirmed only through values the solver made', () => {
  it('should keep 结转下年 总计 below 0.8 when every identity through it holds only through derived or moved cells', () => {
    const out = score(table(made));
    expect(out['requests.carriedForward.total']!.confidence).toBeLessThan(0.8);
    expect(out['requests.carriedForward.total']!.flags).toContain('unconfirmed');
    // A row read as printed, confirmed through read cells, keeps its trust.
    expect(out['requests.granted.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should let the balance confirm it where another of its members was read as printed', () => {
    const out = score(table((k) => (k === 'requests.newReceived.total' ? [] : made(k))));
    expect(out['requests.carriedForward.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
