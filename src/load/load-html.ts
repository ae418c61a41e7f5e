/**
 * @file HTML input → LoadedDocument. Encoding from BOM / `<meta charset>` / http-equiv, else
 * detected (UTF-8, then GB18030). The article body is found among the site chrome; each `<tr>`
 * becomes one Line of cells (spans are not expanded: a rowspan label belongs to its first row,
 * as in printed text), every other block element a Line of text.
 */
import * as cheerio from 'cheerio';
import { Text, type AnyNode, type Element } from 'domhandler';
import { XxgkError } from '../errors.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { decodeAs, decodeText } from './decode.js';
import { decodeChecked } from './load-text.js';
import { findArticle, knownContainer } from './html-article.js';

const BLOCK = new Set(['table', 'tbody', 'thead', 'tr', 'td', 'th', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'center', 'ul', 'ol', 'body', 'form', 'header', 'footer', 'main']);
const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'svg', 'template', 'head', 'select', 'button', 'input', 'textarea', 'object']);

/** Elements nested deeper than this are flattened: cheerio's text() recurses and would overflow. */
const MAX_DEPTH = 400;

/**
 * One walk of the page, without recursion: collects the links and the known article containers,
 * and replaces the content of every element at depth MAX_DEPTH by its text (real pages nest a few
 * dozen levels; only hostile or broken pages reach this).
 */
interface PageScan {
  links: Element[];
  containers: Element[];
  /** `<title>` and `<meta>` elements, for the page title and date. */
  head: Element[];
}

function scanPage(root: AnyNode): PageScan {
  const links: Element[] = [];
  const containers: Element[] = [];
  const head: Element[] = [];
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Element;
    if (parent.type === 'tag') {
      if (parent.tagName === 'a') links.push(parent);
      else if (parent.tagName === 'title' || parent.tagName === 'meta') head.push(parent);
      if (knownContainer(parent) >= 0) containers.push(parent);
    }
    if (depth < MAX_DEPTH) {
      for (const child of parent.children) stack.push([child, depth + 1]);
      continue;
    }
    const texts: string[] = [];
    const inner: AnyNode[] = [...parent.children].reverse();
    while (inner.length > 0) {
      const n = inner.pop()!;
      if (n.type === 'text') texts.push((n as unknown as { data: string }).data);
      else if ('children' in n) for (let i = (n as Element).children.length - 1; i >= 0; i--) inner.push((n as Element).children[i]!);
    }
    parent.children = [new Text(texts.join(' '))];
    parent.children[0]!.parent = parent;
  }
  return { links, containers, head };
}

/** `<meta charset=…>` or http-equiv content-type charset within the first 4 KiB. */
function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array, name: string, opts: ResolvedOptions): { html: string; warnings: Warning[] } {
  const declared = opts.encoding === 'auto' ? sniffCharset(bytes) : opts.encoding;
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { html: decodeAs(bytes, /^(gb2312|gbk|x-gbk)$/.test(declared) ? 'gb18030' : declared), warnings: [] };
    } catch (cause) {
      if (!(cause instanceof XxgkError)) throw cause;
      // An unknown declared charset: detect instead, and say so.
      const { text, encoding } = decodeText(bytes);
      return { html: text, warnings: [{ code: 'encoding_declared_unknown', message: `declared charset '${declared}' is unknown; decoded as ${encoding}` }] };
    }
  }
  const { text, warnings } = decodeChecked(bytes, name, opts);
  return { html: text, warnings };
}

function cellText($: cheerio.CheerioAPI, el: Element): string {
  const $el = $(el).clone();
  $el.find('br').replaceWith(' ');
  $el.find('p, div').each((_, p) => {
    $(p).prepend(' ');
  });
  return fixCompatibilityChars($el.text()).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Headings of the sections that hold the statistics tables (二, 三, 四). */
const TABLE_SECTION = /^\s*[二三四]\s*[、.．]/;
/** Headings of the other sections (一, 五, 六). */
const OTHER_SECTION = /^\s*[一五六]\s*[、.．]/;

/** A layout table: one of its own cells holds another table (old CMS pages wrap the article so). */
function isLayoutTable($: cheerio.CheerioAPI, el: Element): boolean {
  return $(el).find('table').toArray().some((inner) => $(inner).parent().closest('table').get(0) === el);
}

/**
 * Walks the article: tables row by row, other blocks as text lines. Counts the table sections
 * (二, 三, 四) that show images but no table: their tables are pictures.
 */
function toLines($: cheerio.CheerioAPI, root: AnyNode): { lines: Line[]; imageTables: number } {
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
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'img') {
      if (section) section.images++;
      else if (/表|table/i.test($(el).attr('alt') ?? '')) imageTables++;
    }
    if (tag === 'table' && !isLayoutTable($, el)) {
      flush();
      if (section) section.tables++;
      const table = tableIndex++;
      $(el).find('tr').filter((_, tr) => $(tr).closest('table').get(0) === el).each((row, tr) => {
        const cells = $(tr).children('td, th').toArray().map((td) => cellText($, td));
        if (cells.some((c) => c !== '')) lines.push({ cells, separated: true, source: { table, row } });
      });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  closeSection();
  return { lines, imageTables };
}

/** Links that name a report ('…政府信息公开工作年度报告', '2023年年报'): a list page has many. */
const REPORT_LINK = /年度报告|工作报告|年报/;
/** A list page links to at least this many reports (the related-articles box of a report has fewer). */
const LIST_LINKS = 5;

/** How many distinct report titles the page links to, and whether it says it is a search result. */
function listSignals($: cheerio.CheerioAPI, links: readonly Element[], text: string): { reportLinks: number; search: boolean } {
  const titles = new Set<string>();
  for (const a of links) {
    const first = a.children[0];
    // Link texts are short: read the first text child, which is enough to recognise a report title.
    const t = first?.type === 'text' ? (first as unknown as { data: string }).data.trim() : $(a).text().trim();
    if (REPORT_LINK.test(t)) titles.add(t);
  }
  return { reportLinks: titles.size, search: /搜索结果|检索结果|共找到\s*\d+\s*条/.test(text) };
}

/** The content of the first `<meta name=…>` with one of `names`. */
function metaContent(head: readonly Element[], names: readonly string[]): string | undefined {
  return head.find((el) => el.tagName === 'meta' && names.includes(el.attribs['name'] ?? ''))?.attribs['content'];
}

/** `<meta name="ArticleTitle">` (TRS CMS) or `<title>`. */
function pageTitle($: cheerio.CheerioAPI, head: readonly Element[]): string | undefined {
  const title = head.find((el) => el.tagName === 'title');
  const t = metaContent(head, ['ArticleTitle']) ?? (title ? $(title).text() : undefined);
  return t?.trim() || undefined;
}

function pageDate(head: readonly Element[]): string | undefined {
  const raw = metaContent(head, ['PubDate', 'pubdate', 'publishdate']);
  const m = raw && /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Parses the page with htmlparser2 in HTML mode (about twice as fast as parse5 on pages of 1 MB of
 * chrome, and it closes unclosed cells and rows the same way). Lone surrogates (broken bytes
 * decoded) are replaced first; anything the parser throws on is a page it cannot read.
 */
function parseHtml(html: string, name: string): cheerio.CheerioAPI {
  try {
    return cheerio.load(html.replace(LONE_SURROGATE, '\uFFFD'), { xml: { xmlMode: false, decodeEntities: true } });
  } catch (cause) {
    throw new XxgkError('E_DECODE', `${name}: the page cannot be parsed as HTML`, { cause });
  }
}

/** HTML bytes → document. */
export function loadHtml(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { html, warnings } = decodeHtml(bytes, base.name, opts);
  const $ = parseHtml(html, base.name);
  const scan = scanPage($.root().get(0)!);
  const article = findArticle($, scan.containers);
  const { lines, imageTables } = toLines($, article);
  if (lines.length === 0) throw new XxgkError('E_EMPTY', `${base.name}: the page has no text`);
  const list = listSignals($, scan.links, lines.map((l) => l.cells.join(' ')).join('\n'));
  if (list.reportLinks >= LIST_LINKS || list.search) {
    warnings.push({ code: 'list_page', message: list.search ? 'the page is a search result page' : `the page links to ${list.reportLinks} reports` });
  }
  if (imageTables > 0) {
    warnings.push({ code: 'table_is_image', message: `${imageTables} table(s) are images: their values cannot be read (OCR needed)` });
  }
  const metaTitle = pageTitle($, scan.head);
  const metaDate = pageDate(scan.head);
  return { ...base, kind: 'html', lines, warnings, ...(metaTitle ? { metaTitle } : {}), ...(metaDate ? { metaDate } : {}) };
}
