/**
 * Table 三 printed in a web page's grid (map/grid-columns with map/grid-evidence): a header whose cells
 * name every value column — in any order, in the template's words or short forms — is followed at
 * full confidence when the identities agree (总计 the one column every row sums to, the rows read from
 * those columns); a header shifted against its rows, 总计 fitting two columns, or a wrong printed 总计
 * leaves the table below 0.9 as before. Then generated variants (scripts/page-grid-variants.mjs) on
 * seeds not looked at while writing the reader.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { orderKeys } from './helpers/report-fields.js';
import { variant, type PageGridVariant } from '../scripts/page-grid-variants.mjs';
import { totalColumnsByValues } from '../src/map/grid-evidence.js';
import type { Line } from '../src/model/document.js';

type Variant = PageGridVariant;
const read = (s: Variant): Promise<Report> => extract(s.bytes, { name: s.name });
/** Table 三's keys at >= 0.9: right and wrong against the printed values. */
function confident(r: Report, s: Variant, only: ReadonlySet<string> | null = null): { right: number; wrong: string[] } {
  const got = flattenData(r.data);
  const out = { right: 0, wrong: [] as string[] };
  for (const [k, truth] of flattenData({ requests: s.data.requests } as never)) {
    if ((r.fields[k]?.confidence ?? 0) < 0.9 || (only && !only.has(k))) continue;
    if (got.get(k) === truth) out.right++;
    else out.wrong.push(k);
  }
  return out;
}
/** The first seed from 1000 on whose variant matches `want`. */
function seedWith(want: Record<string, string>): Variant {
  for (let seed = 1000; ; seed++) {
    const s = variant(seed);
    if (Object.entries(want).every(([k, x]) => s.v[k] === x)) return s;
  }
}

describe('table 三 in a page grid read by its header cells', () => {
  it('follows a two-level header with its columns shuffled at full confidence', async () => {
    const s = seedWith({ header: 'two-level', order: 'all', words: 'template', extra: 'none' });
    const r = await read(s);
    expect(confident(r, s)).toEqual({ right: 175, wrong: [] });
  });
  it('follows short column words (个人, 企业, 科研, 律所, 其他组织, 合计) and a 序号 column', async () => {
    const s = seedWith({ header: 'flat', words: 'short', extra: 'seq' });
    expect(confident(await read(s), s)).toEqual({ right: 175, wrong: [] });
  });
  it('keeps a header shifted against its rows, rows whose 总计 fits two columns and a wrong 总计 below 0.9', async () => {
    for (const extra of ['shift', 'corner', 'personsOnly', 'wrongTotal']) {
      const s = seedWith({ order: 'all', extra });
      const r = await read(s);
      expect([extra, confident(r, s).wrong]).toEqual([extra, []]);
      // (Rows printing one number in all seven columns keep it whatever the order: crawl48's orderFreeKeys.)
      expect([extra, confident(r, s, new Set(orderKeys(r, 'requests.'))).right]).toEqual([extra, 0]);
    }
  });
});

describe('totalColumnsByValues', () => {
  const row = (values: number[]): Line => ({ cells: values.map(String), cols: values.map((_, i) => i), separated: true, source: { table: 0 } });
  it('finds the one column every row sums to, and both ends of rows that fit either', () => {
    expect(totalColumnsByValues([row([5, 1, 6]), row([2, 0, 2])], [0, 1, 2])).toEqual([2]);
    expect(totalColumnsByValues([row([6, 5, 1]), row([2, 2, 0])], [0, 1, 2])).toEqual([0]);
    expect(totalColumnsByValues([row([4, 0, 4]), row([2, 0, 2])], [0, 1, 2])).toEqual([0, 2]);
  });
});

/** Right at >= 0.9 on seeds 300..339 when the reader was written: 1872 (472 before it; the reader was checked on seeds 1..80 only); a margin below it. */
const RIGHT_AT_LEAST = 1800;

describe('generated page grids (scripts/page-grid-variants.mjs), seeds not used while writing the reader', () => {
  it('reads the columns the header and the identities determine at >= 0.9 and none wrong at >= 0.9', async () => {
    let right = 0;
    const wrong: string[] = [];
    for (let seed = 300; seed < 340; seed++) {
      const s = variant(seed);
      const c = confident(await read(s), s);
      right += c.right;
      wrong.push(...c.wrong.map((k) => `${seed} ${k}`));
    }
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(RIGHT_AT_LEAST);
  });
});
