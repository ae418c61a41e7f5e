/**
 * @file Markup a crawler left in text it took from a page: line breaks as `<br />`, spaces and
 * punctuation as entities ('一&#12289;总体情况<br />', '数量&nbsp;&nbsp;46&nbsp;&nbsp;14'). Read as the
 * page shows it: a break tag ends its line, a paragraph tag too, entities are decoded (`&nbsp;` a space,
 * so a cell gap stays a gap). Only a text holding several such remnants is touched (one '&amp;' in
 * prose is prose), and never one holding a page's or a table's markup, which the HTML path reads; in a
 * '|' row of a markdown table a `<br>` stays: it parts the rows packed in a cell.
 */
import { decodeHTML } from '../_internal/html-entities.js';

/** A break or paragraph tag, with the line end printed after it (one line end, not two). */
const BREAK = /<(?:br|\/?p)(?:\s[^<>]*)?\s*\/?>[ \t]*(\r?\n)?/gi;
/** An entity: named (`&nbsp;`), decimal (`&#12289;`) or hexadecimal (`&#x3001;`). */
const ENTITY = /&(?:[a-z]{2,8}|#\d{2,7}|#x[0-9a-f]{2,6});/gi;
/** Fewest remnants (tags and entities) for a text to read as a page's text with its markup left in. */
const MIN_REMNANTS = 5;
const NBSP = /&nbsp;/gi;
/** Markup the HTML path reads (a page, or tables inside text: load-text's textWithTablesAsHtml): left to it. */
const MARKUP = /<(?:html|body|table|tr|td|th)\b/i;

/** A row of a table drawn with '|' (markdown): a `<br>` there parts a cell's packed rows (layout/packed-cells.ts), not lines. */
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;

/** The text with a crawler's markup remnants read (see the file comment); the same string when it holds too few. */
export function readHtmlRemnants(text: string): string {
  // Most texts hold no tag or entity at all: nothing to split into lines.
  if (!text.includes('&') && !text.includes('<')) return text;
  if (MARKUP.test(text)) return text;
  const lines = text.split(/(?<=\n)/);
  const pipeRow = lines.map((l) => PIPE_ROW.test(l.replace(/\r?\n$/, '')));
  const breaks = lines.reduce((n, l, i) => n + (pipeRow[i] ? 0 : (l.match(BREAK)?.length ?? 0)), 0);
  const entities = text.match(ENTITY)?.length ?? 0;
  if (breaks + entities < MIN_REMNANTS) return text;
  const broken = breaks > 0 ? lines.map((l, i) => (pipeRow[i] ? l : l.replace(BREAK, '\n'))).join('') : text;
  return broken.replace(NBSP, ' ').replace(ENTITY, (e) => decodeHTML(e));
}
