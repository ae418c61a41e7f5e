/**
 * @file A page's text nodes joined by '|' (a crawler's BeautifulSoup `get_text('|', strip=True)`):
 * the whole page one line, every text node stripped and set between '|' — a heading, a paragraph,
 * each table cell ('行政许可|1152|-4|2052|其他对外管理服务事项|20|-1|17') — and an empty cell
 * vanishes, so nothing marks a row's end or a column. That is the page as a crawler's text joined by
 * spaces (`get_text(' ', strip=True)`, which the reader follows: rows found by their labels, values
 * by the template's columns and identities), with '|' for the space; read as one, its '|' are no
 * table rulings (a drawn row starts and ends with '|' and keeps its empty cells) and no OCR's stray
 * glyphs (load/ocr-like-text). A line is such a join when it holds MIN_JOINS '|' or more, does not
 * both start and end with one (a drawn row), and nearly every '|' (GLUED_SHARE) stands between two
 * characters that are not white space (strip=True: no node keeps its edge's spaces; a converter's
 * pipe table writes ' | '). Its '|' become spaces. A text that draws a table with a delimiter row
 * ('---|---') is left as it is, as is every other line.
 */

/** Fewest '|' on a line for it to be a page's text nodes joined (a report's tables alone hold 200+ cells). */
export const MIN_JOINS = 40;
/** Share of a line's '|' with a non-space character on both sides (strip=True glues every one). */
const GLUED_SHARE = 0.9;
/** A delimiter row of a pipe table ('---|:---:|---', outer pipes or not): the text draws its tables with '|'. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;

/** True when `line` is text nodes joined by '|' (see the file comment). Linear: one pass. */
function isJoinedNodes(line: string): boolean {
  const t = line.trim();
  if (t.startsWith('|') && t.endsWith('|')) return false;
  let bars = 0;
  let glued = 0;
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) {
    bars++;
    if (i > 0 && i + 1 < t.length && !/\s/.test(t[i - 1]!) && !/\s/.test(t[i + 1]!)) glued++;
  }
  return bars >= MIN_JOINS && glued >= GLUED_SHARE * bars;
}

/** `text` with each line of '|'-joined text nodes read as joined by spaces; the same string when there is none. */
export function readPipeJoinedNodes(text: string): string {
  if (!text.includes('|') || DELIMITER_ROW.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  const out = lines.map((l) => {
    if (!isJoinedNodes(l)) return l;
    changed = true;
    return l.replaceAll('|', ' ');
  });
  return changed ? out.join('\n') : text;
}
