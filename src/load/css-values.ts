/**
 * @file The few CSS values the hidden-text rule reads: declarations of a style attribute or rule
 * body, the colour of a `background` (css-colors reads every colour syntax) and lengths in px.
 * Anything else is "unknown", which never makes text count as hidden.
 */
import { parseColor, type Rgba } from './css-colors.js';
import { withLonghands } from './css-shorthands.js';
import { SAME_COLOR_DELTA } from '../_internal/ink.js';
import { pushAll } from '../_internal/extremes.js';

export { parseColor, type Rgba } from './css-colors.js';

/** One declaration, `prop: value` (prop lower-cased, `!important` dropped). */
export interface Decl {
  prop: string;
  value: string;
  /** Set with `!important`: it beats normal declarations, inline styles included. */
  important?: boolean;
}

/**
 * `text` with its CSS escapes decoded, as the tokenizer does in names and values: `\64isplay` is
 * `display`, `\6e one` is `none` (a hex escape takes one white space after it), `\:` is ':'.
 * https://www.w3.org/TR/css-syntax-3/#consume-escaped-code-point
 */
export function cssUnescape(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([^\n0-9a-f]))/gi, (_, hex: string | undefined, ch: string | undefined) => {
    if (ch !== undefined) return ch;
    const cp = parseInt(hex!, 16);
    return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
  });
}

/**
 * The declarations of a style attribute or a rule body, in order: comments dropped, escapes decoded
 * (but in `content`, whose strings html-generated reads), each shorthand the pass reads followed by
 * its longhands (css-shorthands).
 */
export function parseDecls(text: string): Decl[] {
  const out: Decl[] = [];
  for (const part of text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const prop = cssUnescape(part.slice(0, colon).trim()).toLowerCase();
    const raw = prop === 'content' ? part.slice(colon + 1) : cssUnescape(part.slice(colon + 1));
    const important = /!\s*important/i.test(raw);
    const value = raw.replace(/!\s*important/i, '').trim().toLowerCase();
    if (prop && value) pushAll(out, withLonghands(important ? { prop, value, important } : { prop, value }));
  }
  return out;
}

/** A gradient function with its arguments (one level of nested parentheses: `rgb()` stops). */
const GRADIENT = /(?:repeating-)?(?:linear|radial|conic)-gradient\(((?:[^()]|\([^()]*\))*)\)/g;
/** Colour tokens in a value: hex, `rgb()`/`hsl()` functions, words (a word that is no colour is skipped). */
const COLOR_TOKEN = /#[0-9a-f]+|(?:rgba?|hsla?)\([^)]*\)|[a-z]+/g;
/** A background layer given a size (`/ 100% 1px`, backgroundOf's `background-size`) or not repeated over the box. */
const SIZED = /\/|\b(?:no-repeat|repeat-x|repeat-y|space|round)\b/;
/** Alpha at or above which a background hides what is under it. */
const OPAQUE_BG = 0.9;

/** The colours of a gradient's stops, 'unknown' for a stop not read (`var()`, `lab()`, `currentcolor` without `current`). */
function gradientStops(args: string, current: Rgba | null): Rgba[] | 'unknown' {
  if (/[a-z-]+\(/.test(args.replace(/(?:rgba?|hsla?)\([^)]*\)/g, ''))) return 'unknown';
  const stops: Rgba[] = [];
  for (const token of args.match(COLOR_TOKEN) ?? []) {
    const c = token === 'currentcolor' ? current : parseColor(token);
    if (token === 'currentcolor' && c === null) return 'unknown';
    if (c) stops.push(c);
  }
  return stops.length > 0 ? stops : 'unknown';
}

/**
 * The colour of a `background` (shorthand, or `background-color` and `background-image` values
 * joined), `null` when it sets none, 'unknown' when it paints an image, a gradient of several
 * colours or a colour not read; `currentcolor` is `current` (the text colour in force). A gradient
 * of one colour is that colour (`linear-gradient(#000,#000)` paints black, over the colour layer);
 * one of transparent stops paints nothing.
 */
export function backgroundColor(value: string, current: Rgba | null = null): Rgba | null | 'unknown' {
  let top: Rgba | null = null;
  let unknown = false;
  const rest = value.replace(GRADIENT, (_, args: string) => {
    const stops = gradientStops(args, current);
    const first = stops === 'unknown' ? null : stops[0]!;
    const clear = stops !== 'unknown' && stops.every((c) => c.a <= 1 - OPAQUE_BG);
    const solid = first !== null && stops !== 'unknown' && first.a >= OPAQUE_BG && stops.every((c) => c.a >= OPAQUE_BG && Math.max(Math.abs(c.r - first.r), Math.abs(c.g - first.g), Math.abs(c.b - first.b)) <= SAME_COLOR_DELTA);
    // A gradient sized or placed (`… bottom/100% 1px no-repeat`: an underline) paints part of the box only.
    if (solid && top === null && !unknown && !SIZED.test(value.replace(GRADIENT, ' '))) top = first;
    else if (!clear && top === null) unknown = true;
    return ' ';
  });
  if (top !== null) return top;
  if (unknown || /url\(|gradient\(|image\(|var\(|color-mix\(|lab\(|lch\(|hwb\(|color\(/.test(rest)) return 'unknown';
  for (const token of rest.match(COLOR_TOKEN) ?? []) {
    if (token === 'currentcolor') return current ?? 'unknown';
    const c = parseColor(token);
    if (c) return c;
  }
  return null;
}

/**
 * The background an element's winning declarations `p` set, image layer first, for backgroundColor
 * (`bgcolor`: the legacy attribute; a bare `background`: declarations not split into longhands, as
 * html-generated's pseudo-element ones); '' when none.
 */
export function backgroundOf(p: ReadonlyMap<string, string>, bgcolor?: string): string {
  const size = p.get('background-size');
  const sized = size !== undefined && !/^(auto|auto auto|cover|100%|100% 100%|initial|unset)$/.test(size) ? `/ ${size}` : undefined;
  return [p.get('background-image'), sized, p.get('background-color') ?? p.get('background') ?? bgcolor].filter((v) => v !== undefined && v !== 'none').join(' ');
}

/** A number or a percentage as a fraction (`.5`, `50%`). */
export function amountOf(value: string): number {
  return value.trim().endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
}

/**
 * What a CSS `filter` does to the ink: its `opacity()` functions multiply the opacity; any other
 * function (brightness, contrast, invert, blur, drop-shadow, url(), …) paints in a way not
 * computed here (`unknown`: the text may not be seen).
 */
export function filterEffect(value: string | undefined): { opacity: number; unknown: boolean } {
  if (value === undefined || /^(none|initial|unset|inherit)$/.test(value)) return { opacity: 1, unknown: false };
  let opacity = 1;
  let unknown = false;
  const fns = value.match(/[a-z-]+\([^()]*\)/g) ?? [];
  if (fns.length === 0) return { opacity: 1, unknown: true };
  for (const fn of fns) {
    const m = /^opacity\(\s*([^)]*)\)$/.exec(fn);
    const a = m ? (m[1]!.trim() === '' ? 1 : amountOf(m[1]!)) : NaN;
    if (m && Number.isFinite(a)) opacity *= Math.min(1, Math.max(0, a));
    else unknown = true;
  }
  return { opacity, unknown };
}

/** px per unit of the absolute lengths. */
const PX: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

/**
 * A length in px (`-9999px`, `1pt`, `0`); `em` and `%` relative to `base` px, `rem` to 16 px.
 * Null for keywords and anything else.
 */
export function lengthPx(value: string, base = 16): number | null {
  const m = /^(-?\d*\.?\d+)\s*([a-z%]*)$/.exec(value.trim());
  if (!m) return null;
  const n = parseFloat(m[1]!);
  const unit = m[2]!;
  if (unit === '') return n === 0 ? 0 : null;
  if (unit === 'em') return n * base;
  if (unit === '%') return (n / 100) * base;
  if (unit === 'rem') return n * 16;
  return PX[unit] !== undefined ? n * PX[unit]! : null;
}
