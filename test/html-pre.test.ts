/**
 * A table typed into a `<pre>` (breakit60 grid=pre): bars only between its columns with labels wrapped
 * onto continuation lines, full-width numbers drawn two cells a digit, and a 2-cell layout table with a
 * side note around it (layout2). load/html-pre.ts, html-table isLayoutTable.
 */
import { closeInnerBars, narrowWideNumbers } from '../src/load/html-pre.js';
import { extract, flattenData } from '../src/index.js';
import * as cheerio from 'cheerio/slim';
import { isLayoutTable } from '../src/load/html-table.js';

const PRE_BARS = [
  '       第二十条第（一）项',
  '     信息     | 本年| 本年| 现行',
  '     内容     | 制发| 废止| 有效',
  '              | 件数| 件数| 件数',
  '规章          |   10|    4|    4',
  '行政规范性文件|   16|   12|   14',
].join('\n');

describe('<pre> tables', () => {
  test('bars only between columns are closed at both ends; captions stay', () => {
    const out = closeInnerBars(PRE_BARS).split('\n');
    expect(out[0]).toBe('       第二十条第（一）项');
    expect(out[4]).toBe('|规章          |   10|    4|    4|');
  });

  test('a markdown table or a text with a few bars is left as printed', () => {
    const md = '| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |';
    expect(closeInnerBars(md)).toBe(md);
    expect(closeInnerBars('甲 | 乙\n丙')).toBe('甲 | 乙\n丙');
  });

  test('a full-width number standing as a cell keeps its right edge; one glued to text is left', () => {
    expect(narrowWideNumbers('数量  ４３  １２３')).toBe('数量    43     123');
    expect(narrowWideNumbers('共１２件')).toBe('共１２件');
  });

  test('a <pre> table in a layout table with a side note reads its rows', async () => {
    const html = `<html><head><meta charset="utf-8"><title>示例县2024年政府信息公开工作年度报告</title></head><body>
<h1>示例县2024年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>
<table class="layout" width="100%" border="0"><tr><td width="82%"><pre>
${PRE_BARS}
</pre></td><td>说明：本表数据统计截至当年12月31日，单位为件。</td></tr></table></body></html>`;
    const rep = await extract(new TextEncoder().encode(html), { name: 'pre.html' });
    const flat = flattenData(rep.data);
    expect(flat.get('activeDisclosure.regulations.issued')).toBe(10);
    expect(flat.get('activeDisclosure.normativeDocuments.inForce')).toBe(14);
  });

  test('a table around a CSS table or flex rows is a layout table; one flex cell is not', () => {
    const layout = (inner: string): boolean => {
      const $ = cheerio.load(`<table><tr><td>${inner}</td><td>说明：单位为件。</td></tr></table>`);
      return isLayoutTable($, $('table').get(0)!);
    };
    expect(layout('<div style="display:table"><div style="display:table-row"><div style="display:table-cell">规章</div></div></div>')).toBe(true);
    expect(layout('<div style="display:flex">a</div>'.repeat(3))).toBe(true);
    expect(layout('<div style="display:flex">12</div>')).toBe(false);
    expect(layout('<pre>12</pre>')).toBe(false);
  });
});
