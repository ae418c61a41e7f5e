/**
 * Tables of divs kept as raw HTML in a text dump (breakit60 pandoc-gfm / pandoc-mediawiki of div-grid pages): each
 * '<div class="td" style="display:table-cell;border:1px solid #999">' a line of its own, the cell's text between.
 * Read line by line, the '1' of '1px' beside a label was its value (licensing, punishment, coercion, fees 1 at
 * 0.85). load/div-grids-in-text finds such a grid and load-text reads it as the HTML it is.
 */
import { extract, flattenData } from '../src/index.js';
import { divGridSpans } from '../src/load/div-grids-in-text.js';

const CELL = 'style="display:table-cell;border:1px solid #999;padding:2px 3px;text-align:center"';
/** Rows of cells as pandoc's gfm writer keeps a display:table grid (a blank line around every tag and text). */
const cssGrid = (rows: string[][]): string =>
  ['<div class="tb" style="display:table;width:100%;font-size:10.5pt">', ...rows.map((r) => ['<div class="tr" style="display:table-row">', ...r.map((c) => `<div class="td" ${CELL}>\n\n${c === '' ? '\u00a0' : c}\n\n</div>`), '</div>'].join('\n\n')), '</div>'].join('\n\n');
/** The same rows as flex boxes of spans (a list of rows, the grid itself styled nothing). */
const flexGrid = (rows: string[][]): string =>
  ['<div class="grid" style="font-size:10.5pt">', ...rows.map((r) => `<div class="row" style="display:flex;border-bottom:1px solid #ccc">\n\n${r.map((c) => `<span style="flex:1;padding:2px 4px;border-right:1px solid #ccc">${c}</span>`).join('')}\n\n</div>`), '</div>'].join('\n\n');

const TABLE2 = [
  ['第二十条第（五）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '3529'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '2040'],
  ['行政强制', '17'],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '5012.53'],
];

const doc = (grid: string): Uint8Array =>
  new TextEncoder().encode(['# 青山区教育局2024年政府信息公开工作年度报告', '', '一、总体情况', '', '本局依法公开政府信息。', '', '二、主动公开政府信息情况', '', grid, '', '三、收到和处理政府信息公开申请情况', '', '无。', '', '五、存在的主要问题及改进情况', '', '无。'].join('\n'));

describe('div grids kept as raw HTML in a text dump', () => {
  it.each([
    ['css table', cssGrid],
    ['flex rows', flexGrid],
  ])('should read the %s as a table, no markup number a value', async (_, grid) => {
    const rep = await extract(doc(grid(TABLE2)), { name: 'r.md' });
    const data = flattenData(rep.data);
    const conf = (k: string): number => (rep.fields as Record<string, { confidence: number }>)[k]?.confidence ?? 0;
    const want: Record<string, number> = { 'activeDisclosure.licensing.decisions': 3529, 'activeDisclosure.punishment.decisions': 2040, 'activeDisclosure.coercion.decisions': 17, 'activeDisclosure.fees.amount': 5012.53 };
    for (const [k, w] of Object.entries(want)) if (data.get(k) !== w) expect([k, data.get(k), conf(k) < 0.8]).toEqual([k, data.get(k), true]);
    for (const k of Object.keys(want)) expect(data.get(k)).not.toBe(1);
  });

  it('should find only the grid, not a wrapper div nor a lone flex row', () => {
    const grid = cssGrid(TABLE2);
    const text = `<div class="article">\n\n前言\n\n${grid}\n\n<div style="display:flex">a</div>\n\n</div>`;
    expect(divGridSpans(text)).toEqual([{ start: text.indexOf(grid), end: text.indexOf(grid) + grid.length }]);
    expect(divGridSpans('<div>unclosed')).toEqual([]);
  });
});
