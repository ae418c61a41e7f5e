/**
 * Markdown read as the page it renders to (layout/markdown-text): backslash escapes, strong
 * emphasis, pipe tables without outer pipes; and a table cell of numbers and marks that is not one
 * clean number ('637 .38', '3、5', '476..38'), which must never give a value at >= 0.9 (table 二's
 * fee has no identity to confirm it). Then generated variants (scripts/markdown-variants.mjs) on
 * seeds not looked at while writing the reader.
 */
import { hasPipeTables, markdownCell, markdownInline, pipeRowCells } from '../src/layout/markdown-text.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { extract, flattenData } from '../src/index.js';
import { build } from '../scripts/markdown-variants.mjs';
import { conf, value } from './helpers/report-fields.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A report whose table 二 is a pipe table with `fee` in the fee cell (`outer`: with outer pipes). */
function feeReport(fee: string, outer: boolean): string {
  const rows = [['第二十条第（一）项', '', '', ''], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '3', '0', '12'], ['行政规范性文件', '5', '1', '20'],
    ['第二十条第（五）项', '', '', ''], ['信息内容', '本年处理决定数量', '', ''], ['行政许可', '120', '', ''], ['第二十条第（六）项', '', '', ''], ['信息内容', '本年处理决定数量', '', ''],
    ['行政处罚', '45', '', ''], ['行政强制', '2', '', ''], ['第二十条第（八）项', '', '', ''], ['信息内容', '本年收费金额（单位：万元）', '', ''], ['行政事业性收费', fee, '', '']];
  const line = (cells: string[]): string => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  const table = [line(rows[0]!), outer ? '|---|---|---|---|' : '---|---|---|---', ...rows.slice(1).map(line)];
  return ['示例县教育局2024年政府信息公开工作年度报告', '## 一、总体情况', '本年度主动公开信息。', '## 二、主动公开政府信息情况', ...table, '## 三、收到和处理政府信息公开申请情况', '无。'].join('\n');
}

describe('markdown as rendered', () => {
  it('should read backslash escapes and drop strong emphasis', () => {
    expect(markdownInline('1\\.属于国家秘密 \\- 824\\.07')).toBe('1.属于国家秘密 - 824.07');
    expect(markdownInline('**一、总体情况**')).toBe('一、总体情况');
    // A single '*' is a footnote mark, not emphasis; a lone backslash stays.
    expect(markdownInline('12* \\')).toBe('12* \\');
    expect(markdownCell(' **260** ')).toBe('260');
    expect(markdownCell('__0__')).toBe('0');
  });

  it('should split a pipe row at its unescaped pipes only, outer pipes optional', () => {
    expect(pipeRowCells('| 规章 | **3** | a \\| b |')).toEqual(['规章', '3', 'a | b']);
    expect(pipeRowCells('信息内容 | 本年制发件数 | 本年废止件数')).toEqual(['信息内容', '本年制发件数', '本年废止件数']);
  });

  it('should take lines with a pipe for table rows only where the text holds a pipe table', () => {
    expect(hasPipeTables(['a | b', '---|---', 'c | d'])).toBe(true);
    expect(hasPipeTables(['首页 | 政务公开', '正文'])).toBe(false);
    expect(textToLines('首页 | 政务公开\n规章 | 3')[0]!.cells).toEqual(['首页 | 政务公开']);
    expect(textToLines('信息内容 | 本年制发件数\n---|---\n规章 | 3').map((l) => l.cells)).toEqual([['信息内容', '本年制发件数'], ['规章', '3']]);
  });

  it('should read a table pasted as text into a markdown editor (every pipe escaped) as the table it shows', () => {
    expect(textToLines('\\| 规章 \\| 3 \\| 0 \\|\n\\|---\\|---\\|---\\|').map((l) => l.cells)).toEqual([['规章', '3', '0']]);
  });
});

describe('a fee cell in a pipe table', () => {
  for (const outer of [true, false]) {
    it(`should read an escaped decimal point as the number it renders to (outer pipes: ${outer})`, async () => {
      const r = await extract(enc(feeReport('824\\.07', outer)), { name: 'r.md' });
      expect(value(r, 'activeDisclosure.fees.amount')).toBe(824.07);
      expect(conf(r, 'activeDisclosure.fees.amount')).toBeGreaterThanOrEqual(0.9);
    });
    it(`should never give a damaged decimal at >= 0.9 (outer pipes: ${outer})`, async () => {
      for (const fee of ['637 .38', '3、5', '476..38', '17. 5', '12 / 3']) {
        const r = await extract(enc(feeReport(fee, outer)), { name: 'r.md' });
        expect([fee, conf(r, 'activeDisclosure.fees.amount') >= 0.9]).toEqual([fee, false]);
        // The rows around it are read as printed.
        expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(2);
      }
    });
  }
  it('should never give a damaged decimal at >= 0.9 in a tab or HTML cell either', async () => {
    for (const fee of ['637 .38', '3、5', '476..38']) {
      const tab = feeReport(fee, true).split('\n').map((l) => (l.startsWith('|') && !l.startsWith('|---') ? l.slice(2, -2).split(' | ').join('\t') : l)).filter((l) => !l.startsWith('|---')).join('\n');
      const html = `<html><body><p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td>${fee}</td></tr></table></body></html>`;
      for (const [name, text] of [['r.txt', tab], ['r.html', html]]) {
        const r = await extract(enc(text!), { name: name! });
        expect([name, fee, conf(r, 'activeDisclosure.fees.amount') >= 0.9]).toEqual([name, fee, false]);
      }
    }
  });
});

describe('an amount whose decimal part a dump printed apart, alone in its cell', () => {
  it("should read it joined and in doubt ('2331 .98': Word's runs through get_text(' '), gen62 bs-space; had been 2331 at 0.85)", async () => {
    expect(tokenizeCell('2331 .98').parts).toEqual([expect.objectContaining({ kind: 'num', value: 2331.98, suspect: true })]);
    const r = await extract(enc(feeReport('2331 .98', true)), { name: 'r.md' });
    expect(value(r, 'activeDisclosure.fees.amount')).toBe(2331.98);
    expect(conf(r, 'activeDisclosure.fees.amount')).toBeLessThan(0.9);
  });
});

describe('a damaged decimal in running text', () => {
  it('should read every number of it as suspect, and a doubled point as no item number', () => {
    for (const text of ['行政事业性收费 637 .38', '行政事业性收费 476..38', '行政事业性收费 3、5']) {
      const nums = tokenizeCell(text).parts.filter((p) => p.kind === 'num');
      expect([text, nums.map((p) => p.kind === 'num' && p.raw)]).toEqual([text, text.match(/\d+/g)]);
      expect([text, nums.every((p) => p.kind === 'num' && p.suspect === true)]).toEqual([text, true]);
    }
    // Item numbers and marks as before: '3、' before label text, '91.' before another value.
    expect(tokenizeCell('3、危及“三安全一稳定” 0 1').parts.filter((p) => p.kind === 'num').map((p) => p.kind === 'num' && p.suspect)).toEqual([undefined, undefined]);
    expect(tokenizeCell('91. 140').parts.filter((p) => p.kind === 'num').map((p) => p.kind === 'num' && [p.raw, p.suspect === true])).toEqual([['91', false], ['140', false]]);
  });
});

/** Right at >= 0.9 on seeds 5000..5019 when the test was written: 3980 of 4000 (the rest: damaged fee cells, undetermined). */
const RIGHT_AT_LEAST = 3950;

describe('generated markdown reports (scripts/markdown-variants.mjs), seeds not used while writing the reader', () => {
  it('reads GFM, html2text, Jina, markdownify and escaped tables with no value wrong at >= 0.9', async () => {
    let right = 0;
    let wrong = 0;
    for (let seed = 5000; seed < 5020; seed++) {
      const v = build(seed);
      const r = await extract(v.bytes, { name: v.name });
      const got = flattenData(r.data);
      for (const [k, truth] of flattenData({ activeDisclosure: v.data.activeDisclosure, requests: v.data.requests, reviewLitigation: v.data.reviewLitigation })) {
        if (conf(r, k) < 0.9) continue;
        if (got.get(k) === truth) right++;
        else wrong++;
      }
    }
    expect(wrong).toBe(0);
    expect(right).toBeGreaterThanOrEqual(RIGHT_AT_LEAST);
  });
});
