/**
 * @file The few CSS values the hidden-text rule reads: declarations of a style attribute or rule
 * body, the colour of a `background` (css-colors reads every colour syntax) and lengths in px.
 * Anything else is "unknown", which never makes text count as hidden.
 */
import { parseColor, type Rgba } from './css-colors.js';

export { parseColor, type Rgba } from './css-colors.js';

/** One declaration, `prop: value` (prop lower-cased, `!important` dropped). */
export interface Decl {
  prop: string;
  value: string;
  /** Set with `!important`: it beats normal declarations, inline styles included. */
  important?: boolean;
}

/** The declarations of a style attribute or a rule body, in order. */
export function parseDecls(text: string): Decl[] {
  const out: Decl[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    const raw = part.slice(colon + 1);
    const important = /!\s*important/i.test(raw);
    const value = raw.replace(/!\s*important/i, '').trim().toLowerCase();
    if (prop && value) out.push(important ? { prop, value, important } : { prop, value });
  }
  return out;
}

/**
 * The colour in a `background` shorthand, `null` when it sets none, 'unknown' when it paints an
 * image or a colour not read; `currentcolor` is `current` (the text colour in force).
 */
export function backgroundColor(value: string, current: Rgba | null = null): Rgba | null | 'unknown' {
  if (/url\(|gradient\(|var\(|color-mix\(|lab\(|lch\(|hwb\(|color\(/.test(value)) return 'unknown';
  for (const token of value.match(/#[0-9a-f]+|(?:rgba?|hsla?)\([^)]*\)|[a-z]+/g) ?? []) {
    if (token === 'currentcolor') return current ?? 'unknown';
    const c = parseColor(token);
    if (c) return c;
  }
  return null;
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
