/**
 * pypdf `extract_text()` of a full table 三 whose cells touch: every row printed as one run of digits, its labels wrapped
 * ('…予以公开 2631523072148' for 26 31 52 30 7 2 148; fresh54 f033). No 0 stands alone there — the zeros are inside
 * the runs — so the table is no zeros-blank print (map/row-candidates gluedWholeRow): each row is read as its runs' cuts
 * keeping its total, the identities through the other rows choosing. Before, the rows counted as short rows of a table
 * printing no 0, the zeros-blank reading found no placement for a run of seven cells and every such row came out ambiguous.
 */
import { extract, flattenData } from '../src/index.js';
import { consistentRequests, REQUEST_LABELS_2021 } from './helpers/table3.js';
import { requestsRightBelow08 } from './helpers/report-fields.js';

const LABELS = REQUEST_LABELS_2021;

/** The table's values: outcome cells 0 (a few) or two digits, every identity kept. */
const values = (): Map<string, number[]> => consistentRequests((i, c) => ((i + 2 * c) % 9 === 0 ? 0 : 10 + ((i * 37 + c * 53) % 89)), [74, 38, 41, 61, 27, 47], [41, 6, 37, 12, 32, 80]);

/** The label wrapped at `wrap` characters, the run glued to its last piece (or a space apart on the rows `spaced`). */
function rowLines(label: string, cells: readonly number[], i: number, wrap: number, spaced: readonly number[]): string[] {
  const pieces = label.match(new RegExp(`.{1,${wrap}}`, 'gu')) ?? [label];
  return [...pieces.slice(0, -1), `${pieces.at(-1)}${spaced.includes(i) ? ' ' : ''}${cells.join('')}`];
}

function dump(rows: Map<string, number[]>, wrap: number, spaced: readonly number[]): Uint8Array {
  const text = [
    '某某市审计局2022年度政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
    '第二十条第（六）项', '信息内容本年处理决定数量', '行政处罚432', '',
    '三、收到和处理政府信息公开申请情况', '本列数据的勾稽关系为：', '第一项加第二项之和，等', '于第三项加第四项之和申请人情况',
    '自', '然', '人法人或其他组织', '总计商', '业', '企', '业科', '研', '机', '构社', '会', '公', '益', '组', '织法', '律', '服', '务', '机', '构其', '他',
    ...LABELS.flatMap(([k, label], i) => rowLines(label, rows.get(k)!, i, wrap, spaced)),
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

describe('pypdf: a full table 三 every row of which is one run of digits', () => {
  it.each([
    // One row's run a space after its label: no 0 alone, read as a zeros-blank print before (every other row ambiguous).
    ['one row spaced', 5, [2]],
    // Three: the label lines ending in a glued run read as rows printing nothing (layout/blank-review-cells), 8 rows ambiguous.
    ['three rows spaced', 4, [2, 22, 23]],
  ])('should read the rows as their cuts keeping the identities (%s)', async (_name, wrap, spaced) => {
    const rows = values();
    const r = await extract(dump(rows, wrap, spaced), { name: 'r.txt' });
    const got = flattenData(r.data);
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    const right = requestsRightBelow08(r, rows);
    // Before: 2 of 25 rows read (those whose runs are too long to list every cut); every other row ambiguous.
    expect(right).toBeGreaterThanOrEqual(150);
    for (const c of cols) expect(got.get(`requests.granted.${c}`)).toBe(rows.get('granted')![cols.indexOf(c)]);
  });
});
