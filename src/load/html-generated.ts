/**
 * @file Generated content: text the page's style sheet adds with `::before`/`::after` rules
 * (`.x::after{content:"9"}` shows 22194 where the markup holds 2214). Before the hidden-text pass
 * (html-hidden), each element of the article gets the winning `content` of its `::before` and
 * `::after` rules inserted as its first and last child, a `<span data-xxgk-generated>` carrying the
 * pseudo-element's other winning declarations as its inline style: the hidden-text pass then
 * decides whether it shows like any text (the element hidden, the pseudo-element `display:none`,
 * `visibility:hidden`, `font-size:0`, …). The cascade: specificity, then source order, then
 * `!important`; `content:none`/`normal` (and the CSS-wide keywords) add nothing.
 *
 * A `content` made of strings (CSS escapes `\39` read), `attr(name)`, quotes is evaluated (private-use
 * characters, icon-font glyphs, dropped). Anything
 * else (`counter()`, `counters()`, `url()`, `var()`, an unknown function, an unterminated string) is
 * not guessed: inside a table cell the pseudo-element's text is U+FFFD (UNKNOWN_GENERATED), which the
 * loader warns as `generated_content` and the tables read as a damaged digit (values next to it are
 * not trusted, as for bytes that did not decode); outside table cells it is left out (counted).
 */
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { cssUnescape } from './css-values.js';
import { inCascadeOrder, selectorMatches } from './html-cascade.js';
import { layoutEffect } from './html-layout.js';
import { MAX_RULES, STYLE_PROPS, ruleBlocks, selectorList, usable } from './html-style-rules.js';
import { pushAll } from '../_internal/extremes.js';

/** px. The font size taken for a pseudo-element's lengths in em (browsers' default). */
const DEFAULT_FONT_PX = 16;
/** What stands for generated content that cannot be evaluated: the damaged-character mark. */
export const UNKNOWN_GENERATED = '\ufffd';
/** Attribute marking the spans this pass inserts (its value: 'known' or 'unknown'). */
export const GENERATED_ATTR = 'data-xxgk-generated';
/** chars of one generated text kept (a longer `content` is not a report's). */
const MAX_GENERATED = 200;

/** A `::before`/`::after` rule: the element selector, which pseudo-element, its declarations (content's case kept). */
export interface PseudoRule {
  selector: string;
  pseudo: 'before' | 'after';
  decls: { prop: string; value: string; important?: boolean }[];
}

/** What the pass did: texts inserted, and unevaluable contents (in a cell: inserted as U+FFFD; elsewhere: left out). */
export interface GeneratedSummary {
  unknownOutsideCells: number;
}

/** Elements that show no generated content (replaced or void) or are never rendered. */
const NO_PSEUDO = new Set([
  'img', 'br', 'hr', 'input', 'textarea', 'select', 'iframe', 'video', 'audio', 'canvas', 'object', 'embed', 'wbr', 'area',
  'col', 'colgroup', 'meta', 'link', 'script', 'style', 'template', 'noscript', 'head', 'title', 'table', 'thead', 'tbody', 'tfoot',
]);

/** Declarations of a rule body, split at `;` outside strings and parentheses; `content` keeps its case. */
function pseudoDecls(body: string): PseudoRule['decls'] {
  const parts: string[] = [];
  let [start, depth, quote] = [0, 0, ''];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  const out: PseudoRule['decls'] = [];
  for (const part of parts) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const prop = cssUnescape(part.slice(0, colon).trim()).toLowerCase();
    if (prop !== 'content' && !STYLE_PROPS.has(prop)) continue;
    const raw = part.slice(colon + 1);
    const important = /!\s*important\s*$/i.test(raw);
    const value = raw.replace(/!\s*important\s*$/i, '').trim();
    if (value) out.push({ prop, value: prop === 'content' ? value : value.toLowerCase(), ...(important ? { important } : {}) });
  }
  return out;
}

/** The `::before`/`::after` rules of a style sheet (`:before` too), in source order. */
export function parsePseudoRules(sheet: string): PseudoRule[] {
  const rules: PseudoRule[] = [];
  for (const { head, body, unsure } of ruleBlocks(sheet)) {
    if (rules.length >= MAX_RULES) break;
    if (unsure || !/:(?:before|after)\b/i.test(head)) continue;
    const decls = pseudoDecls(body);
    if (decls.length === 0) continue;
    for (const selector of selectorList(head)) {
      const m = /^(.*?)::?(before|after)$/i.exec(selector);
      if (!m) continue;
      const base = m[1]!.trim() || '*';
      if (/[\s>+~]$/.test(m[1]!)) continue; // `td :before` is `td *::before`: not modelled
      if (usable(base) && rules.length < MAX_RULES) rules.push({ selector: base, pseudo: m[2]!.toLowerCase() as 'before' | 'after', decls });
    }
  }
  return rules;
}

/** One CSS string token starting at `at` (a quote): its value and the index past it, or null when unterminated. */
function readString(v: string, at: number): [string, number] | null {
  const quote = v[at];
  let out = '';
  for (let i = at + 1; i < v.length; i++) {
    const c = v[i]!;
    if (c === quote) return [out, i + 1];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}\s?/.exec(v.slice(i + 1));
    if (hex) {
      const cp = parseInt(hex[0].trim(), 16);
      out += cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      i += hex[0].length;
    } else if (v[i + 1] === '\n') i++;
    else if (i + 1 < v.length) out += v[++i];
  }
  return null;
}

/** Keywords of `content` that add nothing (the CSS-wide ones: a pseudo-element's `content` is `normal` then). */
const NOTHING = /^(none|normal|initial|unset|inherit|revert|revert-layer)$/i;
/** Quote keywords and the text they add. */
const QUOTES: Record<string, string> = { 'open-quote': '“', 'close-quote': '”', 'no-open-quote': '', 'no-close-quote': '' };

/**
 * The text a `content` value adds on element `el`: strings, `attr(name)` and quotes concatenated
 * (alt text after `/` is not shown); null when a part cannot be evaluated.
 */
export function evaluateContent(value: string, el: Element): string | null {
  const v = value.trim();
  if (NOTHING.test(v)) return '';
  let out = '';
  let i = 0;
  while (i < v.length) {
    const c = v[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '/') break;
    else if (c === '"' || c === "'") {
      const s = readString(v, i);
      if (!s) return null;
      out += s[0];
      i = s[1];
    } else {
      const attr = /^attr\(\s*([a-zA-Z_][\w-]*)\s*\)/i.exec(v.slice(i));
      if (attr) {
        out += el.attribs[attr[1]!.toLowerCase()] ?? '';
        i += attr[0].length;
        continue;
      }
      const word = /^[a-z-]+/i.exec(v.slice(i))?.[0].toLowerCase();
      if (word === undefined || !(word in QUOTES) || v[i + word.length] === '(') return null;
      out += QUOTES[word];
      i += word.length;
    }
  }
  // Private-use characters are icon-font glyphs (`.ico:before{content:"\e600"}`), never text.
  return out.replace(/[\ue000-\uf8ff]/g, '').slice(0, MAX_GENERATED);
}

/** Winning value of each property: normal declarations in order, then the `!important` ones. */
function winners(decls: readonly PseudoRule['decls'][number][]): Map<string, string> {
  return new Map([...decls.filter((d) => !d.important), ...decls.filter((d) => d.important)].map((d) => [d.prop, d.value]));
}

/**
 * Inserts the generated content of the `::before`/`::after` rules into the elements under `root`
 * (see the file header). Run before the hidden-text pass, after nothing else changed the DOM.
 */
export function insertGenerated($: cheerio.CheerioAPI, root: AnyNode, rules: readonly PseudoRule[]): GeneratedSummary {
  const summary: GeneratedSummary = { unknownOutsideCells: 0 };
  if (rules.length === 0) return summary;
  const byEl = new Map<Element, { before: PseudoRule['decls']; after: PseudoRule['decls'] }>();
  for (const rule of inCascadeOrder(rules)) {
    const matched = selectorMatches(() => $(root).find(rule.selector));
    if (matched === null) continue;
    for (const el of matched) {
      const entry = byEl.get(el) ?? { before: [], after: [] };
      pushAll(entry[rule.pseudo], rule.decls);
      byEl.set(el, entry);
    }
  }
  for (const [el, entry] of byEl) {
    if (NO_PSEUDO.has(el.name)) continue;
    for (const pseudo of ['before', 'after'] as const) {
      const p = winners(entry[pseudo]);
      if (!p.has('content') || p.get('display') === 'none') continue;
      const known = evaluateContent(p.get('content')!, el);
      // An empty box is kept only when it may be drawn over the cell's digits (`content:"";position:absolute;background:#fff`).
      if (known === '' && !layoutEffect('span', p, true, DEFAULT_FONT_PX).cover) continue;
      const inCell = el.name === 'tr' || $(el).closest('td, th').length > 0;
      if (known === null && !inCell) {
        summary.unknownOutsideCells++;
        continue;
      }
      const style = [...p].filter(([prop]) => prop !== 'content').map(([prop, value]) => `${prop}:${value}`).join(';');
      const span = $('<span></span>').attr(GENERATED_ATTR, known === null ? 'unknown' : 'known').text(known ?? UNKNOWN_GENERATED);
      if (style) span.attr('style', style);
      // On a row, a browser wraps the generated box in an anonymous cell.
      const box = el.name === 'tr' ? $('<td></td>').append(span) : span;
      if (pseudo === 'before') $(el).prepend(box);
      else $(el).append(box);
    }
  }
  return summary;
}
