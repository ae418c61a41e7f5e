/**
 * Table 三 rows printed without their 总计 cells, the 总计 column after them as a run of its own
 * (map/total-run-rows): plain `pdftotext` / `-nopgbrk` of a Chromium print — each row's six cells one
 * per line (labels printed after their values) or a `<pre>` grid's rows of six, then the totals.
 * Read only where exactly one cut of the stream into rows keeps every total; rows printing fewer
 * than six values (blank cells) are not read.
 */
import { totalRunRows } from '../src/map/total-run-rows.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021_COMBINED } from '../src/template/index.js';

const specs = TEMPLATE_2021_COMBINED.requestRows;
const identities = TEMPLATE_2021_COMBINED.identities;
const rowsOf = (text: string) => buildRows(text.trim().split('\n').map((l, line) => ({ cells: l.trim().split(/\s+/), separated: true, source: { line } })));
const read = (text: string) =>
  new Map([...totalRunRows({ table: 'requests', specs, identities, fields: new Map(), placements: new Map() }, rowsOf(text))].map(([r, v]) => [specs[r]!.key, v]));

const ROWS = [[67, 21, 5, 7, 8, 6], [3, 1, 0, 0, 1, 0], [0, 0, 1, 0, 0, 0], [2, 2, 1, 1, 0, 0]];
const LABELS = ['一、本年度新收政府信息公开申请数量', '二、上年度结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开'];
const sum = (r: number[]) => r.reduce((a, b) => a + b, 0);
/** Each row's cells one per line, its label after them, then '总计' and the totals one per line. */
const lonePage = (rows: number[][], totals = rows.map(sum)) =>
  ['自然人', ...rows.flatMap((r, i) => [...r.map(String), LABELS[i]!]), '总计', ...totals.map(String), '续表'].join('\n');

describe('map/total-run-rows', () => {
  test('rows of six printed one cell a line, labels after them, totals as a run: read by the labels', () => {
    const got = read(lonePage(ROWS));
    expect(got.get('newReceived')).toEqual([67, 21, 5, 7, 8, 6, 114]);
    expect(got.get('carriedOver')).toEqual([3, 1, 0, 0, 1, 0, 5]);
    expect(got.get('partiallyGranted')).toEqual([2, 2, 1, 1, 0, 0, 6]);
  });
  test('a row that does not sum to its total leaves the block unread', () => {
    expect(read(lonePage(ROWS, [114, 5, 2, 6])).size).toBe(0);
  });
  test('a row printing five values (a blank cell) breaks the cut: not read', () => {
    const rows = ROWS.map((r, i) => (i === 1 ? [3, 1, 1] : r));
    expect(read(lonePage(rows, ROWS.map(sum))).size).toBe(0);
  });
  test('a <pre> grid of rows of six as the table\'s first values, no labels among them: from the first row', () => {
    const text = ['申请人情况', ...ROWS.map((r) => r.join(' ')), ...ROWS.map((r) => String(sum(r))), '一、本年新收政府信息公开申请数量'].join('\n');
    expect(read(text).get('granted')).toEqual([0, 0, 1, 0, 0, 0, 1]);
  });
});
