/**
 * Text holding HTML tables (a PDF-to-markdown converter such as MinerU writes tables with merged
 * cells as `<table>` between its markdown lines): read as the page it is, tables on their grid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textWithTablesAsHtml } from '../src/load/load-text.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** quirk-tab with each run of tab lines written as one HTML table, the other lines as markdown. */
function asMarkdownWithTables(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const close = () => {
    if (rows.length) out.push(`<table border="1">${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(`<tr>${line.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`);
    else {
      close();
      out.push(/^[一二三四五六]、/.test(line) ? `# ${line}` : line, '');
    }
  }
  close();
  return out.join('\n');
}

describe('text holding HTML tables', () => {
  it('should keep the text around the tables as text and leave text without a table cell alone', () => {
    expect(textWithTablesAsHtml('a <b>\n<table><tr><td>1</td></tr></table>\nc & d')).toBe('<html><body><pre>a &lt;b&gt;\n</pre><table><tr><td>1</td></tr></table><pre>\nc &amp; d</pre></body></html>');
    expect(textWithTablesAsHtml('see <table> and </table> in prose')).toBeNull();
    expect(textWithTablesAsHtml('规章\t1\t2\t3')).toBeNull();
  });

  it('should read markdown with HTML tables as the tab sample reads', async () => {
    const md = asMarkdownWithTables(tab);
    expect(md.match(/<table/g)?.length).toBeGreaterThanOrEqual(3);
    const report = await extract(enc(md), { name: 'mineru.md' });
    expect(report.source.format).toBe('text');
    expect(flattenData(report.data)).toEqual(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
    expect(report.confidence).toBeGreaterThan(0.9);
  });

  it('should read markdown whose first block is raw HTML (a pandoc gfm dump of a page) as markdown', async () => {
    const md = `<div class="nav">\n\n首页 \\> 政务公开 \\> 政府信息公开年报\n\n</div>\n\n${asMarkdownWithTables(tab)}`;
    const report = await extract(enc(md), { name: 'page.gfm.md' });
    expect(report.source.format).toBe('text');
    expect(flattenData(report.data)).toEqual(flattenData((await extract(enc(tab), { name: 'tab.txt' })).data));
  });
});
