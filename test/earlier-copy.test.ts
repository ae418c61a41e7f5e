/**
 * Captions that tell a table printed twice apart (map/earlier-copy): what a line says of the table
 * under it, and the reading of table 三 printed twice under them (scripts/prior-year-variants).
 */
import { captionSays } from '../src/map/earlier-copy.js';
import { captionPoints } from '../src/map/copy-captions.js';
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

  it('should read a caption pointing at the table above or below it, its first clause only', () => {
    expect(captionSays('（上表为2022年度数据，供对比）', 2023)).toBe('earlier');
    expect(captionPoints('（上表为2022年度数据，供对比）', 2023)).toBe('up');
    expect(captionSays('以上为本年度数据。', 2023)).toBe('current');
    expect(captionPoints('以上为本年度数据。', 2023)).toBe('up');
    expect(captionSays('注：上表为上年度数据。', 2023)).toBe('earlier');
    expect(captionSays('注：本表为2023年度数据', 2023)).toBe('current');
    expect(captionPoints('注：本表为2023年度数据', 2023)).toBe('either');
    expect(captionPoints('下表为本年度情况', 2023)).toBe('down');
    expect(captionPoints('上年度情况如下：', 2023)).toBe('down');
    expect(captionPoints('表4：2022年收到和处理政府信息公开申请情况', 2023)).toBe('either');
    // Prose and notes that name no table stay no caption.
    expect(captionSays('注：“上年结转”指2022年未办结的申请。', 2023)).toBeNull();
    expect(captionSays('以上数据与上年相比有所增加，主要原因是申请量上升。', 2023)).toBeNull();
  });

  // (605 pointingBetween, 607 pointingBelow, 643 lastBelow, 697 tableCaptions in HTML, 636 no caption.)
  // Table 四 printed once with a row per year, its labels telling the rows apart: 8 box 本年度数据 / 上年度数据,
  // 9 tab 本年 / 上年, 27 html 2024年度 / 2023年度, 33 space, 45 pipe 2024年 / 2023年, 48 tab 上年度 first,
  // 54 html 去年 first; or not: 19 blank labels, 57 html 数量 / 数量, 36 tab 2022年 / 2021年 (both earlier).
  for (const seed of [401, 402, 403, 404, 405, 406, 423, 424, 429, 436, 440, 452, 468, 470, 509, 512, 605, 607, 636, 643, 697, 8, 9, 27, 33, 45, 48, 54, 19, 57, 36]) {
    it(`should read this year's copy at 0.9 or more only where a caption tells it apart or both copies agree (prior-year-variants seed ${seed})`, async () => {
      const v = build(seed);
      const report = await extract(new TextEncoder().encode(v.text), { name: v.name });
      const got = flattenData(report.data);
      const fields = report.fields as Record<string, { confidence: number }>;
      for (const table of v.tables) {
        const keys = [...flattenData({ [table]: v.data[table] })];
        const confident = keys.filter(([k]) => fields[k]!.confidence >= 0.9);
        expect(confident.filter(([k, x]) => got.get(k) !== x)).toEqual([]);
        // Untold copies: only a value both copies print alike is determined.
        const lastYears = flattenData({ [table]: v.old[table] });
        if (v.tells[table]) expect(confident.length).toBe(keys.length);
        else expect(confident.filter(([k, x]) => lastYears.get(k) !== x)).toEqual([]);
      }
    });
  }
});
