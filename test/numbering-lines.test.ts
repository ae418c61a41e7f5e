/**
 * Plain pdftotext prints table 三's numbering cells ('3.' | '危及“三安全一稳定”') as text blocks of
 * their own: a line '3.' before its label, piles of them among the labels. They are item numbers,
 * not values (tables/numbering-lines): read as values they shifted the whole value stream.
 */
import { numberingLines } from '../src/tables/numbering-lines.js';
import type { Line } from '../src/model/document.js';
import { conf, read, value } from './helpers/report-fields.js';
import { makeValues, requestRows, requestValues } from '../scripts/template-data.mjs';

const line = (text: string): Line => ({ cells: [text], separated: false, source: {} }) as unknown as Line;

describe('numbering lines', () => {
  it('should take lone item numbers for numbering only when some run of them is followed by a label', () => {
    const lines = ['0', '3.', '危及“三安全一稳定”', '5', '2.', '7'].map(line);
    expect([...numberingLines(lines)].map((l) => l.cells[0])).toEqual(['3.', '2.']);
    expect(numberingLines(['0', '3.', '5', '2.', '7'].map(line)).size).toBe(0);
    expect(numberingLines(['12.', '危及'].map(line)).size).toBe(0);
  });

  it("should take a lone '3.' for a value where its row holds the table's count of values with it, and for numbering after a full row", () => {
    const row = (label: string, values: string[]): string[] => [label, ...values];
    const lines = [
      ...row('一、本年新收政府信息公开申请数量', ['5', '0', '1', '0', '0', '0', '6']),
      ...row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']),
      // 总计 printed '3.', then the next row's numbering cell '3.' apart above its label.
      ...row('其他法律行政法规禁止公开', ['1', '0', '1', '0', '1', '0', '3.']), '3.',
      ...row('危及“三安全一稳定”', ['0', '2.', '0', '0', '0', '0', '2']), '4.',
      ...row('保护第三方合法权益', ['0', '0', '0', '0', '0', '0', '0']),
    ].map(line);
    const numbering = numberingLines(lines);
    const at = (i: number): boolean => numbering.has(lines[i]!);
    const idx = lines.map((l, i) => [l.cells[0], i] as const).filter(([c]) => /^\d\.$/.test(c!)).map(([, i]) => i);
    // '3.' (总计), '3.' (numbering), '2.' (a value mid-row), '4.' (numbering)
    expect(idx.map(at)).toEqual([false, true, false, true]);
  });

  it("should read values printed with a full stop one cell per line ('3.'), labels glued to their numbers, right at ≥ 0.9", async () => {
    const data = makeValues(15, { version: '2021', combined: false, scale: 8 });
    const lines: string[] = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '三、收到和处理政府信息公开申请情况',
      '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const keys: string[] = [];
    for (const [group, label, key] of requestRows(false)) {
      if (group) lines.push(group);
      lines.push(label, ...requestValues(data, key).map((v: number) => `${v}.`));
      keys.push(key);
    }
    lines.push('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。');
    const r = await read(new TextEncoder().encode(lines.join('\n')));
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    for (const key of keys) {
      requestValues(data, key).forEach((v, c) => {
        const k = `requests.${key}.${cols[c]}`;
        expect([k, value(r, k), conf(r, k) >= 0.9]).toEqual([k, v, true]);
      });
    }
  });

  it('should read table 三 printed one cell per line with its numbering cells apart', async () => {
    const data = makeValues(15, { version: '2021', combined: false, scale: 30 });
    const lines: string[] = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '三、收到和处理政府信息公开申请情况',
      '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const keys: string[] = [];
    for (const [, label, key] of requestRows(false)) {
      const m = /^(\d)\.(.*)$/.exec(label);
      // The numbering cell printed apart: before its label, or (every third row) after the row's first value.
      const values = requestValues(data, key).map(String);
      if (m && keys.length % 3 === 0) lines.push(m[2]!, values[0]!, `${m[1]}.`, ...values.slice(1));
      else lines.push(...(m ? [`${m[1]}.`, m[2]!] : [label]), ...values);
      keys.push(key);
    }
    lines.push('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。');
    const r = await read(new TextEncoder().encode(lines.join('\n')));
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    for (const key of keys) requestValues(data, key).forEach((v, c) => expect([key, value(r, `requests.${key}.${cols[c]}`)]).toEqual([key, v]));
  });
});
