/**
 * @file The money unit as table 二's section states it anywhere (map/units reads the money row's own unit: its cell,
 * its line, a unit line under it, its header). A report states the unit of its one money table (2021: 行政事业性收费's
 * 收费金额; 2019: 政府集中采购's 采购总金额) in many places: a line of its own before or after the header ('单位：元',
 * '（单位：项/元）'), the small table's caption ('表4 收费情况（单位：元）'), a row of its own, a note under the
 * table ('注：金额单位为元'), a bracket ('（元）'); a '（单位：万元）' may be cut over a page break ('（单位：万' … '元）').
 * Every such statement is collected here, read (a known unit, or `unclear`: '单位：美元', a cut '单位：万' nothing
 * completes) so map/units decides from all of them. A count's unit stated alone ('单位：件') says nothing of money.
 */
import { MONEY_UNIT_SOURCE, readUnit, type MoneyUnit } from '../tables/money-units.js';
import { MEASURE_SOURCE } from '../tables/tokenize-cell.js';

/** A count's unit and a slash before a money unit: '项/元', '件 / 万元' (half-width) print the units of a row's count and amount together. */
export const COUNT_SLASH = `(?:${MEASURE_SOURCE})\\s*/\\s*`;

/** A unit in brackets, as headers print it (after toHalfWidth): '(元)', '(单位:万元)', '(项/元)'. */
export const BRACKET_UNIT = new RegExp(`\\(\\s*(?:单位\\s*:?\\s*)?(?:${COUNT_SLASH})?([^\\d\\s()]{0,3}元)\\s*\\)`, 'g');

/**
 * '单位' stating a unit: after a colon, 为 or 是 ('单位：元', '金额单位为元'), or with nothing between where 单位 opens
 * its line, a bracket or a note ('单位 元', '(单位 元)', '备注:单位千元'); then the unit word, after a count's unit and slash ('项/元'). Prose
 * ('本单位为进一步…', '各单位') names no unit word: not a statement.
 */
const STATED = new RegExp(`(?:(?:^|[(:])\\s*单位\\s*(?:[:为是]\\s*)?|单位\\s*[:为是]\\s*)(?:${COUNT_SLASH})?([^\\d\\s()/:;,.。、，；]{1,4})`, 'g');

/** A unit word a statement may start with: a money unit, another currency ('美元', '港元'), a count's unit, or a scale word a cut left alone. */
const MONEY_WORD = new RegExp(`^(?:${MONEY_UNIT_SOURCE})`);
const OTHER_YUAN = /^[^\d\s]{1,3}元/;
const COUNT_WORD = new RegExp(`^(?:${MEASURE_SOURCE})`);
const COUNT_PREFIX = new RegExp(`^${COUNT_SLASH}`);
const CUT_SCALE = /^(?:十|百|千|万|亿)[^元]{0,2}$/;

/** An opening bracket's statement cut at its line's end ('(单位:万'), and the closing piece starting a later line ('元)'). */
const OPENER = /\(\s*单位\s*:?\s*([^()\d\s]{0,3})$/;
const CLOSER = /^([^()\d\s]{0,3}元)\s*\)/;
/** Lines between the two pieces: blank, or page furniture (a page number '- 2 -', '第2页', '2/5'). */
const BETWEEN = /^(?:\s*|[-—\s]*\d+[-—\s]*|第\s*\d+\s*页.*|\d+\s*\/\s*\d+)$/;
/** How many lines a cut statement's closing piece may follow its opener (page footer, header, blank lines). */
const CUT_REACH = 4;

/** One statement: the line it is printed on and the unit it states (`unclear`: unit-like, not understood). */
export interface UnitStatement {
  at: number;
  unit: MoneyUnit | 'unclear';
  text: string;
}

/** What the lines of a section state of the money unit, and the lines that are only the closing piece of a cut statement. */
export interface SectionUnits {
  statements: UnitStatement[];
  pieces: ReadonlySet<number>;
}

/** The unit a statement's word names: a money unit, `unclear` (another currency, a scale word cut at the line's end), or null (a count's unit, a word). */
function wordUnit(printed: string, atEnd: boolean): MoneyUnit | 'unclear' | null {
  const word = printed.replace(COUNT_PREFIX, '');
  const money = MONEY_WORD.exec(word)?.[0];
  if (money !== undefined) return readUnit(money) as MoneyUnit;
  if (OTHER_YUAN.test(word)) return 'unclear';
  if (COUNT_WORD.test(word)) return null;
  return atEnd && CUT_SCALE.test(word) ? 'unclear' : null;
}

/** A line that is only a cut statement's closing piece ('元)', '万元 )'). */
const CLOSER_LINE = new RegExp(`${CLOSER.source}$`);

/**
 * The closing piece of the statement opened at line `i`: a line within CUT_REACH starting with one (only blank lines or
 * page furniture between), else the first later line that is only such a piece (a header cell cut over a page, its
 * rows printed before the piece).
 */
function closerAfter(text: (i: number) => string, count: number, i: number): number | null {
  for (let j = i + 1; j < count && j <= i + CUT_REACH; j++) {
    if (CLOSER.test(text(j))) return j;
    if (!BETWEEN.test(text(j))) break;
  }
  for (let j = i + 1; j < count; j++) if (CLOSER_LINE.test(text(j))) return j;
  return null;
}

/**
 * Every statement of the money unit on `count` lines (`text(i)`: a line's text, half-width, trimmed): the bracketed
 * units ('(元)', '(单位:项/元)'), '单位' statements, and a statement cut over lines ('(单位:万' … '元)') joined.
 */
export function sectionUnits(text: (i: number) => string, count: number): SectionUnits {
  const statements: UnitStatement[] = [];
  const pieces = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (pieces.has(i)) continue;
    const t = text(i);
    const opener = OPENER.exec(t);
    if (opener) {
      const j = closerAfter(text, count, i);
      const joined = j === null ? null : opener[1]! + CLOSER.exec(text(j))![1]!;
      if (j !== null) pieces.add(j);
      statements.push({ at: i, unit: joined === null ? 'unclear' : (wordUnit(joined, false) ?? 'unclear'), text: joined === null ? t : `${t}…${text(j!)}` });
    }
    // A '单位' statement inside a bracket BRACKET_UNIT read (or inside the cut opener) is that one.
    const spans: [number, number][] = opener ? [[opener.index, t.length]] : [];
    for (const m of t.matchAll(BRACKET_UNIT)) {
      spans.push([m.index, m.index + m[0].length]);
      statements.push({ at: i, unit: wordUnit(m[1]!, false) ?? 'unclear', text: m[0] });
    }
    for (const m of t.matchAll(STATED)) {
      if (spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      const unit = wordUnit(m[1]!, m.index + m[0].length === t.length);
      if (unit !== null) statements.push({ at: i, unit, text: m[0] });
    }
  }
  return { statements, pieces };
}
