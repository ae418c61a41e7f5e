/**
 * The not-applicable mark '/' where it touches a label or shares a merged cell. A '/' glued or
 * spaced after a label ('行政事业性收费/': a print whose '/' ran into the label's text item) or after a
 * value ('7/', pypdf) is the next value cell (tables/tokenize-cell TRAILING_NA); a '/' of a label's own
 * words ('和/或', '本年增/减', '件/次', dates) stays text. In the 2019 template a '/' merged over the
 * two columns its header also spans ('本年增/减' colspan 2) is one cell (tables/table-to-grid
 * spansOneColumn): it no longer makes the real value before it ambiguous.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { ROOT } from './helpers/paths.js';

const TAIL = ['三、收到和处理政府信息公开申请情况', '无。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'];

/** A minimal report whose table 二 is `table` (lines, or an HTML table). */
function doc(table: string[], html = false): Uint8Array {
  const body = ['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况', ...table, ...TAIL];
  return new TextEncoder().encode(html ? `<html><body>${body.map((l) => (l.startsWith('<') ? l : `<p>${l}</p>`)).join('\n')}</body></html>` : body.join('\n'));
}

async function read(table: string[], html = false): Promise<(k: string) => { value: unknown; confidence: number; flags: string[] }> {
  const rep = await extract(doc(table, html), { name: html ? 'a.html' : 'a.txt' });
  const data = flattenData(rep.data);
  const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
  return (k) => ({ value: data.get(k), confidence: fields[k]?.confidence ?? 0, flags: fields[k]?.flags ?? [] });
}

const parts = (cell: string): string => JSON.stringify(tokenizeCell(cell, { phrases: true }).parts.map((p) => (p.kind === 'text' ? p.text.trim() : p.kind === 'num' ? p.value : p.kind)));

describe('a trailing not-applicable mark in a mixed cell', () => {
  it.each([
    ['行政事业性收费/', '["行政事业性收费","na"]'],
    ['行政事业性收费 ／', '["行政事业性收费","na"]'],
    ['行政事业性收费 —', '["行政事业性收费","na"]'],
    ['7/', '[7,"na"]'],
    ['行政许可 5 -', '["行政许可",5,"na"]'],
    // A row's cells printed one space apart (pdftotext -raw, pdfminer): each mark is a cell.
    ['3.补正后申请内容仍不明确 / / / / / / /', '["3.补正后申请内容仍不明确","na","na","na","na","na","na","na"]'],
    ['行政许可 3 / / 5', '["行政许可",3,"na","na",5]'],
    ['行政许可 3 5 / /', '["行政许可",3,5,"na","na"]'],
  ])('should read %s as label and value cells', (cell, want) => {
    expect(parts(cell)).toBe(want);
  });

  it.each(['申请 / 答复', '和/或', '本年增/', '本年增/减', '件/次', '人/', '- 7 -', '第 2 页 -', '收费金额 2023/', '行政事业性收费—'])('should keep the slash or dash of %s as text', (cell) => {
    expect(tokenizeCell(cell, { phrases: true }).parts.some((p) => p.kind === 'na')).toBe(false);
  });
});

describe('a fees row whose / touches its label', () => {
  const HEAD = ['第二十条第（八）项', '信息内容 本年收费金额（单位：万元）'];
  it.each(['行政事业性收费/', '行政事业性收费 /'])('should read %s as not applicable, not a blank 0', async (row) => {
    const f = await read([...HEAD, row]);
    expect(f('activeDisclosure.fees.amount').value).toBeNull();
    expect(f('activeDisclosure.fees.amount').flags).toContain('notApplicable');
    expect(f('activeDisclosure.fees.amount').flags).not.toContain('blank');
  });
});

describe('the 2019 template: a / merged over the two columns its header spans', () => {
  const TABLE = [
    '<table border="1">',
    '<tr><th colspan="4">第二十条第（八）项</th></tr>',
    '<tr><th>信息内容</th><th>上一年项目数量</th><th colspan="2">本年增/减</th></tr>',
    '<tr><td>行政事业性收费</td><td>7</td><td colspan="2">/</td></tr>',
    '<tr><th colspan="4">第二十条第（九）项</th></tr>',
    '<tr><th>信息内容</th><th>采购项目数量</th><th colspan="2">采购总金额</th></tr>',
    '<tr><td>政府集中采购</td><td>195</td><td colspan="2">/</td></tr>',
    '</table>',
  ];
  it('should keep the real value before it', async () => {
    const f = await read(TABLE, true);
    expect(f('activeDisclosure.fees.prevItems').value).toBe(7);
    expect(f('activeDisclosure.fees.change')).toMatchObject({ value: null });
    expect(f('activeDisclosure.fees.change').flags).toContain('notApplicable');
    expect(f('activeDisclosure.procurement.items').value).toBe(195);
    expect(f('activeDisclosure.procurement.amount').flags).toContain('notApplicable');
  });
});

describe('a table 三 row of marks whose cells a dump printed one space apart', () => {
  it('should read every cell not applicable, as the tab-separated original does', async () => {
    const text = readFileSync(join(ROOT, 'samples', 'quirk-blank-na.txt'), 'utf8').replaceAll('\t', ' ');
    const rep = await extract(new TextEncoder().encode(text), { name: 'raw.txt' });
    const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
    for (const col of ['naturalPerson', 'commercial', 'total']) {
      const key = `requests.notProcessed.publication.${col}`;
      expect(flattenData(rep.data).get(key)).toBeNull();
      expect(fields[key]!.flags).toContain('notApplicable');
    }
  });
});
