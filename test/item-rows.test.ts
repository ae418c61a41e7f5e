/**
 * Table 三 dumped by `pdftotext -layout` from a print whose narrow label column sets each cell's text
 * at the top (LibreOffice, Word): a row's values on its label's FIRST line beside its item number
 * ('(1)', '1.', '4.无 (1)' with the block column's piece), the label wrapped below two characters a
 * line (map/item-rows). Read as printed, the text above a values line — the previous row's tail —
 * named it: a one-row shift inside a block that every sum confirms (0.97 wrong). Values by hand.
 */
import { REQUEST_ROWS_SPLIT } from '../src/template/requests.js';
import { markerOnly, namesItsRow } from '../src/map/named-row.js';
import { expectRequestRows } from './helpers/report-fields.js';
import { TAIL, TOP, v, Z } from './helpers/table3-text.js';

/** [block column pieces, one per label line; item number; label; values]. */
type Row = [string[], string, string, string];
const BLOCKS: Record<string, string[]> = { denied: ['3.不', '予公', '开'], unavailable: ['4.无', '法提', '供'], notProcessed: ['5.不', '予处', '理'] };
const SUBS: [string, string, string][] = [
  ['denied', '属于国家秘密', Z], ['denied', '其他法律行政法规禁止公开', Z], ['denied', '危及“三安全一稳定”', v(1, 0, 0, 0, 0, 0)],
  ['denied', '保护第三方合法权益', Z], ['denied', '属于三类内部事务信息', Z], ['denied', '属于四类过程性信息', v(0, 2, 0, 0, 0, 0)],
  ['denied', '属于行政执法案卷', Z], ['denied', '属于行政查询事项', Z],
  ['unavailable', '本机关不掌握相关政府信息', v(1, 0, 0, 0, 0, 0)], ['unavailable', '没有现成信息需要另行制作', Z], ['unavailable', '补正后申请内容仍不明确', v(3, 0, 0, 1, 0, 0)],
  ['notProcessed', '信访举报投诉类申请', Z], ['notProcessed', '重复申请', v(2, 0, 0, 0, 0, 0)], ['notProcessed', '要求提供公开出版物', Z],
  ['notProcessed', '无正当理由大量反复申请', Z], ['notProcessed', '要求行政机关确认或重新出具已获取信息', Z],
];
const KEYS = ['denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo',
  'denied.enforcementFiles', 'denied.adminQuery', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear', 'notProcessed.complaint',
  'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation'];
const add = (rows: string[]): string => rows.reduce((acc, r) => acc.map((x, i) => x + Number(r.split(' ')[i])), [0, 0, 0, 0, 0, 0, 0]).join(' ');

/** The dump with sub-rows numbered by `marker`: values on the item's line, the label two characters a line below. */
function dump(marker: (n: number) => string): Uint8Array {
  const outcomes = [v(2, 0, 0, 0, 0, 0), Z, ...SUBS.map((s) => s[2]), Z, Z, Z];
  const total = add(outcomes);
  const numbers = (vals: string) => vals.split(' ').map((x) => x.padStart(5)).join('');
  const lines = [`一、本年新收政府信息公开申请数量 ${numbers(total)}`, `二、上年结转政府信息公开申请数量 ${numbers(Z)}`,
    `三、 1.予以公开      ${numbers(outcomes[0]!)}`, `本年 2.部分公开      ${numbers(Z)}`];
  let n = 0;
  let block = '';
  for (const [b, label, vals] of SUBS) {
    n = b === block ? n + 1 : 1;
    const col = b === block ? [] : BLOCKS[b]!;
    block = b;
    const pieces = label.match(/.{1,2}/gu)!;
    lines.push(`   ${(col[0] ?? '').padEnd(4)} ${marker(n).padEnd(5)}${numbers(vals)}`);
    pieces.forEach((p, i) => lines.push(`   ${(col[i + 1] ?? '').padEnd(4)} ${p}`));
  }
  lines.push(`   6.其他处理        ${numbers(Z)}`, `   7.总计            ${numbers(total)}`, `四、结转下年度继续办理 ${numbers(Z)}`);
  return new TextEncoder().encode([...TOP, ...lines, ...TAIL].join('\n'));
}
const ROWS: [string, string][] = KEYS.map((k, i) => [k, SUBS[i]![2]]);

describe('rows starting on their values line (top-aligned narrow label column)', () => {
  it('should give each values line the label printed below its item number, at 0.9 or more', async () => {
    await expectRequestRows(dump((n) => `(${n})`), ROWS, 'confident');
    await expectRequestRows(dump((n) => `（${n}）`), ROWS, 'confident');
  });

  it('should not let the text above a values line that holds only an item number name it', () => {
    expect(markerOnly('(2)')).toBe(true);
    expect(markerOnly('4.无 (1)')).toBe(true);
    expect(markerOnly('①')).toBe(true);
    expect(markerOnly('2.其他')).toBe(false);
    const adminQuery = REQUEST_ROWS_SPLIT.find((s) => s.key === 'denied.adminQuery')!;
    // The previous row's wrapped label above '4.无 (1)': no naming (was the 0.97 one-row shift).
    expect(namesItsRow({ label: '4.无 (1)', pending: '属于 行政 查询 事项' }, adminQuery, REQUEST_ROWS_SPLIT)).toBe(false);
  });

  it('should not name a row whose bracketed item number disagrees with its label', () => {
    const stateSecret = REQUEST_ROWS_SPLIT.find((s) => s.key === 'denied.stateSecret')!;
    expect(namesItsRow({ label: '(1)属于国家秘密', pending: '' }, stateSecret, REQUEST_ROWS_SPLIT)).toBe(true);
    expect(namesItsRow({ label: '(3)属于国家秘密', pending: '' }, stateSecret, REQUEST_ROWS_SPLIT)).toBe(false);
  });
});
