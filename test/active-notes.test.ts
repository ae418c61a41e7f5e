/**
 * Table 二's notes and column headers (tables/cell-notes, map/active-header): a number inside a
 * label's or value's bracketed note is not a value, a cell keyed '上年：…；本年：…' gives the 本年
 * number, and three-column rows follow a header printed in short or two-level wording in another
 * order (or are capped when the header's words are not recognised). Values here are chosen by hand.
 * scripts/active-note-variants.mjs generates such variants over seeds.
 */
import { extract, flattenData } from '../src/index.js';
import { cellNotes, inNote } from '../src/tables/cell-notes.js';

/** A minimal 2021 report whose table 二 is `table` (tab-separated lines). */
function doc(table: string[]): Uint8Array {
  return new TextEncoder().encode(['青山区教育局2024年政府信息公开工作年度报告', '一、总体情况', '本局依法公开政府信息。', '二、主动公开政府信息情况', ...table, '三、收到和处理政府信息公开申请情况', '无。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。'].join('\n'));
}

const ONE_VALUE = ['第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可（含12个子项）\t2556', '第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t上年：756；本年：656', '行政强制\t38（其中网上办理7件）'];

async function read(table: string[], name = 'a.txt'): Promise<{ value: (k: string) => unknown; conf: (k: string) => number; codes: string[] }> {
  const rep = await extract(doc(table), { name });
  const data = flattenData(rep.data);
  return { value: (k) => data.get(k), conf: (k) => (rep.fields as Record<string, { confidence: number }>)[k]?.confidence ?? 0, codes: rep.warnings.map((w) => w.code) };
}

describe('table 二 notes in a cell', () => {
  it('should not read a number in a label bracket, nor a 上年 or 其中 number, as the row value', async () => {
    const r = await read(ONE_VALUE);
    expect(r.value('activeDisclosure.licensing.decisions')).toBe(2556);
    expect(r.value('activeDisclosure.punishment.decisions')).toBe(656);
    expect(r.value('activeDisclosure.coercion.decisions')).toBe(38);
  });

  it('should keep the value of a cell keyed by years but not by 本年 below 0.9', async () => {
    const r = await read(['第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t2023年：756；2024年：656', '行政强制\t38']);
    expect(r.conf('activeDisclosure.punishment.decisions')).toBeLessThan(0.9);
    expect(r.value('activeDisclosure.coercion.decisions')).toBe(38);
  });

  it('should mark only notes: a bracket with words, and the keyed numbers other than 本年', () => {
    const s = '行政许可(含12个子项) 5(3) 上年:756;本年:656';
    const notes = cellNotes(s);
    expect(inNote(notes, s.indexOf('12'))).toBe(true);
    expect(inNote(notes, s.indexOf('3)'))).toBe(false);
    expect(inNote(notes, s.indexOf('756'))).toBe(true);
    expect(inNote(notes, s.indexOf('656'))).toBe(false);
  });

  it('should read a key bracketed after its number: 756（上年）656（本年） gives 656', async () => {
    const r = await read(['第二十条第（六）项', '信息内容\t本年处理决定数量', '行政处罚\t756（上年）656（本年）', '行政强制\t38']);
    expect(r.value('activeDisclosure.punishment.decisions')).toBe(656);
    const s = '756(上年)656(本年)';
    expect(inNote(cellNotes(s), 0)).toBe(true);
    expect(inNote(cellNotes(s), s.indexOf('656'))).toBe(false);
  });

  it('should read the values of a multi-column row whose cell keeps its keys, and hold a lone past-year key below 0.9', async () => {
    const header = ['第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'];
    const keyed = await read([...header, '规章\t上年：5；本年：2\t16\t11']);
    expect(['issued', 'repealed', 'inForce'].map((c) => keyed.value(`activeDisclosure.regulations.${c}`))).toEqual([2, 16, 11]);
    const lone = await read([...header, '规章\t5（上年）\t16\t11']);
    expect(lone.value('activeDisclosure.regulations.issued')).toBe(5);
    expect(lone.conf('activeDisclosure.regulations.issued')).toBeLessThan(0.9);
  });
});

describe('table 二 column headers in short or two-level wording', () => {
  const rows = ['规章\t6\t2\t24', '行政规范性文件\t0\t19\t116'];
  const check = async (header: string[]): Promise<void> => {
    const r = await read(['第二十条第（一）项', ...header, ...rows]);
    expect([r.value('activeDisclosure.regulations.issued'), r.value('activeDisclosure.regulations.repealed'), r.value('activeDisclosure.regulations.inForce')]).toEqual([2, 6, 24]);
    expect([r.value('activeDisclosure.normativeDocuments.issued'), r.value('activeDisclosure.normativeDocuments.repealed')]).toEqual([19, 0]);
    expect(r.conf('activeDisclosure.regulations.issued')).toBeLessThan(0.9);
    expect(r.codes).toContain('columns_reordered');
  };

  it('should follow 废止件数 | 制发件数 | 现行有效件数', () => check(['信息内容\t废止件数\t制发件数\t现行有效件数']));
  it('should follow 废止 | 制发 | 现行有效', () => check(['信息内容\t废止\t制发\t现行有效']));
  it('should follow a 本年 group over 废止件数 | 制发件数', () => check(['信息内容\t本年\t\t现行有效件数', '\t废止件数\t制发件数\t']));

  it('should follow a two-level header in HTML (spans expanded)', async () => {
    const html = `<html><body><p>青山区教育局2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p><table><tr><td rowspan="2">信息内容</td><td colspan="2">本年</td><td rowspan="2">现行有效件数</td></tr><tr><td>废止件数</td><td>制发件数</td></tr><tr><td>规章</td><td>6</td><td>2</td><td>24</td></tr></table><p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const rep = await extract(new TextEncoder().encode(html), { name: 'a.html' });
    const data = flattenData(rep.data);
    expect([data.get('activeDisclosure.regulations.issued'), data.get('activeDisclosure.regulations.repealed')]).toEqual([2, 6]);
  });

  it('should cap rows under a header whose words are not recognised', async () => {
    const r = await read(['第二十条第（一）项', '信息内容\t失效数\t发文数\t现行有效件数', ...rows]);
    expect(r.conf('activeDisclosure.regulations.issued')).toBeLessThan(0.9);
    expect(r.conf('activeDisclosure.regulations.repealed')).toBeLessThan(0.9);
    expect(r.codes).toContain('columns_unread');
  });

  it('should keep the template order at full confidence under the template header', async () => {
    const r = await read(['第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', ...rows]);
    expect(r.value('activeDisclosure.regulations.issued')).toBe(6);
    expect(r.conf('activeDisclosure.regulations.issued')).toBeGreaterThanOrEqual(0.9);
  });
});
