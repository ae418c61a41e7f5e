/**
 * Table 三 with 总计 printed first and its last column cut (map/cut-total-first; breakit55
 * ptt-layout-docxlo r05): read in the template's order the six values of each row fill 自然人…其他 and
 * 总计 is derived — every identity holds, as it does read as the header prints it (总计 first, 其他
 * cut). Values the two readings differ on are ambiguous, with both as candidates; the rest stay.
 */
import { readCutTotalFirst } from '../src/map/cut-total-first.js';
import type { SolvedField } from '../src/solve/index.js';

const LEAVES = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg'];

/** A row read in the template's order from six printed values ('—' not applicable), 总计 derived. */
function put(fields: Map<string, SolvedField>, row: string, printed: (number | null)[]): void {
  printed.forEach((v, i) => fields.set(`requests.${row}.${LEAVES[i]}`, v === null ? { value: null, flags: ['notApplicable', 'repaired'] } : { value: v, flags: ['repaired'] }));
  fields.set(`requests.${row}.total`, { value: printed.reduce<number>((s, v) => s + (v ?? 0), 0), flags: ['derived', 'repaired'] });
}

describe('table 三 with 总计 first and its last column cut', () => {
  it('should leave each value the header\'s reading reads otherwise ambiguous, with both candidates', () => {
    const fields = new Map<string, SolvedField>();
    // Printed: 总计 125, 自然人 73, 商业企业 28, 科研机构 —, 社会公益组织 3, 法律服务机构 12 (其他 9 cut).
    put(fields, 'newReceived', [125, 73, 28, null, 3, 12]);
    put(fields, 'carriedOver', [5, 2, 2, null, 0, 0]);
    put(fields, 'granted', [0, 0, 0, null, 0, 0]);
    put(fields, 'totalHandled', [122, 70, 29, null, 3, 11]);
    expect(readCutTotalFirst(fields)).toBe(true);
    expect(fields.get('requests.newReceived.total')).toMatchObject({ value: null, flags: expect.arrayContaining(['ambiguous']), candidates: [241, 125] });
    expect(fields.get('requests.newReceived.naturalPerson')).toMatchObject({ value: null, candidates: [125, 73] });
    // 其他: the template reads 12, the header derives 125 − (73 + 28 + 3 + 12) = 9.
    expect(fields.get('requests.newReceived.otherOrg')).toMatchObject({ value: null, candidates: [12, 9] });
    // 科研机构: the template reads 28, the header '—'; 社会公益组织: the template '—', the header 3.
    expect(fields.get('requests.newReceived.research')).toMatchObject({ value: null, candidates: [28] });
    expect(fields.get('requests.newReceived.socialOrg')).toMatchObject({ value: null, candidates: [3] });
    // A row of zeros reads the same either way.
    expect(fields.get('requests.granted.naturalPerson')).toEqual({ value: 0, flags: ['repaired'] });
    expect(fields.get('requests.granted.total')).toEqual({ value: 0, flags: ['derived', 'repaired'] });
  });

  it('should leave a table whose rows print their 总计 as read', () => {
    const fields = new Map<string, SolvedField>();
    put(fields, 'newReceived', [73, 28, 0, 0, 3, 12]);
    put(fields, 'carriedOver', [2, 2, 0, 0, 0, 0]);
    put(fields, 'granted', [1, 0, 0, 0, 0, 0]);
    put(fields, 'totalHandled', [70, 29, 0, 0, 3, 11]);
    fields.set('requests.granted.total', { value: 1, flags: [] });
    const before = new Map(fields);
    expect(readCutTotalFirst(fields)).toBe(false);
    expect(fields).toEqual(before);
  });
});
