/**
 * @file CSS colour values as sRGB with alpha, for the hidden-text pass: every syntax a page may
 * use to paint text the background's colour or transparent — hex (3, 4, 6, 8 digits),
 * `rgb()`/`rgba()` and `hsl()`/`hsla()` with commas or spaces and a `/ alpha` (numbers or
 * percentages), the CSS named colours, `transparent`, and the system colours Word writes
 * (`windowtext`). `currentColor` is resolved by the caller (it is the text colour in force).
 * Anything else (`color-mix()`, `lab()`, `var()`) is null: the caller treats it as unknown.
 * https://www.w3.org/TR/css-color-4/
 */

/** An sRGB colour, channels 0-255, alpha in [0, 1]. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The CSS named colours (css-color-4 §6.1) as 6-digit hex, and the system colours as they show on a white page. */
const NAMES = `aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 black 000000
blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e
coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b
darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00
darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f
darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff
firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520
gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0
khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080
lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a
lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0
lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3
mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc
mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080
oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98
paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6
purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460
seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090
snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee
wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
windowtext 000000 canvastext 000000 buttontext 000000 captiontext 000000 infotext 000000 menutext 000000 fieldtext 000000
window ffffff canvas ffffff buttonface ffffff field ffffff`;

const NAMED = new Map<string, Rgba>();
const tokens = NAMES.split(/\s+/);
for (let i = 0; i + 1 < tokens.length; i += 2) NAMED.set(tokens[i]!, hexColor(tokens[i + 1]!)!);
NAMED.set('transparent', { r: 0, g: 0, b: 0, a: 0 });

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (without the `#`), or null. */
function hexColor(hex: string): Rgba | null {
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  if (hex.length === 3 || hex.length === 4) {
    const [r, g, b, a] = [...hex].map((c) => parseInt(c + c, 16));
    return { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a / 255 };
  }
  if (hex.length !== 6 && hex.length !== 8) return null;
  const n = (i: number): number => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** A number or percentage (`50%` of `full`); `none` is 0 (css-color-4). NaN for anything else. */
function amount(token: string, full: number): number {
  if (token === 'none') return 0;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/.test(token)) return NaN;
  return token.endsWith('%') ? (parseFloat(token) / 100) * full : parseFloat(token);
}

/** A hue in degrees (`120`, `120deg`, `0.5turn`, `3rad`, `200grad`). */
function hue(token: string): number {
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+))(deg|turn|rad|grad)?$/.exec(token);
  if (!m) return token === 'none' ? 0 : NaN;
  const n = parseFloat(m[1]!);
  const deg = m[2] === 'turn' ? n * 360 : m[2] === 'rad' ? (n * 180) / Math.PI : m[2] === 'grad' ? n * 0.9 : n;
  return ((deg % 360) + 360) % 360;
}

/** HSL (hue in degrees, saturation and lightness 0-1) to sRGB channels 0-255. */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** `rgb()`, `rgba()`, `hsl()`, `hsla()` in either syntax (commas, or spaces and `/ alpha`), or null. */
function functionColor(v: string): Rgba | null {
  const m = /^(rgba?|hsla?)\(\s*([^()]*)\)$/.exec(v);
  if (!m) return null;
  const [main, alphaPart, extra] = m[2]!.split('/').map((s) => s.trim());
  if (extra !== undefined) return null;
  const args = main!.includes(',') ? main!.split(',').map((s) => s.trim()) : main!.split(/\s+/).filter(Boolean);
  if (alphaPart !== undefined && (main!.includes(',') || args.length !== 3)) return null;
  if (!(args.length === 3 || (args.length === 4 && alphaPart === undefined))) return null;
  const alpha = alphaPart ?? args[3];
  const a = alpha === undefined ? 1 : amount(alpha, 1);
  let rgb: number[];
  if (m[1]!.startsWith('rgb')) rgb = args.slice(0, 3).map((t) => amount(t, 255));
  else rgb = hslToRgb(hue(args[0]!), amount(args[1]!, 1) / (args[1]!.endsWith('%') ? 1 : 100), amount(args[2]!, 1) / (args[2]!.endsWith('%') ? 1 : 100));
  if ([...rgb, a].some((x) => !Number.isFinite(x))) return null;
  return { r: clamp(rgb[0]!, 0, 255), g: clamp(rgb[1]!, 0, 255), b: clamp(rgb[2]!, 0, 255), a: clamp(a, 0, 1) };
}

/**
 * A colour value as RGBA, or null when it is not one this reads (`currentcolor` included: the
 * caller knows the colour in force).
 */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  const named = NAMED.get(v);
  if (named) return named;
  if (v.startsWith('#')) return hexColor(v.slice(1));
  return functionColor(v.replace(/\s+/g, ' '));
}
