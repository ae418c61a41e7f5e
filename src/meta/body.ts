/**
 * @file What the opening paragraphs say about the report: '现将XX局2023年政府信息公开工作年度报告
 * 向社会公布' names the agency and the year; '统计期限自2023年1月1日起至2023年12月31日止' the
 * year reported on. Read from the first lines joined without spaces (a PDF wraps and spaces
 * them: '202 3年1月1日').
 */
import type { Line } from '../model/document.js';
import { normaliseTitle, titleParts } from './agency-name.js';
import { lineText } from './line-text.js';

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
  return normaliseTitle(lines.slice(0, OPENING_WINDOW).map(lineText).join('')).replace(/\s+/g, '');
}

/** '现将…年度报告': agency and year as the report names itself in its first paragraph. */
export function presentedAs(lines: readonly Line[]): BodyClue | null {
  const m = PRESENT.exec(openingText(lines));
  if (!m) return null;
  const parts = titleParts(m[1]!);
  return parts.agency || parts.year ? { agency: parts.agency, year: parts.year, text: m[0] } : null;
}

/** The statistics period, when it is one calendar year: that year. */
export function statisticsYear(lines: readonly Line[]): BodyClue | null {
  const m = PERIOD.exec(openingText(lines));
  return m && m[1] === m[2] ? { agency: null, year: Number(m[1]), text: m[0] } : null;
}
