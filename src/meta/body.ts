/**
 * @file What the opening paragraphs say about the report: '现将XX局2023年政府信息公开工作年度报告
 * 向社会公布' names the agency and the year; '统计期限自2023年1月1日起至2023年12月31日止' the
 * year reported on. Read from the first lines joined without spaces (a PDF wraps and spaces
 * them: '202 3年1月1日').
 */
import type { Line } from '../model/document.js';
import { fuzzyYears, isAgencyName, normaliseTitle, titleParts } from './agency-name.js';
import { metaText } from './line-text.js';

/** lines. The opening paragraphs are looked for this far from the top. */
const OPENING_WINDOW = 60;
/** chars. Longest agency-and-year phrase after 现将. */
const MAX_PHRASE = 60;

const PRESENT = new RegExp(`现将([^。；]{2,${MAX_PHRASE}}?(?:政府|政务)?信息公开[^。；]{0,8}?(?:年度报告|年报))`);
/** '1' as a scan's OCR may read it in the period's dates ('2023年1月工日'): l, I, 工. */
const ONE = '[1lI工]';
const PERIOD = new RegExp(`统计(?:期限|时限|期间|时段|时间|范围)[^。]{0,12}?((?:19|20)\\d{2})年${ONE}月${ONE}日(?:起)?(?:至|到|-|—|~)((?:19|20)\\d{2})年${ONE}2月3${ONE}日`);

/** A clue from the opening paragraphs. */
export interface BodyClue {
  agency: string | null;
  year: number | null;
  text: string;
}

/** The opening text, spaces removed, Chinese-numeral years as digits. */
function openingText(lines: readonly Line[]): string {
  return normaliseTitle(lines.slice(0, OPENING_WINDOW).map(metaText).join('')).replace(/\s+/g, '');
}

/** '现将…年度报告': agency and year as the report names itself in its first paragraph. */
export function presentedAs(lines: readonly Line[]): BodyClue | null {
  const m = PRESENT.exec(openingText(lines));
  if (!m) return null;
  const parts = titleParts(m[1]!);
  return parts.agency || parts.year ? { agency: parts.agency, year: parts.year, text: m[0] } : null;
}

/** An agency's name in a sentence: ideographs (and brackets), its shortest reading that the phrase's next words follow. */
const NAME = '([\\p{Script=Han}（）()]{3,40}?)';
/** What the sentence opens after: the text's start or a clause's end. */
const CLAUSE = '(?:^|[，,。；;：:）)])';
/** Words an overview's opening sentence goes on with after its subject, the agency ('XX局认真贯彻…', '…坚持以公开为常态'). */
const OPENING_VERB = '(?:认真|坚持|深入|全面|始终|紧紧|严格|扎实|积极|持续|不断|进一步|高度重视|继续|切实|紧扣|围绕|以习近平)';

/**
 * Sentences of an article's opening that name who wrote the report, where the page prints no title (a CMS's article body
 * saved alone, `scripts/year-list-title-variants.mjs --kind fragment`): '本报告由XX局根据《条例》…编制', '根据《条例》…规定，
 * XX人民政府办公室编制了本报告', '现将XX街道办事处2023年政府信息公开工作情况报告如下' (the year with it), '现就XX局…'.
 */
const WRITTEN_BY = [
  new RegExp(`本(?:年度)?报告(?:是)?由${NAME}(?:根据|依据|按照|依照|结合|负责|组织|汇总|编制|编写|起草)`, 'u'),
  new RegExp(`${CLAUSE}${NAME}(?:依据|根据|按照)?(?:组织)?编制(?:并发布|并公布|并向社会公布)?了?本(?:年度)?报告`, 'u'),
  new RegExp(`现[将就]${NAME}(?:((?:19|20)\\d{2})年度?)?(?:的)?(?:政府|政务)信息公开工作[^。；]{0,12}?(?:报告如下|公布如下|汇报如下|报告|向社会公布)`, 'u'),
  // The overview's opening sentence with the agency its subject after a time phrase: '2022年，XX局在市委市政府的领导下…',
  // '2023年以来，XX镇人民政府认真贯彻…' — only as the text's (or 总体情况's) first sentence, after at most two sentences
  // before it (the report's '根据《条例》…编制本报告。' preamble), and only with the words such an opening goes on with.
  new RegExp(`^(?:[^。]{1,160}。){0,2}(?:[^。]{0,20}?总体情况(?:[（(]一[）)][\\p{Script=Han}]{2,6}?)?)?(?:19|20)\\d{2}年(?:度|以来|上半年|全年)?[，,]${NAME}(?:在[^。，,]{0,24}(?:领导|指导|带领)下|${OPENING_VERB})`, 'u'),
];

/**
 * Who the opening sentence says wrote the report (`WRITTEN_BY`), and the year it names with it: the agency of an article
 * body printed without its title. A name no agency ends so ('各部门', '我局') is none. Read after `presentedAs`, which
 * reads '现将…年度报告' with the title's words.
 */
export function writtenBy(lines: readonly Line[]): BodyClue | null {
  const t = openingText(lines);
  for (const re of WRITTEN_BY) {
    const m = re.exec(t);
    const name = m?.[1]?.replace(/^(?:我|本)/, '');
    if (m && name && isAgencyName(name)) return { agency: name, year: m[2] ? Number(m[2]) : null, text: m[0].replace(/^[，,。；;：:）)]/, '') };
  }
  return null;
}

/** The statistics period, when it is one calendar year: that year. */
export function statisticsYear(lines: readonly Line[]): BodyClue | null {
  const m = PERIOD.exec(openingText(lines));
  return m && m[1] === m[2] ? { agency: null, year: Number(m[1]), text: m[0] } : null;
}

/** lines. A table's note stating the period is looked for this far. */
const NOTE_WINDOW = 2000;
/** A calendar year as a period ('2022年1月1日至2022年12月31日', '…起至…止'), in any words ('本表…均以…期间印发的文件为准'). */
const FULL_YEAR = new RegExp(`((?:19|20)\\d{2})年${ONE}月${ONE}日起?(?:至|到|-|—|~)((?:19|20)\\d{2})年${ONE}2月3${ONE}日`, 'g');

/**
 * The year the document counts over when it names one calendar year as a period outside a '统计期限' sentence (a table's
 * note: '注：本表…均以2022年1月1日至2022年12月31日期间印发或废止的文件为准', '本表统计时间为…'): the year reported on, when
 * every such period names it (a note comparing with last year's period names two: none).
 */
export function notedYear(lines: readonly Line[]): BodyClue | null {
  const t = normaliseTitle(lines.slice(0, NOTE_WINDOW).map(metaText).join('')).replace(/\s+/g, '');
  const found = [...t.matchAll(FULL_YEAR)];
  const years = new Set(found.map((m) => (m[1] === m[2] ? m[1]! : '')));
  return found.length > 0 && years.size === 1 && !years.has('') ? { agency: null, year: Number(found[0]![1]), text: found[0]![0] } : null;
}

/**
 * The year 一、总体情况 opens with ('一、总体情况 2023年，我局…', '2023年度，', after its first sub-heading: '（一）主动公开 2023年，…'): the year reported on, as
 * the overview states it. Only its first words: a year named later ('较2022年', '2024年，我局将…') is another
 * year; '本年度' names none. The year must stand alone before its comma (or 我/本/全, the sentence's subject).
 */
const OVERVIEW_YEAR = /总体情况(?:[（(]一[）)][\p{Script=Han}]{2,6}?)?((?:19|20)\d{2})年度?(?=[，,、我本全])/u;

/**
 * Words of a plan in the overview's first clause ('2024年，我局将进一步…', '2024年计划…'): the year is the one
 * planned for, not the one reported on (a report that opens with its plans). '将' also marks an object
 * ('2023年，我局将政务公开纳入…'): such an opening is read as no statement of the year — a year missed, never one misread.
 */
const PLAN_WORDS = /将|计划|拟|打算|力争|预计/;
/** chars. How far into the first clause after the year plan words are looked for. */
const PLAN_SPAN = 16;

/** The year the overview's first words state (`OVERVIEW_YEAR`), unless its first clause states a plan (`PLAN_WORDS`). */
export function overviewYear(lines: readonly Line[]): BodyClue | null {
  const t = openingText(lines);
  const m = OVERVIEW_YEAR.exec(t);
  if (!m) return null;
  const clause = t.slice(m.index + m[0].length, m.index + m[0].length + PLAN_SPAN).replace(/^[，,、]/, '').split(/[，,。；]/)[0]!;
  return PLAN_WORDS.test(clause) ? null : { agency: null, year: Number(m[1]), text: m[0] };
}

/** chars. How far after '统计期限' (or '总体情况') an OCR'd year is looked for. */
const PERIOD_SPAN = 40;
const OVERVIEW_SPAN = 12;
const PERIOD_START = /统计(?:期限|时限|期间|时段|时间|范围)/;
const OVERVIEW_START = /总体情况/;
/**
 * A year run as a scan's OCR may print it before 年 (letters for digits, one digit added: `fuzzyYears`),
 * a stray mark between it and 年 ('2021]年').
 */
const YEAR_RUN = /(?<![0-9A-Za-z|])([0-9OoDQlIi|Zz]{4,5})[\][|)]?\s*年/g;

/** Years read by `YEAR_RUN` in the `span` characters after `start` (up to the sentence's end). */
function yearsAfter(t: string, start: RegExp, span: number): number[] {
  const at = start.exec(t);
  if (!at) return [];
  const text = t.slice(at.index + at[0].length, at.index + at[0].length + span).split('。')[0]!;
  // A run that may be several years ('20204': 2020 or 2024) witnesses none.
  return [...text.matchAll(YEAR_RUN)].flatMap((m) => {
    const years = fuzzyYears(m[1]!);
    return years.length === 1 ? years : [];
  });
}

/**
 * Every year the opening of an OCR'd report may print where it states the year reported on, its
 * digits misread: the statistics period ('统计期限自120194年]月]日起至2019年12月314日': 2019) and the
 * first words of 一、总体情况 ('2022年，XX局坚持…'), each run before 年 that `fuzzyYears` reads as one year. Only
 * a witness for choosing among a misread title year's readings (`misreadTitleYear`), never a year by itself.
 */
export function witnessYears(lines: readonly Line[]): Set<number> {
  const t = openingText(lines);
  return new Set([...yearsAfter(t, PERIOD_START, PERIOD_SPAN), ...yearsAfter(t, OVERVIEW_START, OVERVIEW_SPAN)]);
}
