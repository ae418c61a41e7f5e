/**
 * @file The sign-off at the end of a report (the agency's name on one line and the date on the
 * next: '沐阳县人民政府' / '2026年1月23日') and the byline under the title (the same pair printed
 * after the title), read as evidence of the agency and of the publication date.
 */
import { isoDate } from '../_internal/iso-date.js';
import { toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { isAgencyName, mayBeName } from './agency-name.js';
import { chineseYearsToDigits } from './chinese-year.js';
import { metaText } from './line-text.js';

/** lines. The sign-off is looked for this far from the end. */
export const SIGNATURE_WINDOW = 12;
/** lines. The byline is looked for this far below the title. */
const BYLINE_WINDOW = 3;

const DATE = /((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?/;
/** A time of day printed right after a date: ' 10:00', 'T10:00:00.000+08:00', ' 10时30分'. */
const TIME_OF_DAY = /^(?:\s*|T)\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|时(?:\d{1,2}分(?:\d{1,2}秒)?)?)\s*$/;
const DATE_LABEL = /(发布时间|发布日期|成文日期|日期)\s*[:：]?\s*/;
/** Chinese month and day numbers in a signed date ('二〇二四年一月二十日'). */
const CHINESE_MONTH_DAY = /年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** A date read from a line: where and how it was printed. */
export interface LineDate {
  date: string;
  /** 1-based line. */
  line: number;
  text: string;
  /** After a 发布时间/成文日期 label (a page header), rather than alone on its line. */
  labelled: boolean;
  /** The agency printed with it: on the line above (a sign-off), or before the date on its line. */
  agency?: string;
  /** (sign-off) No `agency`: the line above, when it may be a name with another ending (`mayBeName`). */
  nameAbove?: string;
}

function chineseNumber(text: string): string {
  const d = (c: string | undefined): number => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [a, b, c] = [...text];
  if (text === '十') return '10';
  if (a === '十') return String(10 + d(b));
  if (b === '十') return String(d(a) * 10 + d(c));
  return String(d(a));
}

/** The line's text with Chinese-numeral dates in digits ('二〇二四年一月二十日' → '2024年1月20日'). */
function digitsDate(raw: string): string {
  return chineseYearsToDigits(toHalfWidth(raw)).replace(CHINESE_MONTH_DAY, (_, m: string, d: string) => `年${chineseNumber(m)}月${chineseNumber(d)}日`);
}

/** A date standing alone on a line ('2026年1月16日', '(2026年1月23日)', 'XX局 2024年1月20日') or after 发布时间. */
export function dateOnLine(raw: string, line: number): LineDate | null {
  const t = digitsDate(raw).trim();
  const labelled = DATE_LABEL.exec(t);
  const rest = labelled ? t.slice((labelled.index ?? 0) + labelled[0].length) : t;
  const m = DATE.exec(rest);
  if (!m) return null;
  const date = isoDate(m[1]!, m[2]!, m[3]!);
  if (!date) return null;
  if (labelled) return { date, line, text: raw, labelled: true };
  const before = rest.slice(0, m.index).replace(/[\s()（）]/g, '');
  // A time of day after the date ('2025-03-10 10:00:00', '2025-03-10T10:00:00+08:00': a CMS's publishTime) is the date's.
  const after = rest.slice(m.index + m[0].length).replace(TIME_OF_DAY, '').replace(/[\s()（）:：]/g, '');
  if (after !== '') return null;
  if (before === '') return { date, line, text: raw, labelled: false };
  return isAgencyName(before) ? { date, line, text: raw, labelled: false, agency: before } : null;
}

/** The agency on the line above a date, when that line is nothing but an agency name (a running header of it beside it left out). */
function agencyAbove(lines: readonly Line[], index: number): string | undefined {
  const name = metaText(lines[index - 1]).replace(/\s+/g, '');
  return isAgencyName(name) ? (headerBeside(lines[index - 1]) ?? name) : undefined;
}

/**
 * The name alone of a line whose other cells are a running header of it ('<name>政府信息公开 | <name>': a sign-off that
 * begins a page, under the header printed on every page, breaker42 h/hdr16).
 */
function headerBeside(line: Line | undefined): string | undefined {
  const cells = (line?.cells ?? []).map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  const name = cells[cells.length - 1];
  if (cells.length < 2 || name === undefined || !isAgencyName(name)) return undefined;
  return cells.slice(0, -1).every((c) => c === name || c === `${name}政府信息公开`) ? name : undefined;
}

/** Whether the text closes more brackets than it opens. */
function closesAbove(text: string): boolean {
  return (text.match(/[）)]/g)?.length ?? 0) > (text.match(/[（(]/g)?.length ?? 0);
}

/** The dated sign-off in the last lines (the last date wins), with its agency when printed. */
export function findSignOff(lines: readonly Line[]): LineDate | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - SIGNATURE_WINDOW); i--) {
    const d = dateOnLine(metaText(lines[i]), i + 1);
    // A date closing a bracket its line does not open is the end of a wrapped line above: a links list's item dated
    // ('• XX局2021年…年度报告（' / '2022-02-22）', a '相关文章' box under the report: its year had reordered the titles read).
    if (!d || d.labelled || closesAbove(metaText(lines[i]))) continue;
    const agency = d.agency ?? agencyAbove(lines, i);
    if (agency) return { ...d, agency };
    const above = metaText(lines[i - 1]).replace(/\s+/g, '');
    return mayBeName(above) ? { ...d, nameAbove: above } : d;
  }
  return null;
}

/** The byline under the title ('沐阳县人民政府' / '(2026年1月23日)'): agency and date, when printed. */
export function findByline(lines: readonly Line[], titleLine: number): LineDate | null {
  for (let i = titleLine; i < Math.min(lines.length, titleLine + BYLINE_WINDOW); i++) {
    const d = dateOnLine(metaText(lines[i]), i + 1);
    if (!d) continue;
    const agency = d.agency ?? (i > titleLine ? agencyAbove(lines, i) : undefined);
    return agency ? { ...d, agency } : d;
  }
  return null;
}
