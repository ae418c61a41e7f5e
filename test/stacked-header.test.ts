/**
 * Table 三's header cells wrapped over several lines with each column's pieces stacked vertically
 * (map/stacked-header.ts): pdftotext -layout of a LibreOffice/Chromium print ('自然' over '人',
 * '社会公' over '益组织'), a LibreOffice PDF whose sub-column words wrap one line down ('商业企' over
 * '业'), and a Ghostscript reprint whose font lost one glyph ('法人或\uFFFD他组织'). The header lines are
 * copied from /tmp/breakit7 x-layout-std-2021 (pdftotext -layout) and p-lo-std-2019 (as read); the
 * values are the shared hand-set table 三 rows (helpers/table3.ts).
 */
import { stackedTexts } from '../src/map/stacked-header.js';
import { codes, conf, keysOf, orderKeys, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

function report(header: string[], cells: (v: string[]) => string[] = (v) => v): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。',
    '三、收到和处理政府信息公开申请情况', ...header,
    ...ROWS.map(([label, v]) => `${label}        ${cells(v.split(' ')).join('   ')}`),
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
    '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    '0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1', '五、存在的主要问题及改进情况', '培训不足。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

/** pdftotext -layout of a LibreOffice print (x-layout-std-2021): three header lines, pieces stacked. */
const LAYOUT = [
  '                                 申请人情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之 自然 法人或其他组织           总',
  '和）                                   商业 科研 社会公 法律服 其',
  '                                 人 企业 机构 益组织 务机构 他 计',
];
/** The same header with 法律服务机构 printed before 社会公益组织. */
const LAYOUT_SWAPPED = [LAYOUT[0]!, LAYOUT[1]!, '和）                                   商业 科研 法律服 社会公 其', '                                 人 企业 机构 务机构 益组织 他 计'];
/** A LibreOffice PDF as read (p-lo-std-2019): the sub-column words wrap one line down, their tails on the next line. */
const LO = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   申请人情况', '自然人法人或其他组织     总计', '商业企      科研机社会公益法律服务机其他', '业    构    组织   构'];
/** The same LibreOffice header with 法律服务机构 printed before 社会公益组织. */
const LO_SWAPPED = [LO[0]!, LO[1]!, '商业企      科研机法律服务机社会公益其他', '业    构    构   组织'];
/** The header read whole, one cell per word: the confidences a confirmed order gives. */
const WHOLE = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   申请人情况', '自然人   法人或其他组织   总计', '商业企业   科研机构   社会公益组织   法律服务机构   其他'];
const confirmed = async (header: string[]): Promise<void> => {
  const r = await read(report(header));
  const whole = await read(report(WHOLE));
  expect(codes(r)).not.toContain('columns_unread');
  expect(codes(r)).not.toContain('columns_reordered');
  expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
  expect(conf(r, 'requests.newReceived.socialOrg')).toBeGreaterThanOrEqual(0.9);
  for (const k of keysOf(whole, 'requests.')) expect(conf(r, k)).toBe(conf(whole, k));
};
const swapLegalSocial = (v: string[]): string[] => [v[0]!, v[1]!, v[2]!, v[4]!, v[3]!, v[5]!, v[6]!];

describe('stacked header pieces (table 三)', () => {
  it('should join each column\'s pieces stacked over the lines, in the lower line\'s order', () => {
    const texts = stackedTexts(LAYOUT.map((l) => l.trim()), ['自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(texts.at(-1)!.split(' ').filter((w) => !w.startsWith('（'))).toEqual(['自然人', '和）', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '法人或其他组织', '总计']);
    // No line whose every piece completes one above: nothing joined.
    expect(stackedTexts(['自 法人或其他组织 总', '然 商业 科研 社会公 法律服 其 计', '人 企业 机构 益组织 务机构 他'], ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])).toEqual([]);
  });

  it('should confirm the template order from a pdftotext -layout header stacked in pieces', async () => {
    await confirmed(LAYOUT);
  });

  it('should report a stacked header that names another order as reordered, below 0.9, never as the template order', async () => {
    for (const header of [LAYOUT_SWAPPED, LO_SWAPPED]) {
      const r = await read(report(header, swapLegalSocial));
      expect(codes(r)).toContain('columns_reordered');
      for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
    }
  });

  it('should confirm the order from sub-column words wrapped one line down (LibreOffice PDF)', async () => {
    await confirmed(LO);
  });

  it('should read a header word with one undecodable glyph as the only column word that fits (Ghostscript reprint)', async () => {
    await confirmed(['（本列数据的勾稽关系为）   申请人情况', '自然人   法人或\uFFFD他组织    总计', '商业企业  科研机构  社会公益组织  法律服\uFFFD机构  \uFFFD他']);
    // Two glyphs lost in one word: not read.
    const two = await read(report(['（本列数据的勾稽关系为）   申请人情况', '自然人   法人或\uFFFD他组织    总计', '商业企业  科研机构  社会公益组织  法律\uFFFD\uFFFD机构  \uFFFD他']));
    expect(codes(two)).toContain('columns_unread');
  });

  it('should read a header word with two glyphs lost once a shorter column word inside it is repaired (Ghostscript reprint, breakit5 p05)', async () => {
    // '法人或\uFFFD他组\uFFFD': '\uFFFD他' fits 其他 only, then the group word has one glyph lost.
    await confirmed(['（本列数据的勾稽关系为）   申请人情况', '自然人   法人或\uFFFD他组\uFFFD    总计', '商业企业  科研机构  社会公益组\uFFFD  法律服\uFFFD机构  \uFFFD他']);
  });

  it('should not place a column word read inside a header word that was not read: unread, never reordered (breakit5 p05)', async () => {
    // '法\uFFFD或其他组\uFFFD' is not repaired, so its 其他 is read too: the band joined names 其他 twice,
    // once before 总计; its first place would read the columns as reordered and move the values.
    const r = await read(report(['（本列数据的勾稽关系为）   申请人情况', '自然人   法\uFFFD或其他组\uFFFD    总计', '商业企业  科研机构  社会公益组织  法律服务机构  其他']));
    expect(codes(r)).toContain('columns_unread');
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.commercial')).toBe(1);
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(0);
  });
});
