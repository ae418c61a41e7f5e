/**
 * Numbers printed with thousands separators in single-spaced text ('行政许可 39,846'): one number,
 * never two cells split at the separator; where the row's count of values does not confirm it,
 * never trusted, and ambiguous where a split also fills the row.
 */
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { extract } from '../src/index.js';

type Field = { confidence: number; flags: string[]; candidates?: number[] };
const nums = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));

const ACTIVE = (rows: string[]): string =>
  ['某市交通运输局2023年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', ...rows].join('\n');

async function read(text: string): Promise<{ value: (k: string) => unknown; field: (k: string) => Field }> {
  const r = await extract(new TextEncoder().encode(text), { name: 'dump.txt' });
  return {
    value: (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | null)?.[p], r.data),
    field: (k) => (r.fields as Record<string, Field>)[k]!,
  };
}

describe('thousands separators in a cell of other text', () => {
  it.each([
    ['行政许可 39,846', [39846]],
    ['行政许可 39，846', [39846]],
    ["行政许可 39'846", [39846]],
    ['行政许可 39\u2009846', [39846]],
    ['行政许可 39\u202f846', [39846]],
    ['一、本年新收政府信息公开申请数量 3,773 217 0 28 70 0 4,088', [3773, 217, 0, 28, 70, 0, 4088]],
    ['收费 1,234,567.5', [1234567.5]],
  ])('should read %s as one number per group run', (cell, want) => {
    expect(nums(cell)).toEqual(want);
  });

  it('should not read groups other than three digits as one number (a grouped one beside them still is)', () => {
    expect(nums('规章 5,0,3 1,234')).toContain(1234);
    expect(nums('规章 5,0,3')).not.toContain(503);
    expect(nums('规章 1,234,56')).not.toContain(123456);
    expect(nums('规章 1,2345')).not.toContain(12345);
  });

  it("should read '行政许可 39,846' in a single-spaced dump as 39846, trusted (the row's one column confirms it)", async () => {
    const r = await read(ACTIVE(['规章 0 0 0', '行政规范性文件 24 0 45', '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 39,846', '第二十条第（六）项', '信息内容 本年处理决定数量', '行政处罚 4,255', '行政强制 0']));
    expect(r.value('activeDisclosure.licensing.decisions')).toBe(39846);
    expect(r.value('activeDisclosure.punishment.decisions')).toBe(4255);
    expect(r.field('activeDisclosure.licensing.decisions').confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should leave a row ambiguous where the grouped number split at its comma fills the row too', async () => {
    const r = await read(ACTIVE(['规章 39,846 5', '行政规范性文件 24 0 45']));
    const f = r.field('activeDisclosure.regulations.issued');
    expect(f.confidence).toBeLessThan(0.9);
    expect(f.flags).toContain('ambiguous');
    expect(f.candidates).toEqual(expect.arrayContaining([39, 39846]));
  });

  it('should read table 三 rows of a single-spaced dump with grouped numbers (the identities confirm them)', async () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
      '自然人 法人或其他组织 总计',
      '商业企业 科研机构 社会公益组织 法律服务机构 其他',
      '一、本年新收政府信息公开申请数量 3,773 217 0 28 70 0 4,088',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '三、本年度办理结果 （一）予以公开 2,653 84 0 0 28 0 2,765',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 665 21 0 7 7 0 700',
      '（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0',
      '（四）无法提供 1.本机关不掌握相关政府信息 350 70 0 21 14 0 455',
      '（五）不予处理 1.信访举报投诉类申请 105 28 0 0 28 0 161',
      '（七）总计 3,773 203 0 28 70 0 4,074',
      '四、结转下年度继续办理 0 14 0 0 0 0 14',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const r = await read(text);
    expect(r.value('requests.newReceived.naturalPerson')).toBe(3773);
    expect(r.value('requests.newReceived.total')).toBe(4088);
    expect(r.value('requests.granted.total')).toBe(2765);
    expect(r.value('requests.totalHandled.total')).toBe(4074);
    expect(r.field('requests.newReceived.total').confidence).toBeGreaterThanOrEqual(0.9);
  });
});
