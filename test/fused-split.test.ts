/**
 * The stream alignment's split move (map/fused-split, map/stream-align): a token that is the digits
 * of 2 or 3 touching cells of a row printed with no gap is cut where the table's identities hold.
 * Values are made by hand-written rules
 * (tests/helpers/table3), the expected values are those, never the code's.
 */
import { cutRoom, cutsOf } from '../src/map/fused-split.js';
import { alignSegments, alignStream, type Segment, type StreamToken } from '../src/map/stream-align.js';
import { segmentGroup } from '../src/map/table-stream.js';
import { solve } from '../src/solve/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';
import { markTextRuns } from '../src/map/fused-split.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import { parseWholeValue, type ValueToken } from '../src/tables/tokenize-cell.js';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;
const dense = consistentRequestGrid((i, c) => 1 + ((i * 5 + c * 7) % 9) + (c === 0 ? 100 * i + 1000 : 0));

/** The grid's tokens row by row, the cells listed as [row, col] glued to the cell after them. */
function fused(rows: readonly number[][], glue: readonly [number, number][]): StreamToken[] {
  const raws: string[] = [];
  rows.forEach((row, i) => row.forEach((v, c) => {
    if (glue.some(([gi, gc]) => gi === i && gc === c - 1)) raws[raws.length - 1] += String(v);
    else raws.push(String(v));
  }));
  return raws.map((raw, i) => ({ value: Number(raw), raw, breakBefore: i === 0 }));
}
const accept = (segments: Segment[]): boolean => {
  const { stats } = solve(segments.map((s) => segmentGroup('requests', specs, s)), ids);
  return stats.violations === 0 && !stats.exhausted;
};

describe('fused-split: the cuts of a digit run', () => {
  it('lists every cut into 2 or 3 pieces that are counts as printed (no piece led by 0 but 0 itself)', () => {
    expect(cutsOf('105', 7)).toEqual([[1, 0, 5], [10, 5]]);
    expect(cutsOf('100', 7)).toEqual([[1, 0, 0], [10, 0]]);
    expect(cutsOf('05', 7)).toEqual([[0, 5]]);
    expect(cutsOf('123', 2)).toEqual([[1, 23], [12, 3]]);
    expect(cutsOf('7', 7)).toEqual([]);
    expect(cutsOf('12', 1)).toEqual([]);
    expect(cutRoom(['12', '7', '12345'])).toBe(3);
  });
});

describe('stream alignment: split move', () => {
  it('reads a stream with fused cells in several rows whole, the identities choosing each cut, flagged segmented', () => {
    const glue: [number, number][] = [[0, 0], [3, 2], [5, 5], [9, 1], [23, 0]];
    const readings = alignStream('requests', fused(dense, glue), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) {
      expect(r.rows).toEqual(dense);
      expect(r.cost).toBe(5);
      for (const [i, c] of glue) {
        expect(r.flags[i]![c]).toContain('segmented');
        expect(r.flags[i]![c + 1]).toContain('segmented');
      }
    }
  });

  it('reads three touching cells glued into one run', () => {
    const readings = alignStream('requests', fused(dense, [[2, 1], [2, 2]]), specs, ids);
    expect(readings).not.toBeNull();
    for (const r of readings!) expect(r.rows).toEqual(dense);
  });

  it('a cut the row total allows two ways (111: 11 | 1 or 1 | 11) is chosen by the column sums through 总计, never guessed', () => {
    // Outcome row 0 (template row 2, 予以公开) is 11 1 0 0 0 0 | 12; its first two cells print as '111'.
    const grid = consistentRequestGrid((i, c) => (i === 0 ? [11, 1, 0, 0, 0, 0][c]! : 1 + ((i * 5 + c * 7) % 9) + (c === 0 ? 100 * i + 1000 : 0)));
    const segments = alignSegments('requests', fused(grid, [[2, 0]]), specs, ids, accept);
    expect(segments).not.toBeNull();
    const { fields } = solve(segments!.map((s) => segmentGroup('requests', specs, s)), ids);
    expect(fields.get('requests.granted.naturalPerson')?.value).toBe(11);
    expect(fields.get('requests.granted.commercial')?.value).toBe(1);
  });

  it('a stream short of more cells than its runs can give is not read whole', () => {
    const t = fused(dense, [[0, 0]]).filter((x) => x.raw.length > 1 || x.value !== 0);
    const short = t.slice(0, t.length - 12);
    expect(alignStream('requests', short, specs, ids)).toBeNull();
  });
});

describe('row readings: a text dump row short of values whose number may be touching cells', () => {
  const nums = (raws: string[]): ValueToken[] => raws.map((raw) => parseWholeValue(raw)!);

  it('lists the cuts of its runs beside the readings that keep them whole (a text row), not for a PDF row', () => {
    const values = nums(['2314', '0', '0', '3', '4', '44']);
    const text = rowCandidates({ values, blankCells: 0, source: { line: 40 } }, 7, [6]);
    const cells = (c: { cells: { value?: number | null }[] }): string => c.cells.map((x) => x.value).join(' ');
    expect(text.map(cells)).toContain('23 14 0 0 3 4 44');
    const pdf = rowCandidates({ values, blankCells: 0, source: { page: 1, line: 40 } }, 7, [6]);
    expect(pdf.map(cells)).not.toContain('23 14 0 0 3 4 44');
    expect(markTextRuns({ values, source: { line: 40 } }, 7, 3)?.flatMap((t) => (t.kind === 'num' && t.mayFuse === true ? [t.raw] : []))).toEqual(['2314', '44']);
    // A row with as many values as cells, or a mark, is left as it is.
    expect(markTextRuns({ values: nums(['1', '2', '3']), source: { line: 1 } }, 3, 3)).toBeNull();
  });

  it('a report whose 总计 row printed two touching cells as one run is read right, the cut confirmed by the identities', async () => {
    const grid = consistentRequestGrid((i, c) => (i === 0 ? [23, 14, 0, 0, 3, 4][c]! : (i * 3 + c) % 4 === 0 ? 1 + c : 0));
    const rowsText = specs.map((s, i) => {
      const v = grid[i]!.map(String);
      if (s.key === 'totalHandled') v.splice(0, 2, v[0]! + v[1]!);
      return `${s.labels[0]} ${v.join(' ')}`;
    });
    const doc = ['示例县第9局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '三、收到和处理政府信息公开申请情况',
      '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计', ...rowsText, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。'].join('\n');
    const report = await extract(new TextEncoder().encode(doc), { name: 'fused-row.txt' });
    const fields = report.fields as Record<string, { confidence: number; flags: string[] }>;
    const got = flattenData(report.data);
    const row = specs.findIndex((s) => s.key === 'totalHandled');
    expect(got.get('requests.totalHandled.naturalPerson')).toBe(grid[row]![0]);
    expect(got.get('requests.totalHandled.commercial')).toBe(grid[row]![1]);
    expect(fields['requests.totalHandled.naturalPerson']!.flags).toContain('segmented');
    for (const [k, v] of got) if (k.startsWith('requests.') && v !== null && v !== undefined && fields[k]!.confidence >= 0.9) {
      const [, key, col] = /^requests\.(.+)\.(\w+)$/.exec(k)!;
      const r = specs.findIndex((s) => s.key === key);
      expect([k, v]).toEqual([k, grid[r]![specs[r]!.columns.indexOf(col!)]]);
    }
  });
});
