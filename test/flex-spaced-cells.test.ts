/**
 * Table 三 drawn as flex rows of <span> cells and dumped by w3m (issue 15; breakit60 w3m-gbk-nometa, grid=flex blankZeros):
 * cells joined by one space, an empty cell printed as one space. Read as printed, the runs of spaces were column gaps and the
 * blank cells were lost (gen60 seed 936011: 61 of 200 fields right). layout/spaced-cells writes such rows as tab rows.
 */
import { joinSpacedCells } from '../src/layout/spaced-cells.js';

const ROWS: [string, string[]][] = [
  ['一、本年新收政府信息公开申请数量', ['136', '22', '8', '5', '11', '10', '192']],
  ['二、上年结转政府信息公开申请数量', ['', '1', '', '', '', '', '1']],
  ['三、本年度办理结果（一）予以公开', ['', '', '', '', '', '', '']],
  ['  （二）部分公开', ['', '9', '1', '1', '', '', '11']],
  ['  （三）不予公开 1.属于国家秘密', ['9', '', '', '', '', '', '9']],
  ['    2.其他法律行政法规禁止公开', ['2', '', '', '', '', '2', '4']],
  ['    3.危及“三安全一稳定”', ['18', '1', '', '1', '', '3', '23']],
];
/** w3m's line of a flex row: label, then each cell after one space, an empty cell one space. */
const w3m = ([label, cells]: [string, string[]]): string => [label, ...cells.map((c) => (c === '' ? ' ' : c))].join(' ');

describe('flex rows of space-parted cells (issue 15)', () => {
  it('writes each row as its label and 7 cells', () => {
    const lines = ['三、收到和处理政府信息公开申请情况', '', ...ROWS.map(w3m), '', '四、政府信息公开行政复议、行政诉讼情况'];
    const out = joinSpacedCells(lines);
    expect(out.filter((l) => l.includes('\t'))).toEqual(ROWS.map(([l, c]) => [l.trim(), ...c].join('\t')));
    expect(out.length).toBe(lines.length);
  });

  it('leaves rows as printed when a count differs or fewer than five rows read so', () => {
    const lines = ROWS.map(w3m);
    // An odd run (a gap, not a cell) ends the run: four rows are too few.
    const broken = [...lines.slice(0, 4), '  （三）不予公开 1.属于国家秘密 9  9', ...lines.slice(5, 7)];
    expect(joinSpacedCells(broken)).toBe(broken);
    // Rows printing every cell (no empty one) need nothing.
    const full = Array.from({ length: 6 }, (_, k) => `${k + 1}.项目 1 2 3 4 5 6 21`);
    expect(joinSpacedCells(full)).toBe(full);
  });
});
