/**
 * Plain pdftotext prints table 三's numbering cells ('3.' | '危及“三安全一稳定”') as text blocks of
 * their own: a line '3.' before its label, piles of them among the labels. They are item numbers,
 * not values (tables/numbering-lines): read as values they shifted the whole value stream.
 */
import { numberingLines } from '../src/tables/numbering-lines.js';
import type { Line } from '../src/model/document.js';
import { read, value } from './helpers/report-fields.js';
import { makeValues, requestRows, requestValues } from '../scripts/template-data.mjs';

const line = (text: string): Line => ({ cells: [text], separated: false, source: {} }) as unknown as Line;

describe('numbering lines', () => {
  it('should take lone item numbers for numbering only when some run of them is followed by a label', () => {
    const lines = ['0', '3.', '危及“三安全一稳定”', '5', '2.', '7'].map(line);
    expect([...numberingLines(lines)].map((l) => l.cells[0])).toEqual(['3.', '2.']);
    expect(numberingLines(['0', '3.', '5', '2.', '7'].map(line)).size).toBe(0);
    expect(numberingLines(['12.', '危及'].map(line)).size).toBe(0);
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
