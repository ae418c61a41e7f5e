/**
 * Text tables drawn with borders, cells wrapped over lines: a text browser's dump (w3m: box
 * drawing) and a pandoc grid table (ASCII). Rendered here from the tab sample with narrow columns,
 * so labels and long numbers wrap; the report must read as the tab sample does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridRowCells } from '../src/layout/grid-tables.js';
import { extract, flattenData } from '../src/index.js';
import { ROOT } from './helpers/paths.js';
import { build, drawSpans, type SpanCell } from '../scripts/spanned-grid-variants.mjs';

const tab = readFileSync(join(ROOT, 'samples', 'quirk-tab.txt'), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);

/** A cell's text cut into pieces of at most `w` display columns. */
function wrap(text: string, w: number): string[] {
  const out: string[] = [''];
  for (const c of text) {
    if (width(out.at(-1)! + c) > w) out.push('');
    out[out.length - 1] += c;
  }
  return out;
}

/** The tab lines of `text` drawn as grids of columns `w` wide: box drawing (w3m) or ASCII (pandoc). */
function drawGrid(text: string, w: number, style: 'box' | 'ascii'): string {
  const [bar, rule, cross] = style === 'box' ? ['│', '─', '┼'] : ['|', '-', '+'];
  const border = (n: number, [l, r]: [string, string]) => l + Array.from({ length: n }, () => rule.repeat(w)).join(cross) + r;
  const edges: [string, string] = style === 'box' ? ['├', '┤'] : ['+', '+'];
  const out: string[] = [];
  let open = 0;
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) {
      if (open) out.push(border(open, style === 'box' ? ['└', '┘'] : edges));
      open = 0;
      out.push(line);
      continue;
    }
    const cells = line.split('\t').map((c) => wrap(c, w));
    out.push(border(cells.length, open ? edges : style === 'box' ? ['┌', '┐'] : edges));
    open = cells.length;
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(bar + cells.map((c) => (c[k] ?? '') + ' '.repeat(w - width(c[k] ?? ''))).join(bar) + bar);
  }
  return out.join('\n');
}

describe('text tables drawn with borders', () => {
  it('should join a cell wrapped over a row\'s lines, and a number wrapped in a full cell', () => {
    const { rows, covered } = gridRowCells(['┌────┬────┐', '│行政│1234│', '│许可│5   │', '├────┼────┤', '│其他│0   │', '└────┴────┘']);
    expect(rows.get(1)?.cells).toEqual(['行政许可', '12345']);
    expect(rows.get(4)?.cells).toEqual(['其他', '0']);
    expect([...covered].sort()).toEqual([0, 2, 3, 5]);
  });

  it('should keep numbers apart that sit on their own padded lines of one cell (rows packed in a cell)', () => {
    const { rows } = gridRowCells(['+-----+-----+', '| 1.a | 0   |', '| 2.b | 3   |', '| 3.c | 6   |', '+-----+-----+']);
    expect(rows.get(1)?.cells).toEqual(['1.a 2.b 3.c', '0 3 6']);
  });

  it('should leave a row as printed when its lines do not hold the same number of cells', () => {
    const { rows } = gridRowCells(['+----+----+', '| a  | b  |', '| c       |', '+----+----+']);
    expect(rows.size).toBe(0);
  });

  for (const [style, w] of [['box', 12], ['box', 8], ['ascii', 10]] as const) {
    it(`should read the tab sample drawn as a ${style} grid ${w} columns wide like the tab sample`, async () => {
      const drawn = drawGrid(tab, w, style);
      // Labels wrap: a line ends a cell inside 行政规范性文件.
      expect(drawn).toMatch(/[│|]行政规\S*[│|]/);
      expect(drawn).not.toMatch(/[│|]行政规范性文件\s*[│|]/);
      const report = await extract(enc(drawn), { name: `grid-${style}.txt` });
      const want = flattenData((await extract(enc(tab), { name: 'tab.txt' })).data);
      expect(flattenData(report.data)).toEqual(want);
      expect(report.confidence).toBeGreaterThan(0.9);
    });
  }
});

describe('text tables drawn with borders and cells spanning rows', () => {
  it('should place a cell spanning rows in its first row, with every cell\'s grid column', () => {
    const cells: SpanCell[] = [[0, 0, 2, 1, '（三）不予公开'], [0, 1, 1, 1, '1.属于国家秘密'], [0, 2, 1, 1, '5'], [1, 1, 1, 1, '2.其他'], [1, 2, 1, 1, '12']];
    for (const opts of [{ style: 'single' }, { style: 'ascii' }, { style: 'double', amb: 2 }, { style: 'single', lw: 4, valign: 'middle' }] as const) {
      const drawn = drawSpans(cells, 2, 3, opts).split('\n');
      // The border under the first row stops at the spanning cell.
      expect(drawn.some((l) => /^[│║|][^─═-]*[├╠+][─═-]/.test(l))).toBe(true);
      const rows = [...gridRowCells(drawn).rows.values()];
      expect(rows).toEqual([
        { cells: ['（三）不予公开', '1.属于国家秘密', '5'], cols: [0, 1, 2] },
        { cells: ['2.其他', '12'], cols: [1, 2] },
      ]);
    }
  });

  it('should read a cell spanning past the last row (w3m draws the rows it runs over as border lines with nothing between)', () => {
    const drawn = drawSpans([[0, 0, 2, 1, '（三）不予公开'], [0, 1, 1, 1, '1.属于国家秘密'], [0, 2, 1, 1, '5'], [1, 1, 1, 1, '2.其他'], [1, 2, 1, 1, '12']], 2, 3, { style: 'single' }).split('\n');
    // The spanning cell's column goes on under two more rows of nothing: their borders, one line after another.
    const rule = drawn.find((l) => /^│[^─]*├/.test(l))!;
    const bottom = drawn.findIndex((l) => l.startsWith('└'));
    const overrun = [...drawn.slice(0, bottom), rule, rule, ...drawn.slice(bottom)];
    expect([...gridRowCells(overrun).rows.values()]).toEqual([
      { cells: ['（三）不予公开', '1.属于国家秘密', '5'], cols: [0, 1, 2] },
      { cells: ['2.其他', '12'], cols: [1, 2] },
    ]);
  });

  it('should leave a drawing whose lines make no grid of rectangles to the row reader', () => {
    const { rows } = gridRowCells(['┌────┬────┐', '│ a  │ 1  │', '│    ├────┤', '│ b    2   │', '└────┴────┘']);
    expect([...rows.values()].some((r) => r.cols)).toBe(false);
  });

  for (const seed of [201, 202, 203, 204]) {
    it(`should read every field of a report drawn with spanning cells at 0.9 or more (spanned-grid-variants seed ${seed})`, async () => {
      const v = build(seed);
      const report = await extract(enc(v.text), { name: 'spans.txt' });
      const want = flattenData(v.data);
      const got = flattenData(report.data);
      const right = [...want].filter(([k, x]) => got.get(k) === x && (report.fields as Record<string, { confidence: number }>)[k]!.confidence >= 0.9);
      expect(right.length).toBe(want.size);
    });
  }
});
