/**
 * Table 三 printing its five 法人或其他组织 sub-columns as one column (map/merged-group): 自然人 and 总计
 * placed by the header when the rows sum to 总计 there, the group column no template key (its sub-columns
 * missing, never 其他 at full confidence); a page grid's short row (map/grid-evidence) read at its own
 * offset so a header naming every column is still followed; one column headed by an unknown word
 * takes the leaf left over, below 0.9 (map/grid-columns). Generated pages (scripts/page-grid-variants.mjs)
 * on seeds not looked at while writing the reader.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { orderKeys } from './helpers/report-fields.js';
import { requestRows, SUB_COLUMNS } from '../scripts/template-data.mjs';
import { variant, type PageGridVariant } from '../scripts/page-grid-variants.mjs';

const PRE = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
const POST = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];

/** A tab dump of table 三 with the columns `header` (自然人 / group / 总计 words) holding `of(row, column)`; rows summing to 总计. */
function tabDump(header: readonly string[], keys: readonly string[], rowValues: (i: number) => [number, number]): Uint8Array {
  const rows = requestRows(false).map(([g, l], i) => {
    const [np, org] = rowValues(i);
    const by: Record<string, number> = { naturalPerson: np, group: org, total: np + org };
    return [`${g}${l}`, ...keys.map((k) => by[k]!)].join('\t');
  });
  const text = [...PRE, '三、收到和处理政府信息公开申请情况', ['项目', ...header].join('\t'), ...rows, ...POST].join('\n');
  return new TextEncoder().encode(text);
}

const conf = (r: Report, k: string): number => r.fields[k]?.confidence ?? 0;

/** Totals that balance per column: newReceived + carriedOver = totalHandled + carriedForward, totalHandled the sum of the outcomes. */
function balanced(i: number, rows: number): [number, number] {
  // Rows: 0 newReceived, 1 carriedOver, 2..rows-3 outcomes, rows-2 totalHandled, rows-1 carriedForward.
  const outcomes = rows - 4;
  if (i === 0) return [outcomes * 2, outcomes * 3];
  if (i === 1 || i === rows - 1) return [0, 0];
  if (i === rows - 2) return [outcomes * 2, outcomes * 3];
  return [2, 3];
}

describe('table 三 with 法人或其他组织 printed as one column', () => {
  const n = requestRows(false).length;
  for (const word of ['其他组织', '其他', '法人或其他组织']) {
    it(`reads 自然人 and 总计 beside a group column headed ${word}, in another order; the sub-columns stay missing`, async () => {
      const r = await extract(tabDump(['总计', word, '自然人'], ['total', 'group', 'naturalPerson'], (i) => balanced(i, n)), { name: 'merged.txt' });
      const got = flattenData(r.data);
      expect(got.get('requests.newReceived.naturalPerson')).toBe((n - 4) * 2);
      expect(got.get('requests.newReceived.total')).toBe((n - 4) * 5);
      expect(conf(r, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
      for (const c of SUB_COLUMNS) {
        expect([c, got.get(`requests.newReceived.${c}`) ?? null]).toEqual([c, null]);
        expect(conf(r, `requests.granted.${c}`)).toBeLessThan(0.9);
      }
      expect(r.warnings.find((w) => w.code === 'columns_absent')?.message).toContain('as one column');
    });
  }
  it('does not read the header so when 总计 is not where the rows sum (the group column is not placed at all)', async () => {
    // The header names 总计 over the 自然人 values: the rows contradict it.
    const r = await extract(tabDump(['总计', '其他组织', '自然人'], ['naturalPerson', 'group', 'total'], (i) => balanced(i, n)), { name: 'merged.txt' });
    expect(conf(r, 'requests.newReceived.otherOrg')).toBeLessThan(0.9);
    expect(conf(r, 'requests.newReceived.total')).toBeLessThan(0.9);
  });
});

type Variant = PageGridVariant;
/** Table 三's keys at >= 0.9: right and wrong against the printed values. */
function confident(r: Report, s: Variant): { right: number; wrong: string[] } {
  const got = flattenData(r.data);
  const out = { right: 0, wrong: [] as string[] };
  for (const [k, truth] of flattenData({ requests: s.data.requests } as never)) {
    if (conf(r, k) < 0.9) continue;
    if (got.get(k) === truth) out.right++;
    else out.wrong.push(k);
  }
  return out;
}
function seedWith(want: Record<string, string>, from = 2000): Variant {
  for (let seed = from; ; seed++) {
    const s = variant(seed);
    if (Object.entries(want).every(([k, x]) => s.v[k] === x)) return s;
  }
}

describe('generated pages (scripts/page-grid-variants.mjs)', () => {
  it('follows a header over a short （七）总计 row, bare or padded with an empty cell, at full confidence', async () => {
    for (const extra of ['shortRow', 'padded']) {
      const s = seedWith({ order: 'all', extra });
      const c = confident(await extract(s.bytes, { name: s.name }), s);
      expect([extra, c]).toEqual([extra, { right: 175, wrong: [] }]);
    }
  });
  it('follows a header with one column headed by a word no reader knows: the others at full confidence, that one below 0.9', async () => {
    const s = seedWith({ order: 'all', extra: 'lostWord' });
    const r = await extract(s.bytes, { name: s.name });
    expect(confident(r, s).wrong).toEqual([]);
    // One column's 25 values below 0.9, but those of rows printing one number in all seven columns (that number whatever
    // the order: crawl48's orderFreeKeys); every other value at full confidence.
    const ordered = new Set(orderKeys(r, 'requests.'));
    const low = Object.keys(r.fields).filter((k) => k.startsWith('requests.') && conf(r, k) < 0.9);
    const columns = new Set(low.map((k) => k.slice(k.lastIndexOf('.') + 1)));
    expect(columns.size).toBe(1);
    const column = [...columns][0]!;
    expect(low.length + [...flattenData(r.data).keys()].filter((k) => k.startsWith('requests.') && k.endsWith(`.${column}`) && !ordered.has(k) && conf(r, k) >= 0.9).length).toBe(25);
    expect(low.every((k) => ordered.has(k))).toBe(true);
  });
  it('never reads a merged group column as a sub-column at >= 0.9, whatever word heads it', async () => {
    let right = 0;
    const wrong: string[] = [];
    for (let seed = 2000, found = 0; found < 8; seed++) {
      const s = variant(seed);
      if (s.v.extra !== 'mergedAs') continue;
      found++;
      const c = confident(await extract(s.bytes, { name: s.name }), s);
      right += c.right;
      wrong.push(...c.wrong.map((k) => `${seed} ${k}`));
    }
    expect(wrong).toEqual([]);
    // 自然人 and 总计 of most of them (a group headed 单位 is not read at all).
    expect(right).toBeGreaterThanOrEqual(4 * 50);
  });
});
