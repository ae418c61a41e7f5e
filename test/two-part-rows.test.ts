/**
 * map/two-part-rows: table 三 printed in two column parts (its first four columns, then a （续表） of
 * the last three, each part printing every label), as plain `pdftotext` printed breakit47 k08
 * (2019 template; lines of its two parts, values as printed).
 */
import { twoPartRows } from '../src/map/two-part-rows.js';
import { rowCheck } from '../src/map/label-flow.js';
import { buildRows } from '../src/tables/build-rows.js';
import { TEMPLATE_2019 } from '../src/template/index.js';

const specs = TEMPLATE_2019.requestRows;
const holds = rowCheck('requests', specs, TEMPLATE_2019.identities);
const rowsOf = (text: string) => buildRows(text.trim().split('\n').map((l, line) => ({ cells: l.trim().split(/\s+/), separated: true, source: { line } })));
const FIRST = ['1.属于国家秘密', '3 0 0 0', '2.其他法律行政法规 4 0 0 0', '禁止公开', '3.危及“三安全一稳 3 0 0 0', '定”', '3 1 0 0', '（三）不 4.保护第三方合法权'];
const SECOND = ['（续表）', '1.属于国家秘密', '1 0 4', '2.其他法律行政法规禁止', '1 1 6', '公开', '3.危及“三安全一稳定” 0 0 3', '4.保护第三方合法权益', '0 1 5'];
const read = (lines: string[]) => new Map([...twoPartRows('requests', rowsOf(lines.join('\n')), specs, holds)].map(([r, v]) => [specs[r]!.key, v]));

describe('table 三 printed in two column parts', () => {
  it('should read a row named once in each part as its first part\'s cells then its second part\'s', () => {
    const got = read([...FIRST, ...SECOND]);
    expect(got.get('denied.stateSecret')).toEqual([3, 0, 0, 0, 1, 0, 4]);
    expect(got.get('denied.prohibitedByLaw')).toEqual([4, 0, 0, 0, 1, 1, 6]);
    expect(got.get('denied.endangersStability')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    // 4.保护第三方合法权 is named after its values line in the first part: not two parts of one row.
    expect(got.has('denied.thirdPartyRights')).toBe(false);
  });

  it('should read nothing when fewer than three rows are named in both parts', () => {
    expect(read([...FIRST, ...SECOND.slice(0, 3)]).size).toBe(0);
  });

  it('should leave a row whose parts break its total', () => {
    const wrong = SECOND.map((l) => (l === '1 1 6' ? '1 1 7' : l));
    expect(read([...FIRST, ...wrong]).has('denied.prohibitedByLaw')).toBe(false);
  });
});
