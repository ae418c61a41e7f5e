/**
 * @file What a web page says about itself outside the article: the reports it links to (a list
 * page links to many), its title and its publication date. Read from the raw string by bounded
 * patterns, the text of each match cleaned on its own.
 */
import { decodeHTML } from '../_internal/html-entities.js';
import { isoDate } from '../_internal/iso-date.js';

/** chars. Longest open tag looked at (bounds every pattern on hostile pages of unclosed `<`). */
export const MAX_TAG = 2000;
/** chars. Link texts, titles and headings are read up to this length (titles are short). */
const SHORT_TEXT = 300;
/** Links that name a report ('…政府信息公开工作年度报告', '2023年年报'): a list page has many. */
const REPORT_LINK = /年度报告|工作报告|年报/;
const PUBLISHED = /发布(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** The page's own information. */
export interface PageInfo {
  /** Distinct report titles the page links to. */
  reportLinks: number;
  /** `<meta name="ArticleTitle">`, `<title>` and the `<h1>`–`<h3>` texts. */
  titles: { meta?: string; title?: string; headings: string[] };
  /** `<meta name="PubDate">` (and kin), or a '发布时间：2025-01-20' line anywhere on the page. */
  date?: string;
}

/** Text of an HTML snippet: tags dropped, entities decoded, white space collapsed. */
function snippetText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Each `<name …>` element: its open tag and (`withText`) the markup up to its close tag, when that
 * is within SHORT_TEXT chars. Linear in the page: the next '>' and the next close tag are found once
 * and reused by every open tag before them (300 000 unclosed `<a` would otherwise be quadratic).
 */
function* elements(html: string, name: string, withText: boolean): Generator<{ tag: string; text: string }> {
  const open = new RegExp(`<${name}(?=[\\s>/])`, 'gi');
  const close = new RegExp(`</${name}\\s*>`, 'gi');
  let gt = -1;
  let end: RegExpExecArray | null = null;
  for (const m of html.matchAll(open)) {
    const i = m.index ?? 0;
    if (gt < i) gt = html.indexOf('>', i);
    if (gt < 0) return;
    if (gt - i > MAX_TAG) continue;
    const tag = html.slice(i, gt + 1);
    if (!withText) {
      yield { tag, text: '' };
      continue;
    }
    if (!end || end.index < gt) {
      close.lastIndex = gt;
      end = close.exec(html);
      if (!end) return;
    }
    if (end.index - gt - 1 <= SHORT_TEXT) yield { tag, text: html.slice(gt + 1, end.index) };
  }
}

/** `<meta name=… content=…>` pairs, first of each name kept. */
function metas(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { tag } of elements(html, 'meta', false)) {
    const attr = (a: string): string | undefined => new RegExp(`\\s${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    const name = attr('name');
    const content = attr('content');
    if (name && content && !out.has(name)) out.set(name, decodeHTML(content));
  }
  return out;
}

/** Places of '发布' looked at for a date (a page says it once or twice). */
const MAX_PUBLISHED_TRIES = 50;

/** '发布时间：2025-01-20', its date possibly in the next element. */
function publishedDate(html: string): string | undefined {
  let tries = 0;
  for (let i = html.indexOf('发布'); i >= 0 && tries++ < MAX_PUBLISHED_TRIES; i = html.indexOf('发布', i + 2)) {
    const m = PUBLISHED.exec(snippetText(html.slice(i, i + 200)));
    const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
    if (date) return date;
  }
  return undefined;
}

/** Reads the page's report links, titles and date. */
export function pageInfo(html: string): PageInfo {
  const links = new Set<string>();
  for (const { text } of elements(html, 'a', true)) {
    if (!REPORT_LINK.test(text)) continue; // most links are chrome: test before cleaning
    const t = snippetText(text);
    if (REPORT_LINK.test(t)) links.add(t);
  }
  const meta = metas(html);
  const headings = ['h1', 'h2', 'h3'].flatMap((h) => [...elements(html, h, true)].map((e) => snippetText(e.text))).filter(Boolean);
  const titles: PageInfo['titles'] = { headings };
  const articleTitle = meta.get('ArticleTitle')?.trim();
  if (articleTitle) titles.meta = articleTitle;
  const first = elements(html, 'title', true).next();
  const t = first.done ? '' : snippetText(first.value.text);
  if (t) titles.title = t;
  const raw = meta.get('PubDate') ?? meta.get('pubdate') ?? meta.get('publishdate');
  const m = raw ? /(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  const date = (m ? isoDate(m[1]!, m[2]!, m[3]!) : null) ?? publishedDate(html);
  return { reportLinks: links.size, titles, ...(date ? { date } : {}) };
}
