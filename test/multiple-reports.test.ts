/**
 * Several reports in one document (sections/multiple-reports.ts): a 2023 and a 2024 report pasted into one
 * text file are read as the report the title names — its title, tables and sign-off date — with a
 * `multiple_reports` warning, wherever it is printed; under a title covering units, the part announced as
 * their 汇总; when nothing determines which report is the document's (units without a 汇总, one title
 * twice) no value reaches 0.9. A table of contents that repeats the headings above the body is not a
 * second report. The expected values are those written into the inline reports below.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** A whole 2021 report of `year`, table 三 from `seed`, signed on `date`; `title` false: printed without its title. */
function reportText(year: number, seed: number, date: string, title: string | false = `示例县某某局${year}年政府信息公开工作年度报告`): string {
  const grid = consistentRequestGrid((r, c) => (r * 7 + c * 3 + seed) % 5);
  const rows = TEMPLATE_2021.requestRows.map((s, i) => [s.labels[0], ...grid[i]!.map(String)].join('\t'));
  return [
    ...(title ? [title] : []), HEADINGS[0], `${year}年，本局依法推进政务公开，全年主动公开政府信息${seed}条。`,
    HEADINGS[1], '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', `规章\t${seed}\t0\t4`, '行政规范性文件\t2\t1\t9',
    HEADINGS[2], '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他', ...rows,
    HEADINGS[3], '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    HEADINGS[4], '培训不足，公开内容的精准度有待提高。', HEADINGS[5], '无。', ...(date ? ['示例县某某局', date] : []),
  ].join('\n');
}

const read = async (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'two.txt' });
const codes = (r: Report): string[] => r.warnings.map((w) => w.code);
const maxConfidence = (r: Report): number => Math.max(...Object.values(r.fields).map((f) => f.confidence));
const warning = (r: Report) => r.warnings.find((w) => w.code === 'multiple_reports')!;
const value = (r: Report, key: string): unknown => flattenData(r.data).get(key);

describe('two reports in one document', () => {
  it('should read the first report alone, dates included, and warn multiple_reports', async () => {
    const one = await read(reportText(2023, 1, '2024年1月20日'));
    expect(codes(one)).not.toContain('multiple_reports');
    const r = await read(`${reportText(2023, 1, '2024年1月20日')}\n\n${reportText(2024, 3, '2025年1月18日')}`);
    expect(codes(r)).toContain('multiple_reports');
    expect(r.warnings.find((w) => w.code === 'multiple_reports')!.message).toContain('示例县某某局2024年政府信息公开工作年度报告');
    expect(r.meta.year).toBe(2023);
    expect(r.meta.publishedAt).toBe('2024-01-20');
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(1);
    expect(flattenData(r.data)).toEqual(flattenData(one.data));
  });

  it('should not take a table of contents above the body for a first report', async () => {
    const r = await read(['目录', ...HEADINGS, reportText(2023, 1, '2024年1月20日')].join('\n'));
    expect(codes(r)).not.toContain('multiple_reports');
    expect(r.meta.year).toBe(2023);
  });

  it("should read the report of the title's year wherever it is printed, at full confidence", async () => {
    const one = await read(reportText(2024, 3, '2025年1月18日'));
    const doc = ['示例县某某局2024年政府信息公开工作年度报告', '为便于对照，先列出2023年度报告主要内容：', reportText(2023, 1, '', false), '以下为2024年度报告正文：', reportText(2024, 3, '2025年1月18日', false)].join('\n');
    const r = await read(doc);
    expect(warning(r).message).toContain('report 2 of 2 is read');
    expect(r.meta.year).toBe(2024);
    expect(flattenData(r.data)).toEqual(flattenData(one.data));
    expect(maxConfidence(r)).toBeGreaterThanOrEqual(0.9);
  });

  it('should read the 汇总 of a title covering units, and nothing at 0.9 when no part is announced as the whole', async () => {
    const summary = await read(reportText(2024, 4, ''));
    const unit = (n: number, seed: number): string => [`第${'二三四'[n]}部分 示例县某某局${['信息中心', '执法大队'][n]}`, reportText(2024, seed, '', false)].join('\n');
    const title = '示例县某某局（含所属单位）2024年政府信息公开工作年度报告';
    const withSummary = await read([title, unit(0, 1), unit(1, 2), '汇总情况', reportText(2024, 4, '', false)].join('\n'));
    expect(warning(withSummary).message).toContain('report 3 of 3 is read');
    expect(flattenData(withSummary.data)).toEqual(flattenData(summary.data));
    expect(maxConfidence(withSummary)).toBeGreaterThanOrEqual(0.9);
    const unitsOnly = await read([title, unit(0, 1), unit(1, 2)].join('\n'));
    expect(warning(unitsOnly).message).toContain('not determined');
    expect(warning(unitsOnly).keys?.length).toBeGreaterThan(0);
    expect(maxConfidence(unitsOnly)).toBeLessThan(0.9);
  });

  it('should keep every value below 0.9 when two reports carry the same title', async () => {
    const title = '示例县某某局2024年政府信息公开工作年度报告';
    const r = await read([reportText(2024, 1, ''), '附件：', reportText(2024, 3, '2025年1月18日', title)].join('\n'));
    expect(warning(r).message).toContain('not determined');
    expect(maxConfidence(r)).toBeLessThan(0.9);
  });
});
