/**
 * Empty cells as pdfminer's boxes (minerl56, fresh55 f037/f006, fresh53 f036/f068/f079/f087): a Word page writes '&nbsp;'
 * into every empty cell, LibreOffice prints the glyph, and `pdf2txt` writes each such cell as a box of its own — a line
 * holding a no-break space alone. A wholly blank table 三 in a report printing its zeros as '0' elsewhere prints its labels
 * and 175 such lines: its cells printed empty, not lost (load/empty-cell-boxes, map/blank-table blankByEmptyBoxes).
 */
import { extract, flattenData } from '../src/index.js';
import { countEmptyCellBoxes } from '../src/load/empty-cell-boxes.js';
import { REQUEST_NODE_ROWS } from './helpers/request-node-rows.js';

type Fields = Record<string, { confidence: number; flags: string[] } | undefined>;
type Rep = Awaited<ReturnType<typeof extract>>;

const NBSP = '\u00a0';
const TITLE = '示例市第56局2024年政府信息公开工作年度报告';
/** Table 三's header words, which pdfminer grouped with table 二's boxes on the page before (fresh55 f037). */
const REQUEST_HEADER = ['申请人情况', '法人或其他组织', '自然', '人', '商业企', '业', '科研', '机构', '社会公益组织', '法律服务', '机构', '其', '他', '总', '计'];
const REVIEW_HEADER = ['行政复议', '行政诉讼', '结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总', '计', '未经复议直接起诉', '复议后起诉'];
/** Table 三's rows, one box a line (pdfminer's order is the rows'; values left out). */
const REQUEST_ROWS_OF = (values: (row: number) => string[]): string[] => REQUEST_NODE_ROWS.flatMap((l, i) => [l, ...values(i)]);
const GROUPS = new Set(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
/** A table 三 row's seven cells, its total the sum of six (a printed table). */
const rowValues = (i: number): string[] => {
  const six = [i % 4, (i + 1) % 3, 0, i % 2, 0, 1];
  return [...six, six.reduce((a, b) => a + b, 0)].map(String);
};

/**
 * A pdf2txt dump (a box a paragraph, a blank line after each, a page feed between pages): table 二 printing zeros as '0'
 * with table 三's header among its boxes, table 三 (`requests`: its boxes after the labels) and table 四 (`review`: its boxes after its header), `boxes` lines of
 * a no-break space alone after table 三's first labels and `reviewBoxes` after the next heading.
 */
function dump(requests: string[], review: string[], boxes: number, reviewBoxes = 0): string {
  const box = (n: number): string[] => Array.from({ length: n }, () => NBSP);
  const paras = [
    TITLE, '一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。', '二、主动公开政府信息情况',
    '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '2', '0', '5', '行政规范性文件', '3', '1', '9',
    '行政许可', '7', '行政处罚', '4', ...REQUEST_HEADER, '行政强制', '0', '行政事业性收费', '1.5', '\f三、收到和处理政府信息公开申请情况',
    ...requests.slice(0, 10), ...box(boxes), ...requests.slice(10),
    '\f四、政府信息公开行政复议、行政诉讼情况', ...REVIEW_HEADER, ...review,
    '五、存在的主要问题及改进情况', ...box(reviewBoxes), '解读形式较为单一。', '六、其他需要报告的事项', '无。',
  ];
  return `${paras.join('\n\n')}\n\n\f`;
}

const keysOf = (rep: Rep, table: string): string[] => Object.keys(rep.fields).filter((k) => k.startsWith(`${table}.`));

function expectBlank(rep: Rep, table: string, n: number): void {
  const data = flattenData(rep.data);
  const keys = keysOf(rep, table);
  expect(keys).toHaveLength(n);
  for (const k of keys) {
    expect(data.get(k)).toBe(0);
    expect((rep.fields as Fields)[k]?.flags).toContain('blank');
    expect((rep.fields as Fields)[k]?.confidence ?? 1).toBeLessThan(0.8);
  }
  expect(rep.warnings.some((w) => w.code === 'table_blank')).toBe(true);
}

const noneRead = (rep: Rep, table: string): boolean => keysOf(rep, table).every((k) => flattenData(rep.data).get(k) === null);

const REVIEW_ZEROS = Array.from({ length: 15 }, () => '0');

describe('empty cells pdfminer writes as boxes of a no-break space alone', () => {
  it('counts the lines holding no-break spaces alone or one space alone, nothing else', () => {
    expect(countEmptyCellBoxes(`a\n${NBSP}\n\n${NBSP}${NBSP}\r\n ${NBSP}\n${NBSP}0\n \n  \n`)).toBe(3);
  });

  it('a wholly blank table 三 (labels, 175 boxes) in a report printing 0 elsewhere: read 0, flag blank, below 0.8', async () => {
    const rep = await extract(Buffer.from(dump(REQUEST_NODE_ROWS.slice(), REVIEW_ZEROS, 175)), { name: 'report.txt' });
    expectBlank(rep, 'requests', 175);
    expect(flattenData(rep.data).get('reviewLitigation.review.total')).toBe(0);
  });

  it('…174 or 176 boxes (a cell lost, a box that is no cell of it): not read blank', async () => {
    for (const n of [174, 176]) expect(noneRead(await extract(Buffer.from(dump(REQUEST_NODE_ROWS.slice(), REVIEW_ZEROS, n)), { name: 'report.txt' }), 'requests')).toBe(true);
  });

  it('a wholly blank table 四 (its header, 15 boxes after the next heading) beside a table 三 read whole: read 0, flag blank', async () => {
    const requests = REQUEST_ROWS_OF((i) => (GROUPS.has(REQUEST_NODE_ROWS[i]!) ? [] : rowValues(i)));
    const rep = await extract(Buffer.from(dump(requests, [], 0, 15)), { name: 'report.txt' });
    expectBlank(rep, 'reviewLitigation', 15);
    const again = await extract(Buffer.from(dump(requests, [], 0, 14)), { name: 'report.txt' });
    expect(noneRead(again, 'reviewLitigation')).toBe(true);
  });
});
