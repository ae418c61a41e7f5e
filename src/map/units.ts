/**
 * @file Money units. The template's amounts are in 万元; some reports print 采购总金额 or
 * 收费金额 in another unit of the one table MONEY_UNITS (元, 千元, 百万元, 亿元 …: a '（亿元）' /
 * '（单位：元）' header, a unit after the number, or a unit line under it). Such values are
 * converted to 万元 and flagged `unitConverted`; a 万元 amount is left as printed. A unit printed
 * but not known (美元, 万美元) or no unit at all → `unitAssumed` (kept as printed, below 0.9).
 */
import { toHalfWidth } from '../layout/normalize-text.js';
import type { Line, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import type { RowSpec } from '../template/index.js';
import type { TableRow } from '../tables/build-rows.js';
import { MONEY_UNIT_SOURCE, readUnit, toWanYuan, type MoneyUnit, type ReadUnit } from '../tables/money-units.js';
import { maxOf } from '../_internal/extremes.js';
import { BRACKET_UNIT, COUNT_SLASH, sectionUnits, type SectionUnits } from './unit-statements.js';

/** A line that is only a unit ('元', '（单位：万元）', '项/元', '/元' under a '项' wrapped above): printed under the value it belongs to. */
const UNIT_LINE = new RegExp(`^[(]?\\s*(?:单位\\s*:?\\s*)?(?:${COUNT_SLASH}|/\\s*)?(${MONEY_UNIT_SOURCE})\\s*[)]?$`);

/** A count's and an amount's unit printed together on the row's own line ('政府集中采购 10 5185.06 项/元', '政府集中采购（件/万元）'). */
const PAIR_UNIT = new RegExp(`${COUNT_SLASH}(${MONEY_UNIT_SOURCE})(?![\\d\\u4e00-\\u9fff])`);
/** A line of values only (one cell per line dumps print the row's values under its label). */
const VALUES_LINE = /^[\d.,\s-]*$/;

/** A table's lines as unitLineAfter reads them: the first line at each source, each line's text (half-width, trimmed) once asked. */
interface LinesRead {
  lines: readonly Line[];
  at: ReadonlyMap<string, number>;
  text: (i: number) => string;
  /** What the lines state of the money unit anywhere (map/unit-statements). */
  units: SectionUnits;
}

const sourceKey = (s: Line['source']): string => `${s.line}:${s.table}:${s.row}:${s.page}`;

function linesRead(lines: readonly Line[]): LinesRead {
  const at = new Map<string, number>();
  lines.forEach((l, i) => {
    const k = sourceKey(l.source);
    if (!at.has(k)) at.set(k, i);
  });
  const texts: (string | undefined)[] = [];
  const text = (i: number): string => (texts[i] ??= toHalfWidth(lines[i]!.cells.join('')).trim());
  return { lines, at, text, units: sectionUnits(text, lines.length) };
}

/** A scale word ending the line above a row: the head of a unit its cell wrapped around the value ('项/万' / '8547.99' / '元'). */
const UNIT_HEAD = /(十万|百万|千万|十|百|千|万|亿)$/;

/** A scale word ending the row's own line, after its value ('政府集中采购 10 5185.06 项/万' / '元'): not a scaled number ('3万'). */
const OWN_HEAD = /(?<![\d.])(十万|百万|千万|十|百|千|万|亿)$/;

/**
 * The unit printed on its own line right after `row` (after its value lines), if any. A scale word
 * ending the line just above the row (a line with no number: not a value '3万') is that unit's head, wrapped above the value in a narrow cell
 * (breakit62 ptt-fixed6-lo: '项/万元' printed '项/万' / value / '元', read 元 → 8547.99 as 0.854799
 * at 0.95), or ending the row's own line ('… 5185.06 项/万' / '元', breaker46 ptt-fixed6 r14 at 0.95): the unit is the two
 * joined, 'unknown' when they make no unit of the table.
 */
function unitLineAfter(lines: LinesRead, row: TableRow): ReadUnit | null {
  const at = lines.at.get(sourceKey(row.source)) ?? -1;
  if (at < 0) return null;
  for (let i = at + 1; i < lines.lines.length; i++) {
    const text = lines.text(i);
    if (VALUES_LINE.test(text)) continue;
    // The closing piece of a statement cut over a page ('(单位:万' … '元)'): that statement's, not a unit line.
    if (lines.units.pieces.has(i)) return null;
    const unit = UNIT_LINE.exec(text)?.[1];
    if (unit === undefined) return null;
    const above = at > 0 ? lines.text(at - 1) : '';
    const head = OWN_HEAD.exec(lines.text(at))?.[1] ?? (/\d/.test(above) ? undefined : UNIT_HEAD.exec(above)?.[1]);
    return head === undefined ? (unit as MoneyUnit) : readUnit(head + unit);
  }
  return null;
}

/**
 * The unit printed for `spec`'s row: on its value, on a unit line right after it, else in the header text since the previous row.
 * A value printed with a scale word and no unit ('1.2亿', '3万' in a 万元 column) is the amount with 元 left off
 * ('1.2亿' = 1.2亿元): the token holds it multiplied out, in 元 (only the token read as `value`: a scaled
 * count beside the amount, '政府集中采购 3万 5574.32', says nothing of the amount's unit).
 */
function unitFor(spec: RowSpec, previous: RowSpec | undefined, text: string, row: TableRow | undefined, lines: LinesRead, value: number): ReadUnit | null {
  for (const v of row?.values ?? []) if (v.kind === 'num' && v.unit) return v.unit;
  for (const v of row?.values ?? []) if (v.kind === 'num' && v.scaled && v.value === value) return '元';
  const at = row ? lines.at.get(sourceKey(row.source)) : undefined;
  const pair = at === undefined ? undefined : PAIR_UNIT.exec(lines.text(at))?.[1];
  if (pair !== undefined) return readUnit(pair);
  const after = row ? unitLineAfter(lines, row) : null;
  if (after) return after;
  const end = maxOf(spec.labels.map((l) => text.lastIndexOf(l)));
  if (end < 0) return null;
  const from = previous ? maxOf(previous.labels.map((l) => text.lastIndexOf(l, end)), 0) : 0;
  const units = [...text.slice(from, end).matchAll(BRACKET_UNIT)].map((m) => readUnit(m[1]!));
  return units.at(-1) ?? null;
}

/**
 * Flags `scaled` the fields of `table` read from a value printed with a scale word ('3万' → 30000):
 * the fields of a matched row whose value is one of the row's scaled values. Before normalizeMoney
 * (which converts the money ones from 元).
 */
export function flagScaled(fields: Map<string, SolvedField>, table: string, specs: readonly RowSpec[], rowOf: (spec: RowSpec) => TableRow | undefined): void {
  for (const spec of specs) {
    const scaled = (rowOf(spec)?.values ?? []).flatMap((v) => (v.kind === 'num' && v.scaled ? [v.value] : []));
    if (scaled.length === 0) continue;
    for (const column of spec.columns) {
      const key = `${table}.${spec.key}.${column}`;
      const field = fields.get(key);
      if (field && field.value !== null && scaled.includes(field.value) && !field.flags.includes('scaled')) fields.set(key, { ...field, flags: [...field.flags, 'scaled'] });
    }
  }
}

/**
 * Above this many 万元 (10 亿元) an amount no unit is stated for is more likely printed in 元 than in 万元: a county agency's fees
 * or a bureau's purchases are thousands of 万元 (55743200 元 read as 万元 would be 5 574 亿元). Not a conversion, a doubt.
 */
export const IMPLAUSIBLE_WAN = 100000;

/** A money amount's unit as decided from its row's own unit and the section's statements, and why it is in doubt (if it is). */
interface UnitDecision {
  unit: ReadUnit | null;
  doubt?: string;
}

/**
 * The unit of `value` from its row's own (`own`: cell, line, unit line, header) and the section's statements: one unit
 * stated (or none) decides; statements that disagree, or one not understood, leave the unit in doubt (the row's own unit
 * kept, else the first statement's). No statement: assumed 万元, in doubt when the amount is implausible in 万元.
 */
function decideUnit(own: ReadUnit | null, units: SectionUnits, value: number): UnitDecision {
  const stated = units.statements.map((s) => s.unit);
  const known = new Set([own, ...stated].filter((u): u is Exclude<ReadUnit, 'unknown'> => u !== null && u !== 'unknown' && u !== 'unclear'));
  const unclear = units.statements.filter((s) => s.unit === 'unclear').map((s) => `'${s.text}'`);
  if (own === 'unknown') unclear.unshift('its own unit');
  const first = own ?? (known.size ? [...known][0]! : null);
  const said = units.statements.map((s) => `'${s.text}'`).join(', ');
  if (known.size > 1) return { unit: first, doubt: `the unit is stated as ${[...known].join(' and ')} (${said}${own ? ', and in the row' : ''})` };
  if (unclear.length) return { unit: first, doubt: `a unit statement was not understood (${unclear.join(', ')})` };
  if (first === null && Math.abs(value) > IMPLAUSIBLE_WAN) return { unit: null, doubt: `no unit is stated and ${value} is more than ${IMPLAUSIBLE_WAN} 万元` };
  return { unit: first };
}

/**
 * Converts the money fields of table 二 printed in 元 to 万元 (in place) and flags them; a non-zero
 * amount whose unit was read nowhere (value, unit line after it, header, the section's statements) is kept as 万元 and
 * flagged `unitAssumed` (the score keeps it below 0.9: 386500 元 read as 万元 is off by 10 000). A unit in doubt
 * (statements that disagree or are not understood, an implausible amount with none) flags it `unitUnsure` (below 0.8)
 * and returns the warning saying why. `rowOf` gives the printed row matched to a spec, when there is one.
 */
export function normalizeMoney(fields: Map<string, SolvedField>, specs: readonly RowSpec[], lines: readonly Line[], rowOf: (spec: RowSpec) => TableRow | undefined): Warning | null {
  const text = toHalfWidth(lines.map((l) => l.cells.join(' ')).join('\n'));
  const read = linesRead(lines);
  const doubts: string[] = [];
  const keys: string[] = [];
  specs.forEach((spec, i) => {
    for (const column of spec.money ?? []) {
      const key = `activeDisclosure.${spec.key}.${column}`;
      const field = fields.get(key);
      if (!field || field.value === null) continue;
      const row = rowOf(spec);
      const own = unitFor(spec, specs[i - 1], text, row, read, field.value);
      // A unit printed with the number ('6993900元' under a '（万元）' header) is the number's own, whatever is stated
      // around it; so is a scaled value's ('1.2亿' in a 万元 column: the amount with 元 left off). Another currency with
      // the number ('5000美元') is a unit not understood: in doubt.
      const printedWith = (row?.values ?? []).some((v) => v.kind === 'num' && ((v.unit !== undefined && v.unit !== 'unknown') || (v.scaled && v.value === field.value)));
      const { unit, doubt } = printedWith ? { unit: own } : decideUnit(own, read.units, field.value);
      const flags = [...field.flags];
      if ((unit === null || unit === 'unknown') && field.value !== 0) flags.push('unitAssumed');
      if (doubt !== undefined && field.value !== 0) {
        flags.push('unitUnsure');
        doubts.push(`${key}: ${doubt}`);
        keys.push(key);
      }
      const convert = unit !== null && unit !== 'unknown' && unit !== '万元';
      if (convert) flags.push('unitConverted');
      fields.set(key, { ...field, value: convert ? toWanYuan(field.value, unit) : field.value, flags });
    }
  });
  if (!keys.length) return null;
  return { code: 'money_unit_unsure', message: `${doubts.join('; ')}: the amount's unit is not determined; kept below 0.8`, keys };
}
