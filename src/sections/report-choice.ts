/**
 * @file Which of a document's several reports is the document's, by evidence, not by position.
 *
 * The document names itself in its title (the printed title, else the page's `<title>`) and its file name:
 * a year and an agency, and — '（含所属单位）', '及所属单位', '…系统' — whether it covers subordinate units.
 * Each report is known by its own title, the lines announcing it ('以下为2024年度报告正文：', '第二部分 XX中心',
 * '汇总情况'), its opening sentence ('现将…年度报告') and the year its opening text reports on (the statistics
 * period, else the year it names most).
 *  1. A report any of whose clues names another year or another agency than the document (or whose own
 *     title is another title, when an agency cannot be read from one of the two) is not the document's.
 *  2. Of the others, the one named as the document's is chosen when exactly one is: by its own title
 *     (the document's agency and year), by an announcing line naming the document's year, or — the first
 *     report — by the document's title printed right above it (nothing announcing another part between)
 *     with its opening text reporting on the title's year. A document covering units is the whole, not
 *     one unit: only a report announced as the whole (汇总, 合计, 全局, 全系统, or the umbrella agency's name
 *     alone) or titled with the umbrella agency is named.
 *  3. One report left, stating the document's year or agency somewhere: chosen.
 *  Otherwise the choice is not determined: the first report left (or the first) is read, below 0.9.
 */
import type { Line } from '../model/document.js';
import { isAgencyName, normaliseTitle, titleParts } from '../meta/agency-name.js';
import { presentedAs, statisticsYear } from '../meta/body.js';
import { baseName } from '../meta/index.js';
import { lineText } from '../meta/line-text.js';
import { findTitle, tidyTitle, type FoundTitle } from '../meta/title.js';
import { agencyRelation } from '../score/meta.js';
import { matchHeading } from './match-heading.js';
import { PART_NUMBER, type ReportPart } from './report-parts.js';
import { pushAll } from '../_internal/extremes.js';

/** What the title says about the units it covers ('XX局（含所属单位）2024年…', 'XX市教育系统2024年…'). */
const UMBRELLA = /[（(][^（()）]*(?:所属|下属|直属)[^（()）]*[)）]|(?:含|及|包括)(?:其)?(?:所属|下属|直属)(?:各)?(?:单位|机构|部门)?|系统/g;
/** Words announcing the whole of a covering report's units. */
const WHOLE = /汇总|合计|全局|全系统|全部单位|总体数据/;
/** Page furniture that may sit between a title and the first heading without announcing anything. */
const FURNITURE = /打印|关闭|字号|分享|来源|浏览|点击|发布|阅读|【|】/;
/** lines. The opening text whose years tell the year reported on (when no statistics period is printed). */
const OPENING_LINES = 30;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** chars. A heading is at most this long. */
const MAX_HEADING = 30;

/** The document's identity as it states it. */
interface DocumentClaim {
  title: FoundTitle | null;
  year: number | null;
  agency: string | null;
  umbrella: boolean;
  /** The file name names another year or agency than the title. */
  contested: boolean;
}

/** What one report says of itself. */
interface PartClaim {
  years: number[];
  agencies: string[];
  /** Its own title is another one than the document's and no agency can be compared. */
  otherTitle: boolean;
  /** Named the document's report (step 2). */
  named: boolean;
  /** May be the document's report as well: named, titled by the document's title, or (units) possibly their whole. */
  rival: boolean;
  /** Announced as something other than the document's year ('第二部分 XX中心'), or under another agency's name alone. */
  announced: boolean;
}

/** The choice made. */
export interface ReportChoice {
  /** Index into the parts. */
  index: number;
  /** The evidence names this report the document's; false: read below 0.9. */
  determined: boolean;
  /** How it was chosen, for the warning. */
  why: string;
}

/** The title text for comparing: half-width, digit years, no spaces, no umbrella words. */
function comparable(text: string): string {
  return tidyTitle(normaliseTitle(text)).replace(/\s+/g, '').replace(UMBRELLA, '');
}


/** Year and agency of a title-like text, umbrella words left out. */
const partsOf = (text: string) => titleParts(normaliseTitle(text).replace(UMBRELLA, ''));

/** Two statements of agency or year that differ (each known). */
function differ(a: { agency: string | null; year: number | null }, b: { agency: string | null; year: number | null }): boolean {
  return (a.agency !== null && b.agency !== null && agencyRelation(a.agency, b.agency) !== 'same') || (a.year !== null && b.year !== null && a.year !== b.year);
}

/**
 * Year and agency the document names itself by: its printed title, or the page's `<title>` when that names
 * another report than the first printed title (a page listing reports is titled by the one it is about).
 * A file name naming another year or agency contests them.
 */
export function documentClaim(lines: readonly Line[], metaTitle: string | undefined, name: string): DocumentClaim {
  const found = findTitle(lines, metaTitle);
  const page = metaTitle ? findTitle([], metaTitle) : null;
  const title = found && page && found.from === 'title' && differ(partsOf(found.text), partsOf(page.text)) ? page : found;
  const own = title ? partsOf(title.text) : { agency: null, year: null };
  const file = titleParts(baseName(name));
  const contested = differ(own, file);
  const umbrella = [title?.text, metaTitle].some((t) => t !== undefined && new RegExp(UMBRELLA.source).test(normaliseTitle(t)));
  return { title, year: own.year ?? file.year, agency: own.agency ?? file.agency, umbrella, contested };
}

/** The year the part's opening text reports on: its statistics period, else the one year it names most. */
function reportedYear(body: readonly Line[], opening: readonly Line[]): number | null {
  const period = statisticsYear(body);
  if (period?.year) return period.year;
  const counts = new Map<number, number>();
  // The next heading ends it (a heading is short: a sentence naming 主动公开政府信息 is not one).
  const end = opening.findIndex((l, i) => i > 0 && lineText(l).length <= MAX_HEADING && matchHeading(lineText(l)) !== null);
  for (const l of opening.slice(0, Math.min(end < 0 ? OPENING_LINES : end, OPENING_LINES))) {
    for (const m of normaliseTitle(lineText(l)).matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
}

/** A part's clues; `body`: its lines below its title (or from its first line), `opening`: from its 一、总体情况, both to the next part. */
function claimOf(part: ReportPart, body: readonly Line[], opening: readonly Line[], doc: DocumentClaim): PartClaim {
  const years: number[] = [];
  const agencies: string[] = [];
  const sameAgency = (a: string | null): boolean => a !== null && doc.agency !== null && agencyRelation(a.replace(/\s+/g, ''), doc.agency) === 'same';
  const docTitled = part.title !== null && doc.title?.line !== undefined && part.title.line === doc.title.line;
  let otherTitle = false;
  let titleNamed = false;
  let titleWhole = false;
  if (part.title && !docTitled) {
    const t = partsOf(part.title.text);
    if (t.year) years.push(t.year);
    if (t.agency) agencies.push(t.agency);
    otherTitle = doc.title !== null && comparable(part.title.text) !== comparable(doc.title.text) && (!t.agency || !doc.agency);
    titleNamed = sameAgency(t.agency) && (doc.year === null || t.year === doc.year);
    titleWhole = WHOLE.test(part.title.text);
  }
  const headerYears = part.headers.flatMap((h) => [...normaliseTitle(h).matchAll(YEAR)].map((m) => Number(m[1])));
  pushAll(years, headerYears);
  const presented = presentedAs(body);
  if (presented?.year) years.push(presented.year);
  if (presented?.agency) agencies.push(presented.agency);
  const reported = reportedYear(body, opening);
  if (reported !== null) years.push(reported);
  // A byline (the document's agency alone) or a piece of the document's title (a title broken over lines) announces nothing.
  const titleText = doc.title ? comparable(doc.title.text) : '';
  const announced = part.headers.filter((h) => !FURNITURE.test(h) && !sameAgency(h) && !(titleText && titleText.includes(comparable(h))));
  const byHeader = doc.year !== null && headerYears.includes(doc.year);
  // Another agency's name alone above it: the previous report's sign-off or this one's unit.
  const other = (announced.length > 0 && !byHeader) || (part.nameAbove !== null && !sameAgency(part.nameAbove));
  if (doc.umbrella) {
    // The umbrella agency's name as a numbered part ('第一部分 某局'); alone (a byline, a sign-off above it, a title) it may
    // stand for the agency's own organ as well as for the whole: the part may be the whole, not named so.
    const whole = titleWhole || part.headers.some((h) => WHOLE.test(h) || (PART_NUMBER.test(h) && sameAgency(h.replace(PART_NUMBER, ''))));
    // The umbrella agency not read from the title ('XX教育系统'): any agency a part names may be it.
    const umbrellaName = (a: string | null): boolean => a !== null && (doc.agency === null ? isAgencyName(a.replace(/\s+/g, '')) : sameAgency(a));
    const named = (h: string): boolean => umbrellaName(h.replace(PART_NUMBER, ''));
    const bare = umbrellaName(part.nameAbove) || (announced.length === 0 && part.headers.some(umbrellaName)) || (doc.agency === null && part.headers.some(named)) || titleNamed || (doc.agency === null && agencies.length > 0);
    return { years, agencies, otherTitle, named: whole, rival: whole || bare, announced: other };
  }
  const byDocTitle = docTitled && announced.length === 0;
  const named = titleNamed || byHeader || (byDocTitle && doc.year !== null && reported === doc.year);
  return { years, agencies, otherTitle, named, rival: named || byDocTitle, announced: other };
}

function conflicts(c: PartClaim, doc: DocumentClaim): boolean {
  if (c.otherTitle) return true;
  if (doc.year !== null && c.years.some((y) => y !== doc.year)) return true;
  return doc.agency !== null && c.agencies.some((a) => agencyRelation(a, doc.agency!) !== 'same');
}

const states = (c: PartClaim, doc: DocumentClaim): boolean =>
  c.named || (doc.year !== null && c.years.includes(doc.year)) || (doc.agency !== null && c.agencies.some((a) => agencyRelation(a, doc.agency!) === 'same'));

/** Chooses the document's report among `parts` of `lines` (see the file comment). */
export function chooseReport(lines: readonly Line[], parts: readonly ReportPart[], doc: DocumentClaim): ReportChoice {
  const claims = parts.map((p, n) => {
    const end = parts[n + 1]?.start ?? lines.length;
    return claimOf(p, lines.slice(p.title?.line ?? p.start, end), lines.slice(p.overview, end), doc);
  });
  const left = claims.flatMap((c, n) => (conflicts(c, doc) ? [] : [n]));
  if (doc.contested) return { index: left[0] ?? 0, determined: false, why: "the file name names another year or agency than the document's title" };
  const named = left.filter((n) => claims[n]!.named);
  const rivals = left.filter((n) => claims[n]!.rival);
  const whose = doc.umbrella ? 'announced as the whole of the units the title covers' : "named by the document's title, year or agency";
  if (named.length === 1 && rivals.length === 1) return { index: named[0]!, determined: true, why: `the only report ${whose}` };
  // One report left, announced as nothing else (a unit's name), stating the document's year or agency.
  const only = left.length === 1 ? claims[left[0]!]! : null;
  if (!doc.umbrella && only && !only.announced && states(only, doc)) {
    return { index: left[0]!, determined: true, why: "the only report whose year and agency do not contradict the document's" };
  }
  const how = named.length === 0 ? 'no report is' : 'several reports are';
  const why = doc.umbrella
    ? `the title covers several units and ${rivals.length > 1 ? 'several reports may be' : how} announced as their whole (汇总/合计)`
    : `${rivals.length > 1 ? 'several reports are' : how} named by the document's title, year or agency`;
  return { index: named[0] ?? rivals[0] ?? left[0] ?? 0, determined: false, why };
}
