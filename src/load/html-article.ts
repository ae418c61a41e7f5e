/**
 * @file Finds the article body of a government web page among its chrome (navigation, related
 * lists, footers): known CMS containers first, then the element holding the densest Chinese text.
 */
import type * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Article containers of the CMSs seen on government sites (TRS, Word paste, common templates). */
const KNOWN_CONTAINERS = ['.TRS_Editor', '.trs_editor', '#zoom', '.zoom', '.article-content', '.article_con', '.content-text', '#UCAP-CONTENT', '.pages_content', 'article', '.WordSection1'];

/** chars. A container holding fewer Chinese characters than this is not the article. */
const MIN_ARTICLE_CJK = 200;

function cjkCount(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

const CANDIDATE = new Set(['div', 'td', 'section', 'article']);

/**
 * Chinese characters and tables under every element, counted in one pass from the leaves up
 * (calling text() on each candidate would read nested chrome again and again).
 */
function countAll(root: AnyNode): Map<AnyNode, { cjk: number; tables: number }> {
  const counts = new Map<AnyNode, { cjk: number; tables: number }>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if ('children' in node) for (const child of (node as Element).children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const own = node.type === 'text' ? { cjk: cjkCount((node as unknown as { data: string }).data), tables: 0 } : { cjk: 0, tables: (node as Element).tagName === 'table' ? 1 : 0 };
    for (const child of 'children' in node ? (node as Element).children : []) {
      const c = counts.get(child)!;
      own.cjk += c.cjk;
      own.tables += c.tables;
    }
    counts.set(node, own);
  }
  return counts;
}

/**
 * Which known container an element is (its index in KNOWN_CONTAINERS), or -1. Checked by hand
 * while the page is walked once: a css-select query per selector over 1 MB of chrome costs more
 * than the whole rest of the extraction.
 */
export function knownContainer(el: Element): number {
  const id = el.attribs['id'];
  if (!el.attribs['class'] && !id && el.tagName !== 'article') return -1;
  const classes = ` ${el.attribs['class'] ?? ''} `;
  return KNOWN_CONTAINERS.findIndex((sel) =>
    sel.startsWith('.') ? classes.includes(` ${sel.slice(1)} `) : sel.startsWith('#') ? id === sel.slice(1) : el.tagName === sel,
  );
}

/**
 * The article element, or `<body>` (or the whole document) when no candidate stands out.
 * `known` are the elements that matched a known container (from the one walk of the page).
 */
export function findArticle($: cheerio.CheerioAPI, known: readonly Element[]): AnyNode {
  for (let i = 0; i < KNOWN_CONTAINERS.length; i++) {
    const el = known
      .filter((k) => knownContainer(k) === i)
      .map((k) => ({ k, n: cjkCount($(k).text()) }))
      .sort((a, b) => b.n - a.n)[0];
    if (el && el.n >= MIN_ARTICLE_CJK) return el.k;
  }
  // The deepest div/td holding most of the page's Chinese text that also holds all its tables.
  const body = $('body').get(0) ?? $.root().get(0)!;
  const counts = countAll(body);
  const all = counts.get(body)!;
  let best: AnyNode = body;
  let bestSize = Infinity;
  for (const [el, n] of counts) {
    if (el.type !== 'tag' || !CANDIDATE.has((el as Element).tagName)) continue;
    if (n.cjk >= 0.6 * all.cjk && n.cjk < bestSize && n.tables === all.tables) {
      best = el;
      bestSize = n.cjk;
    }
  }
  return best;
}
