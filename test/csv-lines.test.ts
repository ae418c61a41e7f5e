/**
 * Table rows saved as comma-separated values inside a text file, between the report's prose: read
 * as rows of cells; commas of prose and thousands separators are not separators.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRowCells } from '../src/layout/csv-lines.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** quirk-tab with its tab lines written as CSV: labels quoted (`quote`) or not, numbers bare. */
const asCsv = (text: string, quote: boolean): string =>
  text.split('\n').map((l) => (l.includes('\t') ? l.split('\t').map((c) => (quote && !/^\d*$/.test(c) ? `"${c}"` : c)).join(',') : l)).join('\n');

describe('CSV rows inside text', () => {
  it('should split comma rows once three are CSV beyond doubt, and not prose or thousands separators', () => {
    const rows = ['"规章",6,0,23', '行政许可,0,,', '"信息内容","本年制发件数","本年废止件数"', '共收到申请1,234件，办结1,200件，其余,结转', '1,234,567', '行政强制,"15,697"'];
    const cells = csvRowCells([...rows, '规章,1,2,3']);
    expect(cells.get(0)).toEqual(['规章', '6', '0', '23']);
    expect(cells.get(1)).toEqual(['行政许可', '0', '', '']);
    expect(cells.get(2)).toEqual(['信息内容', '本年制发件数', '本年废止件数']);
    expect(cells.has(3)).toBe(false);
    // Bare numbers in a CSV text are cells (a thousands separator there is quoted: "1,234").
    expect(cells.get(4)).toEqual(['1', '234', '567']);
    // One value quoted with its thousands separator: two fields.
    expect(cells.get(5)).toEqual(['行政强制', '15,697']);
    // Two rows sure are not enough: the text's commas may be prose.
    expect(csvRowCells(['"规章",6,0,23', '行政许可,0,,', '我们认真贯彻,全面推进,结果公开']).size).toBe(0);
  });

  for (const quote of [true, false]) {
    it(`should read the tab sample saved as CSV rows (${quote ? 'labels quoted' : 'bare'}) as the tab sample reads`, async () => {
      const csv = asCsv(tab, quote);
      expect(csv).toContain(quote ? '"规章",' : '\n规章,');
      const report = await extract(enc(csv), { name: 'rows.txt' });
      expect(flattenData(report.data)).toEqual(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
      expect(report.confidence).toBeGreaterThan(0.9);
    });
  }
});
