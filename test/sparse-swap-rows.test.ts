/**
 * sparse49: mostly-blank tables (sparse48/sparseb48 re-landed) — rows whose place only recovered labels or the order of
 * lines gave, held below 0.8 where the input does not tell which row printed the values.
 *  - A label line naming two template rows beside one row's values (LibreOffice's print of a Word table centres each
 *    label in its cell: '处理 4.无正当理由大量反复申请 2.重复申请 3 3', fresh48 k12_17; '行政规范性文件 信息内容规章 0 4 0',
 *    k11_30): map/join-fragments namedRowsInLabel, RowEvidence namesSeveral, score SEVERAL_NAMED_CAP.
 *  - A row of siblings that sum alike printing nothing (missing, or a label with no cell beside it: RowEvidence
 *    labelOnly) beside a sibling with values placed by the order of the lines: score/exchangeable-rows emptySwapRows,
 *    EMPTY_SWAP_CAP (breaker39 ptt-layout-2up-r32: 国家秘密's blank 总计 0 for 1 at 0.9 once its neighbours' label-only
 *    lines became rows of their own: sparse48's splitNamedPending).
 *  - A table 二 count that reads as a year, placed by a fuzzy label, no identity confirming it (a sidebar's '2025 年…年度报告'
 *    beside 行政处罚: k10_19).
 * Values written out by hand; every identity of the 2021 template holds on the full table.
 */
import { runChecks } from '../src/checks/index.js';
import { TEMPLATE_2021 } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { namedRowsInLabel } from '../src/map/join-fragments.js';
import type { RowEvidence } from '../src/map/row-evidence.js';
import { scoreConfidence } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';

const { keys, identities, requestRows, activeRows } = TEMPLATE_2021;
const clean: RowEvidence = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
const placed = (row: Partial<RowEvidence> = {}): Placement => ({ by: 'label', labelScore: 1, source: {}, row: { ...clean, named: true, ...row } });
const cell = (value: number, ...flags: SolvedField['flags']): SolvedField => ({ value, flags });
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

/** Every field 0 but `rows`' 法律服务机构 and 总计 1 (新收 and （七）总计 with them). */
function table(...rows: string[]): Map<string, SolvedField> {
  const fields = new Map(keys.map((k) => [k, cell(0)]));
  for (const row of ['newReceived', 'totalHandled', ...rows]) {
    fields.set(`requests.${row}.legalService`, cell(1));
    fields.set(`requests.${row}.total`, cell(1));
  }
  return fields;
}

function score(fields: Map<string, SolvedField>, placements: Map<string, Placement>) {
  const values = new Map(keys.map((k) => [k, fields.get(k)?.value ?? null]));
  const checks = runChecks(identities, values, new Set());
  return scoreConfidence(keys, fields, placements, checks, identities).fields;
}

const conf = (out: ReturnType<typeof score>, key: string): number => out[key]!.confidence;

describe('rows placed by recovered labels in a mostly-blank table', () => {
  it('should tell a label line naming two template rows', () => {
    expect(namedRowsInLabel('处理 4.无正当理由大量反复申请 2.重复申请', requestRows).size).toBe(2);
    expect(namedRowsInLabel('行政规范性文件 信息内容规章 本年制发件数本年废止件数现行有效件数', activeRows).size).toBe(2);
    // One row's label wrapped, or under its block's label: one row.
    expect(namedRowsInLabel('2.其他法律行政法规禁止公 开', requestRows).size).toBe(1);
    expect(namedRowsInLabel('(三)不予公开 4.保护第三方合法权益', requestRows).size).toBe(1);
    expect(namedRowsInLabel('三、本年度办理结果 (一)予以公开', requestRows).size).toBe(1);
  });

  it('should hold a row whose label line names two rows below 0.8', () => {
    const fields = table('notProcessed.excessive');
    const placements = new Map(keys.map((k) => [k, placed()]));
    // Read under 重复申请's label, 无正当理由大量反复申请 printed on the same line.
    for (const k of keys.filter((x) => x.startsWith('requests.notProcessed.excessive.'))) fields.set(k.replace('excessive', 'duplicate'), fields.get(k)!);
    for (const k of keys.filter((x) => x.startsWith('requests.notProcessed.excessive.'))) fields.delete(k);
    for (const c of COLS) placements.set(`requests.notProcessed.duplicate.${c}`, placed({ named: false, namesSeveral: true, numberedLabels: 2 }));
    const out = score(fields, placements);
    expect(conf(out, 'requests.notProcessed.duplicate.total')).toBeLessThan(0.8);
    expect(conf(out, 'requests.notProcessed.duplicate.legalService')).toBeLessThan(0.8);
    // The rows placed by their own labels keep their confidence.
    expect(conf(out, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
  });

  it('should hold a sibling row with values beside one whose label printed nothing below 0.8, the blank one too', () => {
    // Truth: 国家秘密 1 · 1; read: 国家秘密 a label line alone (blank), its 1 · 1 on a line of their own under
    // 2.其他法律行政法规禁止公 (a label joined from the lines around: not named).
    const fields = table('denied.prohibitedByLaw');
    for (const c of COLS) fields.set(`requests.denied.stateSecret.${c}`, cell(0, 'blank'));
    const placements = new Map(keys.map((k) => [k, placed()]));
    for (const c of COLS) placements.set(`requests.denied.stateSecret.${c}`, placed({ labelOnly: true }));
    for (const c of COLS) placements.set(`requests.denied.prohibitedByLaw.${c}`, placed({ named: false }));
    const out = score(fields, placements);
    expect(conf(out, 'requests.denied.stateSecret.total')).toBeLessThan(0.8);
    expect(conf(out, 'requests.denied.prohibitedByLaw.total')).toBeLessThan(0.8);
    expect(conf(out, 'requests.denied.prohibitedByLaw.legalService')).toBeLessThan(0.8);
  });

  it('should keep a blank row whose empty cells were seen, beside a named row, as before', () => {
    const fields = table('denied.prohibitedByLaw');
    for (const c of COLS) fields.set(`requests.denied.stateSecret.${c}`, cell(0, 'blank'));
    const placements = new Map(keys.map((k) => [k, placed()]));
    const out = score(fields, placements);
    expect(conf(out, 'requests.denied.stateSecret.total')).toBeGreaterThanOrEqual(0.9);
    expect(conf(out, 'requests.denied.prohibitedByLaw.total')).toBeGreaterThanOrEqual(0.9);
  });

  it('should hold a table 二 count that reads as a year, placed by a fuzzy label, no identity confirming it, below 0.8', () => {
    const fields = table();
    const placements = new Map(keys.map((k) => [k, placed()]));
    // '政府 2025' (a sidebar's wrapped report title) read under 行政处罚 by a label joined from the lines around.
    fields.set('activeDisclosure.punishment.decisions', cell(2025));
    placements.set('activeDisclosure.punishment.decisions', { ...placed({ named: false }), labelScore: 0.85 });
    // '行政许可\t2023': its own cell, its label exact (samples/quirk-wrong-total).
    fields.set('activeDisclosure.licensing.decisions', cell(2023));
    const out = score(fields, placements);
    expect(conf(out, 'activeDisclosure.punishment.decisions')).toBeLessThan(0.8);
    expect(conf(out, 'activeDisclosure.licensing.decisions')).toBeGreaterThanOrEqual(0.9);
  });
});
