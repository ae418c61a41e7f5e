/**
 * No count is printed with a leading zero: a whole '00' or '019' standing alone in a text row is a
 * misread (OCR'd '66' as '00') or cells run together, and its row's numbers are not trusted.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { LABELLED_REQUEST_ROWS } from './helpers/table3.js';

const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'ocr.txt' });

const report = (row: string): string =>
  ['2023年某某局政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 11', row, '第二十条第（五）项', '信息内容 本年处理决定数量', '行政许可 447'].join('\n');

describe('numbers written with a leading zero', () => {
  it.each(['00', '066', '0342', '082952'])('should keep a row holding %s below 0.9', async (cell) => {
    const r = await run(report(`行政规范性文件 8 20 ${cell}`));
    expect(flattenData(r.data).get('activeDisclosure.normativeDocuments.inForce')).toBe(Number(cell));
    for (const k of ['issued', 'repealed', 'inForce'] as const) expect(r.fields[`activeDisclosure.normativeDocuments.${k}`]!.confidence).toBeLessThan(0.9);
    // The row printed plainly beside it stays trusted.
    expect(r.fields['activeDisclosure.regulations.inForce']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['0342', '082952'])('should keep a tab cell %s below 0.9', async (cell) => {
    const r = await run(report(`行政规范性文件\t8\t20\t${cell}`).replace(/ (?=\d)/g, '\t'));
    expect(flattenData(r.data).get('activeDisclosure.normativeDocuments.inForce')).toBe(Number(cell));
    expect(r.fields['activeDisclosure.normativeDocuments.inForce']!.confidence).toBeLessThan(0.9);
    expect(r.fields['activeDisclosure.regulations.inForce']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep a one-value row holding a long zero-led number below 0.9', async () => {
    const r = await run(report('行政规范性文件 8 20 66').replace('行政许可 447', '行政许可 082952'));
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeLessThan(0.9);
  });

  it('should trust the same row printed without the leading zero', async () => {
    const r = await run(report('行政规范性文件 8 20 66'));
    expect(r.fields['activeDisclosure.normativeDocuments.inForce']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  // pypdf glues a row's last cells when their gap is small: '… 1 3 07' is 其他 0 and 总计 7.
  const pypdfTable = (glue: (label: string, v: string) => string): string =>
    ['2023年某某局政府信息公开工作年度报告', '二、主动公开政府信息情况', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 11',
      '三、收到和处理政府信息公开申请情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
      ...LABELLED_REQUEST_ROWS.map(([label, v]) => glue(label, v)), '四、政府信息公开行政复议、行政诉讼情况'].join('\n');

  it('should split a zero-led run where its row lacks a value, and not elsewhere', async () => {
    const text = pypdfTable((label, v) => (label.endsWith('予以公开') ? `${label} ${v.replace(/ 0 7$/, ' 07')}` : `${label} ${v}`));
    expect(text).toContain('2 1 0 1 3 07');
    const r = await run(text);
    const data = flattenData(r.data);
    expect(['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'].map((c) => data.get(`requests.granted.${c}`))).toEqual([2, 1, 0, 1, 3, 0, 7]);
    expect(r.fields['requests.granted.total']!.flags).toContain('segmented');
    expect(r.fields['requests.granted.total']!.flags).not.toContain('ambiguous');
  });

  it('should keep a zero-led run as printed, below 0.9, in a row with a value per cell', async () => {
    const r = await run(pypdfTable((label, v) => (label.endsWith('予以公开') ? `${label} 2 1 0 1 3 0 07` : `${label} ${v}`)));
    expect(flattenData(r.data).get('requests.granted.total')).toBe(7);
    expect(r.fields['requests.granted.total']!.confidence).toBeLessThan(0.9);
  });
});
