/**
 * Markup a crawler left in text (layout/html-remnants): '<br />' line ends and entities
 * ('一&#12289;总体情况', '数量&nbsp;&nbsp;46&nbsp;&nbsp;14') are read as the page shows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, flattenData } from '../src/index.js';
import { readHtmlRemnants } from '../src/layout/html-remnants.js';
import { ROOT } from './helpers/paths.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'quirk-2019.txt'), 'utf8');
const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'quirk-2019.golden.json'), 'utf8')) as { meta: Record<string, unknown>; data: Record<string, unknown> };

/** The sample as a crawler saves a page's text: cells apart by '&nbsp;&nbsp;', '、' as '&#12289;', each line ending '<br />'. */
const crawled = (text: string): string =>
  text
    .split('\n')
    .map((l) => `${l.replace(/[\t ]+/g, '&nbsp;&nbsp;').replaceAll('、', '&#12289;')}<br />`)
    .join('\n');

describe('markup a crawler left in text', () => {
  it('should read the report as printed: title, headings and every value', async () => {
    const report = await extract(new TextEncoder().encode(crawled(SAMPLE)), { name: 'crawled.txt' });
    expect(report.meta).toMatchObject({ title: golden.meta.title, agency: golden.meta.agency, year: golden.meta.year });
    const read = flattenData(report.data);
    for (const [key, value] of flattenData(golden.data as never)) expect([key, read.get(key)]).toEqual([key, value]);
  });

  it('should end a line at a break with no line end after it, and leave one ampersand in prose alone', () => {
    expect(readHtmlRemnants('一&#12289;总体情况<br>二&#x3001;主动公开<br/>规章&nbsp;2<br />')).toBe('一、总体情况\n二、主动公开\n规章 2\n');
    const prose = '本机关设有政府信息公开科 & 档案室。\n规章 2 16 11';
    expect(readHtmlRemnants(prose)).toBe(prose);
  });

  it('should keep a <br> that parts the rows packed in a markdown table cell', () => {
    const md = ['| 项目 | 自然人 |', '| --- | --- |', ...Array.from({ length: 6 }, (_, i) => `| ${i + 1}.属于<br>${i + 2}.其他 | 0<br>3 |`)].join('\n');
    expect(readHtmlRemnants(md)).toBe(md);
  });

  it('should leave text holding a table\'s markup to the HTML path', () => {
    const text = '<table><tr><td>规章&nbsp;</td><td>2</td></tr></table>&nbsp;&nbsp;<br><br><br>';
    expect(readHtmlRemnants(text)).toBe(text);
  });
});
