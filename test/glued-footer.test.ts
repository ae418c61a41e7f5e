/**
 * A page footer or a reference glued to a row's line (a converter joins the text where the page
 * broke: '行政处罚 - 7 -' / '9798'): its number is never the row's value (layout/page-marks,
 * tables/tokenize-cell), and a label line that read a value of its own while the next line holds as
 * many values naming no row leaves the row below 0.9 (map/orphan-before capOrphanAfter). Invented
 * report; values chosen by hand.
 */
import { pageMarkSpans } from '../src/layout/page-marks.js';
import { PAGE_FURNITURE } from '../src/layout/text-furniture.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { codes, conf, read, value } from './helpers/report-fields.js';

/** The values tokenizeCell reads from a cell. */
const values = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));

/** A report whose table 二 lines from 行政许可 to 行政强制 are `rows`; 许可 120, 处罚 35, 强制 7 when printed plainly. */
function report(rows: string[]): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9',
    '第二十条第（五）项', '信息内容\t本年处理决定数量', ...rows,
    '第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t12.5',
    '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}
const PLAIN = ['行政许可\t120', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t35', '行政强制\t7'];
const withPunishment = (lines: string[]): string[] => [...PLAIN.slice(0, 3), ...lines, PLAIN[4]!];

describe('page counters and references in a cell', () => {
  it('should find the page counters and references of a line, and not a value beside them', () => {
    const marked = (s: string): string[] => pageMarkSpans(s).map(([a, b]) => s.slice(a, b));
    expect(marked('行政处罚 - 7 -')).toEqual(['- 7 -']);
    expect(marked('行政处罚 -7-')).toEqual(['-7-']);
    expect(marked('行政处罚 —— 8 ——')).toEqual(['—— 8 ——']);
    expect(marked('行政处罚 · 8 ·')).toEqual(['· 8 ·']);
    expect(marked('收费 第 2 页 共 2 页')).toEqual(['第 2 页 共 2 页']);
    expect(marked('收费 共3页')).toEqual(['共3页']);
    expect(marked('收费 Page 2 of 5')).toEqual(['Page 2 of 5']);
    expect(marked('行政许可 表2 附件3 图4')).toEqual(['表2', '附件3', '图4']);
    expect(marked('行政许可 注:1')).toEqual(['注:1']);
    expect(marked('行政许可 第二十条第(六)项 2')).toEqual(['第二十条第(六)项 2']);
    // A negative value and a dash cell, a word ending in 表, a year range: no page mark.
    expect(marked('本年增/减 -3 -')).toEqual([]);
    expect(marked('人大代表 3')).toEqual([]);
    expect(marked('2019-2020')).toEqual([]);
  });

  it('should read no value from a footer glued to a label, and the value beside it', () => {
    expect(values('行政处罚 - 7 -')).toEqual([]);
    expect(values('行政事业性收费 第 2 页 共 2 页')).toEqual([]);
    expect(values('行政许可 第二十条第（六）项 2')).toEqual([]);
    expect(values('行政许可 注：1')).toEqual([]);
    // Among values a dashed number may be a value between two dash cells: read as before.
    expect(values('禁止公开 － 5 － 5 0 0 10')).toEqual([5, 5, 0, 0, 10]);
    expect(values('行政处罚 9798 — 8 —')).toEqual([9798, 8]);
    expect(values('行政处罚 Page 3 9798')).toEqual([9798]);
    // A value and its footnote mark: the value stays.
    expect(values('12注1')).toEqual([12]);
  });

  it('should keep a whole line of page furniture recognised (one pattern for both)', () => {
    for (const l of ['— 3 —', '- 12 -', '第 3 页 共 5 页', '第3页/共5页', '3/5', 'Page 3 of 5']) expect([l, PAGE_FURNITURE.test(l)]).toEqual([l, true]);
    expect(PAGE_FURNITURE.test('行政许可 3')).toBe(false);
  });
});

describe('a footer glued to a one-value row of table 二', () => {
  it.each([
    ['dashes', '行政处罚 - 7 -'],
    ['page of pages', '行政处罚 第 2 页 共 4 页'],
    ['reference', '行政处罚 第二十条第（六）项 2'],
    ['note', '行政处罚 注：1'],
  ])('should read the value printed on the next line, never the footer (%s)', async (_name, line) => {
    const r = await read(report(withPunishment([line, '35'])));
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(35);
  });

  it.each([['行政许可 -2-'], ['行政许可 表2'], ['行政许可 共3页'], ['行政许可 Page 2']])('should not take the footer for a value that was lost (%s)', async (line) => {
    const r = await read(report([line, ...PLAIN.slice(1)]));
    const v = value(r, 'activeDisclosure.licensing.decisions');
    if (v !== null) expect(conf(r, 'activeDisclosure.licensing.decisions')).toBeLessThan(0.9);
  });

  it('should cap a row whose label line read a value while the next line holds one naming no row', async () => {
    // '2 页': an unknown footer glued to the label line; the row's value 35 printed below it.
    const r = await read(report(withPunishment(['行政处罚 2 页', '35'])));
    expect(codes(r)).toContain('rows_unread');
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeLessThan(0.9);
    // The rows printed plainly around it stay confirmed.
    expect(value(r, 'activeDisclosure.coercion.decisions')).toBe(7);
  });

  it('should keep rows printed label and value on one line confirmed (control)', async () => {
    const r = await read(report(PLAIN));
    expect(codes(r)).not.toContain('rows_unread');
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(35);
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeGreaterThanOrEqual(0.9);
  });
});
