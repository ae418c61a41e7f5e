/**
 * Table 三 with every column split into this year's and last year's sub-columns (map/year-subcolumns):
 * read from this year's half when the header's year words name every sub-column, else left as printed
 * (no value at >= 0.9: the values alone do not say which half is this year's). Variants from
 * scripts/t3-shape-variants.mjs, seeds not looked at while fixing.
 */
import { extract, flattenData } from '../src/index.js';
import { build } from '../scripts/t3-shape-variants.mjs';
import { verdict } from '../scripts/template-data.mjs';

describe('table 三 with 本年 / 上年 sub-columns', () => {
  it('reads this year\'s half where the header names the years, and nothing at >= 0.9 where it does not (seeds 401..412)', async () => {
    let right = 0, determined = 0, named = 0;
    for (let seed = 401; seed <= 412; seed++) {
      const v = build(seed, 'twoyear', (['tab', 'space', 'html', 'docx'] as const)[seed % 4]!);
      const rep = await extract(v.bytes, { name: v.name });
      const got = flattenData(rep.data);
      const extra = rep.warnings.find((w) => w.code === 'columns_extra');
      if (!v.undetermined) { determined++; if (extra?.message.includes('prints every column twice')) named++; }
      for (const [k, truth] of flattenData({ requests: v.data.requests })) {
        const said = verdict(got.get(k), v.undetermined ? null : truth, (rep.fields as Record<string, { confidence: number }>)[k]?.confidence ?? 0);
        expect([seed, k, said]).not.toEqual([seed, k, 'wrong']);
        if (said === 'right') right++;
      }
    }
    expect(determined).toBeGreaterThanOrEqual(6);
    expect(named).toBe(determined);
    expect(right).toBeGreaterThanOrEqual(determined * 150);
  });
});
