/**
 * Cross-year links across the ways reports name one agency, an aliases file, and the soft table-二
 * carry check. Names are generated from parts (province, city, district, agency, suffixes).
 */
import { agencyKey, crossYearChecks, parseAliases, type CrossYearFacts } from '../src/batch/index.js';

const PROVINCES = ['江苏省', '内蒙古自治区', '福建省'];
const CITIES = ['淮安市', '鄂尔多斯市', '宿迁市'];
const DISTRICTS = ['洪泽区', '东胜区', '沭阳县', '市中区'];
const AGENCIES = ['人民政府', '政府', '财政局', '市场监督管理局', '城市管理局', '人民政府办公室'];

const facts = (file: string, agency: string, year: number, carriedForward: number, carriedOver: number, active: Record<string, number> = {}): CrossYearFacts => ({
  file,
  agency,
  year,
  values: { 'requests.carriedForward.total': carriedForward, 'requests.carriedOver.total': carriedOver, ...active },
});

describe('agency names across years', () => {
  it.each(DISTRICTS.flatMap((d) => AGENCIES.map((a) => [d, a])))('%s%s: full, city-prefixed and bare names are one agency', (d, a) => {
    const names = [`${PROVINCES[0]}${CITIES[0]}${d}${a}`, `${CITIES[0]}${d}${a}`, `${d}${a}`, `${CITIES[0]}${d}${a}（本级）`, ` ${d} ${a.replace('人民政府', '政府')}`];
    expect(new Set(names.map((n) => agencyKey(n))).size).toBe(1);
  });

  it('should keep city-level agencies of different cities apart', () => {
    for (const a of AGENCIES) expect(new Set(CITIES.map((c) => agencyKey(`${c}${a}`))).size).toBe(CITIES.length);
  });

  it('should link 淮安市洪泽区人民政府 (2024) with 洪泽区人民政府 (2023) and find the carry mismatch', () => {
    const r = crossYearChecks([facts('a.pdf', '洪泽区人民政府', 2023, 3, 0), facts('b.pdf', '淮安市洪泽区人民政府', 2024, 0, 4)]);
    expect(r.pairs).toBe(1);
    expect(r.mismatches).toEqual([expect.objectContaining({ column: 'total', previous: expect.objectContaining({ carriedForward: 3 }), current: expect.objectContaining({ carriedOver: 4 }) })]);
  });

  it('should not link districts of the same name in different cities, nor a bare name between them', () => {
    const r = crossYearChecks([facts('a', '济南市市中区人民政府', 2023, 1, 0), facts('b', '枣庄市市中区人民政府', 2024, 0, 9), facts('c', '市中区人民政府', 2024, 0, 7)]);
    expect(r.pairs).toBe(0);
    const same = crossYearChecks([facts('a', '济南市市中区人民政府', 2023, 1, 0), facts('b', '市中区人民政府', 2024, 0, 1)]);
    expect(same.pairs).toBe(1);
  });

  it('should link names the rules cannot join through an aliases file (CSV or JSON)', () => {
    const reports = [facts('a', '淮安市城管局', 2023, 2, 0), facts('b', '淮安市城市管理局', 2024, 0, 2)];
    expect(crossYearChecks(reports).pairs).toBe(0);
    for (const text of ['别名,标准名\n淮安市城管局,淮安市城市管理局\n', '{"淮安市城管局": "淮安市城市管理局"}']) {
      expect(crossYearChecks(reports, parseAliases(text)).pairs).toBe(1);
    }
    expect(() => parseAliases('a\n')).toThrow(/expected 别名,标准名/);
  });

  it('should check the table-二 carry softly: last year in force + issued − repealed = in force', () => {
    const a = (inForce: number, issued = 0, repealed = 0) => ({ 'activeDisclosure.regulations.inForce': inForce, 'activeDisclosure.regulations.issued': issued, 'activeDisclosure.regulations.repealed': repealed });
    const ok = crossYearChecks([facts('a', 'X局', 2023, 0, 0, a(10)), facts('b', 'X局', 2024, 0, 0, a(12, 3, 1))]);
    expect(ok.carry).toEqual([]);
    const bad = crossYearChecks([facts('a', 'X局', 2023, 0, 0, a(10)), facts('b', 'X局', 2024, 0, 0, a(13, 3, 1))]);
    expect(bad.carry).toEqual([expect.objectContaining({ row: 'regulations', previous: expect.objectContaining({ inForce: 10 }), current: expect.objectContaining({ issued: 3, repealed: 1, inForce: 13 }) })]);
    expect(bad.mismatches).toEqual([]);
  });

  it('should take each number from the copy of a report that read it most surely, in any order of the copies', () => {
    const sure = (f: CrossYearFacts, c: number): CrossYearFacts => ({ ...f, confidence: Object.fromEntries(Object.keys(f.values).map((k) => [k, c])) });
    const prev = sure(facts('2023.pdf', 'X局', 2023, 3, 0), 0.97);
    const copies = [sure(facts('2024-uniq.txt', 'X局', 2024, 0, 8), 0.85), sure(facts('2024.pdf', 'X局', 2024, 0, 3), 0.97), sure(facts('2024.html', 'X局', 2024, 0, 3), 0.95)];
    for (const order of [copies, [...copies].reverse(), [copies[1]!, copies[0]!, copies[2]!]]) {
      const r = crossYearChecks([prev, ...order]);
      expect(r.pairs).toBe(1);
      expect(r.mismatches).toEqual([]);
    }
    const disagree = crossYearChecks([prev, sure(facts('2024-uniq.txt', 'X局', 2024, 0, 3), 0.85), sure(facts('2024.pdf', 'X局', 2024, 0, 5), 0.97)]);
    expect(disagree.mismatches).toEqual([expect.objectContaining({ current: { file: '2024.pdf', year: 2024, carriedOver: 5 }, previous: { file: '2023.pdf', year: 2023, carriedForward: 3 } })]);
  });
});
