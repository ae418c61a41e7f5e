/**
 * Money units from the one table (src/tables/money-units.ts): a unit in the cell or the header is
 * converted to 万元 whatever it is (元, 千元, 百万元, 亿元); a unit printed but unknown (美元) is never
 * read as 万元 at >= 0.9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData, type Report } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const y2019 = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'units.txt' });
const FEES = 'activeDisclosure.fees.amount';
const PROC = 'activeDisclosure.procurement.amount';

describe('money units', () => {
  it.each([
    ['0.0699390亿元', 699.39],
    ['6993.9千元', 699.39],
    ['6.99390百万元', 699.39],
    ['6993900元', 699.39],
  ])('should convert a cell printed as %s under a 万元 header', async (cell, wan) => {
    const r = await run(tab.replace('行政事业性收费\t699.39', `行政事业性收费\t${cell}`));
    expect(flattenData(r.data).get(FEES)).toBe(wan);
    expect(r.fields[FEES]!.flags).toContain('unitConverted');
  });

  it.each([
    ['亿元', '0.557432', 5574.32],
    ['千元', '55743.2', 5574.32],
  ])('should convert a 2019 header 采购总金额（%s）', async (unit, printed, wan) => {
    const r = await run(y2019.replace('采购总金额\n', `采购总金额（${unit}）\n`).replace('政府集中采购\t13\t5574.32', `政府集中采购\t13\t${printed}`));
    expect(flattenData(r.data).get(PROC)).toBe(wan);
    expect(r.fields[PROC]!.flags).toContain('unitConverted');
    expect(r.fields[PROC]!.flags).not.toContain('unitAssumed');
  });

  it.each([
    ['a cell in 美元', (t: string) => t.replace('行政事业性收费\t699.39', '行政事业性收费\t699.39美元')],
    ['a header in 港元', (t: string) => t.replace('（单位：万元）', '（单位：港元）')],
  ])('should never read %s as 万元 at >= 0.9', async (_what, edit) => {
    const r = await run(edit(tab));
    expect(r.fields[FEES]!.flags).toContain('unitAssumed');
    expect(r.fields[FEES]!.confidence).toBeLessThan(0.9);
  });

  it("should join a unit a narrow cell wrapped around its value ('项/万' above, '元' below) into 万元, not read 元", async () => {
    // breakit62 ptt-fixed6-lo r10: pdftotext -layout of a 单位 column '项/万元' printed over three lines; main read the
    // line under the value as its unit (元) and divided 8547.99 by 10 000 at 0.95.
    const r = await run(y2019.replace('政府集中采购\t13\t5574.32', `${' '.repeat(40)}项/万\n政府集中采购        13             5574.32\n${' '.repeat(40)}元`));
    expect(flattenData(r.data).get(PROC)).toBe(5574.32);
    expect(r.fields[PROC]!.flags).not.toContain('unitConverted');
    // A unit line under the value with no head above it is still the value's: 55743200 元 = 5574.32 万元.
    const yuan = await run(y2019.replace('政府集中采购\t13\t5574.32', `政府集中采购        13             55743200\n${' '.repeat(40)}元`));
    expect(flattenData(yuan.data).get(PROC)).toBe(5574.32);
  });

  it.each([
    ['after the value', '政府集中采购        13             5574.32        项/万'],
    ['after the value, in brackets', '政府集中采购        13             5574.32        （项/万'],
  ])("should join the head of a wrapped unit printed on the value's own line (%s) with the '元' under it into 万元", async (_what, row) => {
    // breaker46 g62 ptt-fixed6 r14: '项/万' ended the row's line, '元' alone on the next; main read 元 and divided by 10 000 at 0.95.
    const r = await run(y2019.replace('政府集中采购\t13\t5574.32', `${row}\n${' '.repeat(47)}元`));
    expect(flattenData(r.data).get(PROC)).toBe(5574.32);
    expect(r.fields[PROC]!.flags).not.toContain('unitConverted');
  });
});

describe("a count's and an amount's unit printed together ('项/元')", () => {
  it.each([
    ['after the values', '政府集中采购\t13\t55743200\t项/元', 5574.32],
    ['full-width slash, spaced', '政府集中采购    13    557432     件 ／ 千元', 55743.2],
    ['in brackets after the label', '政府集中采购（个/万元）\t13\t5574.32', 5574.32],
    ['wrapped: the slash and the money unit under the count unit', '政府集中采购\t13\t55743200\t次\n\t\t\t/元', 5574.32],
  ])('should read the unit after the slash as the amount\'s (%s)', async (_what, row, wan) => {
    // Session 46 (task 1): '政府集中采购 10 5185.06 项/元' was read as 万元 at 0.85 [unitAssumed]; the 元 after '/' is the amount's unit.
    const r = await run(y2019.replace('政府集中采购\t13\t5574.32', row));
    expect(flattenData(r.data).get(PROC)).toBe(wan);
    expect(r.fields[PROC]!.flags).not.toContain('unitAssumed');
  });

  it("should read a header's '（项/元）' as 元", async () => {
    const r = await run(y2019.replace('采购总金额\n', '采购总金额（项/元）\n').replace('政府集中采购\t13\t5574.32', '政府集中采购\t13\t55743200'));
    expect(flattenData(r.data).get(PROC)).toBe(5574.32);
    expect(r.fields[PROC]!.flags).toContain('unitConverted');
  });
});
