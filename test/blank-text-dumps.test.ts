/**
 * Blank cells in text dumps that keep where they were (issue 15; `scripts/blank-dump-variants.mjs`):
 * a tab dump whose tabs were expanded to spaces (layout/expanded-tabs: GNU `expand` counts UTF-8
 * bytes, others characters or display width), a cell-per-line dump writing an empty cell as an
 * empty line (layout/cell-lines: Debian's Perl docx2txt), and a tab dump whose trailing tabs a trim
 * dropped (layout/tab-blank-rows: a row of empty cells left as its label alone). Main read the
 * blank-zero tables of the first two as unread (breakit52 crlf-expand r10 55, docx2txt r05 24 of 200
 * fields right) and the third's empty rows as missing.
 */
import { restoreExpandedTabs } from '../src/layout/expanded-tabs.js';
import { joinCellLines } from '../src/layout/cell-lines.js';
import { restoreBlankTabRows } from '../src/layout/tab-blank-rows.js';
import { blankDumpVariant, expandTabs } from '../scripts/blank-dump-variants.mjs';
import { scoreVariant } from './helpers/blank-variant-score.js';

/** The patterns whose blanks a dump keeping them determines ('totalOnly' leaves six columns empty in every row: not said to be zeros). */
const DETERMINED = ['zeros', 'unused', 'alternate', 'personOnly'];

const bytes = (ch: string): number => Buffer.byteLength(ch, 'utf8');
const chars = (): number => 1;
const wide = (ch: string): number => (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1);

const score = (text: string, data: ReturnType<typeof blankDumpVariant>['data']): ReturnType<typeof scoreVariant> => scoreVariant(text, 'r.txt', data);

/** A cell-per-line dump as Perl docx2txt writes a table: each cell a line, an empty cell an empty line, a merged group cell's continuation an empty line before the row. */
function cellLines(tab: string): string {
  let group = '';
  return tab
    .split('\n')
    .flatMap((l) => {
      const cells = l.split('\t');
      if (cells.length < 7) return cells;
      // A row under a group label spanning rows: the merged cell's continuation, empty, before its label.
      const merged = cells.length === 7 + 2 ? [] : group !== '' && !/^[一二三四]、/.test(cells[0]!) ? [''] : [];
      if (cells.length === 7 + 2) group = cells[0]!;
      else if (/^[一二三四]、/.test(cells[0]!)) group = '';
      return [...merged, ...cells];
    })
    .join('\n');
}

describe('blank cells in text dumps that keep their places', () => {
  it('should put an expanded tab dump back as tabs, and leave a space-aligned dump alone', () => {
    const v = blankDumpVariant(7, ['zeros']);
    const tabLines = v.tab.split('\n');
    for (const [measure, stop] of [[bytes, 8], [chars, 8], [chars, 4], [wide, 8]] as const) {
      const back = restoreExpandedTabs(expandTabs(v.tab, measure, stop).split('\n'));
      const tabbed = back.filter((l) => l.includes('\t'));
      // Each line put back as it was; every row of table 三 put back (a row whose only gap is one space may stay as printed).
      for (const l of tabbed) expect(tabLines).toContain(l);
      expect(tabbed.filter((l) => /^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/.test(l)).length).toBeGreaterThanOrEqual(24);
    }
    // A space-aligned table: its gaps end anywhere, not on tab stops.
    const layout = tabLines.map((l) => l.split('\t').join('   ')).concat(tabLines.map((l) => l.split('\t').join('  ')));
    expect(restoreExpandedTabs(layout)).toBe(layout);
  });

  it.each([1, 2, 3, 4, 5, 6])('should read expanded tab dumps of variant %i right, none wrong at >= 0.9', async (seed) => {
    const v = blankDumpVariant(seed * 11 + 400, DETERMINED);
    for (const measure of [bytes, chars, wide]) {
      const s = await score(expandTabs(v.tab, measure).replace(/\n/g, '\r\n'), v.data);
      expect(s.wrongHigh).toBe(0);
      expect(s.right).toBeGreaterThanOrEqual(s.fields * 0.95);
    }
  });

  it('should read a cell-per-line dump whose empty cells are empty lines as rows, and not a dump with an empty line after every line', async () => {
    const v = blankDumpVariant(31, ['zeros']);
    const dump = cellLines(v.tab);
    expect(joinCellLines(dump.split('\n'))).toContain(v.tab.split('\n').find((l) => l.startsWith('二、上年结转'))!);
    const s = await score(dump, v.data);
    expect(s).toEqual({ right: s.fields, wrongHigh: 0, fields: s.fields });
    const spaced = dump.split('\n').flatMap((l) => (l === '' ? [] : [l, '']));
    expect(joinCellLines(spaced)).toBe(spaced);
  });

  it("should read a cell-per-line dump printing zeros as dashes (Perl docx2txt writes '—' as '--') as rows", async () => {
    const v = blankDumpVariant(32, ['dash']);
    const dump = cellLines(v.tab).replace(/—/g, '--');
    const s = await score(dump, v.data);
    expect(s).toEqual({ right: s.fields, wrongHigh: 0, fields: s.fields });
  });

  it('should give a trimmed tab table its rows of empty cells back, not a group label above its items', async () => {
    const lines = ['一、本年新收政府信息公开申请数量\t4\t\t\t\t\t1\t5', '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开\t2\t\t\t\t\t\t2'];
    expect(restoreBlankTabRows(lines)).toEqual([lines[0], lines[1], '1.属于国家秘密\t\t\t\t\t\t\t', lines[3]]);
    // No empty field in the table (zeros printed): a label alone stays as printed.
    const full = ['一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t1\t5', '1.属于国家秘密', '2.其他法律行政法规禁止公开\t2\t0\t0\t0\t0\t0\t2'];
    expect(restoreBlankTabRows(full)).toBe(full);
    for (const seed of [501, 502, 503]) {
      const v = blankDumpVariant(seed, ['zeros', 'alternate']);
      const s = await score(v.tab.replace(/\t+$/gm, ''), v.data);
      expect(s.wrongHigh).toBe(0);
      expect(s.right).toBeGreaterThanOrEqual(s.fields * 0.95);
    }
  });
});
