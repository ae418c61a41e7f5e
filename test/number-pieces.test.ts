/**
 * crawl53: counts a Word-pasted page split into two `<span>` runs, in a crawler's dump writing each text node on a line
 * (BeautifulSoup `get_text('\n')`: the white space between rows as empty lines of their own). '22' prints '2' / '2', so a row
 * prints more numbers than cells and no line tells a piece from a cell: the row is read as every grouping of its pieces into
 * counts (tables/number-pieces) that keeps its own total, the identities through other rows choose, and a count joined from
 * pieces is flagged `joined` (below 0.9). scripts/text-browser-variants.mjs `--word --split --digits`, dumpers `bs4-nl`.
 */
import { extract, flattenData } from '../src/index.js';
import { joinNodeLines } from '../src/layout/node-lines.js';
import { groupedNumbers, pieceGroupings } from '../src/tables/number-pieces.js';
import { REQUEST_NODE_ROWS } from './helpers/request-node-rows.js';

const HEAD = [
  '示例市第2002局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息。',
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0',
  '行政规范性文件', '2', '5', '7', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '3', '第二十条第（六）项', '信息内容',
  '本年处理决定数量', '行政处罚', '0', '行政强制', '0', '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '0',
  '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织',
  '法律服务机构', '其他',
];
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '解读形式较为单一。', '六、其他需要报告的事项', '无。'];

/** A full table 三 (zeros printed), its counts of two digits split into two runs ('22' → '2' / '2'). */
const FULL: Record<string, readonly number[]> = {
  '一、本年新收政府信息公开申请数量': [22, 3, 0, 0, 0, 1, 26],
  '二、上年结转政府信息公开申请数量': [1, 0, 0, 0, 0, 0, 1],
  '（一）予以公开': [18, 1, 0, 0, 0, 0, 19],
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': [2, 0, 0, 0, 0, 0, 2],
  '1.本机关不掌握相关政府信息': [1, 1, 0, 0, 0, 1, 3],
  '（七）总计': [21, 2, 0, 0, 0, 1, 24],
  '四、结转下年度继续办理': [2, 1, 0, 0, 0, 0, 3],
};
const HEADINGS = new Set(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
const pieces = (n: number): string[] => (n >= 10 ? [String(n).slice(0, 1), String(n).slice(1)] : [String(n)]);
/** get_text('\n') of the page: each node a line, two empty lines after each row (the white space between `</tr>` and `<tr>`). */
const FULL_DUMP = [
  ...HEAD,
  ...REQUEST_NODE_ROWS.flatMap((r) => (HEADINGS.has(r) ? [r] : [r, ...(FULL[r] ?? [0, 0, 0, 0, 0, 0, 0]).flatMap(pieces), '', ''])),
  ...TAIL,
].join('\n');

describe('tables/number-pieces pieceGroupings', () => {
  it('lists every grouping into one-piece counts and joined pairs, a piece led by 0 never alone', () => {
    expect(pieceGroupings(['1', '2', '1', '2'], 2).map((g) => groupedNumbers(['1', '2', '1', '2'], g))).toEqual([['12', '12']]);
    expect(pieceGroupings(['1', '00', '5'], 3).map((g) => groupedNumbers(['1', '00', '5'], g))).toEqual([['100', '5']]);
    // '0' starts no count: '0' / '5' is two cells.
    expect(pieceGroupings(['0', '5'], 2)).toEqual([[1, 1]]);
  });
});

describe('Word split counts one node a line (crawl53)', () => {
  it("joins a row's pieces onto its label where they keep the row's total read as split counts", () => {
    const lines = joinNodeLines(FULL_DUMP).split('\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量 2 2 3 0 0 0 1 2 6');
    expect(lines).toContain('（七）总计 2 1 2 0 0 0 1 2 4');
  });
  it('reads the counts joined (flagged, below 0.9), the identities choosing between groupings', async () => {
    const rep = await extract(Buffer.from(FULL_DUMP), { name: 'report.txt' });
    const data = flattenData(rep.data);
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const rows: Record<string, string> = {
      '一、本年新收政府信息公开申请数量': 'newReceived', '（一）予以公开': 'granted', '（七）总计': 'totalHandled', '四、结转下年度继续办理': 'carriedForward',
    };
    for (const [label, key] of Object.entries(rows)) cols.forEach((c, i) => expect([`requests.${key}.${c}`, data.get(`requests.${key}.${c}`)]).toEqual([`requests.${key}.${c}`, FULL[label]![i]]));
    // 2 2 3 … 2 6 also keeps its total as 2 | 23 | … | 26: the balance through carriedOver and totalHandled chooses 22 | 3.
    const f = rep.fields['requests.newReceived.naturalPerson']!;
    expect(f.flags).toContain('joined');
    expect(f.confidence).toBeLessThan(0.9);
    expect(data.get('requests.denied.stateSecret.total')).toBe(0);
  });
  it('reads a zeros-blank row whose pieces keep its total only joined (12 | 12 printed 1 / 2 / 1 / 2)', async () => {
    const blank: Record<string, readonly string[]> = {
      '一、本年新收政府信息公开申请数量': ['1', '2', '1', '2'], '二、上年结转政府信息公开申请数量': ['1', '1'], '（一）予以公开': ['9', '9'],
      '1.本机关不掌握相关政府信息': ['3', '3'], '（七）总计': ['1', '2', '1', '2'], '四、结转下年度继续办理': ['1', '1'],
    };
    const text = [...HEAD, ...REQUEST_NODE_ROWS.flatMap((r) => [r, ...(blank[r] ?? [])]), ...TAIL].join('\n');
    const rep = await extract(Buffer.from(text), { name: 'report.txt' });
    const data = flattenData(rep.data);
    expect(data.get('requests.newReceived.total')).toBe(12);
    expect(data.get('requests.totalHandled.total')).toBe(12);
    expect(rep.fields['requests.newReceived.total']!.flags).toContain('joined');
    expect(rep.fields['requests.newReceived.total']!.confidence).toBeLessThan(0.9);
    expect(data.get('requests.denied.stateSecret.total')).toBe(0);
  });
});
