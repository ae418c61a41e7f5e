/**
 * A dash one or two spaces before a number in 2019 table 二 (issue 15): a mark in a cell of its own and
 * the next cell, or the number's minus sign in 本年增/减 — the row's count of cells and its signed column
 * decide (map/signed-pairs); undecided, the fields say so (ambiguous or below 0.9), never a confident guess.
 */
import { extract, flattenData } from '../src/index.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { signedVariants } from '../src/map/signed-pairs.js';
import { rowCandidates } from '../src/map/row-candidates.js';

const parts = (cell: string): string =>
  JSON.stringify(tokenizeCell(cell, { phrases: true, valueCell: 'after' }).parts.map((p) => (p.kind === 'num' ? p.value : p.kind === 'na' ? (p.sign ? 'na±' : 'na') : p.kind)));

describe('a dash one or two spaces before a number', () => {
  it('should be marked a possible sign, never a wider gap, a slash or a double dash', () => {
    expect(parts('－ 3')).toBe('["na±",3]');
    expect(parts('— 3')).toBe('["na±",3]');
    expect(parts('2476 - 1 4884')).toBe('[2476,"na±",1,4884]');
    expect(parts('2476 −  12 3807')).toBe('[2476,"na±",12,3807]');
    expect(parts('2476 －   3 3807')).toBe('[2476,"na",3,3807]');
    expect(parts('5 / 3')).toBe('[5,"na",3]');
    expect(parts('21 － －')).toBe('[21,"na","na"]');
  });
});

const cells = (cell: string, k: number, signed: boolean[], cellsKept = false): string[][] | null => {
  const ways = signedVariants(tokenizeCell(cell, { phrases: true, valueCell: 'after' }).parts.filter((p) => p.kind !== 'text') as never, k, signed, cellsKept);
  return ways && ways.ways.map((w) => w.map((t) => (t.kind === 'num' ? String(t.value) : t.kind)));
};
const ITEMS = [false, true, false];

describe('signedVariants', () => {
  it('should join the pair when the signed column is the one cell left for it', () => {
    expect(cells('2476 － 3 3807', 3, ITEMS)).toEqual([['2476', '-3', '3807']]);
    expect(cells('15 - 5', 2, [false, true])).toEqual([['15', '-5']]);
  });
  it('should keep the mark a cell when the row then prints its cells', () => {
    expect(cells('2476 — 3807', 3, ITEMS)).toEqual([['2476', 'na', '3807']]);
  });
  it('should never join into a column that is not signed', () => {
    expect(cells('－ 3 5', 3, [false, false, false])).toBeNull();
    // '－ 3' first: joined it would stand in 上一年项目数量, not signed.
    expect(cells('－ 3 5', 2, [false, true])).toEqual([['na', '3', '5']]);
  });
  it('should list both ways when neither prints the row', () => {
    expect(cells('－ 3', 3, ITEMS)).toEqual([['na', '3'], ['-3']]);
  });
});

describe('rowCandidates with a sign pair', () => {
  const values = (cell: string) => tokenizeCell(cell, { phrases: true, valueCell: 'after' }).parts.filter((p) => p.kind !== 'text') as never;
  it("should put the cells in doubt where a dump that drops empty cells allows the other way ('5 － 3': 5, −3 and a blank 0)", () => {
    const [first] = rowCandidates({ values: values('5 － 3'), blankCells: 0 }, 3, [], undefined, false, false, ITEMS);
    expect(first!.cells.map((c) => c.value)).toEqual([5, null, 3]);
    // Read the other way the row is short of a cell, which may be any of the three: each is in doubt.
    expect(first!.cells.map((c) => c.flags.includes('repaired'))).toEqual([true, true, true]);
  });
  it('should read it so with no doubt where the row prints its empty cells', () => {
    const [first, ...rest] = rowCandidates({ values: values('5 － 3'), blankCells: 0, onGrid: true }, 3, [], undefined, false, false, ITEMS);
    expect(rest).toHaveLength(0);
    expect(first!.cells.map((c) => c.flags.includes('repaired'))).toEqual([false, false, false]);
  });
});

/** Table 二 of a 2019 report with spaced signs, as a tab dump and a crawler's single-spaced line. */
function report(sep: string): string {
  const row = (label: string, ...cs: string[]): string => [label, ...cs].join(sep);
  return [
    '示例县统计局2019年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况',
    '第二十条第（一）项', row('信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'), row('规章', '15', '14', '9'), row('规范性文件', '7', '9', '2'),
    '第二十条第（五）项', row('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), row('行政许可', '2476', '－ 3', '3807'), row('其他对外管理服务事项', '17', '—', '5'),
    '第二十条第（六）项', row('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), row('行政处罚', '2713', '−  12', '4884'), row('行政强制', '6', '– 4', '19'),
    '第二十条第（八）项', row('信息内容', '上一年项目数量', '本年增/减'), row('行政事业性收费', '15', '- 5'),
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '无。',
  ].join('\n');
}

describe('a 2019 report printing 本年增/减 with spaced signs', () => {
  const want: Record<string, number | null> = {
    'activeDisclosure.licensing.change': -3, 'activeDisclosure.licensing.decisions': 3807, 'activeDisclosure.otherServices.change': null,
    'activeDisclosure.otherServices.decisions': 5, 'activeDisclosure.punishment.change': -12, 'activeDisclosure.coercion.change': -4,
    'activeDisclosure.fees.prevItems': 15, 'activeDisclosure.fees.change': -5,
  };
  for (const [name, sep] of [['tab', '\t'], ['crawler', ' ']] as const) {
    it(`should read each change signed and no number wrong at ≥ 0.8 (${name})`, async () => {
      const rep = await extract(new TextEncoder().encode(report(sep)), { name: `${name}.txt` });
      const got = flattenData(rep.data);
      const fields = rep.fields as Record<string, { confidence: number }>;
      for (const [key, v] of Object.entries(want)) {
        const g = got.get(key);
        if (typeof g === 'number' && (fields[key]?.confidence ?? 0) >= 0.8) expect([key, g]).toEqual([key, v]);
      }
      expect([got.get('activeDisclosure.licensing.change'), fields['activeDisclosure.licensing.change']!.confidence >= 0.9]).toEqual([-3, true]);
    });
  }
});

/**
 * A space-aligned dump (pdftotext -layout) splits cells at two spaces: a dash two spaces before its
 * number comes out a cell of its own, the row's last cell empty ('1527      –  8      '). Read as a mark
 * and 8 under 处理决定数量 it would print the row's three cells: the other way (−8, an empty cell) must
 * keep those cells in doubt (tables/build-rows markSignApart), never a confident mark and 8.
 */
describe('a layout dump splitting a minus sign from its number at two spaces', () => {
  const pad = (label: string, ...cs: string[]): string => label.padEnd(12, '\u3000') + cs.map((c) => c.padStart(16)).join('');
  const text = [
    '示例县统计局2019年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况',
    '第二十条第（五）项', pad('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), pad('行政许可', '2476', '9', '3807'),
    '第二十条第（六）项', pad('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), pad('行政处罚', '1527', '–  8', ''), pad('行政强制', '6', '4', '19'),
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '无。',
  ].join('\n');
  it('should not read the dash a mark and the number the next cell at ≥ 0.8', async () => {
    const rep = await extract(new TextEncoder().encode(text), { name: 'layout.txt' });
    const got = flattenData(rep.data);
    const fields = rep.fields as Record<string, { confidence: number }>;
    for (const [key, v] of [['activeDisclosure.punishment.change', -8], ['activeDisclosure.punishment.decisions', 0]] as const) {
      const g = got.get(key);
      if (typeof g === 'number' && g !== v) expect([key, g, (fields[key]?.confidence ?? 0) < 0.8]).toEqual([key, g, true]);
    }
    expect(got.get('activeDisclosure.punishment.prevItems')).toBe(1527);
  });
});
