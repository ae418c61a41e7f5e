/**
 * Table 三's two-row header flattened onto one line (scripts/flat-header-variants.mjs; fb33
 * hw-23017-par100-indent): the top row — 自然人 | 法人或其他组织 (over the five sub-columns) | 总计 — then
 * the group's sub-columns, '自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他'. The
 * group word comes before 总计 and its leaves after 总计: the template's order, not 总计 second
 * (map/header-disorder twoRowsRead). A 总计-first header flattened the same way still reads 总计 first.
 * In a refilled text dump each line is one cell: its values inside the text end the band above the
 * header (map/table-band isRow), so the header is read without section headings too.
 */
import type { Line } from '../src/model/document.js';
import { disorder, requestLeafOrder } from '../src/map/header-disorder.js';
import { bandOfTableRead, tableOfRowsRead } from '../src/map/table-band.js';
import type { Placement } from '../src/map/table-rows.js';
import { REQUEST_HEADER, SWAPPABLE_REQUEST } from '../src/map/header-words.js';
import { codes, conf, keysOf, read, value } from './helpers/report-fields.js';
import { LABELLED_REQUEST_ROWS } from './helpers/table3.js';

const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const SUBS = '商业企业 科研机构 社会公益组织 法律服务机构 其他';
const FLAT_TEMPLATE = `自然人 法人或其他组织 总计 ${SUBS}`;
const FLAT_TOTAL_FIRST = `总计 自然人 法人或其他组织 ${SUBS}`;
const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况';

const line = (n: number, ...cells: string[]): Line => ({ cells, source: { line: n }, separated: cells.length > 1 });

describe('a flattened two-row header read by the columns its words head (map/header-disorder)', () => {
  it('should read 自然人 法人或其他组织 总计 + sub-columns as the template order, not out of order', () => {
    const lines = [line(1, FLAT_TEMPLATE)];
    expect(requestLeafOrder(lines)).toEqual(COLS);
    expect(disorder(lines, REQUEST_HEADER, SWAPPABLE_REQUEST)).toBeNull();
  });

  it('should still read 总计 first where the flattened top row prints it first', () => {
    const lines = [line(1, FLAT_TOTAL_FIRST)];
    expect(requestLeafOrder(lines)).toEqual(['total', ...COLS.slice(0, 6)]);
    expect(disorder(lines, REQUEST_HEADER, SWAPPABLE_REQUEST)).not.toBeNull();
  });

  it('should read 总计 second where the top row prints it between 自然人 and the group', () => {
    expect(requestLeafOrder([line(1, `自然人 总计 法人或其他组织 ${SUBS}`)])).toEqual(['naturalPerson', 'total', ...COLS.slice(1, 6)]);
  });

  it('should keep a line whose sub-columns do not end it as printed (no two rows to read)', () => {
    // 总计 between two sub-columns: no flattened top row, the words' order as printed (总计 third).
    expect(requestLeafOrder([line(1, '自然人 法人或其他组织 商业企业 总计 科研机构 社会公益组织 法律服务机构 其他')])?.indexOf('total')).toBe(2);
  });
});

describe('a refilled dump\'s band (map/table-band): values inside one-cell lines end the band above the header', () => {
  const lines = [
    line(1, '信息内容 本年制发件数 本年废止件数 现行有效件数 规章 14 7 17 行政规范性文件 8 17 20'),
    line(2, '行政事业性收费 2160.5 三、收到和处理政府信息公开申请情况'),
    line(3, NOTE),
    line(4, FLAT_TEMPLATE),
    line(5, '一、本年新收政府信息公开申请数量 5570 3413 915 347 759 977 11981'),
  ];
  const placed = new Map<string, Placement>([['requests.newReceived.total', { by: 'label', labelScore: 1, source: { line: 5 } }]]);

  it('should start the band after the last line printing two values in its text', () => {
    expect(tableOfRowsRead(lines, placed, 'requests.')).toEqual(lines.slice(1));
    expect(bandOfTableRead(lines, placed, 'requests.')).toEqual(lines.slice(1));
  });

  it('should not count a year, a table number or a count in a sentence as values', () => {
    const above = [line(1, '表3 2024年度 收到和处理政府信息公开申请情况'), line(2, '本年共收到申请 21 件，办结 20 件。')];
    expect(tableOfRowsRead([...above, ...lines.slice(2)], new Map([['requests.newReceived.total', { by: 'label', labelScore: 1, source: { line: 5 } }]]), 'requests.')).toHaveLength(5);
  });
});

/** A text report whose table 三 prints `header` over rows whose cells are joined by `sep`, values in `order`. */
function report(headings: boolean, header: string, sep: string, totalFirst: boolean): Uint8Array {
  const h = (text: string): string[] => (headings ? [text] : []);
  const cells = (v: string): string[] => {
    const xs = v.split(' ');
    return totalFirst ? [xs[6]!, ...xs.slice(0, 6)] : xs;
  };
  const text = [
    '示例县某某局2023年政府信息公开工作年度报告', ...h('一、总体情况'), '本局依法推进政务公开。', ...h('二、主动公开政府信息情况'),
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].join(sep), ['规章', '1', '0', '4'].join(sep), ['行政规范性文件', '2', '1', '9'].join(sep),
    ...h('三、收到和处理政府信息公开申请情况'), NOTE, header, ...LABELLED_REQUEST_ROWS.map(([label, v]) => [label, ...cells(v)].join(sep)),
    ...h('四、政府信息公开行政复议、行政诉讼情况'), '本年度未发生行政复议、行政诉讼。',
    ...h('五、存在的主要问题及改进情况'), '培训不足。', ...h('六、其他需要报告的事项'), '无。',
  ].join('\n');
  return new TextEncoder().encode(text);
}

const ROWS = new Map(LABELLED_REQUEST_ROWS.map(([, v], i) => [i, v]));
/** Table 三's fields read wrong (key=value@confidence) at ≥ `floor`, against the printed rows. */
async function wrong(bytes: Uint8Array, floor: number): Promise<string[]> {
  const r = await read(bytes);
  const keys = keysOf(r, 'requests.');
  const want = new Map<string, number>();
  const { REQUEST_ROWS_COMBINED } = await import('../src/template/requests.js');
  REQUEST_ROWS_COMBINED.forEach((s, i) => ROWS.get(i)!.split(' ').forEach((v, c) => want.set(`requests.${s.key}.${COLS[c]}`, Number(v))));
  return keys.filter((k) => want.has(k) && value(r, k) !== want.get(k) && conf(r, k) >= floor).map((k) => `${k}=${String(value(r, k))}@${conf(r, k)}`);
}

describe('table 三 under a flattened two-row header, end to end', () => {
  it('should read the template-order flattened header confirmed, with and without section headings, tab or one cell per line', async () => {
    for (const headings of [true, false]) {
      for (const sep of ['\t', ' ']) {
        const r = await read(report(headings, FLAT_TEMPLATE, sep, false));
        expect([headings, sep, codes(r).filter((c) => c.startsWith('columns_'))]).toEqual([headings, sep, []]);
        expect([headings, sep, value(r, 'requests.newReceived.total'), conf(r, 'requests.newReceived.total') >= 0.9]).toEqual([headings, sep, 10, true]);
        expect([headings, sep, value(r, 'requests.newReceived.legalService'), conf(r, 'requests.newReceived.legalService') >= 0.9]).toEqual([headings, sep, 4, true]);
        expect(await wrong(report(headings, FLAT_TEMPLATE, sep, false), 0)).toEqual([]);
      }
    }
  });

  it('should follow a flattened 总计-first header to the columns it names, no value wrong at >= 0.8', async () => {
    for (const headings of [true, false]) {
      const bytes = report(headings, FLAT_TOTAL_FIRST, '\t', true);
      const r = await read(bytes);
      expect(codes(r)).toContain('columns_reordered');
      expect(value(r, 'requests.newReceived.total')).toBe(10);
      expect(value(r, 'requests.newReceived.naturalPerson')).toBe(3);
      expect(await wrong(bytes, 0.8)).toEqual([]);
    }
  });
});

describe('a header wrapped over lines with blank cells collapsed (map/absent-columns)', () => {
  it('should not read a line naming 自然人 and 总计 as a two-column table when the band names every leaf across its lines', async () => {
    // Blank zeros collapsed by the dump: rows print two values (a sub-column and 总计), 自然人 empty.
    const rows = LABELLED_REQUEST_ROWS.map(([label], i) => `${label}    ${i % 3 === 0 ? '1    1' : ''}`.trimEnd());
    const text = [
      '示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况', '信息内容    本年制发件数    本年废止件数    现行有效件数',
      '规章    1    0    4', '三、收到和处理政府信息公开申请情况', '    申请人情况 自然人    总计', '    法人或其他组织    商业企业    科研机构', '    社会公益组织    法律服务机构    其他',
      ...rows.map((r) => `    ${r}`), '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政复议、行政诉讼。', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。',
    ].join('\n');
    const r = await read(new TextEncoder().encode(text));
    expect(codes(r)).not.toContain('columns_absent');
    // Where the two values stand is not printed (自然人 or a sub-column): no 自然人 value read at >= 0.9.
    for (const k of keysOf(r, 'requests.').filter((x) => x.endsWith('.naturalPerson'))) {
      if (value(r, k) !== 0) expect([k, conf(r, k) < 0.9]).toEqual([k, true]);
    }
  });
});
