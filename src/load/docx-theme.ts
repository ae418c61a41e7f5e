/**
 * @file The colour a .docx run property `<w:color>` paints, the way Word resolves it (ECMA-376
 * §17.3.2.6): a `w:themeColor` wins over `w:val` and names a colour of the document's theme part
 * (`word/theme/theme1.xml`, its `<a:clrScheme>`), lightened by `w:themeTint` or darkened by
 * `w:themeShade`; a document without a theme part takes Office's default theme. So
 * `<w:color w:val="FFFFFF" w:themeColor="text1"/>` is black text (theme dark 1), not white.
 * Tint and shade are applied per RGB channel, which is exact for greys (what decides white on white).
 */

/** Office's default theme colours (Office 2013 and later), for a document without a theme part. */
const OFFICE_THEME: Readonly<Record<string, string>> = {
  dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6',
  accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47',
  hlink: '0563C1', folHlink: '954F72',
};

/** `w:themeColor` names → the theme scheme's slot. */
const SLOT: Readonly<Record<string, string>> = {
  dark1: 'dk1', light1: 'lt1', dark2: 'dk2', light2: 'lt2', text1: 'dk1', background1: 'lt1', text2: 'dk2', background2: 'lt2',
  accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
  hyperlink: 'hlink', followedHyperlink: 'folHlink',
};

/** A theme's colour slots (dk1 … folHlink) → hex. */
export type ThemeColours = Readonly<Record<string, string>>;

/** The colour scheme of a theme part, slots it does not set taken from Office's default; Office's default for '' . */
export function themeColours(xml: string): ThemeColours {
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0];
  if (!scheme) return OFFICE_THEME;
  const out: Record<string, string> = { ...OFFICE_THEME };
  for (const slot of Object.keys(OFFICE_THEME)) {
    const body = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(scheme)?.[1] ?? '';
    const hex = /<a:srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(body)?.[1] ?? /<a:sysClr\b[^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(body)?.[1];
    if (hex) out[slot] = hex.toUpperCase();
  }
  return out;
}

/** The attribute `name` (with its prefix, 'w:val') of a tag or of an opening tag's attributes. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** `hex` with every channel moved by `f` (0-255 → 0-255). */
function mapChannels(hex: string, f: (c: number) => number): string {
  return [0, 2, 4].map((i) => Math.round(Math.min(255, Math.max(0, f(parseInt(hex.slice(i, i + 2), 16))))).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The colour (hex) the first `<w:color>` of run properties `props` paints under `theme`; undefined when none is set or it is `auto`. */
export function runColour(props: string, theme: ThemeColours): string | undefined {
  const tag = /<w:color\b[^>]*>/.exec(props)?.[0];
  if (!tag) return undefined;
  const slot = SLOT[attr(tag, 'w:themeColor') ?? ''];
  const base = slot !== undefined ? theme[slot] : /^[0-9A-Fa-f]{6}$/.test(attr(tag, 'w:val') ?? '') ? attr(tag, 'w:val') : undefined;
  if (base === undefined || slot === undefined) return base;
  const tint = attr(tag, 'w:themeTint');
  const shade = attr(tag, 'w:themeShade');
  if (shade && /^[0-9A-Fa-f]{2}$/.test(shade)) return mapChannels(base, (c) => (c * parseInt(shade, 16)) / 255);
  if (tint && /^[0-9A-Fa-f]{2}$/.test(tint)) return mapChannels(base, (c) => (c * parseInt(tint, 16)) / 255 + 255 * (1 - parseInt(tint, 16) / 255));
  return base;
}
