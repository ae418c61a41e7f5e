/**
 * docx2txt dumps (layout/docx2txt-rows): a report page converted to .docx by LibreOffice and read by
 * Python docx2txt (scripts/docx2txt.py; `scripts/converter-text-variants.mjs` seed 18: zeros printed as
 * empty cells). Every cell stands after a blank line and an empty cell is two more line breaks; read
 * line by line the empty cells were lost and the values after them moved (main: 0 of 200 fields at >= 0.9).
 */
import { readFileSync } from 'node:fs';
import { joinDocxParagraphRows } from '../src/layout/docx2txt-rows.js';
import { extract, flattenData } from '../src/index.js';
import { confidentRight } from './helpers/report-fields.js';
import { plan } from '../scripts/converter-text-variants.mjs';

const dump = readFileSync(new URL('./fixtures/docx2txt-empty-cells.txt', import.meta.url));

describe('docx2txt dumps with empty cells', () => {
  it('should put each row of values on one tab line after its label cells, empty cells kept', () => {
    const lines = joinDocxParagraphRows(dump.toString('utf8').split('\n'));
    expect(lines).toContain('二、上年结转政府信息公开申请数量\t3\t\t\t\t\t\t3');
    expect(lines).toContain('规章\t17\t6\t15');
    // A group label and its item: two label cells (the merged cell's empty cell of the next row stays at the end).
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t20\t\t\t\t\t3\t23\t');
  });

  it('should leave text that does not keep the rhythm alone', () => {
    const text = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? '' : `第${i}行：本年度收到申请${i}件。`));
    expect(joinDocxParagraphRows(text)).toBe(text);
  });

  it('should read the fields right or below 0.9, never wrong at >= 0.9', async () => {
    const truth = plan(18).data;
    const rep = await extract(dump, { name: 'report.txt' });
    const got = flattenData(rep.data);
    const right = confidentRight(rep, truth);
    expect(right).toBeGreaterThanOrEqual(100);
    expect(got.get('requests.carriedOver.commercial')).toBe(0);
  });
});

describe('docx2txt rhythm in a markup dump', () => {
  it("should leave a text drawing a grid table's border alone (pandoc's reST or plain writer, its paragraphs parted by blank lines)", () => {
    const lines = dump.toString('utf8').split('\n');
    const withGrid = [...lines, '', '+------+------+------+', '| 规章 | 6    | 19   |', '+------+------+------+'];
    expect(joinDocxParagraphRows(withGrid)).toBe(withGrid);
  });
});
