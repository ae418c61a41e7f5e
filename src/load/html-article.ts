/**
 * @file Finds the article body of a government web page among its chrome (navigation, related
 * lists, footers): known CMS containers first, then the element holding the densest Chinese text.
 */
import type * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

/** Article containers of the CMSs seen on government sites (TRS, Word paste, common templates). */
const KNOWN_CONTAINERS = ['.TRS_Editor', '.trs_editor', '#zoom', '.zoom', '.article-content', '.article_con', '.content-text', '#UCAP-CONTENT', '.pages_content', 'article', '.WordSection1'];

/** chars. A container holding fewer Chinese characters than this is not the article. */
const MIN_ARTICLE_CJK = 200;

function cjkCount(text: string): number {
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** The article element, or `<body>` (or the whole document) when no candidate stands out. */
export function findArticle($: cheerio.CheerioAPI): AnyNode {
  for (const sel of KNOWN_CONTAINERS) {
    const el = $(sel)
      .toArray()
      .sort((a, b) => cjkCount($(b).text()) - cjkCount($(a).text()))[0];
    if (el && cjkCount($(el).text()) >= MIN_ARTICLE_CJK) return el;
  }
  // The deepest div/td holding most of the page's Chinese text that also holds its tables.
  const body = $('body').get(0) ?? $.root().get(0)!;
  const total = cjkCount($(body).text());
  let best: AnyNode = body;
  let bestSize = Infinity;
  $('div, td, section, article').each((_, el) => {
    const n = cjkCount($(el).text());
    const tables = $(el).find('table').length;
    if (n >= 0.6 * total && n < bestSize && tables === $(body).find('table').length) {
      best = el;
      bestSize = n;
    }
  });
  return best;
}
