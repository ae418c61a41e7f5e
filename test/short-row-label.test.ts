/**
 * A short row label printed whole beside another row's label on one values line (fresh50 b06, Chromium / LibreOffice prints
 * and their pdftohtml -xml: table 二's '规章 3 13' and the blank '行政规范性文件' row below, the label boxes overlapping, read as
 * one line '行政规范性文件 规章 3 13'). 规章 is two characters, under the four a piece needed to name a row, so the line named
 * one row and its values went to 行政规范性文件 at 0.88. A piece that is a row's whole label and no column header word
 * names its row whatever its length (map/join-fragments namedRowsInLabel): the line names two rows, `namesSeveral`, ≤ 0.75.
 */
import { namedRowsInLabel } from '../src/map/join-fragments.js';
import { TEMPLATE_2021 } from '../src/template/index.js';

const specs = TEMPLATE_2021.activeRows;
const keys = (ix: Iterable<number>): string[] => [...ix].map((i) => specs[i]!.key).sort();

describe('namedRowsInLabel: a short row label printed whole', () => {
  it('counts 规章 beside 行政规范性文件 as naming both rows', () => {
    expect(keys(namedRowsInLabel('行政规范性文件 规章', specs))).toEqual(['normativeDocuments', 'regulations']);
    expect(keys(namedRowsInLabel('规章', specs))).toEqual(['regulations']);
  });

  it('does not count a column header word that is a short row label too (其他, 总计), nor a piece of a label', () => {
    const rows = TEMPLATE_2021.requestRows;
    expect(namedRowsInLabel('其他', rows).size).toBe(0);
    expect(namedRowsInLabel('总计', rows).size).toBe(0);
    expect(keys(namedRowsInLabel('行政 规范', specs))).toEqual([]);
  });
});
