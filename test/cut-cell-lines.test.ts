/**
 * Table 三 cut at the page's right edge, dumped a cell a line (`mutool draw -F txt` of a LibreOffice print of a
 * Word/WPS table wider than the page; gen61 dev 984000 r31): the header names 自然人 商业企业 科研机构 社会公益组织
 * whole and '法律服' in part, the first part's rows print 5 values (the cut column's numbers show), the 续表 part,
 * printed without its header, 4. Read a line at a time the rows lost their columns (every value missing); now
 * each row is read by the count of columns its page prints, the table at the fewest any part prints
 * (layout/cut-cell-lines.ts), the columns off the page missing.
 */
import { read, value, conf } from './helpers/report-fields.js';
import type { Line } from '../src/model/document.js';
import { disorder } from '../src/map/header-disorder.js';
import { REQUEST_HEADER, SWAPPABLE_REQUEST } from '../src/map/header-words.js';
import { joinCutCellLines } from '../src/layout/cut-cell-lines.js';
import { rowWindows } from '../src/layout/row-windows.js';

const TOP = ['示例县某某局2021年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。'];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
const T3 = [
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服',
  '一、本年新收政府信息公开申请数量',
  '133 件',
  '14 件',
  '5 件',
  '6 件',
  '16 件',
  '二、上年结转政府信息公开申请数量',
  '0 件',
  '2 件',
  '0 件',
  '0 件',
  '0 件',
  '三、本年度办理结',
  '果',
  '（一）予以公开',
  '0 件',
  '0 件',
  '1 件',
  '0 件',
  '3 件',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '（三）不予公开',
  '1.属于国家秘密',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '2.其他法律行政法规禁止公开',
  '0 件',
  '0 件',
  '0 件',
  '1 件',
  '1 件',
  '3.危及“三安全一稳定”',
  '0 件',
  '0 件',
  '0 件',
  '1 件',
  '0 件',
  '4.保护第三方合法权益',
  '29 件',
  '0 件',
  '0 件',
  '0 件',
  '2 件',
  '5.属于三类内部事务信息',
  '2 件',
  '0 件',
  '1 件',
  '0 件',
  '0 件',
  '6.属于四类过程性信息',
  '24 件',
  '0 件',
  '1 件',
  '0 件',
  '0 件',
  '7.属于行政执法案卷',
  '0 件',
  '0 件',
  '1 件',
  '0 件',
  '1 件',
  '8.属于行政查询事项',
  '22 件',
  '3 件',
  '0 件',
  '0 件',
  '3 件',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '11 件',
  '0 件',
  '0 件',
  '1 件',
  '1 件',
  '2.没有现成信息需要另行制作',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '3.补正后申请内容仍不明确',
  '3 件',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
  '续表',
  '三、本年度办理结果',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '0 件',
  '0 件',
  '0 件',
  '1 件',
  '2.重复申请',
  '0 件',
  '0 件',
  '0 件',
  '1 件',
  '3.要求提供公开出版物',
  '0 件',
  '0 件',
  '0 件',
  '1 件',
  '4.无正当理由大量反复申请',
  '16 件',
  '0 件',
  '0 件',
  '0 件',
  '5.要求行政机关确认或重新出具已获取信息',
  '0 件',
  '8 件',
  '1 件',
  '0 件',
  '（六）其他处理',
  '26 件',
  '5 件',
  '0 件',
  '0 件',
  '（七）总计',
  '133 件',
  '16 件',
  '5 件',
  '6 件',
  '四、结转下年度继续办理',
  '0 件',
  '0 件',
  '0 件',
  '0 件',
];
const text = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

describe('table 三 cut at the page edge, dumped a cell a line', () => {
  it('writes each row as a tab row under the columns every part prints', () => {
    const out = joinCutCellLines(T3);
    expect(out).toContain('\t自然人\t商业企业\t科研机构\t社会公益组织');
    expect(out).toContain('一、本年新收政府信息公开申请数量\t133件\t14件\t5件\t6件');
    expect(out).toContain('2.重复申请\t0件\t0件\t0件\t1件');
  });

  it('reads the printed columns, the cut ones missing', async () => {
    const r = await read(text([...TOP, ...T3, ...TAIL]));
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(133);
    expect(value(r, 'requests.totalHandled.commercial')).toBe(16);
    expect(value(r, 'requests.newReceived.socialOrg')).toBe(6);
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'requests.newReceived.legalService') ?? null).toBeNull();
    expect(value(r, 'requests.newReceived.total') ?? null).toBeNull();
  });

  it('writes a header no reading takes as reordered (申 / 自然人 / 法 / 商业企业 / 科研机构 / 社: group words cut to a character)', () => {
    // A LibreOffice docx print cut after four columns, the group words' pieces printed between the column words:
    // the rewritten header '' / 自然人 / 商业企业 / 科研机构 / 社会公益组织 has five cells, as many as the sub-columns,
    // and was read as a sub-column line out of order (columns_reordered, every value ambiguous).
    const head = new Map([['申请人情况', ['申']], ['自然人', ['自然人']], ['法人或其他组织', ['法']], ['社会公益组织', ['社']], ['法律服', []]]);
    const lines: string[] = [];
    let n = 0;
    for (const l of T3) {
      const h = head.get(l);
      if (h) lines.push(...h);
      else if (/件$/.test(l)) {
        if (n++ < 4) lines.push(l === '0 件' ? '0' : l);
      } else {
        n = 0;
        lines.push(l);
      }
    }
    expect(lines.slice(2, 8)).toEqual(['申', '自然人', '法', '商业企业', '科研机构', '社']);
    const out = joinCutCellLines(lines);
    expect(out).not.toContain('申');
    const rows = out.filter((l) => l.includes('\t') && !/\d/.test(l)).map((l, i): Line => ({ cells: l.split('\t'), source: { line: i }, separated: true }));
    expect(rows.map((l) => l.cells.join('|'))).toContain('|自然人|商业企业|科研机构|社会公益组织');
    expect(disorder(rows, REQUEST_HEADER, SWAPPABLE_REQUEST)).toBeNull();
  });

  it("reads mutool's blank cells: a line of spaces, two spaces ending a cell's line (a blank cell after it)", () => {
    // `mutool draw -F txt` of a LibreOffice print with its zeros left blank (gen61 dev 1032000 mutool-txt r01):
    // a blank cell is a line holding a space, a blank cell right after a filled one two spaces ending its line.
    let n = 0;
    const lines: string[] = [];
    for (const l of T3) {
      if (!/件$/.test(l)) {
        n = 0;
        lines.push(l);
        continue;
      }
      const blank = l === '0 件';
      if (blank && n > 0 && lines[lines.length - 1] !== ' ' && !lines[lines.length - 1]!.endsWith('  ')) lines[lines.length - 1] += '  ';
      else lines.push(blank ? ' ' : l);
      n++;
    }
    expect(lines.slice(15, 21)).toEqual(['二、上年结转政府信息公开申请数量', ' ', '2 件  ', ' ', ' ', '三、本年度办理结']);
    const out = joinCutCellLines(lines);
    expect(out).toContain('二、上年结转政府信息公开申请数量\t\t2件\t\t');
    expect(out).toContain('2.重复申请\t\t\t\t1件');
    expect(out).toContain('一、本年新收政府信息公开申请数量\t133件\t14件\t5件\t6件');
  });

  it('gives a row printing its neighbours\' numbers (their labels printed elsewhere, none under them) to them in order', () => {
    // Plain pdftotext of a LibreOffice docx print (gen61 dev ptt-plain-docx r23): '1.本机关不掌握…' and 3·k numbers,
    // the labels of 2. and 3. after them, a group heading glued before one; '（一）予以公开' then '（二）部分公开' and 2·k.
    const rows = [
      { text: '8.属于行政查询事项', count: 4 },
      { text: '1.本机关不掌握相关信息', count: 12 },
      { text: '三、本年度办理结', count: 0 },
      { text: '（四）无法提供 2.没有现成信息需要另行制作', count: 0 },
      { text: '3.补正后申请内容仍不明确', count: 0 },
      { text: '1.信访、举报、投诉类申请', count: 4 },
    ];
    expect([...rowWindows(rows, 4)]).toEqual([[1, [1, 3, 4]]]);
    const before = [
      { text: '二、上年结转政府信息公开申请数量', count: 4 },
      { text: '三、本年度办理结 （一）予以公开', count: 0 },
      { text: '果', count: 0 },
      { text: '（二）部分公开', count: 8 },
      { text: '1.属于国家秘密', count: 4 },
    ];
    expect([...rowWindows(before, 4)]).toEqual([[3, [1, 3]]]);
    // Two runs fit (予以公开 before, 国家秘密 after, neither printing numbers): no reading.
    expect([...rowWindows(before.map((r, i) => (i === 4 ? { ...r, count: 0 } : r)), 4)]).toEqual([]);
  });

  it('reads the rows it places when one row prints more than its part (its numbers dropped, its fields missing)', async () => {
    // Before, such a row's numbers left a value a line among the tab rows read no column of the table.
    const at = T3.indexOf('4.保护第三方合法权益');
    const lines = [...T3.slice(0, at + 1), '29 件', '0 件', '0 件', '0 件', '2 件', '7 件', ...T3.slice(at + 6)];
    const r = await read(text([...TOP, ...lines, ...TAIL]));
    expect(value(r, 'requests.newReceived.naturalPerson')).toBe(133);
    expect(conf(r, 'requests.newReceived.naturalPerson')).toBeGreaterThanOrEqual(0.9);
    expect(value(r, 'requests.denied.thirdPartyRights.naturalPerson') ?? null).toBeNull();
  });

  it('leaves a table whose rows print other counts (zeros left blank) as printed', () => {
    const blank = T3.map((l) => (l === '0 件' ? '' : l));
    expect(joinCutCellLines(blank)).toEqual(blank);
  });
});
