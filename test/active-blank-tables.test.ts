/**
 * Table 二 of a small office printed borderless with its zeros blank (`pdftohtml -xml` of a Chromium print; fresh50 k1
 * chromium / lo-html / lo-docx / pandoc / pdftohtml-xml, scripts/blank-band-variants.mjs make DIR --sparse --active-blank):
 * a small table all 0 prints its heading, its header and its row labels with nothing beside them, and the labels are
 * centred in their cell ('规章' over '行政规范性文件'). Before: such a small table's fields were missing (its header had
 * no number under it: pdf/free-columns noBlankWithoutNumbers), a centred blank label joined the row below
 * ('行政规范性文件 规章 3 29': regulations missing), and a table 二 printing no number at all was unread. Now: 0, flag
 * `blank`, below 0.8 (pdf/free-columns activeGridPrinted, pdf/pdf-lines sameLabelColumn, map/table-rows printedEmptyGrid). And
 * a header line over a first row printing its one number right-aligned in the last column had joined that row as a
 * wrapped label ('信息内容规章 本年制发件数 … 10': pdf/pdf-lines overNumbers looked at cell starts only).
 */
import { extract, flattenData } from '../src/index.js';
import type { Report } from '../src/index.js';
import { HAN_FONT, LATIN_FONT, pdf2xml, type Pdf2xmlRun } from './helpers/pdf2xml.js';

/** Header cells' lefts and widths (px), as pdftohtml writes a Chromium A4 print of the CMS table. */
const HEAD_3 = [[136, '信息内容'], [320, '本年制发件数'], [507, '本年废止件数'], [693, '现行有效件数']] as const;
const HEAD_1 = (word: string): (readonly [number, string])[] => [[136, '信息内容'], [491, word]];
/** A row label centred in the label column (its centre at 167 px, as 信息内容's). */
const centred = (label: string): readonly [number, string] => [167 - ([...label].length * 18) / 2, label];
const NUMBER_AT: Record<number, number> = { 1: 363, 2: 552, 3: 732 };
const ONE_NUMBER_AT = 552;

type Line = readonly (readonly [number, string])[];
const runs = (lines: readonly Line[]): Pdf2xmlRun[] =>
  lines.flatMap((cells, i) => cells.map(([left, text]): Pdf2xmlRun => {
    const number = /^[\d.]+$/.test(text);
    return [60 + i * 31, left, [...text].length * (number ? 9 : 18), 21, number ? 1 : 0, text];
  }));

/** Table 二 (2021), each row's printed values by column (1-based) — a value left out prints blank. */
function active(values: Record<string, Record<number, string>>): Line[] {
  const row = (label: string, cols: number): Line => [centred(label), ...Object.entries(values[label] ?? {}).map(([c, v]) => [cols === 1 ? ONE_NUMBER_AT : NUMBER_AT[Number(c)]!, v] as const)];
  return [
    [[91, '二、主动公开政府信息情况']],
    [[376, '第二十条第（一）项']],
    HEAD_3,
    row('规章', 3),
    row('行政规范性文件', 3),
    [[376, '第二十条第（五）项']],
    HEAD_1('本年处理决定数量'),
    row('行政许可', 1),
    [[376, '第二十条第（六）项']],
    HEAD_1('本年处理决定数量'),
    row('行政处罚', 1),
    row('行政强制', 1),
    [[376, '第二十条第（八）项']],
    HEAD_1('本年收费金额（单位：万元）'),
    row('行政事业性收费', 1),
  ];
}

const HEAD: Line[] = [[[91, '测试县第九所2024年政府信息公开工作年度报告']], [[91, '一、总体情况']], [[91, '本所依法公开政府信息。']]];
const TAIL: Line[] = [[[91, '三、收到和处理政府信息公开申请情况']], [[91, '本年未收到申请。']], [[91, '四、政府信息公开行政复议、行政诉讼情况']], [[91, '无。']], [[91, '五、存在的主要问题及改进情况']], [[91, '一是培训不足。']], [[91, '六、其他需要报告的事项']], [[91, '无。']]];

const read = async (lines: readonly Line[]): Promise<Report> =>
  extract(new TextEncoder().encode(pdf2xml([{ width: 1200, height: 2400, fonts: [HAN_FONT(0), LATIN_FONT(1)], runs: runs(lines) }])), { name: 'r.xml' });
const activeOf = (rep: Report): Map<string, [unknown, number]> => {
  const data = flattenData(rep.data);
  const fields = rep.fields as Record<string, { confidence: number }>;
  return new Map([...data.keys()].filter((k) => k.startsWith('activeDisclosure.')).map((k) => [k.slice('activeDisclosure.'.length), [data.get(k), fields[k]!.confidence]]));
};
const blankZero = ([v, c]: [unknown, number]): boolean => v === 0 && c > 0 && c < 0.8;

describe('table 二 small tables printed with every cell blank (borderless, positioned)', () => {
  it('should read a blank small table as 0 below 0.8 where the others print numbers', async () => {
    const got = activeOf(await read([...HEAD, ...active({ 行政处罚: { 1: '267' }, 行政事业性收费: { 1: '288.41' } }), ...TAIL]));
    for (const k of ['regulations.issued', 'regulations.repealed', 'regulations.inForce', 'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce']) expect([k, blankZero(got.get(k)!)]).toEqual([k, true]);
    expect(got.get('punishment.decisions')![0]).toBe(267);
    expect(got.get('fees.amount')![0]).toBe(288.41);
  });

  it('should keep a centred blank label a row of its own above a row printing values', async () => {
    const got = activeOf(await read([...HEAD, ...active({ 行政规范性文件: { 1: '3', 3: '29' }, 行政许可: { 1: '5' } }), ...TAIL]));
    for (const k of ['regulations.issued', 'regulations.repealed', 'regulations.inForce']) expect([k, blankZero(got.get(k)!)]).toEqual([k, true]);
    expect(got.get('normativeDocuments.issued')![0]).toBe(3);
    expect(got.get('normativeDocuments.inForce')![0]).toBe(29);
    expect(got.get('normativeDocuments.repealed')![0]).toBe(0);
  });

  it('should keep the header a line of its own above a first row printing one number in its last column', async () => {
    const got = activeOf(await read([...HEAD, ...active({ 规章: { 3: '10' }, 行政处罚: { 1: '4' } }), ...TAIL]));
    expect(got.get('regulations.inForce')![0]).toBe(10);
    for (const k of ['regulations.issued', 'regulations.repealed']) expect([k, got.get(k)![0]]).toEqual([k, 0]);
    for (const k of ['normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce']) expect([k, blankZero(got.get(k)!)]).toEqual([k, true]);
  });

  it('should read a table 二 printing no number at all as its empty grid: every field 0 below 0.8', async () => {
    const got = activeOf(await read([...HEAD, ...active({}), ...TAIL]));
    expect(got.size).toBe(10);
    for (const [k, f] of got) expect([k, blankZero(f)]).toEqual([k, true]);
  });

  it('should leave a small table missing whose header names no column of table 二', async () => {
    const lines = active({ 行政处罚: { 1: '267' } }).map((l) => (l === HEAD_3 ? ([[136, '信息内容'], [320, '甲类'], [507, '乙类'], [693, '丙类']] as Line) : l));
    const got = activeOf(await read([...HEAD, ...lines, ...TAIL]));
    expect(got.get('punishment.decisions')![0]).toBe(267);
    for (const k of ['regulations.issued', 'regulations.repealed', 'regulations.inForce']) expect([k, got.get(k)![0]]).toEqual([k, null]);
  });
});
