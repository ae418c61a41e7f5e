/**
 * Plain `pdftotext -nopgbrk` of a Chromium print of a Word table (plain44, gen61 r30): the page's labels in
 * a pile, then its values one per line row by row, the table's last rows (其他处理 … 总计, 结转) printed
 * column by column right after them with no break (a flow of their own), and a footnote under the table
 * whose number is glued to its text ('注：…共3件。'). The note's number is no cell of the stream
 * (map/table-stream `streamValues`, TableRow.note) and the last rows are read as a page ending at the
 * stream's end (map/stream-align). Values placed by position: below 0.9.
 */
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { consistentRequestGrid } from './helpers/table3.js';

const SPECS = TEMPLATE_2021.requestRows;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const TAIL = 4;

const NA_ROW = SPECS.findIndex((s) => s.key === 'denied.adminQuery');

function dump(grid: readonly number[][], note: boolean, na = false, items = false): Uint8Array {
  // items: the item numbers of two rows' labels ('1.', '2.') printed alone among the values.
  // na: 8.属于行政查询事项 printed '/' in every cell, and table 二's 收费金额 with decimals left above the header.
  const rowMajor = grid.slice(0, -TAIL).flatMap((row, i) => [...(items && (i === 15 || i === 16) ? [`${i - 14}.`] : []), ...(na && i === NA_ROW ? row.map(() => '/') : row.map(String))]);
  const last = grid.slice(-TAIL);
  const columns = COLS.flatMap((_, c) => last.map((row) => String(row[c])));
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可 5',
    '三、收到和处理政府信息公开申请情况', ...SPECS.map((s) => s.labels[0]!), '',
    ...(na ? ['6516.53'] : []), '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', '', ...rowMajor, ...columns, '',
    ...(note ? ['注：1.本表统计时限为2023年1月1日至2023年12月31日。2.“上年结转”为2022年12月受理的申请，共3件。', ''] : []),
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计', ...'2 0 1 0 3 1 0 0 0 1 0 0 0 0 0'.split(' '),
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('table 三 whose last rows print column by column after the others, a note under it', () => {
  const cell = (r: number, c: number): number => ((r * 7 + c * 3) % 5 === 0 ? 1 + ((r + c) % 4) : (r * 3 + c) % 11 === 0 ? 2 : 0);
  const grid = consistentRequestGrid(cell);

  it.each([false, true])('should read every cell, below 0.9 (note %s)', async (note) => {
    const r = await read(dump(grid, note));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, grid[i]![j]]);
      expect(conf(r, k)).toBeLessThan(0.9);
    }));
  });

  it('should read a row of not-applicable marks among the values as not applicable, the other rows as printed', async () => {
    // The cell function counts table 三's outcome rows (after 新收, 上年结转).
    const naGrid = consistentRequestGrid((r, c) => (r === NA_ROW - 2 ? 0 : cell(r, c)));
    const r = await read(dump(naGrid, true, true));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, i === NA_ROW ? null : naGrid[i]![j]]);
      if (i === NA_ROW) expect(r.fields[k]?.flags).toContain('notApplicable');
    }));
  });

  it('should leave out item numbers printed alone among the values', async () => {
    const r = await read(dump(grid, true, false, true));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, grid[i]![j]]);
    }));
  });
});
