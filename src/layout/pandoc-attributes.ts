/**
 * @file Attribute markup pandoc's Markdown writers keep from a Word-exported page, read as the page it
 * renders to (the text only). Word's HTML puts `lang="EN-US"` and `style="font-family:…"` on nearly
 * every run; pandoc -t markdown / commonmark_x keeps such a run as a bracketed span
 * (`[0]{lang="EN-US"}`, `[一、总体情况 ]{style="font-family: 黑体"}`, nested ones too), gfm /
 * markdown_mmd as raw inline HTML (`<span lang="EN-US">0</span>`), and headings and blocks carry
 * attribute blocks (`# 一、总体情况 {#id .cls}`) and fenced divs (`::: {.WordSection1}` … `:::`).
 * Left in, a table cell read '[0]{lang="EN-US"}' and no value at all (breakit54 pandoc-md).
 *
 * One pass before tables are read: a span becomes its text, an attribute block after a heading and a
 * fenced div's fence lines go. A span ending a cell (followed by a space or the line's end) keeps its
 * place: the markup removed is written as spaces of the same display width after the text, so the
 * columns of a pandoc simple or grid table stay where the writer aligned them. Text that is no such
 * markup is untouched: a footnote number '[1]', a value in brackets '[12]', '/' marks; a bracket
 * must be followed at once by an attribute block of pandoc's syntax (`#id`, `.class`, `key=value`).
 * HTML `<table>` blocks are left as they are (the HTML path reads them, hidden spans and all), and so
 * is an inline span whose style may hide its text. A text with none of this markup is returned
 * unchanged (the same string).
 */

import { displayWidth } from './aligned-columns.js';

/** One attribute of a pandoc attribute block: `#id`, `.class`, `key=value` / `key="value"`, or `-` (unnumbered). */
const ATTR = String.raw`(?:[#.][^\s{}"']+|[A-Za-z_][\w:.-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+)|-)`;
/** A whole attribute block `{…}` (attributes parted by spaces or a line break). */
const BLOCK = String.raw`\{[ \t]*${ATTR}(?:\s+${ATTR})*[ \t]*\}`;
/** A bracketed span with no bracket inside (the innermost of nested ones): its text, its attribute block. */
const SPAN = new RegExp(String.raw`\[((?:\\.|[^\[\]\\])*?)\](${BLOCK})`, 'g');
/** An attribute block ending a heading line (ATX `## t {#id}` or a setext heading's text line). */
const HEADING_ATTRS = new RegExp(String.raw`^(#{1,6}[ \t].*?|[^|\n]*?\S)[ \t]+${BLOCK}[ \t]*$`, 'gm');
/** A fenced div's fence line: `::: {.cls}`, `::: WordSection1`, `:::`. */
const FENCE = /^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*$/gm;
/** Inline span tags a Markdown writer kept as raw HTML (gfm, markdown_mmd). */
const SPAN_TAG = /<span\b([^<>]*)>((?:(?!<\/?span\b)[^])*?)<\/span\s*>/gi;
/** Styles that may hide a span's text: left for the HTML reading, which decides what shows. */
const HIDING_STYLE = /display|visibility|font-size|opacity|color|position|clip|mso-hide|hidden/i;
/** An HTML table inside the text: the HTML path's (load-text.ts), not touched here. */
const HTML_TABLE = /<table\b[^>]*>[\s\S]*?<\/table\s*>/gi;
/** Any of the markup this pass reads (a quick test). */
const ANY = /\]\{|^[ \t]*:{3}|<span\b|\}[ \t]*$/im;

/**
 * `text` (the span's, already read) in place of `markup` ending at `end` of `s`: padded to the
 * markup's display width when the span ends a cell (a space or the line's end follows) on one line.
 */
function inPlace(s: string, markup: string, end: number, text: string): string {
  const next = s[end];
  if (markup.includes('\n') || (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r')) return text;
  return text + ' '.repeat(Math.max(0, displayWidth(markup) - displayWidth(text)));
}

/** Spans (bracketed and inline HTML) read innermost first, until none is left. */
function readSpans(part: string): string {
  let s = part;
  for (;;) {
    const before = s;
    s = s.replace(SPAN, (m: string, text: string, _b: string, at: number, all: string) => inPlace(all, m, at + m.length, text));
    s = s.replace(SPAN_TAG, (m: string, attrs: string, text: string, at: number, all: string) => (HIDING_STYLE.test(attrs) ? m : inPlace(all, m, at + m.length, text)));
    if (s === before) return s;
  }
}

/** One stretch of text outside HTML tables, its pandoc markup read. */
function readPart(part: string): string {
  if (!ANY.test(part)) return part;
  return readSpans(part).replace(FENCE, '').replace(HEADING_ATTRS, '$1');
}

/** The text with pandoc's attribute markup read (outside HTML tables); the same string when it has none. */
export function readPandocAttributes(text: string): string {
  if (!ANY.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(HTML_TABLE)) {
    out += readPart(text.slice(at, m.index)) + m[0];
    at = m.index! + m[0].length;
  }
  out += readPart(text.slice(at));
  return out === text ? text : out;
}
