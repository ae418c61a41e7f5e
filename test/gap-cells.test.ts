/**
 * `lynx -dump` of a Word-exported page (issue 15; breakit57 mso-lynx): every filled cell a paragraph (its text, one
 * empty line), a run of empty cells ('&nbsp;' inline) one more empty line whatever its length, a row printed all empty
 * nothing at all. Read line by line the empty lines were layout: a row's values lost their columns and table 三 came out
 * ambiguous (breakit57 mso-lynx 66 %). layout/gap-cells places them where the gaps (and the column sums) say.
 */
import { joinGapCells } from '../src/layout/gap-cells.js';
import { blankDumpVariant } from '../scripts/blank-dump-variants.mjs';
import { scoreVariant } from './helpers/blank-variant-score.js';

const isValue = (c: string): boolean => /^[-\d.,—]*$/.test(c);

/** Table 三's and 四's rows of the tab dump as the page's cells (table 三's value cells padded to 7), other lines as text. */
function pageRows(tab: string): { label: string | null; cells: string[] }[] {
  return tab.split('\n').map((l) => {
    if (!l.includes('\t')) return { label: l, cells: [] };
    const cells = l.split('\t');
    if (/^\d*(\t\d*){14}$/.test(l)) return { label: null, cells };
    const at = cells.findIndex((c, k) => k > 0 && isValue(c));
    if (at < 0) return { label: cells.join(''), cells: [] };
    const values = cells.slice(at);
    return { label: cells.slice(0, at).join(''), cells: values.length < 7 && values.length > 3 ? [...values, ...Array<string>(7 - values.length).fill('')] : values };
  });
}

/** The lynx dump of the page as Word exports it (see the file comment). */
function msoLynx(tab: string): string {
  const out: string[] = [];
  for (const r of pageRows(tab)) {
    if (r.label !== null && r.label.trim()) out.push(`   ${r.label}`, '');
    if (r.cells.every((c) => c === '')) continue;
    r.cells.forEach((c, k) => {
      if (c !== '') out.push(`   ${c}`, '');
      else if (k === 0 || r.cells[k - 1] !== '') out.push('');
    });
  }
  return out.join('\n');
}

const rowOf = (tab: string, start: string): string => {
  const cells = tab.split('\n').find((l) => l.startsWith(start))!.split('\t');
  return [...cells, ...Array<string>(8 - cells.length).fill('')].join('\t');
};

describe('lynx dumps of Word HTML: a run of empty cells one more empty line', () => {
  it('should place a row with one gap, and a row with as many gaps as empty cells', () => {
    const v = blankDumpVariant(34, ['personOnly']);
    const joined = joinGapCells(msoLynx(v.tab).split('\n'));
    // 自然人 … gap … 总计: the gap holds the five columns between.
    expect(joined).toContain(rowOf(v.tab, '二、上年结转'));
    expect(joined).toContain(rowOf(v.tab, '一、本年新收'));
  });

  it('should leave a dump whose empty cells leave no mark as printed', () => {
    const v = blankDumpVariant(34, ['personOnly']);
    const lines = msoLynx(v.tab).replace(/\n{3,}/g, '\n\n').split('\n');
    expect(joinGapCells(lines)).toBe(lines);
  });

  it('should leave a dump whose empty cells wrote a line in some cells and none in others as printed (strip50)', () => {
    // A Word page whose blank cells hold '&nbsp;' (an empty line each) but the first blank cell of a row `<o:p>` (nothing):
    // a gap of n empty cells shows n − 1 extra lines, the counts do not add up, and read by runs the values slide left.
    const v = blankDumpVariant(34, ['personOnly']);
    const out: string[] = [];
    for (const r of pageRows(v.tab)) {
      if (r.label !== null && r.label.trim()) out.push(`   ${r.label}`, '');
      if (r.cells.every((c) => c === '')) continue;
      let silent = true;
      for (const c of r.cells) {
        if (c !== '') out.push(`   ${c}`, '');
        else if (silent) silent = false;
        else out.push('');
      }
    }
    expect(joinGapCells(out)).toBe(out);
  });

  it('should place table 四 by its groups\' sums only when one spread of its empty cells keeps them', () => {
    const lines = ['   结果维持', '', '   结果纠正', '', '   其他结果', '', '   尚未审结', '', '   总计', '', '   3', '', '', '   1', '', '', '   4', '', '', '   4', '', '   6', '', '   10', '', '   2', '', '   4', '', '', '   6', ''];
    expect(joinGapCells(lines)).toContain(['3', '', '1', '', '4', '', '', '4', '6', '10', '2', '4', '', '', '6'].join('\t'));
    // '3 … 3 … 3': the 3 stands in any of a group's first four cells.
    const open = ['   结果维持', '', '   结果纠正', '', '   总计', '', '', '   3', '', '', '   3', ''];
    expect(joinGapCells(open)).toBe(open);
  });

  it.each([31, 40, 52, 63, 74])('should read the lynx dump of blank-zero variant %i none wrong at >= 0.9', async (seed) => {
    const v = blankDumpVariant(seed, ['zeros', 'personOnly', 'unused']);
    const s = await scoreVariant(msoLynx(v.tab), 'r.txt', v.data);
    expect(s.wrongHigh).toBe(0);
  });

  it('should read rows its gaps determine: a personOnly variant nearly whole', async () => {
    const v = blankDumpVariant(34, ['personOnly']);
    const s = await scoreVariant(msoLynx(v.tab), 'r.txt', v.data);
    expect(s.wrongHigh).toBe(0);
    // 168 of 190 (the rest ambiguous)
    expect(s.right).toBeGreaterThanOrEqual(s.fields * 0.85);
  });
});
