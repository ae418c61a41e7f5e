/**
 * breaker39's dumps read wrong at 0.85–0.876 (conf40): 2-up prints, CMS sidebars, two-column pages, pdfminer,
 * PDFBox -sort and LibreOffice writer_web prints of Chromium pages with a 序号 column and blank zeros. Each either
 * reads right now or holds below 0.8 every value it reads wrong. Truth from breaker39's goldens.
 *  - 序号 on the values line and a label centred around it ('行政规范性文' / '2 件 15 5 16'): map/item-rows notItemStart.
 *  - blank cells beside a values line with no label (map/blank-beside-values, score BLANK_BESIDE_VALUES_CAP).
 *  - a row followed by an unread line of as many values (PDFBox -sort of a 2-up print: BESIDE_VALUES_CAP).
 *  - table 四 read positionally with two groups failing (score RUN_SHIFTED_CAP).
 *  - a derived value in a row with unread cells (score DERIVED_OPEN_ROW_CAP).
 *  - a note line under table 二 naming a row ('注：行政事业性收费金额单位为万元…'): no row (map/join-fragments NOTE_LINE).
 */
import { readFileSync } from 'node:fs';
import { conf, read, value } from './helpers/report-fields.js';

const dump = (name: string): Buffer => readFileSync(new URL(`./fixtures/dumps/breaker39-${name}.txt`, import.meta.url));
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
const REVIEW = ['upheld', 'corrected', 'other', 'pending', 'total'];
const ACTIVE = ['issued', 'repealed', 'inForce'];

/** Every value of `row` (printed values in column order) read wrong holds below 0.8. */
async function wrongBelow08(name: string, rows: Record<string, string>): Promise<void> {
  const r = await read(dump(name));
  for (const [row, values] of Object.entries(rows)) {
    const cols = row.startsWith('reviewLitigation.') ? REVIEW : row.startsWith('activeDisclosure.') ? ACTIVE : COLS;
    values.split(' ').forEach((want, i) => {
      const k = `${row}.${cols[i]}`;
      if (value(r, k) !== null && value(r, k) !== Number(want)) expect([name, k, value(r, k), conf(r, k) < 0.8]).toEqual([name, k, value(r, k), true]);
    });
  }
}

describe('rows beside values lines (breaker39)', () => {
  it('should read a 序号 row whose label is centred around its values line as its own', async () => {
    for (const name of ['ptt-layout-2up-r36']) {
      const r = await read(dump(name));
      expect(ACTIVE.map((c) => value(r, `activeDisclosure.regulations.${c}`))).toEqual([2, 17, 11]);
      expect(ACTIVE.map((c) => value(r, `activeDisclosure.normativeDocuments.${c}`))).toEqual([15, 5, 16]);
    }
  });
  it('should hold blank cells beside a values line with no label below 0.8 where wrong', async () => {
    await wrongBelow08('ptt-layout-2up-r32', { 'requests.denied.stateSecret': '0 0 0 0 1 0 1' });
    await wrongBelow08('b2-ptt-2up-r39-sidenum', { 'activeDisclosure.normativeDocuments': '4 5 11' });
    await wrongBelow08('b2-ptt-layout-r29-inside', { 'requests.granted': '0 0 0 0 0 3 3' });
  });
  it('should hold a row followed by an unread line of as many values below 0.8 where wrong', async () => {
    await wrongBelow08('pdfbox-sort-2up-r09', { 'requests.denied.internalAffairs': '273 0 185 118 0 0 576' });
  });
  it('should hold table 四 read in a run failing in two groups below 0.8 where wrong', async () => {
    await wrongBelow08('pdfminer-a4-r39', { 'reviewLitigation.review': '0 2 0 0 2', 'reviewLitigation.litigationDirect': '0 0 2 4 6', 'reviewLitigation.litigationAfterReview': '0 0 0 0 0' });
  });
  it('should hold a value derived in a row with unread cells below 0.8 where wrong', async () => {
    await wrongBelow08('ptt-layout-loweb-r18', { 'requests.carriedOver': '4 2 0 0 0 0 6' });
  });
  it('should not read table 二\'s note line as a row', async () => {
    const r = await read(dump('b2-ptt-2up-r06-inside'));
    expect(value(r, 'activeDisclosure.fees.amount')).toBe(8459.35);
  });
});
