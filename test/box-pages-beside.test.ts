/**
 * Table 三 of pdfminer dumps (tables/box-pages, tables/column-pages), gen61 dev seed 1054000 (miner45, issue 15).
 * (1) A Chromium print (`pdf2txt -A`, r02) whose last page the page reader reads whole (two rows, column after column)
 * while the first page's cells are boxes in the grouping tree's order: the box rows are read beside the page (they
 * were lost: any page read kept the box reading from running). (2) A LibreOffice docx print (r13) whose note under
 * the table ('注：1.本表统计时限… 2.“上年结转”为…') named 上年结转 a second time, so no box tree was searched.
 * Rows read from the box order alone stay below 0.9 (columnsByStream).
 */
import { readFileSync } from 'node:fs';
import { conf, read, value } from './helpers/report-fields.js';

const dump = (name: string): Buffer => readFileSync(new URL(`./fixtures/dumps/${name}`, import.meta.url));
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

async function expectRows(name: string, rows: Record<string, string>): Promise<void> {
  const r = await read(dump(name));
  for (const [row, values] of Object.entries(rows)) {
    values.split(' ').forEach((want, i) => {
      const k = `requests.${row}.${COLS[i]}`;
      expect([k, value(r, k), conf(r, k) < 0.9]).toEqual([k, Number(want), true]);
    });
  }
}

describe('table 三 box rows in pdfminer dumps', () => {
  it('should read a box page\'s rows beside a page read whole', async () => {
    await expectRows('miner45-pdfminer-A-r02-page-beside-boxes.txt', { newReceived: '77 17 12 6 10 11 133' });
  });

  it('should take no label from a note under the table', async () => {
    await expectRows('miner45-pdfminer-docx-r13-note.txt', { newReceived: '115 16 3 2 16 5 157', 'denied.internalAffairs': '17 0 0 0 0 0 17' });
  });
});
