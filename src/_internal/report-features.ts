/**
 * @file The early 'not a report' check: a document none of whose text holds a character of the
 * report's headings, table labels or title is no report, whatever the later stages would make of
 * it. Decided in one linear pass right after loading, before the stages whose cost grows with the
 * shape of the text (sections, the table regions, the stream search): such an input — 30 000 lines
 * of 'a', a crawler's JSON of 30 000 one-letter strings, 100 000 lines of bare digits, a 5.8 MB line
 * of letters — gets E_NOT_A_REPORT at once, the same code on an idle or a loaded machine, instead
 * of spending its budget on stages that can only end in E_NOT_A_REPORT (or in E_TIMEOUT when the
 * machine is busy). The test is deliberately loose: one character of the set anywhere (a notice,
 * a news page, a list page still go through every stage and are judged there).
 */
import { XxgkError } from '../errors.js';
import type { LoadedDocument } from '../model/document.js';

/**
 * Characters of the template's section headings (总体情况, 主动公开政府信息情况, 收到和处理政府信息
 * 公开申请情况, 行政复议、行政诉讼, 存在的主要问题及改进情况, 其他需要报告的事项), table labels
 * (规章, 规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费, 总计, 结转, 予以公开 …) and title
 * (政府信息公开工作年度报告), simplified and traditional. A report read even in part (one table's
 * labels, one heading, OCR with most characters wrong) prints several of them.
 */
export const REPORT_CHARS = new Set(
  '政府信息公开工作年度报告总体情况主动收到和处理申请行政复议诉讼存在问题改进其他需要事项规章范性文件许可处罚强制事业收费计结转予以决定数量' +
    '資訊公開報告總體況動處理請複議訴訟問題規範許罰費計結轉決數',
);

/** Characters looked at most: a document over 6 Mi characters is refused before this (MAX_TEXT_CHARS). */
export function hasReportChar(text: string): boolean {
  for (const ch of text) if (REPORT_CHARS.has(ch)) return true;
  return false;
}

/** True when some line of the document (or of its other reading) holds a report character, or its metadata title does. */
export function hasReportFeatures(doc: LoadedDocument): boolean {
  if (doc.metaTitle !== undefined && hasReportChar(doc.metaTitle)) return true;
  const readings = [doc.lines, ...(doc.alternative ? [doc.alternative.lines] : [])];
  return readings.some((lines) => lines.some((line) => line.cells.some(hasReportChar)));
}

/** The E_NOT_A_REPORT of a document without a report character (the one message of both checks). */
const notAReport = (name: string): XxgkError =>
  new XxgkError('E_NOT_A_REPORT', `${name}: no report headings or statistics tables found (none of its text is a report's heading, table label or title word)`);

/**
 * The same test on a text file's decoded text, before its layout stages (load-text): their cost
 * grows with the shape of the text (a 50 000-line server log, a number on every line, spent its whole
 * budget there and ended E_TIMEOUT). The characters those stages can make are NFKC's (Kangxi radicals
 * to ideographs) and a character reference's ('&#25919;'), so the text is looked at in NFKC and not
 * refused when it holds a reference.
 */
export function checkTextReportChars(text: string, name: string): void {
  if (text.includes('&#') || hasReportChar(text.normalize('NFKC'))) return;
  throw notAReport(name);
}

/** Throws E_NOT_A_REPORT (E_LIST_PAGE for a list page) when the document has no report feature at all (see the file comment). */
export function checkReportFeatures(doc: LoadedDocument): void {
  if (hasReportFeatures(doc)) return;
  const list = doc.warnings.find((w) => w.code === 'list_page');
  if (list) throw new XxgkError('E_LIST_PAGE', `${doc.name}: a list or search page, not a report (${list.message})`);
  throw notAReport(doc.name);
}
