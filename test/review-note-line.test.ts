/**
 * Table 四 of a LibreOffice print: one ruled row of 15 cells (zeros printed blank), then the table's footnote
 * as a plain line, '注：2023 年度共收到行政复议、行政诉讼3起（含以前年度），数据来源于 2024 年 1 月 15 日统计。'.
 * The note's numbers were cut into rows at each run of text ('注: 2023', '年 1', '月 15'), whose labels are
 * short enough to pass for table text: 18 values for 15 keys, read at 0.57 shifted (gen61 lo-odt-pdf r30).
 */
import type { Line } from '../src/model/document.js';
import { reviewGroup } from '../src/map/review-stream.js';
import { solve } from '../src/solve/index.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021_COMBINED } from '../src/template/index.js';
import { reviewKey } from './helpers/table4-report.js';

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const cols = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const NOTE = '注：2023 年度共收到行政复议、行政诉讼3起（含以前年度），数据来源于 2024 年 1 月 15 日统计。';

function read(note: string, more: string[] = []): Map<string, unknown> {
  const lines: Line[] = [
    { cells: ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'], cols: [0, 5, 10], separated: true, source: { page: 3 } },
    { cells: [...RESULTS, ...RESULTS, ...RESULTS], cols: cols(15), separated: true, source: { page: 3 } },
    { cells: ['', '3', '', '', '3', '6', '2', '1', '6', '15', '', '', '3', '1', '4'], cols: cols(15), separated: true, source: { page: 3 } },
    { cells: [note], separated: false, source: { page: 3 } },
    ...more.map((text): Line => ({ cells: [text], separated: false, source: { page: 3 } })),
  ];
  const { groups } = reviewGroup(buildRows(lines, { numbering: false }), undefined, [], TEMPLATE_2021_COMBINED.identities, lines.map((l) => l.cells.join(' ')));
  const { fields } = solve(groups, TEMPLATE_2021_COMBINED.identities);
  return new Map([...fields].map(([k, f]) => [k, f.value]));
}

describe('table 四 with a footnote line under its row', () => {
  it('should read the row alone, the note\'s year and date no cells', () => {
    const want = [0, 3, 0, 0, 3, 6, 2, 1, 6, 15, 0, 0, 3, 1, 4];
    const got = read(NOTE);
    expect(want.map((_, i) => got.get(reviewKey(i)))).toEqual(want);
  });
  it('should read a note under 备注 alike', () => {
    const got = read(NOTE.replace('注：', '备注:'));
    expect(got.get(reviewKey(9))).toBe(15);
    expect(got.get(reviewKey(0))).toBe(0);
  });
  it('should leave out the next line of a note its line ended mid-sentence (LibreOffice Letter print, gen62 lo-letter-docx)', () => {
    const want = [0, 3, 0, 0, 3, 6, 2, 1, 6, 15, 0, 0, 3, 1, 4];
    const got = read('注：本年度因政府信息公开工作被申请行政复议的情况如上表所示；其中 2020 年度结转的行政复议案件 2 件已在 2021 年 8', ['月审结，数据截至 2022 年 1 月 15日，共涉及 3个申请人。']);
    expect(want.map((_, i) => got.get(reviewKey(i)))).toEqual(want);
  });
});
