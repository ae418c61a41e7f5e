/**
 * Table 四 laid out as a spreadsheet export prints it (LibreOffice Calc HTML): per group a row of its
 * name and the five result words, then a row of its values under an empty label cell. The empty label
 * cell is not a value: read as one, the stream held 18 cells for 15 keys and its repair moved numbers
 * across groups (breakit48 calc-html).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const html = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
const start = html.indexOf('<table', html.indexOf('四、政府信息公开行政复议'));
const end = html.indexOf('</table>', start) + '</table>'.length;
const td = (t: string, span = 1): string => `<td${span > 1 ? ` colspan="${span}"` : ''} style="border:1px solid #000">${t}</td>`;
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
/** One group: its name row and its value row, the label cell of the value row empty ('' values are printed blank). */
const group = (name: string, values: string[]): string =>
  `<tr>${td(name, 5)}${RESULTS.map((r) => td(r)).join('')}</tr><tr>${td('', 5)}${values.map((v) => td(v)).join('')}</tr>`;
const table = `<table border="1" cellspacing="0">${group('行政复议', ['1', '1', '1', '3', '6'])}${group('行政诉讼（未经复议直接起诉）', ['4', '1', '1', '1', '7'])}${group('行政诉讼（复议后起诉）', ['', '', '1', '1', '2'])}</table>`;

describe('table 四 with an empty label cell before each group\'s values', () => {
  it('should read each group from its own row, the empty label cell no value', async () => {
    const report = await extract(new TextEncoder().encode(html.slice(0, start) + table + html.slice(end)), { name: 'calc.html' });
    const data = report.data as { reviewLitigation: Record<string, Record<string, number | null>> };
    expect(data.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 1, other: 1, pending: 3, total: 6 },
      litigationDirect: { upheld: 4, corrected: 1, other: 1, pending: 1, total: 7 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
    });
    const fields = report.fields as Record<string, { flags: string[] }>;
    expect(fields['reviewLitigation.litigationAfterReview.upheld']!.flags).not.toContain('repaired');
  });
});
