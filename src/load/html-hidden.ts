/**
 * @file Drops the text of an HTML article that a reader of the page cannot see, before the article
 * is read: `32989<span class="hd">4</span>` with `.hd{display:none}` in the page's `<style>` is
 * 32989, not 329894. The page's own style rules (html-style-rules, matched with cheerio's selector
 * engine) and inline styles are applied with inheritance; an element is not shown when it is
 * `display:none`, `visibility:hidden`, `opacity:0`, moved off-screen, clipped away, of zero size with
 * its overflow hidden or scaled to zero; a text is not seen when its font is below TINY_FONT_PX or its
 * colour is the background's (white on the white page). Elements the article walk already leaves
 * out (inline `display:none`, `hidden`, struck text: html-table `isNotText`) are left to it.
 *
 * Rules apply in cascade order (specificity, then source order; inline styles; `!important`). Not modelled: `@media`
 * blocks, pseudo-classes; a rule whose selector needs an ancestor outside the article's element applies only
 * its declarations that show text (by its last compound selector), never those that hide it.
 */
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { backgroundColor, lengthPx, parseColor, parseDecls, type Decl, type Rgba } from './css-values.js';
import { isNotText } from './html-table.js';
import type { StyleRule } from './html-style-rules.js';

/** px. Text set smaller than this is not legible (1px, 1pt = 1.33px, font-size:0); body text is 12-16 px. */
export const TINY_FONT_PX = 2;
/** px. An element moved further left/up than this (`left:-9999px`) is off the page. */
const OFF_SCREEN_PX = -1000;
/** px. An element this small with its overflow hidden shows nothing (the screen-reader-only pattern). */
const ZERO_BOX_PX = 1;
/** Opacity at or below this is not seen. */
const INVISIBLE_OPACITY = 0.05;
/** Largest channel difference (0-255) at which a text colour is the background's (#fefefe on white). */
const SAME_COLOR_DELTA = 12;
/** Alpha below which a colour is transparent. */
const TRANSPARENT = 0.1;
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
/**
 * Share of the article's text at most that text-level drops (tiny font, background colour) may take.
 * Hiding tricks hide a digit or two; when more goes, the page's colours come from where the pass
 * does not see them (a dark background set on an ancestor outside the article, a style sheet not
 * read) and the text is kept.
 */
const MAX_TEXT_DROP_SHARE = 0.2;
/** Initial font size in px (browsers' default). */
const DEFAULT_FONT_PX = 16;

/** Why a piece of text was dropped (quoted in the `hidden_text_dropped` warning). */
export type HiddenWhy = 'not displayed' | 'off-screen' | 'tiny font' | 'background colour';

/** A dropped piece of text. */
export interface DroppedText {
  text: string;
  why: HiddenWhy;
}

/** What inherits down the tree: text colour, the background behind (null: an image, unknown), font size. */
interface Inherited {
  color: Rgba;
  bg: Rgba | null;
  font: number;
}

/** Elements laid out as blocks by default: width, height and text-indent apply to them. */
const BLOCKS = new Set(['div', 'p', 'td', 'th', 'tr', 'table', 'li', 'ul', 'ol', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center', 'dd', 'dt', 'body', 'main', 'header', 'footer', 'img']);

/** True when the box properties apply: a block, or an inline element made a box by its display or position. */
function boxed(tag: string, p: Map<string, string>): boolean {
  const display = p.get('display');
  if (display) return display !== 'inline' && display !== 'contents';
  return BLOCKS.has(tag) || /^(absolute|fixed)$/.test(p.get('position') ?? '') || /^(left|right)$/.test(p.get('float') ?? '');
}

/** Why an element `tag` with properties `p` is not shown, or null when it may be. */
function elementHidden(tag: string, p: Map<string, string>): HiddenWhy | null {
  const px = (prop: string): number | null => (p.has(prop) ? lengthPx(p.get(prop)!) : null);
  if (p.get('display') === 'none' || /^(hidden|collapse)$/.test(p.get('visibility') ?? '')) return 'not displayed';
  const opacity = p.has('opacity') ? parseFloat(p.get('opacity')!) : NaN;
  if (opacity <= INVISIBLE_OPACITY) return 'not displayed';
  if (/^(absolute|fixed|relative)$/.test(p.get('position') ?? '') && ['left', 'top', 'right'].some((s) => (px(s) ?? 0) <= OFF_SCREEN_PX)) return 'off-screen';
  if (/inset\(\s*50%|circle\(\s*0/.test(p.get('clip-path') ?? '')) return 'not displayed';
  // Box properties do nothing on an inline `<span>`: a browser shows `<span style="width:0;overflow:hidden">7</span>`.
  if (!boxed(tag, p)) return null;
  if ((px('text-indent') ?? 0) <= OFF_SCREEN_PX) return 'off-screen';
  if (/scale[xy]?\(\s*0(\.0*)?\s*[,)]/.test(p.get('transform') ?? '')) return 'not displayed';
  const clip = /rect\(([^)]*)\)/.exec(p.get('clip') ?? '')?.[1];
  if (clip && clip.split(/[\s,]+/).filter(Boolean).every((v) => (lengthPx(v) ?? 99) <= ZERO_BOX_PX)) return 'not displayed';
  const box = ['width', 'height', 'max-width', 'max-height'].some((s) => { const v = px(s); return v !== null && v <= ZERO_BOX_PX; });
  if (box && /^(hidden|clip)$/.test(p.get('overflow') ?? '')) return 'not displayed';
  return null;
}

/** The inherited values inside an element with properties `p` (and legacy attributes). */
function inherit(outer: Inherited, el: Element, p: Map<string, string>): Inherited {
  let { color, bg, font } = outer;
  const colorValue = p.get('color') ?? (el.name === 'font' ? el.attribs['color'] : undefined);
  if (colorValue && colorValue !== 'inherit') color = parseColor(colorValue) ?? BLACK;
  const bgValue = p.get('background-color') ?? p.get('background') ?? el.attribs['bgcolor'];
  if (bgValue) {
    const c = backgroundColor(bgValue);
    if (c === 'unknown') bg = null;
    else if (c && c.a >= 1 - TRANSPARENT) bg = c;
  }
  if (p.has('font-size')) font = lengthPx(p.get('font-size')!, font) ?? DEFAULT_FONT_PX;
  return { color, bg, font };
}

/** Why a non-blank text is not seen under `s`, or null when it is. */
function textHidden(s: Inherited): HiddenWhy | null {
  if (s.font < TINY_FONT_PX) return 'tiny font';
  if (s.color.a < TRANSPARENT) return 'background colour';
  const bg = s.bg;
  if (bg && Math.max(Math.abs(s.color.r - bg.r), Math.abs(s.color.g - bg.g), Math.abs(s.color.b - bg.b)) <= SAME_COLOR_DELTA) return 'background colour';
  return null;
}

/**
 * A selector's specificity as one number (ids, then classes and attributes, then element names):
 * `span#v9` beats a later `.hd`, so a rule showing the text is not overridden by a weaker one hiding it.
 */
export function specificity(selector: string): number {
  const attrs = (selector.match(/\[[^\]]*\]/g) ?? []).length;
  const rest = selector.replace(/\[[^\]]*\]/g, '');
  const ids = (rest.match(/#[\w-]+/g) ?? []).length;
  const classes = (rest.match(/\.[\w-]+/g) ?? []).length;
  const types = (rest.match(/(?:^|[\s>+~])[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 1e6 + (classes + attrs) * 1e3 + types;
}

/** The element's declarations in cascade order, the winner of each property last: rules by specificity (then source order), the inline style, then `!important` ones likewise. */
function cascade(ruleDecls: readonly Decl[], inline: readonly Decl[]): Decl[] {
  const normal = [...ruleDecls.filter((d) => !d.important), ...inline.filter((d) => !d.important)];
  return [...normal, ...ruleDecls.filter((d) => d.important), ...inline.filter((d) => d.important)];
}

/** The declarations the page's rules give each element they match, by specificity, then source order. */
function matchRules($: cheerio.CheerioAPI, rules: readonly StyleRule[]): Map<Element, Decl[]> {
  const out = new Map<Element, Decl[]>();
  const ordered = rules.map((rule, i) => ({ rule, i, s: specificity(rule.selector) })).sort((a, b) => a.s - b.s || a.i - b.i).map((x) => x.rule);
  for (const rule of ordered) {
    let matched: Element[];
    try {
      matched = $(rule.selector).toArray() as Element[];
    } catch {
      continue; // a selector css-select does not parse: ignored, as a browser ignores an invalid rule
    }
    for (const el of matched) out.set(el, [...(out.get(el) ?? []), ...rule.decls]);
    // The ancestors a selector names may lie outside the article's element (`.article .hd`): where only
    // its last compound matches, its declarations that show text are applied (never those that hide it).
    const shows = rule.decls.filter((d) => (d.prop === 'display' && d.value !== 'none') || (d.prop === 'visibility' && d.value === 'visible'));
    const tail = rule.selector.split(/[\s>+~]+/).filter(Boolean).pop();
    if (shows.length === 0 || !tail || tail === rule.selector) continue;
    let near: Element[];
    try {
      near = $(tail).toArray() as Element[];
    } catch {
      continue;
    }
    const full = new Set(matched);
    for (const el of near) if (!full.has(el)) out.set(el, [...(out.get(el) ?? []), ...shows]);
  }
  return out;
}

/** The page background set on `html`/`body` by the rules (the article's element may be below them). */
function pageBackground(rules: readonly StyleRule[]): Rgba | null {
  let bg: Rgba | null = WHITE;
  for (const r of rules.filter((x) => /^(html|body)$/i.test(x.selector))) {
    for (const d of r.decls) {
      if (d.prop !== 'background' && d.prop !== 'background-color') continue;
      const c = backgroundColor(d.value);
      if (c === 'unknown') bg = null;
      else if (c && c.a >= 1 - TRANSPARENT) bg = c;
    }
  }
  return bg;
}

/**
 * Removes from the DOM under `root` every element the page does not show and empties every text
 * not seen (see the file header). Returns what was dropped (non-blank texts only).
 */
export function dropHiddenText($: cheerio.CheerioAPI, root: AnyNode, rules: readonly StyleRule[]): DroppedText[] {
  const byRule = matchRules($, rules);
  const dropped: DroppedText[] = [];
  const remove: Element[] = [];
  const emptied: [Text, string][] = [];
  let chars = 0;
  const stack: [AnyNode, Inherited][] = [[root, { color: BLACK, bg: pageBackground(rules), font: DEFAULT_FONT_PX }]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    if (node.type === 'text') {
      const t = node as Text;
      chars += t.data.trim().length;
      const why = t.data.trim() ? textHidden(outer) : null;
      if (why) {
        dropped.push({ text: t.data.trim(), why });
        emptied.push([t, t.data]);
        t.data = '';
      }
      continue;
    }
    if (!('children' in node)) continue;
    let inner = outer;
    if ('attribs' in node) {
      const el = node as Element;
      if (isNotText(el)) continue;
      const decls = cascade(byRule.get(el) ?? [], parseDecls(el.attribs['style'] ?? ''));
      const p = new Map(decls.map((d) => [d.prop, d.value]));
      const why = decls.length ? elementHidden(el.name, p) : null;
      if (why) {
        const text = $(el).text().trim();
        if (text) dropped.push({ text, why });
        remove.push(el);
        continue;
      }
      inner = inherit(outer, el, p);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, inner]);
  }
  const emptiedChars = emptied.reduce((n, [, data]) => n + data.trim().length, 0);
  if (emptiedChars > MAX_TEXT_DROP_SHARE * chars) {
    for (const [t, data] of emptied) t.data = data;
    dropped.splice(0, dropped.length, ...dropped.filter((d) => d.why !== 'tiny font' && d.why !== 'background colour'));
  }
  for (const el of remove) $(el).remove();
  return dropped;
}
