/**
 * @file One line of a lightweight-markup dump as the text it renders to, for reading a title, a name or a
 * date out of it (meta/): pandoc's `-t asciidoc | mediawiki | rst | org | textile | dokuwiki | jira | haddock
 * | markdown` of a report page print its title and sign-off with their markup ('= 标题', '== 标题',
 * '====== 标题 ======', 'h1(#t1). 标题', '* 标题', '#+TITLE: 标题', '.. rubric:: 标题', '# 标题 {#t1}',
 * "'''标题'''", '*标题*', '**标题**', '__标题__', '南湖市第一小学 +', '南湖市第一小学\\', '| **2022年1月17日**').
 * No title, agency name or date is written with these marks, so they are dropped from the line's ends
 * (headings as `light-markup.ts` reads them, then wrappers and line-break marks, until none is left).
 * The whole document is not rewritten here: only the lines meta/ reads as candidates.
 */
import { INLINE_TAG, plainHeading } from './light-markup.js';

/** A line break a converter writes as a tag ('<br />', MediaWiki) or as a mark at the line's end: AsciiDoc ' +', org/DokuWiki/Jira '\\', Markdown '\'. */
const BREAK_TAG = /<br\s*\/?>/gi;
const HARD_BREAK = /(?:[ \t]+\+|\\\\|(?<=\S)\\)[ \t]*$/;
/**
 * reStructuredText: a directive carrying a title ('.. rubric:: 标题', '.. title:: 标题'; in a grid table's cell pandoc
 * may wrap it after its first dot, '.' / '. rubric:: 标题'); a line-block line ('| 南湖市…').
 */
const RST_DIRECTIVE = /^\s*\.\.?[ \t]*(?:rubric|title|topic|sidebar)::[ \t]*/;
const RST_LINE_BLOCK = /^\s*\|[ \t]+(?=[^|]*$)/;
/** org-mode's title keyword ('#+TITLE: 标题') and headings ('* 标题', '*** 标题'); Markdown's ATX headings ('# 标题 #'). */
const ORG_KEYWORD = /^\s*#\+(?:title|subtitle)[ \t]*:[ \t]*/i;
const ORG_HEADING = /^\*+[ \t]+(?=\S)/;
const ATX_HEADING = /^\s*#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** Attributes after a heading (pandoc Markdown '{#t1}', '{.title}'); Jira's anchor macro; Haddock's anchor line ('#t1#'). */
const ATTRIBUTES = /[ \t]*\{[#.][^}]*\}[ \t]*$/;
const JIRA_MACRO = /\{(?:anchor|color)(?::[^}]*)?\}/g;
const HADDOCK_ANCHOR = /^#([^#\s]+)#$/;
/** A Textile block mark ('p>. ', 'p(title). ', 'bq. '). */
const TEXTILE_BLOCK = /^\s*(?:p|bq)(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*\.[ \t]+/;
/**
 * A line wrapped whole in an emphasis mark: '**t**' (Markdown, DokuWiki, reST), '__t__' (Haddock), "'''t'''"
 * (MediaWiki), '*t*' (AsciiDoc, org, Textile, Jira), '_t_', '//t//', '/t/', '+t+', '~~t~~', '`t`'.
 */
const WRAPPED = /^(\*{1,2}|_{1,2}|'{2,5}|\/{1,2}|\+|~~|`)(?=\S)(.*?\S)\1$/;

/** rounds. Marks nest ('| **t**', "'''t'''<br />"): each round drops one layer, a line carries at most a few. */
const MAX_LAYERS = 4;

/** One layer of marks dropped from the line's ends. */
function dropLayer(t: string): string {
  const atx = ATX_HEADING.exec(t);
  if (atx) return atx[1]!;
  const anchor = HADDOCK_ANCHOR.exec(t);
  if (anchor) return anchor[1]!;
  const wrapped = WRAPPED.exec(t);
  if (wrapped) return wrapped[2]!;
  return plainHeading(t.replace(RST_DIRECTIVE, '').replace(ORG_KEYWORD, '').replace(TEXTILE_BLOCK, '').replace(RST_LINE_BLOCK, '').replace(ORG_HEADING, ''))
    .replace(ATTRIBUTES, '')
    .replace(HARD_BREAK, '')
    .trim();
}

/** The line without the markup a lightweight-markup dump prints around a title, a name or a date (the same string when it has none). */
export function unmarkedLine(line: string): string {
  let t = line.replace(INLINE_TAG, '').replace(BREAK_TAG, ' ').replace(JIRA_MACRO, '').trim();
  for (let n = 0; n < MAX_LAYERS; n++) {
    const next = dropLayer(t).trim();
    if (next === t) break;
    t = next;
  }
  return t === line.trim() ? line : t;
}
