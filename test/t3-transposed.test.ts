/**
 * Table 三 printed transposed (the applicant kinds as rows, the outcomes as columns) in HTML, .docx
 * and tab text: turned back through load/grid-transpose and read through the template's keys. Space
 * text (cells placed by position only) is left as printed (low). Variants from
 * scripts/t3-shape-variants.mjs, seeds not looked at while fixing.
 */
import { extract, flattenData } from '../src/index.js';
import { turnedRequests } from '../src/load/grid-transpose.js';
import { build } from '../scripts/t3-shape-variants.mjs';
import { verdict } from '../scripts/template-data.mjs';

describe('table 三 printed transposed', () => {
  it('reads HTML, .docx and tab text right and nothing wrong at >= 0.9 (seeds 501..508)', async () => {
    const right: Record<string, number> = {};
    for (let seed = 501; seed <= 508; seed++) {
      const format = (['tab', 'space', 'html', 'docx'] as const)[seed % 4]!;
      const v = build(seed, 'transposed', format);
      const rep = await extract(v.bytes, { name: v.name });
      const got = flattenData(rep.data);
      for (const [k, truth] of flattenData({ requests: v.data.requests })) {
        const said = verdict(got.get(k), truth, (rep.fields as Record<string, { confidence: number }>)[k]?.confidence ?? 0);
        expect([seed, k, said]).not.toEqual([seed, k, 'wrong']);
        if (said === 'right') right[format] = (right[format] ?? 0) + 1;
      }
    }
    for (const format of ['tab', 'html', 'docx']) expect(right[format]).toBeGreaterThanOrEqual(2 * 150);
    expect(right['space'] ?? 0).toBe(0);
  });

  it('turns a grid only when its 总计 row is the sum of the kinds', () => {
    const header = ['申请人情况', ...Array.from({ length: 12 }, (_, j) => `标签${j}`)];
    const kinds = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
    const rows = kinds.map((k, i) => [k, ...Array.from({ length: 12 }, (_, j) => String(i + j))]);
    const sum = Array.from({ length: 12 }, (_, j) => String(rows.reduce((s, r) => s + Number(r[j + 1]), 0)));
    expect(turnedRequests([header, ...rows, ['总计', ...sum]])?.[1]).toEqual(['标签0', '0', '1', '2', '3', '4', '5', sum[0]]);
    expect(turnedRequests([header, ...rows, ['总计', ...sum.map((s) => String(Number(s) + 1))]])).toBeNull();
  });
});
