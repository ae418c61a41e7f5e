/**
 * Agency names holding digits ('某市公安局110指挥中心', '…区12345市民热线办公室'): never read from the digits onward
 * at confidence ≥ 0.8 (scripts/title-variants.mjs --digits). A title's second line starting with the name's digits
 * ('110指挥中心2020年…') keeps them (not a page number); a name cut at its digits does not confirm the whole name.
 */
import { describe, expect, it } from '@jest/globals';
import { textToLines } from '../src/layout/text-to-lines.js';
import { cutAtDigits, endsAsName } from '../src/meta/agency-name.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const body = (signed: string, year: number): string[] => ['一、总体情况', `${year}年，本机关深化政务公开。`, '六、其他需要报告的事项', '本年度无收取信息处理费情况。', `                 ${signed}`, `                 ${year + 1}年1月20日`];
const metaOf = (head: string[], signed: string, year: number) => scoreMeta(extractMeta({ lines: textToLines(`${[...head, '', ...body(signed, year)].join('\n')}\n`), name: 'dump.txt' }));

describe('agency names holding digits', () => {
  it('a name ending after digits inside a longer one is cut, not a shorter form', () => {
    expect(cutAtDigits('芜湖市镜湖区公安局110指挥中心', '指挥中心')).toBe(true);
    expect(endsAsName('芜湖市镜湖区公安局110指挥中心', '指挥中心')).toBe(false);
    expect(cutAtDigits('南通市崇川区１２３４５市民热线办公室', '市民热线办公室')).toBe(true);
    expect(endsAsName('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(cutAtDigits('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(false);
  });
  it('keeps the digits starting the second line of a title wrapped inside the name', () => {
    const m = metaOf(['芜湖市镜湖区公安局', '110指挥中心2020年度政府信息公开工作年度报告'], '芜湖市镜湖区公安局110指挥中心', 2020);
    expect(m.agency).toBe('芜湖市镜湖区公安局110指挥中心');
    expect(m.title).toBe('芜湖市镜湖区公安局110指挥中心2020年度政府信息公开工作年度报告');
    const n = metaOf(['南通市崇川区1234', '5市民热线办公室2025年度政府信息公开工作年度报告'], '南通市崇川区12345市民热线办公室', 2025);
    expect(n.agency).toBe('南通市崇川区12345市民热线办公室');
  });
  it('does not confirm a name read from the digits onward with the sign-off that prints it whole', () => {
    const m = metaOf(['青州市公安局11', '0指挥中心2022年政府信息公开工作年度报告'], '青州市公安局110指挥中心', 2022);
    if (m.agency !== '青州市公安局110指挥中心') expect(m.fields.agency.confidence).toBeLessThan(0.8);
  });
  it('keeps an agency read from a title whose first half may be above it below 0.8', () => {
    const m = metaOf(['青州市5G产业园', '管理办公室2025年政府信息公开工作年度报告'], '本机关', 2025);
    if (m.agency !== '青州市5G产业园管理办公室') expect(m.fields.agency.confidence).toBeLessThan(0.8);
  });
  it('still reads a bare page number glued to the first line as page furniture', () => {
    const m = metaOf(['1洪泽区人民政府2023年政府信息公开工作年度报告'], '洪泽区人民政府', 2023);
    expect(m.agency).toBe('洪泽区人民政府');
    expect(m.fields.agency.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
