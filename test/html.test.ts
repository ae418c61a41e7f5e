/**
 * HTML specifics: the expanded table grid, the one-pass page scan (article, links, title, date),
 * and what reaches the report from them (column provenance, '/' spanning a row, meta outside the
 * article). Expected values are read off the HTML by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { compareReport, extract, type Golden, type Report } from '../src/index.js';
import { scanPage } from '../src/load/html-article.js';
import { placeCells, spanOf, type SpanCell } from '../src/tables/table-to-grid.js';
import { ROOT } from './helpers/paths.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): SpanCell => ({ text, rowSpan, colSpan });
const at = (rows: ReturnType<typeof placeCells>['rows']): string[][] => rows.map((r) => r.map((c) => `${c.text}@${c.row},${c.col}`));
const sample = (name: string): string => readFileSync(join(ROOT, 'samples', name), 'utf8');
const bytes = (html: string): Uint8Array => new TextEncoder().encode(html);
const golden = (stem: string): Golden => JSON.parse(readFileSync(join(ROOT, 'golden', `${stem}.golden.json`), 'utf8')) as Golden;
/** The fields an extraction of `input` gets wrong against the golden of sample `stem`. */
const wrongFields = async (input: Uint8Array, stem: string) => compareReport(stem, await extract(input), golden(stem)).fields.filter((f) => !f.ok);
/** A value of the report's data tree by dotted key (undefined when absent). */
const valueAt = (data: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], data);

describe('placeCells', () => {
  it('should place cells after the columns that rowspans above have taken', () => {
    // | A (2 rows) | B (2 cols)  |
    // |            | C    | D    |
    // | E (3 cols)               |
    const { rows, cols } = placeCells([[cell('A', 2), cell('B', 1, 2)], [cell('C'), cell('D')], [cell('E', 1, 3)]]);
    expect(at(rows)).toEqual([['A@0,0', 'B@0,1'], ['C@1,1', 'D@1,2'], ['E@2,0']]);
    expect(cols).toBe(3);
  });

  it('should place the 2021 request table the way it is printed', () => {
    // 三 spans the result rows in column 0, （三） its sub-rows in column 1: a sub-row's label is column 2.
    const { rows } = placeCells([
      [cell('三、本年度办理结果', 3), cell('（一）予以公开', 1, 2), cell('0'), cell('1')],
      [cell('（三）不予公开', 2), cell('1.属于国家秘密'), cell('2'), cell('3')],
      [cell('2.其他法律行政法规禁止公开'), cell('4'), cell('5')],
    ]);
    expect(at(rows)).toEqual([
      ['三、本年度办理结果@0,0', '（一）予以公开@0,1', '0@0,3', '1@0,4'],
      ['（三）不予公开@1,1', '1.属于国家秘密@1,2', '2@1,3', '3@1,4'],
      ['2.其他法律行政法规禁止公开@2,2', '4@2,3', '5@2,4'],
    ]);
  });

  it('should clamp spans to the table and ignore them past the slot budget', () => {
    expect(at(placeCells([[cell('A', 9)], [cell('B')]]).rows)).toEqual([['A@0,0'], ['B@1,1']]);
    // 3000 rows of rowspan-to-the-end × colspan 1000 would reserve 4.5e9 slots.
    const hostile = Array.from({ length: 3000 }, () => [cell('x', 3000, 1000), cell('y')]);
    const { rows } = placeCells(hostile);
    expect(rows).toHaveLength(3000);
    expect(rows[2999]!.every((c) => c.col >= 0)).toBe(true);
  });

  it('should read span attributes as browsers do', () => {
    expect([spanOf(undefined, 5), spanOf('3', 5), spanOf('0', 5), spanOf('-2', 5), spanOf('x', 5), spanOf('2px', 5)]).toEqual([1, 3, 5, 1, 1, 2]);
  });
});

describe('scanPage', () => {
  const chrome = '<div class="nav">' + '<a href="#">首页导航栏目</a>'.repeat(300) + '</div>';
  const article = '<p>' + '本机关坚持以公开为常态。'.repeat(30) + '</p><table><tr><td>规章</td><td>1</td></tr></table>';

  it('should cut out a known CMS container even when the chrome has more text', () => {
    const html = `<html><body>${chrome}<div class="TRS_Editor">${article}</div>${chrome}</body></html>`;
    const { article: a } = scanPage(html);
    expect(html.slice(a!.start, a!.end)).toBe(`<div class="TRS_Editor">${article}</div>`);
  });

  it('should run an unclosed container to the end of the page, keeping all of the article', () => {
    const html = `<html><body><div id="main"><div class="TRS_Editor">${article}<div class="footer">版权所有</div></body></html>`;
    const { article: a } = scanPage(html);
    const slice = html.slice(a!.start, a!.end);
    expect(slice.startsWith('<div class="TRS_Editor">')).toBe(true);
    expect(slice).toContain('<table>');
    expect(a!.end).toBe(html.length);
  });

  it('should read two containers of reports together when one prints its tables as pictures', () => {
    const pictured = '<p>' + '本机关坚持以公开为常态。'.repeat(30) + '</p><p><img src="/t3.png"></p>';
    const html = `<html><body><div class="TRS_Editor">${pictured}</div>${chrome}<div class="TRS_Editor">${article}${article}</div></body></html>`;
    const { article: a } = scanPage(html);
    expect(a!.start).toBe(html.indexOf('<div class="TRS_Editor">'));
    expect(a!.end).toBe(html.lastIndexOf('</div></body>') + '</div>'.length);
    // A picture beside a container's text that is not an article's (too little text) does not join it.
    const small = `<html><body><div class="TRS_Editor"><p>二维码</p><img src="/qr.png"></div><div class="TRS_Editor">${article}</div></body></html>`;
    expect(small.slice(scanPage(small).article!.start)).toBe(`<div class="TRS_Editor">${article}</div></body></html>`);
  });

  it('should fall back to the smallest block holding most of the text (link text not counted) and every table', () => {
    // The menu's link text has more Chinese than the article: links are chrome, not text.
    const menu = '<a href="#">政务公开栏目导航链接</a>'.repeat(400);
    const html = `<html><body><div class="nav">${menu}</div><div class="main"><div class="body">${article}</div><div class="side">相关</div></div></body></html>`;
    const { article: a } = scanPage(html);
    expect(html.slice(a!.start, a!.end)).toBe(`<div class="body">${article}</div>`);
  });

  it('should know a container only by its class or id attribute, as one of its class names', () => {
    const body = `<p>${'本机关坚持以公开为常态。'.repeat(30)}</p>`;
    const at = (html: string): string | undefined => {
      const a = scanPage(html).article;
      return a ? /^<[^>]*>/.exec(html.slice(a.start, a.end))?.[0] : undefined;
    };
    expect(at(`<body><div class="main TRS_Editor clearfix">${body}</div></body>`)).toBe('<div class="main TRS_Editor clearfix">');
    expect(at(`<body><div class='TRS_Editor'>${body}</div></body>`)).toBe("<div class='TRS_Editor'>");
    expect(at(`<body><div id=zoom>${body}</div></body>`)).toBe('<div id=zoom>');
    // Named in a script, in text, in another attribute or as part of a longer class: not a container.
    const decoys = `<script>var c = '<div class="TRS_Editor">';</script><p>TRS_Editor</p><div data-class="TRS_Editor" class="TRS_EditorX">x</div>`;
    expect(at(`<body>${decoys}<div class="text">${body}</div></body>`)).toBe('<div class="text">');
  });

  it('should count distinct report links, their text split over elements', () => {
    const links = [2019, 2020, 2021, 2020].map((y) => `<li><a href="/${y}"><span>${y}年</span>政府信息公开工作<b>年度报告</b></a></li>`).join('');
    expect(scanPage(`<ul>${links}<li><a>通知公告</a></li></ul>`).reportLinks).toBe(3);
  });

  it('should take the title from ArticleTitle, then a heading naming a report, then <title> without the site name', () => {
    const title = '<title>示例区2024年政府信息公开工作年度报告_示例区人民政府</title>';
    const h1 = '<h1>示例区2024年政府信息公开工作年度报告</h1>';
    expect(scanPage(`<head>${title}<meta name="ArticleTitle" content="甲"></head><body>${h1}</body>`).titles).toEqual({ meta: '甲', title: '示例区2024年政府信息公开工作年度报告_示例区人民政府', headings: ['示例区2024年政府信息公开工作年度报告'] });
  });

  it('should find 发布时间 with its date in another element, and prefer <meta name="PubDate">', () => {
    const info = '<div class="info"><span>发布时间：</span><span>2025-1-20</span> 来源：示例区</div>';
    expect(scanPage(`<body>${info}</body>`).date).toBe('2025-01-20');
    expect(scanPage(`<head><meta name="PubDate" content="2025-02-03 10:00"></head><body>${info}</body>`).date).toBe('2025-02-03');
    expect(scanPage('<body><p>发布机关：示例区</p><p>2025-01-20</p></body>').date).toBeUndefined();
  });
});

describe('HTML tables in the report', () => {
  const page = sample('html-cms-utf8.html');

  it('should name the grid column of every value (rowspans and colspans counted)', async () => {
    const r = await extract(bytes(page));
    // '一、本年新收…' spans columns 0–2, so 自然人 is column 3 and 总计 column 9.
    expect(r.fields['requests.newReceived.naturalPerson']!.source).toMatchObject({ table: 1, column: 3 });
    expect(r.fields['requests.newReceived.total']!.source).toMatchObject({ table: 1, column: 9 });
    // '2.其他法律…' sits under the rowspans of 三 (column 0) and （三） (column 1): its values start at 3.
    expect(r.fields['requests.denied.prohibitedByLaw.otherOrg']!.source).toMatchObject({ table: 1, row: 8, column: 8 });
    // Table 四 is one row of 15 cells.
    expect(r.fields['reviewLitigation.litigationAfterReview.total']!.source).toMatchObject({ table: 2, column: 14 });
  });

  it("should read one '/' spanning a row's value cells as not applicable in every column", async () => {
    const row = /(<tr><td colspan="2"[^>]*><p[^>]*>（二）部分公开[^<]*<\/p><\/td>)(?:<td[^>]*><p[^>]*>0<\/p><\/td>){7}<\/tr>/;
    expect(page).toMatch(row);
    const r: Report = await extract(bytes(page.replace(row, '$1<td colspan="7">/</td></tr>')));
    for (const c of ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']) {
      expect(valueAt(r.data, `requests.partiallyGranted.${c}`)).toBeNull();
      expect(r.fields[`requests.partiallyGranted.${c}`]!.flags).toContain('notApplicable');
    }
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('should not trust the columns of a row that lost a cell, even when an empty cell makes up its count', async () => {
    // Every row of table 二 gets a trailing empty cell; 规章 loses its middle value: '规章 9 7 ∅' has
    // three cells for three columns, but it ends one column short of the table, so 7 may have moved left.
    const table = /<table[\s\S]*?<\/table>/.exec(page)![0];
    const row = /(<tr><td[^>]*><p[^>]*>规章<\/p><\/td><td[^>]*><p[^>]*>9<\/p><\/td>)<td[^>]*><p[^>]*>9<\/p><\/td>/;
    expect(table).toMatch(row);
    const damaged = page.replace(table, table.replace(/<\/tr>/g, '<td></td></tr>').replace(row, '$1'));
    const wrong = await wrongFields(bytes(damaged), 'html-cms-utf8');
    expect(wrong.map((f) => f.key)).toContain('activeDisclosure.regulations.repealed');
    expect(wrong.filter((f) => f.confidence >= 0.9)).toEqual([]);
  });

  it('should keep a number spanning columns once, not copy it into every column', async () => {
    const row = /(<tr><td colspan="2"[^>]*><p[^>]*>（二）部分公开[^<]*<\/p><\/td>)(?:<td[^>]*><p[^>]*>0<\/p><\/td>){7}<\/tr>/;
    const r: Report = await extract(bytes(page.replace(row, '$1<td colspan="7">5</td></tr>')));
    const values = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((c) => r.fields[`requests.partiallyGranted.${c}`]!);
    expect(values.filter((f) => f.confidence >= 0.9)).toEqual([]);
  });

  it("should read one '0' spanning a row's value cells (identical cells merged) as 0 in every column", async () => {
    const row = /(<tr><td colspan="2"[^>]*><p[^>]*>（二）部分公开[^<]*<\/p><\/td>)(?:<td[^>]*><p[^>]*>0<\/p><\/td>){7}<\/tr>/;
    expect(page).toMatch(row);
    const r: Report = await extract(bytes(page.replace(row, '$1<td colspan="7">0</td></tr>')));
    for (const c of ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']) expect(valueAt(r.data, `requests.partiallyGranted.${c}`)).toBe(0);
    // Confirmed by the identities of their columns; 科研机构 is 0 in every row (0 = 0 + 0 confirms nothing), so it stays a blank's 0.85.
    for (const c of ['naturalPerson', 'commercial', 'socialOrg', 'legalService', 'otherOrg', 'total']) expect(r.fields[`requests.partiallyGranted.${c}`]!.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it("should not be sure of the columns a '0' spanning cells covers when one of them was not 0 (cells merged wrongly)", async () => {
    // '3.危及…' prints 0 6 0 0 0 0 6: its first two cells merged into one '0' lose the 6.
    const row = /(<tr><td[^>]*><p[^>]*>3\.危及[^<]*<\/p><\/td>)<td[^>]*><p[^>]*>0<\/p><\/td><td[^>]*><p[^>]*>6<\/p><\/td>/;
    expect(page).toMatch(row);
    const wrong = await wrongFields(bytes(page.replace(row, '$1<td colspan="2">0</td>')), 'html-cms-utf8');
    expect(wrong.filter((f) => f.confidence >= 0.9)).toEqual([]);
  });

  it('should not read what the page hides: hidden digits in a cell, a hidden row, Word hidden text', async () => {
    const row = /<tr><td[^>]*><p[^>]*>规章<\/p><\/td>/;
    expect(page).toMatch(row);
    const hidden = page
      .replace(/(<p style="text-align:center">)(\d+)(<\/p>)/g, '$1$2<span style="DISPLAY: none">99</span>$3')
      .replace(row, (m) => `<tr style="display:none"><td>规章</td><td>1</td><td>2</td><td>3</td></tr>${m}`)
      .replace(/<p style="text-indent:2em">本年度未收取信息处理费。<\/p>/, "$&<p><span style='mso-hide:all'>二、主动公开政府信息情况 规章 5 5 5</span></p>");
    expect(hidden.match(/DISPLAY: none/g)!.length).toBeGreaterThan(100);
    expect(await wrongFields(bytes(hidden), 'html-cms-utf8')).toEqual([]);
  });

  it('should read a table\'s rows in the order the page shows them: <thead> first, <tfoot> last wherever written', async () => {
    // Table 三 rewritten with its header rows in a <thead> after the body and its last two rows (（七）总计, 四、结转…) in a <tfoot> before it.
    const table = /<table[\s\S]*?<\/table>/g.exec(page.slice(page.indexOf('</table>') + 8))![0];
    const open = table.slice(0, table.indexOf('<tr'));
    const rows = table.match(/<tr[\s\S]*?<\/tr>/g)!;
    expect(rows.at(-2)).toContain('总计');
    const moved = `${open}<tfoot>${rows.slice(-2).join('')}</tfoot><tbody>${rows.slice(3, -2).join('')}</tbody><thead>${rows.slice(0, 3).join('')}</thead></table>`;
    const r = await extract(bytes(page.replace(table, moved)));
    const before = await extract(bytes(page));
    expect(compareReport('html-cms-utf8', r, golden('html-cms-utf8')).fields.filter((f) => !f.ok)).toEqual([]);
    // Read as the page shows it, not as rows out of order: every field as sure as in the page as published.
    const conf = (x: Report): [string, number][] => Object.entries(x.fields).map(([k, f]) => [k, f.confidence]);
    expect(conf(r)).toEqual(conf(before));
  });

  it('should take the title and date from outside the article when the article has neither', async () => {
    const bare = page
      .replace(/<h1>[^<]*<\/h1>/, '')
      .replace(/<title>([^<]*)<\/title>/, '<title>$1_示例市人民政府门户网站</title>')
      .replace(/<p style="text-align:right">示例市第201局<\/p>\s*<p style="text-align:right">2025年1月20日<\/p>/, '')
      .replace('发布时间：2025-01-20', '发布时间：<span>2025-01-21</span>');
    expect(bare).not.toContain('2025年1月20日');
    expect(bare).not.toContain('<h1>');
    const r = await extract(bytes(bare));
    expect(r.meta).toMatchObject({ title: '示例市第201局2024年政府信息公开工作年度报告', year: 2024, publishedAt: '2025-01-21' });
  });
});

describe('HTML pages as published (encodings, Word sections)', () => {

  it('should read UTF-8 bytes that keep a <meta charset=gb2312> (a crawler re-encoded the page) and say so', async () => {
    const page = sample('html-cms-utf8.html').replace('charset=utf-8', 'charset=gb2312');
    expect(page).toContain('charset=gb2312');
    const r = await extract(bytes(page));
    expect(r.warnings.map((w) => w.code)).toContain('encoding_declared_wrong');
    expect(await wrongFields(bytes(page), 'html-cms-utf8')).toEqual([]);
  });

  it('should say the declaration is wrong when a GBK page keeps a <meta charset=utf-8>', async () => {
    const page = new Uint8Array(iconv.encode(sample('html-cms-utf8.html'), 'gb18030'));
    const r = await extract(page, { name: 'gbk.html' });
    expect(r.warnings.map((w) => w.code)).toContain('encoding_declared_wrong');
    expect(r.warnings.map((w) => w.code)).not.toContain('encoding_detected');
    expect(compareReport('html-cms-utf8', r, golden('html-cms-utf8')).fields.filter((f) => !f.ok)).toEqual([]);
  });

  it('should fail with E_DECODE naming the encoding when an --encoding given does not fit the page', async () => {
    await expect(extract(bytes(sample('html-cms-utf8.html')), { name: 'a.html', encoding: 'big5' })).rejects.toMatchObject({ code: 'E_DECODE', message: expect.stringMatching(/big5, the encoding given/) });
  });

  it('should read a Word page whose tables are in a second section (WordSection2, a landscape page)', async () => {
    const raw = iconv.decode(readFileSync(join(ROOT, 'samples', 'html-word-gb18030.html')), 'gb18030');
    const heading = raw.indexOf('<p class="MsoNormal"><b><span style="font-family:黑体">三、');
    expect(heading).toBeGreaterThan(0);
    const sections = `${raw.slice(0, heading)}</div>\n<div class="WordSection2">${raw.slice(heading)}`;
    expect(await wrongFields(new Uint8Array(iconv.encode(sections, 'gb18030')), 'html-word-gb18030')).toEqual([]);
  });

  it('should read a report pasted as <pre> text by its lines and column gaps, as a text file', async () => {
    const text = sample('quirk-layout-spaces.txt');
    const page = `<html><head><meta charset="utf-8"></head><body><div class="TRS_Editor"><pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></div></body></html>`;
    expect(await wrongFields(bytes(page), 'quirk-layout-spaces')).toEqual([]);
  });

  it('should read a page whose Chinese is all numeric entities (&#20013;), with or without a known container', async () => {
    const escaped = sample('html-cms-utf8.html').replace(/[\u4e00-\u9fff]/g, (c) => `&#${c.codePointAt(0)};`);
    expect(escaped).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await wrongFields(bytes(escaped), 'html-cms-utf8')).toEqual([]);
    expect(await wrongFields(bytes(escaped.replace('class="TRS_Editor"', 'class="text"')), 'html-cms-utf8')).toEqual([]);
  });

  it('should detect GB18030 bytes declared as UTF-8 or as windows-1252', async () => {
    const raw = readFileSync(join(ROOT, 'samples', 'html-word-gb18030.html'));
    const head = raw.subarray(0, 4096).toString('latin1');
    const declared = /charset=["']?([\w-]+)/.exec(head)![1]!;
    for (const lie of ['utf-8', 'windows-1252']) {
      const bytesLying = Buffer.from(raw.toString('latin1').replace(`charset=${declared}`, `charset=${lie}`), 'latin1');
      expect(bytesLying.subarray(0, 4096).toString('latin1')).toContain(`charset=${lie}`);
      expect(await wrongFields(new Uint8Array(bytesLying), 'html-word-gb18030')).toEqual([]);
    }
  });
});

describe('rows a CMS ends early (trailing empty cells left out)', () => {
  const lines = async (rows: string): Promise<{ cells: string[]; cols?: number[]; short?: boolean }[]> => {
    const cheerio = await import('cheerio/slim');
    const { tableLines } = await import('../src/load/html-table.js');
    const $ = cheerio.load(`<table>${rows}</table>`);
    return tableLines($, $('table').get(0)!, 0).map(({ cells, cols, short }) => ({ cells, cols, ...(short ? { short } : {}) }));
  };
  it('should give a row with no value in it the empty columns after its cells: nothing in it moved', async () => {
    const got = await lines('<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td></tr>');
    expect(got[1]).toEqual({ cells: ['规章', '', '', ''], cols: [0, 1, 2, 3] });
  });
  it('should leave a row that ends early after a value short: the missing cell could be before the value', async () => {
    const got = await lines('<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>5</td></tr>');
    expect(got[1]).toEqual({ cells: ['规章', '5'], cols: [0, 1], short: true });
  });
});
