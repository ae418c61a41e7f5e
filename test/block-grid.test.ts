/**
 * Table 三 of a plain `pdftotext -nopgbrk` dump of a Chromium print, written in poppler's block order (layout/block-grid):
 * the first two rows' first cells on their labels' lines in the label pile, the header's block, each cell a paragraph
 * row by row, a band of two rows written column by column (7 paragraphs of 2 lines), two cells sharing a line, and the
 * last row's third cell written after the row's others. Read back on the template grid when one reading keeps every
 * identity; left as printed when none does (a total printed wrong) or cells are missing (blank cells dropped).
 */
import { readBlockGrid } from '../src/layout/block-grid.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';
import { read, value } from './helpers/report-fields.js';

const SPECS = TEMPLATE_2021.requestRows;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

function stream(g: readonly number[][]): string[] {
  const par = (...lines: (string | number)[]): string[] => [...lines.map(String), ''];
  const out: string[] = [...par(`一、本年新收政府信息公开申请数量 ${g[0]![0]}`, `二、上年结转政府信息公开申请数量 ${g[1]![0]}`)];
  out.push(...par('申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'));
  for (const r of [0, 1]) for (let c = 1; c < 7; c++) out.push(...par(g[r]![c]!));
  for (let c = 0; c < 7; c++) out.push(...par(g[2]![c]!, g[3]![c]!));
  const last = g.length - 1;
  for (let r = 4; r < last; r++) {
    if (r === 5) out.push(...par(`${g[r]![0]} ${g[r]![1]}`), ...g[r]!.slice(2).flatMap((v) => par(v)));
    else out.push(...g[r]!.flatMap((v) => par(v)));
  }
  out.push(...[0, 1, 3, 4, 5, 6, 2].flatMap((c) => par(g[last]![c]!)));
  out.push(...par(...SPECS.slice(2).map((s) => s.labels[0]!)));
  return out;
}

function dump(body: readonly string[]): string[] {
  return [
    '示例县某某局2023年政府信息公开工作年度报告', '',
    '一、总体情况', '', '本局依法推进政务公开，全面落实政府信息公开条例的各项要求，及时', '回应社会关切。', '',
    '三、收到和处理政府信息公开申请情况', '', ...body,
    '四、政府信息公开行政复议、行政诉讼情况', '', '行政复议', '', '五、存在的主要问题及改进情况', '', '培训不足。',
  ];
}

describe('table 三 of a plain pdftotext dump in poppler block order', () => {
  const cell = (r: number, c: number): number => ((r * 7 + c * 3) % 5 === 0 ? 1 + ((r + c) % 4) : (r * 3 + c) % 11 === 0 ? 2 : 0);
  const grid = consistentRequestGrid(cell, [1, 0, 2, 0, 2, 0], [0, 2, 1, 0, 0, 1]);

  it('should write the table as tab rows in template order', () => {
    const lines = dump(stream(grid));
    const { lines: out, apart } = readBlockGrid(lines);
    expect(out).not.toBe(lines);
    expect([...apart.values()].every((n) => n >= 1)).toBe(true);
    const rows = out.filter((l) => /\t\d/.test(l)).map((l) => l.split('\t').slice(1).map(Number));
    expect(rows).toEqual(grid);
  });

  it('should read every cell of the dump', async () => {
    const r = await read(new TextEncoder().encode(dump(stream(grid)).join('\n')));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k)]).toEqual([k, grid[i]![j]]);
    }));
  });

  it('should leave the dump as printed when a total breaks or a cell is missing', () => {
    const wrong = grid.map((row) => row.slice());
    wrong[6]![6]! += 1;
    const lines = dump(stream(wrong));
    expect(readBlockGrid(lines).lines).toBe(lines);
    const all = dump(stream(grid));
    const drop = all.findIndex((l, i) => i > 60 && /^\d+$/.test(l) && all[i - 1] === '' && all[i + 1] === '');
    const short = all.filter((_, i) => i !== drop);
    expect(readBlockGrid(short).lines).toBe(short);
  });
});
