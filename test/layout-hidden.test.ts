/**
 * Text whose visibility depends on CSS layout the reader does not compute (src/load/html-layout.ts):
 * a digit moved out of its clipping box, a white box positioned over it, runs of one number laid out
 * apart. A black-box tester's pages read `155<span style="margin-left:60px">5</span>` in a 40 px
 * clip as 1555 at 0.95 in table 二 (no identity there). The digits are kept, the row is not trusted;
 * the harmless CSS of CMS and Word cells leaves the row trusted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio/slim';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { insertGenerated, parsePseudoRules } from '../src/load/html-generated.js';
import { showText } from '../src/load/html-hidden.js';
import { parseRules, styleSheets } from '../src/load/html-style-rules.js';
import { tableLines } from '../src/load/html-table.js';
import { ROOT } from './helpers/paths.js';

const page = (cell: string, css = ''): string => `<html><head><style>${css}</style></head><body><table><tr><td>规章</td><td>${cell}</td></tr></table></body></html>`;

/** Whether the table's value row comes out damaged (digits in doubt), and its cells. */
function row(html: string): { cells: string[]; damaged: boolean } {
  const $ = cheerio.load(html);
  insertGenerated($, $.root().get(0)!, parsePseudoRules(styleSheets(html)));
  const { layout } = showText($, $.root().get(0)!, parseRules(styleSheets(html)));
  const line = tableLines($, $('table').get(0)!, 0, layout)[0]!;
  return { cells: line.cells, damaged: line.damaged === true };
}

describe('HTML digits whose visibility layout decides', () => {
  it.each([
    ['moved out of a clip by a margin', page('<div style="width:40px;overflow:hidden;white-space:nowrap">155<span style="margin-left:60px">5</span></div>')],
    ['moved out of a clip by a relative offset (a class rule)', page('<span class="c">155<span class="m">5</span></span>', '.c{display:inline-block;width:30px;overflow:clip} .m{position:relative;left:4em}')],
    ['cut by its clip\'s text-indent', page('<div style="width:31px;overflow:hidden;white-space:nowrap;text-indent:-0.6em">5155</div>')],
    ['in a clip too narrow for it', page('<div style="width:12px;overflow:hidden">15555</div>')],
    ['under a white box positioned over it', page('155<span style="position:relative">5<span style="position:absolute;left:0;top:-2px;width:100%;height:120%;background:#fff"></span></span>')],
    ['under an empty ::after box', page('155<span class="p">5</span>', '.p{position:relative} .p::after{content:"";position:absolute;inset:0;background:#fff}')],
    ['under a painted box pulled over it by a negative margin', page('1555<span style="display:inline-block;width:.7em;margin-left:-.7em;background:white"></span>')],
    ['drawn over the digit beside it', page('155<span style="position:relative;left:-0.6em">5</span>')],
    ['squeezed onto the next digit', page('<span style="letter-spacing:-0.6em">5</span>155')],
    ['faint beside dark digits', page('155<span style="color:#eeeeee">5</span>')],
    ['set small beside the others by a page rule', page('155<span class="s">5</span>', '.s{font-size:4px}')],
    ['taken out of the flow', page('155<span style="position:absolute;left:-300px">5</span>')],
    ['at alpha .2 in hsl()', page('<span style="color:hsl(0 0% 0% / 0.2)">5</span>155')],
    ['under a filter not computed', page('155<span style="filter:brightness(100)">5</span>')],
    ['under a blend mode', page('155<span style="color:white;mix-blend-mode:screen">5</span>')],
    ['in a colour not read', page('155<span style="color:lab(100 0 0)">5</span>')],
    ['pushed out of a class clip by a padding', page('<div class="c">155<span style="padding-left:4em">5</span></div>', '.c{width:3em;overflow:hidden;white-space:nowrap;display:inline-block}')],
    ['hidden by an @media screen rule', page('155<span class="m">5</span>', '@media print{.m{display:none}} @media screen{.m{display:none}}')],
    ['hidden by a @supports rule', page('155<span class="m">5</span>', '@supports (display:grid){.m{opacity:0}}')],
    ['hidden by :last-child', page('<span>155</span><span>5</span>', 'td > span:last-child{display:none}')],
    ['hidden by :not() of a structural pseudo-class', page('<span class="k">155</span><span>5</span>', 'td span:not(:first-child){visibility:hidden}')],
    ['hidden by a sibling combinator', page('<span class="a">155</span><span>5</span>', '.a + span{display:none}')],
    ['hidden by ::first-letter', page('<div class="f">5155</div>', '.f::first-letter{color:transparent}')],
    ['hidden by a nested rule', page('<span class="n">155<span>5</span></span>', '.n{color:inherit; & span{display:none}}')],
    ['given a generated digit by a structural selector', page('<span>155</span>', 'td > span:last-child::after{content:"5"}')],
    ['given a generated digit inside @media', page('<span class="g">155</span>', '@media screen{.g::after{content:"5"}}')],
    ['pushed out of a clip by an empty box', page('<div style="width:3em;overflow:hidden;white-space:nowrap">155<span style="display:inline-block;width:5em"></span>5</div>')],
    ['pushed out of a clip by no-break spaces', page('<div style="width:3em;overflow:hidden;white-space:nowrap">155&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5</div>')],
    ['laid out in reverse by a flex container', page('<div style="display:flex;flex-direction:row-reverse"><span>155</span><span>5</span></div>')],
    ['placed out of order in a flex container', page('<div style="display:flex"><span style="order:2">155</span><span style="order:1">5</span></div>')],
    ['reversed by a bidi override', page('155<bdo dir="rtl">52</bdo>')],
    ['transparent but shown by its text shadow', page('155<span style="color:transparent;text-shadow:0 0 0 #000">5</span>')],
    ['transparent but shown by a background clipped to it', page('155<span style="color:transparent;background:linear-gradient(#000,#000);-webkit-background-clip:text">5</span>')],
    ['shown, maybe, by an @media rule over a hiding one', page('155<span class="h">5</span>', '.h{display:none} @media screen{.h{display:inline}}')],
  ])('should read the digits but not trust the row: %s', (_what, html) => {
    expect(row(html)).toMatchObject({ damaged: true });
  });

  it.each([
    ['a Word cell', page('<p class=MsoNormal align=center style=\'text-align:center;text-indent:0cm;margin:0cm\'><span lang=EN-US style=\'font-size:10.5pt;font-family:宋体\'>1555</span></p>')],
    ['an indented paragraph holding the whole number', page('<p style="margin-left:10px;text-indent:2em">1555</p>')],
    ['a nudge of 2 px', page('<span style="position:relative;left:-2px">1555</span>')],
    ['a clip wide enough', page('<div style="overflow:hidden;width:160px;white-space:nowrap">1555</div>')],
    ['a clip as wide as its container', page('<div style="overflow:hidden;width:100%">1555</div>')],
    ['a highlight', page('<span style="background:#ff0;color:#c00">1555</span>')],
    ['runs of one style', page('<span style="font-family:宋体">15</span><span style="font-family:宋体">55</span>')],
    ['a painted box that stays in place', page('<div style="position:relative;z-index:1;background:#fff">1555</div>')],
    ['a page rule on every cell', page('1555', 'td{white-space:nowrap;overflow:hidden;position:relative} td p{margin:0;text-indent:2em}')],
    ['zebra rows and a first column by structural selectors', page('1555', 'tr:nth-child(even) td{background:#f5f5f5} td:first-child{text-align:left;width:30%} td + td{color:hsl(0,0%,20%)}')],
    ['@media print and small-screen rules', page('<span class="x">1555</span>', '@media print{.x{display:none}} @media screen and (max-width:768px){table{font-size:12px}}')],
    ['a hover colour', page('<a href="#">1555</a>', 'a:hover{color:#fff} td a:focus{opacity:0}')],
    ['Word\'s system colour', page('<span style="color:windowtext">1555</span>')],
    ['cell paddings set again inside @media (a CMS sheet)', page('1555', 'td{border:1px solid #000;padding:2px 4px} @media screen and (min-width:0){td{padding:3px}}')],
    ['a cell padding of 1em inside @supports', page('<p>1555</p>', '@supports (display:grid){td{padding:0 1em} td p{padding-left:8px}}')],
  ])('should trust the row of %s', (_what, html) => {
    expect(row(html)).toEqual({ cells: ['规章', '1555'], damaged: false });
  });

  it('should drop a digit hidden by a colour of any syntax or a filter opacity, and trust the rest', () => {
    for (const css of ['-webkit-text-fill-color:transparent', 'color:hsla(0,0%,0%,0)', 'color:hsl(0 0% 0% / 0)', 'color:rgb(255 255 255)', 'color:#fff0', 'filter:opacity(0)', 'filter:opacity(0%)', 'color:transparent']) {
      expect(row(page(`<span style="${css}">5</span>155`))).toEqual({ cells: ['规章', '155'], damaged: false });
    }
    // A descendant's colour does not undo the text fill colour.
    expect(row(page('<span style="-webkit-text-fill-color:transparent"><b style="color:#000">5</b></span>155'))).toEqual({ cells: ['规章', '155'], damaged: false });
  });

  it('should doubt every row of a table with a cover box (its offsets are not computed)', () => {
    const html = page('155').replace('</table>', '<tr><td>行政许可</td><td>7<span style="position:absolute;left:-40px;top:-30px;width:60px;height:20px;background:#fff"></span></td></tr></table>');
    const $ = cheerio.load(html);
    const { layout } = showText($, $.root().get(0)!, parseRules(styleSheets(html)));
    expect(tableLines($, $('table').get(0)!, 0, layout).map((l) => l.damaged)).toEqual([true, true]);
  });

  it('should keep a table 二 value below 0.9 and warn, where it read a layout-hidden digit at 0.95', async () => {
    const sample = readFileSync(join(ROOT, 'samples', 'html-cms-utf8.html'), 'utf8');
    expect(sample).toContain('>2214<');
    const html = sample.replace('>2214<', '><div style="width:40px;overflow:hidden;white-space:nowrap">2214<span style="margin-left:60px">5</span></div><');
    const r = await extract(new TextEncoder().encode(html), { name: 't.html' });
    expect(flattenData(r.data).get('activeDisclosure.licensing.decisions')).toBe(22145);
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.9);
    expect(r.warnings.map((w) => w.code)).toContain('layout_dependent_text');
  });
});
