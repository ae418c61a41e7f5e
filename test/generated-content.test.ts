/**
 * Generated content (src/load/html-generated.ts): `::before`/`::after` rules add text a browser
 * shows (`221<span class="x"></span>4` with `.x::after{content:"9"}` reads 22194 on screen). Unread,
 * a digit was lost at 0.95; what cannot be evaluated (a counter, an image) must not be guessed: the
 * value comes out below 0.9. Expected texts are read off the markup and CSS by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio/slim';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { insertGenerated, parsePseudoRules } from '../src/load/html-generated.js';
import { dropHiddenText } from '../src/load/html-hidden.js';
import { parseRules, styleSheets } from '../src/load/html-style-rules.js';
import { ROOT } from './helpers/paths.js';

/** The text a page shows after generated content and the hidden-text pass, white space collapsed. */
function shown(html: string): string {
  const $ = cheerio.load(html);
  const root = $.root().get(0)!;
  const sheet = styleSheets(html);
  insertGenerated($, root, parsePseudoRules(sheet));
  dropHiddenText($, root, parseRules(sheet));
  return $('body').text().replace(/\s+/g, ' ').trim();
}
const page = (body: string, css = ''): string => `<html><head><style>${css}</style></head><body><table><tr>${body}</tr></table></body></html>`;
const cell = '<td>221<span class="x" data-v="9"></span>4</td>';

describe('HTML generated content (::before/::after)', () => {
  it.each([
    ['a string ::after', page(cell, '.x::after{content:"9"}'), '22194'],
    ['a string :before (CSS2 syntax)', page(cell, '.x:before{content:"9"}'), '22194'],
    ['attr()', page(cell, 'span.x::before { content: attr(data-v) }'), '22194'],
    ['a CSS escape', page(cell, '.x::after{content:"\\39 "}'), '22194'],
    ['a concatenation', page('<td>2<b class="y" data-v="1"></b>4</td>', '.y::before{content:"2" attr(data-v) \'9\'}'), '22194'],
    ['a string on the cell itself', page('<td class="c">2219</td>', 'td.c::after{content:"4"}'), '22194'],
    ['an earlier !important over a more specific content:none', page(cell, '.x::after{content:"9" !important} span.x.x::after{content:none}'), '22194'],
    ['a page rule hiding spans, which the pseudo-element is not', page('<td>221<i class="x"></i>4</td>', 'td span{display:none} .x::after{content:"9"}'), '22194'],
    ['alt text after /', page(cell, '.x::after{content:"9" / "nine"}'), '22194'],
  ])('should read the text of %s', (_what, html, text) => {
    expect(shown(html)).toBe(text);
  });

  it.each([
    ['a more specific content:none', page(cell, '.x::after{content:"9"} span.x::after{content:none}')],
    ['a later content:normal', page(cell, '.x::after{content:"9"} .x::after{content:normal}')],
    ['display:none on the pseudo-element', page(cell, '.x::after{content:"9";display:none}')],
    ['font-size:0 on the pseudo-element', page(cell, '.x::after{content:"9";font-size:0}')],
    ['the element not displayed', page(cell, '.x{display:none} .x::after{content:"9"}')],
    ['the element visibility:hidden (inherited)', page(cell, '.x{visibility:hidden} .x::after{content:"9"}')],
    ['a :hover rule', page(cell, '.x:hover::after{content:"9"}')],
    ['an icon-font glyph (private use)', page(cell, '.x::after{content:"\\e600"}')],
    ['an element rule (content on an element is not text)', page(cell, '.x{content:"9"}')],
  ])('should add nothing for %s', (_what, html) => {
    expect(shown(html)).toBe('2214');
  });

  it.each(['counter(c)', 'counters(c, ".")', 'url(d.png)', 'var(--d)', '"9" counter(c)', 'attr(data-v, "8")', '"9'])(
    'should mark %s in a cell as not evaluated (U+FFFD), not guess it', (content) => {
      expect(shown(page(cell, `.x::after{content:${content}}`))).toBe('221\ufffd4');
    },
  );

  it('should leave out what cannot be evaluated outside a table, and counted', () => {
    const $ = cheerio.load('<html><body><ol><li class="n">收到申请 25 件</li></ol></body></html>');
    const summary = insertGenerated($, $.root().get(0)!, parsePseudoRules('.n::before{content:counter(item) ". "}'));
    expect($('body').text()).toBe('收到申请 25 件');
    expect(summary.unknownOutsideCells).toBe(1);
  });
});

describe('generated content in a report', () => {
  const sample = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
  const licensing = 'activeDisclosure.licensing.decisions';
  expect(sample).toContain('>2214<');
  const read = async (css: string, cellHtml: string) => {
    const html = sample.replace('</head>', `<style>${css}</style></head>`).replace('>2214<', `>${cellHtml}<`);
    const r = await extract(new TextEncoder().encode(html), { name: 't.html' });
    return { value: flattenData(r.data).get(licensing), confidence: r.fields[licensing]!.confidence, warning: r.warnings.find((w) => w.code === 'generated_content')?.message };
  };

  it('should read a digit an ::after rule adds (22194, not 2214), and say so', async () => {
    const r = await read('.x::after{content:"9"}', '221<span class="x"></span>4');
    expect(r).toMatchObject({ value: 22194 });
    expect(r.warning).toMatch(/1 text\(s\).*'9'/);
  });

  it('should read 2214 when content:none wins', async () => {
    expect(await read('.x::after{content:"9"} #y::after{content:none}', '221<span class="x" id="y"></span>4')).toMatchObject({ value: 2214, warning: undefined });
  });

  it('should not report a clearfix dot it does not show as hidden text', async () => {
    const html = sample.replace('</head>', '<style>td p:after{content:".";display:block;height:0;visibility:hidden}</style></head>');
    const r = await extract(new TextEncoder().encode(html), { name: 't.html' });
    expect(r.warnings.map((w) => w.code)).not.toContain('hidden_text_dropped');
    expect(flattenData(r.data).get(licensing)).toBe(2214);
  });

  it('should put a counter in a cell below 0.9, with the warning', async () => {
    const r = await read('.x::after{content:counter(c)}', '221<span class="x"></span>4');
    expect(r.confidence).toBeLessThan(0.9);
    expect(r.warning).toMatch(/cannot be evaluated/);
  });

  it('should put a cell below 0.9 when a counter stands apart from its number (the line is damaged)', async () => {
    const r = await read('.x::before{content:counter(c)}', '<span class="x"></span> 2214');
    expect(r.confidence).toBeLessThan(0.9);
  });
});
