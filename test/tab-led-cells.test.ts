/**
 * A crawler's Python `html.parser` text of a Word page (breakit58 pyhtml-tab): '\t' after every cell, '\n' after
 * every paragraph and row, so each filled cell ends its line and the next line starts with its tab, one more per
 * empty cell ('\t\t\t6件'). Read line by line the leading tabs were indentation: a blank-zero row's values lost
 * their columns (r18: 158 of 200 fields ambiguous). layout/tab-led-cells joins each row back onto one line.
 */
import { joinTabLedCells } from '../src/layout/tab-led-cells.js';
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
