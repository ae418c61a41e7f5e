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

describe('table 四 rows labelled with a quantity that starts with a year word', () => {
  // A tester's report (breakit41): rows '本年受理' / '上年度结转' under one header are no rows per year
  // ('本年' / '上年度' name the year of a quantity); the report's table 四 is their sum, printed nowhere.
  const TEXT = [
    "示例县第4011局2023年政府信息公开工作年度报告",
    "一、总体情况",
    "本局依法推进政务公开。",
    "二、主动公开政府信息情况",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "第二十条第（一）项",
    "规章 1 12 20",
    "行政规范性文件 4 6 15",
    "第二十条第（五）项",
    "行政许可 1635",
    "第二十条第（六）项",
    "行政处罚 724",
    "行政强制 10",
    "第二十条第（八）项",
    "行政事业性收费 2801.59",
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "申请人情况",
    "自然人 法人或其他组织 总计",
    "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    "一、本年新收政府信息公开申请数量 140 40 5 4 8 16 213",
    "二、上年结转政府信息公开申请数量 1 1 0 0 0 0 2",
    "三、本年度办理结果",
    "（一）予以公开 0 0 0 0 0 2 2",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 21 7 1 1 0 0 30",
    "（三）不予公开",
    "1.属于国家秘密 14 8 0 0 0 1 23",
    "2.其他法律行政法规禁止公开 0 2 0 0 0 0 2",
    "3.危及“三安全一稳定” 0 0 1 0 0 0 1",
    "4.保护第三方合法权益 22 0 0 1 0 2 25",
    "5.属于三类内部事务信息 0 0 0 0 1 0 1",
    "6.属于四类过程性信息 0 0 0 0 3 2 5",
    "7.属于行政执法案卷 2 0 1 0 0 0 3",
    "8.属于行政查询事项 16 0 0 0 0 0 16",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息 0 0 0 1 2 0 3",
    "2.没有现成信息需要另行制作 29 0 0 1 1 2 33",
    "3.补正后申请内容仍不明确 0 0 0 0 0 0 0",
    "（五）不予处理",
    "1.信访举报投诉类申请 17 8 0 0 0 3 28",
    "2.重复申请 0 6 0 0 0 0 6",
    "3.要求提供公开出版物 0 0 0 0 1 1 2",
    "4.无正当理由大量反复申请 0 0 1 0 0 0 1",
    "5.要求行政机关确认或重新出具已获取信息 0 0 1 0 0 2 3",
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 1 1",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 6 0 0 0 0 6",
    "3.其他 15 4 0 0 0 0 19",
    "（七）总计 136 41 5 4 8 16 210",
    "四、结转下年度继续办理 5 0 0 0 0 0 5",
    "四、政府信息公开行政复议、行政诉讼情况",
    "年度 行政复议 行政诉讼",
    "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
    "本年受理 1 0 0 0 1 2 0 0 2 4 0 0 0 2 2",
    "上年度结转 6 3 4 0 13 5 0 2 6 13 0 6 6 5 17",
    "五、存在的主要问题及改进情况",
    "培训不足。",
    "六、其他需要报告的事项",
    "无。"
  ];
  it('should not read the 本年受理 row as the current table (it gave review.total 1 at 0.98)', async () => {
    const report = await extract(new TextEncoder().encode(TEXT.join('\n')), { name: 'carried.txt' });
    const got = flattenData(report.data);
    const fields = report.fields as Record<string, { confidence: number }>;
    const confident = [...got.keys()].filter((k) => k.startsWith('reviewLitigation.') && (fields[k]?.confidence ?? 0) >= 0.9);
    expect(confident).toEqual([]);
  });
});
