/**
 * Mostly-blank table 三 (a small agency printing its zeros as empty cells): most rows are a label
 * line with nothing beside it, and the label lines above the next row printing numbers were read as
 * that row's pending text. The row's own label named its row alone and kept it, so the rows in the
 * pending text came out missing (`rows_missing`, 8 of 25 rows of a Chromium print of a borderless
 * page; `scripts/blank-band-variants.mjs make DIR --sparse`). A pending piece that names an earlier
 * template row alone is a row of its own, its cells blank (map/join-fragments splitNamedPending).
 */
import { extract, flattenData } from '../src/index.js';
import { joinFragments } from '../src/map/join-fragments.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { REQUEST_ROWS_COMBINED } from '../src/template/requests.js';

const row = (label: string, values: number[], extra: Partial<TableRow> = {}): TableRow => ({
  label, pending: '', values: values.map((v) => ({ kind: 'num', value: v, raw: String(v), fusable: false })), blankCells: 0, source: {}, ...extra,
});

describe('joinFragments: pending label lines naming rows of their own', () => {
  it('should make a whole row label read as the next row\'s pending text a row without values', () => {
    const rows = joinFragments([row('6.属于四类过程性信息', [4, 4], { pending: '5.属于三类内部事务信息' })], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => [r.label, r.pending, r.values.length])).toEqual([['5.属于三类内部事务信息', '', 0], ['6.属于四类过程性信息', '', 2]]);
  });

  it('should cut a pile of label lines at its row starts, keeping a group label as the row\'s pending text', () => {
    const pending = '二、上年结转政府信息公开申请数量 三、本年度 （一）予以公开 办理结果 （二）部分公开（区分处理的，只计这一情形，不计其 他情形）';
    const rows = joinFragments([row('1.属于国家秘密', [1, 1], { pending: `${pending} （三）不予公开` })], REQUEST_ROWS_COMBINED);
    expect(rows.map((r) => r.label)).toEqual(['二、上年结转政府信息公开申请数量', '（一）予以公开 办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其 他情形）', '1.属于国家秘密']);
    expect(rows.at(-1)!.pending).toBe('三、本年度 （三）不予公开');
  });

  it('should give the piece a blank cell per column when the row\'s cells were placed under the header (its line printed none)', () => {
    const placed = row('6.属于四类过程性信息', [4, 0, 0, 0, 0, 0, 4], { pending: '5.属于三类内部事务信息', onGrid: true });
    expect(joinFragments([placed], REQUEST_ROWS_COMBINED).map((r) => [r.label, r.blankCells])).toEqual([['5.属于三类内部事务信息', 7], ['6.属于四类过程性信息', 0]]);
  });

  it('should keep the pile above values printed without a label (plain pdftotext)', () => {
    const rows = joinFragments([row('', [1, 0, 0, 0, 0, 0, 1], { pending: '5.属于三类内部事务信息' })], REQUEST_ROWS_COMBINED);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pending).toBe('5.属于三类内部事务信息');
  });

  it('should keep pending text naming a later row than the row\'s own label (no order the page could print)', () => {
    const rows = joinFragments([row('5.属于三类内部事务信息', [4, 4], { pending: '6.属于四类过程性信息' })], REQUEST_ROWS_COMBINED);
    expect(rows).toHaveLength(1);
  });
});

/** A report whose table 三 prints numbers in four rows only, every other row a label line alone (its cells blank). */
function sparseReport(): string {
  // Display columns as `pdftotext -layout` counts them: an ideograph or full-width sign two, ASCII one.
  const width = (t: string): number => [...t].reduce((w, ch) => w + (/[\u3000-\uffef\u4e00-\u9fff“”]/.test(ch) ? 2 : 1), 0);
  const slot = (c: string): string => `${' '.repeat(Math.max(0, 14 - width(c)) >> 1)}${c}`.padEnd(14 - (width(c) - c.length));
  const pad = (label: string, cells: string[]): string => `${label}${' '.repeat(Math.max(2, 84 - width(label)))}${cells.map(slot).join('')}`.trimEnd();
  const blank: string[] = [];
  const t3: [string, string[]][] = [
    ['一、本年新收政府信息公开申请数量', ['3', '', '', '', '', '', '3']],
    ['二、上年结转政府信息公开申请数量', blank],
    ['三、本年度办理结果（一）予以公开', ['2', '', '', '', '', '', '2']],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', blank],
    ['（三）不予公开1.属于国家秘密', blank],
    ['2.其他法律行政法规禁止公开', blank],
    ['3.危及“三安全一稳定”', blank],
    ['4.保护第三方合法权益', blank],
    ['5.属于三类内部事务信息', blank],
    ['6.属于四类过程性信息', ['1', '', '', '', '', '', '1']],
    ['7.属于行政执法案卷', blank],
    ['8.属于行政查询事项', blank],
    ['（四）无法提供1.本机关不掌握相关政府信息', blank],
    ['2.没有现成信息需要另行制作', blank],
    ['3.补正后申请内容仍不明确', blank],
    ['（五）不予处理1.信访举报投诉类申请', blank],
    ['2.重复申请', blank],
    ['3.要求提供公开出版物', blank],
    ['4.无正当理由大量反复申请', blank],
    ['5.要求行政机关确认或重新出具已获取信息', blank],
    ['（六）其他处理', blank],
    ['（七）总计', ['3', '', '', '', '', '', '3']],
    ['四、结转下年度继续办理', blank],
  ];
  return [
    '清水县档案馆2024年政府信息公开工作年度报告',
    '一、总体情况',
    '本馆依法公开政府信息，全年收到申请3件。',
    '二、主动公开政府信息情况',
    pad('信息内容', ['本年制发件数', '本年废止件数', '现行有效件数']),
    pad('规章', ['0', '0', '0']),
    pad('行政规范性文件', ['0', '0', '2']),
    '三、收到和处理政府信息公开申请情况',
    pad('', ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']),
    ...t3.map(([l, c]) => pad(l, c)),
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度未发生行政复议、行政诉讼。',
    '五、存在的主要问题及改进情况',
    '公开内容有待丰富。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}

describe('a mostly-blank table 三 laid out in columns', () => {
  // Its rows' numbers are not placed yet (2 numbers under 7 columns: ambiguous), but every row is
  // found: the label lines above a row with numbers were left out, their fields `missing`.
  it('should find the rows whose label lines stand above a row with numbers, never a wrong value at ≥ 0.8', async () => {
    const rep = await extract(new TextEncoder().encode(sparseReport()), { name: 'sparse.txt' });
    const got = flattenData(rep.data);
    const fields = rep.fields as Record<string, { confidence: number; flags: string[] }>;
    for (const k of ['requests.carriedOver.total', 'requests.denied.internalAffairs.total', 'requests.denied.internalAffairs.naturalPerson', 'requests.notProcessed.confirmation.total']) {
      expect([k, fields[k]!.flags.includes('missing')]).toEqual([k, false]);
      if (fields[k]!.confidence >= 0.8) expect([k, got.get(k)]).toEqual([k, 0]);
    }
  });
});
