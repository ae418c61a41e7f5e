/**
 * A crawler's Python `html.parser` text of a Word page (breakit58 pyhtml-tab): '\t' after every cell, '\n' after
 * every paragraph and row, so each filled cell ends its line and the next line starts with its tab, one more per
 * empty cell ('\t\t\t6件'). Read line by line the leading tabs were indentation: a blank-zero row's values lost
 * their columns (r18: 158 of 200 fields ambiguous). layout/tab-led-cells joins each row back onto one line.
 */
import { closePipeLedCells, joinTabLedCells } from '../src/layout/tab-led-cells.js';
import { blankDumpVariant } from '../scripts/blank-dump-variants.mjs';
import { scoreVariant } from './helpers/blank-variant-score.js';

/** The tab text as that crawler writes the Word page: a filled cell its text, '\n', '\t'; an empty cell '\t'; a row's end '\n'. */
const pyhtml = (tab: string): string =>
  tab
    .split('\n')
    .map((l) => (l.includes('\t') ? l.split('\t').map((c) => (c === '' ? '\t' : `${c}\n\t`)).join('') : l))
    .join('\n');

describe('tab after every cell, a line break after every paragraph: rows joined back', () => {
  it('should give back every row of the tab text, blank cells in their places', () => {
    const v = blankDumpVariant(34, ['zeros']);
    const joined = joinTabLedCells(pyhtml(v.tab).split('\n'));
    const rows = v.tab.split('\n').filter((l) => /\t\t/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(joined).toContain(r);
  });

  it('should leave a one-cell-per-line dump indented by one tab as printed', () => {
    const lines = ['（一）予以公开', '\t62', '\t5', '\t57', '（二）部分公开', '\t3', '\t3'];
    expect(joinTabLedCells(lines)).toBe(lines);
  });

  it.each([41, 57, 68, 79])('should read the dump of blank-zero variant %i whole, none wrong at >= 0.9', async (seed) => {
    const v = blankDumpVariant(seed, ['zeros', 'personOnly', 'unused']);
    const s = await scoreVariant(pyhtml(v.tab), 'r.txt', v.data);
    expect(s.wrongHigh).toBe(0);
    expect(s.right).toBe(s.fields);
  });
});

/**
 * The same crawler writing ' | ' before every cell instead (breakit59 pycrawl-pipes: newline per p/div/tr/br, no-break
 * spaces as spaces, runs of blank lines collapsed): of a CMS page (no paragraphs in cells) a row is one line
 * '| （一）予以公开 | 12 |   | 3 | 15'; of a Word page each cell's paragraph starts a line, a blank one (a no-break
 * space) printing '  | '. layout/tab-led-cells closes each row with the pipe the crawler left out.
 */
const pycrawl = (tab: string, word: boolean): string =>
  tab
    .split('\n')
    .map((l) => (l.includes('\t') ? l.split('\t').map((c) => ` | ${c === '' ? (word ? '\n ' : ' ') : word ? `\n${c}` : c}`).join('') : l))
    .join('\n')
    .replace(/\n\s*\n+/g, '\n');

describe("' | ' before every cell: rows closed", () => {
  it('should give every row of a CMS page its closing pipe, a blank last cell kept', () => {
    expect(closePipeLedCells([' | a | 1 | 2', ' | b |   | 3', ' | c | 4 |  ', ' | d | 5 | 6', ' | e | 7 | 8', ' | f | 9 | 9', 'x | y'])).toEqual([' | a | 1 | 2 |', ' | b |   | 3 |', ' | c | 4 |  |', ' | d | 5 | 6 |', ' | e | 7 | 8 |', ' | f | 9 | 9 |', 'x | y']);
  });

  it('should leave a markdown pipe table and prose with separators as printed', () => {
    const md = ['| a | b |', '|---|---|', '| 1 | 2', '| 3 | 4', '| 5 | 6', '| 7 | 8', '| 9 | 0'];
    expect(closePipeLedCells(md)).toBe(md);
    const prose = ['来源：本机关 | 日期：2024-01-01', '网址：x | 邮箱：y', '| a |', '| b |'];
    expect(closePipeLedCells(prose)).toBe(prose);
  });

  it('should leave closed pipe rows whose continuation lines follow them as printed (html2text, drawn grids)', () => {
    // Joined, each closed row would take its continuation line and look open: the text must come back as it is.
    const html2text = ['|规章____|13_____|19_____|', '  续', '|规范性文件|1_|2_|', '  件', '|（一）予以公开|0__|8_|', '  开', '|1.属于国家秘密|0__|7_|', '  密', '|2.重复申请|0__|0_|', '  请', '|（七）总计|35_|39|', '  计'];
    expect(closePipeLedCells(html2text)).toBe(html2text);
    const grid = ['+----+----+----+', '| a  | 1  | 2  |', '+----+----+----+', '| b  | 3  | 4  |', '+----+----+----+', '| c  | 5  | 6  |', '+----+----+----+', '| d  | 7  | 8  |', '+----+----+----+', '| e  | 9  | 0  |', '+----+----+----+'];
    expect(closePipeLedCells(grid)).toBe(grid);
  });

  it.each([41, 57, 68, 79])('should read the CMS and Word dumps of blank-zero variant %i, none wrong at >= 0.9', async (seed) => {
    const v = blankDumpVariant(seed, ['zeros', 'personOnly', 'unused']);
    const cms = await scoreVariant(pycrawl(v.tab, false), 'r.txt', v.data);
    expect(cms.wrongHigh).toBe(0);
    expect(cms.right / cms.fields).toBeGreaterThan(0.95);
    const word = await scoreVariant(pycrawl(v.tab, true), 'r.txt', v.data);
    expect(word.wrongHigh).toBe(0);
    expect(word.right / word.fields).toBeGreaterThan(0.9);
  });
});
