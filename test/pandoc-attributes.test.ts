/**
 * pandoc's attribute markup around a Word page's text (layout/pandoc-attributes): bracketed spans
 * `[0]{lang="EN-US"}`, raw `<span lang>` runs, heading attribute blocks and fenced divs read as their
 * text, table columns kept in place, real brackets and HTML tables untouched; then generated reports
 * (scripts/pandoc-span-variants.mjs) on seeds not looked at while writing the reader.
 */
import { readPandocAttributes } from '../src/layout/pandoc-attributes.js';
import { extract } from '../src/index.js';
import { build } from '../scripts/pandoc-span-variants.mjs';
import { confidentRight } from './helpers/report-fields.js';

describe('pandoc attribute markup', () => {
  it('should read a bracketed span as its text, padded in place where it ends a cell', () => {
    expect(readPandocAttributes('  [规章]{lang="EN-US"}   [0]{lang="EN-US"}')).toBe(`  规章${' '.repeat(16)}   0${' '.repeat(16)}`);
    expect(readPandocAttributes('**[一、总体情况 ]{style="font-family: 黑体"}**')).toBe('**一、总体情况 **');
    expect(readPandocAttributes('[[12]{lang="EN-US"}]{style="font-family:仿宋"} x').split(/\s+/)).toEqual(['12', 'x']);
    // Inside running text: no gap where the span was.
    expect(readPandocAttributes('本机关[坚持]{.underline}公开')).toBe('本机关坚持公开');
  });

  it('should keep the columns of a simple table where pandoc aligned them', () => {
    const rows = ['  [信息内容]{lang="EN-US"}   [本年制发件数]{lang="EN-US"}', '  [规章]{lang="EN-US"}       [7]{lang="EN-US"}'];
    const read = rows.map(readPandocAttributes);
    expect(read[0]!.indexOf('本年制发件数')).toBe(rows[0]!.indexOf('[本年制发件数'));
    expect(read[1]!.indexOf('7')).toBe(rows[1]!.indexOf('[7'));
  });

  it('should read raw span runs, heading attributes and fenced divs', () => {
    expect(readPandocAttributes('| <span lang="EN-US">规章</span> | <span lang="EN-US">3</span> |').split('|').map((c) => c.trim())).toEqual(['', '规章', '3', '']);
    expect(readPandocAttributes('# 一、总体情况 {#overview .h1}')).toBe('# 一、总体情况');
    expect(readPandocAttributes('::: {.WordSection1}\n正文\n:::')).toBe('\n正文\n');
  });

  it('should leave real brackets, hiding spans and HTML tables as they are', () => {
    for (const t of ['注[1]：数据截至年底', '收费 [12] 万元', '规章 / 3', '{"a":[1]}', '<span style="display:none">9</span>', '<table><tr><td><span lang="EN-US">[0]{lang="EN-US"}</span></td></tr></table>']) {
      expect(readPandocAttributes(t)).toBe(t);
    }
  });
});

/** Right at >= 0.9 on seeds 101..110 when the test was written: 2000 of 2000. */
const RIGHT_AT_LEAST = 1980;

describe('generated pandoc markdown of Word pages (scripts/pandoc-span-variants.mjs), seeds not used while writing the reader', () => {
  it('reads simple, grid and pipe tables of spans with no value wrong at >= 0.9', async () => {
    let right = 0;
    for (let seed = 101; seed <= 110; seed++) {
      const v = build(seed);
      right += confidentRight(await extract(v.bytes, { name: v.name }), v.data);
    }
    expect(right).toBeGreaterThanOrEqual(RIGHT_AT_LEAST);
  });
});
