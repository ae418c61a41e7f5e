/**
 * @file A row's values printed over two lines beside its wrapped label (`pdftotext -layout` of
 * narrow or borderless pages): map/split-rows joins the two lines into one row.
 */
import { extract, flattenData } from '../src/index.js';
import { joinSplitRows } from '../src/map/split-rows.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { REQUEST_ROWS_COMBINED, REQUEST_ROWS_SPLIT } from '../src/template/requests.js';

const row = (label: string, values: number[], extra: Partial<TableRow> = {}): TableRow => ({
  label, pending: '', values: values.map((v) => ({ kind: 'num', value: v, raw: String(v), fusable: false })), blankCells: 0, source: {}, ...extra,
});
const vals = (r: TableRow): number[] => r.values.map((v) => (v.kind === 'num' ? v.value : NaN));

describe('joinSplitRows', () => {
  it('should join the head and the tail of a wrapped label with their value runs', () => {
    const rows = joinSplitRows([row('（二）部分公开（区分处理的，只计这一情形，不', [937, 211, 25, 0]), row('计其他情形）', [0, 0, 1173])], REQUEST_ROWS_COMBINED);
    expect(rows).toHaveLength(1);
    expect(vals(rows[0]!)).toEqual([937, 211, 25, 0, 0, 0, 1173]);
    expect(rows[0]!.joined).toBe(true);
  });

  it('should join across an item number printed alone between the lines', () => {
    const rows = joinSplitRows([row('其他法律行政', [7, 0, 1, 0]), row('法规禁止公开', [0, 0, 8], { pending: '2.' })], REQUEST_ROWS_COMBINED);
    expect(rows).toHaveLength(1);
    expect(vals(rows[0]!)).toEqual([7, 0, 1, 0, 0, 0, 8]);
  });

  it('should join a tail that alone only partly names another row', () => {
    const rows = joinSplitRows([row('1.申请人无正当理由逾期不补正、行政机关', [0]), row('不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0])], REQUEST_ROWS_SPLIT);
    expect(rows).toHaveLength(1);
  });

  it('should join two lines of grid cells each printing the columns the other leaves blank', () => {
    // breaker40 b2-ptt-layout/r59 (aligned columns: every line on the grid, its empty cells blank): the first
    // line's six blank cells had been read as zeros at 0.85 and the second line's values dropped.
    const grid = (label: string, cells: (number | null)[]): TableRow => ({
      label, pending: '', blankCells: 0, onGrid: true, source: {},
      values: cells.map((v, i) => (v === null ? { kind: 'blank' as const, col: i + 1 } : { kind: 'num' as const, value: v, raw: String(v), fusable: false, col: i + 1 })),
    });
    const rows = joinSplitRows([grid('（二）部分公开（区分处理的，只计这一情形，不计', [0, null, null, null, null, null, null]), grid('其他情形）', [null, 0, 0, 1, 0, 1, 2])], REQUEST_ROWS_SPLIT);
    expect(rows).toHaveLength(1);
    expect(vals(rows[0]!)).toEqual([0, 0, 0, 1, 0, 1, 2]);
    expect(rows[0]!.joined).toBe(true);
    // Cells printed on both lines (or blank on both) are no such split: two rows.
    expect(joinSplitRows([grid('（二）部分公开（区分处理的，只计这一情形，不计', [0, 1, null, null, null, null, null]), grid('其他情形）', [null, 0, 0, 1, 0, 1, 2])], REQUEST_ROWS_SPLIT)).toHaveLength(2);
    expect(joinSplitRows([grid('（二）部分公开（区分处理的，只计这一情形，不计', [0, null, null, null, null, null, null]), grid('其他情形）', [null, null, 0, 1, 0, 1, 2])], REQUEST_ROWS_SPLIT)).toHaveLength(2);
    // A line of cells with no label text of its own may be the next row, its label lost.
    expect(joinSplitRows([grid('（七）总计', [null, 38, 4, 6, 5, 7, null]), grid('', [0, null, null, null, null, null, 0])], REQUEST_ROWS_SPLIT)).toHaveLength(2);
  });

  it('should keep two rows that each name a template row, and a sign between two runs', () => {
    const two = [row('2.重复申请', [0, 0, 0]), row('3.要求提供公开出版物', [0, 0, 0, 0])];
    expect(joinSplitRows(two, REQUEST_ROWS_COMBINED)).toHaveLength(2);
    const sign = [row('2.重复申请', [1, 0, 0]), row('-', [2, 0, 0, 3])];
    expect(joinSplitRows(sign, REQUEST_ROWS_COMBINED)).toHaveLength(2);
    // Runs that do not fill the row's columns exactly.
    expect(joinSplitRows([row('（二）部分公开（区分处理的，只计这一情形，不', [1, 0]), row('计其他情形）', [0, 0, 1])], REQUEST_ROWS_COMBINED)).toHaveLength(2);
  });
});

describe('a -layout dump with a row printed over two lines', () => {
  it('should read the row right, its label flagged as joined', async () => {
    const head = (label: string, values: string): string => `${label}    ${values.split(' ').join('   ')}`;
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
      '信息内容   本年制发件数   本年废止件数   现行有效件数', '规章   1   0   4', '行政规范性文件   2   1   9',
      '三、收到和处理政府信息公开申请情况', '自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计',
      head('一、本年新收政府信息公开申请数量', '5 1 0 0 0 1 7'), head('二、上年结转政府信息公开申请数量', '1 0 0 0 0 0 1'),
      head('三、本年度办理结果（一）予以公开', '2 1 0 0 0 0 3'),
      head('（二）部分公开（区分处理的，只计这一情形，不', '3 0'), head('     计其他情形）', '0 0 0 0 3'),
      ...['（三）不予公开 1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => head(l, '0 0 0 0 0 0 0')),
      head('（四）无法提供 1.本机关不掌握相关政府信息', '1 0 0 0 0 1 2'),
      ...['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '（五）不予处理 1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理'].map((l) => head(l, '0 0 0 0 0 0 0')),
      head('（七）总计', '6 1 0 0 0 1 8'), head('四、结转下年度继续办理', '0 0 0 0 0 0 0'),
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。',
    ].join('\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'dump.txt' });
    const data = flattenData(report.data);
    expect(['naturalPerson', 'commercial', 'total'].map((c) => data.get(`requests.partiallyGranted.${c}`))).toEqual([3, 0, 3]);
    expect(report.fields['requests.partiallyGranted.naturalPerson']!.flags).toContain('labelPartial');
  });
});
