/**
 * Column headers printed in an order other than the template's (map/column-order): values follow
 * a printed swap of applicant sub-columns (table 三) or of the two litigation groups (table 四);
 * every value of a reordered table stays below 0.9, but for 总计 moved alone (categories named in
 * template order) where the row totals confirm its place. Every
 * expected value below is read off the inline input by hand.
 */
import { codes, conf, keysOf, orderKeys, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

const swapLegalSocial = (v: string[]): string[] => [v[0]!, v[1]!, v[2]!, v[4]!, v[3]!, v[5]!, v[6]!];
/** Table 三 rows as printed under `自然人 商业企业 科研机构 法律服务机构 社会公益组织 其他 总计` (legal/social swapped). */
const SWAPPED_ROWS = ROWS.map(([label, v]): [string, string] => [label, swapLegalSocial(v.split(' ')).join(' ')]);
const TEMPLATE_ORG = '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他';
const SWAPPED_ORG = '商业企业\t科研机构\t法律服务机构\t社会公益组织\t其他';
/** Table 四: 行政复议 all 0, then 15 cells in the order the header gives. */
const REVIEW_TEMPLATE = ['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉'];
const REVIEW_SWAPPED = ['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t复议后起诉\t未经复议直接起诉'];
const REVIEW_VALUES = '0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1';

const totalFirst = (v: string[]): string[] => [v[6]!, ...v.slice(0, 6)];

const ACTIVE_2021 = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];

function report(opts: { header: string[]; cells?: (v: string[]) => string[]; review?: string[]; active?: string[] }): Uint8Array {
  const cells = opts.cells ?? ((v) => v);
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    ...(opts.active ?? ACTIVE_2021),
    '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', ...opts.header,
    ...SWAPPED_ROWS.map(([label, v]) => [label, ...cells(v.split(' '))].join('\t')),
    '四、政府信息公开行政复议、行政诉讼情况', ...(opts.review ?? REVIEW_TEMPLATE), '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', REVIEW_VALUES,
    '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}


describe('column headers printed out of the template order', () => {
  it('should read a header in template order as before: no warning, values confirmed', async () => {
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG], cells: swapLegalSocial }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
  });

  it('should read a one-line header in template order that writes 其他 as 其他组织 as the template order (组织 names no column)', async () => {
    const r = await read(report({ header: ['自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他组织\t总计'], cells: swapLegalSocial }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
    // Printed out of order with the same wording, it is still followed and capped.
    const moved = await read(report({ header: ['自然人\t商业企业\t科研机构\t法律服务机构\t社会公益组织\t其他组织\t总计'] }));
    expect(codes(moved)).toContain('columns_reordered');
    expect(value(moved, 'requests.newReceived.legalService')).toBe(4);
    for (const k of orderKeys(moved, 'requests.')) expect(conf(moved, k)).toBeLessThan(0.9);
  });

  it('should read a flat header naming each sub-column by its path (法人或其他组织-商业企业) in template order as confirming it', async () => {
    const path = (sep: string): string => ['自然人', ...TEMPLATE_ORG.split('\t').map((w) => `法人或其他组织${sep}${w}`), '总计'].join('\t');
    for (const sep of ['-', '/', '—', '']) {
      const r = await read(report({ header: [path(sep)], cells: swapLegalSocial }));
      expect(codes(r)).not.toContain('columns_reordered');
      expect(codes(r)).not.toContain('columns_unread');
      expect(value(r, 'requests.newReceived.legalService')).toBe(4);
      expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('should follow a path header printed out of order and keep the table below 0.9', async () => {
    const r = await read(report({ header: [['自然人', ...SWAPPED_ORG.split('\t').map((w) => `法人或其他组织-${w}`), '总计'].join('\t')] }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should read one group word run into a sub-column word as two header rows, not as paths', async () => {
    // '法人或其他组织' right before '商业企业' once (a two-row header joined) is no path: the rows stay as before.
    const r = await read(report({ header: ['自然人\t法人或其他组织商业企业\t科研机构\t法律服务机构\t社会公益组织\t其他\t总计'] }));
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should follow 法律服务机构 printed before 社会公益组织 and keep the table below 0.9', async () => {
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', SWAPPED_ORG] }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.granted.legalService')).toBe(3);
    expect(value(r, 'requests.granted.socialOrg')).toBe(1);
    expect(value(r, 'requests.carriedForward.legalService')).toBe(1);
    expect(value(r, 'requests.carriedForward.socialOrg')).toBe(0);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should follow 总计 printed first, confirmed by the row totals, at >= 0.9 when the header names the categories in template order', async () => {
    const r = await read(report({ header: ['总计\t自然人\t法人或其他组织', TEMPLATE_ORG], cells: (v) => totalFirst(swapLegalSocial(v)) }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    for (const k of keysOf(r, 'requests.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep table 三 below 0.9 when 总计 is printed first and every row also sums with 总计 last (T 0 0 0 0 0 T)', async () => {
    const onlyOther = (v: string[]): string[] => [v[6]!, '0', '0', '0', '0', '0', v[6]!];
    const r = await read(report({ header: ['总计\t自然人\t法人或其他组织', TEMPLATE_ORG], cells: (v) => onlyOther(swapLegalSocial(v)) }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(10);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should keep table 三 below 0.9 when 总计 is printed first and the header names the categories in another order', async () => {
    const r = await read(report({ header: ['总计\t自然人\t法人或其他组织', SWAPPED_ORG], cells: (v) => totalFirst(v) }));
    expect(codes(r)).toContain('columns_reordered');
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should follow 复议后起诉 printed before 未经复议直接起诉', async () => {
    const plain = await read(report({ header: ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG], cells: swapLegalSocial }));
    expect(value(plain, 'reviewLitigation.litigationDirect.upheld')).toBe(1);
    expect(conf(plain, 'reviewLitigation.litigationDirect.upheld')).toBeGreaterThanOrEqual(0.9);
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG], cells: swapLegalSocial, review: REVIEW_SWAPPED }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'reviewLitigation.litigationAfterReview.upheld')).toBe(1);
    expect(value(r, 'reviewLitigation.litigationAfterReview.total')).toBe(1);
    expect(value(r, 'reviewLitigation.litigationDirect.upheld')).toBe(0);
    expect(value(r, 'reviewLitigation.litigationDirect.pending')).toBe(1);
    for (const k of keysOf(r, 'reviewLitigation.')) expect(conf(r, k)).toBeLessThan(0.9);
    // Table 三's header is in template order: its values are not touched.
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep table 四 below 0.9 when the litigation groups are named on separate lines of a text stream', async () => {
    // Plain pdftotext (no -layout) of a header printed 复议后起诉 | 未经复议直接起诉: the dump's reading order
    // puts 未经复议直接起诉 on a line above 复议后起诉, which does not show the columns' order.
    const review = ['行政复议', '行政诉讼', '未经复议直接起诉', '结果维持 结果纠正 其他结果 尚未审结 总计 复议后起诉'];
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG], cells: swapLegalSocial, review }));
    expect(codes(r)).toContain('columns_unread');
    for (const k of keysOf(r, 'reviewLitigation.')) expect(conf(r, k)).toBeLessThan(0.9);
    // Table 三's header is in template order: its values are not touched.
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
  });

  it('should follow 其他 printed before 法律服务机构 (其他 is a column word too)', async () => {
    // Printed: 自然人 商业企业 科研机构 社会公益组织 其他 法律服务机构 总计; legalService is 4, otherOrg 0 in 一、.
    const cells = (v: string[]): string[] => { const c = swapLegalSocial(v); return [c[0]!, c[1]!, c[2]!, c[3]!, c[5]!, c[4]!, c[6]!]; };
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t其他\t法律服务机构'], cells }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(0);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.carriedForward.legalService')).toBe(1);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should follow a fully reversed header (总计 … 自然人 over 其他 … 商业企业)', async () => {
    const cells = (v: string[]): string[] => swapLegalSocial(v).reverse();
    const r = await read(report({ header: ['总计\t法人或其他组织\t自然人', '其他\t法律服务机构\t社会公益组织\t科研机构\t商业企业'], cells }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.commercial')).toBe(1);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should follow table 二 (2021) printing 本年废止件数 before 本年制发件数', async () => {
    const header = ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG];
    const plain = await read(report({ header, cells: swapLegalSocial }));
    expect(value(plain, 'activeDisclosure.regulations.issued')).toBe(1);
    expect(conf(plain, 'activeDisclosure.regulations.issued')).toBeGreaterThanOrEqual(0.9);
    const active = ['信息内容\t本年废止件数\t本年制发件数\t现行有效件数', '规章\t0\t1\t4', '行政规范性文件\t1\t2\t9'];
    const r = await read(report({ header, cells: swapLegalSocial, active }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(1);
    expect(value(r, 'activeDisclosure.regulations.repealed')).toBe(0);
    expect(value(r, 'activeDisclosure.normativeDocuments.issued')).toBe(2);
    expect(value(r, 'activeDisclosure.normativeDocuments.repealed')).toBe(1);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(9);
    for (const k of keysOf(r, 'activeDisclosure.normativeDocuments.')) expect(conf(r, k)).toBeLessThan(0.9);
    // Table 三's header is in template order: its values are not touched.
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
  });

  // pdfminer (`pdf2txt -M .5 -L 2`, `-M 1 -L 2 -F 0`) prints a ruled table 二 column by column, each column's
  // header over its values, the columns not always left to right: the values follow the words (capped), never the template's order.
  it.each([
    [['本年废止件数', '现行有效件数', '本年制发件数']],
    [['本年废止件数', '本年制发件数', '现行有效件数']],
    [['现行有效件数', '本年废止件数', '本年制发件数']],
  ])('should read table 二 printed column by column under its words in the order %j', async (order) => {
    const header = ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG];
    const cells: Record<string, [string, string]> = { 本年制发件数: ['1', '2'], 本年废止件数: ['0', '1'], 现行有效件数: ['4', '9'] };
    const active = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', ...order.flatMap((w) => [w, ...cells[w]!])];
    const r = await read(report({ header, cells: swapLegalSocial, active }));
    expect(codes(r)).toContain('columns_reordered');
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(1);
    expect(value(r, 'activeDisclosure.regulations.repealed')).toBe(0);
    expect(value(r, 'activeDisclosure.regulations.inForce')).toBe(4);
    expect(value(r, 'activeDisclosure.normativeDocuments.issued')).toBe(2);
    expect(value(r, 'activeDisclosure.normativeDocuments.repealed')).toBe(1);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(9);
    for (const k of [...keysOf(r, 'activeDisclosure.regulations.'), ...keysOf(r, 'activeDisclosure.normativeDocuments.')]) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should read table 二 printed column by column in the template order as before (no reorder warning)', async () => {
    const header = ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG];
    const active = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '本年制发件数', '1', '2', '本年废止件数', '0', '1', '现行有效件数', '4', '9'];
    const r = await read(report({ header, cells: swapLegalSocial, active }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'activeDisclosure.regulations.repealed')).toBe(0);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(9);
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(1);
  });

  it('should read a header cell wrapped one piece per line (\'本年制发件\' / \'数\', plain pdftotext) as that column, not a 本年 group over the next', async () => {
    const header = ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG];
    const active = ['第二十条第（一）项', '信息内容', '本年制发件', '数', '本年废止件', '数', '现行有效件数', '规章', '3', '0', '16', '行政规范性文件 16', '8', '94'];
    const r = await read(report({ header, cells: swapLegalSocial, active }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(3);
    expect(value(r, 'activeDisclosure.regulations.repealed')).toBe(0);
    expect(value(r, 'activeDisclosure.normativeDocuments.issued')).toBe(16);
    expect(value(r, 'activeDisclosure.normativeDocuments.repealed')).toBe(8);
    expect(value(r, 'activeDisclosure.normativeDocuments.inForce')).toBe(94);
  });

  it.each([
    ['glued to the next word', ['信息内容 本年制发件数本年废止件', '数现行有效件', '数']],
    ['its tail alone', ['信息内容 本年制发件数本年废止件', '数', '现行有效件', '数']],
  ])("should read a header cell wrapped after another header word (pypdf '…本年废止件' / '数现行有效件', %s) as that column, not a 本年 group", async (_, head) => {
    // breakit58 pypdf-cr/r02: 本年废止件数 read as a 本年 group over 现行有效件数, 规章's 7 4 exchanged at 0.85.
    const header = ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG];
    const active = ['第二十条第（一）项', ...head, '规章 15 7 4', '行政规范性文件 13 2 12'];
    const r = await read(report({ header, cells: swapLegalSocial, active }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect([value(r, 'activeDisclosure.regulations.repealed'), value(r, 'activeDisclosure.regulations.inForce')]).toEqual([7, 4]);
    expect([value(r, 'activeDisclosure.normativeDocuments.repealed'), value(r, 'activeDisclosure.normativeDocuments.inForce')]).toEqual([2, 12]);
  });

  it('should follow each 2019 table 二 header for the rows under it only', async () => {
    const active = [
      '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t2\t3\t9', '规范性文件\t4\t5\t20',
      '第二十条第（五）项', '信息内容\t处理决定数量\t上一年项目数量\t本年增/减', '行政许可\t300\t12\t-2', '其他对外管理服务事项\t7\t5\t1',
      '第二十条第（六）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政处罚\t8\t1\t40', '行政强制\t3\t0\t6',
      '第二十条第（八）项', '信息内容\t上一年项目数量\t本年增/减', '行政事业性收费\t4\t0',
      '第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t5\t120.5',
    ];
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', TEMPLATE_ORG], cells: swapLegalSocial, active }));
    expect(r.meta.templateVersion).toBe('2019');
    expect(value(r, 'activeDisclosure.licensing.decisions')).toBe(300);
    expect(value(r, 'activeDisclosure.licensing.prevItems')).toBe(12);
    expect(value(r, 'activeDisclosure.licensing.change')).toBe(-2);
    expect(value(r, 'activeDisclosure.otherServices.decisions')).toBe(7);
    for (const k of keysOf(r, 'activeDisclosure.licensing.')) expect(conf(r, k)).toBeLessThan(0.9);
    // The rows under a header in template order keep their confidence.
    expect(value(r, 'activeDisclosure.punishment.decisions')).toBe(40);
    expect(conf(r, 'activeDisclosure.punishment.decisions')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'activeDisclosure.regulations.created')).toBeGreaterThanOrEqual(0.9);
  });

  it('should read a header whose only disorder is where a line names 总计 (mutool blocks: \'总计 商业 企业\') when the rows place 总计 last', async () => {
    // mutool stext joined block by block: the 总计 cell, spanning the header's rows, shares a block with 商业企业.
    const header = ['自然 人', '法人或其他组织', '总计 商业 企业', '科研 机构', '社会 公益 组织', '法律服 务机构', '其 他'];
    const r = await read(report({ header, cells: swapLegalSocial }));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    for (const k of keysOf(r, 'requests.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
    // The same header over values that really print 总计 first: the rows do not place it last, the line stands as read.
    const first = await read(report({ header, cells: (v) => totalFirst(swapLegalSocial(v)) }));
    expect(codes(first)).toContain('columns_reordered');
    for (const k of orderKeys(first, 'requests.')) expect(conf(first, k)).toBeLessThan(0.9);
    // Another word out of order on such a line is still a contradiction.
    const swapped = await read(report({ header: ['自然 人', '法人或其他组织', '总计 科研 机构 商业 企业', '社会 公益 组织', '法律服 务机构', '其 他'], cells: swapLegalSocial }));
    expect(codes(swapped)).toContain('columns_reordered');
    for (const k of orderKeys(swapped, 'requests.')) expect(conf(swapped, k)).toBeLessThan(0.9);
  });

  it('should take a row label cut after its numbering and a column word (\'2.其他法律\' / \'行政法规禁止公开\', one item per line) for no header text', async () => {
    // pdf.js text items one per line: a label is cut where a glyph of another font starts. '其他法律' reads as
    // pieces of 其他 and 法律服务机构 out of order, but a line starting with a row's numbering is a row label.
    const rows = ROWS.map(([label, v]): string[] => [...label.replace('2.其他法律行政法规禁止公开', '2.其他法律\n行政法规禁止公开').split('\n'), ...v.split(' ')]);
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', ...ACTIVE_2021,
      '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
      ...rows.flat(), '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。',
    ].join('\n');
    const r = await read(new TextEncoder().encode(text));
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    for (const k of keysOf(r, 'requests.')) expect(conf(r, k)).toBeGreaterThanOrEqual(0.9);
  });

  it('should keep table 三 below 0.9 when a sub-column header names only some columns, one out of its place', async () => {
    // '公益组织' is not a template word; 法律服务机构 stands in the third sub-column cell (template: fourth).
    const r = await read(report({ header: ['自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t法律服务机构\t公益组织\t其他'] }));
    expect(codes(r)).toContain('columns_reordered');
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });
  it('should keep table 三 below 0.9 when only pieces of wrapped header cells name the columns, out of order', async () => {
    // Header cells wrapped in narrow columns: no header word whole on a line. Printed: 自然人 法律服务机构 社会公益组织 商业企业 科研机构 其他 总计.
    const wrapped = (subs: string[][]): string[] => ['自\t法人或其他组织\t总', `然\t${subs.map((w) => w[0]).join('\t')}\t计`, `人\t${subs.map((w) => w[1]).join('\t')}`];
    const inOrder = wrapped([['商业', '企业'], ['科研', '机构'], ['社会公', '益组织'], ['法律服', '务机构'], ['其', '他']]);
    // Pieces that chain every category in template order on their lines (each line's pieces in the order
    // they stand: map/line-chain) read as a header read whole: the values as printed under it keep their
    // confidence, as under a whole header (first test above).
    const plain = await read(report({ header: inOrder, cells: swapLegalSocial }));
    expect(codes(plain)).not.toContain('columns_unread');
    expect(value(plain, 'requests.newReceived.legalService')).toBe(4);
    for (const k of keysOf(plain, 'requests.')) expect(conf(plain, k)).toBeGreaterThanOrEqual(0.9);
    const permuted = wrapped([['法律服', '务机构'], ['社会公', '益组织'], ['商业', '企业'], ['科研', '机构'], ['其', '他']]);
    // SWAPPED_ROWS is printed legal/social swapped: put each value under the permuted header.
    const cells = (v: string[]): string[] => { const t = swapLegalSocial(v); return [t[0]!, t[4]!, t[3]!, t[1]!, t[2]!, t[5]!, t[6]!]; };
    const r = await read(report({ header: permuted, cells }));
    expect(codes(r)).toContain('columns_reordered');
    for (const k of orderKeys(r, 'requests.')) expect(conf(r, k)).toBeLessThan(0.9);
  });
});
