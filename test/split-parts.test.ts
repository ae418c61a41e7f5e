/**
 * Table 三 split column-wise into two tables (map/split-columns) as converters and `pdftotext -layout`
 * render it: rows whose label spans disagree with the header's (a blank cell at one end of the row's
 * values), a header band whose column words wrap in narrow cells, a long label running up to its
 * row's first value. Expected values read off the input.
 */
import { conf, read, value } from './helpers/report-fields.js';

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理',
];
const GROUPS: Record<number, string> = { 4: '（三）不予公开', 12: '（四）无法提供', 15: '（五）不予处理', 20: '（六）其他处理' };
/** Rows 新收 / 予以公开 / 总计 filled, the others zero (新收 = 办结 + 结转下年 − 上年结转 holds). */
const FIRST = [5, 2, 1, 0];
const SECOND = [3, 1, 12];
const rowOf = (i: number, v: number[]): number[] => ([0, 2, 23].includes(i) ? v : v.map(() => 0));
const KEYS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const doc = (lines: string[]): Uint8Array =>
  new TextEncoder().encode(['某局2024年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', ...lines, '四、政府信息公开行政复议、行政诉讼情况', '无。'].join('\n'));

async function expectJoined(bytes: Uint8Array): Promise<void> {
  const r = await read(bytes);
  for (const row of ['newReceived', 'granted', 'totalHandled']) expect(KEYS.map((k) => value(r, `requests.${row}.${k}`))).toEqual([...FIRST, ...SECOND]);
  expect(value(r, 'requests.carriedForward.otherOrg')).toBe(0);
  expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
  expect(conf(r, 'requests.granted.naturalPerson')).toBeGreaterThanOrEqual(0.9);
}

describe('table 三 split column-wise, as converters render it', () => {
  // Found on a new user's HTML whose rows' colspans disagree with the header's, rendered by pandoc and
  // w3m: the rows spanning three label columns print their values one grid column right of the rest,
  // which close with a blank cell; every row then held one value cell too many and no part was read.
  test('pipe grid whose rows hold a blank cell at one end or the other: each row read by its printed values', async () => {
    const part = (cols: string[], vals: (i: number) => number[], labels: boolean): string[] => [
      `| ${labels ? NOTE : ''} | | 申请人情况 |${' |'.repeat(cols.length - 1)}`,
      `| | | ${cols.join(' | ')} |`,
      ...LABELS.map((l, i) => {
        const v = vals(i).join(' | ');
        const text = labels ? l : '';
        return i < 2 || i === 24 ? `| ${text} | | ${v} |` : `| ${labels ? GROUPS[i] ?? '' : ''} ${text} | ${v} | |`;
      }),
    ];
    const first = part(['自然人', '商业企业', '科研机构', '社会公益组织'], (i) => rowOf(i, FIRST), true);
    const second = part(['法律服务机构', '其他', '总计'], (i) => rowOf(i, SECOND), true);
    await expectJoined(doc([...first, '（续表）', ...second]));
  });

  // Found on `pdftotext -layout` of a Chromium print of such a table: the first part's column words
  // wrap in their narrow cells ('自然' / '人', '商业企' / '业'), so no band line named its columns; and
  // the longest labels run up to their row's first value, one space apart.
  test('-layout: band words wrapped in narrow cells, a value glued to its long label: joined by position', async () => {
    const pad = (n: number): string => ' '.repeat(n);
    const row = (l: string, v: number[], at: number): string => {
      const head = pad(Math.max(0, at - l.length * 2)) + l;
      return v.length > 0 && l.length > 30 ? `${head} ${v[0]}${v.slice(1).map((x) => pad(4) + x).join('')}` : `${head}${pad(4)}${v.join(pad(4))}`;
    };
    const first = [
      `${pad(54)}申请人情况`,
      `${pad(48)}自然     法人或其他组织`,
      `    ${NOTE}          人`,
      `${pad(51)}商业企 科研机 社会公益组`,
      `${pad(52)}业    构     织`,
      ...LABELS.map((l, i) => row(l, rowOf(i, FIRST), 46)),
    ];
    const second = [
      `${pad(53)}申请人情况`,
      `      ${NOTE}         法人或其他组织 总计`,
      `${pad(48)}法律服务机构 其他`,
      ...LABELS.map((l, i) => row(l, rowOf(i, SECOND), 46)),
    ];
    await expectJoined(doc([...first, '（续表）', ...second]));
  });
});
