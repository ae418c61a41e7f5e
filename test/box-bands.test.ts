/**
 * Table 三 of a pdfminer dump of a Chromium print whose page of cell boxes pdfminer wrote in bands of column runs
 * (tables/box-bands, called by tables/box-pages where no guillotine tree is read): every cell a box, each band's columns
 * one run after another, table 四's counts between the 其他 run and the 总计 run. Before, box-tree's search passed its
 * budget on such a page (23 × 7 boxes of one value) and nothing of the table was read.
 */
import { bandCandidates } from '../src/tables/box-bands.js';
import { conf, read, value } from './helpers/report-fields.js';

const ROWS = 25;
/** A 2021 table 三 (25 rows × 7) whose identities hold: applicant cells from a small generator, 总计 their sum. */
function table(seed: number): number[][] {
  let x = seed;
  const next = (): number => { x = (x * 1103515245 + 12345) % 2147483648; return (x >>> 16) % 4; };
  const rows = Array.from({ length: ROWS }, () => Array.from({ length: 6 }, () => next()));
  // 办理 (row 23) = outcome rows 2..22; 新收 (0) = 办理 + 结转下年 (24) − 上年结转 (1), 结转下年 ≥ 上年结转 so 新收 ≥ 0.
  rows[23] = rows[0]!.map((_, c) => rows.slice(2, 23).reduce((s, r) => s + r[c]!, 0));
  rows[24] = rows[1]!.map((v) => v + 1);
  rows[0] = rows[23]!.map((v, c) => v + rows[24]![c]! - rows[1]![c]!);
  return rows.map((r) => [...r, r.reduce((s, v) => s + v, 0)]);
}
const KEYS = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersStability',
  'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFiles', 'denied.adminQuery', 'unavailable.notHeld',
  'unavailable.needsCreation', 'unavailable.unclear', 'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive',
  'notProcessed.confirmation', 'otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other', 'totalHandled', 'carriedForward'];
const COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
  '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '（五）不予处理',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计',
  '四、结转下年度继续办理'];
const REVIEW_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/**
 * The report as pdf2txt writes it: table 三's header words and label boxes, table 四's heading, then table 三's six applicant
 * columns one run each (`first`: a header piece before the first run, `-L 0.3`'s '业'), table 四's header words and counts,
 * then 总计's run, table 四's last total. A blank line after each box.
 */
function dump(t: number[][], columns: readonly number[], first = ''): Buffer {
  const runs = columns.map((c) => t.map((r) => String(r[c])));
  const boxes = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ...LABELS,
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', ...(first ? [first] : []), ...runs.flat(),
    ...REVIEW_WORDS, ...REVIEW_WORDS.slice(0, 4), '0', '0', '0', '0', '0', '1', '0', '0', '1', '总计', '2', ...REVIEW_WORDS.slice(0, 4), '0', '0', '0', '1',
    '未经复议直接起诉', '复议后起诉', ...t.map((r) => String(r[6])), '总计', '1', '五、存在的主要问题及改进情况', '无。'];
  return Buffer.from(['某某局2022年政府信息公开工作年度报告', '', ...boxes.flatMap((b) => [b, '']), '\f'].join('\n'));
}

describe('table 三 boxes in bands of column runs', () => {
  it('should read a page printed column after column with table 四\'s counts before the 总计 run, capped below 0.8', async () => {
    const t = table(7);
    const r = await read(dump(t, [0, 1, 2, 3, 4, 5]));
    KEYS.forEach((k, i) => COLUMNS.forEach((c, ci) => {
      const key = `requests.${k}.${c}`;
      expect([key, value(r, key)]).toEqual([key, t[i]![ci]]);
      expect(conf(r, key)).toBeLessThan(0.8);
    }));
  });

  it('should read nothing where a header piece names another column than the run after it', async () => {
    // pdf2txt -L 0.3: 商业企业's '业' before the first run — 商业企业's, printed before 自然人's. No identity tells two applicant
    // columns apart, so the left-to-right reading would exchange them: not read.
    const t = table(11);
    const r = await read(dump(t, [1, 0, 2, 3, 4, 5], '业'));
    for (const k of KEYS) for (const c of ['naturalPerson', 'commercial']) {
      const key = `requests.${k}.${c}`;
      const v = value(r, key);
      expect(v === null || v === t[KEYS.indexOf(k)]![COLUMNS.indexOf(c)]).toBe(true);
    }
  });

  it('should read bands of rows each column by column, and leave cells the bands put differently open', () => {
    // Rows 0–1 column by column, then rows 2–3: 8 + 8 + ... (row totals 3, 5, 4, 2).
    const t = [[1, 0, 0, 1, 1, 0, 3], [2, 1, 0, 0, 1, 1, 5], [0, 0, 2, 1, 0, 1, 4], [1, 0, 0, 0, 1, 0, 2]];
    const band = (rows: number[][]): number[] => [0, 1, 2, 3, 4, 5, 6].flatMap((c) => rows.map((r) => r[c]!));
    const read2 = bandCandidates(4, [...band(t.slice(0, 2)), ...band(t.slice(2))], new Map(), new Map());
    expect(read2?.rows).toBe(4);
    expect(read2!.cand.map((row) => row.map((s) => (s.size === 1 ? [...s][0] : null)))).toEqual(t);
    // All zeros but one row: one band or two read alike where the values agree, differently elsewhere — open.
    const z = [[0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]];
    const flat = bandCandidates(2, band(z), new Map(), new Map());
    expect(flat!.cand.every((row) => row.every((s) => s.size === 1 && s.has(0)))).toBe(true);
  });
});
