/**
 * @file CSS shorthands the hidden-text pass reads through their longhands, so the cascade decides
 * between a shorthand and a longhand set on one element by order, as a browser does: `font` sets
 * `font-size` (`.h{font:0/0 a}` hides the text as `font-size:0` does), `background` sets
 * `background-color` and `background-image` (a later `background:#fff` undoes an earlier
 * `background-color:#000`). The longhands carry the shorthand's whole value where the reader
 * (css-values' `backgroundColor`) picks its part out of it.
 * https://www.w3.org/TR/css-fonts-4/#font-prop, https://www.w3.org/TR/css-backgrounds-3/#background
 */

/** A declaration as css-values' parseDecls makes it. */
interface Longhand {
  prop: string;
  value: string;
  important?: boolean;
}

/** `font` values that name a system font: its size is the browser's (about 13 px), not one written. */
const SYSTEM_FONT = /^(caption|icon|menu|message-box|small-caption|status-bar)$/;
/** A font size in the `font` shorthand: a length, a percentage, `0`, a size keyword, or a function (`calc()`, `var()`: not read). */
const FONT_SIZE = /^(?:[-+]?\d*\.?\d+(?:[a-z]+|%)?|(?:xx?-|xxx-)?(?:small|large)|medium|smaller|larger|(?:calc|clamp|min|max|var)\(.*\))$/;
/** The keywords that set the whole shorthand. */
const WIDE = /^(inherit|initial|unset|revert|revert-layer)$/;

/**
 * The `font-size` a `font` shorthand value sets: the token before the optional `/line-height` and
 * the family (`bold 0/0 a` → `0`; `italic 12px/1.5 宋体` → `12px`); `medium` for a system font,
 * null when none is found (the shorthand is invalid: a browser ignores it).
 */
export function fontSizeOfFont(value: string): string | null {
  const v = value.trim();
  if (WIDE.test(v)) return v;
  if (SYSTEM_FONT.test(v)) return 'medium';
  // The size is the last token before the family: style, variant, weight and stretch come first.
  const tokens = v.replace(/\s*\/\s*/g, '/').match(/(?:[a-z-]+\([^()]*(?:\([^()]*\)[^()]*)*\)|[^\s,"'])+|"[^"]*"|'[^']*'/gi) ?? [];
  for (const token of tokens) {
    const size = token.split('/')[0]!;
    // A unitless number other than 0 is a weight (`700`), not a size.
    const bare = /^[-+]?\d*\.?\d+$/.test(size);
    if (FONT_SIZE.test(size) && (!bare || parseFloat(size) === 0)) return size;
  }
  return null;
}

/** The declarations `decl` stands for: itself, then the longhands it sets that the pass reads. */
export function withLonghands(decl: Longhand): Longhand[] {
  const imp = decl.important ? { important: true } : {};
  if (decl.prop === 'font') {
    const size = fontSizeOfFont(decl.value);
    return size === null ? [decl] : [decl, { prop: 'font-size', value: size, ...imp }];
  }
  if (decl.prop === 'background') {
    return [decl, { prop: 'background-color', value: decl.value, ...imp }, { prop: 'background-image', value: decl.value, ...imp }];
  }
  return [decl];
}
