/**
 * @file meta: the report's identity — title, agency, year reported on, publication date — as
 * evidence from every place that states it: the printed title (or the metadata title: crawl
 * header, `<title>`, PDF Title), the byline under the title, the opening paragraph ('现将…'), the
 * statistics period, the sign-off at the end and the file name. Which value to report and how
 * far to trust it is decided from these clues in `score/meta.ts`.
 */
import type { LoadedDocument } from '../model/document.js';
import type { MetaSource } from '../schema/report.js';
import { endsAsName, normaliseTitle, titleParts } from './agency-name.js';
import { notedYear, overviewYear, witnessYears, presentedAs, statisticsYear, writtenBy } from './body.js';
import { dateOnLine, findByline, findSignOff, SIGNATURE_WINDOW, type LineDate } from './sign-off.js';
import { agencyLineBelow, findTitle, namesNoAgency, tidyTitle, titleLooksWhole, turnedTitle, TITLE_WINDOW, wordsBeforeYear } from './title.js';
import { metaText } from './line-text.js';
import { inColumn } from './column-titles.js';
import { headAbove, headerInTitle, putBackHead } from './head-above.js';

export { chineseYearsToDigits } from './chinese-year.js';
export { isAgencyName, titleParts } from './agency-name.js';

/** Where a clue was read (`META_SOURCES` of the schema). */
export type MetaSourceKind = MetaSource;

/** One statement of a meta value in the document. */
export interface MetaClue<T> {
  value: T;
  from: MetaSourceKind;
  /** 1-based line, when read from the document's lines. */
  line?: number;
  /** The text it was read from (shortened). */
  text?: string;
  /** A breadcrumb or site name was cut off to read it. */
  trimmed?: boolean;
  /** (title) Perhaps only the second half of a title wrapped onto two lines. */
  incomplete?: boolean;
  /** (year) An OCR'd title's misread year, chosen among its readings by another place (`misreadTitleYear`): confirms nothing. */
  misread?: boolean;
  /** (title, agency) Read from a line running to the page's edge (Line.atEdge): the name may be a piece of a longer one. */
  atEdge?: boolean;
  /**
   * (title, agency) Read by OCR (a scanned page, an OCR text layer): a year confirmed elsewhere does not confirm a
   * title's other characters, and an agency no other place states may have lost some (score/meta OCR_SINGLE).
   */
  ocr?: boolean;
  /**
   * (title) Put together from the lines above it and the title read, a running header or breadcrumb taken out
   * (meta/head-above `putBackHead`): its agency is another place's, its join this reading's alone.
   */
  putBack?: boolean;
  /** (title) Its words before the year come out of a turned block, out of order (meta/title `titleMisordered`), or a running header printed over it read into it (meta/head-above `headerInTitle`): not the printed title. */
  misordered?: boolean;
  /** (title) Printed only as an entry of a list of report titles (meta/title-support): not the page's heading. */
  listedOnly?: boolean;
  /** (title) Other titles of its year the page prints as often (meta/title-support): which one is its own is open. */
  rivals?: string[];
}

/** Every clue to the report's identity; `score/meta.ts` turns them into values with confidence. */
export interface MetaEvidence {
  title: MetaClue<string> | null;
  agencies: MetaClue<string>[];
  years: MetaClue<number>[];
  /** Dates near the top and in the sign-off (last first), then the metadata date. */
  dates: MetaClue<string>[];
}

/** Places that are not the printed report: they neither read a turned title backwards nor show it misordered. */
const WEAK_CLUES: ReadonlySet<MetaSourceKind> = new Set(['fileName', 'metaTitle', 'metaDate']);

/** chars. Clue texts are kept this long. */
const CLUE_TEXT = 80;

function clue<T>(value: T, from: MetaSourceKind, text: string, line?: number, trimmed?: boolean): MetaClue<T> {
  return { value, from, text: text.slice(0, CLUE_TEXT), ...(line !== undefined ? { line } : {}), ...(trimmed ? { trimmed } : {}) };
}

function dateClue(d: LineDate, atEnd: boolean): MetaClue<string> {
  return clue(d.date, d.labelled ? 'dateLabel' : atEnd ? 'signOff' : 'byline', d.text, d.line);
}

/** The file name without folders and extension. */
export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

/** Dates of dated lines: the last lines (from the end), then the top lines. */
function datedLines(lines: LoadedDocument['lines']): MetaClue<string>[] {
  const at = (l: LoadedDocument['lines'][number], i: number, atEnd: boolean): MetaClue<string>[] => {
    const d = dateOnLine(metaText(l), i + 1);
    return d ? [dateClue(d, atEnd)] : [];
  };
  const tail = lines.map((l, i) => ({ l, i })).slice(-SIGNATURE_WINDOW).reverse();
  // A short document's top and end overlap: each line is one place, read once.
  const head = lines.slice(0, Math.min(TITLE_WINDOW, lines.length - SIGNATURE_WINDOW));
  return [...tail.flatMap(({ l, i }) => at(l, i, true)), ...head.flatMap((l, i) => at(l, i, false))];
}

/**
 * The year of an OCR'd title whose year run may stand for several years ('20191年': 2011 or 2019; a
 * scan's page pass adds a digit before 年): the one reading that the opening prints where it states the year
 * (OCR'd statistics period, 总体情况: `witnessYears`) or that a printed date falls in the year after (reports come out by 31 January).
 * Null when none or several agree: a year is never made up.
 */
export function misreadTitleYear(candidates: readonly number[], witnesses: ReadonlySet<number>, dates: readonly MetaClue<string>[], signed: readonly number[] = []): number | null {
  const printed = [...dates.filter((d) => d.from !== 'metaDate').map((d) => Number(d.value.slice(0, 4))), ...signed];
  const agreed = candidates.filter((y) => witnesses.has(y) || printed.includes(y + 1));
  return agreed.length === 1 ? agreed[0]! : null;
}

/**
 * A line that is a date and nothing else, its month or day misread by a scan ('2024年38月158日'): the year of
 * a sign-off's date (`signedYears`), not a date.
 */
const SIGNED_DATE_LINE = /^\s*((?:19|20)\d{2})\s*年\s*\d{1,3}\s*月\s*\d{1,3}\s*日\s*$/;
/** lines. A sign-off's date is among the document's last lines. */
const SIGNED_WINDOW = 15;

/** Years of OCR'd date lines among the last lines (`SIGNED_DATE_LINE`): a witness for `misreadTitleYear` only. */
function signedYears(lines: LoadedDocument['lines']): number[] {
  return lines.slice(-SIGNED_WINDOW).flatMap((l) => {
    const m = l.ocr !== undefined ? SIGNED_DATE_LINE.exec(normaliseTitle(metaText(l))) : null;
    return m ? [Number(m[1])] : [];
  });
}

/** A line that is a year and nothing else ('2023年', '（2023年度）', '二〇二三年'). */
const YEAR_LINE = /^[（(]?\s*((?:19|20)\d{2})\s*年\s*度?\s*[)）]?$/;

/**
 * The year of a title printed without it, on a line of its own next to the title ('XX局政府信息公开工作年度报告' /
 * '（2023年度）'; a LibreOffice print puts a wrapped title's '2023年' on a line of its own). The title's statement of the year.
 */
function yearLineBeside(lines: LoadedDocument['lines'], titleLine: number | undefined): { year: number; text: string; line: number } | null {
  if (titleLine === undefined) return null;
  for (const i of [titleLine, titleLine - 2]) {
    const text = i >= 0 && i < lines.length ? metaText(lines[i]) : '';
    const m = YEAR_LINE.exec(normaliseTitle(text).trim());
    if (m) return { year: Number(m[1]), text, line: i + 1 };
  }
  return null;
}

/**
 * A sign-off whose name wrapped onto two lines ('辽宁省鞍山高新技术' / '产业开发区管理委员会' over the date): the line
 * above the date holds the name's second half, which another place's name ends inside a word. Joined with the
 * line above it, when that gives the other place's name (or a whole-name tail of it), the sign-off's name; else as read.
 */
function wrappedSignOff(lines: LoadedDocument['lines'], dateLine: number, agency: string, others: readonly MetaClue<string>[]): string {
  const tails = others.filter((c) => c.value.endsWith(agency) && c.value !== agency && !endsAsName(c.value, agency));
  if (tails.length === 0 || dateLine < 3) return agency;
  const joined = metaText(lines[dateLine - 3]).replace(/\s+/g, '') + agency;
  return tails.some((c) => c.value === joined || endsAsName(c.value, joined)) ? joined : agency;
}

/** Whether `office` is the general office of the body `agency` names ('淮安市洪泽区人民政府办公室' of '洪泽区人民政府'). */
function officeOf(office: string, agency: string): boolean {
  const body = office.replace(/(?:办公室|办公厅)$/, '');
  return body !== office && body !== '' && (body.endsWith(agency) || agency.endsWith(body));
}

/** Reads every clue to title, agency, year and publication date. */
export function extractMeta(doc: Pick<LoadedDocument, 'lines' | 'metaTitle' | 'metaDate' | 'name'>): MetaEvidence {
  const agencies: MetaClue<string>[] = [];
  const years: MetaClue<number>[] = [];
  const signOff = findSignOff(doc.lines);
  const found = findTitle(doc.lines, doc.metaTitle, signOff);
  // A sidebar's link read as the title (meta/title FoundTitle.link): its agency and year are another report's.
  const parts = found && !found.link ? titleParts(found.text) : null;
  if (found && parts) {
    // A title whose first half may be on the line above (incomplete: wrapped inside the agency's name) names a piece of its agency at most: as if cut.
    // A title printed only as a list entry (meta/title-support `listedOnly`) may be another report's: its agency and year as if cut.
    const listed = found.listedOnly === true;
    // So is a title naming a year that does not read whole ('报告云岭市…局2022年…': another entry's tail glued before it).
    const cut = parts.year !== null && !titleLooksWhole(found.text, null);
    if (parts.agency) agencies.push(clue(parts.agency, found.from, found.text, found.line, found.trimmed || parts.trimmed || found.incomplete === true || listed || cut));
    if (parts.year) years.push(clue(parts.year, found.from, found.text, found.line, listed));
    const apart = parts.year ? null : yearLineBeside(doc.lines, found.line);
    if (apart) years.push(clue(apart.year, found.from, apart.text, apart.line));
  }
  // The opening '现将X…年度报告' names the report's agency; a byline or sign-off names who signed it
  // (often its office): the opening goes first.
  const presented = presentedAs(doc.lines);
  if (presented?.agency) agencies.push(clue(presented.agency, 'body', presented.text));
  if (presented?.year) years.push(clue(presented.year, 'body', presented.text));
  const byline = found?.line ? findByline(found.column ? inColumn(doc.lines, found.line, found.column) : doc.lines, found.line) : null;
  if (byline?.agency) agencies.push(clue(byline.agency, 'byline', byline.text, byline.line));
  // A name whose ending is not a known agency's (an institution's) printed alike as the title's words before
  // its year and as the sign-off's name line: the two places agree on it, each is a clue.
  if (found && parts?.looseName && signOff?.nameAbove === parts.looseName && signOff.line !== byline?.line) {
    agencies.unshift(clue(parts.looseName, found.from, found.text, found.line));
    agencies.push(clue(parts.looseName, 'signOff', parts.looseName, signOff.line - 1));
  }
  if (signOff?.agency && signOff.line !== byline?.line) {
    const name = wrappedSignOff(doc.lines, signOff.line, signOff.agency, agencies);
    agencies.push(clue(name, 'signOff', name, signOff.line - 1));
  }
  // Who the opening says wrote the report ('本报告由XX局…编制', 'XX人民政府办公室编制了本报告', '现将XX街道办事处2023年…报告如下'):
  // after the sign-off. An office compiling its body's report ('本报告由淮安市洪泽区人民政府办公室…编制' under the title
  // '洪泽区人民政府2023年…') names the compiler, not another agency: no clue then.
  const written = presented?.agency ? null : writtenBy(doc.lines);
  if (written?.agency && !agencies.some((c) => officeOf(written.agency!, c.value))) agencies.push(clue(written.agency, 'body', written.text));
  if (written?.year && !presented?.year) years.push(clue(written.year, 'body', written.text));
  // Agencies read off OCR'd lines ('县柳林镇人民政府' for 黎平县…: the OCR lost the name's head).
  for (const [i, a] of agencies.entries()) if (a.line !== undefined && doc.lines[a.line - 1]?.ocr !== undefined) agencies[i] = { ...a, ocr: true };
  // (No '统计期限' sentence: a calendar year the tables' notes count over, '注：本表…均以2022年1月1日至2022年12月31日期间…'.)
  const period = statisticsYear(doc.lines) ?? notedYear(doc.lines);
  if (period?.year) years.push(clue(period.year, 'period', period.text));
  // 一、总体情况's first words ('2023年，我局…'): the body's statement of the year, another place than the title.
  const overview = overviewYear(doc.lines);
  if (overview?.year && !(presented?.year === overview.year)) years.push(clue(overview.year, 'body', overview.text));
  // A title perhaps wrapped inside its agency's name ('安徽省宜' / '昌市…'): an agency read from it that another
  // place prints longer, starting inside a word ('…发展和改革委员会'), is the name's tail, no evidence.
  // So is one read from a title that reads whole ('四七团2020年度…' under the line '…阿拉尔市第一' of '…第一四七团': a column's
  // pieces joined until they read whole): the title itself is then a piece (incomplete).
  const head = found ? agencies.find((c) => c.from === found.from) : undefined;
  const tailOnly = !!head && agencies.some((c) => c !== head && !WEAK_CLUES.has(c.from) && c.value.endsWith(head.value) && !endsAsName(c.value, head.value));
  const cutHead = !!head && (found?.incomplete || tailOnly) && agencies.some((c) => c !== head && c.value.endsWith(head.value) && !endsAsName(c.value, head.value));
  if (head && cutHead) agencies.splice(agencies.indexOf(head), 1);
  const file = titleParts(baseName(doc.name));
  if (file.agency) agencies.push(clue(file.agency, 'fileName', doc.name));
  if (file.year) years.push(clue(file.year, 'fileName', doc.name));
  const dates = datedLines(doc.lines);
  if (doc.metaDate) dates.push(clue(doc.metaDate, 'metaDate', doc.metaDate));
  // Only on a scan: a text layer's title prints its year as it is meant.
  const ocrTitle = found?.line !== undefined && doc.lines[found.line - 1]?.ocr !== undefined;
  const misread = ocrTitle && parts?.yearCandidates ? misreadTitleYear(parts.yearCandidates, witnessYears(doc.lines), dates, signedYears(doc.lines)) : null;
  if (misread !== null && found && !years.some((c) => c.value === misread)) years.push({ ...clue(misread, found.from, found.text, found.line), misread: true });
  // A title naming no agency while the document prints one beside it (the line below it, its byline: a 180° page's
  // heading lines read in reverse order, its agency line lost) may be missing its first line: not whole.
  // So is one whose agency (or the front of it) another place names is printed on the lines just above it, apart (meta/head-above).
  const printedElsewhere = agencies.filter((c) => c.from !== found?.from && !WEAK_CLUES.has(c.from)).map((c) => c.value);
  // The same read whole again: the lines above and the title are exactly a title of that agency and year, a header or breadcrumb taken out.
  const putBack = found?.line !== undefined && !ocrTitle ? putBackHead(doc.lines, found.line, found.text, printedElsewhere) : null;
  const ownAgency = putBack !== null ? agencies.findIndex((c) => c.from === found?.from) : -1;
  if (ownAgency >= 0) agencies.splice(ownAgency, 1);
  const headLost =
    putBack === null &&
    found?.line !== undefined &&
    (agencyLineBelow(doc.lines, found.line, found.text) || (!!byline?.agency && namesNoAgency(found.text)) || headAbove(doc.lines, found.line, found.text, printedElsewhere));
  // A title whose head comes out of a turned page's columns: read backwards when that names an agency printed elsewhere, else not trusted (meta/title turnedTitle).
  const turned = found ? turnedTitle(found.text, agencies.filter((c) => !WEAK_CLUES.has(c.from)).map((c) => c.value)) : null;
  if (turned?.text) {
    const back = titleParts(turned.text);
    if (back.agency) agencies.push(clue(back.agency, found!.from, found!.text, found!.line, found!.trimmed));
  }
  const titleText = putBack ?? (found ? yearPutBack(tidyTitle(turned?.text ?? found.text), misread, ocrTitle ? parts?.yearRun : undefined) : '');
  const title = found ? { ...clue(titleText, found.from, found.text, found.line, found.trimmed), ...(found.listedOnly ? { listedOnly: true } : {}), ...(found.rivals ? { rivals: found.rivals } : {}), ...(putBack === null && (found.incomplete || headLost || tailOnly) ? { incomplete: true } : {}), ...(ocrTitle ? { ocr: true } : {}), ...(putBack === null && (turned?.misordered || headerInTitle(titleText, wordsBeforeYear(titleText))) ? { misordered: true } : {}), ...(putBack !== null ? { putBack: true } : {}) } : null;
  return { title: title ? markedAtEdge(title, doc.lines) : null, agencies: agencies.map((c) => markedAtEdge(c, doc.lines)), years, dates };
}

/**
 * An OCR'd title with the year its misread run stands for (`misreadTitleYear`: '…分局021年度…', '…第2中学1023年度…'
 * → 2021, 2023) printed in the run's place: the title as printed, not as misread. The year stays a misread's
 * reading (below 0.9), so the title it is put in is not confirmed by it (score/meta `titleConfirmed`).
 */
function yearPutBack(title: string, year: number | null, run: string | undefined): string {
  if (year === null || run === undefined) return title;
  const at = title.indexOf(run);
  return at >= 0 && /^\s*[\]|)]?\s*年/.test(title.slice(at + run.length)) ? title.slice(0, at) + String(year) + title.slice(at + run.length) : title;
}

/**
 * A title or agency clue read from a line running to the page's edge (a sign-off: its line or the
 * one after it, `signOff.line - 1` names the line above the date) is marked `atEdge`.
 */
function markedAtEdge<T>(c: MetaClue<T>, lines: LoadedDocument['lines']): MetaClue<T> {
  if (c.line === undefined) return c;
  const at = c.from === 'signOff' ? [c.line, c.line + 1] : [c.line];
  return at.some((n) => lines[n - 1]?.atEdge === true) ? { ...c, atEdge: true } : c;
}
