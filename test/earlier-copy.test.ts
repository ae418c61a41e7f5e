/**
 * Captions that tell a table printed twice apart (map/earlier-copy): what a line says of the table
 * under it, and the reading of table 三 printed twice under them (scripts/prior-year-variants).
 */
import { captionSays } from '../src/map/earlier-copy.js';
import { extract, flattenData } from '../src/index.js';
import { build } from '../scripts/prior-year-variants.mjs';

describe('captions of a table printed twice', () => {
  it('should read a short line naming the previous year, this year, both or neither', () => {
    expect(captionSays('与上年对比', 2024)).toBe('earlier');
    expect(captionSays('2023年度情况', 2024)).toBe('earlier');
    expect(captionSays('本年度情况', 2024)).toBe('current');
    expect(captionSays('表三 2024年度收到和处理政府信息公开申请情况', 2024)).toBe('current');
    expect(captionSays('2024年与2023年对比', 2024)).toBe('both');
    expect(captionSays('申请人情况', 2024)).toBeNull();
  });

  it('should take no template words, prose or notes for a caption', () => {
    expect(captionSays('二、上年结转政府信息公开申请数量', 2024)).toBeNull();
    expect(captionSays('三、本年度办理结果', 2024)).toBeNull();
    expect(captionSays('与上年相比，本年度申请数量有所增加。', 2024)).toBeNull();
    expect(captionSays('注：本表统计期限为2024年1月1日至2024年12月31日', 2024)).toBeNull();
  });

  for (const seed of [401, 402, 403, 404, 405, 406, 423, 424, 429, 436, 440, 452, 468, 470, 509, 512]) {
    it(`should read this year's copy at 0.9 or more only where a caption tells it apart (prior-year-variants seed ${seed})`, async () => {
      const v = build(seed);
      const report = await extract(new TextEncoder().encode(v.text), { name: v.name });
      const got = flattenData(report.data);
      const fields = report.fields as Record<string, { confidence: number }>;
      for (const table of v.tables) {
        const keys = [...flattenData({ [table]: v.data[table] })];
        const confident = keys.filter(([k]) => fields[k]!.confidence >= 0.9);
        expect(confident.filter(([k, x]) => got.get(k) !== x)).toEqual([]);
        expect(confident.length).toBe(v.tells[table] ? keys.length : 0);
      }
    });
  }
});
