/**
 * A dump whose font decoded '、' as a digit (Ghostscript txtwrite of a Chromium print: '一1本年新收…',
 * '缴纳费用1行政机关…'): the digit is read back as '、' only in a document whose table 三 row labels
 * show which digit it is, and never where a number reads as printed ('2024年1月', '第1', '1件').
 */
import { commaDigit, restoreCommaDigit } from '../src/layout/comma-digit.js';
import { extract } from '../src/index.js';

const LABELS = (d: string): string[] => [`一${d}本年新收政府信息公开申请数量`, `二${d}上年结转政府信息公开申请数量`, `O${d}本年度办理结果`, `四${d}结转下年度继续办理`];
const OVERDUE = (d: string): string => `1.申请人无l当理由逾期不补l${d}行政机关不再处理w政府信息|开申请`;

describe('enumeration comma decoded as a digit', () => {
  it.each(['1', '3', '7'])('should tell the digit %s from table 三 row labels printing it after their numeral', (d) => {
    expect(commaDigit(LABELS(d).join('\n'))).toBe(d);
    expect(restoreCommaDigit([...LABELS(d), OVERDUE(d)].join('\n'))).toContain('逾期不补l、行政机关');
  });

  it('should leave a document alone whose row labels print the comma (or one label only shows a digit)', () => {
    const text = [...LABELS('、'), '缴纳费用1行政机关'].join('\n');
    expect(commaDigit(text)).toBeNull();
    expect(restoreCommaDigit(text)).toBe(text);
    expect(commaDigit(['一1本年新收政府信息公开申请数量', '二、上年结转'].join('\n'))).toBeNull();
  });

  it('should keep numbers that read as printed: after 第, before a measure word, digits of a longer run', () => {
    const text = [...LABELS('1'), '2024年1月印发', '第1项', '共收到申请1件', '公开11项'].join('\n');
    const out = restoreCommaDigit(text).split('\n').slice(4);
    expect(out).toEqual(['2024年1月印发', '第1项', '共收到申请1件', '公开11项']);
  });

  it('should read the rows of 其他处理 whose labels printed the digit for 、 (values no longer cut from them)', async () => {
    const ROWS: [string, string][] = [
      ['一1本年新收政府信息公开申请数量', '3 1 0 2 4 0 10'],
      ['二1上年结转政府信息公开申请数量', '0 0 0 0 0 0 0'],
      ['O1本年度办理结果 （一）予以公开', '2 1 0 2 3 0 8'],
      ['1.申请人无l当理由逾期不补l1行政机关不再处理w政府信息|开申请', '1 0 0 0 0 0 1'],
      ['2.申请人逾期未按收费通知要求缴纳费用1行政机关不再处理w政府信息|开申请', '0 0 0 0 1 0 1'],
      ['四1结转下年度继续办理', '0 0 0 0 0 0 0'],
    ];
    const text = ['三、收到和处理政府信息公开申请情况', '自然人 法人或其他组织 总计', '商业企业 科研机构 社会公益组织 法律服务机构 其他', ...ROWS.map(([l, v]) => `${l}   ${v.split(' ').join('   ')}`), '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
    const r = await extract(new TextEncoder().encode(text), { name: 'dump.txt' });
    const value = (row: string): unknown => (r.data as unknown as { requests: { otherHandling: Record<string, { total: number | null }> } }).requests.otherHandling[row]?.total;
    expect(value('overdueCorrection')).toBe(1);
    expect(value('overdueFee')).toBe(1);
  });
});
