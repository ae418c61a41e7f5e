/**
 * Values taken at ≥ 0.85 where nothing in the input confirmed them (conf47, 2026-12-05):
 *  - pdfminer `pdf2txt -M 6` of a Chromium print (scripts/pdfminer-dump-kinds.py pm-M6-chrome on print-mix S0=1047500, r07)
 *    prints table 三's header one cell a line in box order: '法人或其他组织' (the group's top-row cell, drawn highest), then
 *    '自然人', '总计' (spanning both header rows), then the sub-columns. The band joined across lines named the group first,
 *    so every row was read with 自然人 moved after 其他 (本年新收 966 / 14024 / … for 14024 / 4743 / … / 966) at 0.85: no
 *    identity tells the columns apart, and no line ties the group's place to 自然人 or 总计 (map/header-order groupPlaceUnread).
 *  - pypdf `extract_text()` of a Chromium print whose table 二 count lost its glyphs: '行政处罚' / '\ufffd' / '8' read 8 at 0.93;
 *    a cell of U+FFFD marks only is a cell printed and not read (tables/build-rows), so 8 is one choice among others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conf, read, value } from './helpers/report-fields.js';

const dump = (name: string): Buffer => readFileSync(join(process.cwd(), 'test', 'fixtures', 'dumps', name));
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

describe('table 三 header one cell a line, the group cell first (pdfminer -M 6)', () => {
  it('should not read 本年新收 with 自然人 moved after 其他 at 0.8 or more', async () => {
    const r = await read(dump('pdfminer-M6-chrome-group-first.txt'));
    const want = [14024, 4743, 844, 1350, 2004, 966, 23931];
    COLS.forEach((c, i) => {
      const k = `requests.newReceived.${c}`;
      if (value(r, k) !== want[i]) expect([k, conf(r, k) < 0.8]).toEqual([k, true]);
    });
    expect(value(r, 'requests.newReceived.naturalPerson')).not.toBe(966);
  });
});

describe('a lone U+FFFD line between a table 二 label and a number', () => {
  it('should not give the number after it at 0.8 or more', async () => {
    const r = await read(dump('pypdf-chrome-lone-fffd.txt'));
    const k = 'activeDisclosure.punishment.decisions';
    if (value(r, k) !== null) expect(conf(r, k)).toBeLessThan(0.8);
  });
});
