/**
 * @file Text drawn in render mode 3 (neither filled nor stroked): the page does not show it, a text
 * extractor reads it. Two makers write it:
 * - a scanner or OCR program lays an invisible text layer over the page's picture (a "searchable"
 *   scan). Its characters are someone else's OCR, with that OCR's digit errors (1→7, 0→6, 3→8),
 *   but pdf.js gives them as plainly as printed text: read as such, 145 came out 745 at 0.95. A
 *   page whose text is mostly invisible is such a layer (over a picture; without one the page
 *   shows none of it, no better): its lines are marked OCR'd (`ocr` flag, the OCR trust rule of `score/`: a value reaches 0.9
 *   only when identities through other read cells confirm it);
 * - a producer keeps a copy of the text invisibly beside the shown one (an edited PDF's old
 *   values, an accessibility layer shifted by a point, a decoy digit beside a cell's number).
 *   Where an invisible run lies over a shown one, the shown one is what the page says: the
 *   invisible run is dropped; on a page whose text is mostly shown, every invisible run is.
 * Text drawn with no ink opacity (`ca` 0 in fill modes, `CA` 0 in stroke modes: Chromium prints CSS
 * `color: transparent` so, and a Ghostscript re-print keeps it) is invisible the same way; text nearly
 * transparent or under a soft mask (`white-text.ts` `inkSeen`) may or may not show: its numbers are
 * not trusted (`doubtFaintText`).
 * Glyph render modes and opacities come from the text walk (`text-walk.ts`, with the paint state).
 */
import type { PdfItem } from './pdf-lines.js';
import type { PlacedGlyph } from './text-walk.js';
import { dropOverprints } from './text-items.js';
import { cutHiddenGlyphs, drawnRun, FAINT_ALPHA, glyphsIn, type PaintCodes } from './white-text.js';

/** × font size. A glyph this close to a run's start (on its baseline) is the run's first glyph. */
const START_TOLERANCE = 0.15;
/** Share of the smaller box an invisible run must share with a shown one to lie over it. */
const OVER_SHARE = 0.3;
/** Share of a page's runs that must be invisible for its text to be an invisible layer (OCR). */
const LAYER_SHARE = 0.5;

/**
 * True when the drawing sets an invisible text render mode (3 or 7), or an ink opacity under
 * `FAINT_ALPHA` (`ca`/`CA`) or a soft mask in a graphics state: only then are glyphs placed to find
 * invisible (or faint) text.
 */
export function setsInvisible(list: { fnArray: number[]; argsArray: unknown[] }, codes: Pick<PaintCodes, 'setTextRenderingMode' | 'setGState'>): boolean {
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === codes.setGState && setsFaintInk(args)) return true;
    if (fn !== codes.setTextRenderingMode) continue;
    const mode = Array.isArray(args) ? (args[0] as unknown) : undefined;
    if (typeof mode === 'number' && (mode & 3) === 3) return true;
  }
  return false;
}

/** True when a `setGState`'s entries set an ink opacity under `FAINT_ALPHA` or a soft mask. */
function setsFaintInk(raw: unknown): boolean {
  const entries = Array.isArray(raw) ? (raw[0] as unknown) : null;
  return Array.isArray(entries) && entries.some((e) => Array.isArray(e) && (((e[0] === 'ca' || e[0] === 'CA') && typeof e[1] === 'number' && e[1] < FAINT_ALPHA) || (e[0] === 'SMask' && e[1] !== false && e[1] !== null && e[1] !== undefined)));
}

/** The runs with a digit holding a glyph drawn faint (nearly transparent, or under a soft mask: `inkSeen`) not trusted. */
export function doubtFaintText(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): PdfItem[] {
  if (!glyphs.some((g) => g.faint)) return [...items];
  return items.map((it) => (/\d/.test(it.str) && !it.conflict && glyphsIn(it, glyphs).some((g) => g.faint) ? { ...it, conflict: true } : it));
}

/** The glyph nearest a run's start on its baseline (its first glyph: how it was drawn tells how the run was). */
export function glyphAtStart(it: PdfItem, glyphs: readonly PlacedGlyph[]): PlacedGlyph | undefined {
  const tol = START_TOLERANCE * Math.max(it.size, 1);
  const base = it.top + it.height;
  let best: PlacedGlyph | undefined;
  let dist = Infinity;
  // Of glyphs drawn at one place (a digit's advance taken back), the one of the run's first character.
  const first = it.str.trim()[0];
  for (const g of glyphs) {
    if (Math.abs(g.y - base) > tol || Math.abs(g.x - it.x) > tol || g.str.trim() === '') continue;
    if (best?.str === first && g.str !== first) continue;
    const d = Math.hypot(g.x - it.x, g.y - base);
    if (d < dist || (g.str === first && best?.str !== first)) [best, dist] = [g, d];
  }
  return best;
}

/** Share of the smaller of two boxes they have in common. */
export function shared(a: PdfItem, b: PdfItem): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(Math.min(a.width * a.height, b.width * b.height), 1e-6);
}

/**
 * The items without the invisible runs that lie over or beside shown ones (and the texts dropped),
 * and whether the page's text is an invisible layer (most of it): read as OCR.
 */
export function readInvisibleText(runs: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): { items: PdfItem[]; dropped: string[]; ocrLayer: boolean } {
  if (!glyphs.some((g) => g.invisible)) return { items: [...runs], dropped: [], ocrLayer: false };
  const shownGlyphs = glyphs.filter((g) => !g.invisible);
  const split = splitModes(runs, glyphs);
  const items = split.items;
  // A run's first glyph: the one its characters follow in drawing order (an invisible digit drawn where the shown one is, its advance taken back, is not it).
  const runOf = (it: PdfItem): PlacedGlyph[] | null => drawnRun(it, [...it.str].filter((c) => c.trim() !== ''), glyphs);
  const invisibleAt = (it: PdfItem): boolean => it.str.trim() !== '' && (runOf(it)?.[0] ?? glyphAtStart(it, glyphs))?.invisible === true;
  // An invisible run that shown glyphs draw again, character for character at its place (fake bold over it), is shown — not by glyphs of a shown run read anyway.
  const claimed = new Set(items.flatMap((it) => (invisibleAt(it) ? [] : (runOf(it) ?? []))));
  const unclaimed = shownGlyphs.filter((g) => !claimed.has(g));
  const hidden = items.map((it) => invisibleAt(it) && !drawnAgain(it, glyphs, unclaimed));
  // The overprint step ran before render modes were known: shown runs dropped as overprints of a
  // hidden one are what the page shows — put back (not trusted where they repeat only part of it),
  // fake-bold copies of each other once (`dropOverprints` again).
  const owners: number[] = [];
  const back = items.flatMap((it, i) => (hidden[i] ? dropOverprints((it.overprints ?? []).filter((o) => !invisibleAt(o))).map((o) => (owners.push(i), o.str.trim() === it.str.trim() ? o : { ...o, conflict: true })) : []));
  const all = [...items, ...back];
  const hid = [...hidden, ...back.map(() => false)];
  const shown = all.filter((it, i) => !hid[i] && it.str.trim() !== '');
  const over = all.map((it, i) => hid[i]! && shown.some((s) => shared(it, s) >= OVER_SHARE));
  const texts = all.filter((it, i) => !over[i] && it.str.trim() !== '').length;
  const invisible = all.filter((_, i) => hid[i] && !over[i]).length;
  // A layer: most of the page's text (a scan's OCR over its picture; without a page-sized picture
  // the page shows none of it: read the same way, not trusted). Else invisible runs beside the
  // shown ones are not on the page: left out.
  const layer = texts > 0 && invisible >= LAYER_SHARE * texts;
  const drop = layer ? over : hid;
  // An overprint put back stays only where the run it repeats is left out (a layer keeps that run).
  const keep = all.filter((_, i) => !drop[i] && (i < items.length || drop[owners[i - items.length]!] === true));
  return { items: keep, dropped: [...split.dropped, ...all.filter((_, i) => drop[i]).map((it) => it.str.trim())], ocrLayer: layer };
}

/**
 * Runs whose glyphs change render mode inside (`BT (17) Tj 3 Tr (2) Tj 0 Tr (46) Tj ET` comes from
 * pdf.js as one run '17246'): cut to their shown glyphs, glyph by glyph (a run all invisible is
 * left whole: fake bold over it is told below), and the texts cut.
 */
function splitModes(items: readonly PdfItem[], glyphs: readonly PlacedGlyph[]): { items: PdfItem[]; dropped: string[] } {
  const dropped: string[] = [];
  const out = items.map((it) => {
    if (!glyphsIn(it, glyphs).some((g) => g.invisible)) return it;
    const cut = cutHiddenGlyphs(it, glyphs, (g) => g.invisible === true);
    if (cut && cut !== it) dropped.push(`${it.str.trim()} (invisible part)`);
    return cut ?? it;
  });
  return { items: out, dropped };
}

/** True when every invisible glyph of the run is drawn again by a shown glyph of the same character at (nearly) its place. */
function drawnAgain(it: PdfItem, glyphs: readonly PlacedGlyph[], shownGlyphs: readonly PlacedGlyph[]): boolean {
  const tol = START_TOLERANCE * Math.max(it.size, 1);
  const mine = glyphsIn(it, glyphs).filter((g) => g.invisible);
  return mine.length > 0 && mine.every((g) => shownGlyphs.some((s) => s.str === g.str && Math.abs(s.x - g.x) <= tol && Math.abs(s.y - g.y) <= tol));
}

/** Share of a page's area a painted image must cover to be the page's picture (a scan under an OCR layer). */
const PAGE_PICTURE_SHARE = 0.6;

/**
 * True when a page is a picture with an invisible text layer over it (a "searchable" scan:
 * another program's OCR laid over the page image, as `tesseract … pdf` and archive scanners write
 * it): most of its text-showing operators draw in render mode 3 or 7 (the mode followed through
 * `q`/`Q`), and one painted image covers most of the page. Told from the drawing, not from a
 * producer string or a font name. The loader may read such a page again by its own OCR.
 */
export function isOcrLayerPage(list: { fnArray: number[]; argsArray: unknown[] }, codes: { setTextRenderingMode: number; save: number; restore: number }, shows: ReadonlySet<number>, images: readonly { width: number; height: number }[], page: { width: number; height: number }): boolean {
  const area = page.width * page.height;
  if (!(area > 0) || !images.some((b) => b.width * b.height >= PAGE_PICTURE_SHARE * area)) return false;
  let mode = 0;
  const stack: number[] = [];
  let hidden = 0;
  let all = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    if (fn === codes.save) stack.push(mode);
    else if (fn === codes.restore) mode = stack.pop() ?? 0;
    else if (fn === codes.setTextRenderingMode) {
      const args = list.argsArray[i];
      const m = Array.isArray(args) ? (args[0] as unknown) : undefined;
      if (typeof m === 'number') mode = m;
    } else if (fn !== undefined && shows.has(fn)) {
      all++;
      if ((mode & 3) === 3) hidden++;
    }
  }
  return all > 0 && hidden >= LAYER_SHARE * all;
}
