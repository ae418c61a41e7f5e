/**
 * @file HTML input → LoadedDocument. Encoding from BOM / `<meta charset>` / http-equiv, else
 * detected (UTF-8, then GB18030). The article body is found among the site chrome; each `<tr>`
 * becomes one Line of cells (spans are not expanded: a rowspan label belongs to its first row,
 * as in printed text), every other block element a Line of text.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { XxgkError } from '../errors.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';
import type { Line, LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { decodeAs, decodeText } from './decode.js';
import { decodeChecked } from './load-text.js';
import { findArticle } from './html-article.js';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'center', 'ul', 'ol', 'body', 'form', 'header', 'footer', 'main']);
const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'svg', 'template', 'head', 'select', 'button', 'input', 'textarea', 'object']);

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

/** Walks the article: tables row by row, other blocks as text lines. */
function toLines($: cheerio.CheerioAPI, root: AnyNode): { lines: Line[]; imageTables: number } {
  const lines: Line[] = [];
  let buffer = '';
  let tableIndex = 0;
  let imageTables = 0;
  const flush = (): void => {
    const t = fixCompatibilityChars(buffer).replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push({ cells: [t], separated: false, source: { line: lines.length + 1 } });
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
    if (tag === 'img' && /表|table/i.test($(el).attr('alt') ?? '')) imageTables++;
    if (tag === 'table') {
      flush();
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
  return { lines, imageTables };
}

/** `<title>`, or null. */
function pageTitle($: cheerio.CheerioAPI): string | undefined {
  const t = $('meta[name="ArticleTitle"]').attr('content') ?? $('title').first().text();
  return t?.trim() || undefined;
}

function pageDate($: cheerio.CheerioAPI): string | undefined {
  const raw = $('meta[name="PubDate"], meta[name="pubdate"], meta[name="publishdate"]').attr('content');
  const m = raw && /(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** HTML bytes → document. */
export function loadHtml(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): LoadedDocument {
  const { html, warnings } = decodeHtml(bytes, base.name, opts);
  const $ = cheerio.load(html);
  const article = findArticle($);
  const { lines, imageTables } = toLines($, article);
  if (lines.length === 0) throw new XxgkError('E_EMPTY', `${base.name}: the page has no text`);
  if (imageTables > 0) {
    warnings.push({ code: 'table_is_image', message: `${imageTables} table(s) are images: their values cannot be read (OCR needed)` });
  }
  const metaTitle = pageTitle($);
  const metaDate = pageDate($);
  return { ...base, kind: 'html', lines, warnings, ...(metaTitle ? { metaTitle } : {}), ...(metaDate ? { metaDate } : {}) };
}
