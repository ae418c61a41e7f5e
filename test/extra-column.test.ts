/**
 * Table 三 printed with a column the template lacks that is no subtotal (map/subtotal-column, kind
 * 'other'): last year's totals, a change, a rate, a copy of 总计 headed 合计. Found by its header word
 * and by the rows' sums without it, left out with a `columns_extra` warning naming it; a column no
 * header word names stays (read as printed, low). Every expected value is read off the input.
 */
import { extract, flattenData } from '../src/index.js';
import { codes, expectRequestRows, read } from './helpers/report-fields.js';
import { labelledRequestRows } from './helpers/table3.js';
import { REQUEST_ROWS_COMBINED } from '../src/template/requests.js';
import { build } from '../scripts/t3-shape-variants.mjs';
import { verdict } from '../scripts/template-data.mjs';

/** Rows as printed without the extra column (自然人 … 其他 总计); the identities hold. */
const VALUES: Record<string, string> = {
  newReceived: '5 2 1 0 3 1 12', carriedOver: '1 0 0 0 1 0 2', granted: '3 1 1 0 2 0 7', partiallyGranted: '1 1 0 0 0 1 3',
  'unavailable.notHeld': '1 0 0 0 1 0 2', totalHandled: '5 2 1 0 3 1 12', carriedForward: '1 0 0 0 1 0 2',
};
/** Last year's 总计 per row (no identity with this year's values). */
const PREV: Record<string, string> = { newReceived: '20', carriedOver: '3', granted: '9', partiallyGranted: '4', 'unavailable.notHeld': '7', totalHandled: '20', carriedForward: '3' };
/** Last year's 总计 of a row (0 for the rows not listed). */
const prev = (k: string): string => PREV[k] ?? '0';
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

function report(header: string[], cells: (key: string, v: string) => string[]): Uint8Array {
  const rows = labelledRequestRows(VALUES);
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '三、收到和处理政府信息公开申请情况', ...header,
    ...rows.map(([label, v], i) => [label, ...cells(REQUEST_ROWS_COMBINED[i]!.key, v)].join('\t')),
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const asRows = Object.entries(VALUES);

describe('table 三 with an extra column that is no subtotal', () => {
  it('leaves out a 上年数 column after 总计 (named by the group header) and names it in the warning', async () => {
    const header = [`${NOTE}\t申请人情况\t上年数`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];
    const bytes = report(header, (k, v) => [...v.split(' '), prev(k)]);
    const r = await read(bytes);
    expect(r.warnings.find((w) => w.code === 'columns_extra')?.message).toContain("headed '上年数' (value 8 of 8");
    await expectRequestRows(bytes, asRows, 'confident');
  });

  it('leaves out a signed 同比增减 column printed first and a rate column (增长率, \'12.5%\') before 总计', async () => {
    const change = report([`${NOTE}\t同比增减\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计`], (k, v) => [`${Number(v.split(' ')[6]) - Number(prev(k)) >= 0 ? '+' : ''}${Number(v.split(' ')[6]) - Number(prev(k))}`, ...v.split(' ')]);
    expect(codes(await read(change))).toContain('columns_extra');
    await expectRequestRows(change, asRows, 'confident');
    const rate = report([`${NOTE}\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t增长率\t总计`], (_k, v) => { const n = v.split(' '); return [...n.slice(0, 6), '-12.5%', n[6]!]; });
    expect(codes(await read(rate))).toContain('columns_extra');
    await expectRequestRows(rate, asRows, 'confident');
  });

  it('leaves out a 合计 column repeating 总计 where the group header line places it: first, or after 自然人', async () => {
    // 合计 prints 总计 again: dropping it or 总计 leaves the same values; the header line names which one is 合计.
    const first = report([`${NOTE}\t申请人情况`, '合计\t自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'], (_k, v) => { const n = v.split(' '); return [n[6]!, ...n]; });
    expect((await read(first)).warnings.find((w) => w.code === 'columns_extra')?.message).toContain('value 1 of 8');
    await expectRequestRows(first, asRows, 'confident');
    // After 自然人: no subtotal of the five sub-columns (it is 总计, not 总计 less 自然人), so no failing subtotal check.
    const afterNp = report([`${NOTE}\t申请人情况`, '自然人\t合计\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'], (_k, v) => { const n = v.split(' '); return [n[0]!, n[6]!, ...n.slice(1)]; });
    expect((await read(afterNp)).warnings.find((w) => w.code === 'columns_extra')?.message).toContain('value 2 of 8');
    await expectRequestRows(afterNp, asRows, 'confident');
  });

  it('does not drop an eighth column no header word names, nor one whose place the rows do not decide', async () => {
    const unnamed = report([`${NOTE}\t申请人情况`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'], (k, v) => [...v.split(' '), prev(k)]);
    expect(codes(await read(unnamed))).not.toContain('columns_extra');
    await expectRequestRows(unnamed, asRows, 'safe');
    // 上年数 named in a text band, its values this year's 自然人 again: dropping 自然人 or 上年数 leaves other sevens.
    const twin = report([`${NOTE}\t申请人情况\t上年数`, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'], (_k, v) => { const n = v.split(' '); return [n[0]!, ...n]; });
    await expectRequestRows(twin, asRows, 'safe');
  });
});

describe('scripts/t3-shape-variants.mjs (extra)', () => {
  it('reads its extra-column variants on seeds 301..312 with no field wrong at >= 0.9, most right', async () => {
    let right = 0, all = 0;
    for (let seed = 301; seed <= 312; seed++) {
      const v = build(seed, 'extra', (['tab', 'space', 'html', 'docx'] as const)[seed % 4]!);
      const rep = await extract(v.bytes, { name: v.name });
      const got = flattenData(rep.data);
      for (const [k, truth] of flattenData({ requests: v.data.requests })) {
        const verdictOf = verdict(got.get(k), truth, (rep.fields as Record<string, { confidence: number }>)[k]?.confidence ?? 0);
        expect([seed, k, verdictOf]).not.toEqual([seed, k, 'wrong']);
        all++;
        if (verdictOf === 'right') right++;
      }
    }
    expect(right).toBeGreaterThanOrEqual(0.8 * all);
  });
});
