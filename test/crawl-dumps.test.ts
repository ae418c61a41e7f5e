/**
 * Archive dumps of a report page (issue 15, breakit55's crawler kinds): LibreOffice's HTML → HTML
 * re-export padding every row with an empty cell, a group rowspan running over a one-row
 * （六）其他处理 (the row a browser shifts one column right; pandoc's table writers then drop its
 * last cell), and numbers a narrow grid cell wraps at their thousands separator. Pages and values
 * are generated (scripts/render-html.mjs, scripts/template-data.mjs), never corpus files.
 */
import { extract, flattenData, type Report } from '../src/index.js';
import { joinPieces } from '../src/layout/cell-pieces.js';
import { makeValues } from '../scripts/template-data.mjs';
import { activeTable, base, H, NARRATIVE, requestTable, reviewTable } from '../scripts/make-samples.mjs';
import { renderHtml } from '../scripts/render-html.mjs';
import { TAIL } from './helpers/table3-text.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A 2019 report page with （六） as one row, zeros blank; the group span above （六） runs over it unless `fitSpan`. */
function page(seed: number, fitSpan = false): { html: string; data: ReturnType<typeof makeValues> } {
  const data = makeValues(seed, { version: '2019', combined: true, scale: 30 });
  const b = base(seed, { version: '2019' });
  const tables = { activeDisclosure: activeTable(data, '2019'), requests: requestTable(data, true), reviewLitigation: reviewTable(data) };
  const html = renderHtml({ title: `${b.agency}${b.year}年政府信息公开工作年度报告`, agency: b.agency, published: b.published, tables, narrative: NARRATIVE, headings: H, style: 'cms', crawled: { blankZeros: true, fitSpan } });
  return { html, data };
}

const requestFields = (r: Report): [string, unknown, number, boolean][] =>
  Object.entries(r.fields).filter(([k]) => k.startsWith('requests.')).map(([k, f]) => [k, flattenData(r.data).get(k), f.confidence, f.flags.includes('ambiguous')]);

describe('HTML re-exported by LibreOffice', () => {
  it('should read a table whose every row ends in an empty cell of no column as the page without it', async () => {
    for (const seed of [3, 8]) {
      const { html } = page(seed);
      // LibreOffice's HTML (StarWriter) export closes each row with an empty bordered cell.
      const padded = html.replace(/<\/tr>/g, '<td valign="top" style="border-top:none"></td></tr>');
      const plain = await extract(enc(html), { name: 'p.html' });
      const reexported = await extract(enc(padded), { name: 'p.html' });
      expect(requestFields(reexported)).toEqual(requestFields(plain));
      expect(requestFields(reexported).filter(([, , , amb]) => amb)).toEqual([]);
    }
  });

  it('should end a group rowspan before a row starting with a label of its kind', async () => {
    const { html, data } = page(5);
    const overrun = await extract(enc(html), { name: 'p.html' });
    const fitted = await extract(enc(page(5, true).html), { name: 'p.html' });
    expect(html).toMatch(/rowspan="6"[^>]*>(<[^>]*>)*（五）不予处理/);
    expect(requestFields(overrun)).toEqual(requestFields(fitted));
    expect(flattenData(overrun.data).get('requests.otherHandling.combined.total')).toBe(flattenData(data).get('requests.otherHandling.combined.total'));
  });
});

describe('pieces of a wrapped grid cell', () => {
  it('should join a number wrapped at its thousands separator or decimal point, whatever its cell width', () => {
    expect(joinPieces(['21  ', ',160'])).toBe('21,160');
    expect(joinPieces(['21,  ', '160'])).toBe('21,160');
    expect(joinPieces(['6124  ', '.62'])).toBe('6124.62');
    // Digits under padded digits stay another number (rows packed in one cell).
    expect(joinPieces(['21  ', '160 '])).toBe('21 160');
  });
});

describe('a （六） row a converter shifted one cell right, its last cell lost', () => {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const z = ['0', '0', '0', '0', '0', '0', '0'];
  const items: [string, string, string][] = [
    ['', '（三）不予公开', '1.属于国家秘密'], ['', '', '2.其他法律行政法规禁止公开'], ['', '', '3.危及“三安全一稳定”'], ['', '', '4.保护第三方合法权益'],
    ['', '', '5.属于三类内部事务信息'], ['', '', '6.属于四类过程性信息'], ['', '', '7.属于行政执法案卷'], ['', '', '8.属于行政查询事项'],
    ['', '（四）无法提供', '1.本机关不掌握相关政府信息'], ['', '', '2.没有现成信息需要另行制作'], ['', '', '3.补正后申请内容仍不明确'],
    ['', '（五）不予处理', '1.信访举报投诉类申请'], ['', '', '2.重复申请'], ['', '', '3.要求提供公开出版物'], ['', '', '4.无正当理由大量反复申请'], ['', '', '5.要求行政机关确认或重新出具已获取信息'],
  ];
  /** An Org/MediaWiki-like pipe dump of table 三: （六）其他处理 under the item column, its cells one right, its total gone. */
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']), row(['规章', '1', '0', '4']), row(['行政规范性文件', '2', '1', '9']),
    '三、收到和处理政府信息公开申请情况',
    row(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', '']),
    row(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']),
    row(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
    row(['一、本年新收政府信息公开申请数量', '', '', '3', '3', '0', '1', '3', '0', '10']), row(['二、上年结转政府信息公开申请数量', '', '', ...z]),
    row(['三、本年度办理结果', '（一）予以公开', '', '2', '1', '0', '1', '3', '0', '7']),
    row(['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', ...z]),
    ...items.map((labels) => row([...labels, ...z])),
    row(['', '', '（六）其他处理', '', '1', '2', '0', '0', '0', '0']),
    row(['', '（七）总计', '', '3', '3', '0', '1', '3', '0', '10']), row(['四、结转下年度继续办理', '', '', ...z]),
    ...TAIL,
  ].join('\n');

  it('should read its cells back in their columns (the identities through other rows choose), below 0.9', async () => {
    const r = await extract(enc(text), { name: 'org.txt' });
    const flat = flattenData(r.data);
    const want = { naturalPerson: 1, commercial: 2, research: 0, socialOrg: 0, legalService: 0, otherOrg: 0, total: 3 };
    for (const [col, value] of Object.entries(want)) {
      expect(flat.get(`requests.otherHandling.combined.${col}`)).toBe(value);
      expect((r.fields as Record<string, { confidence: number }>)[`requests.otherHandling.combined.${col}`]!.confidence).toBeLessThan(0.9);
    }
    expect(r.fields['requests.granted.total']!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
