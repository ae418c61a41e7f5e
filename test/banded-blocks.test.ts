/**
 * Plain `pdftotext` of a borderless landscape print of table 三 (fresh54 f000, f031): each row's label line carries its
 * first cell (the label column and the first value column are one text block), and the other cells follow the page's
 * labels as blocks a blank line apart, each a rectangle of the grid — one column of the page's first rows a value a line,
 * column after column, then the last rows' columns, the last two columns of a band in one block ('1 20' / '1 17') — some
 * after the next heading (tables/column-pages tiledPage). Before, every row but 一、 read only its first cell and the rest
 * of the table was missing.
 */
import { extract, flattenData } from '../src/index.js';
import { requestsRightBelow08 } from './helpers/report-fields.js';

const ROWS: [string, string[]][] = [
  ['carriedOver', ['二、上年结转政府信息公开申请数量']], ['granted', ['三、本年度办 （一）予以公开', '理结果']],
  ['partiallyGranted', ['（二）部分公开（区分处理的，只计这一', '情形，不计其他情形）']], ['denied.stateSecret', ['1.属于国家秘密']],
  ['denied.prohibitedByLaw', ['2.其他法律行政法规禁止公', '开']], ['denied.endangersStability', ['3.危及“三安全一稳定”']],
  ['denied.thirdPartyRights', ['（三）不予 4.保护第三方合法权益', '公开']], ['denied.internalAffairs', ['5.属于三类内部事务信息']],
  ['denied.processInfo', ['6.属于四类过程性信息']], ['denied.enforcementFiles', ['7.属于行政执法案卷']], ['denied.adminQuery', ['8.属于行政查询事项']],
  ['unavailable.notHeld', ['1.本机关不掌握相关政府信', '息']], ['unavailable.needsCreation', ['（四）无法 2.没有现成信息需要另行制', '提供', '作']],
  ['unavailable.unclear', ['3.补正后申请内容仍不明确']], ['notProcessed.complaint', ['1.信访举报投诉类申请']], ['notProcessed.duplicate', ['2.重复申请']],
  ['notProcessed.publication', ['（五）不予 3.要求提供公开出版物', '处理']], ['notProcessed.excessive', ['4.无正当理由大量反复申请']],
  ['notProcessed.confirmation', ['5.要求行政机关确认或重新', '出具已获取信息']], ['otherHandling.combined', ['（六）其他处理']],
  ['totalHandled', ['（七）总计']], ['carriedForward', ['四、结转下年度继续办理']],
];
const OUTCOMES = ROWS.slice(1, 20).map(([k]) => k);

/** Values: outcome cells 0–9 (zeros common), every identity kept; each row's seven cells by key. */
function values(): Map<string, number[]> {
  const v = new Map<string, number[]>();
  OUTCOMES.forEach((k, i) => v.set(k, Array.from({ length: 6 }, (_, c) => ((i * 5 + c * 3) % 7 === 0 ? 0 : (i * 3 + c * 7) % 9))));
  const handled = Array.from({ length: 6 }, (_, c) => OUTCOMES.reduce((s, k) => s + v.get(k)![c]!, 0));
  v.set('totalHandled', handled);
  v.set('carriedForward', [7, 5, 5, 6, 2, 6]);
  v.set('carriedOver', [8, 6, 5, 5, 3, 8]);
  v.set('newReceived', handled.map((h, c) => h + [7, 5, 5, 6, 2, 6][c]! - [8, 6, 5, 5, 3, 8][c]!));
  for (const [k, cells] of v) v.set(k, [...cells, cells.reduce((a, b) => a + b, 0)]);
  return v;
}

/** A page: its label block (each row's first cell on its first label line, or the line under it), then its blocks band by band. */
function page(keys: readonly string[], v: Map<string, number[]>, bands: readonly number[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const [first, ...rest] = ROWS.find(([key]) => key === k)![1];
    out.push(first!.length > 12 ? `${first} ${v.get(k)![0]}` : first!, ...(first!.length > 12 ? [] : [String(v.get(k)![0])]), ...rest);
  }
  out.push('');
  let at = 0;
  for (const h of bands) {
    const band = keys.slice(at, at + h);
    at += h;
    for (const cols of [[1], [2], [3], [4], [5, 6]]) out.push(...band.map((k) => cols.map((c) => v.get(k)![c]).join(' ')), '');
  }
  return out;
}

function dump(v: Map<string, number[]>): Uint8Array {
  const keys = ROWS.map(([k]) => k);
  const p2 = page(keys.slice(0, 14), v, [12, 2]);
  const p3 = page(keys.slice(14), v, [8]);
  // The third page's last two blocks after table 四's heading.
  const cut = p3.length - 2 * 9;
  const text = [
    '某市某局2019年政府信息公开工作年度报告', '', '一、总体情况', '', '本局依法推进政务公开。', '', '\f二、主动公开政府信息情况', '',
    '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 30', '', '三、收到和处理政府信息公开申请情况', '申请人情况',
    '本列数据的勾稽关系为：第一项加第二项之和，等于第三 自然 法人或其他组织', '总', '项加第四项之和', '商业', '科研', '社会公益', '法律服务', '其',
    '人 企业 机构 组织 机构 他 计', '一、本年新收政府信息公开申请数量', v.get('newReceived')!.slice(0, 4).join(' '), String(v.get('newReceived')![4]),
    v.get('newReceived')!.slice(5).join(' '), '',
    `\f${p2[0]}`, ...p2.slice(1), `\f${p3[0]}`, ...p3.slice(1, cut), '四、政府信息公开行政复议、行政诉讼情况', '', ...p3.slice(cut),
    '行政复议', '行政诉讼', '复议后起诉', '结果维 结果纠 其他结 尚未审 总 未经复议直接起诉', '0 0 0 0 0 1 0 1 1 3 0 0 0 0 0', '',
    '\f五、存在的主要问题及改进情况', '', '培训不足。', '', '六、其他需要报告的事项', '', '无。', '\f',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('plain pdftotext: table 三 as text blocks band by band', () => {
  it('should put each block back on its rows and columns, and read the table', async () => {
    const v = values();
    const r = await extract(dump(v), { name: 'r.txt' });
    const got = flattenData(r.data);
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const right = requestsRightBelow08(r, v);
    // Before: 一、's row and the first cells of the others (at most 7 + 22).
    expect(right).toBeGreaterThanOrEqual(150);
    for (const c of cols) expect(got.get(`requests.unavailable.needsCreation.${c}`)).toBe(v.get('unavailable.needsCreation')![cols.indexOf(c)]);
  });
});
