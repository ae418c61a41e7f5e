/**
 * A CMS page's own title near a list of the agency's reports of other years (breaker44 findings 7 and 8,
 * scripts/year-list-title-variants.mjs): a narrow sidebar '年报目录' wraps each entry (its agency on one line, the year and the
 * report's words on the next; or 'XX局2021' / '年政府信息公开工作年度报告'), the page's h1 wraps at another point; links to
 * the other years' reports printed two a line before a centred title. The entry for the report's year had been the title at 0.95.
 */
import { readFileSync } from 'node:fs';
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const metaOf = (text: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt' }));
const AGENCY = '个旧市高新技术产业开发区管理委员会';
const NAV = ['政府信息公开', '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '依申请公开'];
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];
const SIGN = [AGENCY, '2023年1月25日'];
const BYLINE = `发布时间：2023-01-25 10:32 来源：${AGENCY}`;
const OWN = `2022年${AGENCY}政府信息公开工作年度报告`;

describe("a page's own title near a list of its agency's other years' reports", () => {
  it("should not take the sidebar's entry (agency line over '2022年…') for the title of a plain dump", () => {
    const list = [2022, 2021, 2020, 2019].flatMap((y) => [AGENCY, `${y}年政府信息公开工作年度报告`]);
    const text = ['个旧市人民政府', ...NAV, '年报目录', ...list, '累计访问量：126066人次', '', '2022年个旧市高新技术产业开发区管理', '委员会政府信息公开工作年度报告', '', BYLINE, ...BODY, ...SIGN].join('\n');
    const m = metaOf(text);
    expect(m.title).toBe(OWN);
  });

  it("should join the title's halves across a sidebar's menu lines (a layout dump) and not take the list's entry at 0.9", () => {
    const lines = [
      '     政府信息公开                         2022年个旧市高新技术产业开发区管理',
      '       政府信息公开指南',
      '       政府信息公开制度',
      '       法定主动公开内容',
      '                                        委员会政府信息公开工作年度报告',
      `       政府信息公开年报                     ${BYLINE}`,
      '     年报目录                              1.总体情况',
      `       ${AGENCY}`,
      '       2022年政府信息公开工作年度报告               （一）主动公开',
      `       ${AGENCY}`,
      '       2021年政府信息公开工作年度报告',
      `       ${AGENCY}`,
      '                                       本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
      '       2020年政府信息公开工作年度报告',
    ];
    const m = metaOf([...lines, ...BODY, ...SIGN].join('\n'));
    if (m.title !== OWN) expect(m.fields.title.confidence).toBeLessThan(0.8);
    expect(m.title).toBe(OWN);
  });

  it("should read entries wrapped after their year ('XX局2021' / '年政府…') as a list and take the heading printed after it", () => {
    const a = '枝江市双河镇市场监督管理局';
    const list = [2021, 2020, 2019, 2018, 2017].flatMap((y) => [`${a}${y}`, '年政府信息公开工作年度报告']);
    const text = [...NAV, '历年年报', '', ...list, '', `${a}2021年度政府`, '信息公开工作年度报告', `发布时间：2022-03-27 来源：${a}`, ...BODY, a, '2022年3月27日'].join('\n');
    expect(metaOf(text).title).toBe(`${a}2021年度政府信息公开工作年度报告`);
  });

  it('should not read a row of links printed two a line before a centred wrapped title as a title beside a links box', () => {
    const a = '枝江市双河镇人民政府';
    const lines = [
      `      ${a}2024年政府信息公开工作年度报告                   ${a}2023年政府信息公开工作年度报告`,
      `                 2025年${a}政府信息公开工`,
      '                                          作年度报告',
    ];
    const m = metaOf([...lines, ...BODY, a, '2026年1月22日'].join('\n'));
    expect([m.title, m.year]).toEqual([`2025年${a}政府信息公开工作年度报告`, 2025]);
  });

  it('should take the one title with its byline under it over links printed before it (unsigned)', () => {
    const a = '南湖市财政局';
    const lines = [`清溪县白水乡财政局2021年度政府信息公开工作年度报告`, `${a}2020年政府信息公开工作年度报告`, '', `${a}2019年度政府信息公开工作年度报告`, '', `2022年${a}政府信息公开工作年度报告`, `发布时间：2023-01-13 来源：${a}`];
    const m = metaOf([...lines, ...BODY].join('\n'));
    expect([m.title, m.year]).toEqual([`2022年${a}政府信息公开工作年度报告`, 2022]);
  });
});

describe('titles reordered or cut by other furniture (gen62 dev 1036000)', () => {
  it("should not read a links list's dated item wrapped onto a line of its own ('…年度报告（' / '2022-02-22）') as the sign-off", () => {
    // w3m of a CMS page: the sidebar's entries interleaved with the body; its 2021 entry had been the title at 0.95.
    const m = metaOf(readFileSync('test/fixtures/w3m-sidebar-related-dated.txt', 'utf8'));
    expect([m.title, m.year]).toEqual([`${AGENCY}2022年度政府信息公开工作年度报告`, 2022]);
  });

  it("should keep the title's '关于' set apart from its year ('关于 2025 年…': not a logo's glyph)", () => {
    const m = metaOf(['                               简阳市师范学校', '            关于 2025 年政府信息公开工作年度报告', '           发布时间：2026-03-19 10:35 来源：简阳市师范学校', ...BODY, '简阳市师范学校', '2026 年 3 月 19 日'].join('\n'));
    expect(m.title).toBe('简阳市师范学校关于2025年政府信息公开工作年度报告');
  });
});

describe('a plain dump interleaving the sidebar with the title and body (breaker44 h2 a5 prints)', () => {
  const a = '介休市公共资源交易中心';
  it('should take the title joined across the menu lines (year the sign-off follows) over a clean list entry of another year', () => {
    const top = ['政府信息公开', `${a}2022年度`, ...NAV.slice(1), '政府信息公开工作年度报告', '1.总体情况', '年报目录', '（一）主动公开', `${a}2022年政府信`, '本机关坚持以公开为常态、不公开为例', '息公开工作年度报告', `${a}2021年政府信`, '外，全年主动公开政府信息。', '息公开工作年度报告', `${a}2020年政府信`, '息公开工作年度报告'];
    const m = metaOf([...top, ...BODY, a, '2023年3月27日'].join('\n'));
    expect(m.title).toBe(`${a}2022年度政府信息公开工作年度报告`);
  });

  it("should not take a line holding an info table's '称：' between the report's words over the heading read whole", () => {
    const b = '儋州市应急管理局';
    const top = ['年报目录', `名 ${b}2025年度政府信息公开`, `${b}2025年政府信息公开 称： 工作年度报告`, '工作年度报告', '', `${b}2025年度政府信息公开工作年度报告`, `发布时间：2026-01-15 来源：${b}`];
    const m = metaOf([...top, ...BODY, b, '2026年1月15日'].join('\n'));
    expect(m.title).toBe(`${b}2025年度政府信息公开工作年度报告`);
  });
});
