/**
 * Report metadata of CMS pages saved or printed in pieces (scripts/year-list-title-variants.mjs --kind fragment|float):
 * an article body saved alone names its agency only in its opening sentence; a box floated beside the body puts a
 * sibling report's title on the line of '一、总体情况' and a links heading right after the page's own title's first half.
 */
import { extract } from '../src/index.js';
import { extractMeta } from '../src/meta/index.js';
import type { Line } from '../src/model/document.js';
import { scoreMeta } from '../src/score/meta.js';
import { yearListPage } from '../scripts/year-list-title-variants.mjs';

const linesOf = (text: string): Line[] => text.split('\n').map((t, i) => ({ cells: [t], source: { line: i + 1 }, separated: false }));
const meta = (lines: Line[], name = 'content.html') => scoreMeta(extractMeta({ lines, name }));
const BODY = '一、总体情况\n本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。\n二、主动公开政府信息情况\n规章 3 0 12\n六、其他需要报告的事项\n本年度未收取信息处理费。';

describe('an article body without its title: the agency its opening sentence names', () => {
  const openings: [string, string, number | null][] = [
    ['本报告由介休市自然资源和规划局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和有关规定编制。', '介休市自然资源和规划局', null],
    ['根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，南湖市人民政府办公室编制了本报告。', '南湖市人民政府办公室', null],
    ['根据《中华人民共和国政府信息公开条例》规定，现将清溪县城关街道办事处2023年政府信息公开工作情况报告如下：', '清溪县城关街道办事处', 2023],
    ['现就个旧市民政局2022年度政府信息公开工作情况报告如下。', '个旧市民政局', 2022],
  ];
  it.each(openings)('should read the agency of "%s" below 0.9 when nothing else names it', (opening, agency, year) => {
    const m = meta(linesOf(`${opening}\n${BODY}`));
    expect(m.title).toBeNull();
    expect(m.agency).toBe(agency);
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.8);
    expect(m.fields.agency.confidence).toBeLessThan(0.9);
    expect(m.year).toBe(year);
  });

  it('should confirm it by a sign-off naming the same agency, and leave it open when the sign-off names another', () => {
    const [opening, agency] = openings[0]!;
    const same = meta(linesOf(`${opening}\n${BODY}\n${agency}\n2024年1月20日`));
    expect(same.agency).toBe(agency);
    expect(same.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
    const other = meta(linesOf(`${openings[2]![0]}\n${BODY}\n介休市民政局\n2024年1月20日`));
    expect(other.agency).toBeNull();
    expect(other.fields.agency.flags).toContain('ambiguous');
  });

  it("should take an office compiling its body's report for no other agency than the title's", () => {
    // hongze-2023: the title names 洪泽区人民政府, the opening its general office as the compiler.
    const m = meta(linesOf(`洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制此报告。\n${BODY}`));
    expect(m.agency).toBe('洪泽区人民政府');
    expect(m.fields.agency.flags).not.toContain('ambiguous');
  });

  it('should read no agency from a sentence naming no body that ends as an agency does', () => {
    const m = meta(linesOf(`本报告由各部门根据有关规定编制。\n${BODY}`));
    expect(m.agency).toBeNull();
  });
});

describe("a box floated beside the body: its entries on the body's lines", () => {
  /** A Chromium print read by position (cells at their left edges, pt): the h1 wrapped beside the box '相关年报'. */
  const placed = (rows: [string, number][][]): Line[] =>
    rows.map((cells, i) => ({ cells: cells.map(([t]) => t), xs: cells.map(([, x]) => x), source: { line: i + 1 }, separated: false }));
  const page = placed([
    [['首页| 政务公开 | 政府信息公开年报 | 互动交流 | 办事服务', 34]],
    [['清河市生态环境局2024年政府信息公开工作年度报相关年报', 37], ['2024-01-23', 473]],
    [['清河市生态环境局2023年政', 473]],
    [['告', 229], ['府信息公开工作年度报告', 473]],
    [['清河市生态环境局2022年政', 473]],
    [['发布时间：2025-01-17来源：清河市生态环境局浏览次数：1024本报告根据《中华人民共和国政府信息公开条例》编制。', 34], ['2023-01-22', 473]],
    [['府信息公开工作年度报告', 473]],
    [['一、总体情况', 34], ['示例县农业农村局2024年政', 473]],
    [['府信息公开工作年度报告', 473]],
    [['本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1352条。', 34], ['2025-01-15', 473]],
    [['二、主动公开政府信息情况', 34]],
    [['六、其他需要报告的事项', 34]],
    [['本年度未收取信息处理费。', 34]],
    [['清河市生态环境局', 400]],
    [['2025年1月17日', 400]],
  ]);

  it('should never take the sibling entry on the heading line as the title at 0.9 or above', () => {
    const m = meta(page, 't.pdf');
    expect(m.title ?? '').not.toContain('示例县');
    expect(m.title).toBe('清河市生态环境局2024年政府信息公开工作年度报告');
    expect(m.agency).toBe('清河市生态环境局');
    expect(m.year).toBe(2024);
  });

  it('should read a title glued after a section heading as a link, its agency and year no clues', () => {
    const m = meta(linesOf(`一、总体情况 示例县农业农村局2024年政府信息公开工作年度报告\n本机关坚持以公开为常态。\n六、其他需要报告的事项\n无。\n清河市生态环境局\n2025年1月17日`));
    expect(m.title === null || m.fields.title.confidence < 0.8).toBe(true);
    expect(m.agency).toBe('清河市生态环境局');
  });

  it("should read the page's own title in a layout dump whose links heading is one space after its first half", async () => {
    // pdftotext -layout of the same print: '…工作年度报 相关年报清河市…2023年政' in one cell, '告' under it beside the entry's tail.
    const text = [
      '  首页 | 政务公开 | 政府信息公开年报 | 互动交流 | 办事服务 | 清河市生态环境局信息公开目录',
      '  当前位置：首页 > 政务公开 > 政府信息公开年报 > 2024年',
      '   清河市生态环境局2024年政府信息公开工作年度报 相关年报清河市生态环境局2023年政',
      '               告                府信息公开工作年度报告',
      '                                2024-01-23',
      '  发布时间：2025-01-17 来源：清河市生态环境局 浏览次数：1024                                    清河市生态环境局2022年政',
      '                                                                           府信息公开工作年度报告',
      '  本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自2024年1月1日起至                         2023-01-22',
      '  2024年12月31日止。                                                            示例县农业农村局2024年政',
      '                                                                           府信息公开工作年度报告',
      '  一、总体情况                                                                   2025-01-15',
      '  本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息1352条。',
      '  二、主动公开政府信息情况',
      '  规章      30       4    164',
      '  六、其他需要报告的事项',
      '  本机关未收取信息处理费。',
      '                                                              清河市生态环境局',
      '                                                              2025年1月17日',
    ].join('\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'page.layout.txt', format: 'text' });
    expect(report.meta.title).toBe('清河市生态环境局2024年政府信息公开工作年度报告');
    expect(report.meta.year).toBe(2024);
  });
});

describe("a CMS template's stale <title>", () => {
  it('should not give the title of the year before the one the body states at 0.8 or above', async () => {
    // The generator's float page 2: <title> the agency's 2018 report (a sidebar entry too), h1 and opening 2019.
    const v = yearListPage('float', 2);
    expect(v.what).toContain('stale-title');
    const report = await extract(new TextEncoder().encode(v.html), { name: 'page.html', format: 'html' });
    const wrongTitle = report.meta.title !== null && report.meta.title !== v.truth.title;
    expect(wrongTitle && (report.metaFields?.title.confidence ?? 0) >= 0.8).toBe(false);
    expect(report.meta.year).toBe(v.truth.year);
  });
});
