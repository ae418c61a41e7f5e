/**
 * Where the unit of table 二's money amount is stated (map/unit-statements, map/units decideUnit): a line of its own
 * before or after the header, the small table's caption, a row of its own, a note under the table, a '（单位：万元）'
 * cut over a page break — every statement read; statements that disagree or are not understood, or an amount
 * implausible in 万元 with no statement, keep the amount below 0.8 (`unitUnsure`, warning money_unit_unsure).
 * Session 47 (unit47): '单位：元' on a line of its own before the header was ignored, 55743200 元 read as 万元 at 0.85.
 * Generator of the kind: scripts/unit-statement-variants.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { toHalfWidth } from '../src/layout/normalize-text.js';
import { sectionUnits } from '../src/map/unit-statements.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'units.txt' });
const FEES = 'activeDisclosure.fees.amount';
const PROC = 'activeDisclosure.procurement.amount';
const FEES_TABLE = '信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t699.39';
const fees = (block: string): string => tab.replace(FEES_TABLE, block);
const field = (r: Report, key: string) => r.fields[key as keyof Report['fields']]!;

describe('the money unit stated around table 二', () => {
  it.each([
    ['a line of its own before the header', '单位：元\n信息内容\t本年收费金额\n行政事业性收费\t6993900'],
    ['a count/amount pair before the header', '单位：项/元\n信息内容\t本年收费金额\n行政事业性收费\t6993900'],
    ['a line between the header and the row', '信息内容\t本年收费金额\n单位:元\n行政事业性收费\t6993900'],
    ['a note under the table', '信息内容\t本年收费金额\n行政事业性收费\t6993900\n注：金额单位为元'],
    ['a note without a colon', '信息内容\t本年收费金额\n行政事业性收费\t6993.9\n备注：单位千元'],
    ['the caption', '表4 行政事业性收费情况（单位：元）\n信息内容\t本年收费金额\n行政事业性收费\t6993900'],
  ])('should read %s', async (_what, block) => {
    const r = await run(fees(block));
    expect(flattenData(r.data).get(FEES)).toBe(699.39);
    expect(field(r, FEES).flags).toContain('unitConverted');
    expect(field(r, FEES).confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("should join a '（单位：万元）' cut over a page break, not read its '元）' as the unit", async () => {
    const r = await run(fees('行政事业性收费情况（单位：万\n\f\n- 3 -\n元）\n信息内容\t本年收费金额\n行政事业性收费\t699.39'));
    expect(flattenData(r.data).get(FEES)).toBe(699.39);
    expect(field(r, FEES).flags).not.toContain('unitUnsure');
    expect(field(r, FEES).flags).not.toContain('unitAssumed');
  });

  it("should join a cut '（单位：万' with its '元）' printed after the row, not read that piece as the row's unit line", async () => {
    const r = await run(fees('信息内容\t本年收费金额（单位：万\n行政事业性收费\t7.5\n元）'));
    expect(flattenData(r.data).get(FEES)).toBe(7.5);
    expect(field(r, FEES).flags).not.toContain('unitConverted');
    expect(field(r, FEES).flags).not.toContain('unitUnsure');
  });

  it('should read a 2019 procurement amount under a unit line before its header', async () => {
    const r = await run(y2019.replace('信息内容\t采购项目数量\t采购总金额', '单位：项/元\n信息内容\t采购项目数量\t采购总金额').replace('政府集中采购\t13\t5574.32', '政府集中采购\t13\t55743200'));
    expect(flattenData(r.data).get(PROC)).toBe(5574.32);
    expect(flattenData(r.data).get('activeDisclosure.procurement.items')).toBe(13);
  });

  it.each([
    ['two statements that disagree', '单位：元\n信息内容\t本年收费金额（万元）\n行政事业性收费\t6993900', /stated as/],
    ['a unit not understood', '单位：美元\n信息内容\t本年收费金额\n行政事业性收费\t6993900', /not understood/],
    ['another currency printed with the number', '信息内容\t本年收费金额\n行政事业性收费\t5000美元', /not understood/],
    ['a statement cut with nothing completing it', '行政事业性收费情况（单位：万\n信息内容\t本年收费金额\n行政事业性收费\t699.39', /not understood/],
    ['no statement and an amount no agency reaches in 万元', '信息内容\t本年收费金额\n行政事业性收费\t6993900', /no unit is stated/],
  ])('should keep the amount below 0.8 with %s', async (_what, block, why) => {
    const r = await run(fees(block));
    expect(field(r, FEES).confidence).toBeLessThan(0.8);
    expect(field(r, FEES).flags).toContain('unitUnsure');
    expect(r.warnings.find((w) => w.code === 'money_unit_unsure')?.message).toMatch(why);
  });

  it("should keep a unit printed with the number ('6993900元' under a 万元 header) and an amount plausible in 万元", async () => {
    const own = await run(tab.replace('行政事业性收费\t699.39', '行政事业性收费\t6993900元'));
    expect(flattenData(own.data).get(FEES)).toBe(699.39);
    expect(field(own, FEES).confidence).toBeGreaterThanOrEqual(0.9);
    const plain = await run(fees('信息内容\t本年收费金额\n行政事业性收费\t699.39'));
    expect(field(plain, FEES).flags).toEqual(expect.arrayContaining(['unitAssumed']));
    expect(field(plain, FEES).flags).not.toContain('unitUnsure');
  });

  it("should not take prose or a count's unit for a money statement", () => {
    const lines = ['本单位为进一步做好公开工作', '填报单位：示例市第101局', '（单位：件）', '单位：个', '收费金额（单位：元）'];
    expect(sectionUnits((i) => toHalfWidth(lines[i]!), lines.length).statements.map((s) => s.unit)).toEqual(['元']);
  });
});
