/**
 * A text dump of a PDF whose fonts' character maps a converter broke (load/miscoded-text): Latin
 * letters glued to ideographs ('ÿ一Ā' for '（一）'). Its digits may be other glyphs' (a full-width
 * space dumped '0': '9　　' read 900), so its values stay below 0.8; the same text with its
 * characters right is read by the text rule.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { isMiscodedDump } from '../src/load/miscoded-text.js';

const run = (text: string): Promise<Report> => extract(new TextEncoder().encode(text), { name: 'dump.txt' });

/** The report's text with its brackets and 二 written as a broken map dumps them (or right). */
const report = (miscoded: boolean): string => {
  const text = [
    '2023年某某局政府信息公开工作年度报告',
    '一、总体情况',
    '（一）主动公开',
    '本机关全年主动公开政府信息。',
    '（二）依申请公开',
    '依法规范办理政府信息公开申请。',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 2 235 342',
    '行政规范性文件 0 0 228',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    '行政许可 447',
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    '行政处罚 31',
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    '行政事业性收费 12.5',
  ].join('\n');
  return miscoded ? text.replaceAll('（', 'ÿ').replaceAll('）', 'Ā').replaceAll('二', 'Ð') : text;
};

describe('a text dump of broken character maps', () => {
  it('should tell a dump with Latin letters glued to ideographs', () => {
    expect(isMiscodedDump(report(true))).toBe(true);
    expect(isMiscodedDump(report(false))).toBe(false);
    // A name with an accented letter now and then is no broken map.
    expect(isMiscodedDump(`${report(false)}\n联系人：José 电话 12345\n Müller先生`)).toBe(false);
  });

  it('should keep its values below 0.8, warning text_garbled', async () => {
    const r = await run(report(true));
    expect(r.warnings.map((w) => w.code)).toContain('text_garbled');
    expect(flattenData(r.data).get('activeDisclosure.licensing.decisions')).toBe(447);
    for (const key of ['activeDisclosure.regulations.issued', 'activeDisclosure.licensing.decisions']) expect(r.fields[key]!.confidence).toBeLessThan(0.8);
  });

  it('should read the same text with its characters right by the text rule', async () => {
    const r = await run(report(false));
    expect(r.warnings.map((w) => w.code)).not.toContain('text_garbled');
    expect(r.fields['activeDisclosure.licensing.decisions']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
