/**
 * @file Agency and year out of a title-like text ('XX局2023年政府信息公开工作年度报告', a file
 * name, a '现将…年度报告' sentence): the words before the year (or, in '2023年XX局政府信息公开…',
 * between the year and 政府信息公开), with page furniture cut off — a breadcrumb ('首页 > 信息公开 >'),
 * '当前位置：', a trailing '关于' ('XX局关于2023年…') — and the cut recorded.
 */
import { toHalfWidth } from '../layout/normalize-text.js';
import { chineseYearsToDigits } from './chinese-year.js';

/** What a title-like text says about the agency and the year. */
export interface TitleParts {
  agency: string | null;
  year: number | null;
  /** A breadcrumb ('首页 > …', '当前位置：') was cut off the agency. */
  trimmed: boolean;
  /** `year` null: the years a misread year run may stand for ('20191年': 2011 or 2019), when several. */
  yearCandidates?: number[];
  /** With `yearCandidates`: the run as printed (read), for putting the year chosen back in an OCR'd title. */
  yearRun?: string;
  /** `agency` null: the words before the year, when they may be a name with an ending `AGENCY_END` lacks (`mayBeName`). */
  looseName?: string;
}

/**
 * Endings of agency names (人民政府, 办公室, 局, 委员会, 街道办事处, 乡, 镇, …) and of the institutions that
 * publish such reports (schools: 中学, 小学, 大学, 学院, 学校, 幼儿园, 党校; hospitals, 中心, 馆, 站, 队, companies; units of
 * 新疆生产建设兵团: a division '第十三师', a regiment '二二四团', '一〇三团场').
 * A name without one ('首页', '信息公开') is not trusted as an agency from one place; two places printing it
 * alike (the title and the sign-off: `mayBeName`, meta/index.ts) are. Longest alternatives first.
 */
const AGENCY_END = /(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|办事处|实验区|开发区|新区|示范区|园区|幼儿园|党校|[中小大]学|[局厅委办处署院所站队会部室馆社司中心行]|[省市县区州盟旗乡镇]|集团|公司|银行|学院|学校|医院|兵团|团场|第[一二三四五六七八九十\d]{1,3}师|[一二三四五六七八九十〇零\d]{2,4}团)$/;
/** years. Government information-disclosure reports start with the 2008 regulations. */
const FIRST_YEAR = 2007;
/** chars. Longest agency name kept ('中共XX省委XX工作委员会办公室' is ~20). */
const MAX_AGENCY = 40;

/** U+FFFD may stand for 公 (a miscoded glyph in a text dump, layout/miscoded-chars). */
const YEAR_THEN_DISCLOSURE = /((?:19|20)\d{2})\s*年\s*度?\s*(?:的)?\s*(.*?)\s*(?:政府|政务)?\s*信息[公\ufffd]开/;
/** Breadcrumb separators and 'you are here' labels: everything up to the last one is furniture. */
const CRUMB = /^.*(?:[>›»→|｜/\\]|当前位置\s*[:：]?|您现在的位置\s*[:：]?|所在位置\s*[:：]?|位置\s*[:：]|首页)/;
/**
 * Breadcrumb words separated by spaces only ('首页 政务公开 政府信息公开年报 XX局…'): cut up to the last.
 * No agency name holds one of them followed by a space.
 */
const CRUMB_WORDS = /^.*(?:首页|政务公开|信息公开(?:指南|制度|目录)?|政府信息公开|信息公开年报|年度报告|年报|专栏|栏目|公开目录)\s+/;
/** Words between an agency and its year that are not part of the name. */
const TRAILING_WORDS = /(?:关于印发|关于公布|关于发布|关于|印发|公布|发布|的)+$/;
const LEADING_WORDS = /^(?:[#\s]+|标题\s*[:：]|题目\s*[:：]|现将|我[省市县区乡镇局委办]?)+/;
/**
 * A notice that wraps the report ('XX办公室关于印发XX区人民政府2023年…的通知', 'XX政府转发XX局…',
 * '关于公布XX局…的公告'): the agency is the one after the wrapping verb, not the body that wraps it.
 */
const WRAPPER = /^.*(?:关于(?:印发|公布|发布|转发)|转发|印发)/;
/**
 * What is printed before a title but is no part of a name: a bracketed column tag ('【政府信息公开年报】'),
 * a date ('2025-01-18'), an item or document number ('1.', '第3号', '青教〔2025〕5号').
 */
const LEADING_MARKS = /^(?:\s*(?:【[^】]*】|\[[^\]]*\]|[\p{Script=Han}]{0,6}[〔［\[]\d{4}[〕］\]]\s*\d+\s*号|第\s*\d+\s*号|\d[\d\s.\-/:：、]*(?:年\d{1,2}月\d{1,2}日)?[.、．\s]*))+/u;

/** What a place name can follow: nothing Chinese, or the end of a place or a body's name ('…人民政府' + '青山区…'), not the middle of a word. */
export const NAME_BOUNDARY = /[^\p{Script=Han}]|[省市县区州盟旗镇乡府局委办会厅院所处室部署]/u;
/** A name that starts with its level only ('区教育局', '镇人民政府'): the place before the level is the name's own. */
export const LEVEL_FIRST = /^(?:省|市(?!场)|县|区|州|盟|旗|镇|乡)/;

/** Digits or Latin letters of a name ('110', '12345', '5G'), half- or full-width. */
const NAME_DIGITS = '[\\dA-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]';
const DIGITS_INSIDE = new RegExp(`\\p{Script=Han}${NAME_DIGITS}+$`, 'u');
/**
 * Whether `short` ends `long` right after a run of digits or Latin letters that follows an ideograph ('某市公安局110' +
 * '指挥中心', '…区1234' + '5市民热线办公室' read without its digits): the run is inside the name, `short` a piece of it
 * read from the digits onward (a page-number strip, a line wrapped inside the number), not a shorter form of the name.
 */
export function cutAtDigits(long: string, short: string): boolean {
  return long !== short && long.endsWith(short) && /^\p{Script=Han}/u.test(short) && DIGITS_INSIDE.test(long.slice(0, long.length - short.length));
}

/** Whether `short` ends `long` as a whole name: after a place or a body's name ('淮安市' + '洪泽区人民政府'), not inside a word ('…发展和' + '改革委员会'). */
export function endsAsName(long: string, short: string): boolean {
  return long.endsWith(short) && !cutAtDigits(long, short) && (long === short || LEVEL_FIRST.test(short) || NAME_BOUNDARY.test(long[long.length - short.length - 1]!));
}

/** True when `name` looks like an agency: a known ending, a sane length, no furniture or digits. */
export function isAgencyName(name: string): boolean {
  return name.length >= 3 && name.length <= MAX_AGENCY && AGENCY_END.test(name) && !/[:：>|/\\，。；、()（）《》“”"=*#_{}`<']/.test(name) && !/^(?:政府|人民政府|本机关|我局|我办)$/.test(name) && !/(?:网站|门户网?)$/.test(name);
}

/** Words of a page, a sentence or the report itself, never of a name. */
const NOT_NAME_WORDS = /信息公开|政务公开|年度报告|年报|报告|首页|专栏|栏目|网站|门户|通知|公告|附件|特此|我们|本机关|本单位|联系|地址|电话|工作/;
/** chars. A shorter run of words is too little to hold a place and a body ('第一中学' alone names no one). */
const MIN_LOOSE_NAME = 5;

/**
 * Whether `name` may be an agency's name though its ending is not among `AGENCY_END` (an institution's:
 * '江海市实验艺术团', '青原县林场'): ideographs (digits inside), a sane length, no words of a page or a sentence.
 * Never trusted from one place: only when two places print it alike.
 */
export function mayBeName(name: string): boolean {
  return name.length >= MIN_LOOSE_NAME && name.length <= MAX_AGENCY && /^\p{Script=Han}[\p{Script=Han}\d]*\p{Script=Han}$/u.test(name) && !NOT_NAME_WORDS.test(name);
}

/** The agency with furniture cut off both ends; `trimmed` when a breadcrumb was cut. */
function cleanAgency(raw: string): { name: string; trimmed: boolean } {
  let name = raw.replace(WRAPPER, '').replace(LEADING_MARKS, '').replace(LEADING_WORDS, '').trim();
  const before = name;
  name = name.replace(CRUMB, '').replace(CRUMB_WORDS, '');
  const crumb = name !== before;
  name = name.replace(/\s+/g, '');
  // '关于' is part of how such titles are written ('XX局关于2023年…'), not furniture: not `trimmed`.
  return { name: name.replace(TRAILING_WORDS, ''), trimmed: crumb };
}

/** The text normalised for reading: half-width, Chinese-numeral years as digits. */
export function normaliseTitle(text: string): string {
  return chineseYearsToDigits(toHalfWidth(text));
}

/**
 * A year as OCR misreads it in a scanned title: a digit doubled ('20244'), a letter for a digit
 * ('2O24', 'Z024', '2o2l'), a space inside it ('202 4'), a faint digit lost ('202年', '020年'). Letters read as digits: O o D Q → 0,
 * l I i | → 1, Z z → 2.
 */
const FUZZY_YEAR = /(?<![0-9A-Za-z|])([0-9OoDQlIi|Zz](?:\s?[0-9OoDQlIi|Zz]){2,4})\s*年\s*度?\s*(?:的)?\s*(.*?)\s*(?:政府|政务)?\s*信息[公\ufffd]开/;
const AS_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', i: '1', '|': '1', Z: '2', z: '2' };

/**
 * The years a misread year run may stand for: its letters read as digits, and of five characters
 * each one left out (one doubled or added: '20244' → 2024; '20234' → 2023 or 2024), of three each
 * digit put back at each place (one lost: '202' → 2012, 2020 … 2029; '020' → 2020). Only years a
 * report can be about (2007 … next year); at least two digits printed as digits.
 */
export function fuzzyYears(run: string, swapped = false): number[] {
  const raw = run.replace(/\s/g, '');
  if ((raw.match(/\d/g) ?? []).length < 2) return [];
  const digits = [...raw].map((c) => AS_DIGIT[c] ?? c).join('');
  const reads = digits.length === 4 ? [digits] : digits.length === 5 ? [...digits].map((_, i) => digits.slice(0, i) + digits.slice(i + 1)) : digits.length === 3 ? lostDigit(digits) : [];
  const last = new Date().getFullYear() + 1;
  const years = (rs: string[]): number[] => [...new Set(rs.map(Number))].filter((y) => y >= FIRST_YEAR && y <= last).sort((a, b) => a - b);
  const read = years(reads);
  // `swapped`: four digits naming no possible year ('1023年', '2623年'): one of them misread; each put back in turn.
  return read.length === 0 && swapped && digits.length === 4 ? years(swappedDigit(digits)) : read;
}

/** A four-digit run with one digit misread ('1023' for 2023): every digit replaced in turn by every other. */
function swappedDigit(run: string): string[] {
  return [...Array(4).keys()].flatMap((i) => [...'0123456789'].map((d) => run.slice(0, i) + d + run.slice(i + 1)));
}

/** A three-digit run with one digit lost ('202年' for 2023年, '020年' for 2020年): every digit put back at every place. */
function lostDigit(run: string): string[] {
  return [...Array(4).keys()].flatMap((i) => [...'0123456789'].map((d) => run.slice(0, i) + d + run.slice(i)));
}

/** Agency and year of a title-like text ('' agency parts become null). */
export function titleParts(text: string): TitleParts {
  const t = normaliseTitle(text);
  const exact = YEAR_THEN_DISCLOSURE.exec(t);
  // A year misread (a scan's title: '20244年', '2O24年'): read when it stands for one year only; the
  // words around it are read as before. A run that may be several years gives no year (the other
  // places that print it decide).
  const fuzzy = exact ? null : FUZZY_YEAR.exec(t);
  const m = exact ?? fuzzy;
  if (!m) return { agency: null, year: null, trimmed: false };
  const years = fuzzy ? fuzzyYears(m[1]!, true) : [Number(m[1])];
  // A run missing a digit, or with a digit misread (four digits naming no possible year), names no year by itself,
  // even when one reading is a possible year: it is always left to the places that print the year (`yearCandidates`,
  // meta/index `misreadTitleYear`).
  const lost = fuzzy !== null && (m[1]!.replace(/\s/g, '').length === 3 || fuzzyYears(m[1]!).length === 0);
  const year = !lost && years.length === 1 && years[0]! >= FIRST_YEAR ? years[0]! : null;
  const before = cleanAgency(t.slice(0, m.index));
  const after = cleanAgency(m[2] ?? '');
  const pick = before.name ? before : after;
  const agency = pick.name && isAgencyName(pick.name) ? pick.name : null;
  const loose = agency === null && !pick.trimmed && mayBeName(pick.name) ? { looseName: pick.name } : {};
  return { agency, year, trimmed: pick.trimmed, ...(year === null && (years.length > 1 || (lost && years.length === 1)) ? { yearCandidates: years, yearRun: m[1]! } : {}), ...loose };
}

/**
 * What a name may add after another's and still be that body's (or its office's) name: '…县' + '人民政府', '…人民政府' +
 * '办公室', '…开发区' + '管理委员会', '…街道' + '办事处'. Any other words after it ('交通警察支队', '第一分局', '二二四团')
 * name a unit of that body: another agency, with its own report.
 */
const SAME_BODY_AFTER = /^(?:(?:人民)?政府)?(?:办公室|办公厅|办)?$|^(?:管理委员会|管委会|办事处)(?:办公室)?$|办公(?:室|厅)$/;

/**
 * Whether `long` names a unit of the body `short` names: it starts with `short`'s whole name and goes on with words that
 * are not the body's own or its office's (`SAME_BODY_AFTER`): '…市公安局交通警察支队' under '…市公安局',
 * '…阿拉尔市二二四团' under '…阿拉尔市'. A title naming the parent (a links box's entry for the parent's report, read as the
 * page's title) is not confirmed by a sign-off naming the unit: the two are different agencies.
 */
export function unitOf(long: string, short: string): boolean {
  return long.length > short.length && long.startsWith(short) && !SAME_BODY_AFTER.test(long.slice(short.length));
}
