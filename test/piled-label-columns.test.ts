/**
 * A table 三 page printed column by column after a pile of its labels (map/piled-label-columns): plain
 * `pdftotext` of a Chromium print of a Word/WPS table — the page's row labels first, then each
 * column's cells one per line, a header word between columns. Read only when the pile's first and
 * last named rows span the runs' length and every row keeps its total.
 */
import { piledLabelColumnRows } from '../src/map/piled-label-columns.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021_COMBINED } from '../src/template/index.js';

const specs = TEMPLATE_2021_COMBINED.requestRows;
const identities = TEMPLATE_2021_COMBINED.identities;
const rowsOf = (text: string) => buildRows(text.trim().split('\n').map((l, line) => ({ cells: l.trim().split(/\s+/), separated: true, source: { line } })));
const read = (text: string) =>
  new Map([...piledLabelColumnRows({ table: 'requests', specs, identities, fields: new Map(), placements: new Map() }, rowsOf(text))].map(([r, v]) => [specs[r]!.key, v]));

const COLUMNS = [[10, 2, 5], [3, 1, 2], [1, 0, 0], [0, 0, 1], [2, 0, 0], [4, 0, 0], [20, 3, 8]];
const WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const page = (columns: number[][], labels = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']) =>
  [...labels, ...columns.flatMap((c, j) => [...c.map(String), WORDS[j]!])].join('\n');

describe('map/piled-label-columns', () => {
  test('a page of three rows printed column by column is read row by row', () => {
    const got = read(page(COLUMNS));
    expect(got.get('newReceived')).toEqual([10, 3, 1, 0, 2, 4, 20]);
    expect(got.get('carriedOver')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(got.get('granted')).toEqual([5, 2, 0, 1, 0, 0, 8]);
  });
  test('a row that does not keep its total leaves the page unread', () => {
    const bad = COLUMNS.map((c, j) => (j === 6 ? [20, 4, 8] : c));
    expect(read(page(bad)).size).toBe(0);
  });
  test('labels naming more rows than the runs hold leave the page unread', () => {
    expect(read(page(COLUMNS, ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'])).size).toBe(0);
  });
});
