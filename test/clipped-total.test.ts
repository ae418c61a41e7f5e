/**
 * Table 三 printed with its 总计 column cut off the page (map/clipped-total, map/lost-cells): the
 * header names no 总计 and every row prints six values. Every expected value below is read off
 * the inline input by hand (LABELLED_REQUEST_ROWS: newReceived 3 1 0 2 4 0, total 10).
 */
import { TEMPLATE_2021_COMBINED as T } from '../src/template/index.js';
import { lostCellReadings } from '../src/map/lost-cells.js';
import { identityKeys } from '../src/solve/propagate.js';
import { codes, conf, read, value } from './helpers/report-fields.js';
import { extract } from '../src/index.js';
import { LABELLED_REQUEST_ROWS as ROWS } from './helpers/table3.js';

const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况'];
const T2 = ['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const HEAD = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况'];
const text = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));
const six = (v: string): string[] => v.split(' ').slice(0, 6);

describe('table 三 with its 总计 column cut off the page', () => {
  it('should read the six printed columns and derive each row total below 0.9', async () => {
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => [label, ...six(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.otherOrg')).toBe(0);
    expect(conf(r, 'requests.newReceived.otherOrg')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    // Not printed: the row's sum, flagged derived.
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(r.fields['requests.newReceived.total']!.flags).toContain('derived');
    expect(conf(r, 'requests.newReceived.total')).toBeLessThan(0.9);
    expect(value(r, 'requests.granted.total')).toBe(7);
  });

  it('should read six printed columns whose zeros print \'－\' and derive each total with the dashes as nothing', async () => {
    const dash = (v: string): string[] => six(v).map((x) => (x === '0' ? '－' : x));
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => [label, ...dash(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(r.fields['requests.newReceived.total']!.flags).toContain('derived');
    expect(conf(r, 'requests.newReceived.total')).toBeLessThan(0.9);
  });

  it('should read six printed columns whose zeros print blank, rows of empty cells only among them (LibreOffice\'s clipped ruled table)', async () => {
    const blank = (v: string): string[] => six(v).map((x) => (x === '0' ? '' : x));
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => [label, ...blank(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.granted.socialOrg')).toBe(1);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(conf(r, 'requests.newReceived.total')).toBeLessThan(0.9);
  });

  it('should leave out an empty label cell left of 自然人\'s grid column (two label cells read as one), not read it as 自然人\'s blank zero', async () => {
    const td = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const blank = (v: string): string[] => six(v).map((x) => (x === '0' ? '' : x));
    const rows = ROWS.map(([label, v], i) => (i === 2 ? td([label, '', ...blank(v)]) : `<tr><td colspan="2">${label}</td>${blank(v).map((c) => `<td>${c}</td>`).join('')}</tr>`));
    const html = `<html><body><p>${TOP.join('</p><p>')}</p><table border="1">${T2.map((l) => td(l.split('\t'))).join('')}</table><p>${HEAD[0]}</p>
<table border="1"><tr><td colspan="2" rowspan="3">${HEAD[1]!.split('\t')[0]}</td><td colspan="6">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td></tr>
${td(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}${rows.join('')}</table><p>${TAIL.join('</p><p>')}</p></body></html>`;
    const r = await extract(new TextEncoder().encode(html), { name: 'r.html' });
    expect(codes(r)).toContain('column_clipped');
    // （一）予以公开 2 1 0 1 3 0: its empty label cell is no value.
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.granted.legalService')).toBe(3);
    expect(value(r, 'requests.granted.otherOrg')).toBe(0);
  });

  it('should read a value stream of six columns with labels piled before it, a value lost derived by the column identities', async () => {
    // Plain pdftotext of a narrow page: every label, then every value one per line, row by row; the
    // 法律服务机构 value 4 of 一、本年新收 is lost (4th cell of the stream: 3 1 0 2 _ 0 …).
    const values = ROWS.flatMap(([, v]) => six(v));
    values.splice(4, 1);
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
      ...ROWS.map(([label]) => label), ...values, ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(r.fields['requests.newReceived.legalService']!.flags).toContain('derived');
    expect(conf(r, 'requests.newReceived.legalService')).toBeLessThan(0.9);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.unavailable.notHeld.legalService')).toBe(1);
    expect(value(r, 'requests.carriedForward.total')).toBe(1);
  });

  it('should cap the values below 0.9 when the header is in pieces that do not name the columns in order', async () => {
    // LibreOffice's narrow header as plain pdftotext gives it: 社会 法律 / 商业 科研 / 公益 服务 其他 / 企业 机构 / 组织 机构.
    const r = await read(text([...TOP, ...T2, ...HEAD, '法人或其他组织', '自然人', '社会 法律', '商业 科研', '公益 服务 其他', '企业 机构', '组织 机构',
      ...ROWS.map(([label, v]) => [label, ...six(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(conf(r, 'requests.newReceived.legalService')).toBeLessThan(0.9);
  });

  it('should not read six values per row as a clipped table when no header says which columns are printed', async () => {
    // No header; 社会公益组织 not printed: 3 1 0 4 0 10 — the last value is the 总计 (counting the column not printed).
    const r = await read(text([...TOP, ...T2, ...HEAD, ...ROWS.map(([label, v]) => [label, ...v.split(' ').filter((_, i) => i !== 3)].join('\t')), ...TAIL]));
    expect(codes(r)).not.toContain('column_clipped');
    expect(value(r, 'requests.newReceived.otherOrg') === 10 && conf(r, 'requests.newReceived.otherOrg') >= 0.9).toBe(false);
  });

  it('should not take a header without 总计 over rows whose last value is their sum for a clipped table', async () => {
    // 社会公益组织 not printed and the totals count the five printed: 3 1 0 4 0 8; the header lost its 总计.
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => { const x = v.split(' ').map(Number).filter((_, i) => i !== 3 && i !== 6); return [label, ...x, x.reduce((a, b) => a + b, 0)].join('\t'); }), ...TAIL]));
    expect(codes(r)).not.toContain('column_clipped');
    expect(value(r, 'requests.newReceived.otherOrg') === 8 && conf(r, 'requests.newReceived.otherOrg') >= 0.9).toBe(false);
  });

  it('should not take a table whose header names 总计 for a clipped one (control)', async () => {
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => [label, ...v.split(' ')].join('\t')), ...TAIL]));
    expect(codes(r)).not.toContain('column_clipped');
    expect(value(r, 'requests.newReceived.total')).toBe(10);
    expect(conf(r, 'requests.newReceived.total')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('table 三 with its last columns cut off the page (其他 and 总计, or more)', () => {
  const five = (v: string): string[] => v.split(' ').slice(0, 5);
  const four = (v: string): string[] => v.split(' ').slice(0, 4);

  it('should read the five printed columns by the header, confirmed by the column sums, and leave 其他 and 总计 missing', async () => {
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服务机构',
      ...ROWS.map(([label, v]) => [label, ...five(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(r.warnings.find((w) => w.code === 'column_clipped')!.message).toContain('其他 / 总计');
    // 一、本年新收 3 1 0 2 4 | 0 10 cut; （一）予以公开 2 1 0 1 3 | 0 7 cut.
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.granted.legalService')).toBe(3);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    expect(value(r, 'requests.carriedForward.legalService')).toBe(1);
    // Named by the header in order and in its column's sums with other non-zero rows read: ≥ 0.9.
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
    expect(conf(r, 'requests.granted.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    // Not printed: missing, not derived (no row total is left to derive them from), never a visible value moved there.
    for (const k of ['requests.newReceived.otherOrg', 'requests.newReceived.total', 'requests.granted.total', 'requests.totalHandled.total']) {
      expect(value(r, k)).toBeNull();
      expect(conf(r, k)).toBe(0);
    }
  });

  it('should leave the column at the page\'s edge missing, not blank zeros, when its header shows in part (\'法律服\') and every row\'s cell in it is empty', async () => {
    // LibreOffice's print of a wide ruled table: 法律服务机构's rulings on the page, its centred numbers past the edge (breakit61 lo-docx-pdf).
    const edge = (v: string): string[] => [...four(v), ''];
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t科研机构\t社会公益组织\t法律服',
      ...ROWS.map(([label, v]) => [label, ...edge(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(r.warnings.find((w) => w.code === 'column_clipped')!.message).toContain('法律服务机构 / 其他 / 总计');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    for (const k of ['requests.newReceived.legalService', 'requests.granted.legalService', 'requests.carriedOver.legalService', 'requests.newReceived.total']) {
      expect(value(r, k)).toBeNull();
      expect(conf(r, k)).toBe(0);
    }
  });

  it('should read five printed columns whose zeros print \'－\' under a group word cut to \'法人或其他\' (LibreOffice\'s clipped ruled table)', async () => {
    const dash = (v: string): string[] => five(v).map((x) => (x === '0' ? '－' : x));
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他', '商业企业\t科研机构\t社会公益组织\t法律服务机构',
      ...ROWS.map(([label, v]) => [label, ...dash(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(codes(r)).not.toContain('columns_reordered');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.granted.legalService')).toBe(3);
    expect(value(r, 'requests.newReceived.research')).toBeNull();
    for (const k of ['requests.newReceived.otherOrg', 'requests.newReceived.total']) expect(value(r, k)).toBeNull();
  });

  it('should find the table under a heading cut at the left edge and read four printed columns', async () => {
    // The heading lost '三、收到和' to the left edge, the group word its 织 to the right one; the header names 自然人 and three sub-columns.
    const r = await read(text([...TOP, ...T2, '处理政府信息公开申请情况', '法人或其他组', '自然人', '商业企业  科研机构  社会公益组织',
      ...ROWS.map(([label, v]) => [label, ...four(v)].join('  ')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.newReceived.legalService')).toBeNull();
    expect(value(r, 'requests.newReceived.total')).toBeNull();
    // 自然人 on a line of its own: the order across the header's lines is not printed, so the table is capped.
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeLessThan(0.9);
  });

  /** A `pdftotext -layout` dump: each row's label, then its values at fixed character columns (44, 54, 58, 65, 72). */
  const laidOut = (label: string, values: string[]): string => {
    let line = `          ${label}`;
    [44, 54, 58, 65, 72].forEach((at, i) => { line = line.padEnd(at - 1) + ' ' + values[i]!; });
    return line;
  };
  const LAYOUT_HEAD = ['处理政府信息公开申请情况', ' '.repeat(61) + '申请人情况', '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' + ' '.repeat(28) + '法人或其他组织'];
  const SUBS = ' '.repeat(48) + '商业企业 科研机构 社会公益组织 法律服务';

  it('should confirm the five columns by the places of a laid-out header, 自然人 on a line of its own left of the sub-columns', async () => {
    const r = await read(text([...TOP, ...T2, ...LAYOUT_HEAD, ' '.repeat(42) + '自然人', SUBS, ...ROWS.map(([label, v]) => laidOut(label, five(v))), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(conf(r, 'requests.newReceived.legalService')).toBeGreaterThanOrEqual(0.9);
    // 科研机构 is 0 in every row: no identity places it; the header and the exact label do. The row's 总计 is cut off in every
    // row alike (the column is not printed), which leaves no row of the table open.
    expect(value(r, 'requests.newReceived.research')).toBe(0);
    expect(conf(r, 'requests.newReceived.research')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'requests.newReceived.total')).toBeNull();
  });

  it('should cap the five columns when the laid-out header puts 自然人 right of the sub-columns', async () => {
    const r = await read(text([...TOP, ...T2, ...LAYOUT_HEAD, ' '.repeat(92) + '自然人', SUBS, ...ROWS.map(([label, v]) => laidOut(label, five(v))), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(conf(r, 'requests.newReceived.legalService')).toBeLessThan(0.9);
    expect(conf(r, 'requests.newReceived.research')).toBeLessThan(0.9);
  });

  it('should read five printed columns dumped one cell per line (plain pdftotext), the last row\'s values after its label', async () => {
    // A wide layout table printed to A4, dumped with no layout: each row's label on a line, then its five
    // values one per line; the heading lost '三、收到和' to the left edge; 其他 and 总计 off the right one.
    const r = await read(text([...TOP, ...T2, '处理政府信息公开申请情况', '法人或其他组织', '自然人', '商业企业 科研机构 社会公益组织 法律服务',
      ...ROWS.flatMap(([label, v]) => [label, ...five(v)]), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    // 四、结转下年度继续办理 0 0 0 0 1: its values on the lines after the table's last label.
    expect(value(r, 'requests.carriedForward.legalService')).toBe(1);
    expect(value(r, 'requests.newReceived.otherOrg')).toBeNull();
    expect(value(r, 'requests.newReceived.total')).toBeNull();
    // 自然人 on a line of its own: the order across the header's lines is not printed, so the table is capped.
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeLessThan(0.9);
  });

  it('should read five printed columns under a band of words wrapped a character down and no group word, by the stacked pieces\' places', async () => {
    // `pdftotext -layout -fixed 6` of a landscape LibreOffice print (gen62 ptt-fixed6-lo r22): each header word wrapped in its
    // narrow cell, its last character on the line below; no 法人或其他组织 band; 其他 and 总计 off the page. The band's text
    // names no 自然人: the table was read in seven columns, every row short, and no value of it was placed.
    const at = [37, 43, 51, 59, 72];
    const place = (head: string, cells: string[]): string => cells.reduce((line, c, i) => `${line.padEnd(at[i]! - 1)} ${c}`, head);
    const r = await read(text([...TOP, ...T2, '三、收到和处理政府信息公开申请情况', place('', ['自然', '商业企', '科研机', '社会公益组', '法律服务机']), place('', ['人', '业', '构', '织', '构']),
      ...ROWS.map(([label, v]) => place(` ${label}`, five(v))), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBe(4);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    expect(value(r, 'requests.newReceived.otherOrg')).toBeNull();
    expect(value(r, 'requests.newReceived.total')).toBeNull();
  });

  it('should read four printed columns under one header line naming them, the group word and the grid cells past the edge empty', async () => {
    // Chromium's A5 print of a wide ruled table (gen62 chrome-serif-a5): the header's leaf words whole on one line, the
    // 法人或其他组织 group word cut off the page, every row's grid running on with an empty cell past the edge (under '法' of 法律服务机构).
    const tr = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const four = (v: string): string[] => [...v.split(' ').slice(0, 4), ''];
    const html = ['<html><body>', ...TOP.map((l) => `<p>${l}</p>`), '<table>', ...T2.map((l) => tr(l.split('\t'))), '</table>', '<p>三、收到和处理政府信息公开申请情况</p>',
      '<table>', tr(['', '自然人', '商业企业', '科研机构', '社会公益组织', '法']), ...ROWS.map(([label, v]) => tr([label, ...four(v)])), '</table>', ...TAIL.map((l) => `<p>${l}</p>`), '</body></html>'];
    const r = await extract(new TextEncoder().encode(html.join('\n')), { name: 'r.html' });
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.newReceived.legalService')).toBeNull();
    expect(value(r, 'requests.newReceived.total')).toBeNull();
  });

  it('should not read rows of five values as a clipped table when the header names other columns', async () => {
    // 社会公益组织 named but 科研机构 not: no prefix of the template's columns.
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人或其他组织', '商业企业\t社会公益组织\t法律服务机构\t其他',
      ...ROWS.map(([label, v]) => [label, ...five(v)].join('\t')), ...TAIL]));
    expect(codes(r)).not.toContain('column_clipped');
    expect(value(r, 'requests.newReceived.otherOrg') === 4 && conf(r, 'requests.newReceived.otherOrg') >= 0.9).toBe(false);
  });
});

describe('table 三 with the page\'s edge running through a column', () => {
  // LibreOffice's print of a wide layout table: the 法律服务机构 column half off the page, its numbers
  // shown in part and kept by the PDF reader wrapped in U+FFFD ('4' as '\uFFFD4\uFFFD'), the columns after
  // it gone. Its header words wrapped: read whole by the PDF's header band (pdf/header-band).
  const cut = (v: string): string[] => [...v.split(' ').slice(0, 4), `\uFFFD${v.split(' ')[4]}\uFFFD`];
  const whole = (v: string): string[] => v.split(' ').slice(0, 5);
  const lines = (cells: (v: string, row: number) => string[]): string[] => [...TOP, ...T2, '处理政府信息公开申请情况', '申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服构'].join('\t'), ...ROWS.map(([label, v], i) => [label, ...cells(v, i)].join('\t')), ...TAIL];

  it('should read the four columns printed whole by the header and leave the cut column and those after it missing', async () => {
    const r = await read(text(lines(cut)));
    expect(codes(r)).toContain('column_clipped');
    expect(r.warnings.find((w) => w.code === 'column_clipped')!.message).toContain('法律服务机构 / 其他 / 总计');
    // 一、本年新收 3 1 0 2 | 4 cut; （一）予以公开 2 1 0 1 | 3 cut.
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(2);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.unavailable.notHeld.socialOrg')).toBe(1);
    for (const k of ['requests.newReceived.legalService', 'requests.granted.legalService', 'requests.newReceived.otherOrg', 'requests.newReceived.total']) {
      expect(value(r, k)).toBeNull();
      expect(conf(r, k)).toBeLessThan(0.9);
    }
  });

  it('should leave out a plain number at the edge too when most of the column is cut (\'29\' whose 9 is past the edge comes as 2)', async () => {
    const r = await read(text(lines((v, i) => (i % 4 === 0 ? [...whole(v).slice(0, 4), whole(v)[4]!.slice(0, 1)] : cut(v)))));
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.legalService')).toBeNull();
    expect(value(r, 'requests.granted.legalService')).toBeNull();
  });

  it('should not drop a last cell that is cut in some rows only (a value not trusted, read as before)', async () => {
    // Only the first rows cut: no column the edge runs through.
    const r = await read(text(lines((v, i) => (i < 3 ? cut(v) : whole(v)))));
    expect(r.warnings.find((w) => w.code === 'column_clipped')?.message ?? '').not.toContain('法律服务机构 / 其他');
  });
});

describe('table 三 cut right after its 自然人 column', () => {
  // A wide table on A5 (Chromium) or LibreOffice's .doc print: the 法人或其他组织 group word, centred over its
  // five sub-columns, is past the edge with them; 商业企业 wrapped in its narrow cell shows its first characters
  // '商' / '企' at the edge, its numbers cut ('\uFFFD4\uFFFD', the reader's mark of a number shown in part)
  // or as an empty ruled cell. Expected values read off LABELLED_REQUEST_ROWS (自然人: newReceived 3,
  // granted 2, notHeld 0, carriedForward 0 …).
  const first = (v: string): string => v.split(' ')[0]!;
  const lines = (cells: (v: string, row: number) => string[], head = ['自然人', '商', '企']): string[] => [...TOP, ...T2, ...HEAD, ...head,
    ...ROWS.map(([label, v], i) => [label, ...cells(v, i)].join('\t')), ...TAIL];

  it('should read the 自然人 column below 0.9 (its column sums do not tell its rows apart) and leave every other column missing', async () => {
    const r = await read(text(lines((v, i) => (i === 0 ? [first(v), `\uFFFD${v.split(' ')[1]}\uFFFD`] : [first(v)]))));
    expect(codes(r)).toContain('column_clipped');
    ROWS.forEach(([, v], i) => {
      const key = ['requests.newReceived', 'requests.carriedOver'][i];
      if (key) expect(value(r, `${key}.naturalPerson`)).toBe(Number(first(v)));
    });
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    // One column's identities do not tell its rows apart (values exchanged within one sum still hold): ≤ 0.85.
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeCloseTo(0.85);
    // The cut number ('1' of 商业企业) is no value; the columns past the edge are missing, never derived.
    for (const k of ['requests.newReceived.commercial', 'requests.newReceived.otherOrg', 'requests.newReceived.total', 'requests.granted.total']) {
      expect(value(r, k)).toBeNull();
      expect(conf(r, k)).toBe(0);
    }
  });

  it('should read a text dump whose rows print a cut column\'s first digit after the 自然人 value (\'11,929 4\')', async () => {
    // (Two spaces apart: a single space between single digits reads as a letter-spaced number, '3 1' as 31, before any table is read.)
    const r = await read(text(lines((v, i) => (i % 6 === 0 ? [`${first(v)}  ${v.split(' ')[1]!.slice(0, 1)}`] : [first(v)]))));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    // One column's identities do not tell its rows apart (values exchanged within one sum still hold): ≤ 0.85.
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeCloseTo(0.85);
    expect(value(r, 'requests.newReceived.commercial')).toBeNull();
  });

  it('should not cut rows to their first number when most rows print several (columns printed under a header not read)', async () => {
    const r = await read(text(lines((v) => [v.split(' ').slice(0, 3).join(' ')])));
    expect(r.warnings.find((w) => w.code === 'column_clipped')).toBeUndefined();
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeLessThan(0.9);
  });

  it('should leave out the empty cells a ruled grid gives the cut column', async () => {
    const r = await read(text(lines((v) => [first(v), ''])));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.commercial')).toBeNull();
  });

  it('should not read one value per row so when the header names 商业企业 whole (its column may be cut through: \'4,91\' of 4,915)', async () => {
    const r = await read(text(lines((v) => [first(v), v.split(' ')[1]!.slice(0, 1)], ['自然人', '商业企业'])));
    expect(codes(r)).not.toContain('column_clipped');
    for (const k of ['requests.newReceived.commercial', 'requests.granted.commercial']) expect(conf(r, k)).toBeLessThan(0.9);
  });

  it('should not read one value per row so when the header names the 法人或其他组织 group (its columns printed, not cut)', async () => {
    const r = await read(text(lines((v) => [first(v)], ['自然人\t法人或其他组织'])));
    expect(r.warnings.find((w) => w.code === 'column_clipped')).toBeUndefined();
  });
});

describe('lostCellReadings', () => {
  const specs = T.requestRows.map((s) => ({ ...s, columns: s.columns.filter((c) => c !== 'total') }));
  const keys = specs.flatMap((s) => s.columns.map((c) => `requests.${s.key}.${c}`));
  const ids = T.identities.filter((id) => identityKeys(id).every((k) => keys.includes(k)));
  const grid = ROWS.flatMap(([, v]) => six(v).map(Number));

  it('should read the stream as printed when nothing is lost', () => {
    expect(lostCellReadings(grid, keys, ids)).toEqual([{ cells: grid, lost: [] }]);
  });

  it('should give a lost non-zero cell its value from the column identities', () => {
    const at = keys.indexOf('requests.granted.legalService');
    const stream = grid.filter((_, i) => i !== at);
    const rd = lostCellReadings(stream, keys, ids)!;
    expect(rd).toHaveLength(1);
    expect(rd[0]!.cells[at]).toBe(3);
  });

  it('should give nothing for a stream the identities cannot fit', () => {
    expect(lostCellReadings(grid.map((v, i) => (i === 0 ? v + 7 : v)), keys, ids)).toBeNull();
  });
});

describe('table 二 with its last column past the page\'s edge', () => {
  it('should leave 现行有效件数 missing, not 0, when its header shows \'现行\' and no row prints a cell in it (Chromium print of a Word page)', async () => {
    const td = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><p>${TOP.slice(0, 4).join('</p><p>')}</p><table border="1">${td(['第二十条第（一）项'])}${td(['信息内容', '本年制发件数', '本年废止件数', '现行'])}${td(['规章', '18', '3', ''])}${td(['行政规范性文件', '7', '5', ''])}</table>
<p>${HEAD[0]}</p><table border="1">${td(['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])}${ROWS.map(([label, v]) => td([label, ...v.split(' ')])).join('')}</table><p>${TAIL.join('</p><p>')}</p></body></html>`;
    const r = await read(new TextEncoder().encode(html));
    expect(value(r, 'activeDisclosure.regulations.issued')).toBe(18);
    expect(value(r, 'activeDisclosure.normativeDocuments.repealed')).toBe(5);
    for (const k of ['activeDisclosure.regulations.inForce', 'activeDisclosure.normativeDocuments.inForce']) {
      expect(value(r, k)).toBeNull();
      expect(conf(r, k)).toBe(0);
    }
    expect(r.warnings.find((w) => w.code === 'column_clipped' && w.keys?.includes('activeDisclosure'))).toBeDefined();
  });
});

describe('table 三 cut by the page edge through its group word (法人或其他组织 centred over the columns cut)', () => {
  it('should read the three printed columns under a header naming 自然人 and 商业企业 but only the start of the group word', async () => {
    const three = (v: string): string[] => v.split(' ').slice(0, 3);
    const r = await read(text([...TOP, ...T2, ...HEAD, '自然人\t法人', '商业企业\t科研机构',
      ...ROWS.map(([label, v]) => [label, ...three(v)].join('\t')), ...TAIL]));
    expect(codes(r)).toContain('column_clipped');
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
    expect(value(r, 'requests.newReceived.commercial')).toBe(1);
    expect(value(r, 'requests.granted.naturalPerson')).toBe(2);
    expect(value(r, 'requests.newReceived.socialOrg')).toBeNull();
    expect(value(r, 'requests.newReceived.total')).toBeNull();
  });
});
