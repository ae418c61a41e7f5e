/**
 * A blank cell of table 二 in a row read repaired or by position (score/index.ts ACTIVE_BLANK_PLACED_CAP):
 * `pdftotext -layout` of a legal page prints the header's words glued ('本年制发件数本年废止件数现行有效件数')
 * and the first value glued to its label ('规章1 … 15 1'); the row came out 1 and two blank zeros at 0.85
 * where 15 and 1 were printed (issue 15). No identity runs through table 二: the blanks stay below 0.8.
 */
import { extract, flattenData } from '../src/index.js';
import type { Placement } from '../src/map/index.js';
import { scoreField } from '../src/score/index.js';
import type { SolvedField } from '../src/solve/index.js';
import { rng } from '../scripts/template-data.mjs';

function legalLayoutTable2(seed: number): string {
  const r = rng(seed);
  const n = (): number => 1 + Math.floor(r() * 40);
  return ['松阳市林业局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况', '', '',
    '第         二          十              条         第          （       一        ）   项', '', '',
    '信   息    内    容本        年        制    发        件    数本年废止件数现行有效件数', '', '',
    `规               章${n()}                                              ${n()}        ${n()}`, '', '',
    `行 政 规 范 性 文 件 ${n()}                                           ${n()}         ${n()}`, '',
    '三、收到和处理政府信息公开申请情况', '无。', ''].join('\n');
}

describe('a blank cell of table 二 placed in a repaired row', () => {
  for (const seed of [31, 32, 33]) {
    it(`should not read a printed value as a blank 0 at ≥ 0.8 (seed ${seed})`, async () => {
      const rep = await extract(new TextEncoder().encode(legalLayoutTable2(seed)), { name: 'legal.txt' });
      const got = flattenData(rep.data);
      const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
      for (const k of ['regulations', 'normativeDocuments'].flatMap((t) => ['repealed', 'inForce'].map((c) => `activeDisclosure.${t}.${c}`))) {
        // Every cell is printed non-zero: a 0 is a lost value, never trusted.
        if (got.get(k) === 0) expect([k, (fields[k]?.confidence ?? 0) < 0.8]).toEqual([k, true]);
      }
    });
  }
});

describe('a blank cell of table 二 beside an ambiguous cell of its row', () => {
  // Session 46 (task 3): unpadded right|left-aligned cells re-printed by Ghostscript (ps2pdf, /prepress, /ebook) run
  // 上一年项目数量 and 本年增/减 together ('4899-2'): the first read ambiguous, the 增/减 cell blank, 0 at 0.85 for -2.
  const placement: Placement = { by: 'label', labelScore: 1, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
  const blank: SolvedField = { value: 0, flags: ['blank'] };
  it('should keep the blank 0 below 0.8', () => {
    const fields = new Map<string, SolvedField>([
      ['activeDisclosure.licensing.prevItems', { value: null, flags: ['ambiguous'] }],
      ['activeDisclosure.licensing.change', blank],
      ['activeDisclosure.licensing.decisions', { value: 460, flags: [] }],
    ]);
    expect(scoreField('activeDisclosure.licensing.change', blank, placement, [], fields).confidence).toBeLessThan(0.8);
  });
  it('should leave a blank beside read cells as it was', () => {
    const fields = new Map<string, SolvedField>([
      ['activeDisclosure.licensing.prevItems', { value: 4899, flags: [] }],
      ['activeDisclosure.licensing.change', blank],
      ['activeDisclosure.licensing.decisions', { value: 460, flags: [] }],
    ]);
    expect(scoreField('activeDisclosure.licensing.change', blank, placement, [], fields).confidence).toBeGreaterThanOrEqual(0.8);
  });
});
