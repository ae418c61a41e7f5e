/**
 * html2text's tables broken over lines (layout/shattered-pipe-rows): a report page whose cells hold
 * paragraphs, turned into text by Python html2text (Debian python3-html2text 2020.1.16, defaults;
 * `scripts/converter-text-variants.mjs` seed 30: its zeros printed as empty cells). Each '|' stands on
 * a line of its own and an empty cell is nothing between two of them: read line by line, the values
 * after an empty cell moved one column left (main read 0 of its 200 fields at >= 0.9).
 */
import { readFileSync } from 'node:fs';
import { joinShatteredPipeRows } from '../src/layout/shattered-pipe-rows.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { extract, flattenData } from '../src/index.js';
import { confidentRight } from './helpers/report-fields.js';
import { plan } from '../scripts/converter-text-variants.mjs';

const dump = readFileSync(new URL('./fixtures/html2text-broken-rows.txt', import.meta.url));

describe('html2text tables broken over lines', () => {
  it('should put each row back on one line, its empty cells kept', () => {
    const lines = joinShatteredPipeRows(dump.toString('utf8').split('\n'));
    expect(lines).toContain('| 二、上年结转政府信息公开申请数量 | 3 | 1 |  |  |  | 1 | 5 |');
    expect(lines).toContain('| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |');
    // The heading after table 三 is not read into table 四's first row.
    expect(lines).toContain('| 行政复议 | 行政诉讼 |');
    const row = textToLines(dump.toString('utf8')).find((l) => l.cells[0] === '二、上年结转政府信息公开申请数量');
    expect(row?.cells).toEqual(['二、上年结转政府信息公开申请数量', '3', '1', '', '', '', '1', '5']);
  });

  it('should leave text without a table broken so alone', () => {
    const text = ['一、总体情况', '', '|', '', '本年度共收到申请12件。  ', '  ', '二、主动公开政府信息情况'];
    expect(joinShatteredPipeRows(text)).toBe(text);
  });

  it('should read every field right or below 0.9, never wrong at >= 0.9', async () => {
    const truth = plan(30).data;
    const rep = await extract(dump, { name: 'report.txt' });
    const got = flattenData(rep.data);
    const right = confidentRight(rep, truth);
    // Rows whose first value is blank stay below 0.9 (a leading empty cell may be layout: map/row-candidates blankWindows).
    expect(right).toBeGreaterThanOrEqual(50);
    expect(got.get('requests.carriedOver.research')).toBe(0);
    expect((rep.fields as Record<string, { flags: string[] }>)['requests.carriedOver.research']?.flags).toContain('blank');
  });
});
