/**
 * A table printed once per unit and once as their summary (map/summary-copy): the copy whose values
 * are the sums of the others is the report's; without such a copy nothing is chosen
 * (scripts/unit-table-variants).
 */
import { copiesMayBeUnits, summaryCopy } from '../src/map/summary-copy.js';
import { mergeUntoldCopies } from '../src/map/untold-copies.js';
import type { SolvedField } from '../src/solve/index.js';
import { extract, flattenData } from '../src/index.js';
import { build } from '../scripts/unit-table-variants.mjs';
import { toHtml, toText } from '../scripts/multi-report-variants.mjs';

const KEYS = ['t.a.x', 't.a.y', 't.b.x', 't.b.y', 't.c.x'];
const copy = (...values: number[]): Map<string, SolvedField> => new Map(KEYS.map((k, i) => [k, { value: values[i]!, flags: [] }]));
const units = [copy(1, 2, 0, 4, 5), copy(3, 0, 2, 1, 1)];
const whole = copy(4, 2, 2, 5, 6);
const noGaps = (n: number): string[][] => Array.from({ length: n + 1 }, () => []);

describe('the summary among copies of a table', () => {
  it('should choose the copy that is the sum of the others, wherever it is printed', () => {
    expect(summaryCopy(KEYS, [whole, ...units], noGaps(3), 2024)).toBe(0);
    expect(summaryCopy(KEYS, [...units, whole], noGaps(3), 2024)).toBe(2);
    expect(summaryCopy(KEYS, [units[0]!, whole, units[1]!], noGaps(3), 2024)).toBe(1);
  });

  it('should choose nothing without a copy holding the sums, with two copies, or with an undecided value', () => {
    expect(summaryCopy(KEYS, [...units, copy(4, 2, 2, 5, 7)], noGaps(3), 2024)).toBeNull();
    expect(summaryCopy(KEYS, [units[0]!, units[0]!], noGaps(2), 2024)).toBeNull();
    const open = new Map(whole);
    open.set('t.a.x', { value: null, flags: ['ambiguous'], candidates: [4, 5] });
    open.set('t.a.y', { value: null, flags: ['ambiguous'], candidates: [2, 3] });
    expect(summaryCopy(KEYS, [open, ...units], noGaps(3), 2024)).toBeNull();
  });

  it('should choose nothing when a caption names years or a change, or the whole over another copy', () => {
    // 本年 = 上年 + 增减 holds by construction: a comparison, no units.
    const gaps = [['本年度情况'], ['上年度情况'], ['增减情况'], []];
    expect(summaryCopy(KEYS, [whole, ...units], gaps, 2024)).toBeNull();
    expect(summaryCopy(KEYS, [whole, ...units], [[], ['（二）汇总情况'], [], []], 2024)).toBeNull();
    expect(summaryCopy(KEYS, [whole, ...units], [['（一）汇总情况'], ['（二）信息中心'], ['（三）监测站'], []], 2024)).toBe(0);
    // '以上为汇总数据' under a copy names the copy above it.
    expect(summaryCopy(KEYS, [...units, whole], [[], [], [], ['以上为汇总数据']], 2024)).toBe(2);
  });

  it('should choose nothing when the copy holding the sums is captioned with a unit, even run into its header', () => {
    // Three units where the third happens to be the sum of the other two: no summary printed.
    expect(summaryCopy(KEYS, [...units, whole], [['一中心'], ['二中心'], ['三中心 第二十条第(一)项'], []], 2024)).toBeNull();
    expect(summaryCopy(KEYS, [...units, whole], [['信息中心'], ['监测站'], [], []], 2024)).toBe(2);
  });

  it('should take copies for units by their count, a caption naming a unit, or a document naming its units', () => {
    expect(copiesMayBeUnits(3, noGaps(3), [])).toBe(true);
    expect(copiesMayBeUnits(2, noGaps(2), ['2024年政府信息公开工作年度报告'])).toBe(false);
    expect(copiesMayBeUnits(2, [['信息中心：'], ['监测站：'], []], [])).toBe(true);
    expect(copiesMayBeUnits(2, [['本年度情况'], ['上年度情况'], []], [])).toBe(false);
    expect(copiesMayBeUnits(2, noGaps(2), ['本报告由龙岩市新罗区教育局及所属2家单位情况汇总编制。'])).toBe(true);
    expect(copiesMayBeUnits(2, noGaps(2), ['通州区财政局（含所属单位）2024年政府信息公开工作年度报告'])).toBe(true);
  });

  it('should keep of units\' copies without a summary only the values every copy prints as 0', () => {
    // Two units printing 5 alike: the report's value is their sum, 10, which no copy prints.
    const a = copy(5, 0, 2, 4, 5);
    const b = copy(5, 0, 3, 1, 1);
    const asUnits = new Map(a);
    mergeUntoldCopies('t', KEYS, asUnits, [b], { units: true });
    expect(KEYS.map((k) => asUnits.get(k)!.value)).toEqual([null, 0, null, null, null]);
    expect(asUnits.get('t.a.x')).toEqual({ value: null, flags: ['ambiguous'], candidates: [5] });
    // Last year's and this year's copies: a value printed alike is either year's.
    const asYears = new Map(a);
    mergeUntoldCopies('t', KEYS, asYears, [b]);
    expect(KEYS.map((k) => asYears.get(k)!.value)).toEqual([5, 0, null, null, null]);
  });

  it('should keep the values of two copies read alike throughout: one table printed twice, not two units', () => {
    // A tester's report saying '本局及所属单位…' printed its table twice, alike: every non-zero value was made ambiguous.
    const twice = copy(5, 0, 2, 4, 5);
    mergeUntoldCopies('t', KEYS, twice, [copy(5, 0, 2, 4, 5)], { units: true });
    expect(KEYS.map((k) => twice.get(k)!.value)).toEqual([5, 0, 2, 4, 5]);
    // Three copies alike may be units (and all 0 alike is kept either way).
    const thrice = copy(5, 0, 2, 4, 5);
    mergeUntoldCopies('t', KEYS, thrice, [copy(5, 0, 2, 4, 5), copy(5, 0, 2, 4, 5)], { units: true });
    expect(KEYS.map((k) => thrice.get(k)!.value)).toEqual([null, 0, null, null, null]);
  });

  // (seeds: 4 first html, 7 last txt, 13 last n=2 txt, 17 middle txt with a 合计 row in table 四, 29 no summary,
  // 3 no summary with every table alike in every unit, 55 no summary with table 四 alike)
  for (const seed of [4, 7, 13, 17, 29, 3, 55]) {
    it(`should read the summary at 0.9 or more only where its sums hold (unit-table-variants seed ${seed})`, async () => {
      const v = build(seed);
      const format = seed % 2 === 0 ? 'html' : 'txt';
      const text = format === 'txt' ? toText(v.blocks) : toHtml(v.blocks, v.pageTitle);
      const report = await extract(new TextEncoder().encode(text), { name: `units.${format}` });
      const got = flattenData(report.data);
      const truth = flattenData(v.truth ?? {});
      const t4 = flattenData(v.t4truth ?? {});
      const fields = report.fields as Record<string, { confidence: number; flags: string[] }>;
      const sure = Object.keys(fields).filter((k) => fields[k]!.confidence >= 0.9 && !fields[k]!.flags.includes('ambiguous') && got.get(k) !== null);
      const want = (k: string): unknown => (k.startsWith('reviewLitigation.') ? t4 : truth).get(k) ?? null;
      expect(sure.filter((k) => got.get(k) !== want(k))).toEqual([]);
      if (v.mode !== 'none' && v.mode !== 'partial') expect(sure.filter((k) => !k.startsWith('reviewLitigation.')).length).toBe(Object.keys(fields).length - 15);
    });
  }
});
