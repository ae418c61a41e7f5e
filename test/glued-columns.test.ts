/**
 * pypdf `extract_text()` of a full table 三 (zeros printed) whose 其他 and 总计 cells touch: every row loses the gap
 * before its total ('… 2 524' for 2 | 5 | 24), two rows of large counts the gap after their first cell too, and a
 * label filling its cell has the row's first value glued to its last line ('…内部事务信息79 71 13 0 1 0164'; fresh55
 * f033). Each row is read as the cuts of its runs keeping its own total, the identities through the other rows
 * confirming (map/row-candidates touchingReadings, map/fused-split markTextRuns). Before: a row whose first value was
 * glued to its label had only that run cut (a one-digit one: no cut at all, the row read with an unknown cell), and
 * every other row listed its whole readings (a cell left unknown) at the cost of its cuts: some 8 equal readings a
 * row, no search finished, and table 三 came out ambiguous whole.
 */
import { extract, flattenData } from '../src/index.js';
import { consistentRequests, REQUEST_LABELS_2021 } from './helpers/table3.js';
import { conf } from './helpers/report-fields.js';

const LABELS = REQUEST_LABELS_2021;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

/** The table's values: outcome cells 0 to 8 (zeros printed), the totals rows in the tens; every identity kept. */
const values = (): Map<string, number[]> => consistentRequests((i, c) => (i * 5 + c * 3) % 9, [4, 4, 7, 7, 8, 3], [1, 7, 8, 2, 6, 3]);

/** A row's line(s): the label wrapped at 9 characters, the run glued to its last piece on odd rows; the gap before 总计 lost, and after the first cell on `wide` rows. */
function rowLines(label: string, cells: readonly number[], i: number, wide: boolean): string[] {
  const pieces = label.match(/.{1,9}/gu) ?? [label];
  const run = cells.map((c, j) => (j === 0 ? String(c) : j === 6 || (wide && j === 1) ? String(c) : ` ${c}`)).join('');
  return [...pieces.slice(0, -1), `${pieces.at(-1)}${i % 2 === 1 ? '' : ' '}${run}`];
}

function dump(rows: Map<string, number[]>): Uint8Array {
  const text = [
    '某某市公安局2022年度政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '第二十条第（六）项', '信息内容本年处理决定数量', '行政处罚 432', '',
    '三、收到和处理政府信息公开申请情况', '本列数据的勾稽关系为：第一项加第二项之和，等于', '第三项加第四项之和申请人情况',
    '自然', '人法人或其他组织', '总', '计商业', '企业科研', '机构社会公', '益组织法律服', '务机构其', '他',
    ...LABELS.flatMap(([k, label], i) => rowLines(label, rows.get(k)!, i, k === 'newReceived' || k === 'totalHandled')),
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('pypdf: a full table 三 whose rows lose the gap before their 总计', () => {
  it('should read every row as the cuts keeping its total, confirmed through the identities', async () => {
    const rows = values();
    const r = await extract(dump(rows), { name: 'r.txt' });
    const got = flattenData(r.data);
    const wrong: string[] = [];
    let confident = 0;
    for (const [key] of LABELS) {
      rows.get(key)!.forEach((want, c) => {
        const k = `requests.${key}.${COLS[c]}`;
        if (got.get(k) !== want) wrong.push(`${k} ${String(got.get(k))} (${want})`);
        else if (conf(r, k) >= 0.9) confident++;
      });
    }
    // Before: 0 of 175 read (every row ambiguous).
    expect(wrong).toEqual([]);
    expect(confident).toBeGreaterThanOrEqual(140);
  });
});
