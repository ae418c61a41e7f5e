/**
 * A table 三 row printed '/' in every cell (not applicable: null, never 0) in text that a refill ran
 * together (`fmt -w 80`: rows joined into paragraphs, one space at each join). The marks run into
 * the next row's label ('/    / （五）不予处理') or into the line after the row's label, and a short run
 * ('/ / /' for seven cells) leaves cells unprinted: none of them may come out a number
 * (tables/tokenize-cell LEADING_NA / MID_NA, map/split-rows, map/row-candidates markedRow).
 */
import { execFileSync } from 'node:child_process';
import { extract, flattenData } from '../src/index.js';
import { rowCandidates } from '../src/map/row-candidates.js';
import { tokenizeCell, type ValueToken } from '../src/tables/tokenize-cell.js';
import { COLS, makeValues, requestRows, requestValues } from '../scripts/template-data.mjs';

const parts = (cell: string): string => JSON.stringify(tokenizeCell(cell).parts.map((p) => (p.kind === 'text' ? p.text.trim() : p.kind === 'num' ? p.value : p.kind)));

describe('not-applicable marks standing apart before or between labels', () => {
  it('should read leading marks before a label, or a cell of marks only, as value cells', () => {
    expect(parts('/ （五）不予处理')).toBe('["na","(五)不予处理"]');
    expect(parts('/ / 3.其他')).toBe('["na","na","3.其他"]');
    expect(parts('/ / /')).toBe('["na","na","na"]');
  });
  it('should read marks between two labels of one cell as value cells', () => {
    expect(parts('（二）部分公开 / / / （三）不予公开 1.属于国家秘密 8 0')).toBe('["(二)部分公开","na","na","na","(三)不予公开 1.属于国家秘密",8,0]');
  });
  it("should keep a label's own slash, a date and a page mark as text", () => {
    expect(parts('本年增 / 减')).toBe('["本年增 / 减"]');
    expect(parts('和 / 或 其他')).toBe('["和 / 或 其他"]');
    expect(parts('/ 2023年')).toBe('["/ 2023年"]');
    expect(parts('- 7 -')).toBe('["- 7 -"]');
  });
});

describe('a row printing only marks, fewer than its cells', () => {
  it('should be not applicable in every cell, none left for the identities to fill', () => {
    const na: ValueToken = { kind: 'na', raw: '/' };
    const readings = rowCandidates({ values: [na, na, na], blankCells: 0 }, 7, [6]);
    expect(readings).toHaveLength(1);
    expect(readings[0]!.cells.map((c) => c.value)).toEqual([null, null, null, null, null, null, null]);
    expect(readings[0]!.cells.every((c) => c.flags.includes('notApplicable'))).toBe(true);
    expect(readings[0]!.cells.slice(3).every((c) => c.flags.includes('repaired'))).toBe(true);
  });
});

/** A report whose table 三 prints row `naKey` '/' (`marks` of them), laid out like `pdftotext -layout` and refilled by `fmt -w width`. */
function refilledReport(seed: number, naKey: string, marks: number, width: number): { text: string; truth: Map<string, number | null> } {
  const data = makeValues(seed, { scale: 300 }) as { requests: Record<string, Record<string, number | null>> };
  const req = (key: string): Record<string, number | null> => key.split('.').reduce((o: any, p) => o[p], data.requests);
  // The row's values out of 总计 and 新收 (上年结转 for what 新收 cannot give): the identities hold with the row as 0.
  for (const c of COLS) {
    const v = req(naKey)[c]!;
    const fresh = req('newReceived')[c]!;
    req('totalHandled')[c]! -= v;
    req('newReceived')[c] = fresh - Math.min(v, fresh);
    req('carriedOver')[c]! -= v - Math.min(v, fresh);
    req(naKey)[c] = null;
  }
  const rows = requestRows(false).map(([group, label, key]: [string, string, string]) => {
    const cells = key === naKey ? Array.from({ length: marks }, () => '/') : requestValues(data, key).map(String);
    return `    ${[group, label, ...cells].filter(Boolean).join('    ')}`;
  });
  const lines = ['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '三、收到和处理政府信息公开申请情况',
    '    （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）    申请人情况', '    自然人    法人或其他组织    总计', '    商业企业    科研机构    社会公益组织    法律服务机构    其他',
    ...rows, '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'];
  const text = execFileSync('fmt', ['-w', String(width)], { input: `${lines.join('\n')}\n` }).toString('utf8');
  const truth = new Map<string, number | null>();
  for (const [, , key] of requestRows(false) as [string, string, string][]) for (const c of COLS) truth.set(`requests.${key}.${c}`, req(key)[c]!);
  return { text, truth };
}

describe('a refilled report with a row marked not applicable', () => {
  for (const [seed, naKey, marks, width] of [[41, 'unavailable.unclear', 7, 80], [42, 'denied.adminQuery', 3, 72], [43, 'notProcessed.duplicate', 7, 100]] as const) {
    it(`should read no number for ${naKey} ('/' × ${marks}, fmt -w ${width}) and no other field wrong at ≥ 0.9`, async () => {
      const { text, truth } = refilledReport(seed, naKey, marks, width);
      const rep = await extract(new TextEncoder().encode(text), { name: 'refilled.txt' });
      const got = flattenData(rep.data);
      const fields = rep.fields as Record<string, { confidence: number }>;
      for (const [key, want] of truth) {
        if (want === null) expect([key, typeof got.get(key)]).not.toEqual([key, 'number']);
        else if ((fields[key]?.confidence ?? 0) >= 0.9) expect([key, got.get(key)]).toEqual([key, want]);
      }
    });
  }
});
