/**
 * Table 三 drawn as a <div> grid (CSS display:table-cell), its label cells' spans expanded into empty cells, dumped a cell a
 * line (LibreOffice html → txt: an empty cell a line holding a no-break space; issue 15, breakit60 lo-txt). After a row's
 * label stand the empty cells its colspan left, then its 7 values, then the empty cells under the group labels spanning rows
 * that start the next row: the rows' widths differ (8–9 lines), so layout/cell-lines read no width and left the table one
 * cell a line (gen60 seed 936017: 94 of 198 fields right). The chain of label columns places every row.
 */
import { joinCellLines, totalNamedFirst } from '../src/layout/cell-lines.js';

const E = '\u00a0';
/** Three label columns: [cells before the values], then the 7 values ('' a blank zero). */
const GRID: [string[], string[]][] = [
  [['一、本年新收政府信息公开申请数量', E, E], ['79', '33', '5', '4', '11', '10', '142']],
  [['二、上年结转政府信息公开申请数量', E, E], ['3', '', '', '', '', '', '3']],
  [['三、本年度办理结果', '（一）予以公开', E], ['8', '9', '', '', '', '', '17']],
  [[E, '（二）部分公开', E], ['', '', '', '', '', '', '']],
  [[E, '（三）不予公开', '1.属于国家秘密'], ['', '', '', '', '', '', '']],
  [[E, E, '2.其他法律行政法规禁止公开'], ['', '', '1', '', '1', '', '2']],
  [[E, E, '3.危及“三安全一稳定”'], ['', '4', '1', '', '', '1', '6']],
  [[E, '（四）无法提供', '1.本机关不掌握相关政府信息'], ['9', '', '', '', '2', '', '11']],
  [[E, '（七）合计', E], ['81', '33', '5', '4', '11', '10', '144']],
  [['四、结转下年度继续办理', E, E], ['1', '', '', '', '', '', '1']],
];

const dump = (): string[] => [
  '三、收到和处理政府信息公开申请情况',
  '申请人情况',
  E,
  ...GRID.flatMap(([labels, values]) => [...labels, ...values.map((v) => (v === '' ? E : v))]),
  '四、政府信息公开行政复议、行政诉讼情况',
];

describe('div-grid cell lines (issue 15)', () => {
  it('reads each row as its label(s) and its 7 cells, whatever empty cells its spans left around them', () => {
    const rows = joinCellLines(dump()).filter((l) => l.includes('\t'));
    expect(rows).toEqual(
      GRID.map(([labels, values]) => [...labels.filter((l) => l !== E), ...values].join('\t')),
    );
  });

  it('leaves the table as printed when one cell is missing and the placings disagree', () => {
    const lines = dump();
    // A blank cell vanished from row 2.其他 (its seven cells now six): no chain of label columns holds every row.
    const at = lines.indexOf('2.其他法律行政法规禁止公开');
    const cut = [...lines.slice(0, at + 1), ...lines.slice(at + 2)];
    expect(joinCellLines(cut).filter((l) => l.includes('\t'))).toEqual([]);
  });

  it('a header repeating its cells down (自然人 again after 合计) does not print its total first; one naming 总计 first does', () => {
    const repeated = ['申请人情况', '自然人', '法人或其他组织', '合计', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '合计'];
    expect(totalNamedFirst([...repeated, '一、本年新收政府信息公开申请数量'], repeated.length)).toBe(false);
    const first = ['申请人情况', '总计', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
    expect(totalNamedFirst([...first, '一、本年新收政府信息公开申请数量'], first.length)).toBe(true);
  });
});
