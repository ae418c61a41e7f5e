/**
 * @file A unit printed on a line of its own after its number (a narrow Chromium cell '424件' wrapped
 * as '424' / '件', dumped by `pdftotext -raw`, pypdf, pdfminer, mutool) is that number's
 * (layout/unit-lines); a line of units left standing is its value's to the collapsed-archive test (map/stream-moves
 * `isCollapsedStream`); a header wrapped over unpositioned lines is not read by stacking their places
 * (map/active-column-order). fb36 jian j4-big-raw: 89 of 200 right, 80 wrong at 0.85, 14 at 0.98.
 * `scripts/unit-line-variants.mjs` makes the kind from Chromium PDFs.
 */
import { bareCounts, joinUnitLines } from '../src/layout/unit-lines.js';
import { isCollapsedStream } from '../src/map/stream-moves.js';
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { REQUEST_ROWS_COMBINED } from '../src/template/requests.js';
import { consistentRequests, lcg } from './helpers/table3.js';
import { conf } from './helpers/report-fields.js';

describe('joinUnitLines', () => {
  it('should write a unit line onto the number before it, leaving its line empty', () => {
    expect(joinUnitLines(['一、本年新收政府信息公开申请数', '量', '424', '件', '124', '件', '2件 1件'])).toEqual(['一、本年新收政府信息公开申请数', '量', '424件', '', '124件', '', '2件 1件']);
    expect(joinUnitLines(['行政事业性收费 6516.45', '万元'])).toEqual(['行政事业性收费 6516.45万元', '']);
  });

  it('should pair a run of units with as many bare numbers of the line above, in order', () => {
    expect(joinUnitLines(['0 0 8 0 88', '件 件 件 件 件'])).toEqual(['0件 0件 8件 0件 88件', '']);
    expect(joinUnitLines(['理的，只计这一情形，不 0件 3', '件'])).toEqual(['理的，只计这一情形，不 0件 3件', '']);
  });

  it('should leave a unit line whose numbers the line above does not give', () => {
    // After a whole cell, after label text, units more than the bare numbers, an indented (laid-out) unit.
    for (const lines of [['4件', '件'], ['行政规范性文', '件'], ['76 0', '件 件 件'], ['0件 0件', '件 件'], ['规章 3 4', '  件']]) expect(joinUnitLines(lines)).toEqual(lines);
  });
});

// breakit59: rows of a table 三 printed with '件' after counts, dumped one space apart (pdftotext -raw, PDFBox):
// each '件' was text between two values, the row's cells missing, and '四、结转下年度继续办理 5件 1件 6件' a stated total.
describe('bareCounts and a unit wrapped before the next cells', () => {
  it("should drop '件' after a row's counts one space apart, keeping a sentence's, a lone count's and a laid-out line's", () => {
    expect(bareCounts(['（一）予以公开 0件 3件 0件 0件 2件 0件 5件', '四、结转下年度继续办理 5件 1 6件', '3.要求提供公开出版物 11件 / 12件'])).toEqual(['（一）予以公开 0 3 0 0 2 0 5', '四、结转下年度继续办理 5 1 6', '3.要求提供公开出版物 11 / 12']);
    const kept = ['本年度共收到70件申请，办结69件', '全年共收到申请 70件', '424件', '规章  3件   4件'];
    expect(bareCounts(kept)).toEqual(kept);
  });

  it("should read '件' printed one space after each count as its count's (PDFBox -sort of a LibreOffice print)", () => {
    // gen61 1052000 pdfbox-sort-odt r26: every '件' a word between two values, table 三 unread (181 of 200 fields missing).
    expect(bareCounts(['一、本年度新收政府信息公开申请数量 9,576 件 2,664 件 1,063 件 401 件 2,035 件', '1.属于国家秘密 2,242 件 0 件 170 件 64 件 0 件'])).toEqual(['一、本年度新收政府信息公开申请数量 9,576 2,664 1,063 401 2,035', '1.属于国家秘密 2,242 0 170 64 0']);
    // pypdf glues a wrapped label's last line onto the first count (gen61 1052000 pypdf r20: 112 fields of table 三 missing).
    expect(bareCounts(['家秘密0件 8件 0件 0件 3件 0件 11件'])).toEqual(['家秘密 0 8 0 0 3 0 11']);
    expect(bareCounts(['第3件 4件 5件'])).toEqual(['第3件 4 5']);
    const kept = ['全年共收到申请 70 件', '办结 69 件'];
    expect(bareCounts(kept)).toEqual(kept);
  });

  it("should write a unit that starts the next line onto the bare number ending the line above, the cells after it staying", () => {
    expect(joinUnitLines(['（一）予以公开 0件 3件 0件 0件 2件 0', '件 5件'])).toEqual(['（一）予以公开 0件 3件 0件 0件 2件 0件', '5件']);
    const kept = ['（一）予以公开 0件 3件 5件', '件 5件'];
    expect(joinUnitLines(kept)).toEqual(kept);
  });
});

describe('isCollapsedStream', () => {
  const lines = (texts: readonly string[]) => texts.map((t, i) => ({ cells: [t], source: { line: i + 1 } }));
  const values = [424, 124, 18, 17, 43, 52, 678, 2, 1, 0, 3, 76, 4, 0, 8, 0, 88, 70, 4, 3, 0, 1, 0, 78].map(String);

  it('should see values set one after another with no two alike as collapsed', () => {
    expect(isCollapsedStream(lines(['一、本年新收', ...values]))).toBe(true);
  });

  it("should take a line of units as its value's: '0' / '件' / '0' / '件' is two equal cells side by side", () => {
    const printed = [...values.slice(0, 9), '0', '0', ...values.slice(9)];
    expect(isCollapsedStream(lines(['一、本年新收', ...printed]))).toBe(false);
    expect(isCollapsedStream(lines(['一、本年新收', ...printed.flatMap((v) => [v, '件'])]))).toBe(false);
  });
});

/** The 2021 table 三 rows (（六） one row) of a seed, by row key: six applicant columns and the total. */
function grid(seed: number): Map<string, number[]> {
  const r = lcg(seed);
  const cells = Array.from({ length: 26 }, () => Array.from({ length: 6 }, () => (r() < 0.5 ? 0 : 1 + Math.floor(r() * 80))));
  const rows = consistentRequests((i, c) => cells[i]![c]!);
  const other = ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other'].map((k) => rows.get(k)!);
  rows.set('otherHandling.combined', other[0]!.map((_, c) => other.reduce((a, x) => a + x[c]!, 0)));
  return rows;
}

/**
 * A `pdftotext -raw` dump of a Chromium print whose table 三 cells end in 件: a cell that wrapped is
 * its number and '件' on lines of their own, the cells that stayed whole one line with the label
 * or the whole cells before them ('2件 1件').
 */
function rawDump(seed: number): string {
  const r = lcg(seed * 31 + 1);
  const rows = grid(seed);
  const out = ['青石县第4局2024年政府信息公开工作年度报告', '一、总体情况', '本机关坚持以公开为常态。', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容 本年制发件数', '本年废止', '件数', '现行有效', '件数', '规章 9 15 0', '行政规范性', '文件', '0 14 10',
    '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  for (const spec of REQUEST_ROWS_COMBINED) {
    let line = [spec.labels[0]!];
    for (const v of rows.get(spec.key)!) {
      if (r() < 0.3) {
        line.push(`${v}件`);
        continue;
      }
      out.push(line.join(' '), String(v), '件');
      line = [];
    }
    if (line.length) out.push(line.join(' '));
  }
  out.push('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。');
  return out.join('\n');
}

describe('a table 三 whose units wrapped onto lines of their own (pdftotext -raw)', () => {
  it.each([1, 2, 3])('should read seed %i right, none wrong at ≥ 0.8', async (seed) => {
    const rep = await extract(new TextEncoder().encode(rawDump(seed)), { name: `unit-raw-${seed}.txt` });
    const got = flattenData(rep.data);
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    let right = 0;
    const wrong: string[] = [];
    for (const [key, values] of grid(seed)) {
      if (!REQUEST_ROWS_COMBINED.some((s) => s.key === key) || key.startsWith('otherHandling')) continue;
      values.forEach((want, c) => {
        const k = `requests.${key}.${cols[c]}`;
        if (got.get(k) === want) right++;
        else if (got.get(k) != null && conf(rep, k) >= 0.8) wrong.push(`${k}=${String(got.get(k))} (${want}) @${conf(rep, k)}`);
      });
    }
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(150);
    expect(got.get('activeDisclosure.regulations.issued')).toBe(9);
    expect(got.get('activeDisclosure.regulations.repealed')).toBe(15);
  });
});
