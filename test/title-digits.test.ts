/**
 * Titles wrapped inside an agency's name that holds digits, 第N or Latin letters (a narrow page: Chromium's A5 print,
 * its pdftotext -layout; scripts/title-variants.mjs --digits): the first half is joined when the document prints the
 * joined name elsewhere (its sign-off, its body); a cut title under such a line is not trusted.
 */
import { describe, expect, it } from '@jest/globals';
import { textToLines } from '../src/layout/text-to-lines.js';
import { extractMeta } from '../src/meta/index.js';
import { scoreMeta } from '../src/score/meta.js';

const body = (agency: string, year: number): string[] => ['一、总体情况', `${year}年，${agency}深化政务公开。`, '六、其他需要报告的事项', '本年度无收取信息处理费情况。', `                 ${agency}`, `                 ${year + 1}年1月20日`];
const metaOf = (head: string[], agency: string, year: number) => scoreMeta(extractMeta({ lines: textToLines(`${[...head, '', ...body(agency, year)].join('\n')}\n`), name: 'dump.txt' }));

describe('titles wrapped inside a name with digits', () => {
  it('joins a first half ending mid-word after digits when the sign-off prints the name', () => {
    const m = metaOf(['    敦化市12345政务服务便民热线管理中', '    心2024年政府信息公开工作年度报告'], '敦化市12345政务服务便民热线管理中心', 2024);
    expect(m.title).toBe('敦化市12345政务服务便民热线管理中心2024年政府信息公开工作年度报告');
    expect(m.agency).toBe('敦化市12345政务服务便民热线管理中心');
  });
  it('joins 110 and Latin letters in the name', () => {
    expect(metaOf(['青州市公安局110指挥中', '心2023年政府信息公开工作年度报告'], '青州市公安局110指挥中心', 2023).title).toBe('青州市公安局110指挥中心2023年政府信息公开工作年度报告');
    expect(metaOf(['南通市崇川区ABC经济开发区管', '理委员会2022年政府信息公开工作年度报告'], '南通市崇川区ABC经济开发区管理委员会', 2022).title).toBe('南通市崇川区ABC经济开发区管理委员会2022年政府信息公开工作年度报告');
  });
  it('does not trust a cut title under a first half with Latin letters the document does not confirm', () => {
    const m = metaOf(['青州市5G产业园', '管理办公室2025年政府信息公开工作年度报告'], '本机关', 2025);
    expect(m.fields.title.flags).toContain('incomplete');
    expect(m.fields.title.confidence).toBeLessThan(0.8);
    expect(metaOf(['敦化市12345政务服务便民热线管理中', '心2024年政府信息公开工作年度报告'], '本机关', 2024).fields.title.confidence).toBeLessThan(0.8);
  });
  it('does not join another title\'s first half naming a year', () => {
    const m = metaOf(['2022年度汀州市12345热', '线办公室2023年政府信息公开工作年度报告'], '汀州市12345热线办公室', 2023);
    expect(m.title).not.toContain('2022年度');
  });
});
