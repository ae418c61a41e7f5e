/**
 * Trust rules for weak evidence (breakit54, values wrong at 0.8–0.9):
 *  - a `repaired` value confirmed only by its own row's total (the identity it was chosen to satisfy) stays below 0.8
 *    (score REPAIR_UNCONFIRMED_CAP); an identity reaching other rows, read independently, keeps it at 0.85;
 *  - table 二's header laid out over lines by position (a line of two cells, a column word on the next) sets no
 *    column order: the values stay in the template's order (map/active-column-order);
 *  - table 三 moved to the printed order (总计 first): a value of a row read with ambiguous cells (empty cells
 *    collapsed) is marked orderOpen (map/move-columns).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Check } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { applyMoves, lastDot } from '../src/map/move-columns.js';
import { scoreField } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';
import { ROOT } from './helpers/paths.js';

const clean = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
const byLabel = (): Placement => ({ by: 'label', labelScore: 1, source: {}, row: { ...clean } });
const KEY = 'requests.granted.commercial';
const rowTotal: Check = { id: 'requests.rowTotal.granted', ok: true, expected: 27, actual: 27, keys: ['requests.granted.total', KEY, 'requests.granted.otherOrg'] };
const column: Check = { id: 'requests.outcomes.commercial', ok: true, expected: 26, actual: 26, keys: ['requests.totalHandled.commercial', KEY, 'requests.partiallyGranted.commercial'] };

describe('a repair confirmed only by its own row total', () => {
  const fields = new Map<string, SolvedField>([
    ['requests.granted.total', { value: 27, flags: ['derived', 'repaired'] }],
    ['requests.granted.otherOrg', { value: 5, flags: ['repaired'] }],
    ['requests.totalHandled.commercial', { value: 26, flags: [] }],
    ['requests.partiallyGranted.commercial', { value: 5, flags: [] }],
  ]);
  const repaired: SolvedField = { value: 21, flags: ['repaired'] };
  it('should stay below 0.8: the row total is the identity the repair satisfies', () => {
    expect(scoreField(KEY, repaired, byLabel(), [rowTotal], fields).confidence).toBeLessThan(0.8);
  });
  it('should keep 0.85 where an identity through other rows read independently holds', () => {
    expect(scoreField(KEY, repaired, byLabel(), [rowTotal, column], fields).confidence).toBeCloseTo(0.85);
  });
  it('should leave a cell of a row of marks filled as not applicable (chosen by the marks, not an identity) at 0.85', () => {
    expect(scoreField(KEY, { value: null, flags: ['notApplicable', 'repaired'] }, byLabel(), [rowTotal], fields).confidence).toBeCloseTo(0.85);
  });
  it('should leave an unrepaired value confirmed by its row total alone as it was', () => {
    expect(scoreField(KEY, { value: 21, flags: [] }, byLabel(), [rowTotal], fields).confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('table 三 moved with 总计 printed first', () => {
  it('should mark a moved value of a row read with ambiguous cells orderOpen, not a row read whole', () => {
    const leaves = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const printed = ['total', ...leaves.slice(0, 6)];
    const fields = new Map<string, SolvedField>();
    const placements = new Map<string, Placement>();
    leaves.forEach((k, i) => {
      fields.set(`requests.denied.prohibitedByLaw.${k}`, k === 'total' ? { value: 1, flags: [] } : { value: null, flags: ['ambiguous'] });
      fields.set(`requests.granted.${k}`, { value: i + 1, flags: [] });
      placements.set(`requests.denied.prohibitedByLaw.${k}`, byLabel());
      placements.set(`requests.granted.${k}`, byLabel());
    });
    applyMoves('requests.', new Map(leaves.map((k, i) => [k, printed[i]!])), lastDot, fields, placements);
    expect(fields.get('requests.denied.prohibitedByLaw.otherOrg')?.value).toBe(1);
    expect(placements.get('requests.denied.prohibitedByLaw.otherOrg')?.orderOpen).toBe(true);
    expect(placements.get('requests.granted.otherOrg')?.orderOpen).toBeUndefined();
  });
});

describe('table 二 header laid out over lines by position', () => {
  const text = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
  const withHeader = (header: string[]): string => {
    const lines = text.split('\n');
    const a = lines.findIndex((l) => l.startsWith('第二十条第（一）项'));
    lines.splice(a + 1, 1, ...header);
    return lines.join('\n');
  };
  const regulations = async (header: string[]): Promise<{ values: unknown[]; confidences: number[] }> => {
    const r = await extract(new TextEncoder().encode(withHeader(header)), { name: 'h.txt' });
    const got = flattenData(r.data);
    const keys = ['issued', 'repealed', 'inForce'].map((k) => `activeDisclosure.regulations.${k}`);
    return { values: keys.map((k) => got.get(k)), confidences: keys.map((k) => (r.fields as Record<string, { confidence: number }>)[k]!.confidence) };
  };
  it('should not move the values by line order when a line of the header prints two cells', async () => {
    const { values, confidences } = await regulations(['\t本年废止件数\t现行有效件数', '信息内容\t本年制发件数']);
    expect(values).toEqual([2, 16, 11]);
    expect(Math.max(...confidences)).toBeLessThan(0.9);
  });
  it('should still read a header printed in one line in its order', async () => {
    const { values } = await regulations(['信息内容\t本年废止件数\t现行有效件数\t本年制发件数']);
    expect(values).toEqual([11, 2, 16]);
  });
});

describe('a row placed by position, confirmed only through an identity that derived a member', () => {
  const key = 'requests.denied.thirdPartyRights.naturalPerson';
  const outcomes: Check = { id: 'requests.outcomes.naturalPerson', ok: true, expected: 53, actual: 53, keys: ['requests.totalHandled.naturalPerson', key, 'requests.notProcessed.complaint.naturalPerson'] };
  const placed: Placement = { by: 'position', labelScore: 0, source: {}, row: { ...clean } };
  const withComplaint = (flags: SolvedField['flags']): Map<string, SolvedField> => new Map<string, SolvedField>([
    ['requests.totalHandled.naturalPerson', { value: 53, flags: [] }],
    ['requests.notProcessed.complaint.naturalPerson', { value: 38, flags }],
  ]);
  it('should stay below 0.8: the identity holds whatever the row (POSITION_UNCONFIRMED_CAP)', () => {
    expect(scoreField(key, { value: 15, flags: [] }, placed, [outcomes], withComplaint(['derived'])).confidence).toBeLessThan(0.8);
  });
  it('should keep 0.85 when every member was read', () => {
    expect(scoreField(key, { value: 15, flags: [] }, placed, [outcomes], withComplaint([])).confidence).toBeCloseTo(0.85);
  });
});

describe('a blank cell of a row placed by a label joined from other lines', () => {
  // fb37 apb10-lopd: a wrapped label's pieces ('其他处人无' / '理正当', one empty cell each) read as 逾期不补正's zeros at 0.85,
  // the row's printed 54 · 3 · 57 absorbed by a derived row: the identity through it holds only through that derived member.
  const partial = (): Placement => ({ ...byLabel(), partial: true });
  const fields = new Map<string, SolvedField>([
    ['requests.granted.total', { value: 27, flags: [] }],
    ['requests.granted.otherOrg', { value: 5, flags: [] }],
    ['requests.totalHandled.commercial', { value: 26, flags: ['derived'] }],
    ['requests.partiallyGranted.commercial', { value: 5, flags: [] }],
  ]);

  it('should stay below 0.8 when no identity read through other rows confirms it', () => {
    expect(scoreField(KEY, { value: 0, flags: ['blank'] }, partial(), [rowTotal, column], fields).confidence).toBeLessThan(0.8);
  });

  it('should keep a number read in the same row at the partial-label cap (0.85)', () => {
    expect(scoreField(KEY, { value: 21, flags: [] }, partial(), [rowTotal, column], fields).confidence).toBeCloseTo(0.85);
  });
});
