/**
 * Table 二 cut at the page's edge before its last column (map/edge-blank-column readCutActiveRows):
 * LibreOffice prints a wide layout table at the page's width, 现行有效件数 wholly past the edge, so the
 * ruled header names 本年制发件数 本年废止件数 and each row prints two numbers. Each is read in the
 * column its header cell names (capped), the cut column missing.
 */
import { readCutActiveRows } from '../src/map/edge-blank-column.js';
import { TEMPLATE_2021_COMBINED as T } from '../src/template/index.js';
import type { Line } from '../src/model/document.js';
import type { SolvedField } from '../src/solve/index.js';
import type { Placement } from '../src/map/table-rows.js';

const line = (cells: string[], row: number): Line => ({ cells, separated: true, source: { page: 1, table: 0, row, strategy: 'ruled', text: cells.join(' ') } });
const ambiguous = (): SolvedField => ({ value: null, flags: ['ambiguous', 'repaired'] });
const place = (row: number): Placement => ({ by: 'label', labelScore: 1, source: { page: 1, table: 0, row } });

function setUp(rows: string[][]): { fields: Map<string, SolvedField>; placements: Map<string, Placement>; lines: Line[] } {
  const fields = new Map<string, SolvedField>();
  const placements = new Map<string, Placement>();
  for (const k of ['regulations', 'normativeDocuments']) for (const c of ['issued', 'repealed', 'inForce']) {
    fields.set(`activeDisclosure.${k}.${c}`, ambiguous());
    placements.set(`activeDisclosure.${k}.${c}`, place(1));
  }
  return { fields, placements, lines: [line(['信息内容', '本年制发件数', '本年废止件数'], 0), ...rows.map((r, i) => line(r, i + 1))] };
}

describe('table 二 cut at the page edge before its last column', () => {
  it('should read each printed number under the column its header cell names, the cut column missing', () => {
    const { fields, placements, lines } = setUp([['规章', '0', '10'], ['行政规范性文件', '13', '6']]);
    const w = readCutActiveRows(lines, T.activeRows, fields, placements);
    expect(w?.code).toBe('column_clipped');
    expect(fields.get('activeDisclosure.regulations.issued')?.value).toBe(0);
    expect(fields.get('activeDisclosure.regulations.repealed')?.value).toBe(10);
    expect(fields.get('activeDisclosure.normativeDocuments.issued')?.value).toBe(13);
    expect(fields.has('activeDisclosure.regulations.inForce')).toBe(false);
    expect(placements.get('activeDisclosure.regulations.issued')?.orderUnconfirmed).toBe(true);
  });

  it('should leave a row with an empty cell (zeros left blank, or a cell the edge cut) as the solver read it', () => {
    const { fields, placements, lines } = setUp([['规章', '5', ''], ['行政规范性文件', '13', '6']]);
    readCutActiveRows(lines, T.activeRows, fields, placements);
    expect(fields.get('activeDisclosure.regulations.issued')?.flags).toContain('ambiguous');
    expect(fields.get('activeDisclosure.normativeDocuments.repealed')?.value).toBe(6);
  });

  it('should not touch rows the solver read (a header naming every column)', () => {
    const { fields, placements } = setUp([]);
    const lines = [line(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], 0), line(['规章', '1', '2', '3'], 1)];
    expect(readCutActiveRows(lines, T.activeRows, fields, placements)).toBeNull();
  });
});
