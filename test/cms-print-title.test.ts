/**
 * A government site's report page printed by Chromium (its running header and footer on) and dumped (scripts/year-list-title-
 * variants.mjs --kind cms): a nav bar ending '走进XX区' glued before a title starting with its year, a '相关链接' sidebar of the
 * agency's other years and other agencies' reports with a date after each, pdftohtml -s's <title> holding the input's path.
 * The title is the page's own or none, never a list entry's or a path.
 */
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';
import type { Line } from '../src/model/document.js';

const metaOf = (text: string, metaTitle?: string) => scoreMeta(extractMeta({ lines: textToLines(text), name: 'page.txt', ...(metaTitle !== undefined ? { metaTitle } : {}) }));
const BODY = ['一、总体情况', '（一）主动公开', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '六、其他需要报告的事项', '本年度未收取信息处理费。'];

describe('a CMS page printed or dumped with its nav bar, sidebar and print header', () => {
  it("should cut the nav bar's '走进XX市' glued before a title that starts with its year", () => {
    const a = '介休市市场监督管理局';
    const text = ['首页政务公开政民互动办事服务走进介休市2022年介休市市场监督管理局政府信息公开工作年度报告', `发布时间：2023-02-11 来源：${a}`, ...BODY, a, '2023年2月11日'].join('\n');
    const m = metaOf(text);
    expect(m.title).toBe(`2022年${a}政府信息公开工作年度报告`);
    expect(m.agency).toBe(a);
  });

  it("should take no sidebar entry with a date glued after it for the page's title (a plain dump, the sidebar first)", () => {
    const a = '南湖市财政局';
    const own = `${a}关于2024年度政府信息公开工作年度报告`;
    const text = [
      '首页 政务公开 政民互动 办事服务 走进南湖市',
      '年报目录',
      '2024',
      '年南湖市人民政府政府信息公开工',
      '作年度报告2025-02-10',
      '南湖市高新技术产业开发区管理委员会',
      '关于2024年度政府信息公开工作年度报',
      '告2025-04-18',
      '南湖市财政局2023年政府信息公开工作',
      '年度报告2024-04-14',
      '南湖',
      '市财政局关于2024年度政府信息',
      '公',
      '开工作年度报告',
      '浏览次数：3094 字号：[大 中 小]',
      `发布时间：2025-02-14 来源：${a}`,
      ...BODY,
    ].join('\n');
    const m = metaOf(text);
    expect(m.title ?? '').not.toMatch(/人民政府|2023年/);
    expect(m.title === null || m.title === own).toBe(true);
    expect(m.year === null || m.year === 2024).toBe(true);
  });

  it("should not take pdftohtml -s's <title>, the input file's path, for the title", () => {
    const text = ['首页 政务公开 政民互动 办事服务 走进介休市', '年介休市应急管理局政府', '信', '息', '公开工作年度报告', ...BODY].join('\n');
    const m = metaOf(text, '/tmp/yearlist-UmXG4h/介休市应急管理局2024年政府信息公开工作年度报告');
    expect(m.title ?? '').not.toContain('/tmp');
    expect(m.year).not.toBe(2024);
  });

  it("should not take a sibling bureau's undated sidebar entry for the title when the h1 wraps inside the agency beside the sidebar", () => {
    // Chromium's print of year-list-title-variants --kind cms seed 6 as the PDF reader lines it: the sidebar's first entry reads
    // whole (its date floated to the next entry), the h1 '2019年清溪县白水乡公共资源交 / 易中心… / 告' shares lines with the
    // sidebar, the info table's '名称：' cell prints the page's own title, and so does the PDF's metadata title.
    const own = '2019年清溪县白水乡公共资源交易中心政府信息公开工作年度报告';
    const rows = [
      ['首页政务公开政民互动办事服务走进白水乡'],
      ['索引号：', '11000006/2020-0009', '发布机构：', '清溪县白水乡公共资源交易中心'],
      ['年报目录'],
      ['发文日期：', '2020-01-11', '主题分类：', '政务公开'],
      ['清溪县白水乡人民政府2019年度'],
      ['政府信息公开工作年度报告'],
      ['名称：', own],
      ['清溪县白水乡公共资2020-08-14'],
      ['源交易中心关于2020年度政府信'],
      ['息公开工作年度报告2021-06-19'],
      ['清溪县白水乡民政局2019年政府', '2019年清溪县白水乡公共资源交'],
      ['信息公开工作年度报告'],
      ['清溪县白水乡公共资2020-08-12', '易中心政府信息公开工作年度报'],
      ['源交易中心2016年政府信息公开工作年度报告清溪县白水乡公共资源交易中心', '2017-04-26', '告'],
      ['2017年政府信息公开工作年度报告', '2018-08-23', '浏览次数：4517字号：[大中小]'],
      ['清溪县白水乡公共资源交易中心', '发布时间：2020-01-11来源：清溪县白水乡公共资源交易'],
      ['2018年度政府信息公开工作报告', '中心'],
      ['2019-09-14'],
      ...BODY.map((b) => [b]),
    ];
    const lines = rows.map((cells, i) => ({ cells, separated: cells.length > 1, source: { page: 1 }, index: i }) as unknown as Line);
    const scored = scoreMeta(extractMeta({ lines, name: 'cms-6.pdf', metaTitle: own }));
    expect(scored.title ?? '').not.toContain('人民政府');
    expect(scored.agency ?? '').not.toContain('人民政府');
    expect(scored.title === null || scored.title === own).toBe(true);
  });
});

