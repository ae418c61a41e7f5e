/**
 * Space-aligned dumps (Ghostscript `txtwrite`, `pdftotext -layout`) of reports whose tables have
 * narrow cells: table 四 printed one row per group under a result header (map/review-group-rows),
 * and table 二's 2019 column words wrapped inside their cells (template detection reads them with
 * their stacked pieces joined: map/stacked-header). The inputs are invented.
 */
import { codes, conf, keysOf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

const REQUEST_HEADER = '        申请人情况      自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计';
const requestTable = (): string[] => ['三、收到和处理政府信息公开申请情况', REQUEST_HEADER, ...ROWS.map(([label, v]) => `${label}    ${v.split(' ').join('    ')}`)];

/** Table 四 with its groups as row labels: `rows` in printed order. */
function groupRowsDump(rows: string[], header = '         类别          结果维持   结果纠正    其他结果   尚未审结     总计'): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容    本年制发件数    本年废止件数    现行有效件数', '规章    1    0    4', '行政规范性文件    2    1    9',
    ...requestTable(),
    '四、政府信息公开行政复议、行政诉讼情况', header, ...rows,
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const REVIEW = '        行政复议                      0      1       5      0       6';
const DIRECT = '        行政诉讼未经复议直接起诉              9      7       2      4      22';
const AFTER = '        行政诉讼复议后起诉                 5      0       1      7      13';

describe('table 四 printed one row per group', () => {
  it('should confirm the order when each group row prints its values under a result header in template order', async () => {
    const r = await read(groupRowsDump([REVIEW, DIRECT, AFTER]));
    expect(codes(r)).not.toContain('columns_unread');
    expect(value(r, 'reviewLitigation.litigationDirect.corrected')).toBe(7);
    expect(value(r, 'reviewLitigation.litigationAfterReview.pending')).toBe(7);
    for (const k of keysOf(r, 'reviewLitigation.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep table 四 below 0.9 when the group rows or the result header are not in template order', async () => {
    const swappedRows = await read(groupRowsDump([REVIEW, AFTER, DIRECT]));
    for (const k of keysOf(swappedRows, 'reviewLitigation.')) expect(conf(swappedRows, k)).toBeLessThan(0.9);
    const swappedHeader = await read(groupRowsDump([REVIEW, DIRECT, AFTER], '         类别          结果纠正   结果维持    其他结果   尚未审结     总计'));
    for (const k of ['upheld', 'corrected'].map((c) => `reviewLitigation.review.${c}`)) expect(conf(swappedHeader, k)).toBeLessThan(0.9);
    const noHeader = await read(groupRowsDump([REVIEW, DIRECT, AFTER], '         类别'));
    for (const k of keysOf(noHeader, 'reviewLitigation.')) expect(conf(noHeader, k)).toBeLessThan(0.9);
  });
});

/** A 2024 report on the 2019 template whose table 二 header cells are three ems wide (pdftotext -layout). */
const WRAPPED_2019 = [
  '示例市某某局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '        第二十条第（一）项',
  '       本年新 本年新 对外公',
  '   信息内',
  '       制作数 公开数 开总数',
  '    容',
  '        量   量   量',
  '    规章       4      10       8',
  '   规范性',
  '            13      17      14',
  '    文件',
  ...requestTable(),
  '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
].join('\n');

describe('template detection with table 二 in narrow cells', () => {
  it('should read the 2019 template from column words wrapped in their cells, not from the year', async () => {
    const r = await read(new TextEncoder().encode(WRAPPED_2019));
    expect(r.meta.templateVersion).toBe('2019');
    expect(codes(r)).not.toContain('template_from_year');
  });

  it('should fall back to the year when the wrapped pieces do not join into column words', async () => {
    const r = await read(new TextEncoder().encode(WRAPPED_2019.replace('制作数 公开数 开总数', '制作 公开 总数')));
    expect(codes(r)).toContain('template_from_year');
  });
});
