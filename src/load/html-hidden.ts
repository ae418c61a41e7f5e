/**
 * @file Drops the text of an HTML article that a reader of the page cannot see, before the article
 * is read: `32989<span class="hd">4</span>` with `.hd{display:none}` in the page's `<style>` is
 * 32989, not 329894. This is the one place that decides what shows: the table and article walks
 * read every text this pass leaves. Each element's declarations come from the cascade (html-cascade:
 * the browser's `[hidden]`, the page's rules, inline styles, `!important`). Elements never rendered
 * (`<script>`, `<style>`, `<template>`, `<noscript>`, …) and `display:none` ones (Word's
 * `mso-hide:all` too) are removed, with their box: a `display:none` cell is not a column. Text in an
 * element that keeps its box but shows nothing is emptied, the box kept: `opacity:0` (opacities
 * multiply down the tree), moved off-screen, clipped away, of zero size with its overflow hidden,
 * scaled to zero, `content-visibility:hidden`; no descendant can show it again. `visibility` is
 * inherited and a descendant may set it back (`visibility:visible` under `visibility:hidden` shows).
 * A text is not seen when its font is below TINY_FONT_PX or its colour is the background's (white
 * on the white page). `aria-hidden` hides nothing from the eye and is ignored. What only a
 * browser's layout would decide (a digit moved out of its clipping box, a white box positioned over
 * it) is not dropped but marked, in the same pass, for the table walk to doubt (html-layout).
 * So is text a rule not evaluated exactly (html-style-rules `unsure`: `@media`, `:nth-child()`, …)
 * may hide, move or show, and text painted in a way not computed (a filter, a blend mode, a colour
 * not read). Whether ink is seen is the one decision of _internal/ink.
 */
import type * as cheerio from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { amountOf, backgroundColor, backgroundOf, filterEffect, lengthPx, parseColor, type Rgba } from './css-values.js';
import { cascadeOf, matchRules } from './html-cascade.js';
import { GENERATED_ATTR } from './html-generated.js';
import { BOX_DISPLAY, BOX_PROPS, layoutEffect, lookStep, noLayoutDoubts, overflowsClip, textLook, type LayoutDoubts } from './html-layout.js';
import { isStruck } from './html-table.js';
import { inkShows } from '../_internal/ink.js';
import type { StyleRule } from './html-style-rules.js';
import { spliceAll } from '../_internal/extremes.js';

/** px. Text set smaller than this is not legible (1px, 1pt = 1.33px, font-size:0); body text is 12-16 px. */
export const TINY_FONT_PX = 2;
/** px. An element moved further left/up than this (`left:-9999px`) is off the page. */
const OFF_SCREEN_PX = -1000;
/** px. An element this small with its overflow hidden shows nothing (the screen-reader-only pattern). */
const ZERO_BOX_PX = 1;
/** Background alpha below which a background is transparent (from 1 − this it hides the page's). */
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
/**
 * Share of the article's text above which `visibility:hidden` is not a hiding trick but an article
 * a script reveals once it has loaded (a saved WeChat article's `#js_content` is
 * `visibility:hidden` until its script runs): that text is read as shown. A stale copy of a table
 * hidden so is a part of the page, never most of it.
 */
const MAX_UNSEEN_SHARE = 0.6;
/** Characters: hidden text shorter than this is a trick on a cell or two, never an article revealed. */
const MIN_REVEALED_CHARS = 200;
/** No page rule (for the spans of generated content). */
const NO_RULES: ReadonlyMap<Element, never[]> = new Map();
/** Initial font size in px (browsers' default). */
const DEFAULT_FONT_PX = 16;

/** Why a piece of text was dropped (quoted in the `hidden_text_dropped` warning). */
export type HiddenWhy = 'not displayed' | 'off-screen' | 'tiny font' | 'background colour';

/** A dropped piece of text. */
export interface DroppedText {
  text: string;
  why: HiddenWhy;
}

/**
 * What inherits down the tree: text colour, the background behind (null: an image, unknown), font
 * size, `visibility` (a descendant may set it back), the opacity so far (multiplied), and why an
 * ancestor shows nothing of its content (no descendant can undo it).
 */
interface Inherited {
  color: Rgba;
  /** The nearest element above clipping its content to a box (html-layout), null when none. */
  clip: Element | null;
  /** `-webkit-text-fill-color`: it paints the glyphs instead of `color` (inherited; a descendant's `color` does not undo it). */
  fill: Rgba | null;
  bg: Rgba | null;
  font: number;
  visible: boolean;
  opacity: number;
  blank: HiddenWhy | null;
  /** The elements above that move, clip or squeeze the text (html-layout), as ids: '' when none. */
  look: string;
  /** Under an element a rule not evaluated may hide or move (html-unsure-rules), or painted in a way not computed (a filter, a blend mode, a colour not read). */
  unsure: boolean;
}


/** Elements whose content is never rendered as text (`<noscript>`: the page is read with scripts on). */
const NOT_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'meta', 'link']);

/** Elements laid out as blocks by default: width, height and text-indent apply to them. */
const BLOCKS = new Set(['div', 'p', 'td', 'th', 'tr', 'table', 'li', 'ul', 'ol', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center', 'dd', 'dt', 'body', 'main', 'header', 'footer', 'img']);

/** True when the box properties apply: a block, or an inline element made a box by its display or position. */
export function boxed(tag: string, p: Map<string, string>): boolean {
  const display = p.get('display');
  if (display) return display !== 'inline' && display !== 'contents';
  return BLOCKS.has(tag) || /^(absolute|fixed)$/.test(p.get('position') ?? '') || /^(left|right)$/.test(p.get('float') ?? '');
}

/** True when an element with properties `p` is not rendered at all, its box included. */
function removed(p: Map<string, string>): boolean {
  return p.get('display') === 'none' || p.get('mso-hide') === 'all';
}

/**
 * Why an element `tag` with properties `p` (at opacity `opacity`, its own included) shows nothing of
 * its content though it keeps its box, or null when it may show it.
 */
function elementBlank(tag: string, p: Map<string, string>, opacity: number): HiddenWhy | null {
  const px = (prop: string): number | null => (p.has(prop) ? lengthPx(p.get(prop)!) : null);
  if (inkShows(opacity) === 'unseen' || p.get('content-visibility') === 'hidden') return 'not displayed';
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

/** px of the font size keywords (browsers' defaults, `medium` 16 px). */
const FONT_KEYWORDS: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48, initial: 16 };

/** A `font-size` value in px, `parent` the inherited size: `inherit`/`unset` keep it, `smaller`/`larger` step it (× 1/1.2, × 1.2); a value not read is the default. */
function fontSizePx(value: string, parent: number): number {
  if (/^(inherit|unset|revert|revert-layer)$/.test(value)) return parent;
  if (value === 'smaller') return parent / 1.2;
  if (value === 'larger') return parent * 1.2;
  return FONT_KEYWORDS[value] ?? lengthPx(value, parent) ?? DEFAULT_FONT_PX;
}

/** A `zoom` written as a number or a percentage. */
const ZOOM_FACTOR = /^\d*\.?\d+%?$/;

/** A `zoom` factor (`.5`, `50%`), null when none or not read (`normal`, `0`: no zoom). */
function zoomOf(value: string | undefined): number | null {
  if (value === undefined || !ZOOM_FACTOR.test(value.trim())) return null;
  const z = amountOf(value);
  return z > 0 && z !== 1 ? z : null;
}

/** The inherited values inside an element with properties `p` (and legacy attributes); `unsure`: a rule not evaluated may hide or move it. */
function inherit(outer: Inherited, el: Element, p: Map<string, string>, unsure: boolean): Inherited {
  let { color, bg, font, visible, fill } = outer;
  let painted = outer.unsure || unsure || paintedApart(el, p);
  const colorValue = p.get('color') ?? (el.name === 'font' ? el.attribs['color'] : undefined);
  if (colorValue && !/^(inherit|currentcolor|unset)$/.test(colorValue)) {
    const c = parseColor(colorValue);
    painted ||= c === null && colorValue !== 'initial';
    color = c ?? BLACK;
  }
  // The image layer (a gradient) paints over the colour: read as one value (css-values' backgroundColor).
  const bgValue = backgroundOf(p, el.attribs['bgcolor']);
  if (bgValue) {
    const c = backgroundColor(bgValue, color);
    if (c === 'unknown') bg = null;
    else if (c && c.a >= 1 - TRANSPARENT) bg = c;
  }
  const fillValue = p.get('-webkit-text-fill-color');
  if (fillValue && !/^(inherit|unset)$/.test(fillValue)) {
    fill = fillValue === 'currentcolor' || fillValue === 'initial' ? null : parseColor(fillValue);
    painted ||= fill === null && fillValue !== 'currentcolor' && fillValue !== 'initial';
  }
  if (p.has('font-size')) font = fontSizePx(p.get('font-size')!, font);
  // `zoom` scales the element's text with its box (`zoom:.01` sets 16 px text at 0.16 px); 0 is `normal`.
  const zoom = zoomOf(p.get('zoom'));
  if (zoom !== null) font *= zoom;
  const visibility = p.get('visibility');
  if (visibility === 'visible') visible = true;
  else if (visibility === 'hidden' || visibility === 'collapse') visible = false;
  const own = p.has('opacity') ? amountOf(p.get('opacity')!) : NaN;
  const filter = filterEffect(p.get('filter'));
  painted ||= filter.unknown || !/^(normal|initial|unset)?$/.test(p.get('mix-blend-mode') ?? '');
  const opacity = outer.opacity * (Number.isFinite(own) ? Math.min(1, Math.max(0, own)) : 1) * filter.opacity;
  const blank = outer.blank ?? elementBlank(el.name, p, opacity);
  return { color, fill, bg, font, visible, opacity, blank, look: outer.look, unsure: painted, clip: outer.clip };
}

/**
 * True when the element paints or orders its text in a way this pass does not compute: a text
 * shadow or stroke (a transparent digit's shadow shows it), a background clipped to the text
 * (gradient text over `color:transparent`), a zoom not read (a number scales the font: inherit), digits reversed by a bidi override
 * (`<bdo dir="rtl">`, `unicode-bidi:bidi-override; direction:rtl`: 123 shows 321).
 */
function paintedApart(el: Element, p: Map<string, string>): boolean {
  const set = (prop: string): boolean => p.has(prop) && !/^(none|normal|initial|unset|inherit|1|100%|0|0px|border-box)$/.test(p.get(prop)!);
  if (['text-shadow', '-webkit-text-stroke', '-webkit-text-stroke-width', 'background-clip', '-webkit-background-clip'].some(set)) return true;
  if (p.has('zoom') && !ZOOM_FACTOR.test(p.get('zoom')!.trim()) && !/^(normal|reset|initial|unset|inherit)$/.test(p.get('zoom')!)) return true;
  const rtl = (p.get('direction') ?? el.attribs['dir']?.toLowerCase()) === 'rtl';
  return rtl && (el.name === 'bdo' || /override/.test(p.get('unicode-bidi') ?? ''));
}

/** The look of a text shown under `s` (html-layout): the elements' part, then faint or small. */
function lookOf(s: Inherited): string {
  const ink = s.fill ?? s.color;
  const alpha = ink.a * s.opacity;
  // The text's colour blended over the background at its alpha: black at .5 on white is mid grey.
  const delta = s.bg ? alpha * Math.max(Math.abs(ink.r - s.bg.r), Math.abs(ink.g - s.bg.g), Math.abs(ink.b - s.bg.b)) : null;
  const own = textLook(alpha, delta, s.font, s.unsure);
  return own ? `${s.look}:${own}` : s.look;
}

/** Why a non-blank text is not seen under `s`, or null when it is. */
function textHidden(s: Inherited): HiddenWhy | null {
  if (s.font < TINY_FONT_PX) return 'tiny font';
  const bg = s.bg;
  const ink = s.fill ?? s.color;
  const delta = bg ? Math.max(Math.abs(ink.r - bg.r), Math.abs(ink.g - bg.g), Math.abs(ink.b - bg.b)) : null;
  return inkShows(ink.a, delta) === 'unseen' ? 'background colour' : null;
}

/**
 * How an element with properties `p` under `outer` (its text `text`) shows, as a string to compare:
 * whether it is rendered, blank, visible, its own text seen, faint or small, moved, a cover, a clip
 * its text overflows, digits generated in it (html-style-rules: a `::before`/`::after` not placed exactly). A rule not evaluated (html-style-rules' `unsure`) that changes it leaves the
 * element's text untrusted.
 */
function showState(outer: Inherited, el: Element, p: Map<string, string>, text: string): string {
  if (removed(p)) return 'removed';
  const s = inherit(outer, el, p, false);
  const effect = layoutEffect(el.name, p, boxed(el.name, p), s.font);
  const clipped = effect.clip !== null && overflowsClip(effect.clip, text, s.font, false);
  return [s.blank, s.visible, textHidden(s), lookOf({ ...s, look: '' }), effect.moved, effect.cover, clipped, s.unsure, p.get('content')].join('|');
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
 * Removes from the DOM under `root` every element the page does not render and empties every text
 * not seen (see the file header). Returns what was dropped (non-blank texts only).
 */
export function dropHiddenText($: cheerio.CheerioAPI, root: AnyNode, rules: readonly StyleRule[]): DroppedText[] {
  return showText($, root, rules).dropped;
}

/**
 * dropHiddenText, and what only layout decides marked for the table walk (LayoutDoubts).
 */
export function showText($: cheerio.CheerioAPI, root: AnyNode, rules: readonly StyleRule[]): { dropped: DroppedText[]; layout: LayoutDoubts; revealed: boolean } {
  const byRule = matchRules($, rules.filter((r) => !r.unsure));
  const byUnsure = matchRules($, rules.filter((r) => r.unsure));
  const layout = noLayoutDoubts();
  let marked = 0;
  const dropped: DroppedText[] = [];
  const remove: Element[] = [];
  const emptied: [Text, string][] = [];
  // Texts of elements `visibility:hidden` (no other reason), with what they held.
  const unseen: [Text, string][] = [];
  let chars = 0;
  const stack: [AnyNode, Inherited][] = [[root, { color: BLACK, bg: pageBackground(rules), font: DEFAULT_FONT_PX, visible: true, opacity: 1, blank: null, look: '', unsure: false, fill: null, clip: null }]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    if (node.type === 'text') {
      const t = node as Text;
      const text = t.data.trim();
      chars += text.length;
      if (!text) continue;
      // Not shown by the element (kept: no share limit applies), else not seen as text (tiny, background colour).
      const shown = outer.blank ?? (outer.visible ? null : 'not displayed');
      const why = shown ?? textHidden(outer);
      // Under a rule not evaluated the text may show: it is kept, not trusted (its look says so).
      if (why && !outer.unsure) {
        // Generated content not shown is not reported (`.clearfix:after{content:".";visibility:hidden}` on every cell).
        if ((t.parent as Element | null)?.attribs?.[GENERATED_ATTR] === undefined) dropped.push({ text, why });
        if (/\d/.test(text) && t.parent) layout.unshown.add(t.parent);
        if (!shown) emptied.push([t, t.data]);
        else if (!outer.blank) unseen.push([t, t.data]);
        t.data = '';
      }
      const look = lookOf(outer);
      if (look) layout.looks.set(t, look);
      continue;
    }
    if (!('children' in node)) continue;
    let inner = outer;
    if ('attribs' in node) {
      const el = node as Element;
      if (NOT_RENDERED.has(el.name)) {
        remove.push(el);
        continue;
      }
      // Struck text is left to the walks (it is shown, but not what the page states).
      if (isStruck(el)) continue;
      // A span standing for a `::before`/`::after` (html-generated) has only its pseudo-element's declarations, inline.
      const generated = el.attribs[GENERATED_ATTR] !== undefined;
      const p = new Map(cascadeOf(el, generated ? NO_RULES : byRule).map((d) => [d.prop, d.value]));
      const maybe = generated ? undefined : byUnsure.get(el);
      const unsure = maybe !== undefined && showState(outer, el, p, $(el).text()) !== showState(outer, el, new Map(cascadeOf(el, new Map([[el, [...(byRule.get(el) ?? []), ...maybe]]])).map((d) => [d.prop, d.value])), $(el).text());
      if (removed(p) && !unsure && !outer.unsure) {
        const text = $(el).text().trim();
        if (text) dropped.push({ text, why: 'not displayed' });
        if (/\d/.test(text) && el.parent) layout.unshown.add(el.parent);
        remove.push(el);
        continue;
      }
      inner = inherit(outer, el, p, unsure);
      if (BOX_DISPLAY.test(p.get('display') ?? '') || p.has('grid-column') || p.has('grid-column-start') || p.has('grid-row') || p.has('grid-area')) layout.boxes.set(el, new Map(BOX_PROPS.filter((k) => p.has(k)).map((k) => [k, p.get(k)!])));
      const effect = layoutEffect(el.name, p, boxed(el.name, p), inner.font);
      const step = lookStep(effect, ++marked);
      if (step) inner = { ...inner, look: inner.look + step };
      if (effect.cover) layout.covers.add(el);
      // Items laid out in reverse, or an empty box taking room inside a clip (it may push the digits after it out): the content is in doubt.
      if (effect.reorders && el.children.filter((c) => $(c).text().trim() !== '').length > 1) layout.clipped.add(el);
      if (effect.clip) inner = { ...inner, clip: el };
      else if (inner.clip && (effect.widens || effect.moved) && $(el).text().trim() === '') layout.clipped.add(inner.clip);
      if (effect.clip && overflowsClip(effect.clip, $(el).text(), inner.font, $(el).find('br, div, p, li, tr, table').length > 0)) layout.clipped.add(el);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, inner]);
  }
  const emptiedChars = emptied.reduce((n, [, data]) => n + data.trim().length, 0);
  if (emptiedChars > MAX_TEXT_DROP_SHARE * chars) {
    for (const [t, data] of emptied) t.data = data;
    spliceAll(dropped, 0, dropped.length, dropped.filter((d) => d.why !== 'tiny font' && d.why !== 'background colour'));
  }
  const unseenChars = unseen.reduce((n, [, data]) => n + data.trim().length, 0);
  const revealed = unseenChars >= MIN_REVEALED_CHARS && unseenChars > MAX_UNSEEN_SHARE * chars;
  if (revealed) {
    for (const [t, data] of unseen) t.data = data;
    const back = new Set(unseen.map(([, data]) => data.trim()));
    spliceAll(dropped, 0, dropped.length, dropped.filter((d) => !(d.why === 'not displayed' && back.has(d.text))));
  }
  for (const el of remove) $(el).remove();
  return { dropped, layout, revealed };
}
