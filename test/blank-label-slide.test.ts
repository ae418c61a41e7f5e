/**
 * Table 二's 第二十条 small tables with a value cell printed blank (nothing, not 0), read from a dump that
 * keeps no trace of the blank cell (pdftohtml -xml of LibreOffice's .docx print: rows 52 px apart, no
 * rulings). The blank row's label line, alone, was taken as a wrapped fragment of the row above
 * ('行政处罚行政强制 6,566') and the number slid onto the blank row's label: 行政强制 = 6566 at 0.88
 * (scripts/slide-blank-variants.mjs seed 10 xml / s). Two whole row labels are never one wrapped label.
 */
import { extract, flattenData } from '../src/index.js';
import { gridRuns, HAN_FONT, LATIN_FONT, pdf2xml as pdf2xmlOf } from './helpers/pdf2xml.js';

/** Rows of cells → pdf2xml: one `<text>` run per cell, rows 52 px apart (LibreOffice's table rows), numbers 2 px higher in their Latin font. */
const pdf2xml = (rows: string[][]): string =>
  pdf2xmlOf([{ width: 892, height: 2400, fonts: [HAN_FONT(1), LATIN_FONT(2)], runs: gridRuns(rows, { lefts: [88, 257, 562, 707], rowGap: 52, fonts: { word: 1, number: 2 }, numberRaise: 2 }) }]);

const rows = (punishment: string, coercion: string): string[][] => [
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
  ['行政许可', '7,329'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', punishment],
  ['行政强制', coercion],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '9,700'],
  ['三、收到和处理政府信息公开申请情况'],
  ['无。'],
];

async function read(punishment: string, coercion: string): Promise<{ get: (k: string) => unknown; conf: (k: string) => number }> {
  const rep = await extract(new TextEncoder().encode(pdf2xml(rows(punishment, coercion))), { name: 'r.xml' });
  const data = flattenData(rep.data);
  return { get: (k) => data.get(`activeDisclosure.${k}`) ?? null, conf: (k) => (rep.fields as Record<string, { confidence: number } | undefined>)[`activeDisclosure.${k}`]?.confidence ?? 0 };
}

describe('a blank 第二十条 cell in a dump without its box: no number slides onto the blank row', () => {
  it('行政强制 blank: 行政处罚 keeps its number, 行政强制 is not given it', async () => {
    const r = await read('6,566', '');
    expect(r.get('punishment.decisions')).toBe(6566);
    expect(r.get('coercion.decisions') === 6566 && r.conf('coercion.decisions') >= 0.8).toBe(false);
    expect([0, null]).toContain(r.get('coercion.decisions'));
    expect(r.get('licensing.decisions')).toBe(7329);
    expect(r.get('fees.amount')).toBe(9700);
  });

  it('行政处罚 blank: 行政强制 keeps its number', async () => {
    const r = await read('', '1,090');
    expect(r.get('coercion.decisions')).toBe(1090);
    expect([0, null]).toContain(r.get('punishment.decisions'));
  });
});
