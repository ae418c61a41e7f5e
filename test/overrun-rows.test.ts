/**
 * A row a group label's rowspan ran over, as a converter that writes one cell per column flattens it
 * (layout/overrun-rows; breakit56 pandoc-textile r23): the `（六）其他处理` row one column right of the
 * other `（N）` labels, an empty cell before it, its last value dropped — moved back, its last cell
 * unread, a not-applicable column's '--' kept a mark (never a 0 at ≥ 0.9). And the character
 * references Textile writes around its HTML tables ('&#45;3') read as the characters.
 */
import { extract, flattenData } from '../src/index.js';
import { unshiftOverrunRows } from '../src/layout/overrun-rows.js';
import type { Line } from '../src/model/document.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const Z = ['0', '0', '0', '0', '--', '0'];
/** [label cells (3), values in printed order: 总计 first, then 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 ('--'), 其他]. */
const ROWS: [string[], string[]][] = [
  [['一、本年新收政府信息公开申请数量', '', ''], ['9', '5', '2', '0', '1', '--', '1']],
  [['二、上年结转政府信息公开申请数量', '', ''], ['1', '1', '0', '0', '0', '--', '0']],
  [['三、本年度办理结果', '（一）予以公开', ''], ['4', '3', '1', '0', '0', '--', '0']],
  [['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''], ['1', '1', '0', '0', '0', '--', '0']],
  [['', '（三）不予公开', '1.属于国家秘密'], ['1', '0', '1', '0', '0', '--', '0']],
  ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l): [string[], string[]] => [['', '', l], ['0', ...Z]]),
  [['', '（四）无法提供', '1.本机关不掌握相关政府信息'], ['1', '1', '0', '0', '0', '--', '0']],
  [['', '', '2.没有现成信息需要另行制作'], ['0', ...Z]],
  [['', '', '3.补正后申请内容仍不明确'], ['0', ...Z]],
  [['', '（五）不予处理', '1.信访举报投诉类申请'], ['1', '0', '0', '0', '1', '--', '0']],
  ...['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l): [string[], string[]] => [['', '', l], ['0', ...Z]]),
  // （六）其他处理 2 = 1 + 1 (其他): shifted one column right under （五）'s overrun span, its 其他 dropped.
  [['', '', '（六）其他处理'], ['', '2', '1', '0', '0', '0', '--']],
  [['', '（七）总计', ''], ['10', '6', '2', '0', '1', '--', '1']],
  [['四、结转下年度继续办理', '', ''], ['0', ...Z]],
];

const td = (c: string): string => `<td align="left">${c}</td>`;
/** A Textile dump (pandoc -t textile) of a 2019 report: table 二 as Textile rows, table 三 as raw HTML, one cell per column. */
const TEXTILE = [
  '*示例市某某局2020年度政府信息公开工作年度报告*', '', '*一、总体情况*', '', '本机关坚持以公开为常态、不公开为例外。', '',
  '*二、主动公开政府信息情况*', '',
  '|第二十条第（一）项||||', '|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|', '|规章|3|5|5|', '|规范性文件|3|1|12|',
  '|第二十条第（五）项||||', '|信息内容|上一年项目数量|本年增/减|处理决定数量|', '|行政许可|1323|&#45;3|3217|', '|其他对外管理服务事项|20|5|7|', '',
  '*三、收到和处理政府信息公开申请情况*', '', '<table>', '<tbody>',
  `<tr>${['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''].map(td).join('')}</tr>`,
  `<tr>${['', '', '', '总计', '自然人', '法人或其他组织', '', '', '', ''].map(td).join('')}</tr>`,
  `<tr>${['', '', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(td).join('')}</tr>`,
  ...ROWS.map(([labels, values]) => `<tr>${[...labels, ...values].map(td).join('')}</tr>`),
  '</tbody>', '</table>', '', '*四、政府信息公开行政复议、行政诉讼情况*', '', '无。', '', '*五、存在的主要问题及改进情况*', '', '无。',
].join('\n');

describe('a row a converter flattened under an overrun rowspan', () => {
  it('should move the row back one column and leave its dropped last cell unread', () => {
    const line = (cells: string[]): Line => ({ cells, separated: true, source: { table: 0 } });
    const lines = ROWS.map(([labels, values]) => line([...labels, ...values]));
    const out = unshiftOverrunRows(lines);
    const six = out[ROWS.length - 3]!;
    expect(six.cells).toEqual(['', '（六）其他处理', '', '2', '1', '0', '0', '0', '--', '']);
    expect(six.unread).toEqual([9]);
    expect(out.filter((l, i) => l !== lines[i])).toEqual([six]);
  });

  it('should leave a table whose （N） labels stand in no one column alone', () => {
    // （一）予以公开 in the first column: the （N） labels stand in two columns.
    const lines = ROWS.map(([labels, values], i): Line => ({ cells: i === 2 ? ['（一）予以公开', '', '', ...values] : [...labels, ...values], separated: true, source: { table: 0 } }));
    expect(unshiftOverrunRows(lines)).toBe(lines);
  });

  it('should read the Textile dump: （六） in its columns, its dash column not applicable, table 二\'s "&#45;3" as -3', async () => {
    const r = await extract(enc(TEXTILE), { name: 'r.txt' });
    const flat = flattenData(r.data);
    const six = { total: 2, naturalPerson: 1, commercial: 0, research: 0, socialOrg: 0, legalService: null, otherOrg: 1 };
    for (const [col, want] of Object.entries(six)) expect([col, flat.get(`requests.otherHandling.combined.${col}`)]).toEqual([col, want]);
    // No value of table 三 wrong at ≥ 0.9: every 法律服务机构 cell is '--'.
    for (const [key, f] of Object.entries(r.fields)) {
      if (key.startsWith('requests.') && key.endsWith('.legalService')) expect([key, flat.get(key)]).toEqual([key, null]);
      if (key.startsWith('requests.') && f.confidence >= 0.9) expect([key, flat.get(key)]).not.toEqual([key, undefined]);
    }
    expect(flat.get('requests.totalHandled.total')).toBe(10);
    expect(flat.get('activeDisclosure.licensing.change')).toBe(-3);
    expect(flat.get('activeDisclosure.licensing.decisions')).toBe(3217);
  });
});
