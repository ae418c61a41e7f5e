/**
 * A crawler writing a tab BEFORE every cell and a line break at every paragraph (breakit60 crawl-tabs of a Word-like
 * page, each cell a paragraph): a row is '\t' / 'label\t' / '0\t' / '2\t' / … / '2', each value a line ending in the
 * next cell's tab. Read line by line, the label's row read as printed blank (breakit60 r07: 65 fields 0 at 0.85).
 * layout/tab-trailed-cells joins each row back onto one line.
 */
import { joinTabTrailedCells } from '../src/layout/tab-trailed-cells.js';
import { blankDumpVariant } from '../scripts/blank-dump-variants.mjs';
import { scoreVariant } from './helpers/blank-variant-score.js';

/** The tab text as that crawler writes it: each row '\t\n' then its cells, each ending in '\t\n' but the last; a blank cell a no-break space. */
const crawlTabs = (tab: string): string =>
  tab
    .split('\n')
    .map((l) => (l.includes('\t') ? `\t\n${l.split('\t').map((c) => (c === '' ? '\u00a0' : c)).join('\t\n')}` : l))
    .join('\n');

describe('tab before every cell, a line break at every paragraph: rows joined back', () => {
  it('should give back every row of the tab text', () => {
    const v = blankDumpVariant(34, []);
    const joined = joinTabTrailedCells(crawlTabs(v.tab).split('\n')).map((l) => l.replace(/\u00a0/g, ''));
    const rows = v.tab.split('\n').filter((l) => /\t\d+\t\d+/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(joined).toContain(r);
  });

  it('should leave a one-cell-per-line dump indented by one tab as printed', () => {
    const lines = ['（一）予以公开', '\t62', '\t5', '\t57', '（二）部分公开', '\t3', '\t3', '\t0', '(三)', '\t1', '\t1', '\t0'];
    expect(joinTabTrailedCells(lines)).toBe(lines);
  });

  it.each([34, 41, 57, 68])('should read the dump of variant %i whole, none wrong at >= 0.8', async (seed) => {
    const v = blankDumpVariant(seed, seed % 2 ? ['zeros'] : []);
    const s = await scoreVariant(crawlTabs(v.tab), 'r.txt', v.data, 0.8);
    expect(s.wrongHigh).toBe(0);
    expect(s.right).toBe(s.fields);
  });
});
