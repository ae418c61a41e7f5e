/**
 * Table 三's last cells printed after the next section's heading (map/stream-tail): plain
 * `pdftotext` of a Chromium print of a Word table reads the last page's three rows column by column
 * and the heading 四、… between two columns (breakit45 pt-plain r04, r16, r28).
 */
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { consistentRequestGrid, lcg, randomRequestGrid } from './helpers/table3.js';

const SPECS = TEMPLATE_2021.requestRows;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const REVIEW = ['行政复议', '行政诉讼', '未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计', ...'2 0 1 0 3 1 0 0 0 1 0 0 0 0 0'.split(' ')];

/** The dump: rows before the last three each a label then its values one per line; the last three column by column, the heading after `cut` columns. */
function dump(grid: readonly number[][], cut: number): Uint8Array {
  const head = SPECS.slice(0, -3).flatMap((s, i) => [s.labels[0]!, ...grid[i]!.map(String)]);
  const last = grid.slice(-3);
  const columns = COLS.map((_, c) => last.map((row) => String(row[c])));
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可 5',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', ...head,
    ...SPECS.slice(-3).map((s) => s.labels[0]!), ...columns.slice(0, cut).flat(),
    '四、政府信息公开行政复议、行政诉讼情况', ...columns.slice(cut).flat(), ...REVIEW,
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('table 三 ending after the next section heading', () => {
  const grid = consistentRequestGrid((r, c) => (r * 7 + c * 3) % 5 === 0 ? 1 + ((r + c) % 4) : 0);

  it('should read the columns printed after the heading as table 三\'s last cells', async () => {
    const r = await read(dump(grid, 5));
    SPECS.slice(-3).forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, grid[grid.length - 3 + i]![j]]);
    }));
    // Table 四 keeps its own cells.
    expect(value(r, 'reviewLitigation.review.upheld')).toBe(2);
  });

  it('should take nothing from the next section when the values there do not complete table 三 exactly', async () => {
    // One value of table 三 lost before the heading: the six after it are not taken, nothing read wrong at ≥ 0.9.
    for (const seed of [3, 8]) {
      const g = randomRequestGrid(lcg(seed));
      const bytes = new TextDecoder().decode(dump(g, 5)).replace(/\n(\d+)\n四、政府信息公开/, '\n四、政府信息公开');
      const r = await read(new TextEncoder().encode(bytes));
      SPECS.forEach((s, i) => COLS.forEach((c, j) => {
        const k = `requests.${s.key}.${c}`;
        if (value(r, k) !== g[i]![j]) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
      }));
    }
  });
});
