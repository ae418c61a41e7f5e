/** Text dumps of miscoded glyphs (Ghostscript txtwrite of Chromium PDFs): layout/miscoded-chars, and map/row-evidence's doubt about rows named from above. */
import { unknownMiscoded } from '../src/layout/miscoded-chars.js';
import { normalizeLabel } from '../src/layout/normalize-text.js';
import { textToLines } from '../src/layout/text-to-lines.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import type { TableRow } from '../src/tables/build-rows.js';
import { TEMPLATE_2021, type RowSpec } from '../src/template/index.js';
import { rowEvidence } from '../src/map/row-evidence.js';

const U = '\ufffd';
/** Lines of a txtwrite dump whose （ ） 、 其 三 were mapped to ÿ Ā 1 w O. */
const DUMP = ['一1总体情况', '第二十条第ÿ一Ā项', 'ÿOĀ不予公开 1.属于国家秘密   0  5  512', '一1本年新收政府   150  557', '逾期不补正1行政机关', '法人或w他组织', '其中规章9件1规范性文件'].join('\n');

describe('miscoded glyphs in a text dump', () => {
  it('should read letters and lone digits glued to ideographs as unknown', () => {
    const out = unknownMiscoded(DUMP).split('\n');
    expect(out[0]).toBe(`一${U}总体情况`);
    expect(out[1]).toBe(`第二十条第${U}一${U}项`);
    expect(out[2]).toBe(`${U}${U}${U}不予公开 1.属于国家秘密   0  5  512`);
    expect(out[4]).toBe(`逾期不补正${U}行政机关`);
    expect(out[5]).toBe(`法人或${U}他组织`);
    // A count before a measure word is prose, not a miscoded 、: '9件' stays.
    expect(out[6]).toBe(`其中规章9件${U}规范性文件`);
  });

  it('should keep the values of a row and not read the miscoded 、 as one', () => {
    const cells = textToLines(unknownMiscoded(DUMP))[3]!.cells;
    const values = cells.flatMap((c) => tokenizeCell(c).parts).filter((p) => p.kind === 'num');
    expect(values.map((v) => (v.kind === 'num' ? v.value : null))).toEqual([150, 557]);
  });

  it('should read unknown brackets and 、 as numbering when labels are compared', () => {
    expect(normalizeLabel(`${U}六${U}其他处理`)).toBe('其他处理');
    expect(normalizeLabel(`一${U}本年新收`)).toBe('本年新收');
  });

  it('should read DEL and C1 controls glued to ideographs as unknown (\'牡\\x7f江市\', \'本\\x80度\')', () => {
    expect(unknownMiscoded(`${DUMP}\n2024年牡\x7f江市涪城区人民政府\n本\x80度办理结果`).split('\n').slice(-2)).toEqual([`2024年牡${U}江市涪城区人民政府`, `本${U}度办理结果`]);
  });

  it('should leave a dump without the signature as printed', () => {
    const plain = '一、总体情况\n规章 9 4 155\nApp端上线A级服务\n其中规章9件1规范性文件';
    expect(unknownMiscoded(plain)).toBe(plain);
  });
});

describe('a row named only through the text above its values', () => {
  const spec = (key: string): RowSpec => [...TEMPLATE_2021.requestRows, ...TEMPLATE_2021.activeRows].find((s) => s.key === key)!;
  const doubt = (label: string, pending: string, key: string): boolean => {
    const row: TableRow = { label, pending, values: [], blankCells: 0, source: {} };
    return rowEvidence([{ row, spec: spec(key), labelScore: 0.9, rivals: 0, copies: 0 }], [row], [spec(key)])[0]!.shiftDoubt === true;
  };

  it('should doubt it when its own words name another block (the text above may be the row above\'s tail)', () => {
    expect(doubt('（六）其他处理 1.申', '要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation')).toBe(true);
    expect(doubt(`${U}六${U}${U}他处理 1.申`, '要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation')).toBe(true);
  });

  it('should not doubt it when its own words are a piece of its label or of its block heading', () => {
    expect(doubt('文件', '行政规范性', 'normativeDocuments')).toBe(false);
    expect(doubt('无法提 另行制作', '2.没有现成信息需要', 'unavailable.needsCreation')).toBe(false);
    expect(doubt('出版物 （五）不 予处理', '3.要求提供公开', 'notProcessed.publication')).toBe(false);
  });
});
