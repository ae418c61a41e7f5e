/**
 * `pdftohtml -xml` of a report (breakit60 pdftohtml-xml): `<text top="915" left="233" …>3123</text>` runs. Read as
 * text, the coordinates were values (licensing 915 at 0.88). load/word-box-markup reads the runs by their boxes.
 */
import { extract, flattenData } from '../src/index.js';
import { markupWordPages } from '../src/load/word-box-markup.js';
import { gridRuns, HAN_FONT, pdf2xml as pdf2xmlOf, type Pdf2xmlRun } from './helpers/pdf2xml.js';

/** Rows of cells → pdf2xml: one `<text>` run per cell in one font, rows 30 px apart, cells at the given lefts (pixels at zoom 1.5). */
const pdf2xml = (rows: string[][]): string => pdf2xmlOf([{ width: 918, height: 1188, fonts: [HAN_FONT(0)], runs: gridRuns(rows, { lefts: [54, 400, 560, 720], rowGap: 30, fonts: { word: 0, number: 0 } }) }]);

const ROWS = [
  ['青山区教育局2024年政府信息公开工作年度报告'],
  ['一、总体情况'],
  ['本局依法公开政府信息。'],
  ['二、主动公开政府信息情况'],
  ['第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '3', '1', '12'],
  ['行政规范性文件', '7', '2', '40'],
  ['第二十条第（五）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '3123'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '2583'],
  ['行政强制', '6'],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '62.5'],
  ['三、收到和处理政府信息公开申请情况'],
  ['无。'],
];

describe('pdftohtml -xml read by its boxes', () => {
  it('should find the runs as words on their page', () => {
    const pages = markupWordPages(pdf2xml(ROWS));
    expect(pages?.length).toBe(1);
    expect(pages![0]!.items.map((i) => i.str)).toContain('3123');
  });

  it('should read table 二 values, no coordinate a value', async () => {
    const rep = await extract(new TextEncoder().encode(pdf2xml(ROWS)), { name: 'r.xml' });
    const data = flattenData(rep.data);
    expect(data.get('activeDisclosure.licensing.decisions')).toBe(3123);
    expect(data.get('activeDisclosure.punishment.decisions')).toBe(2583);
    expect(data.get('activeDisclosure.coercion.decisions')).toBe(6);
    expect(data.get('activeDisclosure.regulations.inForce')).toBe(12);
  });
});

/**
 * The same page turned (qpdf --rotate=90, or 270) as pdftohtml writes it: each glyph (a digit pair) a run of width 0, a line a
 * column of them going down (90°: lines from right to left) or up (270°: lines from left to right). Read unturned, every
 * glyph stood on a row of its own: E_NOT_A_REPORT.
 */
function turnedXml(rows: string[][], angle: 90 | 270): string {
  const lefts = [54, 400, 560, 720];
  const runs: Pdf2xmlRun[] = [];
  rows.forEach((cells, i) => {
    const across = angle === 90 ? 1119 - i * 30 : 69 + i * 30;
    cells.forEach((cell, k) => {
      const glyphs = cell.match(/\d{1,2}|[^\d]/gu) ?? [];
      let at = lefts[k]!;
      for (const g of glyphs) {
        const advance = /\d/.test(g) ? 9 * g.length : 18;
        runs.push([angle === 90 ? at : 918 - at - 20, across, 0, 20, 0, g]);
        at += advance;
      }
    });
  });
  return pdf2xmlOf([{ width: 1188, height: 918, fonts: [HAN_FONT(0)], runs }]);
}

describe('pdftohtml -xml of a turned page', () => {
  it.each([90, 270] as const)('should read a page turned %i° as it reads it upright', async (angle) => {
    const rep = await extract(new TextEncoder().encode(turnedXml(ROWS, angle)), { name: 'r.xml' });
    const data = flattenData(rep.data);
    expect(rep.meta.title).toBe('青山区教育局2024年政府信息公开工作年度报告');
    expect(data.get('activeDisclosure.licensing.decisions')).toBe(3123);
    expect(data.get('activeDisclosure.punishment.decisions')).toBe(2583);
    expect(data.get('activeDisclosure.regulations.inForce')).toBe(12);
    expect(data.get('activeDisclosure.fees.amount')).toBe(62.5);
  });
});
