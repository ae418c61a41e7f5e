/**
 * Tables built of divs (load/html-div-table): CSS tables, grids with their spans, flex rows and a
 * repeated structure with no CSS read as rows of cells; a page of positioned lines is not one.
 * Expected values are the samples' goldens, the div markup written from their tables here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { compareReport, extract, type Golden } from '../src/index.js';
import { gridColumnCount, gridSpan } from '../src/load/html-div-table.js';
import { ROOT } from './helpers/paths.js';

const sample = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'html-cms-utf8.golden.json'), 'utf8')) as Golden;

/** The sample with each `<table>` rewritten by `rewrite` (rows of cells: inner HTML, colspan, rowspan). */
function divPage(rewrite: (rows: { html: string; colSpan: number; rowSpan: number }[][]) => string, css = ''): Uint8Array {
  const $ = cheerio.load(sample);
  $('table').each((_, t) => {
    const rows = $(t).find('tr').toArray().map((tr) => $(tr).children('td,th').toArray().map((td) => ({ html: $(td).html() ?? '', colSpan: Number($(td).attr('colspan') ?? 1), rowSpan: Number($(td).attr('rowspan') ?? 1) })));
    $(t).replaceWith(rewrite(rows));
  });
  if (css) $('head').append(`<style>${css}</style>`);
  return new TextEncoder().encode($.html());
}

const wrong = async (page: Uint8Array) => {
  const cmp = compareReport('div', await extract(page, { name: 'div.html' }), golden);
  return { missed: cmp.fields.filter((f) => !f.ok).length, silent: cmp.silent };
};

describe('tables built of divs', () => {
  it('should read display:table rows and cells, their header spans lost, without a value wrong', async () => {
    const page = divPage((rows) => `<div class="t">${rows.map((r) => `<div class="r">${r.map((c) => `<div class="c">${c.html}</div>`).join('')}</div>`).join('')}</div>`, '.t{display:table}.r{display:table-row}.c{display:table-cell}');
    expect(await wrong(page)).toEqual({ missed: 0, silent: 0 });
  });

  it('should read a repeated row structure holding numbers when no CSS says it is a table', async () => {
    const page = divPage((rows) => `<ul class="tb">${rows.map((r) => `<li class="tr">${r.map((c) => `<span class="td">${c.html}</span>`).join('')}</li>`).join('')}</ul>`);
    expect(await wrong(page)).toEqual({ missed: 0, silent: 0 });
  });

  it('should place a CSS grid\'s items by their spans as a table\'s cells', async () => {
    const page = divPage((rows) => {
      const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
      const items = rows.flat().map((c) => `<div style="grid-column: span ${c.colSpan}; grid-row: span ${c.rowSpan}">${c.html}</div>`);
      return `<div style="display:grid;grid-template-columns:repeat(${width}, 1fr)">${items.join('')}</div>`;
    });
    expect(await wrong(page)).toEqual({ missed: 0, silent: 0 });
  });

  it('should count a grid\'s columns and an item\'s span from their CSS', () => {
    expect(gridColumnCount('repeat(4, minmax(2em, 1fr))')).toBe(4);
    expect(gridColumnCount('[a] 2fr repeat(2, 1fr) 80px')).toBe(4);
    expect(gridColumnCount('repeat(auto-fill, 100px)')).toBeNull();
    expect(gridSpan(new Map([['grid-column', 'span 3']]))).toBe(3);
    expect(gridSpan(new Map([['grid-column', '2 / 5']]))).toBe(3);
    expect(gridSpan(new Map())).toBe(1);
  });

  it('should not read a page of positioned text lines (a PDF converted to HTML) as a table', async () => {
    const line = (top: number, text: string) => `<p style="top:${top}pt;left:40pt">${[...text].map((ch) => `<span>${ch}</span>`).join('')}</p>`;
    const page = `<html><body><div id="page1">${line(10, '一、总体情况')}${line(30, '规章 2 2 9')}${line(50, '规范性 14 4 22')}${line(70, '行政许可 3 1 5')}</div></body></html>`;
    const { load } = await import('../src/load/index.js');
    const { resolveOptions } = await import('../src/options.js');
    const doc = await load(new TextEncoder().encode(page), resolveOptions({}));
    expect(doc.lines.every((l) => l.cells.length === 1)).toBe(true);
  });
});
