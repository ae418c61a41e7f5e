/**
 * @file The few CSS values the hidden-text rule reads: declarations of a style attribute or rule
 * body, colours (hex, rgb()/rgba(), a few names) and lengths in px. Anything else is "unknown",
 * which never makes text count as hidden.
 */

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

/** An sRGB colour with alpha in [0, 1]. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  white: { r: 255, g: 255, b: 255, a: 1 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  snow: { r: 255, g: 250, b: 250, a: 1 },
  whitesmoke: { r: 245, g: 245, b: 245, a: 1 },
  ivory: { r: 255, g: 255, b: 240, a: 1 },
};

/** A colour value (`#fff`, `#ffffff`, `rgb(255, 255, 255)`, `rgba(0,0,0,0)`, `white`), or null when not one of those. */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (NAMED[v]) return NAMED[v]!;
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex && (hex.length === 3 || hex.length === 4)) {
    const [r, g, b, a] = [...hex].map((c) => parseInt(c + c, 16));
    return { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a / 255 };
  }
  if (hex && (hex.length === 6 || hex.length === 8)) {
    const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return { r: +fn[1]!, g: +fn[2]!, b: +fn[3]!, a: alpha };
  }
  return null;
}

/** The colour in a `background` shorthand, `null` when it sets none, 'unknown' when it paints an image. */
export function backgroundColor(value: string): Rgba | null | 'unknown' {
  if (/url\(|gradient\(/.test(value)) return 'unknown';
  for (const token of value.match(/#[0-9a-f]+|rgba?\([^)]*\)|[a-z]+/g) ?? []) {
    const c = parseColor(token);
    if (c) return c;
  }
  return null;
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
