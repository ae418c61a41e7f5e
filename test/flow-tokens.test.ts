/**
 * Table 三 of plain `pdftotext` read as two flows (map/label-flow) when the stream holds a token the
 * flows cannot read as a count (plain48, 2026-12-05): a thousands-separated count ('1,048'), a
 * cell printed and not read (a thousands group a narrow cell cut, '1,44', its tail printed after the
 * next cell), a label character read as a mark ('无' of a label one character a line), or the tail of
 * table 二 printed after heading 三 ('315' / '3.85'). Before, any one of them left the whole table
 * unread by the flows; now the count is read, the unknown token keeps its place and only its row is
 * left unread, and the lines before the table's first text are not its.
 * The end-to-end fixture is `scripts/chrome-break-variants.mjs --wide --dump plain` dev seed 13 (A4, CMS
 * page, value columns 2.2 em wide, counts with thousands separators): its values are the generator's.
 */
import { readFileSync } from 'node:fs';
import { determinedRows, rowCheck, splitFlows } from '../src/map/label-flow.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021 } from '../src/template/index.js';
import { conf, read, value } from './helpers/report-fields.js';

const specs = TEMPLATE_2021.requestRows;
const ids = TEMPLATE_2021.identities;
const PAGE = readFileSync(new URL('./fixtures/label-flow-a5.txt', import.meta.url), 'utf8');
const rowsOf = (text: string) => buildRows(text.trim().split('\n').map((l, line) => ({ cells: l.trim().split(/\s+/), separated: true, source: { line } })));
const flowRead = (text: string): Map<string, number[]> => {
  const got = determinedRows(splitFlows(rowsOf(text), specs), specs, rowCheck('requests', specs, ids));
  return new Map([...got].map(([r, v]) => [specs[r]!.key, v]));
};

describe('tokens the flows cannot read as counts', () => {
  it('should read a count printed with thousands separators', () => {
    const got = flowRead(PAGE.replace('反复申请\n48\n10 0 0\n5\n0 63', '反复申请\n1,048\n10 0 0\n5\n0 1,063'));
    expect(got.get('notProcessed.excessive')).toEqual([1048, 10, 0, 0, 5, 0, 1063]);
    expect(got.get('notProcessed.duplicate')).toEqual([39, 0, 3, 0, 0, 9, 51]);
  });

  it('should leave only the row of a cell printed and not read unread', () => {
    const got = flowRead(PAGE.replace('2.重复申请\n39\n', '2.重复申请\n1,44\n'));
    expect(got.has('notProcessed.duplicate')).toBe(false);
    expect(got.get('notProcessed.publication')).toEqual([0, 18, 0, 0, 0, 0, 18]);
    expect(got.get('notProcessed.excessive')).toEqual([48, 10, 0, 0, 5, 0, 63]);
    expect(got.get('granted')).toEqual([0, 0, 5, 4, 0, 0, 9]);
  });

  it('should not take the previous table\'s values printed before the header as the table\'s', () => {
    const got = flowRead(`315\n3.85\n${PAGE}`);
    expect(got.get('newReceived')).toEqual([513, 146, 21, 11, 30, 45, 766]);
    expect(got.get('granted')).toEqual([0, 0, 5, 4, 0, 0, 9]);
  });
});

describe('a Chromium print of narrow value columns through plain pdftotext', () => {
  const dump = readFileSync(new URL('./fixtures/chrome-plain-narrow-s13.txt', import.meta.url));

  it('should read the rows the flows determine, below 0.9, and none wrong', async () => {
    const r = await read(dump);
    const rows: Record<string, number[]> = {
      'denied.prohibitedByLaw': [269, 0, 0, 0, 6, 24, 299],
      'denied.enforcementFiles': [206, 3, 0, 0, 0, 22, 231],
      'notProcessed.excessive': [227, 0, 0, 0, 0, 0, 227],
    };
    const cols = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total'];
    for (const [row, values] of Object.entries(rows)) {
      expect(cols.map((c) => value(r, `requests.${row}.${c}`))).toEqual(values);
      for (const c of cols) expect(conf(r, `requests.${row}.${c}`)).toBeLessThan(0.9);
    }
  });
});
