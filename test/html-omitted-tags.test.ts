/**
 * Table markup as old CMS pages and Excel write it (src/load/html-parser.ts, html-table.ts): cells
 * and rows whose end tags are left out around an unclosed `<P>` (breakit25 h_optional_end: every
 * later cell was nested in the first), and Excel's "save as web page" zero shown as a dash by the
 * accounting format, its value in `x:num` (h_excel: read as not applicable).
 */
import * as cheerio from 'cheerio/slim';
import { parseBounded } from '../src/load/html-parser.js';
import { tableLines } from '../src/load/html-table.js';

const rows = (html: string): string[][] => {
  const $ = cheerio.load(parseBounded(html, { xmlMode: false, decodeEntities: true }));
  return tableLines($, $('table').get(0)!, 0).map((l) => l.cells);
};

describe('HTML tables with omitted end tags', () => {
  it('should close an open paragraph and cell when the next cell or row opens', () => {
    const html = '<TABLE><TR><TD><P><FONT size=2>规章</FONT><TD><P><FONT size=2>19</FONT><TD><P>8\n<TR><TD><P>行政许可<TD colspan=2><P>3429</TABLE><P>after';
    expect(rows(html)).toEqual([['规章', '19', '8'], ['行政许可', '3429']]);
  });

  it('should leave a nested table inside its cell', () => {
    const html = '<table><tr><td>a<table><tr><td><p>1<td><p>2</table><td>b</table>';
    const $ = cheerio.load(parseBounded(html, { xmlMode: false, decodeEntities: true }));
    expect($('table').first().find('> tbody > tr > td, > tr > td').length).toBe(2);
    expect($('table table td').length).toBe(2);
  });
});

describe('Excel cells saved as a web page', () => {
  it('should read a dash with x:num="0" as 0, and a dash without it as printed', () => {
    const html = '<table><tr><td>规章</td><td x:num="0"> - </td><td>-</td><td x:num="1580">1,580</td></tr></table>';
    expect(rows(html)).toEqual([['规章', '0', '-', '1,580']]);
  });
});
