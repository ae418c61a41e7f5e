/**
 * @file Text whose visibility depends on CSS layout the reader does not compute. Without a browser's
 * layout we cannot tell whether a digit moved by a margin still sits inside its clipping box, or
 * whether a white box positioned over the cell covers it: `<div style="width:40px;overflow:hidden">155
 * <span style="margin-left:60px">5</span></div>` shows 155 and reads 1555. What the rule decides for
 * sure (display:none, visibility, opacity 0, a font under 2 px, the background's colour, far off
 * screen) html-hidden drops; what only layout decides is marked here, during the same pass over the
 * cascade, and the table walk (html-table) keeps the text but does not trust the cell's number:
 *
 * - a *cover*: an element that paints (an opaque background, a background image, a shadow, an
 *   image) and is taken out of its place (position absolute/fixed, offsets, a negative margin, a
 *   transform, z-index): it may be drawn over digits;
 * - a *clip* whose text may not fit: overflow hidden/clip on a box with a set width or height that
 *   the text's estimated size exceeds, or a clip/clip-path/mask not evaluated;
 * - a *look* per text: the elements above it that move its text (position, offsets, float, margins,
 *   transform, text-indent), clip it or squeeze it (letter-spacing), and whether it is faint (alpha,
 *   opacity or contrast low) or small. Digits of one cell under different looks were laid out apart
 *   (one run moved out of its box, set faint or small beside the others): the number is in doubt.
 *   Harmless page CSS (Word's mso-*, margins and indents on a cell's paragraph, widths on cells)
 *   gives every run of a cell the same look.
 */
import type { AnyNode } from 'domhandler';
import { backgroundColor, backgroundOf, lengthPx } from './css-values.js';
import { minOf } from '../_internal/extremes.js';
import { inkShows } from '../_internal/ink.js';

/** px. An offset, margin, indent or translation at most this is a nudge: it cannot carry a digit (≥ 6 px wide) out of sight. */
export const NUDGE_PX = 3;
/** em. Letter-spacing at or below minus this draws digits over each other. */
const SQUEEZE_EM = 0.2;
/** em. Estimated advance of a Latin character or digit (proportional digits are 0.5–0.6 em). */
const LATIN_EM = 0.5;
/** em. Estimated advance of a CJK character. */
const CJK_EM = 1;
/** em. Estimated advance of a no-break space. */
const SPACE_EM = 0.25;
/** em. A clipping box lower than this cuts its line of text. */
const LINE_EM = 0.9;
/** px. A font below this is small print beside body text (12-16 px): a digit may be hidden in it. */
const SMALL_FONT_PX = 6;
/** Background alpha from which a box hides what is under it. */
const OPAQUE = 0.5;

/** What an element's own declarations do to the layout of its content. */
export interface LayoutEffect {
  /** Its content is moved (position, offsets, float, margins, transform, text-indent) or squeezed (letter-spacing). */
  moved: boolean;
  /** It may be drawn over other text (a painted box out of its place). */
  cover: boolean;
  /** A flex or grid container laying its items out in reverse (`row-reverse`, `direction:rtl`): '1','5' show 51. */
  reorders: boolean;
  /** It takes room of its own in the line (an inline box with a set width): it may push what follows out of a clip. */
  widens: boolean;
  /** It clips its content to a box of this size (px; null: not set or not a length), or to a shape not evaluated (`shape`). */
  clip: { width: number | null; height: number | null; shape: boolean } | null;
}

/** A length in px, null for a percentage (of the container, not known here) and anything not a length. */
function fixedPx(value: string, font: number): number | null {
  return value.trim().endsWith('%') ? null : lengthPx(value, font);
}

/** A length that moves by more than a nudge; an unknown non-zero value (%, calc) moves too. */
function moves(value: string | undefined, font: number): boolean {
  if (value === undefined || /^(auto|initial|inherit|unset|normal|none)$/.test(value)) return false;
  return value.split(/\s+/).some((v) => {
    const px = fixedPx(v, font);
    return px === null ? !/^[-+]?0*\.?0*[a-z%]*$/.test(v) : Math.abs(px) > NUDGE_PX;
  });
}

/** A transform other than none and the identities (translate(0), scale(1), rotate(0)). */
function transformed(p: ReadonlyMap<string, string>): boolean {
  const identity = /^(none|translate[xyz]?\(\s*0[a-z%]*\s*(,\s*0[a-z%]*\s*)*\)|scale[xy]?\(\s*1\s*(,\s*1\s*)?\)|rotate\(\s*0[a-z]*\s*\))$/;
  return ['transform', 'translate', 'rotate', 'scale'].some((prop) => p.has(prop) && !identity.test(p.get(prop)!) && p.get(prop) !== '0' && p.get(prop) !== '1');
}

/** The left and right values of a `margin` or `padding` shorthand (one value: all sides; two or three: the second; four: the second and fourth). */
function horizontalMargins(margin: string | undefined): string[] {
  const t = margin?.trim().split(/\s+/) ?? [];
  return t.length === 1 ? [t[0]!] : t.length === 4 ? [t[1]!, t[3]!] : t.length > 1 ? [t[1]!] : [];
}

/** True when the element's content is taken out of where the text flow puts it. */
function displaced(p: ReadonlyMap<string, string>, boxed: boolean, font: number): boolean {
  const position = p.get('position') ?? '';
  if (/^(absolute|fixed)$/.test(position)) return true;
  if (/^(relative|sticky)$/.test(position) && ['left', 'right', 'top', 'bottom', 'inset'].some((s) => moves(p.get(s), font))) return true;
  if (/^(left|right)$/.test(p.get('float') ?? '')) return true;
  // Horizontal margins move inline and block boxes alike, and an inline element's padding pushes its
  // digit out of a clip as a margin does; a box's own padding ('td{padding:2px 4px}') moves its text
  // inside that box only. Vertical ones only part lines.
  const sides = ['margin', ...(boxed ? [] : ['padding'])].flatMap((box) => [p.get(`${box}-left`), p.get(`${box}-right`), ...horizontalMargins(p.get(box))]);
  if (sides.some((v) => moves(v, font)) || moves(p.get('word-spacing'), font)) return true;
  if (boxed && moves(p.get('text-indent'), font)) return true;
  // Flex and grid items placed out of source order (`order`, grid lines) are laid out elsewhere.
  if (['order', 'grid-column', 'grid-row', 'grid-area'].some((s) => p.has(s) && !/^(0|auto|initial|unset|inherit|normal)$/.test(p.get(s)!))) return true;
  return transformed(p);
}

/** The box the element clips its content to, or null when it clips nothing. */
function clipBox(p: ReadonlyMap<string, string>, boxed: boolean, font: number): LayoutEffect['clip'] {
  const shape = ['clip-path', 'mask', 'mask-image'].some((s) => p.has(s) && p.get(s) !== 'none') || (/^(absolute|fixed)$/.test(p.get('position') ?? '') && /rect\(/.test(p.get('clip') ?? ''));
  if (shape) return { width: null, height: null, shape };
  const overflow = ['overflow', 'overflow-x', 'overflow-y'].some((s) => /^(hidden|clip)\b/.test(p.get(s) ?? ''));
  if (!overflow || !boxed) return null;
  const size = (...props: string[]): number | null => {
    const px = props.map((s) => (p.has(s) ? fixedPx(p.get(s)!, font) : null)).filter((v): v is number => v !== null);
    return px.length ? minOf(px) : null;
  };
  const width = size('width', 'max-width');
  const height = size('height', 'max-height');
  return width === null && height === null ? null : { width, height, shape: false };
}

/** True when the element paints a surface that hides what is under it. */
function paints(tag: string, p: ReadonlyMap<string, string>): boolean {
  if (tag === 'img' || tag === 'svg' || tag === 'canvas' || tag === 'object' || tag === 'video') return true;
  if (p.has('box-shadow') && p.get('box-shadow') !== 'none') return true;
  const bg = backgroundOf(p);
  if (bg === '') return false;
  const c = backgroundColor(bg);
  return c === 'unknown' || (c !== null && c.a >= OPAQUE);
}

/**
 * What the element's declarations `p` (the cascade's winners) do to the layout of its content.
 * `boxed`: box properties apply to it (a block, or made a box); `font`: its font size in px.
 */
export function layoutEffect(tag: string, p: ReadonlyMap<string, string>, boxed: boolean, font: number): LayoutEffect {
  const moved = displaced(p, boxed, font);
  const letter = p.has('letter-spacing') ? lengthPx(p.get('letter-spacing')!, font) : null;
  const squeezed = letter !== null && letter <= -SQUEEZE_EM * font;
  // z-index alone moves nothing: a box drawn above its neighbours covers them only where it is moved over them.
  const flex = /^(inline-)?(flex|grid)$/.test(p.get('display') ?? '');
  const reorders = flex && (/reverse/.test(p.get('flex-direction') ?? '') || p.get('direction') === 'rtl');
  const room = ['width', 'min-width'].map((s) => (p.has(s) ? fixedPx(p.get(s)!, font) : null)).some((v) => v !== null && v > NUDGE_PX);
  return { moved: moved || squeezed, cover: paints(tag, p) && moved, reorders, widens: boxed && room, clip: clipBox(p, boxed, font) };
}

/** Estimated width (px) of `text` set at `font` px. */
function textWidth(text: string, font: number): number {
  let em = 0;
  // Spaces a browser keeps (no-break, ideographic) take room in a clip that does not wrap.
  for (const ch of text.trim().replace(/[ \t\r\n]+/g, '')) em += ch === '\u00a0' ? SPACE_EM : ch === '\u3000' ? CJK_EM : /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? CJK_EM : LATIN_EM;
  return em * font;
}

/**
 * True when `text` (at `font` px; `lines`: it holds a line break or a block) may not all show inside
 * the clip `box`: wider than its width, or a box lower than a line or holding more than one line.
 */
export function overflowsClip(box: NonNullable<LayoutEffect['clip']>, text: string, font: number, lines: boolean): boolean {
  if (!/\d/.test(text)) return false;
  if (box.shape) return true;
  if (box.width !== null && textWidth(text, font) > box.width) return true;
  return box.height !== null && (box.height < LINE_EM * font || lines);
}

/**
 * The look a text gets under an element with `effect` (element id `id`): `/cN` for a clip, `/mN`
 * for a move (a clip's own text-indent moves its text inside it: both).
 */
export function lookStep(effect: LayoutEffect, id: number): string {
  return `${effect.clip ? `/c${id}` : ''}${effect.moved ? `/m${id}` : ''}`;
}

/** True for a look whose text is moved inside a clip: it may be carried out of the clip's box. */
export function movedInClip(look: string): boolean {
  return /\/c\d+.*\/m\d+/.test(look);
}

/**
 * The text-level part of a look: `f` faint (_internal/ink: alpha under FAINT_ALPHA, or within
 * FAINT_DELTA of the background), `s` small (font under SMALL_FONT_PX), `u` shown or not by a rule
 * not evaluated (`unsure`, html-unsure-rules); '' for plain text.
 */
export function textLook(alpha: number, delta: number | null, font: number, unsure = false): string {
  return `${inkShows(alpha, delta) !== 'seen' ? 'f' : ''}${font < SMALL_FONT_PX ? 's' : ''}${unsure ? 'u' : ''}`;
}

/** True for a look whose text may not be seen wherever it stands: faint, or under a rule not evaluated. */
export function unsureLook(look: string): boolean {
  return /:[a-z]*[fu]/.test(look);
}

/**
 * What only layout decides (html-layout), for the table walk: each text's look (the elements above it
 * that move, clip or squeeze it, and whether it is faint or small: '' or absent for plain text), and
 * the elements whose content may not show or may hide other text (covers, clips the text overflows).
 * `doubted` collects the cell texts the table walk did not trust for it (the loader's warning).
 */
export interface LayoutDoubts {
  looks: Map<AnyNode, string>;
  covers: Set<AnyNode>;
  clipped: Set<AnyNode>;
  doubted: string[];
  /**
   * Elements some of whose digits the hidden-text pass left out (html-hidden: not displayed, set in the background colour,
   * too small): a cell holding one shows what its text does not give, so its empty text is no empty cell (Line.opaqueCells).
   */
  unshown: Set<AnyNode>;
  /**
   * The elements the page lays out as parts of a table, a grid or a flex row (`display:table-row`,
   * `grid`, `flex`, `contents`, a `grid-column` placement): their winning declarations of those
   * properties, for reading `<div>` tables (html-div-table).
   */
  boxes: Map<AnyNode, ReadonlyMap<string, string>>;
}

/** The properties html-div-table reads of an element laid out as a table part, grid or flex box. */
export const BOX_PROPS = ['display', 'grid-template-columns', 'grid-template', 'grid-column', 'grid-column-start', 'grid-column-end', 'grid-row', 'grid-area', 'flex-direction', 'flex-flow'] as const;
/** A display that lays an element out as a table part, a grid, a flex box, or not at all (`contents`: its children take its place). */
export const BOX_DISPLAY = /^(inline-)?(table|grid|flex)|^table-|^contents$/;

/** No layout doubt (a table read without the hidden-text pass). */
export const noLayoutDoubts = (): LayoutDoubts => ({ looks: new Map(), covers: new Set(), clipped: new Set(), doubted: [], unshown: new Set(), boxes: new Map() });
