/**
 * A count is never a fraction (map/table-rows countsWhole): table 二's 政府集中采购 row read with its
 * count and its amount in each other's column — a reading-order dump printing the amount first —
 * is read with the values exchanged, flagged `repaired` and below 0.9; a row that fits as printed is
 * left alone.
 */
import { countsWhole } from '../src/map/table-rows.js';
import { extract, flattenData } from '../src/index.js';

const row = (...values: number[]) => ({ cells: values.map((value) => ({ value, flags: [] })), cost: 0 });

describe('countsWhole', () => {
  test('a fraction in the count column, a whole number in the amount column: exchanged and flagged', () => {
    const [only, ...rest] = countsWhole([row(21970.01, 4)], [false, true]);
    expect(rest).toEqual([]);
    expect(only!.cells.map((c) => c.value)).toEqual([4, 21970.01]);
    expect(only!.cells.every((c) => c.flags.includes('repaired'))).toBe(true);
  });

  test('readings with the count whole are kept, the others dropped; a row of two fractions is left as read', () => {
    expect(countsWhole([row(4, 21970.01)], [false, true])).toEqual([row(4, 21970.01)]);
    expect(countsWhole([row(1.5, 4), row(4, 1.5)], [false, true])).toEqual([row(4, 1.5)]);
    expect(countsWhole([row(1.5, 2.5)], [false, true])).toEqual([row(1.5, 2.5)]);
    expect(countsWhole([row(1.5, 2, 3)], [false, false, false])).toEqual([row(1.5, 2, 3)]);
  });
});

test('a 2019 report whose dump prints the procurement amount before its count: items 4, amount 21970.01, below 0.9', async () => {
  const text = ['某区人力资源和社会保障局2020年度政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '1', '-1',
    '第二十条第（九）项', '序号', '8', '信息内容', '政府集中采购', '21970.01', '4', '万元', '三、收到和处理政府信息公开申请情况', '无。'].join('\n');
  const r = await extract(new TextEncoder().encode(text), { name: 'r.txt' });
  const data = flattenData(r.data);
  expect([data.get('activeDisclosure.procurement.items'), data.get('activeDisclosure.procurement.amount')]).toEqual([4, 21970.01]);
  expect((r.fields as Record<string, { confidence: number }>)['activeDisclosure.procurement.items']!.confidence).toBeLessThan(0.9);
});
