/**
 * @file A combined report of an agency and its units printing a table once per unit and once as
 * their summary (汇总, 合计, 全系统): which copy is the report's. The copy whose every value is the
 * sum of the other copies' values is the summary, and the report's answer — the sums are the
 * evidence, read on each copy solved on its own. Nothing is chosen (the copies stay untold,
 * map/untold-copies) when fewer than three copies are printed, when the sums hold for no copy or for
 * more than one, when too few values can be checked, when a value is negative, when a caption names
 * years or a change (本年 / 上年 / 增减: a comparison, where a sum may hold by construction: 本年 = 上年 +
 * 增减), when a caption names the whole (汇总, 合计…) over a copy the sums do not choose, or when the copy
 * the sums choose is captioned with a unit's name ('三中心': units may add up by chance).
 */
import type { SolvedField } from '../solve/index.js';
import { SIGNED_KEYS } from '../template/index.js';
import { captionPoints, captionSays } from './copy-captions.js';

/** Share of the table's keys every copy must have read to one value for the sums to decide. */
const MIN_CHECKED_SHARE = 0.8;
/** Values of the summary the sums must check with two or more copies adding to it (not one unit's table copied). */
const MIN_SPREAD = 3;
/** Copies a summary needs: itself and two units (with one unit the two copies are alike). */
const MIN_COPIES = 3;
/** A caption naming one unit: a short line ending in an organ's word ('三中心', '机关本级：'). */
const UNIT_NAME = /(?:中心|局|处|科|站|所|队|院|办|室|委|馆|会|单位|本级|机关|公司)[:：]?$/;
/** chars. A unit's name in a caption is short. */
const UNIT_CAPTION_CHARS = 20;
/** A caption naming the whole of an agency and its units. */
const WHOLE = /汇总|合计|总计|全系统|全局|全部门|全行业|本系统/;
/**
 * Words of a document reporting an agency together with its units ('XX局（含所属单位）', '本报告由XX局及所属5家单位
 * 情况汇总编制', '机关本级'): tables printed several times may be the units' (map/untold-copies).
 */
const UNITS_REPORT = /(?:含|及|包括)其?(?:所属|下属|直属|局属)|(?:所属|下属|直属|局属)(?:各|\d+家|[一二三四五六七八九十]+家)?(?:单位|机构)[^。]{0,12}汇总|机关本级/;
/** A line of a table's header (its words name columns: 总计, 合计 are column names there), no caption. */
const HEADER = /自然人|法人|申请人|维持|纠正|复议|诉讼|信息内容|件数|数量|金额|审理/;
/** A caption naming a change or a comparison: copies that are no units. */
const CHANGE = /增减|增长|减少|变化|同比|对比|比较|差额/;

const decided = (f: SolvedField | undefined): f is SolvedField & { value: number } => f !== undefined && f.value !== null && !f.flags.includes('ambiguous');
const cents = (v: number): number => Math.round(v * 100);

/** The copy whose values are the sums of the other copies' (fields per copy, printed order), or null. */
function summedCopy(keys: readonly string[], copies: readonly ReadonlyMap<string, SolvedField>[]): number | null {
  const checked = keys.filter((k) => copies.every((c) => decided(c.get(k))));
  if (checked.length < MIN_CHECKED_SHARE * keys.length) return null;
  const value = (c: number, k: string): number => cents((copies[c]!.get(k) as { value: number }).value);
  if (checked.some((k) => !SIGNED_KEYS.has(k) && copies.some((_c, i) => value(i, k) < 0))) return null;
  const sums = copies.flatMap((_c, i) => {
    const holds = checked.every((k) => value(i, k) === copies.reduce((s, _o, j) => (j === i ? s : s + value(j, k)), 0));
    const spread = checked.filter((k) => copies.filter((_o, j) => j !== i && value(j, k) !== 0).length >= 2).length;
    return holds && spread >= MIN_SPREAD ? [i] : [];
  });
  return sums.length === 1 ? sums[0]! : null;
}

/** Copies a caption line names as the whole: the copy below its gap, or above it when it points up ('以上为汇总数据'). */
function captionedWhole(gaps: readonly string[][], year: number | null): { whole: Set<number>; comparison: boolean } {
  const whole = new Set<number>();
  let comparison = false;
  gaps.forEach((lines, gap) => {
    for (const line of lines) {
      if (captionSays(line, year) !== null || CHANGE.test(line)) comparison = true;
      if (WHOLE.test(line) && !HEADER.test(line)) whole.add(captionPoints(line, year) === 'up' ? gap - 1 : gap);
    }
  });
  return { whole, comparison };
}

/**
 * The index of the summary among a table's copies nothing told apart by year (`copies`: each copy's
 * fields solved on its own, in printed order; `gaps`: the lines above each copy and below the last),
 * or null when the input does not determine it.
 */
export function summaryCopy(keys: readonly string[], copies: readonly ReadonlyMap<string, SolvedField>[], gaps: readonly string[][], year: number | null): number | null {
  if (copies.length < MIN_COPIES) return null;
  const { whole, comparison } = captionedWhole(gaps, year);
  if (comparison) return null;
  const summed = summedCopy(keys, copies);
  if (summed === null || (whole.size > 0 && !whole.has(summed))) return null;
  // A copy captioned with a unit's name ('三中心') is that unit's, whatever its sums (units may add up by chance).
  if (whole.size === 0 && namesUnit(gaps[summed] ?? [])) return null;
  return summed;
}

/** A gap's lines caption one unit ('三中心', '附表2 信息中心'). (A gap's text may run the caption into the header after it: 'XX中心 第二十条第(一)项'.) */
function namesUnit(lines: readonly string[]): boolean {
  return lines.some((l) => l.split(/\s+/).some((w) => w.length <= UNIT_CAPTION_CHARS && UNIT_NAME.test(w) && !HEADER.test(w)));
}

/**
 * Whether a table's copies that nothing told apart (no year caption, no summary copy) may be an
 * agency's units' tables rather than this year's and last year's: three or more copies (a comparison
 * prints two), a gap captioning a unit, or a document saying it reports units (`lines`: its text).
 * The report's value is then the units' sum, which a value every copy prints alike is not — unless 0.
 */
export function copiesMayBeUnits(count: number, gaps: readonly string[][], lines: readonly string[]): boolean {
  return count >= MIN_COPIES || gaps.some(namesUnit) || lines.some((l) => UNITS_REPORT.test(l));
}

/** The warning of a table read from its summary copy. */
export function summaryCopyWarning(table: string, copies: number, chosen: number, keys: readonly string[]) {
  return {
    code: 'tables_duplicated' as const,
    message: `table ${table} is printed ${copies} times, the agency's units' tables and their summary: copy ${chosen + 1}, whose every value is the sum of the other copies' values, is read as the report's (the other copies are its units')`,
    keys: [...new Set(keys.map((k) => k.slice(0, k.lastIndexOf('.'))))],
  };
}
