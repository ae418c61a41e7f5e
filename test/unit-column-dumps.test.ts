/**
 * Table 二 with its 单位 column as pypdf and PDFBox dump a print of it (box44; breaker44 finding 9): the unit glued to
 * the value ('行政许可 1,161项'), a count cut inside its thousands groups, the fee printed as a word with its unit
 * ('行政事业性收费 / 万元', '无 万元', 'n/a'), and the note under the table wrapped over lines. Generator:
 * `scripts/number-format-variants.mjs --units`.
 */
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { extract } from '../src/index.js';

type Field = { confidence: number; flags: string[] };
const parts = (cell: string): string[] => tokenizeCell(cell).parts.map((p) => (p.kind === 'num' ? String(p.value) : p.kind === 'blank' ? (p.unread ? 'unread' : 'blank') : p.kind === 'na' ? 'na' : 'text'));

const NOTE = ['注：1.本表“本年制发件数”“本年废止件数”均以2023年1月1日至2023年12月', '31日期间印发或废止的文件为准；2.行政许可数据来源于系统导出，单', '位为件（项）；3.行政事业性收费金额单位为万元，保留两位小数，本机关无收费项', '目；4.表中“/”表示不适用，空白表示为0。'];
const REPORT = (licensing: string, fee: string): string =>
  [
    '某市民政局2023年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数 单位',
    '规章 19 1 9 件',
    '行政规范性文件 5 6 4 件',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量 单位',
    `行政许可 ${licensing}`,
    '第二十条第（六）项',
    '信息内容 本年处理决定数量 单位',
    '行政处罚 3,064项',
    '行政强制 7项',
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元） 单位',
    `行政事业性收费 ${fee}`,
    ...NOTE,
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

async function fields(text: string): Promise<{ value: (k: string) => unknown; field: (k: string) => Field }> {
  const r = await extract(new TextEncoder().encode(text), { name: 'dump.txt' });
  return {
    value: (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | null)?.[p], r.data),
    field: (k) => (r.fields as Record<string, Field>)[k]!,
  };
}

describe('a count with its unit glued after it', () => {
  it.each([
    ['行政许可 1,161项', ['text', '1161', 'text']],
    ['行政许可 1，161项', ['text', '1161', 'text']],
    ['行政强制 7项', ['text', '7', 'text']],
    ['规章 1,161条', ['text', '1161', 'text']],
  ])('should read %s as the count', (cell, want) => {
    expect(parts(cell)).toEqual(want);
  });

  it("should read a fee word after a label as not applicable, never after an item number ('4. 无' of 无正当理由 wrapped)", () => {
    expect(parts('行政事业性收费 无')).toEqual(['text', 'na']);
    expect(parts('4. 无')).toEqual(['text']); // breaker45 hand/r25-ctl.raw: 958 of 无正当理由大量反复申请 lost
    expect(parts('4、无')).toEqual(['text']);
  });

  it('should keep a number before 项 or 条 inside words as text (an item or article number)', () => {
    expect(parts('依据第二十条第5项规定')).not.toContain('5');
    expect(parts('按照20条规定执行')).not.toContain('20');
  });

  it('should read a dot-grouped count with its measure word as thousands', () => {
    expect(parts('3.064项')).toEqual(['3064']);
  });
});

describe('digits cut at a thousands mark', () => {
  it.each(['行政许可 12,345,67', '行政许可 1,16项', '行政许可 4’35'])('should read %s as one value not given, never its first group', (cell) => {
    const p = parts(cell);
    expect(p).toContain('unread');
    expect(p.filter((x) => /^\d/.test(x))).toEqual([]);
  });

  it("should read a grouped number with a cell's digits glued after it as the number, then a run touching it", () => {
    // pypdf glues narrow columns: '2,653338' is 2,653 | 338 or a misprint; the row's cells decide (gen61 pypdf).
    expect(parts('1.信访举报投诉类申请 2,653338 0 84')).toEqual(['text', '2653', '338', '0', '84']);
    expect(parts('行政许可 1,1611')).toEqual(['text', '1161', '1']);
  });

  it('should keep cells of one digit each printed with commas', () => {
    expect(parts('规章 5,0,3').filter((x) => x !== 'text')).toEqual(['5', '0', '3']);
  });

  it('should give no table 二 value at 0.8 or more for a count cut so', async () => {
    const r = await fields(REPORT('1,1611项', '5677.87万元'));
    expect(r.value('activeDisclosure.licensing.decisions')).toBeNull();
    expect(r.value('activeDisclosure.punishment.decisions')).toBe(3064);
    expect(r.value('activeDisclosure.coercion.decisions')).toBe(7);
  });
});

describe('the fee printed as a word, with its unit, above a wrapped note', () => {
  it.each(['/ 万元', '/万元', '无', '无 万元', '不适用 万元', 'n/a', 'N/A 万元'])('should read 行政事业性收费 %s as not applicable', async (fee) => {
    const r = await fields(REPORT('1,161项', fee));
    expect(r.value('activeDisclosure.fees.amount')).toBeNull();
    expect(r.field('activeDisclosure.fees.amount').flags).toContain('notApplicable');
    expect(r.value('activeDisclosure.licensing.decisions')).toBe(1161);
  });

  it("should not read the note's '空白表示为0' as the fee when the fee row is unread", async () => {
    const r = await fields(REPORT('1,161项', '见说明'));
    const f = r.field('activeDisclosure.fees.amount');
    expect(r.value('activeDisclosure.fees.amount') === 0 && f.confidence >= 0.8).toBe(false);
  });
});
