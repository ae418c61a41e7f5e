/**
 * @file HTML input → LoadedDocument: decoded (html-decode), the article found among the site chrome
 * without a DOM of the page (html-article), and only the article parsed into a DOM. Each `<tr>`
 * becomes one Line of cells with their columns on the expanded grid, every other block element a
 * Line of text, and a `<pre>` the lines of its text.
 */
import * as cheerio from 'cheerio/slim';
import { inlineFrames } from './html-iframes.js';
import { Text, type AnyNode, type Element } from 'domhandler';
import { XxgkError } from '../errors.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import { textToLines } from '../layout/text-to-lines.js';
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { scanPage, type PageScan } from './html-article.js';
import { decodeHtml } from './html-decode.js';
import { brCellLines } from './html-br-cells.js';
import { divTableLines, divTableRows, gridAsTable } from './html-div-table.js';
import { showText, type DroppedText } from './html-hidden.js';
import type { LayoutDoubts } from './html-layout.js';
import { GENERATED_ATTR, insertGenerated, parsePseudoRules, type GeneratedSummary } from './html-generated.js';
import { parseRules, styleSheets } from './html-style-rules.js';
import { parseBounded, type DepthCut } from './html-parser.js';
import { mayBePositioned, positionedLines, POSITIONED_WARNING } from './positioned-html.js';
import { markupTitle, markupWordPages, WORD_BOX_WARNING } from './word-box-markup.js';
import { positionedItemLines } from './word-boxes.js';
import { isLayoutTable, isRaised, isStruck, noteLink, raisedText, tableLines } from './html-table.js';
import { checkDecodedSize } from './text-limits.js';
import { preLines } from './html-pre.js';
import { flowLines, flowPieces, isPdftohtmlFlow } from './pdftohtml-flow.js';
import { pushAll } from '../_internal/extremes.js';

const BLOCK = new Set(['table', 'tbody', 'thead', 'tr', 'td', 'th', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'center', 'ul', 'ol', 'body', 'form', 'header', 'footer', 'main']);
/** Controls and embedded things: not the report's text. (What is not rendered at all, `<script>`, `<template>`, …, html-hidden removed.) */
const SKIP = new Set(['svg', 'select', 'button', 'input', 'textarea', 'object']);

/** Elements nested deeper than this are flattened: cheerio's text() recurses and would overflow. */
const MAX_DEPTH = 400;

/**
 * Replaces the content of every element at depth MAX_DEPTH by its text, without recursion (real
 * pages nest a few dozen levels; only hostile or broken pages reach this); the elements flattened
 * are counted in `cut`.
 */
function flattenDeep(root: AnyNode, cut: DepthCut): void {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Element;
    if (depth < MAX_DEPTH) {
      for (const child of parent.children) stack.push([child, depth + 1]);
      continue;
    }
    const texts: string[] = [];
    const inner: AnyNode[] = [...parent.children].reverse();
    while (inner.length > 0) {
      const n = inner.pop()!;
      if (n.type === 'text') texts.push((n as unknown as { data: string }).data);
      else if ('children' in n) {
        if (n.type === 'tag') (cut.elements++, (n as Element).name === 'table' && cut.tables++);
        for (let i = (n as Element).children.length - 1; i >= 0; i--) inner.push((n as Element).children[i]!);
      }
    }
    parent.children = [new Text(texts.join(' '))];
    parent.children[0]!.parent = parent;
  }
}

/** Headings of the sections that hold the statistics tables (二, 三, 四). */
const TABLE_SECTION = /^\s*[二三四]\s*[、.．]/;
/** Headings of the other sections (一, 五, 六). */
const OTHER_SECTION = /^\s*[一五六]\s*[、.．]/;

/**
 * Walks the article: tables row by row, other blocks as text lines. Counts the table sections
 * (二, 三, 四) that show images but no table: their tables are pictures.
 */
function toLines($: cheerio.CheerioAPI, root: AnyNode, doubts: LayoutDoubts): { lines: Line[]; imageTables: number } {
  const lines: Line[] = [];
  let buffer = '';
  let tableIndex = 0;
  let imageTables = 0;
  let section: { images: number; tables: number } | null = null;
  const closeSection = (): void => {
    if (section && section.images > 0 && section.tables === 0) imageTables++;
    section = null;
  };
  const flush = (): void => {
    const t = fixCompatibilityChars(buffer).replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (t) {
      lines.push({ cells: [t], separated: false, source: { line: lines.length + 1 } });
      if (TABLE_SECTION.test(t)) {
        closeSection();
        section = { images: 0, tables: 0 };
      } else if (OTHER_SECTION.test(t)) closeSection();
    }
    buffer = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      buffer += (node as unknown as { data: string }).data.replace(/\s+/g, ' ');
      return;
    }
    if (node.type === 'root') {
      for (const child of (node as unknown as Element).children) walk(child);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || isStruck(el)) return;
    if (tag === 'br') return flush();
    // A link of digits after a number (html-table noteLink) outside a table: a token apart, as raised text not a marker is.
    const link = noteLink(el, buffer, () => $(el).text());
    if (isRaised(el) || link === 'note') {
      buffer += raisedText(buffer, $(el).text());
      return;
    }
    if (link === 'digits') {
      buffer += ` ${$(el).text().trim()} `;
      return;
    }
    if (tag === 'img') {
      if (section) section.images++;
      else if (/表|table/i.test($(el).attr('alt') ?? '')) imageTables++;
    }
    if (tag === 'pre') {
      // A report pasted as preformatted text: its lines and column gaps are the layout, as in a text file.
      flush();
      pushAll(lines, preLines($(el).text()));
      return;
    }
    if (tag === 'table' && !isLayoutTable($, el)) {
      flush();
      if (section) section.tables++;
      pushAll(lines, tableLines($, el, tableIndex++, doubts));
      return;
    }
    const divTable = tag === 'table' ? null : divTableRows(el, doubts.boxes);
    if (divTable) {
      // A table built of divs (html-div-table): a grid read as a table (its spans place the cells), else a row of cells a line.
      flush();
      if (section) section.tables++;
      if (divTable.gridded) pushAll(lines, tableLines($, gridAsTable(divTable.rows, doubts.boxes), tableIndex++, doubts));
      else pushAll(lines, divTableLines(divTable.rows, lines.length + 1, doubts));
      return;
    }
    const block = BLOCK.has(tag);
    // A table flattened into <br>-parted cell lines, empty cells as empty lines (html-br-cells): read as a text file's lines.
    const cellLines = block && tag !== 'pre' ? brCellLines(el) : null;
    if (cellLines) {
      flush();
      if (section) section.tables++;
      pushAll(lines, textToLines(cellLines.join('\n')));
      return;
    }
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  closeSection();
  return { lines, imageTables };
}

/** A list page links to at least this many reports (the related-articles box of a report has fewer). */
const LIST_LINKS = 5;
const SEARCH_PAGE = /搜索结果|检索结果|共找到\s*\d+\s*条/;
/** A report's title ('…2024年政府信息公开工作年度报告'), as opposed to a site name or a column name. */
const REPORT_TITLE = /年度报告|年报/;
/** chars. Titles are short; a longer heading is a sentence. */
const MAX_TITLE = 60;

/** A year a report title names (digits; a title in Chinese numerals is left to the heading). */
const YEAR_NAMED = /(?:19|20)\d{2}/;
/** A title's text without spaces and punctuation, for telling whether two titles name one report. */
const bareTitle = (t: string): string => t.replace(/[\s\p{P}]/gu, '');

/**
 * The report's title from outside the article: `<meta name="ArticleTitle">` (TRS CMS), else a
 * page heading that names a report, else the `<title>` without the site name after '_' or ' - '.
 * A heading naming another report than the `<title>` does (neither holds the other: a related-reports
 * box, a second report pasted below the first) gives way to the `<title>`, the page's own name, when
 * the `<title>` names a year (a column's name, '政府信息公开年度报告专栏', names none).
 */
function pageTitle(titles: PageScan['titles']): string | undefined {
  if (titles.meta) return titles.meta;
  const heading = titles.headings.find((h) => REPORT_TITLE.test(h) && h.length <= MAX_TITLE);
  const parts = titles.title?.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/).filter(Boolean) ?? [];
  const named = parts.find((p) => REPORT_TITLE.test(p));
  // A `<title>` naming no year ('政府信息公开年度报告专栏') is a column's name, not a report's.
  if (heading && named && YEAR_NAMED.test(named) && !bareTitle(heading).includes(bareTitle(named)) && !bareTitle(named).includes(bareTitle(heading))) return named;
  return heading ?? named ?? titles.title;
}

/** Runs a parsing step: anything the parser throws on is a page it cannot read. */
function parsing<T>(name: string, step: () => T): T {
  try {
    return step();
  } catch (cause) {
    throw new XxgkError('E_DECODE', `${name}: the page cannot be parsed as HTML`, { cause });
  }
}

/** Dropped texts quoted in the `hidden_text_dropped` warning (the rest are counted). */
const MAX_QUOTED_HIDDEN = 5;
/** chars of one quoted dropped text. */
const MAX_QUOTE = 20;

/** The warning naming the text left out because the page does not show it. */
export function hiddenWarning(dropped: readonly DroppedText[]): { code: string; message: string } {
  const whys = [...new Set(dropped.map((d) => d.why))].join(', ');
  // Digits first: hidden digits are what would have changed a value.
  const quoted = [...dropped].sort((a, b) => Number(/\d/.test(b.text)) - Number(/\d/.test(a.text))).slice(0, MAX_QUOTED_HIDDEN);
  const list = quoted.map((d) => `'${d.text.slice(0, MAX_QUOTE)}'`).join(', ');
  const more = dropped.length > MAX_QUOTED_HIDDEN ? ` (+${dropped.length - MAX_QUOTED_HIDDEN} more)` : '';
  return { code: 'hidden_text_dropped', message: `${dropped.length} text(s) a reader of the page cannot see (${whys}) were left out: ${list}${more}` };
}

/** The warning naming the table cells whose digits the page's layout may hide (html-layout): their rows are not trusted. */
export function layoutWarning(cells: readonly string[]): { code: string; message: string } {
  const list = cells.slice(0, MAX_QUOTED_HIDDEN).map((t) => `'${t.slice(0, MAX_QUOTE)}'`).join(', ');
  const more = cells.length > MAX_QUOTED_HIDDEN ? ` (+${cells.length - MAX_QUOTED_HIDDEN} more)` : '';
  return {
    code: 'layout_dependent_text',
    message: `${cells.length} table cell(s) hold digits whose visibility depends on CSS layout not computed (moved, clipped, covered, set faint or small apart from the rest): ${list}${more}; their rows are not trusted`,
  };
}

/**
 * The warning naming the text the page's style sheet adds (`::before`/`::after`) that shows, read
 * with the cells; what cannot be evaluated is U+FFFD in its cell (lines marked damaged by the loader).
 */
export function generatedWarning($: cheerio.CheerioAPI, summary: GeneratedSummary): { code: string; message: string } | null {
  const spans = $(`span[${GENERATED_ATTR}]`).toArray().map((el) => ({ known: $(el).attr(GENERATED_ATTR) === 'known', text: $(el).text().trim() })).filter((s) => s.text);
  const known = spans.filter((s) => s.known);
  const unknown = spans.length - known.length;
  if (spans.length === 0 && summary.unknownOutsideCells === 0) return null;
  const parts = [
    ...(known.length ? [`${known.length} text(s) the page's style sheet adds (::before/::after) were read: ${known.slice(0, MAX_QUOTED_HIDDEN).map((s) => `'${s.text.slice(0, MAX_QUOTE)}'`).join(', ')}`] : []),
    ...(unknown ? [`${unknown} it adds in table cells cannot be evaluated (counter(), url(), var(), …), read as '\ufffd'; values next to one are not trusted`] : []),
    ...(summary.unknownOutsideCells ? [`${summary.unknownOutsideCells} outside tables that cannot be evaluated were left out`] : []),
  ];
  return { code: 'generated_content', message: parts.join('; ') };
}

/** HTML bytes → document. */
export function loadHtml(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { html: raw, warnings } = decodeHtml(bytes, base.name, opts);
  // A PDF's words saved with their boxes (pdftotext -bbox) are also read by position, as a PDF's text items (word-box-markup.ts);
  // `extract` keeps whichever reading confirms more values (a word joining two cells' numbers loses the positioned one some).
  const boxed = markupWordPages(raw);
  const doc = htmlDocument(raw, warnings, base);
  if (!boxed) return doc;
  const metaTitle = doc.metaTitle ?? markupTitle(raw);
  return { ...doc, ...(metaTitle ? { metaTitle } : {}), alternative: { lines: positionedItemLines(boxed), warning: WORD_BOX_WARNING } };
}

/** The page read as positioned text items (positioned-html.ts), or null when it is no such page. */
function positionedReading(name: string, html: string, sheet: string): LoadedDocument['alternative'] | null {
  const { $, root } = shownDom(name, html, sheet);
  const lines = positionedLines($, root, sheet);
  return lines ? { lines, warning: POSITIONED_WARNING } : null;
}

/** Decoded HTML → document (`warnings`: the decoding's, added to). */
export function htmlDocument(raw: string, warnings: Warning[], base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>): LoadedDocument {
  const page = htmlPage(raw, warnings, base.name);
  if (page.lines.length === 0) throw new XxgkError('E_EMPTY', `${base.name}: the page has no text`);
  return { ...base, kind: 'html', ...page, warnings };
}

/**
 * The page's DOM with what a reader of it cannot see removed and the generated text it shows put in,
 * and what that found; `cut`: the elements nested too deep to be read as elements (MAX_OPEN, MAX_DEPTH).
 */
function shownDom(name: string, html: string, sheet: string): { $: cheerio.CheerioAPI; root: AnyNode; generated: GeneratedSummary; cut: DepthCut } & ReturnType<typeof showText> {
  const cut: DepthCut = { elements: 0, tables: 0 };
  // htmlparser2 in HTML mode: about twice as fast as parse5, and it closes unclosed cells and rows the same way.
  const $ = parsing(name, () => cheerio.load(parseBounded(html, { xmlMode: false, decodeEntities: true }, cut)));
  const root = $.root().get(0)!;
  flattenDeep(root, cut);
  const generated = insertGenerated($, root, parsePseudoRules(sheet));
  return { $, root, generated, cut, ...showText($, root, parseRules(sheet)) };
}

/** Warning `html_too_deep`: content below the depth limits was read as text (a table there is not read as a table). */
function depthWarning(cut: DepthCut): Warning {
  const tables = cut.tables > 0 ? `, ${cut.tables} of them table(s): their cells were read as running text, not as a table` : '';
  return { code: 'html_too_deep', message: `the page nests elements more than ${MAX_DEPTH} levels deep: ${cut.elements} element(s) below that were read as plain text${tables}` };
}

/** Decoded HTML (a page, or a fragment a JSON file holds) → its lines, title and date; `warnings` added to. */
export function htmlPage(raw: string, warnings: Warning[], name: string): Pick<LoadedDocument, 'lines' | 'metaTitle' | 'metaDate' | 'alternative'> {
  checkDecodedSize(raw.length, 'HTML', name);
  // Lone surrogates (broken bytes decoded) would make the parser throw.
  // Frames holding their document (`<iframe srcdoc>`) read in place (html-iframes.ts).
  const html = inlineFrames(raw.toWellFormed());
  const scan = parsing(name, () => scanPage(html));
  const article = scan.article ? html.slice(scan.article.start, scan.article.end) : html;
  // The page's <style> rules are read from the whole page: they sit in <head>, outside the article.
  const sheet = styleSheets(html);
  const { $, root, generated, dropped, layout, revealed, cut } = shownDom(name, article, sheet);
  if (cut.elements > 0) warnings.push(depthWarning(cut));
  if (dropped.length > 0) warnings.push(hiddenWarning(dropped));
  if (revealed) warnings.push({ code: 'hidden_article_shown', message: 'most of the page\'s text is set visibility:hidden, as an article a script shows once loaded (a saved WeChat article\'s #js_content): read as shown' });
  const shown = generatedWarning($, generated);
  if (shown) warnings.push(shown);
  // A PDF pdftohtml -noframes turned into one flowing page: its tables a cell a line (pdftohtml-flow.ts).
  const { lines, imageTables } = isPdftohtmlFlow(html) ? { lines: textToLines(flowLines(flowPieces(root)).join('\n')).map((l): Line => ({ ...l, flowOrdered: true })), imageTables: 0 } : toLines($, root, layout);
  if (layout.doubted.length > 0) warnings.push(layoutWarning(layout.doubted));
  const search = SEARCH_PAGE.test(lines.map((l) => l.cells.join(' ')).join('\n'));
  if (scan.reportLinks >= LIST_LINKS || search) {
    warnings.push({ code: 'list_page', message: search ? 'the page is a search result page' : `the page links to ${scan.reportLinks} reports` });
  }
  if (imageTables > 0) {
    warnings.push({ code: 'table_is_image', message: `${imageTables} table(s) are images: their values cannot be read (OCR needed)` });
  }
  // A PDF converted into positioned text elements is also read as the PDF's text items, the whole page (positioned-html.ts);
  // `extract` keeps whichever reading confirms more values.
  const alternative = mayBePositioned(html) ? positionedReading(name, html, sheet) : null;
  const metaTitle = pageTitle(scan.titles);
  return { lines, ...(metaTitle ? { metaTitle } : {}), ...(scan.date ? { metaDate: scan.date } : {}), ...(alternative ? { alternative } : {}) };
}
