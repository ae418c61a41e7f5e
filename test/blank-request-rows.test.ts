/**
 * Table 三 of a small agency printed with its zeros blank and dumped by pypdf `extract_text()` or PDFBox ExtractText:
 * a row printing nothing is its label and the blank cells' spaces ('8.属于行政查询事项   '), or (pypdf of a borderless
 * print) its label alone. A line reader took such a label as the start of the next row's label, and with under 15 values
 * in the table the zeros-blank reading did not apply: every row of the table came out missing or ambiguous. Now those
 * lines are rows of blank cells (layout/blank-review-cells `blankRequestRowLines`) and a table of few values, every
 * row printing them short and keeping its own total, reads as zeros blank (map/row-candidates `zerosPrintedBlank`): the
 * rows printing nothing all 0 (`blank`), each printed total read, the cells the text does not place left open.
 */
import { read, value } from './helpers/report-fields.js';
import { blankRequestRowLines } from '../src/layout/blank-review-cells.js';

const HEAD = ['2024年示例县档案馆政府信息公开工作年度报告', '一、总体情况', '本机关全年共收到政府信息公开申请4件。', '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三', '项加第四项之和）申请人情况', '自', '然', '人法人或其他组织', '总', '计商业', '企业科研', '机构社会公', '益组织法律服', '务机构其', '他'];
/** Table 三's rows as pypdf writes them: `s` after a row printing nothing (spaces, or nothing). */
const T3 = (s: string): string[] => [
  '一、本年新收政府信息公开申请数量   2 2',
  '二、上年结转政府信息公开申请数量 1   1  2',
  '三、本年',
  '度办理结',
  `果（一）予以公开${s}`,
  '（二）部分公开（区分处理的，只计这一情',
  `形，不计其他情形）${s}`,
  '（三）不',
  `予公开1.属于国家秘密${s}`,
  `2.其他法律行政法规禁止公开${s}`,
  `3.危及“三安全一稳定”${s}`,
  `4.保护第三方合法权益${s}`,
  `5.属于三类内部事务信息${s}`,
  `6.属于四类过程性信息${s}`,
  `7.属于行政执法案卷${s}`,
  `8.属于行政查询事项${s}`,
  '（四）无',
  `法提供1.本机关不掌握相关政府信息${s}`,
  `2.没有现成信息需要另行制作${s}`,
  '3.补正后申请内容仍不明确 2   2',
  '（五）不',
  `予处理1.信访举报投诉类申请${s}`,
  `2.重复申请${s}`,
  `3.要求提供公开出版物${s}`,
  `4.无正当理由大量反复申请${s}`,
  '5.要求行政机关确认或重新出具已',
  `获取信息${s}`,
  '（六）其',
  '他处理1.申请人无正当理由逾期不补正、',
  '行政机关不再处理其政府信息公开',
  `申请${s}`,
  '2.申请人逾期未按收费通知要求缴',
  '纳费用、行政机关不再处理其政府',
  `信息公开申请${s}`,
  '3.其他 1  1 2',
  '（七）总计 1   3 4',
  `四、结转下年度继续办理${s}`,
  '四、政府信息公开行政复议、行政诉讼情况',
];
const doc = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));
const ZERO_ROWS = ['granted', 'partiallyGranted', 'denied.stateSecret', 'denied.adminQuery', 'unavailable.notHeld', 'notProcessed.confirmation', 'otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'carriedForward'];
type Field = { confidence: number; flags: string[] };

describe('table 三 rows printing nothing in a pypdf / PDFBox dump', () => {
  it('finds the label lines ended by blank cells, not a wrapped label or the header', () => {
    const lines = [...HEAD, ...T3('    ')];
    const found = blankRequestRowLines(lines);
    const at = (s: string): number => lines.findIndex((l) => l.startsWith(s));
    for (const s of ['果（一）予以公开', '形，不计其他情形）', '8.属于行政查询事项', '获取信息', '申请 ', '四、结转下年度继续办理']) expect(found.has(at(s))).toBe(true);
    for (const s of ['（二）部分公开', '5.要求行政机关', '他处理1.', '3.其他', '他']) expect(found.has(at(s))).toBe(false);
  });

  it.each([['spaces', '    '], ['nothing', '']])('reads the rows printing nothing as 0 (label and %s)', async (_how, s) => {
    const r = await read(doc([...HEAD, ...T3(s)]));
    const fields = r.fields as Record<string, Field>;
    for (const row of ZERO_ROWS) {
      expect(value(r, `requests.${row}.total`)).toBe(0);
      expect(value(r, `requests.${row}.naturalPerson`)).toBe(0);
      expect(fields[`requests.${row}.naturalPerson`]!.flags).toContain('blank');
      expect(fields[`requests.${row}.naturalPerson`]!.confidence).toBeLessThan(0.8);
    }
    for (const [row, total] of [['newReceived', 2], ['carriedOver', 2], ['unavailable.unclear', 2], ['totalHandled', 4]] as const) expect(value(r, `requests.${row}.total`)).toBe(total);
    // Where the text does not place a row's one count (2 printed twice: which applicant column?), no cell is read at 0.8 or more wrongly.
    for (const c of ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg']) {
      const v = value(r, `requests.unavailable.unclear.${c}`);
      if (v !== null && v !== undefined) expect(v === 0 || fields[`requests.unavailable.unclear.${c}`]!.confidence < 0.8).toBe(true);
    }
  });

  it('leaves a dump printing values on lines of their own (plain pdftotext) as before', () => {
    const lines = [...HEAD, ...T3('').flatMap((l) => (/\d$/.test(l) ? [l.replace(/[ \d]+$/, ''), l.replace(/^.*?(?=[\d ]+$)/, '').trim()] : [l]))];
    expect(blankRequestRowLines(lines).size).toBe(0);
  });

  it('leaves a dump whose rows an earlier stage cut into tab cells alone (pdfminer boxes rejoined: labels and values apart)', () => {
    // (Found at the session-50 merge: fresh49 k2-2002 pm-L03, the pile of 不予公开's labels read as blank rows.)
    const lines = [...HEAD, ...T3('   ').map((l) => (/\d$/.test(l) ? l.replace(/ +(?=\d)/, '\t').replace(/ +/g, '\t') : l))];
    expect(lines.filter((l) => l.includes('\t')).length).toBeGreaterThanOrEqual(3);
    expect(blankRequestRowLines(lines).size).toBe(0);
  });

  it('leaves rows parting their cells by tabs alone (a tab row is cells already: \'8.属于行政查询事项\\t0\')', () => {
    // (Found at the session-50 merge: test/clipped-total's one-column dump read its rows' 0s as rows printing nothing.)
    const lines = [...HEAD, ...T3('').map((l) => (/\d$/.test(l) ? l : `${l}\t0`))];
    expect(lines.filter((l) => l.endsWith('\t0')).length).toBeGreaterThan(5);
    expect(blankRequestRowLines(lines).size).toBe(0);
  });
});

/** An HTML report whose table 四 is printed with every cell blank (`row`: its data row's cells). */
const HTML = (row: string): string => `<html><head><meta charset="utf-8"><title>r</title></head><body>
<h1>2024年示例县档案馆政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本机关全年共收到政府信息公开申请0件。</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1"><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>
<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td><td rowspan=2>尚未审结</td><td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>${row}</tr></table>
<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;

describe('table 四 printed all blank in HTML', () => {
  it('reads its 15 cells 0, blank, below 0.8, as pypdf / PDFBox dumps of it read', async () => {
    const { extract } = await import('../src/index.js');
    const r = await extract(new TextEncoder().encode(HTML('<td>&nbsp;</td><td></td>'.repeat(7) + '<td></td>')), { name: 'r.html' });
    const fields = r.fields as Record<string, Field>;
    for (const k of ['review.upheld', 'review.total', 'litigationDirect.pending', 'litigationAfterReview.total'].map((x) => `reviewLitigation.${x}`)) {
      expect(value(r, k)).toBe(0);
      expect(fields[k]!.flags).toContain('blank');
      expect(fields[k]!.confidence).toBeLessThan(0.8);
    }
  });

  it('leaves a row of 14 empty cells (not the table\'s row) unread', async () => {
    const { extract } = await import('../src/index.js');
    const r = await extract(new TextEncoder().encode(HTML('<td></td>'.repeat(14))), { name: 'r.html' });
    expect(value(r, 'reviewLitigation.review.upheld') ?? null).toBeNull();
  });
});

describe('table 四 printed all blank as a CSS table of divs', () => {
  it('reads its 15 cells 0, blank, below 0.8', async () => {
    const { extract } = await import('../src/index.js');
    const row = (cells: string[]): string => `<div style="display:table-row">${cells.map((c) => `<div style="display:table-cell">${c}</div>`).join('')}</div>`;
    const words = ['维持', '纠正', '其他', '尚未审结', '总计'];
    const html = `<html><head><meta charset="utf-8"></head><body><h1>2024年示例县档案馆政府信息公开工作年度报告</h1>
<p>四、政府信息公开行政复议、行政诉讼情况</p><div style="display:table">${row(['行政复议', '行政诉讼'])}${row(['未经复议直接起诉', '复议后起诉'])}${row([...words, ...words, ...words])}${row(new Array<string>(15).fill(''))}</div>
<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const r = await extract(new TextEncoder().encode(html), { name: 'r.html' });
    const fields = r.fields as Record<string, Field>;
    for (const k of ['review.upheld', 'litigationAfterReview.total'].map((x) => `reviewLitigation.${x}`)) {
      expect(value(r, k)).toBe(0);
      expect(fields[k]!.flags).toContain('blank');
      expect(fields[k]!.confidence).toBeLessThan(0.8);
    }
  });
});
