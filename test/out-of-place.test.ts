/**
 * Values printed out of place in a table's value stream (plain pdftotext of printed pages: a row's
 * first value on its label line among the row above, a row's total after the last row, the first
 * values of the last rows after their labels), and a browser's running header and footer in the
 * text. The tables are made here by hand-written rules (each row's total the sum of its parts, the
 * outcome rows summed into 总计, 新收 = 总计 + 结转下年 − 上年结转); the expected values are those.
 */
import { extract } from '../src/index.js';
import { flattenData } from '../src/report-data.js';
import { alignTableStream } from '../src/map/table-stream.js';
import { alignDisplacedStream } from '../src/map/displaced-stream.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { barePageNumbers, edgePageNumbers, runningLines } from '../src/layout/text-furniture.js';
import { readFileSync } from 'node:fs';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { consistentRequestGrid } from './helpers/table3.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;

/** A consistent table 三 in template row order, each row its 7 values; most cells not 0 so a moved value shows. */
function grid(seed: number): number[][] {
  const cell = (i: number, c: number) => ((seed * 7 + i * 11 + c * 13) % 6 === 0 ? 0 : 1 + ((seed * 3 + i * 5 + c * 7) % 9));
  return consistentRequestGrid(cell, [1, 0, 3, 0, 2, 0], [0, 2, 0, 1, 0, 1]);
}

/** The stream of `rows` with the value at (row, col) taken out and put back at stream position `to` (counted after the removal). */
function moved(rows: number[][], row: number, col: number, to: number): number[] {
  const flat = rows.flat();
  const from = rows.slice(0, row).flat().length + col;
  const [v] = flat.splice(from, 1);
  flat.splice(to, 0, v!);
  return flat;
}

const start = (rows: number[][], r: number) => rows.slice(0, r).flat().length;

describe('values out of place in a table stream', () => {
  it("should read a row whose first value was printed inside the row above (its label line's value)", () => {
    const rows = grid(1);
    // 申请人逾期未按收费… (row 21): its first value printed after the third value of the row above.
    const printed = moved(rows, 21, 0, start(rows, 20) + 3);
    expect(alignTableStream('requests', printed, specs, ids)).toBeNull();
    const r = alignDisplacedStream('requests', printed, specs, ids);
    expect(r?.readings).toEqual([rows]);
    expect(r?.cost).toBe(1);
  });

  it("should read a row whose total was printed after the table's last row", () => {
    const rows = grid(2);
    const printed = moved(rows, 22, 6, 174);
    expect(alignTableStream('requests', printed, specs, ids)).toBeNull();
    expect(alignDisplacedStream('requests', printed, specs, ids)?.readings).toEqual([rows]);
  });

  it('should read the first values of the last two rows printed after their labels, at the end', () => {
    const rows = grid(3);
    // 其他处理 (22) and 总计 (23) lose their first values to the place after 总计's row.
    const printed = [...rows.slice(0, 22).flat(), ...rows[22]!.slice(1), ...rows[23]!.slice(1), rows[23]![0]!, rows[22]![0]!, ...rows[24]!];
    expect(alignTableStream('requests', printed, specs, ids)).toBeNull();
    const r = alignDisplacedStream('requests', printed, specs, ids);
    expect(r).not.toBeNull();
    for (const rd of r!.readings) expect(rd).toEqual(rows);
  });

  it('should take values anchored to their label line as the first cells of that row', () => {
    const rows = grid(4);
    // （二）部分公开 (row 3) printed its first 4 values on its label line two rows early.
    const anchors: (number[] | undefined)[] = specs.map(() => undefined);
    anchors[3] = rows[3]!.slice(0, 4);
    const stream = [...rows.slice(0, 3).flat(), ...rows[3]!.slice(4), ...rows.slice(4).flat()];
    expect(alignDisplacedStream('requests', stream, specs, ids, anchors)).toEqual({ readings: [rows], cost: 0 });
    // Without the anchors the same stream has 4 values too few: no reading.
    expect(alignDisplacedStream('requests', stream, specs, ids)).toBeNull();
  });

  it('should never give one wrong reading over variants it was not tuned on (random moves, 60 seeds)', () => {
    let read = 0;
    for (let seed = 100; seed < 160; seed++) {
      const rows = grid(seed);
      const row = seed % 25;
      const col = seed % 3 === 0 ? 6 : 0;
      const to = Math.min(174, Math.max(0, start(rows, row) + ((seed * 7) % 15) - 5));
      const printed = moved(rows, row, col, to);
      const r = alignTableStream('requests', printed, specs, ids) ?? alignDisplacedStream('requests', printed, specs, ids)?.readings ?? null;
      if (r === null) continue;
      // Either the truth alone, or several readings the solver will leave ambiguous where they differ: never one wrong.
      if (r.length === 1) expect(r[0]).toEqual(rows);
      else expect(r).toContainEqual(rows);
      read++;
    }
    expect(read).toBeGreaterThan(40);
  });
});

describe("a browser's running header and footer in a text dump", () => {
  const TITLE = '示例市第7局2024年政府信息公开工作年度报告';
  const pageBreak = (n: number) => `file:///tmp/print-x/report.html\n${n}/3\n\f${TITLE}\n11/25/26, 1:55 PM`;

  it('should drop the URL, the date-time and the repeated title at page breaks, and keep the report title and a header that starts a page', () => {
    // '信息内容' sits beside the furniture of one page break on both sides: one break, so it stays.
    const text = ['11/25/26, 1:55 PM', TITLE, TITLE, '一、总体情况', '信息内容', pageBreak(1), '信息内容', '行政许可', '5', pageBreak(2), '结束'].join('\n');
    const raws = text.split('\n');
    const dropped = [...runningLines(raws)].map((i) => raws[i]!.replace('\f', ''));
    expect(dropped.sort()).toEqual(['1/3', '2/3', '11/25/26, 1:55 PM', '11/25/26, 1:55 PM', '11/25/26, 1:55 PM', TITLE, TITLE, TITLE, 'file:///tmp/print-x/report.html', 'file:///tmp/print-x/report.html'].sort());
    const kept = textToLines(text).map((l) => l.cells.join(' ').trim());
    expect(kept).toEqual([TITLE, '一、总体情况', '信息内容', '信息内容', '行政许可', '5', '结束']);
  });

  it('should read every value of a plain-pdftotext table 三 whose page breaks carry Chromium furniture', async () => {
    const rows = grid(5);
    const lines: string[] = ['11/25/26, 1:55 PM', TITLE, TITLE, '一、总体情况', '本机关依法公开。', '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计'];
    // Plain pdftotext of a borderless table: the labels in a pile, then the values row by row, the page breaks among them.
    lines.push(...specs.map((s) => s.labels[0]!));
    rows.forEach((r, i) => {
      lines.push(...r.map(String));
      if (i === 8 || i === 17) lines.push(pageBreak(i === 8 ? 1 : 2));
    });
    lines.push('四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。');
    const report = await extract(new TextEncoder().encode(lines.join('\n')), { name: 'dump.txt' });
    const data = flattenData(report.data);
    specs.forEach((s, i) => s.columns.forEach((c, j) => expect([`requests.${s.key}.${c}`, data.get(`requests.${s.key}.${c}`)]).toEqual([`requests.${s.key}.${c}`, rows[i]![j]])));
  });
});

describe('bare page numbers at page breaks', () => {
  const at = (raws: string[]): string[] => [...barePageNumbers(raws)].sort((a, b) => a - b).map((i) => raws[i]!.replace('\f', '').trim());

  it('should drop a number alone at a page edge that counts the pages, first or last line of the page', () => {
    // plain pdftotext / mutool: the footer printed first on its page; -layout: last before the form feed.
    const first = ['1', '一、总体情况', '本机关依法公开。', '\f2', '第二十条第（六）项', '\f3', '信息内容', '行政处罚 0', '\f4', '3.补正后申请内容仍不明确 88'];
    expect(at(first)).toEqual(['1', '2', '3', '4']);
    const last = ['一、总体情况', '   1', '\f行政处罚 0', '   2', '\f1.属于国家秘密 0', '                3'];
    expect(at(last)).toEqual(['1', '2', '3']);
  });

  it('should drop the count a page prints a line or two inside its edge where the other pages print it at their edges', () => {
    // plain pdftotext of a LibreOffice page: the footer's block before the table's header cell '总计' that ends the page.
    const raws = ['一、总体情况', '自然人', '1', '总计', '\f一、本年新收 33', '0', '2', '\f（五）', '7', '3', '\f费通知', '4'];
    expect(at(raws)).toEqual(['1', '2', '3', '4']);
    // Two lines reading the count near the edge: either may be a value, neither is dropped.
    expect(at(['一、总体情况', '1', '1', '总计', '\f行政处罚 0', '2', '\f0', '3', '\f0', '4'])).toEqual(['2', '3', '4']);
    // Beyond EDGE_REACH lines from both edges: a value.
    expect(at(['一、总体情况', '规章', '规范性文件', '1', '行政许可', '行政处罚', '行政强制', '\f行政处罚 0', '2', '\f0', '3', '\f0', '4'])).toEqual(['2', '3', '4']);
  });

  it('should keep numbers at page edges that do not count the pages, or count them at one page only', () => {
    // One cell per line: a value at each page's top, not the page count.
    expect(at(['行政许可', '5', '\f38', '0', '\f0', '7', '\f12'])).toEqual([]);
    // One page's edge only: could be a value.
    expect(at(['行政许可', '5', '\f2', '行政处罚 0'])).toEqual([]);
    // No form feed: nothing says where pages break.
    expect(at(['1', '行政许可', '2', '行政处罚', '3'])).toEqual([]);
    // No page is numbered 0: a table's last values '0' and '1' at two pages' ends (offset −2 from the page index) stay values.
    expect(at(['一、总体情况', '\f第二页', '\f4.保护第三方合法权益', '0', '\f3.要求提供公开出版物', '1', '\f用、行政机关不再处理'])).toEqual([]);
  });

  it('should read the value after a page number that splits a table\'s rows', async () => {
    const text = ['示例市第7局2024年政府信息公开工作年度报告', '一、总体情况', '本机关依法公开。', '1', '二、主动公开政府信息情况', '第二十条第（六）项', '\f2', '信息内容 本年处理决定数量', '行政处罚 0', '行政强制 4', '\f3', '三、收到和处理政府信息公开申请情况'].join('\n');
    const report = await extract(new TextEncoder().encode(text), { name: 'dump.txt' });
    expect(flattenData(report.data).get('activeDisclosure.punishment.decisions')).toBe(0);
  });
  it('should doubt a bare number at one page edge that may count that page', () => {
    const doubt = (raws: string[]): string[] => [...edgePageNumbers(raws, new Set())].sort((a, b) => a - b).map((i) => raws[i]!.replace('\f', '').trim());
    // Page 1 ends '1' after a row's label, its value on the next page: the row must not read the page count.
    expect(doubt(['二、主动公开政府信息情况', '行政许可', '2579', '行政处罚', '1', '\f办公室', '1959', '行政强制', '14'])).toEqual(['1']);
    // Page 3's count at its end, page 4's at its top; far from the page's own ('38', '7', '9') or no form feed: no doubt.
    expect(doubt(['一', '\f二', '\f行政许可', '38', '0', '7', '3', '\f行政处罚', '4', '9', '11', '12', '6'])).toEqual(['3', '4']);
    expect(doubt(['行政许可', '1', '行政处罚', '2'])).toEqual([]);
  });

  it("should not read a page footer's bare '1' at 0.95 as the value of the row the page break cut (plain pdftotext of a LibreOffice print of a .docx)", async () => {
    // scripts/docx-plain-variants.mjs seed 2 (LibreOffice's .docx), the page break moved between 行政处罚 and its value 1959.
    const text = readFileSync(new URL('./fixtures/docx-plain-page-number.txt', import.meta.url));
    const report = await extract(new Uint8Array(text), { name: 'dump.txt' });
    const got = flattenData(report.data).get('activeDisclosure.punishment.decisions');
    const conf = report.fields?.['activeDisclosure.punishment.decisions']?.confidence ?? 0;
    expect(got === 1959 || got == null || conf < 0.8).toBe(true);
    expect(flattenData(report.data).get('activeDisclosure.licensing.decisions')).toBe(2579);
  });
});
