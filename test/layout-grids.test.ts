/**
 * A CMS page set in a layout table (a menu cell beside the article cell), converted by pandoc: to plain
 * text and reST the layout table is drawn as a grid table whose article cell holds the headings, prose,
 * the data tables and a title row (发布机构 | title | date), each wrapped at the cell's width
 * (layout/layout-grids); to Textile it stays raw HTML around the article's markup (load/layout-html-tables),
 * as a title's `<div>` does (load/sniff). Inputs as pandoc 3 writes them (`pandoc -f html -t
 * plain|rst|textile`, default 72 columns), so pandoc need not be installed.
 */
import { extract } from '../src/index.js';
import { unwrapLayoutGrids } from '../src/layout/layout-grids.js';
import { joinPieces } from '../src/layout/cell-pieces.js';

const RST = `+-----------------------------------+-----------------------------------+
| \`首页 </>\`__                      | +---------+---------+---------+   |
| \`政务公开 </x>\`__                 | | 发布    | **青    | 202     |   |
|                                   | | 机构：  | 原县财  | 4-01-12 |   |
|                                   | | 青原县  | 政局202 |         |   |
|                                   | | 财政局  | 3年度政 |         |   |
|                                   | |         | 府信息  |         |   |
|                                   | |         | 公开工  |         |   |
|                                   | |         | 作年度  |         |   |
|                                   | |         | 报告**  |         |   |
|                                   | +---------+---------+---------+   |
|                                   |                                   |
|                                   | .. rubric:: 一、总体情况          |
|                                   |    :name: 一总体情况              |
|                                   |                                   |
|                                   | 本机关坚持以公开为常态、不公开为  |
|                                   | 例外，全年主动公开政府信息326条。 |
|                                   |                                   |
|                                   | ..                                |
|                                   | rubric:: 二、主动公开政府信息情况 |
|                                   |    :name: 二主动公开政府信息情况  |
|                                   |                                   |
|                                   | +-------+-------+-------+-------+ |
|                                   | | 信息  | 本年  | 本年  | 现行  | |
|                                   | | 内容  | 制发  | 废止  | 有效  | |
|                                   | |       | 件数  | 件数  | 件数  | |
|                                   | +-------+-------+-------+-------+ |
|                                   | | 规章  | 2     | 0     | 14    | |
|                                   | +-------+-------+-------+-------+ |
|                                   |                                   |
|                                   | .. rubric:: 三                    |
|                                   | 、收到和处理政府信息公开申请情况  |
|                                   |    :name:                         |
|                                   |  三收到和处理政府信息公开申请情况 |
|                                   |                                   |
|                                   | .. rubric:: 四、政                |
|                                   | 府信息公开行政复议、行政诉讼情况  |
|                                   |    :name: 四                      |
|                                   | 政府信息公开行政复议行政诉讼情况  |
|                                   |                                   |
|                                   | .. rubr                           |
|                                   | ic:: 五、存在的主要问题及改进情况 |
|                                   |                                   |
|                                   | :name: 五存在的主要问题及改进情况 |
|                                   |                                   |
|                                   | 政策解读形式不够丰富。            |
|                                   |                                   |
|                                   | .                                 |
|                                   | . rubric:: 六、其他需要报告的事项 |
|                                   |    :name: 六其他需要报告的事项    |
|                                   |                                   |
|                                   | 本年度未收取信息处理费。          |
|                                   |                                   |
|                                   | | 青原县财政局                    |
|                                   | | 2024年1月12日                   |
+-----------------------------------+-----------------------------------+`;
const PLAIN = `+-----------------------------------+-----------------------------------+
| 首页                              |   ------------------              |
| 政务公开                          | ------ -------------------------- |
|                                   | -------------------- ------------ |
|                                   |   发布机构：青原县                |
|                                   | 财政局   青原县财政局2023年度政府 |
|                                   | 信息公开工作年度报告   2024-01-12 |
|                                   |   ------------------              |
|                                   | ------ -------------------------- |
|                                   | -------------------- ------------ |
|                                   |                                   |
|                                   | 一、总体情况                      |
|                                   |                                   |
|                                   | 本机关坚持以公开为常态、不公开为  |
|                                   | 例外，全年主动公开政府信息326条。 |
|                                   |                                   |
|                                   | 二、主动公开政府信息情况          |
|                                   |                                   |
|                                   |   ---------- -----------          |
|                                   | --- -------------- -------------- |
|                                   |   信息内容   本年制发件           |
|                                   | 数   本年废止件数   现行有效件数  |
|                                   |   规章                            |
|                                   |  2              0              14 |
|                                   |   ---------- -----------          |
|                                   | --- -------------- -------------- |
|                                   |                                   |
|                                   | 三                                |
|                                   | 、收到和处理政府信息公开申请情况  |
|                                   |                                   |
|                                   | 四、政                            |
|                                   | 府信息公开行政复议、行政诉讼情况  |
|                                   |                                   |
|                                   | 五、存在的主要问题及改进情况      |
|                                   |                                   |
|                                   | 政策解读形式不够丰富。            |
|                                   |                                   |
|                                   | 六、其他需要报告的事项            |
|                                   |                                   |
|                                   | 本年度未收取信息处理费。          |
|                                   |                                   |
|                                   | 青原县财政局                      |
|                                   | 2024年1月12日                     |
+-----------------------------------+-----------------------------------+`;
const TITLE = '青原县财政局2023年度政府信息公开工作年度报告';
/** pandoc -t textile of a page whose title is a <div class="title"> (kept as raw HTML). */
/** The article of both Textile fixtures (pandoc -t textile): headings as h3(#id), table 二 as a Textile table. */
const TEXTILE_ARTICLE = `h3(#一总体情况). 一、总体情况

本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息326条。

h3(#二主动公开政府信息情况). 二、主动公开政府信息情况

|信息内容|本年制发件数|本年废止件数|现行有效件数|
|规章|2|0|14|

h3(#三收到和处理政府信息公开申请情况). 三、收到和处理政府信息公开申请情况

h3(#四政府信息公开行政复议行政诉讼情况). 四、政府信息公开行政复议、行政诉讼情况

h3(#五存在的主要问题及改进情况). 五、存在的主要问题及改进情况

政策解读形式不够丰富，下一步将加强培训。

h3(#六其他需要报告的事项). 六、其他需要报告的事项

本年度未收取信息处理费。`;
const TEXTILE_DIV = `<div class="title">

江海市人民法院2024年政府信息公开工作年度报告

</div>

${TEXTILE_ARTICLE}

*江海市人民法院*
*2025年3月23日*
`;
/** pandoc -t textile of a layout-table page: the layout table kept as raw HTML around the article's Textile. */
const TEXTILE_LAYOUT = `<table>
<col width="50%" />
<col width="50%" />
<tbody>
<tr class="odd">
<td align="left">"首页":/
"政务公开":/x
"政府信息公开年报":/y</td>
<td align="left">|来源：临川区人民政府|临川区人民政府2020年度政府信息公开工作年度报告|发布日期：2021&#45;02&#45;15|

${TEXTILE_ARTICLE}

临川区人民政府

2021年1月1日
</td>
</tr>
</tbody>
</table>
`;
const bytes = (s: string) => new TextEncoder().encode(s);

describe('layout tables drawn as grid tables', () => {
  it('should replace a grid table whose cell holds report headings by its cells\' text, headings whole, data tables kept', () => {
    const lines = unwrapLayoutGrids(RST.split('\n'));
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    expect(lines).toContain('五、存在的主要问题及改进情况');
    expect(lines).toContain('本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息326条。');
    expect(lines).toContain('| 规章  | 2     | 0     | 14    |');
    expect(lines.some((l) => l.includes(':name:'))).toBe(false);
    const plain = unwrapLayoutGrids(PLAIN.split('\n'));
    expect(plain).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(plain.some((l) => /^\s*规章\s{2,}2\s{2,}0\s{2,}14$/.test(l))).toBe(true);
    expect(plain).toContain('青原县财政局');
  });

  it('should know a layout table by a Markdown heading or the 2019 template\'s \'第一部分 总体情况\' in a cell (pandoc -t markdown of a page with a menu column: was one line, E_NOT_A_REPORT)', () => {
    const md = [
      '+--------------------+--------------------------+',
      '| ### 政府信息公开   | # 青原县财政局2019年政府 |',
      '|                    | 信息公开工作年度报告     |',
      '| -   政府信息公开指 |                          |',
      '| 南                 | 第一部分 总体情况        |',
      '|                    |                          |',
      '|                    | 本机关坚持以公开为常态。 |',
      '+--------------------+--------------------------+',
    ];
    const lines = unwrapLayoutGrids(md);
    expect(lines).toContain('第一部分 总体情况');
    expect(lines).toContain('# 青原县财政局2019年政府信息公开工作年度报告');
    expect(lines.some((l) => l.startsWith('+--'))).toBe(false);
  });

  it('should leave a data grid table (no heading in its cells) as it is', () => {
    const data = ['+------+------+', '| 规章 | 2    |', '+------+------+', '| 行政 | 3    |', '+------+------+'];
    expect(unwrapLayoutGrids(data)).toBe(data);
  });

  it('should read the plain dump as a report (was E_NOT_A_REPORT) and the reST one\'s title from its title row\'s cell (was missing; a title row read whole was wrong at 0.95)', async () => {
    const plain = await extract(bytes(PLAIN), { name: 'page.txt' });
    expect(plain.data.activeDisclosure.regulations).toEqual({ issued: 2, repealed: 0, inForce: 14 });
    const rst = await extract(bytes(RST), { name: 'page.rst' });
    expect(rst.meta.title).toBe(TITLE);
    expect(rst.meta.agency).toBe('青原县财政局');
    expect(rst.meta.year).toBe(2023);
    expect(rst.data.activeDisclosure.regulations).toEqual({ issued: 2, repealed: 0, inForce: 14 });
  });

  it('should join digits a converter cut inside CJK text, and keep digits apart elsewhere', () => {
    expect(joinPieces([' 政局202 ', ' 3年度政 '])).toBe('政局2023年度政');
    expect(joinPieces([' 202 ', ' 4-01-12 '])).toBe('202 4-01-12');
  });

  it('should join a title cell a converter wrapped between two digits with nothing (was a title \'示例市第20 8局…\' at 0.95)', () => {
    const grid = [
      '+-----------------------------------+-----------------------------------+',
      '| -   政府信息公开指南              | 示例市第20                        |',
      '| -   政府信息公开制度              | 8局2024年政府信息公开工作年度报告 |',
      '|                                   |                                   |',
      '|                                   | 一、总体情况                      |',
      '+-----------------------------------+-----------------------------------+',
    ];
    const lines = unwrapLayoutGrids(grid);
    expect(lines).toContain('示例市第208局2024年政府信息公开工作年度报告');
    expect(lines).toContain('一、总体情况');
  });

  it('should read a Textile dump that starts with a raw <div> as text (was E_NOT_A_REPORT), and one whose layout table is raw HTML', async () => {
    const div = await extract(bytes(TEXTILE_DIV), { name: 'page.textile' });
    expect(div.meta).toMatchObject({ title: '江海市人民法院2024年政府信息公开工作年度报告', agency: '江海市人民法院', year: 2024 });
    expect(div.sections.map((x) => x.key)).toContain('other');
    const layout = await extract(bytes(TEXTILE_LAYOUT), { name: 'page.textile' });
    expect(layout.meta).toMatchObject({ title: '临川区人民政府2020年度政府信息公开工作年度报告', agency: '临川区人民政府', year: 2020 });
    expect(layout.data.activeDisclosure.regulations).toEqual({ issued: 2, repealed: 0, inForce: 14 });
    // The same fragment start in a file named .html stays HTML.
    const html = await extract(bytes(TEXTILE_DIV), { name: 'page.html' }).catch((e: { code: string }) => e.code);
    expect(typeof html === 'string' ? html : html.source.format).toMatch(/E_NOT_A_REPORT|html/);
  });
});
