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

/** A table's start or end tag. */
const TABLE_EDGE = /<(\/?)table\b[^>]*>/gi;

/**
 * The text with each layout table's tags taken out (the same string when it holds none). A layout table
 * holding tables of its own (the article's data tables, as pandoc gfm keeps them) loses only its own tags:
 * the tables in it stay HTML tables, read row by row (their cells taken apart too were text lines
 * '<p>-1</p>', and 本年增/减's '-1' came close to reading 1: tables/tokenize-cell's negativeSign).
 */
export function unwrapLayoutHtmlTables(text: string): string {
  if (!text.includes('<')) return text;
  if (!/<table\b[^>]*>(?:(?!<\/table\s*>)[\s\S])*?<table\b/i.test(text)) return text.replace(HTML_TABLE, (table) => (HEADING_LINE.test(table) ? table.replace(TABLE_TAG, '\n') : table));
  // Nested tables: each outermost table found by its depth, its own tags (depth 1) taken out when it is a layout table.
  let out = '';
  let at = 0;
  let depth = 0;
  let start = 0;
  const inner: Array<{ start: number; end: number }> = [];
  let innerStart = 0;
  for (const m of text.matchAll(TABLE_EDGE)) {
    const close = m[1] === '/';
    if (!close) {
      if (depth === 0) { start = m.index; inner.length = 0; }
      if (depth === 1) innerStart = m.index;
      depth++;
      continue;
    }
    if (depth === 0) continue;
    depth--;
    if (depth === 1) inner.push({ start: innerStart, end: m.index + m[0].length });
    if (depth > 0) continue;
    const end = m.index + m[0].length;
    const table = text.slice(start, end);
    if (!HEADING_LINE.test(table)) continue;
    out += text.slice(at, start);
    let from = start;
    for (const t of inner) {
      out += text.slice(from, t.start).replace(TABLE_TAG, '\n') + text.slice(t.start, t.end);
      from = t.end;
    }
    out += text.slice(from, end).replace(TABLE_TAG, '\n');
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}
