/**
 * @file The CSS cascade of an HTML article's elements, for the hidden-text pass (html-hidden): the
 * declarations that win on each element from the browser's own defaults (`[hidden]` is
 * `display:none`), the page's `<style>` rules (html-style-rules, matched with cheerio's selector
 * engine, by specificity then source order), the inline style, and `!important` ones. This is the
 * one place that decides which declarations an element has; nothing else reads a `style` attribute
 * to decide whether text shows.
 *
 * Not modelled exactly: `@media` blocks, pseudo-classes, sibling combinators — such rules come
 * `unsure` (html-style-rules) and are matched apart (html-hidden: where one changes how an element
 * shows, its text is kept and not trusted). A rule whose selector needs an ancestor outside the
 * article's element applies only its declarations that show text (by its last compound selector),
 * never those that hide it.
 */
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { parseDecls, type Decl } from './css-values.js';
import type { StyleRule } from './html-style-rules.js';

/**
 * A selector's specificity as one number (ids, then classes and attributes, then element names):
 * `span#v9` beats a later `.hd`, so a rule showing the text is not overridden by a weaker one hiding it.
 */
export function specificity(selector: string): number {
  // `:where()` counts nothing; `:is()`/`:not()` count as their most specific argument (Selectors 4 §17).
  const logical = selector.replace(/:where\([^()]*\)/gi, '').replace(/:(?:is|not|matches)\(([^()]*)\)/gi, (_, args: string) => {
    const best = args.split(',').map((a) => a.trim()).sort((a, b) => specificity(b) - specificity(a))[0] ?? '';
    return ` ${best}`;
  });
  if (logical !== selector) return specificity(logical);
  const attrs = (selector.match(/\[[^\]]*\]/g) ?? []).length;
  const rest = selector.replace(/\[[^\]]*\]/g, '');
  const ids = (rest.match(/#[\w-]+/g) ?? []).length;
  const classes = (rest.match(/\.[\w-]+/g) ?? []).length;
  const types = (rest.match(/(?:^|[\s>+~])[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 1e6 + (classes + attrs) * 1e3 + types;
}

/** The rules in cascade order: by specificity, then source order (the later of two equal rules wins). */
export function inCascadeOrder<R extends { selector: string }>(rules: readonly R[]): R[] {
  return rules.map((rule, i) => ({ rule, i, s: specificity(rule.selector) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.rule);
}

/**
 * The elements a selector matches (`select` runs it), or null for a selector css-select does not
 * parse: the rule is ignored, as a browser ignores an invalid rule.
 */
export function selectorMatches(select: () => cheerio.Cheerio<AnyNode>): Element[] | null {
  try {
    return select().toArray() as Element[];
  } catch {
    return null;
  }
}

/** The declarations the page's rules give each element they match, by specificity, then source order. */
export function matchRules($: cheerio.CheerioAPI, rules: readonly StyleRule[]): Map<Element, Decl[]> {
  const out = new Map<Element, Decl[]>();
  for (const rule of inCascadeOrder(rules)) {
    const matched = selectorMatches(() => $(rule.selector));
    if (matched === null) continue;
    for (const el of matched) out.set(el, [...(out.get(el) ?? []), ...rule.decls]);
    // The ancestors a selector names may lie outside the article's element (`.article .hd`): where only
    // its last compound matches, its declarations that show text are applied (never those that hide it).
    // Not when its first compound matches inside the article (`.vh .v{visibility:visible}`): the rule is
    // about the article's own elements, and the full match above is the answer (a `visibility:visible`
    // applied to every `.v` would show digits a `visibility:hidden` ancestor hides).
    const shows = rule.decls.filter((d) => (d.prop === 'display' && d.value !== 'none') || (d.prop === 'visibility' && d.value === 'visible'));
    const compounds = rule.selector.split(/[\s>+~]+/).filter(Boolean);
    const tail = compounds[compounds.length - 1];
    if (shows.length === 0 || !tail || compounds.length < 2) continue;
    const first = selectorMatches(() => $(compounds[0]!));
    const near = first === null || first.length > 0 ? null : selectorMatches(() => $(tail));
    if (near === null) continue;
    const full = new Set(matched);
    for (const el of near) if (!full.has(el)) out.set(el, [...(out.get(el) ?? []), ...shows]);
  }
  return out;
}

/**
 * The browser's own style of an element that bears on whether it shows: `hidden` is `display:none`
 * of the user-agent style sheet, which any page rule setting `display` overrides (a well-known trap:
 * `.x{display:block}` shows a `hidden` element); `hidden="until-found"` is `content-visibility:hidden`.
 */
function userAgentDecls(el: Element): Decl[] {
  const hidden = el.attribs['hidden'];
  if (hidden === undefined) return [];
  // `hidden="until-found"` hides the content (found by the browser's search), not the box.
  return [hidden.trim().toLowerCase() === 'until-found' ? { prop: 'content-visibility', value: 'hidden' } : { prop: 'display', value: 'none' }];
}

/**
 * An element's declarations in cascade order, the winner of each property last: the browser's
 * defaults, the page's rules (`byRule`, already by specificity then source order), the inline style,
 * then the `!important` ones of the rules and of the inline style.
 */
export function cascadeOf(el: Element, byRule: ReadonlyMap<Element, readonly Decl[]>): Decl[] {
  const rules = byRule.get(el) ?? [];
  const inline = parseDecls(el.attribs['style'] ?? '');
  const normal = [...userAgentDecls(el), ...rules.filter((d) => !d.important), ...inline.filter((d) => !d.important)];
  return [...normal, ...rules.filter((d) => d.important), ...inline.filter((d) => d.important)];
}
