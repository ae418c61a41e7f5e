/**
 * Corrections the report states in its own text (map/errata): '更正说明：…原为4817件，经核实应为4752件，
 * 特此更正。', '注：…收费金额应为689.39万元，表中699.39万元系统计口径错误，以本注为准。'. The value is the
 * number printed in the table (spec), so it is kept, but never at ≥ 0.9: flagged `correctedInText`,
 * the corrected number among its candidates, a `correction_note` warning quoting the sentence.
 * Ordinary prose naming the same number (同比增长, 上年度…, 准确无误) and a correction whose number
 * matches no printed value mark nothing. Built from samples/quirk-tab.txt (行政处罚 4817, 收费 699.39 万元).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { explainField } from '../src/export/status.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const run = (text: string, name = 'errata.txt'): Promise<Report> => extract(new TextEncoder().encode(text), { name });
const PUNISHMENT = 'activeDisclosure.punishment.decisions';
const FEES = 'activeDisclosure.fees.amount';
const LAST = '本年度未收取信息处理费。';

/** quirk-tab with `sentence` as a paragraph after section 六 (or before the tables). */
const withNote = (sentence: string, where: 'end' | 'start' = 'end'): string =>
  where === 'end' ? tab.replace(LAST, `${LAST}\n${sentence}`) : tab.replace('一、总体情况\n', `一、总体情况\n${sentence}\n`);

function asHtml(text: string): string {
  const rows = text.split('\n').map((l) => (l.includes('\t') ? `<tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>` : `</table><p>${l}</p><table border="1">`));
  return `<html><head><meta charset="utf-8"></head><body><table border="1">${rows.join('\n')}</table></body></html>`;
}

function expectCorrected(r: Report, key: string, printed: number, corrected: number): void {
  const info = r.fields[key]!;
  expect(info.flags).toContain('correctedInText');
  expect(info.confidence).toBeLessThan(0.9);
  expect(info.candidates).toEqual([printed, corrected]);
  const w = r.warnings.find((x) => x.code === 'correction_note');
  expect(w?.keys).toEqual([key]);
  expect(w?.message).toContain(String(printed));
}

describe('a printed value the report text corrects', () => {
  it('should read 行政处罚 4817 at ≥ 0.9 when nothing corrects it (control)', async () => {
    const r = await run(tab);
    expect(r.fields[PUNISHMENT]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.warnings.map((w) => w.code)).not.toContain('correction_note');
  });

  it.each([
    ['更正说明：本报告第二部分“行政处罚”本年处理决定数量原为4817件，经核实应为4752件，特此更正。', 'end'],
    ['勘误：表中“行政处罚”一栏4817有误，应为4752。', 'end'],
    ['因工作人员疏忽，行政处罚数据误填为4817件，现更正为4752件。', 'start'],
    // No correction word: the number right after 应为 (a space, full-width digits) marks it.
    ['行政处罚本年处理决定数量原为4817件，经核实应为　４７５２件。', 'end'],
    // Numbers that are no field's (2024年, 第2项, 表3) or another row's (1处: many cells print 1) mark nothing more.
    ['更正说明：2024年报告表3第2项“行政处罚”原为4817件，经核实应为4752件，共1处，特此更正。', 'end'],
  ] as const)('should keep the printed 4817 below 0.9 with the corrected 4752 as a candidate: %s', async (sentence, where) => {
    const r = await run(withNote(sentence, where));
    expect(flattenData(r.data).get(PUNISHMENT)).toBe(4817);
    expectCorrected(r, PUNISHMENT, 4817, 4752);
    expect(explainField(r.fields[PUNISHMENT])).toContain('4752');
  });

  it('should keep a money amount a note corrects below 0.9 (注：…应为…万元，表中…系…错误，以本注为准)', async () => {
    const r = await run(withNote('注：行政事业性收费金额应为689.39万元，表中699.39万元系统计口径错误，以本注为准。'));
    expect(flattenData(r.data).get(FEES)).toBe(699.39);
    expectCorrected(r, FEES, 699.39, 689.39);
    expect(r.warnings.find((w) => w.code === 'correction_note')?.message).toContain('以本注为准');
  });

  it('should flag the correction in an HTML page too', async () => {
    const r = await run(asHtml(withNote('更正说明：行政处罚原为4817件，经核实应为4752件，特此更正。')), 'errata.html');
    expectCorrected(r, PUNISHMENT, 4817, 4752);
  });

  it.each([
    '本年度行政处罚4817件，同比增长12%，较上年增加3件。',
    '上年度行政处罚为4817件。',
    '经核实，表中行政处罚数据4817件准确无误。',
    '勘误：行政处罚原为99999件，经核实应为99998件，特此更正。',
    '更正说明：本报告第五部分文字表述有误，应为“2024年”，特此更正。',
  ])('should mark nothing for prose or a correction of no printed value: %s', async (sentence) => {
    const r = await run(withNote(sentence));
    expect(r.fields[PUNISHMENT]!.flags).not.toContain('correctedInText');
    expect(r.fields[PUNISHMENT]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.warnings.map((w) => w.code)).not.toContain('correction_note');
  });
});
