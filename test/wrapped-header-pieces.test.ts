/**
 * Table 三's header band dumped with no positions (pdfplumber `extract_text`, pypdfium2) from a page
 * whose narrow columns wrap 社会公益组织 / 法律服务机构: the upper and lower pieces stand on lines of
 * their own (map/wrapped-pieces). The band joined in reading order names those two columns first, an
 * order the page does not print: the values stay in the template's order (capped, `columns_unread`),
 * never moved. A header whose whole names are out of order is still read as reordered. Every expected
 * value below is read off the inline input by hand (social 2, legal 4 in the 本年新收 row).
 */
import { codes, conf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';
import { wrappedPiecesInOrder } from '../src/map/wrapped-pieces.js';
import { textToLines } from '../src/layout/text-to-lines.js';

/** A text report printed as a plumber dump: cells joined by one space, table 三's header band `band`. */
function dump(band: readonly string[]): Uint8Array {
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 4', '行政规范性文件 2 1 9',
    '三、收到和处理政府信息公开申请情况', ...band,
    ...ROWS.map(([label, v]) => `${label} ${v}`),
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '未经复议直接起诉 复议后起诉',
    '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
    '0 0 0 0 0 1 0 0 0 1 0 0 0 1 1',
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const SOCIAL = 'requests.newReceived.socialOrg';
const LEGAL = 'requests.newReceived.legalService';

describe('wrapped header pieces on lines of their own (no positions)', () => {
  it.each([
    ['pieces above and below the whole names', ['社会公益 法律服务', '申请人情况 自然人 商业企业 科研机构 其他 总计', '组织 机构']],
    ['pieces cut after the fifth character', ['社会公益组 法律服务机', '申请人情况 自然人 商业企业 科研机构 其他 总计', '织 构']],
    ['pieces beside whole names, the group on its own line', ['法人或其他组织', '项 目 自然人 社会公益组 法律服务机 总计', '商业企业 科研机构 其他', '织 构']],
  ])('should keep the template order, unmoved and capped: %s', async (_, band) => {
    const r = await read(dump(band));
    expect([value(r, SOCIAL), value(r, LEGAL)]).toEqual([2, 4]);
    expect(codes(r)).not.toContain('columns_reordered');
    expect(codes(r)).toContain('columns_unread');
    expect([conf(r, SOCIAL) < 0.9, conf(r, LEGAL) < 0.9]).toEqual([true, true]);
  });

  it('should still follow whole names printed out of order beside the pieces', async () => {
    const r = await read(dump(['社会公益 法律服务', '申请人情况 自然人 科研机构 商业企业 其他 总计', '组织 机构']));
    expect(codes(r)).toContain('columns_reordered');
    expect(conf(r, 'requests.newReceived.commercial')).toBeLessThan(0.9);
  });
});

describe('wrappedPiecesInOrder', () => {
  const band = (head: string[]): boolean => wrappedPiecesInOrder(textToLines(['三、收到和处理政府信息公开申请情况', '申请人情况', ...head, '一、本年新收政府信息公开申请数量 145 46 7 5 11 15 229'].join('\n')));

  // PDFBox -sort of a LibreOffice print (dumps41 held-out r06): centred cells wrapped over three lines interleave, 社会公益组织's middle
  // piece '公益' on the line of 法律服务 and 总计, 其他's '其' / '他' apart — 其他 read inside the group word had rotated every row (85 wrong at 0.85).
  it('should take a middle piece of a cell wrapped over three lines', () => {
    expect(band(['法人或其他组织', '项目 自然', '人 商业企 科研 社会', '公益 法律服务 其 总计', '业 机构 组织 机构 他'])).toBe(true);
  });

  it('should not take pieces that spell no word in order', () => {
    expect(band(['法人或其他组织', '项目 自然', '人 商业企 科研 社会', '法律服务 公益 其 总计', '业 机构 组织 机构 他'])).toBe(false);
  });
});
