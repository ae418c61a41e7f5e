/**
 * @file Text of a .docx that is not seen, removed before mammoth reads the document (mammoth keeps
 * it: `<w:r><w:rPr><w:vanish/></w:rPr><w:t>99</w:t></w:r><w:r><w:t>3671</w:t></w:r>` came out as
 * 993671). A run's text (`<w:t>`) is removed when its run properties make it
 * - hidden: `w:vanish`, `w:specVanish` (not printed, not shown unless the reader turns on hidden text);
 * - tiny: `w:sz` below TINY_HALF_POINTS (a 1 pt digit beside 10.5 pt ones);
 * - the colour of what is behind it: `w:color` within SAME_COLOR_DELTA of the nearest shading's fill
 *   (the run's, its paragraph's, cell's, table's: black on black), or near white with no shading
 *   and no page background colour (white on the page); under a highlight it is kept. A `w:themeColor`
 *   wins over `w:val` (docx-theme: the document's theme, else Office's default).
 * Hidden, size and colour are decided with the run's styles (docx-styles: document defaults, table,
 * paragraph and character style chains, then the run's own properties); a run a style shades keeps
 * its text (which fill is behind it is not placed).
 * `w:webHidden` text is kept: it is hidden only in Word's web layout and prints.
 */
import { NO_STYLES, ownProps, type DocxStyles, type RunStyles, type StyleLook } from './docx-styles.js';
import type { HiddenWhy } from './html-hidden.js';
import { SAME_COLOR_DELTA } from '../_internal/ink.js';
import { runColour, type ThemeColours } from './docx-theme.js';

/** Half-points (w:sz). Text below 2 pt is not legible (the body text of a report is 10.5-16 pt). */
const TINY_HALF_POINTS = 4;
/** Channel value (0-255) at and above which every channel of a run colour counts as white. */
const WHITE_CHANNEL = 243;

/** A run that does not nest another (a text box's runs sit inside a drawing run: those are left alone). */
const RUN = /<w:r(?=[\s>])[^>]*>([\s\S]*?)<\/w:r>/g;
const RUN_PROPS = /^\s*<w:rPr>([\s\S]*?)<\/w:rPr>/;
const TEXT = /<w:t(?=[\s>])[^>]*>([^<]*)<\/w:t>/g;
/** Tags that open or close a table or paragraph, or name their style. */
const SCOPE = /<(\/?)w:(tbl|p|tblStyle|pStyle)(?=[\s>/])([^>]*)>/g;
const SIZE = /<w:sz\s+w:val="(\d+)"/;

/** True when a hex colour is white or near it. */
function nearWhite(hex: string): boolean {
  return [0, 2, 4].every((i) => parseInt(hex.slice(i, i + 2), 16) >= WHITE_CHANNEL);
}

/** The properties element (`<w:tcPr>`, `<w:pPr>`, `<w:tblPr>`) of the nearest `tag` opening before `at`. */
function propsBefore(xml: string, at: number, tag: string): string {
  const last = Math.max(xml.lastIndexOf(`<w:${tag}>`, at), xml.lastIndexOf(`<w:${tag} `, at));
  if (last < 0) return '';
  const open = xml.indexOf(`<w:${tag}Pr>`, last);
  if (open < 0 || open > at) return '';
  const close = xml.indexOf(`</w:${tag}Pr>`, open);
  return close < 0 || close > at ? '' : xml.slice(open, close);
}

/** A shading's fill colour (`auto`: none). */
const FILL = /<w:shd\b[^>]*w:fill="([0-9A-Fa-f]{6})"/;

/**
 * The colour behind a run with properties `props` at `at`: the fill of the nearest shading — the
 * run's, its paragraph's, cell's, table's — as hex, 'unknown' under a highlight (drawn over it, its
 * colour not read), null when nothing is shaded (the page).
 */
function groundOf(xml: string, at: number, props: string): string | 'unknown' | null {
  for (const where of [props, ...['p', 'tc', 'tbl'].map((tag) => propsBefore(xml, at, tag))]) {
    if (/<w:highlight\s+w:val="(?!none)/.test(where)) return 'unknown';
    const fill = FILL.exec(where)?.[1];
    if (fill) return fill;
  }
  return null;
}

/** True when two hex colours are one to the eye (every channel within SAME_COLOR_DELTA). */
function sameColour(a: string, b: string): boolean {
  return [0, 2, 4].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= SAME_COLOR_DELTA);
}

/** What no style sets. */
const NO_LOOK: StyleLook = { shaded: false };

/** The style levels of a run when no style hides anything (not looked up). */
const NO_LEVELS: RunStyles = { table: null, paragraph: null, character: null };

/**
 * The table and paragraph styles of the runs of a part, asked in document order: a forward scan of
 * the table and paragraph tags (nested tables and text-box paragraphs kept on stacks).
 */
function styleScanner(xml: string): (at: number) => Omit<RunStyles, 'character'> {
  const scope = new RegExp(SCOPE.source, 'g');
  const tables: (string | null)[] = [];
  const paragraphs: (string | null)[] = [];
  let next = scope.exec(xml);
  return (at) => {
    for (; next && next.index < at; next = scope.exec(xml)) {
      const [, close, tag, rest] = next;
      const stack = tag === 'tbl' || tag === 'tblStyle' ? tables : paragraphs;
      if (close) stack.pop();
      else if (tag === 'tbl' || tag === 'p') {
        if (!rest!.endsWith('/')) stack.push(null);
      } else if (stack.length > 0 && stack[stack.length - 1] === null) stack[stack.length - 1] = /w:val="([^"]*)"/.exec(rest!)?.[1] ?? null;
    }
    return { table: tables[tables.length - 1] ?? null, paragraph: paragraphs[paragraphs.length - 1] ?? null };
  };
}

/** Why a run with properties `props` at `at` in `xml` (its styles giving it `look`) is not seen, or null. */
function runHidden(xml: string, at: number, props: string, pageColored: boolean, hidden: boolean, look: StyleLook, theme: ThemeColours): HiddenWhy | null {
  if (hidden) return 'not displayed';
  const size = SIZE.exec(props)?.[1] ?? look.sz;
  if (size !== undefined && Number(size) < TINY_HALF_POINTS) return 'tiny font';
  const color = runColour(props, theme) ?? look.color;
  // A style's shading is not placed (run or paragraph, which fill is on top): its text is kept.
  if (!color || look.shaded) return null;
  const ground = groundOf(xml, at, props);
  if (ground === null) return nearWhite(color) && !pageColored ? 'background colour' : null;
  return ground !== 'unknown' && sameColour(color, ground) ? 'background colour' : null;
}

/** One part's XML with the text of its unseen runs removed (`styles`: the document's), and the texts removed. */
export function dropHiddenRuns(xml: string, styles: DocxStyles = NO_STYLES): { xml: string; dropped: { text: string; why: HiddenWhy }[] } {
  const dropped: { text: string; why: HiddenWhy }[] = [];
  if (!styles.any && !/<w:(?:vanish|specVanish|sz|color)\b/.test(xml)) return { xml, dropped };
  const pageColored = /<w:background\b[^>]*w:color="(?!auto|FFFFFF|ffffff)/.test(xml);
  const scopeAt = styleScanner(xml);
  const out = xml.replace(RUN, (run: string, inner: string, at: number) => {
    if (/<w:r(?=[\s>])/.test(inner)) return run;
    const props = RUN_PROPS.exec(ownProps(inner))?.[1] ?? '';
    const character = styles.any ? (/<w:rStyle\s+w:val="([^"]*)"/.exec(props)?.[1] ?? null) : null;
    const levels = styles.any ? { ...scopeAt(at), character } : NO_LEVELS;
    const hidden = styles.hidden(props, levels);
    const why = hidden || props || styles.any ? runHidden(xml, at, props, pageColored, hidden, styles.any ? styles.look(levels) : NO_LOOK, styles.theme) : null;
    if (!why) return run;
    const text = [...inner.matchAll(TEXT)].map((m) => m[1]).join('').trim();
    if (!text) return run;
    dropped.push({ text, why });
    return run.replace(TEXT, '');
  });
  return { xml: out, dropped };
}
