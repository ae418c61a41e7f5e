/**
 * @file What a caption line says of a copy of a table printed twice (this year's and the previous
 * year's for comparison): which year it names ('上年度情况', '2023年度情况', '本年度情况') and which
 * way it points — at the table above it ('上表为2022年度数据', '以上为本年度数据', '注：上表为上年度数据'),
 * at the table below it ('下表为…', a colon: '去年同期情况：'), or either way (a plain caption
 * between two copies may title the one above as well as the one below).
 */
import { normalizeLabel } from '../layout/normalize-text.js';

/**
 * Words naming the previous year's figures, and this year's; not the template's own words
 * ('二、上年结转…', '上一年项目数量', '三、本年度办理结果', '本年新收…', '本年增/减').
 */
const EARLIER_WORDS = /上年(?!结转)|上一年(?!项目)|去年|前一年|往年/;
const CURRENT_WORDS = /本年(?!新收|度办理结果|制发|废止|处理决定|收费|新制作|新公开|增)|今年|当年/;
/**
 * A row label that names a year and nothing else ('本年', '上年度', '2023年度数据', '去年同期'): what
 * captions a row holding a whole table 四 (one row per year). '本年受理' / '上年度结转' name a quantity,
 * not a year (a tester's rows so labelled were read as this year's table at 0.98).
 */
const YEAR_ONLY = /^(?:(?:本|上|今|去|当|往|前一?)年|(?:19|20)\d\d年)度?(?:同期)?(?:数据|情况|数)?[:：]?$/;

/** The label names a year and nothing else. */
export function namesOnlyYear(label: string): boolean {
  return YEAR_ONLY.test(normalizeLabel(label).replace(/\s+/g, ''));
}

/** A year a caption names ('2022年度情况'). */
const YEAR = /(20\d\d)\s*年/g;
/** chars. A caption is a short line; a longer one, or one with sentence punctuation, is prose ('与上年相比，申请量…'). */
const CAPTION_MAX_CHARS = 40;
const SENTENCE = /[，。；,;]/;
/** A note under or over a table ('注：本表统计期限为2024年1月1日至…'): no caption. */
const NOTE = /^\s*[（(]?\s*备?注/;

/**
 * A line naming the table it points at, as its first words ('上表为2023年度数据', '（以上为上年度）',
 * '注：本表为2022年度数据', '下表为本年度情况'): a caption whatever follows its first clause ('，供对比').
 */
const POINTER = /^\s*[（(【]?\s*(?:备?注\s*\d?\s*[:：]\s*)?[（(]?\s*((?:上表|以上|上述|下表|以下|本表)\s*(?:为|是|系))/;
/** Where a pointing clause ends. */
const CLAUSE_END = /[，。；,;）)】]/;
const POINTS_UP = /^(?:上表|以上|上述)/;
const POINTS_DOWN = /^(?:下表|以下)/;

/** A caption introducing what follows it ('今年情况：'), wherever the document prints its captions. */
const LEADS = /[：:]\s*$/;
const COLON = /[：:]/;

/** What a caption says its table is. */
export type Says = 'earlier' | 'current' | 'both';
/** Which table a caption line belongs to by its words: the one above, the one below, or either. */
export type Points = 'up' | 'down' | 'either';

/** The caption text of a line: its pointing clause, or the whole line when it is short and no sentence or note; else null. */
function captionText(line: string): { text: string; pointer: string } | null {
  const pointed = POINTER.exec(line);
  if (pointed) {
    const rest = line.slice(pointed.index + pointed[0].length - pointed[1]!.length);
    const end = rest.search(CLAUSE_END);
    return { text: normalizeLabel(end < 0 ? rest : rest.slice(0, end)), pointer: pointed[1]! };
  }
  // (Punctuation tested as printed: the normalized label has none.)
  if (SENTENCE.test(line) || NOTE.test(line)) return null;
  return { text: normalizeLabel(line), pointer: '' };
}

/** What a caption line says, or null for a line that is no caption or names no year. */
export function captionSays(line: string, year: number | null): Says | null {
  const caption = captionText(line);
  if (!caption) return null;
  const { text } = caption;
  if (text.length === 0 || text.length > CAPTION_MAX_CHARS) return null;
  const years = year === null ? [] : [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const earlier = EARLIER_WORDS.test(text) || years.some((y) => y < year!);
  const current = CURRENT_WORDS.test(text) || years.some((y) => y >= year!);
  if (earlier && current) return 'both';
  return earlier ? 'earlier' : current ? 'current' : null;
}

/**
 * Which table a caption line points at by its words: up ('上表为…', '以上为…'), down ('下表为…', or
 * it opens what follows: a colon at its end, or after what it says with the next line joined after
 * it — '今年情况: 行政复议 行政诉讼'; not a numbered caption '表4：2022年…'), else either.
 */
export function captionPoints(line: string, year: number | null): Points {
  const pointer = captionText(line)?.pointer ?? '';
  if (POINTS_UP.test(pointer)) return 'up';
  if (POINTS_DOWN.test(pointer)) return 'down';
  const colon = line.search(COLON);
  if (LEADS.test(line) || (colon > 0 && captionSays(line.slice(0, colon), year) !== null)) return 'down';
  return 'either';
}
