/**
 * @file Finds the article body of a web page among its site chrome, and reads what lies outside
 * it (report links for list pages, the title, the publication date) — without building a DOM of
 * the page: on a page of 1 MB of chrome that tree cost more than the rest of the extraction.
 *
 * - Known CMS containers are found by their class or id in the raw string, and only the container
 *   is tokenized (htmlparser2 events), up to where it closes.
 * - Without one, one streaming pass over the page counts Chinese text (outside links) and tables
 *   under every block, and the smallest block holding most of the text and every table is the article.
 * - Links, `<title>`, `<meta>`, headings and '发布时间' are read from the raw string (html-page-info).
 */
import { boundedParser } from './html-parser.js';
import { MAX_TAG, pageInfo, type PageInfo } from './html-page-info.js';
import { maxOf, minOf } from '../_internal/extremes.js';

/** Article containers of the CMSs seen on government sites (TRS, common templates), most trusted first. */
const KNOWN_CONTAINERS: readonly { attr: 'class' | 'id' | 'tag'; name: string }[] = [
  { attr: 'class', name: 'TRS_Editor' },
  { attr: 'class', name: 'trs_editor' },
  { attr: 'id', name: 'zoom' },
  { attr: 'class', name: 'zoom' },
  { attr: 'class', name: 'article-content' },
  { attr: 'class', name: 'article_con' },
  { attr: 'class', name: 'content-text' },
  { attr: 'id', name: 'UCAP-CONTENT' },
  { attr: 'class', name: 'pages_content' },
  // Word's WordSection1 is not one: Word starts a WordSection2 where the page turns landscape (for
  // the wide table 三), so the article is what holds every section, which the fallback finds.
  { attr: 'tag', name: 'article' },
];

/** chars. A container holding fewer Chinese characters than this is not the article. */
const MIN_ARTICLE_CJK = 200;
/** Share of the page's Chinese text the fallback article must hold. */
const ARTICLE_SHARE = 0.6;
/** Elements that can be the article when no known container is. */
const CANDIDATE = new Set(['div', 'td', 'section', 'article', 'body']);
/**
 * Text inside these does not count as the page's text; nor does the text of links (`<a href>`),
 * which is chrome by nature: a 1 MB page of menus and related-article lists has far more Chinese
 * than its article. (`<a name>` anchors, which Word puts around headings, are text.)
 */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'select']);
/** Places of one container kind tried at most (each is tokenized until it closes; pages have one or two). */
const MAX_PLACES = 5;

/** What the scan found. */
export interface PageScan extends PageInfo {
  /** `[start, end)` of the article element in the page string; the whole page when null. */
  article: { start: number; end: number } | null;
}

/** Chinese characters in a text (a loop: a regex match allocates an array per text node). */
function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** An element's extent and content counts. */
interface Block {
  start: number;
  end: number;
  cjk: number;
  tables: number;
  /** `<img>` elements: a report may print its tables as pictures. */
  images: number;
  tag: string;
}

/**
 * Tokenizes `html` from `from` and reports every block closed. With `untilClosed`, stops at the
 * close of the element that opens at `from` (a known container); otherwise walks the whole page.
 * An element closed by the tag that follows it (implied) ends where that tag starts.
 */
function blocks(html: string, from: number, untilClosed: boolean): { closed: Block[]; page: { cjk: number; tables: number } } {
  // The open elements as parallel arrays (a page of 1 MB has ~50 000 elements: no object each).
  const tags: string[] = [];
  const starts: number[] = [];
  const cjk: number[] = [];
  const tables: number[] = [];
  const images: number[] = [];
  const opaque: boolean[] = [];
  const page = { cjk: 0, tables: 0 };
  const closed: Block[] = [];
  let skip = 0;
  let done = false;
  const parser = boundedParser(
    {
      // onopentagname and onattribute instead of onopentag: no attribute object built per element.
      onopentagname(tag) {
        if (done) return;
        const hidden = NOT_TEXT.has(tag);
        if (hidden) skip++;
        tags.push(tag);
        starts.push(from + parser.startIndex);
        cjk.push(0);
        tables.push(tag === 'table' ? 1 : 0);
        images.push(tag === 'img' ? 1 : 0);
        opaque.push(hidden);
      },
      onattribute(name) {
        const top = tags.length - 1;
        if (done || name !== 'href' || tags[top] !== 'a' || opaque[top]) return;
        opaque[top] = true;
        skip++;
      },
      ontext(data) {
        if (done || skip > 0) return;
        const n = cjkCount(data);
        if (tags.length > 0) cjk[cjk.length - 1]! += n;
        else page.cjk += n;
      },
      onclosetag(tag, implied) {
        if (done || tags.length === 0) return;
        tags.pop();
        const start = starts.pop()!;
        const n = cjk.pop()!;
        const t = tables.pop()!;
        const img = images.pop()!;
        if (opaque.pop()) skip--;
        if (tags.length > 0) {
          cjk[cjk.length - 1]! += n;
          tables[tables.length - 1]! += t;
          images[images.length - 1]! += img;
        } else {
          page.cjk += n;
          page.tables += t;
        }
        const end = from + (implied ? parser.startIndex : parser.endIndex + 1);
        if (CANDIDATE.has(tag) || tags.length === 0) closed.push({ tag, start, end, cjk: n, tables: t, images: img });
        if (untilClosed && tags.length === 0) {
          done = true;
          parser.pause();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(from === 0 ? html : html.slice(from));
  return { closed, page };
}

/** The open tag around `i`, or null when `i` is not inside one. */
function tagAround(html: string, i: number): { start: number; text: string } | null {
  const before = html.slice(Math.max(0, i - MAX_TAG), i);
  const lt = before.lastIndexOf('<');
  if (lt < 0 || before.lastIndexOf('>') > lt) return null;
  const gt = html.indexOf('>', i);
  if (gt < 0 || gt - i > MAX_TAG) return null;
  const start = i - before.length + lt;
  return { start, text: html.slice(start, gt + 1) };
}

/** `[start, end)` of every comment, `<script>` and `<style>`: markup inside them is not markup. */
function opaqueRanges(html: string): [number, number][] {
  const out: [number, number][] = [];
  const open = /<!--|<script\b|<style\b/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const close = new RegExp(m[0] === '<!--' ? '-->' : `</${m[0].slice(1)}`, 'gi');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(html);
    const stop = end ? end.index + end[0].length : html.length;
    out.push([m.index, stop]);
    open.lastIndex = stop;
  }
  return out;
}

/** True when `i` lies in one of the sorted `ranges`. */
function inRanges(ranges: readonly [number, number][], i: number): boolean {
  let [lo, hi] = [0, ranges.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (i < a) hi = mid - 1;
    else if (i >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Where the open tags of known containers start, most trusted kind first. */
function knownStarts(html: string): number[][] {
  let opaque: [number, number][] | null = null;
  const markup = (i: number): boolean => !inRanges((opaque ??= opaqueRanges(html)), i);
  return KNOWN_CONTAINERS.map(({ attr, name }) => {
    const out = new Set<number>();
    if (attr === 'tag') {
      for (const m of html.matchAll(new RegExp(`<${name}(?=[\\s>/])`, 'gi'))) if (markup(m.index ?? 0) && out.add(m.index ?? 0).size >= MAX_PLACES) break;
      return [...out];
    }
    const value = `(?:"(?:[^"]*\\s)?${name}(?=[\\s"])|'(?:[^']*\\s)?${name}(?=[\\s'])|${name}(?=[\\s/>]))`;
    const isTag = new RegExp(`^<[a-z][\\w-]*\\s(?:[^>]*\\s)?${attr}\\s*=\\s*${value}`, 'i');
    for (let i = html.indexOf(name); i >= 0 && out.size < MAX_PLACES; i = html.indexOf(name, i + name.length)) {
      const tag = tagAround(html, i);
      if (tag && isTag.test(tag.text) && markup(tag.start)) out.add(tag.start);
    }
    return [...out];
  });
}

/**
 * The article: the richest known container of the most trusted kind, else the densest block. A page
 * whose containers of that kind hold two or more reports apart (each with a table, or a picture —
 * tables printed as images —, and the text of an article: a page listing two years' reports, or several agencies') is read from the first of them
 * to the end of the last: which report is the document's is then decided by the report-level
 * evidence (sections/report-choice), never by which article is longer.
 */
function findArticle(html: string): Block | null {
  for (const starts of knownStarts(html)) {
    let best: Block | null = null;
    const reports: Block[] = [];
    for (const start of starts) {
      // A container inside the best one so far cannot hold more text: not tokenized again.
      if (best && start < best.end) continue;
      const own = blocks(html, start, true).closed.at(-1);
      if (!own || own.start !== start) continue;
      if (!best || own.cjk > best.cjk) best = own;
      if (own.cjk >= MIN_ARTICLE_CJK && own.tables + own.images > 0 && !reports.some((r) => own.start < r.end && r.start < own.end)) reports.push(own);
    }
    const article = reports.length >= 2 ? spanOf(reports) : best && best.cjk >= MIN_ARTICLE_CJK ? best : null;
    // A report's table 三 printed outside the container: another report (or the article's own table) lies
    // outside it, so the page is read as it would be without a known container.
    if (article && !reportTableOutside(html, article)) return article;
    if (article) break;
  }
  const { closed, page } = blocks(html, 0, false);
  let best: Block | null = null;
  for (const c of closed) {
    if (!CANDIDATE.has(c.tag) || c.cjk < ARTICLE_SHARE * page.cjk || c.tables !== page.tables) continue;
    if (!best || c.cjk < best.cjk) best = c;
  }
  return best;
}

/** Words of table 三's first row (本年新收政府信息公开申请数量), in both templates. */
const REPORT_TABLE_MARK = '本年新收';

/** True when the page prints REPORT_TABLE_MARK outside `block`, in its markup (not in a comment or script). */
function reportTableOutside(html: string, block: Block): boolean {
  let opaque: [number, number][] | null = null;
  for (let i = html.indexOf(REPORT_TABLE_MARK); i >= 0; i = html.indexOf(REPORT_TABLE_MARK, i + 1)) {
    if (i >= block.start && i < block.end) continue;
    if (!inRanges((opaque ??= opaqueRanges(html)), i)) return true;
  }
  return false;
}

/** One block from the first of `parts` to the end of the last. */
function spanOf(parts: readonly Block[]): Block {
  const start = minOf(parts.map((p) => p.start));
  const end = maxOf(parts.map((p) => p.end));
  const sum = (k: 'cjk' | 'tables' | 'images'): number => parts.reduce((n, p) => n + p[k], 0);
  return { tag: 'div', start, end, cjk: sum('cjk'), tables: sum('tables'), images: sum('images') };
}

/** Scans the page. Never throws on malformed markup (htmlparser2 closes what is left open). */
export function scanPage(html: string): PageScan {
  const article = findArticle(html);
  return { article: article ? { start: article.start, end: article.end } : null, ...pageInfo(html) };
}
