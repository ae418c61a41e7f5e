/**
 * @file Confidence of the report's identity (title, agency, year, publication date) from the
 * clues `meta/` recorded. A confidently wrong agency or year misfiles the whole report (the
 * cross-year links pair it with another agency's numbers), so the rule is the fields' one: 0.9 and
 * above only when a second place confirms the value.
 *
 * Formula (the named constants below):
 *  1. the clues are grouped by value (agencies: equal, or one a longer form ending with the other,
 *     '淮安市洪泽区人民政府' / '洪泽区人民政府'; a sub-body, '…人民政府办公室' beside '…人民政府',
 *     neither confirms nor contradicts; a unit, '…市公安局交通警察支队' beside '…市公安局' (`unitOf`), contradicts). Printed places (title, byline, opening paragraph, statistics
 *     period, sign-off) count 1 each, the file name and metadata are weak;
 *  2. one group: confirmed by two places → CONFIRMED; one printed place → SINGLE; metadata only →
 *     METADATA_ONLY; the file name only → FILE_NAME_ONLY;
 *  3. several groups: when two printed places agree and only weak places disagree → the value,
 *     `conflict`, ≤ SINGLE; otherwise `ambiguous`: null with the candidates, confidence 0;
 *  4. a value read after cutting a breadcrumb off its line and confirmed nowhere else ≤ TRIMMED.
 *  5. a title without a year (the one reported) and the report's words, or starting mid-word ('度政府信息公开…'),
 *     is `incomplete`, ≤ TRIMMED (not the title as printed: a piece of it, or a line of prose citing another document). A title is CONFIRMED when its agency or year is; an OCR'd one (a scan) only
 *     when both are and both are printed in it, else OCR_SINGLE `unconfirmed` (`titleConfirmed`).
 *  6. a title or agency holding U+FFFD (a glyph the dump could not decode, '湖北省生态�境厅') is `damaged`, ≤ DAMAGED.
 *     An agency read with characters no name holds (Latin letters or symbols: a font whose glyphs map to the
 *     wrong code points, '遵义^播州区住房和城o建¿局', '青松县卫生健●委员会') neither confirms nor contradicts a readable one; alone, it is `damaged`.
 *  6b. an agency only OCR'd lines state, in one place, ≤ OCR_SINGLE `unconfirmed`.
 *  7. a title whose words before the year come out of a turned page's columns out of order (meta/title
 *     `titleMisordered`: '局 第县石青 1 2023年…') is `misordered`, ≤ MISORDERED, whatever confirms its year.
 *  8. a title naming a body whose unit another printed place names (`unitOf`) is `conflict`, ≤ PARENT_TITLE; one of the
 *     report's fixed words only ('政府信息公开工作年度报告') ≤ TRIMMED.
 *  A year is also confirmed by a printed date in the following year (reports come out by 31 January).
 *  A year every sign-off date is two or more years after (`signedLong`: a sidebar's link to an older report read as
 *  the title) is `conflict`, ≤ SINGLE, and confirms no title.
 *
 * Worked examples:
 *  - title 'XX局关于2023年政府信息公开工作年度报告', sign-off 'XX局' / '2024年1月20日': agency XX局
 *    (title, signOff) → 0.95; year 2023 (title, and the sign-off date in 2024) → 0.95.
 *  - title only, '首页 > 信息公开 > XX局2023年…' → agency XX局, `trimmed` `unconfirmed` → 0.7.
 *  - title 'A区人民政府2023年…', sign-off 'B县人民政府' → agency null, `ambiguous`, candidates [A区人民政府, B县人民政府].
 */
import type { MetaClue, MetaEvidence } from '../meta/index.js';
import { cutAtDigits, endsAsName, LEVEL_FIRST, NAME_BOUNDARY, normaliseTitle, unitOf } from '../meta/agency-name.js';
import { namesNoAgency, titleLooksWhole } from '../meta/title.js';
import type { MetaFieldInfo, MetaFields, MetaFlag, MetaSource } from '../schema/report.js';
import { maxOf } from '../_internal/extremes.js';

/** Two places state the same value. */
export const CONFIRMED = 0.95;
/** One printed place states it (a title alone: a misread title would go unnoticed). */
export const SINGLE = 0.85;
/** Only metadata (`<title>`, PDF Title, `<meta>` date) states it: often a site's template, not the report. */
export const METADATA_ONLY = 0.8;
/** Read after cutting page furniture off its line, confirmed nowhere else. */
export const TRIMMED = 0.7;
/** Only the file name states it: file names are given by whoever saved the file. */
export const FILE_NAME_ONLY = 0.6;
/** (year) Only the sign-off's date tells it (the year before): an inference, not a statement. */
export const SIGNED_ONLY = 0.6;
/**
 * An agency only OCR'd lines state (a scan, an OCR text layer), no other place: the OCR drops and misreads
 * characters of a name ('县柳林镇人民政府' for 黎平县柳林镇人民政府, gen60 tess), which nothing then shows.
 */
export const OCR_SINGLE = 0.75;
/** A name holding a character the input could not decode (U+FFFD): one of its letters is unknown. */
export const DAMAGED = 0.4;
/**
 * A title the page prints as often as another title of its year (meta/title-support `rivals`: a CMS sidebar's entry
 * 'XX局2025年…' beside a heading 'XX局2025年度…' when neither is printed elsewhere): which is the page's own is not
 * determined, below the 0.8 band (`conflict`, with the candidates).
 */
export const RIVAL_TITLE = 0.75;
/** A title whose words before the year come out of order (a turned page's columns, `misordered`): the characters are the title's, their order is not. */
export const MISORDERED = 0.5;
/** Places that are not the printed report. */
const WEAK: ReadonlySet<MetaSource> = new Set(['fileName', 'metaTitle', 'metaDate']);

/** The report's meta values, with `metaFields`. */
export interface ScoredMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
  publishedAt: string | null;
  fields: MetaFields;
}

type Relation = 'same' | 'sub' | 'other';

/** How two agency names relate: the same body (one a longer form of the other), a sub-body of it, or another. */
export function agencyRelation(a: string, b: string): Relation {
  if (a === b || a.endsWith(b) || b.endsWith(a)) return 'same';
  return a.startsWith(b) || b.startsWith(a) ? 'sub' : 'other';
}

/**
 * `agencyRelation` as the places of one report are weighed: a name one ideograph shorter than another
 * that it ends inside a word ('阳县自然资源局' under '沭阳县自然资源局': its first letter lost, a font that maps
 * it to no character) is another reading of the name, not a shorter form of it: the two disagree. (Marks
 * before a title, '置顶青山区教育局' over '青山区教育局', are words, not one letter.)
 */
function nameRelation(a: string, b: string): Relation {
  const r = agencyRelation(a, b);
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (r === 'sub' && unitOf(long, short)) return 'other';
  if (r === 'same' && cutAtDigits(long, short)) return 'other';
  return r === 'same' && long.length === short.length + 1 && /^\p{Script=Han}$/u.test(long[0]!) && !endsAsName(long, short) ? 'other' : r;
}

/**
 * What a longer form of a name may add in front of it and still be the same body's name: places
 * ('淮安市', '泰州市海陵区', '青山区'). Anything else in front ('【政府信息公开年报】', '青教〔2025〕5号',
 * 'XX办公室关于印发') is not confirmed by a place that prints the shorter form.
 */
const PLACE_PREFIX = /^(?:[\p{Script=Han}]{1,7}?(?:省|市|县|区|州|盟|旗|镇|乡|自治区|特别行政区))+$/u;
/** Words that are no part of a place name, though they end like one ('…关于印发…区'). */
const NOT_PLACE = /关于|印发|转发|公布|发布|通知|公告|年报|信息|政府|办公/;

/**
 * The agency group's clues with the one to report first. Two places confirm the longest form both
 * print (a place printing 'XX局2023年…' confirms the 'XX局' inside a longer title's agency); that form
 * is reported with the place names printed before it in a longer form ('淮安市洪泽区人民政府' over
 * '洪泽区人民政府'; '青山区教育局' over a sign-off '区教育局') — `extended`: one place prints those, so
 * the value stays below 0.9 — and nothing else printed before it ('【…】', a document number, a site
 * name, a wrapping notice) is reported on the strength of the shorter form.
 */
export function confirmedForm(group: readonly MetaClue<string>[]): { clues: MetaClue<string>[]; extended: boolean } {
  const support = (v: string): number => new Set(group.filter((c) => c.value.endsWith(v)).map((c) => c.from)).size;
  const byLength = [...group].sort((a, b) => b.value.length - a.value.length);
  const confirmed = byLength.find((c) => support(c.value) >= 2);
  if (!confirmed) return { clues: [...group], extended: false };
  let from = confirmed;
  let value = confirmed.value;
  for (const c of byLength) {
    const form = c.value.endsWith(confirmed.value) ? withPlace(c.value, confirmed.value) : '';
    if (form.length > value.length) (from = c), (value = form);
  }
  // The same value printed where nothing was cut off its line is the better source.
  from = from.trimmed ? (group.find((c) => !c.trimmed && !WEAK.has(c.from) && c.value === value) ?? from) : from;
  // A form that starts with its level ('市财政局') lacks its place: reported, not trusted, like one extended by a place.
  return { clues: [{ ...from, value }, ...group.filter((c) => c !== from)], extended: value !== confirmed.value || LEVEL_FIRST.test(value) };
}

/** The longest tail of `long` that is `short` with only place names before it (`short` itself when none). */
function withPlace(long: string, short: string): string {
  const level = LEVEL_FIRST.exec(short)?.[0] ?? '';
  for (let i = 0; i < long.length - short.length; i++) {
    const extra = long.slice(i, long.length - short.length);
    if (i > 0 && !NAME_BOUNDARY.test(long[i - 1]!)) continue;
    if (isPlace(extra) || (level && isPlace(extra + level))) return long.slice(i);
  }
  return short;
}

function isPlace(prefix: string): boolean {
  return PLACE_PREFIX.test(prefix) && !NOT_PLACE.test(prefix);
}

const MISSING: MetaFieldInfo = { confidence: 0, flags: ['missing'] };

function sourceOf(c: MetaClue<unknown>): NonNullable<MetaFieldInfo['source']> {
  return { from: c.from, ...(c.line !== undefined ? { line: c.line } : {}), ...(c.text ? { text: c.text } : {}) };
}

/** Groups the clues by value; the first group holds the first (strongest-placed) clue. */
function groups<T>(clues: readonly MetaClue<T>[], relate: (a: T, b: T) => Relation): MetaClue<T>[][] {
  const out: MetaClue<T>[][] = [];
  for (const c of clues) {
    const g = out.find((group) => relate(group[0]!.value, c.value) === 'same');
    if (g) g.push(c);
    else if (!out.some((group) => relate(group[0]!.value, c.value) === 'sub')) out.push([c]);
  }
  return out;
}

const printed = (g: readonly MetaClue<unknown>[]): number => new Set(g.filter((c) => !WEAK.has(c.from)).map((c) => c.from)).size;

/** Confidence of one value from its clue groups; `confirm`: something outside the clues confirms the first group. */
function scoreValue<T extends string | number>(all: MetaClue<T>[][], confirm = false): { value: T | null; info: MetaFieldInfo } {
  const [best, ...others] = all;
  if (!best) return { value: null, info: MISSING };
  const candidates = all.map((g) => g[0]!.value);
  if (others.length > 0 && !(printed(best) >= 2 && others.every((g) => printed(g) === 0))) {
    return { value: null, info: { confidence: 0, flags: ['ambiguous'], candidates } };
  }
  const places = new Set(best.map((c) => c.from)).size + (confirm ? 1 : 0);
  const flags: MetaFlag[] = [];
  let confidence = places >= 2 ? CONFIRMED : printed(best) > 0 ? SINGLE : best.some((c) => c.from === 'fileName') ? FILE_NAME_ONLY : METADATA_ONLY;
  if (places < 2) flags.push('unconfirmed');
  if (printed(best) === 0 && best.some((c) => c.from !== 'fileName')) flags.push('metadata');
  if (best[0]!.trimmed) flags.push('trimmed'), places < 2 && (confidence = Math.min(confidence, TRIMMED));
  if (others.length > 0) flags.push('conflict'), (confidence = Math.min(confidence, SINGLE));
  if (places < 2 && best.every((c) => c.ocr)) confidence = Math.min(confidence, OCR_SINGLE);
  // A reading cut out of page furniture may keep a piece of it ('政务公开XX局'): `confirmedForm` reports
  // only the form another place confirms ('XX局').
  // (For the agency, `confirmedForm` has chosen the form; another place may only give a better source for it.)
  const chosen = best[0]!.trimmed ? (best.find((c) => !c.trimmed && !WEAK.has(c.from) && c.value === best[0]!.value) ?? best[0]!) : best[0]!;
  const info: MetaFieldInfo = { confidence, flags, source: sourceOf(chosen), agreeing: [...new Set(best.map((c) => c.from))], ...(others.length ? { candidates: [chosen.value, ...candidates.slice(1)] } : {}) };
  return { value: chosen.value, info };
}

/** The publication date: the first date after the year reported on (sign-off, then header, then metadata); confirmed when another place prints the same date. */
function scoreDate(dates: readonly MetaClue<string>[], year: number | null): { value: string | null; info: MetaFieldInfo } {
  const after = dates.filter((d) => year === null || Number(d.value.slice(0, 4)) > year);
  const first = after[0];
  if (!first) return { value: null, info: MISSING };
  const agreeing = [...new Set(after.filter((d) => d.value === first.value).map((d) => d.from))];
  const flags: MetaFlag[] = agreeing.length < 2 ? ['unconfirmed'] : [];
  let confidence = agreeing.length >= 2 ? CONFIRMED : first.from === 'metaDate' ? METADATA_ONLY : SINGLE;
  if (first.from === 'metaDate') flags.push('metadata');
  const values = [...new Set(after.map((d) => d.value))];
  if (values.length > 1) flags.push('conflict'), (confidence = Math.min(confidence, SINGLE));
  return { value: first.value, info: { confidence, flags, source: sourceOf(first), agreeing, ...(values.length > 1 ? { candidates: values } : {}) } };
}

/**
 * Whether another place confirms the title: its agency or its year is confirmed (a text layer's
 * title prints its words as they are meant). An OCR'd title (a scan) needs both, each printed in
 * it: the year confirms four digits, not the name beside them, and a scan misreads names
 * ('青禾县卫生侦本2021年…' for 卫生健康局 came out at 0.95 through its year alone).
 */
function titleConfirmed(t: MetaClue<string> | null, agency: { value: string | null; info: MetaFieldInfo }, year: { value: number | null; info: MetaFieldInfo }): boolean {
  const agencyOk = agency.info.confidence >= CONFIRMED;
  const yearOk = year.info.confidence >= CONFIRMED;
  if (!t?.ocr) return agencyOk || yearOk;
  return agencyOk && yearOk && agency.value !== null && t.value.includes(agency.value) && t.value.includes(String(year.value));
}

/** A title of the report's fixed words only, no agency nor year ('政府信息公开工作年度报告', '年度政务公开工作年度报告'). */
const GENERIC_TITLE = /^[年度]{0,2}(?:政府信息公开|政务公开)(?:工作)?的?年度报告$/;

/**
 * A title joined from wrapped pieces that took in a stray one: a links box's heading ('…2019年热点信息政府信息…': the
 * sidebar's heading read between the title's lines) or a logo's glyph printed as text doubled at the join ('…2025年政政府…',
 * '…规划局政2022年度…'). No report's title is printed so: not whole (`incomplete`), whatever confirms its agency or year.
 */
const SPLICED = /热点信息|相关(?:信息|链接|阅读|文章|新闻)|推荐阅读|延伸阅读|政政府信息|政(?:19|20)\d{2}年/;

/**
 * A name starting with the tail of '人民政府' ('民政府2019年度…': the title's first line dropped as a sidebar entry beside it,
 * breaker40 b2-ptt-layout/r73): a piece of the name, not whole (title `incomplete`, agency ≤ SINGLE).
 */
const NAME_TAIL = /^(?:民政府|府(?![谷城]))/; // (府谷县, 府城街道 are places)

/**
 * A title naming no agency ('2025年政府信息公开工作年度报告'): in a document where no agency is read at all, its agency may
 * have been its first lines, lost (breaker40 b2-ptt-bbox/r67: '皮山县12345政务服务' / '便民热线管理中心' above it, printed in
 * a column beside the article, not read with it; 0.95 through its year); in one that prints the agency elsewhere (its
 * sign-off), it may be a link read for the title ('相关文章' / '2022年度…年度报告' under the body, gen62 1006200
 * pandoc-plain/r15 at 0.95) or the title with its agency's line lost. The year confirms the year, not that the
 * title is whole: ≤ SINGLE, `unconfirmed`.
 */
function headlessTitle(info: MetaFieldInfo, t: MetaClue<string>): MetaFieldInfo {
  if (info.confidence <= SINGLE || !namesNoAgency(t.value)) return info;
  return { ...info, confidence: SINGLE, flags: [...new Set([...info.flags, 'unconfirmed' as const])] };
}

/** The title's confidence: as printed, confirmed when the agency or year read from it is (`titleConfirmed`). */
function scoreTitle(t: MetaClue<string> | null, confirmed: boolean, year: number | null): MetaFieldInfo {
  if (!t) return MISSING;
  const flags: MetaFlag[] = [];
  if (t.from === 'metaTitle') flags.push('metadata');
  // Put back together from a header or breadcrumb's pieces (meta/head-above `putBackHead`): the join is this reading's alone.
  if (t.trimmed || t.putBack) flags.push('trimmed');
  // A title without its year or the report's words, or starting mid-word, was cut off or wrapped: its
  // agency or year confirmed elsewhere does not confirm it.
  const whole = titleLooksWhole(t.value, year) && !t.incomplete && !SPLICED.test(t.value.replace(/\s+/g, '')) && !NAME_TAIL.test(t.value.trim());
  if (!whole) flags.push('incomplete');
  if (t.misordered) flags.push('misordered');
  // Words printed next to it that may be its first half (t.incomplete: a line above it wrapped inside the agency's name,
  // '青州市5G产业园' / '管理办公室2025年…', the agency's line below it), the join not confirmed: a cut title, not one place's reading.
  // Only the report's fixed words ('政府信息公开工作年度报告', '年政府信息公开…'): a wrapped title's last line, its agency and year lost.
  const generic = GENERIC_TITLE.test(normaliseTitle(t.value).replace(/\s+/g, ''));
  // A title naming a year that does not read whole ('关于2022年…' under an agency line glued to a visit counter, '局2025年…',
  // '…2019年热点信息政府信息…') is a piece of the printed title or two pieces joined: as cut (one naming no year may be printed so).
  const cut = !whole && /(?:19|20)\d{2}/.test(normaliseTitle(t.value));
  // A metadata title naming no report ('示例市人民政府门户网站': a site's stale /Title) is no title of the report.
  // A printed title that does not read whole (no year, starting mid-word, a bracket never opened) is known not to be the
  // report's title as printed: a piece of it, or a line of prose citing another document ('…办公室关于印发〈中华人民共和国政府
  // 信息公开工作年度报告' — a LibreOffice print that lost its title line, fresh52: 19 such titles at 0.85, every one wrong). ≤ TRIMMED.
  const printed = t.from === 'metaTitle' ? (whole ? METADATA_ONLY : TRIMMED) : t.putBack ? SINGLE : t.trimmed || t.incomplete || generic || cut || !whole ? TRIMMED : confirmed ? CONFIRMED : SINGLE;
  if (t.listedOnly && !flags.includes('trimmed')) flags.push('trimmed');
  if (t.rivals?.length) flags.push('conflict');
  const capped = t.rivals?.length ? Math.min(printed, RIVAL_TITLE) : t.listedOnly ? Math.min(printed, TRIMMED) : printed;
  // An OCR'd title nothing confirms whole is one reading of some thirty glyphs, any of which the OCR may have
  // misread (a tesseract layer's '3' for a printed '0'): as an agency only OCR'd lines state, ≤ OCR_SINGLE.
  const read = t.ocr && capped < CONFIRMED ? Math.min(capped, OCR_SINGLE) : capped;
  const confidence = t.misordered ? Math.min(read, MISORDERED) : read;
  // An OCR'd title nothing confirms whole says so (every value below 0.9 carries a flag).
  if (t.ocr && confidence < CONFIRMED && flags.length === 0) flags.push('unconfirmed');
  return { confidence, flags, source: sourceOf(t), ...(t.rivals?.length ? { candidates: [t.value, ...t.rivals] } : {}) };
}

/**
 * A year no report can be about: one not over yet (after this year), or after every date the document
 * prints (its sign-off, its header: a report is written after the year it reports on). Digits the
 * text layer maps wrongly (a font's ToUnicode swapping 4 and 7) print a title and period of 2027 above a
 * sign-off of 2025-01-21: the year is then not trusted.
 */
function reportedTooLate(year: number, dates: readonly MetaClue<string>[]): boolean {
  const printedDates = dates.filter((d) => d.from !== 'metaDate').map((d) => Number(d.value.slice(0, 4)));
  return year > new Date().getFullYear() || (printedDates.length > 0 && printedDates.every((y) => y < year));
}

/** years. A report is signed in the year after the one it is about, rarely later. */
const LATEST_SIGNING = 1;

/**
 * A year the sign-off disputes from the other side: every date signed at the end is two or more years after it
 * (a title read from a sidebar's link to an older report, '…局2020年…年度报告', above a report signed
 * 2023-01-10). The year and a title naming it are then not trusted (`conflict`, ≤ SINGLE).
 */
/**
 * Confidence cap of a year every sign-off is two or more years after (`signedLong`): below the 0.8 band, since
 * the usual source of such a year is another report's link read as the title (breaker39: 16 sidebar pages read
 * 2021 for 2022 at 0.85 once the menu bar no longer took the title's place); a report really published that
 * late keeps its year, lower.
 */
const SIGNED_LONG_CAP = 0.75;

function signedLong(year: number, dates: readonly MetaClue<string>[]): boolean {
  // The sign-off's dates and the page's labelled publication date ('发布时间：2023-01-12': a page with no sign-off read).
  const signed = dates.filter((d) => d.from === 'signOff' || d.from === 'dateLabel').map((d) => Number(d.value.slice(0, 4)));
  return signed.length > 0 && signed.every((y) => y > year + LATEST_SIGNING);
}

/**
 * A year the sign-off disputes: every date signed at the end is in that year or before it ('2024年1月20日' under a
 * title of 2024), while a report is signed after the year it is about (a report signed in January–March of Y is
 * usually Y − 1's: the title may name the year it was published in, or the date is misprinted). One printed
 * place stating the year: `ambiguous` (null, the candidates: the year stated, the year before the signing);
 * two or more agreeing: kept, `conflict`, ≤ SINGLE.
 */
function signedTooEarly(year: { value: number | null; info: MetaFieldInfo }, dates: readonly MetaClue<string>[]): { value: number | null; info: MetaFieldInfo } {
  const signed = dates.filter((d) => d.from === 'signOff').map((d) => Number(d.value.slice(0, 4)));
  if (year.value === null || signed.length === 0 || !signed.every((y) => y <= year.value!)) return year;
  const places = (year.info.agreeing ?? []).filter((f) => !WEAK.has(f)).length;
  if (places >= 2) return { ...year, info: { ...year.info, confidence: Math.min(year.info.confidence, SINGLE), flags: [...new Set([...year.info.flags, 'conflict' as const])] } };
  const candidates = [...new Set([year.value, ...(year.info.candidates ?? []), maxOf(signed) - 1])];
  return { value: null, info: { confidence: 0, flags: ['ambiguous'], candidates } };
}

/**
 * A hole in a name: U+FFFD (a glyph the input could not decode), a private-use code point (U+E000–U+F8FF: a
 * font that maps some ideographs there, '\ue3a1宁市…' for '南宁市…') or a control character (a glyph whose
 * ToUnicode lacks its code reads as the code itself, '\x85'). Anywhere in the name, its first letter too.
 */
const HOLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]/;

/** A name holding a hole (`HOLE`) or a character no name holds is reported as read, `damaged`, ≤ DAMAGED: one of its letters is unknown. */
function damaged(value: string | null, info: MetaFieldInfo, notInName = HOLE): MetaFieldInfo {
  if (value === null || !notInName.test(value)) return info;
  return { ...info, confidence: Math.min(info.confidence, DAMAGED), flags: [...new Set([...info.flags, 'damaged' as const])] };
}

/**
 * A mark of a lightweight markup left in a title ('= 标题 =', '标题*', '标题 {#t1}': a form `layout/unmarked-line`
 * does not know): no title is printed with one, so the title read is not the printed one: `damaged`, ≤ DAMAGED.
 */
const MARKUP_LEFT = /[=*#_^{}|\\+~`<>]|'{2}/;

/** A character no agency name holds: anything but ideographs, digits, CJK and full-width punctuation ('（管委会，区级汇总）'), '()·' and spaces — a Latin letter, a symbol ('^', '¿', '●'), U+FFFD. */
const NOT_IN_NAME = '[^\\p{Script=Han}\\p{N}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65()·\\s]';
/** A name misread inside: such characters between its ideographs (a mark before the name, '★置顶 …', is page furniture the name's form leaves out). */
const MISREAD_NAME = new RegExp(`\\p{Script=Han}${NOT_IN_NAME}+\\p{Script=Han}|${HOLE.source}`, 'u');

/**
 * A title or agency read only from lines running to the page's edge (`MetaClue.atEdge`: a page cut
 * out of a wider one, `mutool poster`, a crop box) may be a piece of the name ('府2025年…', '城乡建设局'
 * for '…住房和城乡建设局'); two such places cut at the same edge agree on the piece, so they do not
 * confirm it: `damaged`, ≤ CUT_AT_EDGE, unless a place not at the edge prints that same name (one
 * printing a longer name ending with it, '浙江省温州市瓯海区住房和城乡建设局', shows it is a piece).
 */
export const CUT_AT_EDGE = 0.6;

function cutAtEdge(info: MetaFieldInfo, clues: readonly MetaClue<string>[], value: string | null): MetaFieldInfo {
  if (value === null) return info;
  // A place printing a longer name ending with it does not confirm the piece: it prints the whole name the piece is cut from.
  const printing = clues.filter((c) => !WEAK.has(c.from) && c.value === value);
  if (printing.length === 0 || printing.some((c) => !c.atEdge)) return info;
  return { ...info, confidence: Math.min(info.confidence, CUT_AT_EDGE), flags: [...new Set([...info.flags, 'damaged' as const])] };
}

/** The agency clues to weigh: those read whole when there are any (a misread one is no evidence either way). */
function readableAgencies(clues: readonly MetaClue<string>[]): readonly MetaClue<string>[] {
  const readable = clues.filter((c) => !MISREAD_NAME.test(c.value));
  return readable.length > 0 ? readable : clues;
}

/**
 * No place prints the year: the year before the sign-off's date ('2024年1月20日' → 2023; reports come out
 * by 31 January), reported `unconfirmed` at SIGNED_ONLY — a late report (signed in 2025 about 2023) would
 * make it wrong, and nothing confirms it. None when the sign-off prints no date or dates of several years.
 */
function yearBeforeSignOff(dates: readonly MetaClue<string>[]): { value: number | null; info: MetaFieldInfo } {
  const signed = dates.filter((d) => d.from === 'signOff');
  const years = new Set(signed.map((d) => Number(d.value.slice(0, 4))));
  if (years.size !== 1) return { value: null, info: MISSING };
  const value = [...years][0]! - 1;
  return { value, info: { confidence: SIGNED_ONLY, flags: ['unconfirmed'], source: sourceOf(signed[0]!), agreeing: ['signOff'] } };
}

/**
 * Confidence cap of a title naming a body whose unit another printed place names (`unitOf`: the title '…市公安局2023年…',
 * the sign-off '…市公安局交通警察支队'): below the 0.8 band, the usual source of such a title being a links box's entry for
 * the parent body's report of the same year read in the page's own title's place (a plain dump writes the box between the
 * pieces of the page's wrapped title).
 */
const PARENT_TITLE = 0.75;

/** The title's info, capped at PARENT_TITLE (`conflict`) when its agency is the parent of one another printed place names (`unitOf`). */
function parentTitle(info: MetaFieldInfo, t: MetaClue<string> | null, agencies: readonly MetaClue<string>[]): MetaFieldInfo {
  const own = t ? agencies.find((c) => c.from === t.from && c.line === t.line) : undefined;
  if (!own || !agencies.some((c) => c !== own && !WEAK.has(c.from) && c.from !== own.from && unitOf(c.value, own.value))) return info;
  return { ...info, confidence: Math.min(info.confidence, PARENT_TITLE), flags: [...new Set([...info.flags, 'conflict' as const])] };
}

/** The first year of the 2021 template's reports (国办公开办函〔2021〕30号, from the 2021 reports on). */
const TEMPLATE_2021_FROM = 2021;

/**
 * The year (and a title naming it) against the template the tables print, read from their words (not assumed from the
 * year, not both vocabularies): a 2021 template's tables under a year before 2021 are another report's year than the
 * tables' (a sidebar's link to an older report read as the title, '…局2020年…' over a 2022 report: 0.85). The year is not
 * determined by the page: ≤ SIGNED_LONG_CAP, `conflict`. (The 2019 template under a later year is printed still: not ruled out.)
 */
export function yearAgainstTemplate(fields: MetaFields, meta: { title: string | null; year: number | null }, version: string, warnings: readonly { code: string }[]): MetaFields {
  const { year } = meta;
  if (year === null || warnings.some((w) => w.code === 'template_from_year' || w.code === 'template_mixed')) return fields;
  if (version !== '2021' || year >= TEMPLATE_2021_FROM) return fields;
  const capped = (info: MetaFieldInfo): MetaFieldInfo => ({ ...info, confidence: Math.min(info.confidence, SIGNED_LONG_CAP), flags: [...new Set([...info.flags, 'conflict' as const])] });
  const titled = meta.title !== null && normaliseTitle(meta.title).includes(String(year));
  return { ...fields, year: capped(fields.year), ...(titled ? { title: capped(fields.title) } : {}) };
}

/** Values and `metaFields` from the clues. */
export function scoreMeta(evidence: MetaEvidence): ScoredMeta {
  const [first, ...rest] = groups(readableAgencies(evidence.agencies), nameRelation);
  const form = first ? confirmedForm(first) : null;
  const agency = scoreValue(form ? [form.clues, ...rest] : []);
  // Place names before the confirmed form are printed in one place only (where such a name starts is not
  // known: '置顶沭阳县…' over a sign-off '县…'): the value is reported, not trusted.
  if (form?.extended && agency.info.confidence > SINGLE) {
    agency.info = { ...agency.info, confidence: SINGLE, flags: [...new Set([...agency.info.flags, 'unconfirmed' as const])] };
  }
  const yearGroups = groups(evidence.years, (a, b) => (a === b ? 'same' : 'other'));
  const chosenYear = yearGroups[0]?.[0]?.value;
  // A misread title year chosen by a date (`misreadTitleYear`) is not confirmed by that date.
  const datedAfter = chosenYear !== undefined && !yearGroups[0]!.every((c) => c.misread) && evidence.dates.some((d) => d.from !== 'metaDate' && Number(d.value.slice(0, 4)) === chosenYear + 1);
  const year = yearGroups.length > 0 ? scoreValue(yearGroups, datedAfter) : yearBeforeSignOff(evidence.dates);
  if (year.value !== null && year.info.confidence > SINGLE && reportedTooLate(year.value, evidence.dates)) {
    year.info = { ...year.info, confidence: SINGLE, flags: [...new Set([...year.info.flags, 'conflict' as const])] };
  }
  const late = year.value !== null && signedLong(year.value, evidence.dates) ? year.value : null;
  if (late !== null) {
    year.info = { ...year.info, confidence: Math.min(year.info.confidence, SIGNED_LONG_CAP), flags: [...new Set([...year.info.flags, 'conflict' as const])] };
  }
  const yearValue = signedTooEarly(year, evidence.dates);
  year.value = yearValue.value;
  year.info = yearValue.info;
  const published = scoreDate(evidence.dates, year.value);
  const t = evidence.title;
  // The title is confirmed through its agency or year, unless the places disagree on the other one (a page
  // linking another agency's report of the same year: the year agrees, the agencies do not).
  const disputed = [agency.info, year.info].some((f) => f.flags.includes('ambiguous') || f.flags.includes('conflict'));
  const titleInfo = parentTitle(damaged(t?.value ?? null, damaged(t?.value ?? null, scoreTitle(t, !disputed && titleConfirmed(t, agency, year), year.value)), MARKUP_LEFT), t, evidence.agencies);
  agency.info = cutAtEdge(damaged(agency.value, agency.info, MISREAD_NAME), evidence.agencies, agency.value);
  if (agency.value !== null && NAME_TAIL.test(agency.value) && agency.info.confidence > SINGLE) {
    agency.info = { ...agency.info, confidence: SINGLE, flags: [...new Set([...agency.info.flags, 'unconfirmed' as const])] };
  }
  const cutInfo = t ? cutAtEdge(headlessTitle(titleInfo, t), [t], t.value) : titleInfo;
  // A title naming a year every sign-off and publication date is two or more years after: another report's (a link's), as its year.
  const titleCut = late !== null && t && normaliseTitle(t.value).includes(String(late)) ? { ...cutInfo, confidence: Math.min(cutInfo.confidence, SIGNED_LONG_CAP), flags: [...new Set([...cutInfo.flags, 'conflict' as const])] } : cutInfo;
  return {
    title: t?.value ?? null,
    agency: agency.value,
    year: year.value,
    publishedAt: published.value,
    fields: { title: titleCut, agency: agency.info, year: year.info, publishedAt: published.info },
  };
}
