/**
 * Rows of plain `pdftotext` of a narrow page (map/column-blocks): a label's line carries its row's
 * first cells, the value lines right after it the rest. Lines as pdftotext printed an A5 page of a
 * generated report (values checked by hand against the report's table: every row total adds up).
 */
import { blockRows } from '../src/map/column-blocks.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2021_COMBINED } from '../src/template/index.js';

const specs = TEMPLATE_2021_COMBINED.requestRows;
const ids = TEMPLATE_2021_COMBINED.identities;
const rowsOf = (text: string) => buildRows(text.trim().split('\n').map((l, line) => ({ cells: l.trim().split(/\s+/), separated: true, source: { line } })));
const read = (text: string) => new Map([...blockRows('requests', rowsOf(text), specs, ids)].map(([r, v]) => [specs[r]!.key, v]));

const PAGE = `
危及“三安全一 20 0 0 0
稳定”
0
0
20
保护第三方合法 0 1 1 1
权益
0
0
3
属于三类内部事 6 0 0 0
务信息
0
1
7
0
0
7 0 0 0
的，只计这一情形，不计其 7 0 1 0
他情形）
属于四类过程性 0 4 0 0
信息
2
2
8
属于行政执法案 0 0 0 1
卷
`;

describe('rows read as a label line and the value lines after it', () => {
  it('should read a row whose value lines follow its label line up to the next text', () => {
    const got = read(PAGE);
    expect(got.get('denied.endangersStability')).toEqual([20, 0, 0, 0, 0, 0, 20]);
    expect(got.get('denied.thirdPartyRights')).toEqual([0, 1, 1, 1, 0, 0, 3]);
    expect(got.get('denied.processInfo')).toEqual([0, 4, 0, 0, 2, 2, 8]);
  });

  it('should not read a row whose value lines run on into other rows\' values', () => {
    // 6 0 0 0 + 0 1 7 adds up, but '0' / '0' / '7 0 0 0' (another row's cells) follow before any text.
    expect(read(PAGE).has('denied.internalAffairs')).toBe(false);
  });

  it('should not read a row whose total does not hold', () => {
    expect(read(PAGE.replace('0\n0\n20\n', '0\n1\n20\n')).has('denied.endangersStability')).toBe(false);
  });

  it('should not read a row with too few values before the table ends', () => {
    // 属于行政执法案 0 0 0 1 with no value lines after it.
    expect(read(PAGE).has('denied.enforcementFiles')).toBe(false);
  });
});
