/**
 * `source.line`: the line of a text dump a field's value was read from (scripts/source-lines.mjs counts the misses over a
 * set of dumps). Two transforms of the dump's lines had lost it: a pile of row labels split into rows without values
 * (tables/build-rows `splitPiledLabels`: each lost row pointed at the values line that ended the pile), and a small table
 * of table 二 read as one block (map/active-small-tables: every cell pointed at the block's first values line).
 */
import { buildRows } from '../src/tables/build-rows.js';

describe('source.line of a row', () => {
  it('should keep each piled label row on the line its label starts on', () => {
    const text = ['（二）部分公开（区分', '处理的，只计这一情形）', '（三） 1.属于国家秘', '密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定” 1 1 2'];
    const rows = buildRows(text.map((l, i) => ({ cells: l.split(/\s+/), separated: true, source: { line: i + 1 } })));
    const at = (label: string): number | undefined => rows.find((r) => `${r.pending} ${r.label}`.includes(label))?.source.line;
    expect(at('部分公开')).toBe(1);
    expect(at('1.属于国家秘')).toBe(3);
    expect(at('3.危及')).toBe(6);
  });

});
