/**
 * Table 三's header printed in pieces glued across narrow columns (pypdf `extract_text()` of a Chromium A4 print,
 * scripts/chrome-break-variants.mjs --dump pypdf seed 7: '商' / '业科' / '研社会' …) beside rows of glued cells ('0 00 0 2 02'
 * for 0 0 0 0 2 0 2): not a table without 商业企业 and 科研机构 (map/absent-columns printsAbsentInPieces). Read so, every
 * row was placed under five names and 法律服务机构 / 其他 came out swapped at 0.97.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codes, conf, read, value } from './helpers/report-fields.js';

const DUMP = readFileSync(join(process.cwd(), 'test', 'fixtures', 'dumps', 'pypdf-chrome-a4-glued-header.txt'));
/** Rows as printed (0 0 0 0 2 0 2 …), from the print's data. */
const ROWS: [string, number[]][] = [
  ['granted', [0, 0, 0, 0, 2, 0, 2]],
  ['partiallyGranted', [0, 0, 0, 0, 0, 3, 3]],
  ['denied.stateSecret', [0, 0, 0, 1, 0, 1, 2]],
  ['notProcessed.duplicate', [15, 0, 1, 0, 3, 0, 19]],
];
const COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];

describe('a header printed in pieces beside glued rows', () => {
  it('should not read 商业企业 and 科研机构 as absent, nor place a row wrong at ≥ 0.8', async () => {
    const r = await read(DUMP);
    expect(codes(r)).not.toContain('columns_absent');
    for (const [row, want] of ROWS) {
      COLS.forEach((c, i) => {
        const k = `requests.${row}.${c}`;
        const v = value(r, k);
        if (v !== null && v !== want[i]) expect([k, v, conf(r, k) < 0.8]).toEqual([k, v, true]);
      });
    }
  });
});
