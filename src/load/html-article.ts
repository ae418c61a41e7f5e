/**
 * @file One streaming pass over a web page (htmlparser2 events, no DOM): finds the article body
 * among the site chrome (known CMS containers first, then the element holding most of the page's
 * Chinese text and all its tables), and collects what lies outside it: report links (list pages),
 * the title and the publication date. Only the article is then parsed into a DOM: on a page of
 * 1 MB of chrome, building the whole tree cost more than the rest of the extraction.
 */
import { Parser } from 'htmlparser2';

/**
 * Article containers of the CMSs seen on government sites (TRS, common templates). Word's
 * `WordSection1` is not one: Word starts a new `WordSection2` where the page turns landscape
 * (for the wide table 三), so the article is what holds all the sections (the fallback finds it).
 */
const KNOWN_CONTAINERS = ['.TRS_Editor', '.trs_editor', '#zoom', '.zoom', '.article-content', '.article_con', '.content-text', '#UCAP-CONTENT', '.pages_content', 'article'];

/** chars. A container holding fewer Chinese characters than this is not the article. */
const MIN_ARTICLE_CJK = 200;
/** Share of the page's Chinese text the fallback article must hold. */
const ARTICLE_SHARE = 0.6;
/** Elements that can be the article when no known container is. */
const CANDIDATE = new Set(['div', 'td', 'section', 'article', 'body']);
/** Text inside these is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title']);
/** chars. Link texts and headings are read up to this length (titles are short). */
const SHORT_TEXT = 120;

/** Links that name a report ('…政府信息公开工作年度报告', '2023年年报'): a list page has many. */
const REPORT_LINK = /年度报告|工作报告|年报/;
const PUBLISHED = /发布(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const HEADING = new Set(['h1', 'h2', 'h3']);
/** Tags whose text is collected (short): links, the page title, headings. */
const COLLECTED = new Set(['a', 'title', ...HEADING]);

/** Chinese characters in a text (a loop: a regex match allocates an array per text node). */
function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** What the pass found. */
export interface PageScan {
  /** `[start, end)` of the article element in the page string; the whole page when null. */
  article: { start: number; end: number } | null;
  /** Distinct report titles the page links to. */
  reportLinks: number;
  /** `<title>`, `<meta name="ArticleTitle">`, and `<h1>`–`<h3>` texts, in that order of trust. */
  titles: { meta?: string; title?: string; headings: string[] };
  /** `<meta name="PubDate">` (and kin), or a '发布时间：2025-01-20' line anywhere on the page. */
  date?: string;
}

/**
 * Which known container an element is (its index in KNOWN_CONTAINERS), or -1.
 */
function knownContainer(tag: string, attribs: Record<string, string>): number {
  const id = attribs['id'];
  if (!attribs['class'] && !id && tag !== 'article') return -1;
  const classes = ` ${attribs['class'] ?? ''} `;
  return KNOWN_CONTAINERS.findIndex((sel) =>
    sel.startsWith('.') ? classes.includes(` ${sel.slice(1)} `) : sel.startsWith('#') ? id === sel.slice(1) : tag === sel,
  );
}

interface Frame {
  tag: string;
  start: number;
  cjk: number;
  tables: number;
  known: number;
  /** Text collected for links, headings and the title; null when not collected. */
  text: string | null;
}

interface Closed {
  start: number;
  end: number;
  cjk: number;
  tables: number;
  known: number;
  tag: string;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The article among the closed elements, as findArticle has always chosen it. */
function chooseArticle(closed: readonly Closed[], page: { cjk: number; tables: number }): Closed | null {
  for (let i = 0; i < KNOWN_CONTAINERS.length; i++) {
    let best: Closed | null = null;
    for (const c of closed) if (c.known === i && (!best || c.cjk > best.cjk)) best = c;
    if (best && best.cjk >= MIN_ARTICLE_CJK) return best;
  }
  // The smallest div/td holding most of the page's Chinese text that also holds all its tables.
  let best: Closed | null = null;
  for (const c of closed) {
    if (!CANDIDATE.has(c.tag) || c.cjk < ARTICLE_SHARE * page.cjk || c.tables !== page.tables) continue;
    if (!best || c.cjk < best.cjk) best = c;
  }
  return best;
}

/** Scans the page once. Never throws on malformed markup (htmlparser2 closes what is left open). */
export function scanPage(html: string): PageScan {
  const root: Frame = { tag: '#root', start: 0, cjk: 0, tables: 0, known: -1, text: null };
  const stack: Frame[] = [root];
  const closed: Closed[] = [];
  const links = new Set<string>();
  const titles: PageScan['titles'] = { headings: [] };
  const meta = new Map<string, string>();
  let skip = 0;
  /** Open elements whose text is being collected. */
  let collecting = 0;
  let published: string | undefined;
  let tail = '';
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        if (NOT_TEXT.has(tag)) skip++;
        if (tag === 'meta' && attribs['name'] && attribs['content'] && !meta.has(attribs['name'])) meta.set(attribs['name'], attribs['content']);
        const collect = collecting > 0 || COLLECTED.has(tag);
        if (collect) collecting++;
        stack.push({ tag, start: parser.startIndex, cjk: 0, tables: tag === 'table' ? 1 : 0, known: knownContainer(tag, attribs), text: collect ? '' : null });
      },
      ontext(data) {
        const top = stack[stack.length - 1]!;
        if (collecting > 0 && top.text !== null && top.text.length < SHORT_TEXT) top.text += data;
        if (skip > 0) return;
        top.cjk += cjkCount(data);
        if (published === undefined && (tail.length > 0 || data.includes('发布'))) {
          // '发布时间：' and its date may come in separate text nodes: keep a short tail.
          tail = (tail + data).slice(-60);
          const m = PUBLISHED.exec(tail);
          if (m) published = isoDate(m[1]!, m[2]!, m[3]!);
          else if (!tail.includes('发布')) tail = '';
        }
      },
      onclosetag(tag, implied) {
        if (stack.length <= 1) return;
        const f = stack.pop()!;
        if (NOT_TEXT.has(tag)) skip = Math.max(0, skip - 1);
        if (f.text !== null) collecting--;
        const parent = stack[stack.length - 1]!;
        parent.cjk += f.cjk;
        parent.tables += f.tables;
        if (parent.text !== null && f.text !== null && parent.text.length < SHORT_TEXT) parent.text += f.text;
        if (f.text) {
          const t = f.text.replace(/\s+/g, ' ').trim();
          if (tag === 'a' && REPORT_LINK.test(t)) links.add(t);
          else if (tag === 'title') titles.title ??= t;
          else if (HEADING.has(tag) && t) titles.headings.push(t);
        }
        // An element closed by the tag that follows it ends where that tag starts.
        const end = implied ? parser.startIndex : parser.endIndex + 1;
        if (f.known >= 0 || CANDIDATE.has(tag)) closed.push({ start: f.start, end, cjk: f.cjk, tables: f.tables, known: f.known, tag });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const article = chooseArticle(closed, root);
  const metaTitle = meta.get('ArticleTitle');
  if (metaTitle) titles.meta = metaTitle.trim();
  const raw = meta.get('PubDate') ?? meta.get('pubdate') ?? meta.get('publishdate');
  const m = raw ? /(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : published;
  return { article: article ? { start: article.start, end: article.end } : null, reportLinks: links.size, titles, ...(date ? { date } : {}) };
}
