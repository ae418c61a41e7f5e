/**
 * Thousands separators that are not commas: a full stop ('1.234', European), an enumeration comma
 * ('1、234') or a space in a cell of a line split at tabs or wide gaps ('78 776    40 338'). A count is
 * never a fraction: it takes the thousands. An amount may be one: '1.234' in a money column is 1.234 or
 * 1234, and nothing checks an amount, so it stays ambiguous — never a guess at ≥ 0.9.
 */
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { extract } from '../src/index.js';

type Field = { confidence: number; flags: string[]; candidates?: number[] };
const nums = (cell: string): number[] => tokenizeCell(cell).parts.flatMap((p) => (p.kind === 'num' ? [p.value] : []));

const HEAD = ['某市交通运输局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const TABLE2 = (licensing: string, fees: string, sep: string): string[] => [
  ['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '1', '0', '5'], ['行政规范性文件', '2', '1', '9'],
  ['第二十条第（五）项'], ['信息内容', '本年处理决定数量'], ['行政许可', licensing],
  ['第二十条第（六）项'], ['信息内容', '本年处理决定数量'], ['行政处罚', '12'], ['行政强制', '0'],
  ['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', fees],
].map((cells) => cells.join(sep));

async function read(lines: string[]): Promise<{ value: (k: string) => unknown; field: (k: string) => Field }> {
  const r = await extract(new TextEncoder().encode(lines.join('\n')), { name: 'dump.txt' });
  return {
    value: (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | null)?.[p], r.data),
    field: (k) => (r.fields as Record<string, Field>)[k]!,
  };
}

describe('thousands grouped by a full stop or an enumeration comma', () => {
  it.each([
    ['1.234', [1234]],
    ['1、234', [1234]],
    ['12.345.678', [12345678]],
    ['行政许可 2.138', [2138]],
    ['行政许可 2、138', [2138]],
    ['0.125', [0.125]],
    ['7730.28', [7730.28]],
    ['1234.567', [1234.567]],
    ['3,419.36', [3419.36]],
  ])('should read %s as %j', (cell, want) => {
    expect(nums(cell)).toEqual(want);
  });

  it('should keep the decimal reading beside the thousands where there is one separator', () => {
    const [t] = tokenizeCell('1.234').parts;
    expect(t).toMatchObject({ kind: 'num', value: 1234, decimal: 1.234, mark: '.' });
    expect(tokenizeCell('12.345.678').parts[0]).not.toHaveProperty('decimal');
  });

  it.each(['\t', '    '])("should read a count '2.138' as 2138 and leave an amount '1.234' ambiguous (cells split by %j)", async (sep) => {
    const r = await read([...HEAD, ...TABLE2('2.138', '1.234', sep)]);
    expect(r.value('activeDisclosure.licensing.decisions')).toBe(2138);
    const fees = r.field('activeDisclosure.fees.amount');
    expect(r.value('activeDisclosure.fees.amount')).toBeNull();
    expect(fees.flags).toContain('ambiguous');
    expect(fees.candidates).toEqual([1.234, 1234]);
  });

  it("should keep a plain decimal amount ('7730.28') and a comma-grouped one as printed", async () => {
    const r = await read([...HEAD, ...TABLE2('2,138', '7730.28', '\t')]);
    expect(r.value('activeDisclosure.fees.amount')).toBe(7730.28);
    expect(r.field('activeDisclosure.fees.amount').confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.value('activeDisclosure.licensing.decisions')).toBe(2138);
  });

  it("should leave an amount '1.234' printed one cell per line ambiguous", async () => {
    const r = await read([...HEAD, ...TABLE2('2.138', '1.234', '\n')]);
    expect(r.value('activeDisclosure.fees.amount')).toBeNull();
    expect(r.field('activeDisclosure.fees.amount').confidence).toBe(0);
  });
});

describe('table 三 with thousands not grouped by commas', () => {
  const rows: [string, string[]][] = [
    ['一、本年新收政府信息公开申请数量', ['1575', '0', '0', '0', '128', '288', '1991']],
    ['二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']],
    ['三、本年度办理结果 （一）予以公开', ['1575', '0', '0', '0', '128', '288', '1991']],
  ];
  const fill = ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开 1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供 1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '（五）不予处理 1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'];
  const table = (group: (v: string) => string, sep: string): string[] => [
    '三、收到和处理政府信息公开申请情况',
    ['申请人情况'].join(sep), ['自然人', '法人或其他组织', '总计'].join(sep), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join(sep),
    ...rows.map(([label, vs]) => [label, ...vs.map(group)].join(sep)),
    ...fill.map((label) => [label, '0', '0', '0', '0', '0', '0', '0'].join(sep)),
    ['（七）总计', ...rows[2]![1].map(group)].join(sep),
    ['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0'].join(sep),
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。',
  ];
  const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

  it.each([
    ['.', '\t'], ['、', '\t'], ['.', '    '], [' ', '    '], [' ', '\t'],
  ])("should read values grouped by %j (cells split by %j) as the counts, confirmed by the identities", async (mark, sep) => {
    const group = (v: string): string => (v.length > 3 ? `${v.slice(0, -3)}${mark}${v.slice(-3)}` : v);
    const r = await read([...HEAD, ...table(group, sep)]);
    for (const [key, vs] of [['newReceived', rows[0]![1]], ['granted', rows[2]![1]], ['totalHandled', rows[2]![1]]] as const) {
      vs.forEach((v, i) => {
        const k = `requests.${key}.${cols[i]}`;
        expect([k, r.value(k), r.field(k).confidence >= 0.9]).toEqual([k, Number(v), true]);
      });
    }
  });

  it('should read a narrow gap between two cells of a laid-out row as a boundary when the row then fills its columns', async () => {
    // lynx of a CMS table: '4 124' is otherOrg 4 and total 124, one space apart; read as 4124 the row is a value short.
    const laid = (label: string, vs: string[]): string => `   ${label}     ${vs.slice(0, -2).map((v) => v.padStart(4)).join('  ')}    ${vs.slice(-2).join(' ')}`;
    const counts = ['106', '11', '0', '1', '2', '4', '124'];
    const lines = table((v) => v, '    ');
    const at = (start: string): number => lines.findIndex((l) => l.startsWith(start));
    lines[at('一、本年新收')] = laid('一、本年新收政府信息公开申请数量', counts);
    // 予以公开 and 总计 the same counts, cells wide apart: the identities hold through every cell.
    lines[at('三、本年度办理结果')] = ['三、本年度办理结果 （一）予以公开', ...counts].join('    ');
    lines[at('（七）总计')] = ['（七）总计', ...counts].join('    ');
    const r = await read([...HEAD, ...lines]);
    counts.forEach((v, i) => {
      const k = `requests.newReceived.${cols[i]}`;
      expect([k, r.value(k), r.field(k).flags.includes('repaired'), r.field(k).confidence >= 0.9]).toEqual([k, Number(v), false, true]);
    });
  });
});
