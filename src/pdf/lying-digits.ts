/**
 * @file Fonts whose /ToUnicode map lies about digits: the page shows the right numbers, the text
 * layer others (a map that swaps 3 and 8, maps a digit's glyph to another digit, to a letter or to
 * a private-use character). Where the lie cancels in the identities (a swap in a column whose sum
 * is swapped too, digits in cells no identity checks) the numbers read came out wrong at 0.95.
 *
 * The evidence is the font's own order of its glyph codes. Digits 0–9 are ten consecutive glyphs
 * in every font's glyph order (Unicode order, the Mac standard order TrueType fonts keep: 'zero' is
 * glyph 19) and consecutive codes in every standard encoding (ASCII, WinAnsi): subsets that keep
 * their glyph ids as codes (Chromium's and WPS's Identity-H CID fonts, codes 19–28) and simple
 * fonts coded in ASCII (reportlab's subsets, codes 0x30–0x39) show their digits as `c0 + d`. When
 * at least MIN_IN_PLACE of a font's digit codes sit at one `c0 + d` and a code in that window is
 * mapped to another digit, a letter or a private-use character, the map lies about that glyph: the
 * glyph at `c0 + 3` is the font's '3'. Producers that number their glyphs in order of first use
 * (LibreOffice: codes 3, 12, 5…) give no such evidence — the window must show MIN_WINDOW_SHOWN of
 * its ten codes, every one a digit-like character —: nothing changes there, nor in a font whose
 * digits the map permutes wholly (no window holds enough digits: its numbers fail the identities).
 *
 * A lying font's text is corrected where the map's character comes from that glyph only (a swap:
 * the text's '8' is the glyph '3'; two glyphs read '8': not corrected), and every line holding a
 * digit the lie is about, on every page where the font showed digits, is not trusted
 * (`Line.damaged`: below 0.9 whatever the identities say): the evidence is strong but not the font
 * program's own character map (pdf.js keeps neither the embedded font's cmap nor its glyph names:
 * it rewrites both). The pages are named in warning `pdf_tounicode_conflict`.
 *
 * Cost: one pass over the glyphs of the operator lists already read for table pages (codes and
 * characters per font, kept for the document), and a check per font only when a page shows it.
 */
import type { TextOpCodes } from './text-walk.js';

/** Digits of a font that must sit at `c0 + d` for its code order to say which glyph is which digit (a table font of a report shows most). */
const MIN_IN_PLACE = 4;

/**
 * What a lying map puts in a digit's place: another digit, a letter, a private-use or unknown
 * character. An ideograph or punctuation there is a font numbering its glyphs in order of first use
 * whose digits happened to come in order ('12345' then '年'): no evidence.
 */
const STANDS_FOR_DIGIT = /^(?:[0-9A-Za-z\ue000-\uf8ff\ufffd]|)$/;

/**
 * Codes a font's '0' has where its code order is the font's glyph order: ASCII (reportlab's simple
 * fonts) and glyph 19, 'zero' in the Mac standard order TrueType fonts keep (Chromium's and WPS's
 * subsets keeping glyph ids). A font numbering glyphs by first use puts its digits anywhere; on a
 * page of numbers they come one after another ('12345' in the prose, then '0', '8', '7', '6' in the
 * table: a window of digits at an arbitrary place, which a tester's honest LibreOffice prints showed).
 */
const ZERO_CODES = new Set([0x30, 19]);

/** Codes of the ten-code window the font's text must show (every one a digit-like character) before its order is evidence. */
const MIN_WINDOW_SHOWN = 8;

/** Digits in place that make a letter at the window's edge (0 or 9) a lie: all the others. */
const MIN_ALL_IN_PLACE = 9;

/** Codes → characters of every glyph each font of the document showed, by pdf.js font name. */
export type FontCodes = Map<string, Map<number, string>>;

/** What a font's map does to its digits: characters of its text to read as digits, characters not to trust. */
export interface DigitLie {
  /** Text character → the digit the glyph behind it shows (only where that character has one glyph). */
  fix: Map<string, string>;
  /** Glyph codes and what the map and the glyph order say, for the warning ('8→3'). */
  said: string[];
  /** The digits the lies are about: each lying glyph's, and the map's where it gave a digit. */
  digits: Set<string>;
}

type Glyph = { originalCharCode?: number; unicode?: string };

/** Records the codes and characters of every glyph an operator list shows, per font. */
export function recordFontCodes(list: { fnArray: ArrayLike<number>; argsArray: readonly unknown[] }, ops: Pick<TextOpCodes, 'setFont'>, shows: ReadonlySet<number>, fonts: FontCodes): Set<string> {
  const used = new Set<string>();
  let codes: Map<number, string> | undefined;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.setFont) {
      const name = args?.[0];
      if (typeof name !== 'string') {
        codes = undefined;
        continue;
      }
      codes = fonts.get(name) ?? fonts.set(name, new Map()).get(name)!;
      used.add(name);
    } else if (codes && shows.has(fn) && args) {
      const text = args.find(Array.isArray) as unknown[] | undefined;
      if (!text) continue;
      for (const g of text) {
        if (!g || typeof g !== 'object') continue;
        const { originalCharCode: code, unicode } = g as Glyph;
        if (typeof code === 'number' && typeof unicode === 'string' && !codes.has(code)) codes.set(code, unicode);
      }
    }
  }
  return used;
}

/** The lie a font's codes show about its digits, or null (no lie, or no evidence). */
export function digitLie(codes: ReadonlyMap<number, string>): DigitLie | null {
  const votes = new Map<number, number>();
  for (const [code, u] of codes) if (u.length === 1 && u >= '0' && u <= '9') votes.set(code - Number(u), (votes.get(code - Number(u)) ?? 0) + 1);
  let c0 = -1;
  let best = 0;
  let tied = false;
  for (const [start, n] of votes) {
    if (n > best) [c0, best, tied] = [start, n, false];
    else if (n === best) tied = true;
  }
  if (best < MIN_IN_PLACE || tied || !ZERO_CODES.has(c0)) return null;
  // The window must be a block of digit glyphs: a font numbered by first use whose first digits came
  // in order ('1234' then '0', then '年') holds other characters in it — no evidence (a tester's honest
  // LibreOffice prints were 'corrected' 0→5 at 0.85 by four digits in place).
  let present = 0;
  for (let d = 0; d <= 9; d++) {
    const says = codes.get(c0 + d);
    if (says === undefined) continue;
    if (!STANDS_FOR_DIGIT.test(says)) return null;
    present++;
  }
  if (present < MIN_WINDOW_SHOWN) return null;
  const lies: { code: number; digit: string; says: string }[] = [];
  for (let d = 0; d <= 9; d++) {
    const says = codes.get(c0 + d);
    if (says === undefined || says === String(d) || !STANDS_FOR_DIGIT.test(says)) continue;
    // A letter or unknown character: only between digits in place (or nearly all of them in place),
    // not at the end of a run of digits a font numbered by first use ('12345' then 'a').
    const between = [...Array(d).keys()].some((k) => codes.get(c0 + k) === String(k)) && [...Array(9 - d).keys()].some((k) => codes.get(c0 + d + 1 + k) === String(d + 1 + k));
    if (!/^[0-9]$/.test(says) && !between && best < MIN_ALL_IN_PLACE) continue;
    lies.push({ code: c0 + d, digit: String(d), says });
  }
  if (lies.length === 0 || lies.length >= best) return null;
  const fix = new Map<string, string>();
  for (const lie of lies) {
    // The character is this glyph's only: each of its places in the text is this glyph.
    let glyphs = 0;
    for (const u of codes.values()) if (u === lie.says) glyphs++;
    if (glyphs === 1 && [...lie.says].length === 1) fix.set(lie.says, lie.digit);
  }
  return { fix, said: lies.map((l) => `'${l.says}'→${l.digit}`), digits: new Set(lies.flatMap((l) => (/^[0-9]$/.test(l.says) ? [l.digit, l.says] : [l.digit]))) };
}

/** `str` with each character a lying font's map gave read as the digit its glyph shows. */
export function fixDigits(str: string, lie: DigitLie): string {
  if (lie.fix.size === 0) return str;
  let out = '';
  for (const ch of str) out += lie.fix.get(ch) ?? ch;
  return out;
}

/** What the document learnt so far: codes per font, the lies found (null: none), and where they were. */
export interface DigitLies {
  codes: FontCodes;
  lies: Map<string, DigitLie | null>;
  /** Fonts whose runs held digits, per page. */
  digitFonts: Map<number, Set<string>>;
  /** Pages where a lying font's digits were read (`settleDigitLies`): what its map said, and the digits in doubt there. */
  found: Map<number, { said: string[]; digits: Set<string> }>;
  /** How many codes each font held when its lie was last judged (`digitLie` is a function of them alone). */
  judged: Map<string, number>;
}

export const newDigitLies = (): DigitLies => ({ codes: new Map(), lies: new Map(), digitFonts: new Map(), found: new Map(), judged: new Map() });

/**
 * A page's text runs with the digits of lying fonts read as their glyphs show them, from the page's
 * operator list (its glyphs' codes added to what the document learnt). The page is recorded with
 * the digits the lies are about: numbers holding one are not trusted (`suspectLine`).
 */
export function fixDigitLies<T extends { str: string; fontName?: string }>(raw: T[], list: { fnArray: ArrayLike<number>; argsArray: readonly unknown[] }, ops: Pick<TextOpCodes, 'setFont'>, shows: ReadonlySet<number>, page: number, state: DigitLies): T[] {
  for (const name of recordFontCodes(list, ops, shows, state.codes)) {
    // A font's codes only grow (a code's first character is kept): its lie is judged again only when it learnt a code.
    const codes = state.codes.get(name)!;
    if (state.judged.get(name) === codes.size && state.lies.has(name)) continue;
    state.lies.set(name, digitLie(codes));
    state.judged.set(name, codes.size);
  }
  return raw.map((it) => {
    if (it.fontName === undefined || !/\d/.test(it.str)) return it;
    const fonts = state.digitFonts.get(page) ?? state.digitFonts.set(page, new Set()).get(page)!;
    fonts.add(it.fontName);
    const lie = state.lies.get(it.fontName);
    if (!lie) return it;
    const str = fixDigits(it.str, lie);
    return str === it.str ? it : { ...it, str };
  });
}

/**
 * After the last page: every page that showed digits in a font found lying (on that page or a later
 * one, whose glyphs told more of the font's order: those earlier digits are not corrected) is
 * recorded with the lies' digits.
 */
export function settleDigitLies(state: DigitLies): void {
  for (const [page, fonts] of state.digitFonts) {
    for (const name of fonts) {
      const lie = state.lies.get(name);
      if (!lie) continue;
      const seen = state.found.get(page) ?? state.found.set(page, { said: [], digits: new Set() }).get(page)!;
      for (const s of lie.said) if (!seen.said.includes(s)) seen.said.push(s);
      for (const d of lie.digits) seen.digits.add(d);
    }
  }
}

/**
 * Does a line of a page where a lying font's digits were read hold a digit the lies are about (the
 * glyph's digit, or the digit the map gave it)? Its numbers are then not trusted (`Line.damaged`):
 * a number without such a digit reads the same whatever the map says.
 */
export function suspectLine(cells: readonly string[], page: number | undefined, state: DigitLies): boolean {
  const seen = page === undefined ? undefined : state.found.get(page);
  return !!seen && cells.some((c) => [...c].some((ch) => seen.digits.has(ch)));
}
