/**
 * @file Whether a .docx run is hidden (`w:vanish`, `w:specVanish`) once its styles are applied, and
 * the size and colour its styles give it (`look`, for docx-hidden's tiny and same-colour tests), the
 * way Word resolves run properties (ECMA-376 §17.7.2): document defaults (`w:rPrDefault`) → table
 * style → paragraph style → the run's character style → direct formatting. Each style's value is the
 * nearest one along its `w:basedOn` chain (resolved once per style id). `w:val="0"/"false"/"off"`
 * sets a property off. `w:vanish` is a toggle property (§17.7.3): direct formatting sets it
 * absolutely, while a style level that sets it on flips the value of the levels before it (a hidden
 * character style on a hidden paragraph style shows the text); `w:specVanish` is a plain one.
 * A paragraph, run or table without a style takes the type's default style (`w:default="1"`).
 * Not modelled: a table style's conditional formatting (`w:tblStylePr`, first row and the like).
 */

import { attr, runColour, themeColours, type ThemeColours } from './docx-theme.js';

/** A property's value where it is set: on, off, or not set (inherited). */
type Tri = boolean | undefined;

interface Style {
  basedOn?: string;
  vanish: Tri;
  specVanish: Tri;
  /** `w:sz` (half-points) and `w:color` (hex) set by the style itself. */
  sz?: number;
  color?: string;
  /** The style shades its text (`w:shd` with a fill, a highlight, in its run or paragraph properties). */
  shaded: boolean;
}

/** A run's size and colour from its styles (nearest level that sets each), and whether a style shades it. */
export interface StyleLook {
  sz?: number;
  color?: string;
  shaded: boolean;
}

/** The style levels a run sits under (ids; null: none named, the type's default applies). */
export interface RunStyles {
  table: string | null;
  paragraph: string | null;
  character: string | null;
}

/** A run's hidden state through its styles; `any` is false when no style or default hides text. */
export interface DocxStyles {
  readonly any: boolean;
  /** The document's theme colours (a run's own `w:themeColor` is read through them). */
  readonly theme: ThemeColours;
  /** Whether a run with direct properties `props` (its own `w:rPr` content, see ownProps) under `levels` is hidden. */
  hidden(props: string, levels: RunStyles): boolean;
  /** The size and colour the styles under `levels` give a run (character, then paragraph, table, document defaults). */
  look(levels: RunStyles): StyleLook;
}

/** Longest `w:basedOn` chain followed (Word writes a handful; a cycle stops here too). */
const MAX_CHAIN = 32;
const STYLE = /<w:style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:style>)/g;
/** Elements whose properties are not the element's own: tracked changes' old values, table-style conditions. */
const NOT_OWN = /<w:(rPrChange|pPrChange|tblStylePr)\b[\s\S]*?<\/w:\1>/g;
const RPR = /<w:rPr>([\s\S]*?)<\/w:rPr>/;

/** The on/off properties read, by name. */
const ON_OFF = { vanish: /<w:vanish(\s[^>]*)?\/?>/, specVanish: /<w:specVanish(\s[^>]*)?\/?>/ };

/** An on/off property `name` in run properties: on, off, or not set. */
function onOff(props: string, name: keyof typeof ON_OFF): Tri {
  const m = ON_OFF[name].exec(props);
  if (!m) return undefined;
  const val = m[1] ? attr(m[1], 'w:val') : undefined;
  return val === undefined || !/^(?:0|false|off)$/i.test(val);
}

/** Markup without the properties that are not its element's own (tracked changes' old values, table-style conditions). */
export function ownProps(xml: string): string {
  return xml.includes('Change') || xml.includes('tblStylePr') ? xml.replace(NOT_OWN, '') : xml;
}

/** Shading with a fill, or a highlight. */
const SHADES = /<w:shd\b[^>]*w:fill="[0-9A-Fa-f]{6}"|<w:highlight\s+w:val="(?!none)/;

/** The `w:sz` and `w:color` (hex through `theme`; `auto` is none) run properties `props` set. */
function sizeAndColour(props: string, theme: ThemeColours): { sz?: number; color?: string } {
  const sz = /<w:sz\s+w:val="(\d+)"/.exec(props)?.[1];
  const color = runColour(props, theme);
  return { ...(sz !== undefined ? { sz: Number(sz) } : {}), ...(color !== undefined ? { color } : {}) };
}

/** Run properties of an element's content. */
function runProps(content: string): string {
  return RPR.exec(ownProps(content))?.[1] ?? '';
}

/** The styles of a styles part (`word/styles.xml`), or of none (`xml` empty); colours through `theme` (docx-theme). */
export function docxStyles(xml: string, theme: ThemeColours = themeColours('')): DocxStyles {
  const styles = new Map<string, Style>();
  const defaults = { paragraph: null as string | null, character: null as string | null, table: null as string | null };
  for (const m of xml.matchAll(STYLE)) {
    const id = attr(m[1]!, 'w:styleId');
    if (id === undefined) continue;
    const body = m[2] ?? '';
    const props = runProps(body);
    styles.set(id, { basedOn: /<w:basedOn\s+w:val="([^"]*)"/.exec(body)?.[1], vanish: onOff(props, 'vanish'), specVanish: onOff(props, 'specVanish'), ...sizeAndColour(props, theme), shaded: SHADES.test(ownProps(body)) });
    const type = attr(m[1]!, 'w:type') ?? 'paragraph';
    if (/^(?:1|true|on)$/.test(attr(m[1]!, 'w:default') ?? '') && (type === 'paragraph' || type === 'character' || type === 'table')) defaults[type] ??= id;
  }
  const rPrDefault = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '';
  const base = runProps(rPrDefault);
  const memo = new Map<string, Style>();
  /** A style's own-or-inherited values (nearest along basedOn; shaded anywhere along it). */
  const resolved = (id: string | null): Style => {
    if (id === null) return { vanish: undefined, specVanish: undefined, shaded: false };
    const known = memo.get(id);
    if (known) return known;
    const out: Style = { vanish: undefined, specVanish: undefined, shaded: false };
    let style = styles.get(id);
    for (let depth = 0; style && depth < MAX_CHAIN; depth++) {
      out.vanish ??= style.vanish;
      out.specVanish ??= style.specVanish;
      out.sz ??= style.sz;
      out.color ??= style.color;
      out.shaded ||= style.shaded;
      style = style.basedOn === undefined ? undefined : styles.get(style.basedOn);
    }
    memo.set(id, out);
    return out;
  };
  const baseLook = sizeAndColour(base, theme);
  // Styles matter when one may hide: vanish anywhere, or a size or colour set by a style or the defaults (docx-hidden decides).
  const any = /<w:(?:vanish|specVanish)\b/.test(xml) || baseLook.sz !== undefined || baseLook.color !== undefined || [...styles.values()].some((st) => st.sz !== undefined || st.color !== undefined);
  return {
    any,
    theme,
    look(levels: RunStyles): StyleLook {
      const chain = [levels.character ?? defaults.character, levels.paragraph ?? defaults.paragraph, levels.table ?? defaults.table].map(resolved);
      const out: StyleLook = { ...baseLook, shaded: false };
      for (const level of [...chain].reverse()) {
        if (level.sz !== undefined) out.sz = level.sz;
        if (level.color !== undefined) out.color = level.color;
      }
      out.shaded = chain.some((level) => level.shaded);
      return out;
    },
    hidden(props: string, levels: RunStyles): boolean {
      const direct = { vanish: onOff(props, 'vanish'), specVanish: onOff(props, 'specVanish') };
      if (direct.vanish === true || direct.specVanish === true) return true;
      if (!any) return false;
      const chain = [levels.table ?? defaults.table, levels.paragraph ?? defaults.paragraph, levels.character ?? defaults.character].map(resolved);
      let vanish = onOff(base, 'vanish') === true;
      for (const level of chain) if (level.vanish === true) vanish = !vanish;
      if (direct.vanish === false) vanish = false;
      let spec = onOff(base, 'specVanish') === true;
      for (const level of chain) spec = level.specVanish ?? spec;
      if (direct.specVanish === false) spec = false;
      return vanish || spec;
    },
  };
}

/** No styles part: only direct formatting hides. */
export const NO_STYLES = docxStyles('');
