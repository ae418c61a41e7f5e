/**
 * Rows placed by an order alone among rows the identities cannot tell apart (score/exchangeable-rows orderPlacedRows,
 * score ORDER_ONLY_CAP): plain `pdftotext` (no -layout) of a Chromium print of a borderless table 三 whose group cell
 * '（三）不予公开' wraps beside its sub-rows writes most rows as their label line then their values line, but the row whose
 * label shares a baseline with the group label's first piece after its values ('3.危及…' / its values / the next row's values /
 * '（三）不 4.保护第三方合法权益' / '予公开 5.属于三类内部事务信息' / row 5's values; fresh51 v/pdftotext-raw-thead r03). Which of
 * the two value lines is 三安全一稳定's the order does not say and no identity does either (both rows are parts of the same
 * sums): neither may come out at 0.8 or more with the other's values. tables/column-pages took '2.其他法律… 1 0 0 0 0 0 1' (a
 * row printed whole) and '3.危及…' for a label pile and gave them the two value lines below in stream order, at 0.85.
 */
import { conf, read, value } from './helpers/report-fields.js';
import { consistentRequests } from './helpers/table3.js';
import { orderOnlyRows, orderPlacedRows } from '../src/score/exchangeable-rows.js';
import type { Placement } from '../src/map/index.js';
import type { SolvedField } from '../src/solve/index.js';

const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
// Outcome rows' cells: distinct small counts, rows 3.危及 (index 4) and 4.保护 (index 5) other values than each other.
const rows = consistentRequests((r, c) => (c === 0 ? 1 + ((r * 5) % 7) : c === 2 && r % 3 === 1 ? 1 : 0));
const v = (key: string): string => rows.get(key)!.join(' ');

function dump(): Uint8Array {
  const text = [
    '某某市生态环境分局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。',
    '二、主动公开政府信息情况', '第二十条第（五）项', '信息内容', '行政许可', '本年处理决定数量', '12', '',
    '三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第 自然 法人或其他组织',
    '社会 法律 其 总', '三项加第四项之和）', '商业', '科研', '人 企业 机构 公益 服务 他 计', '组织 机构',
    '一、本年新收政府信息公开申请数量', v('newReceived'), '二、上年结转政府信息公开申请数量', v('carriedOver'),
    '（一）予以公开', v('granted'), `（二）部分公开（区分处理的，只计这一情 ${v('partiallyGranted')}`, '形，不计其他情形）',
    '1.属于国家秘密', v('denied.stateSecret'), `2.其他法律行政法规禁止公开 ${v('denied.prohibitedByLaw')}`,
    '3.危及“三安全一稳定”', v('denied.endangersStability'), v('denied.thirdPartyRights'), '（三）不 4.保护第三方合法权益',
    '予公开 5.属于三类内部事务信息', v('denied.internalAffairs'), '6.属于四类过程性信息', v('denied.processInfo'),
    '7.属于行政执法案卷', v('denied.enforcementFiles'), '8.属于行政查询事项', v('denied.adminQuery'),
    `1.本机关不掌握相关政府信息 ${v('unavailable.notHeld')}`, `（四）无 2.没有现成信息需要另行制作 ${v('unavailable.needsCreation')}`,
    '三、本年 法提供', '3.补正后申请内容仍不明确', v('unavailable.unclear'), '度办理结', '1.信访举报投诉类申请', v('notProcessed.complaint'),
    '果', '2.重复申请', v('notProcessed.duplicate'), '（五）不 3.要求提供公开出版物', v('notProcessed.publication'),
    '予处理 4.无正当理由大量反复申请', v('notProcessed.excessive'), `5.要求行政机关确认或重新出具已 ${v('notProcessed.confirmation')}`, '获取信息',
    '1.申请人无正当理由逾期不补正、', `行政机关不再处理其政府信息公开 ${v('otherHandling.overdueCorrection')}`, '申请',
    '（六）其 2.申请人逾期未按收费通知要求缴', `他处理 纳费用、行政机关不再处理其政府 ${v('otherHandling.overdueFee')}`, '信息公开申请',
    '3.其他', v('otherHandling.other'), '（七）总计', v('totalHandled'), '', '四、结转下年度继续办理', v('carriedForward'), '',
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', '',
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('rows an order alone placed among rows that sum alike', () => {
  it('should leave neither of two sub-rows whose value lines the dump wrote apart from their labels at 0.8 or more with the other’s values', async () => {
    const r = await read(dump());
    for (const row of ['denied.endangersStability', 'denied.thirdPartyRights']) {
      COLS.forEach((c, j) => {
        const key = `requests.${row}.${c}`;
        if (value(r, key) !== rows.get(row)![j]) expect([key, conf(r, key) < 0.8]).toEqual([key, true]);
      });
    }
  });

  it('should read a row printed whole (label and values on one line) as printed, and no label pile before two value lines', async () => {
    const r = await read(dump());
    COLS.forEach((c, j) => expect(value(r, `requests.denied.prohibitedByLaw.${c}`)).toBe(rows.get('denied.prohibitedByLaw')![j]));
    // (tables/column-pages had read '2.其他法律…' and '3.危及…' as a page of labels whose values follow one row per line.)
    expect(r.warnings.filter((w) => w.code === 'columns_unread' && w.keys?.includes('requests'))).toEqual([]);
  });

  it('should cap rows placed by position or by a stream’s order, not rows whose own label placed them', () => {
    const keys = ['a.x', 'a.y', 'b.x', 'b.y'].map((k) => `requests.denied.${k}`);
    const ids = [{ id: 'requests.outcomes.x', total: 'requests.t.x', parts: ['requests.denied.a.x', 'requests.denied.b.x'] },
      { id: 'requests.outcomes.y', total: 'requests.t.y', parts: ['requests.denied.a.y', 'requests.denied.b.y'] }];
    const base: Placement = { by: 'label', labelScore: 0.8, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
    const field = (v: number): SolvedField => ({ value: v, flags: [] }) as unknown as SolvedField;
    const fields = new Map(keys.map((k, i) => [k, field(i)]));
    // Fuzzy labels on the values' lines: order-only (≤ 0.85), but a label placed each.
    const fuzzy = new Map(keys.map((k) => [k, base]));
    expect([...orderOnlyRows(keys, ids, fields, fuzzy)].sort()).toEqual(['requests.denied.a', 'requests.denied.b']);
    expect([...orderPlacedRows(keys, ids, fields, fuzzy)]).toEqual([]);
    // Values a stream's order put beside the labels (column-pages), or rows placed by position: below 0.8.
    const streamed = new Map(keys.map((k) => [k, { ...base, row: { ...base.row!, valuesByOrder: true } }]));
    expect([...orderPlacedRows(keys, ids, fields, streamed)].sort()).toEqual(['requests.denied.a', 'requests.denied.b']);
    const placed = new Map(keys.map((k) => [k, { ...base, by: 'position' as const, labelScore: 0 }]));
    expect([...orderPlacedRows(keys, ids, fields, placed)].sort()).toEqual(['requests.denied.a', 'requests.denied.b']);
    // The same values in both: a swap changes nothing.
    expect([...orderPlacedRows(keys, ids, new Map(keys.map((k) => [k, field(0)])), placed)]).toEqual([]);
  });

  it('should cap rows only an order placed across blocks too: a block whose rows all hold zeros beside another block’s row of other values', () => {
    // map/table-stream aligned a column-printed table by count (fresh55 f011): （二）部分公开's 4s went to 4.保护第三方合法权益, and
    // （一）/（二）, both zeros, kept 0.85 — their block's rows agreed. Rows of both blocks sum alike into （七）总计.
    const rowsOf = ['requests.granted', 'requests.partiallyGranted', 'requests.denied.a', 'requests.denied.b'];
    const keys = rowsOf.flatMap((r) => [`${r}.x`, `${r}.y`]);
    const ids = ['x', 'y'].map((c) => ({ id: `requests.outcomes.${c}`, total: `requests.t.${c}`, parts: rowsOf.map((r) => `${r}.${c}`) }));
    const field = (v: number): SolvedField => ({ value: v, flags: [] }) as unknown as SolvedField;
    const fields = new Map(keys.map((k) => [k, field(k.startsWith('requests.denied.b') ? 4 : 0)]));
    const placed = new Map(keys.map((k) => [k, { by: 'position' as const, labelScore: 0, source: {} } as Placement]));
    expect([...orderPlacedRows(keys, ids, fields, placed)].sort()).toEqual([...rowsOf].sort());
    // Rows their labels placed keep their blocks apart: within each block the values agree, so nothing is order-only.
    const base: Placement = { by: 'label', labelScore: 0.8, source: {}, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } };
    const labelled = new Map(keys.map((k) => [k, base]));
    expect([...orderPlacedRows(keys, ids, fields, labelled)]).toEqual([]);
  });
});
