/**
 * Table 三 printed page by page, labels first and then column after column (tables/column-pages):
 * pdfminer `pdf2txt -A` / `--char-margin 0.5` of a ruled table (breakit48 p2t-A, p2t-cm05): the
 * labels wrapped and the group labels between them, the header words in pieces ('科研' / '机构'),
 * several columns under one run of header words, a page's last columns after the next heading.
 */
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';
import { consistentRequestGrid } from './helpers/table3.js';

const SPECS = TEMPLATE_2021.requestRows;
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
/** The rows' labels as pdfminer prints them: wrapped, item numbers kept, group labels in two pieces before their first row. */
const PRINTED: Record<string, string[]> = {
  newReceived: ['一、本年新收政府信息公开申请数量'], carriedOver: ['二、上年结转政府信息公开申请数量'],
  granted: ['三、本年度', '办理结果', '（一）予以公开'], partiallyGranted: ['（二）部分公开（区分处理的，只计这一情形，不计其他情', '形）'],
  'denied.stateSecret': ['（三）不予', '公开', '1.属于国家秘密'], 'denied.prohibitedByLaw': ['2.其他法律行政法规禁止公开'],
  'denied.endangersStability': ['3.危及“三安全一稳定”'], 'denied.thirdPartyRights': ['4.保护第三方合法权益'],
  'denied.internalAffairs': ['5.属于三类内部事务信息'], 'denied.processInfo': ['6.属于四类过程性信息'],
  'denied.enforcementFiles': ['7.属于行政执法案卷'], 'denied.adminQuery': ['8.属于行政查询事项'],
  'unavailable.notHeld': ['（四）无法', '提供', '1.本机关不掌握相关政府信息'], 'unavailable.needsCreation': ['2.没有现成信息需要另行制作'],
  'unavailable.unclear': ['3.补正后申请内容仍不明确'], 'notProcessed.complaint': ['（五）不予', '处理', '1.信访举报投诉类申请'],
  'notProcessed.duplicate': ['2.重复申请'], 'notProcessed.publication': ['3.要求提供公开出版物'],
  'notProcessed.excessive': ['4.无正当理由大量反复申请'], 'notProcessed.confirmation': ['5.要求行政机关确认或重新出具已获取', '信息'],
  'otherHandling.overdueCorrection': ['（六）其他', '处理', '1.申请人无正当理由逾期不补正、行政机关不再', '处理其政府信息公开申请'],
  'otherHandling.overdueFee': ['2.申请人逾期未按收费通知要求缴纳费用、行政', '机关不再处理其政府信息公开申请'],
  'otherHandling.other': ['3.其他'], totalHandled: ['（七）总计'], carriedForward: ['四、结转下年度继续办理'],
};
const HEADER_PIECES = ['申请人情况', '法人或其他组织', '科研', '机构', '社会公', '益组织', '法律服', '务机构', '其', '他'];
const REVIEW = ['行政复议', '行政诉讼', '结果维', '持', '2', '0', '1', '0', '总', '计', '3'];

/** One page: its rows' labels, then research…otherOrg under one header run (`blocks`: how the four print), then 总计, 自然人, 商业企业. */
function page(grid: readonly number[][], from: number, to: number, four: (cols: number[][]) => number[]): string[] {
  const col = (c: number): string[] => grid.slice(from, to).map((row) => String(row[c]));
  const rows = grid.slice(from, to);
  return [
    ...SPECS.slice(from, to).flatMap((s) => PRINTED[s.key]!),
    ...HEADER_PIECES, ...four([2, 3, 4, 5].map((c) => rows.map((row) => row[c]!))).map(String),
    '总', '计', ...col(6), '自然', '人', ...col(0), '商业', '企业', ...col(1),
  ];
}

function dump(grid: readonly number[][], four: (cols: number[][]) => number[], cut = 14): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '第二十条第（五）项', '行政许可', '5',
    '三、收到和处理政府信息公开申请情况', ...page(grid, 0, cut, four), '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    ...page(grid, cut, SPECS.length, four).flatMap((l, i, all) => (l === '总' && all[i + 1] === '计' ? ['四、政府信息公开行政复议、行政诉讼情况', ...REVIEW, l] : [l])),
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const columnAfterColumn = (cols: number[][]): number[] => cols.flat();
const grid = consistentRequestGrid((r, c) => ((r * 7 + c * 3) % 5 === 0 ? 1 + ((r + c) % 4) : 0));

describe('table 三 printed page by page, column after column', () => {
  it('should read every page whose columns all fit its rows, 总计 of the last page after the next heading', async () => {
    const r = await read(dump(grid, columnAfterColumn));
    SPECS.forEach((s, i) => COLS.forEach((c, j) => {
      const k = `requests.${s.key}.${c}`;
      expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, grid[i]![j], true]);
    }));
  });

  it('should read nothing of a page whose shared block is printed interleaved (its row totals break)', async () => {
    // pdfminer may give a block under several header words row by row: read column by column, it breaks the rows' totals.
    const rowByRow = (cols: number[][]): number[] => cols[0]!.flatMap((_, r) => cols.map((col) => col[r]!));
    const r = await read(dump(grid, rowByRow));
    for (const [i, s] of SPECS.entries()) for (const [j, c] of COLS.entries()) {
      const k = `requests.${s.key}.${c}`;
      if (value(r, k) !== grid[i]![j]) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    }
    expect(SPECS.slice(0, 14).some((s) => value(r, `requests.${s.key}.socialOrg`) === null || conf(r, `requests.${s.key}.socialOrg`) < 0.9)).toBe(true);
  });

  it('should place no value of a column shorter than the rows (a blank cell prints nothing)', async () => {
    const text = new TextDecoder().decode(dump(grid, columnAfterColumn));
    // The first page's 自然人 column loses its third value (a blank cell): which row is blank the stream does not say.
    const lines = text.split('\n');
    const at = lines.indexOf('自然') + 2 + 2;
    const blank = [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n');
    const r = await read(new TextEncoder().encode(blank));
    for (const [i, s] of SPECS.slice(0, 14).entries()) {
      const k = `requests.${s.key}.naturalPerson`;
      if (value(r, k) !== grid[i]![0]) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    }
  });
});
