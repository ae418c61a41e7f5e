/**
 * @file A layout table left as raw HTML in a wiki or Textile dump. pandoc cannot write a table whose
 * cells hold block content in Textile (nor some in MediaWiki), so it writes the page's layout table
 * (a menu cell beside the article cell) as `<table><tr><td>…</td>` around the article's markup lines:
 * read as an HTML table inside text (load-text's textWithTablesAsHtml), the whole article became one
 * cell and no heading was found (E_NOT_A_REPORT). An HTML table one of whose lines starts with a
 * report heading (after a markup heading's mark: 'h3(#…). ', '=== ') holds the article, not data:
 * its table tags are taken out, its lines read as the text they are. Other HTML tables stay.
 */

/** An HTML table (not nested: the first end tag closes it). */
const HTML_TABLE = /<table\b[^>]*>[\s\S]*?<\/table\s*>/gi;
/** A line starting with a report heading, after a wiki or Textile heading mark or a table tag. */
const HEADING_LINE = /^[ \t]*(?:<[^>]*>[ \t]*)*(?:h[1-6](?:\([^)]*\))?\.[ \t]*|=+[ \t]*|\*+[ \t]*)?[一二三四五六][ \t]*[、.．][ \t]*(?:总体情况|主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告)/m;
/** The tags of a table's structure: each becomes a line break. */
const TABLE_TAG = /<\/?(?:table|caption|colgroup|col|thead|tbody|tfoot|tr|td|th)\b[^>]*>/gi;

/** The text with each layout table's tags taken out (the same string when it holds none). */
export function unwrapLayoutHtmlTables(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(HTML_TABLE, (table) => (HEADING_LINE.test(table) ? table.replace(TABLE_TAG, '\n') : table));
}
