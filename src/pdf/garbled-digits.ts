/**
 * @file Full-width digits whose character map a converter broke, read by their codes. Ghostscript's
 * pdfwrite re-writes the ToUnicode map of a Chromium CJK subset wrongly for every code of a
 * multi-code range (`miscoded-glyphs.ts`): Chromium's `<A24D> <A256> <FF10>` ('０'–'９') comes out
 * 'ÿ', 'Ā', 'ā'… — characters that say nothing of the digit (the '（' of another range reads 'ÿ'
 * too). The codes still do: a subset keeping its glyph ids as codes (Chromium's Identity-H CID
 * fonts) numbers the ten full-width digits one after another, in Unicode order, as every CJK font's
 * glyph order does (one-byte codes: all ten must show, MIN_ZERO_CODE). So where the miscoded glyphs a page draws alone as values (runs of nothing but
 * miscoded glyphs, digits, separators and a unit: no ideograph, no letter beside them) use exactly
 * ten codes of one font, at least MIN_CODES of them shown, from `c0` to `c0 + 9`, the glyph at
 * `c0 + d` is the digit d. A window that is narrower (a digit never drawn on the page: the offset
 * is unknown) or wider (a bracket or a colon alone among them) decodes nothing.
 *
 * The evidence is the codes' order, not the font's own map: the numbers of a page where digits were
 * read so are not trusted (`Line.damaged`: below 0.9 whatever the identities say; load/load-pdf.ts),
 * warning `pdf_tounicode_conflict`.
 */
import type { PlacedGlyph } from './text-walk.js';

/** Distinct codes of the ten a page must show before their window is taken for the digits (a table page of full-width numbers shows most). */
const MIN_CODES = 8;
/**
 * Codes from which a window's '０' is a CID font's glyph id (a CJK font's full-width digits are glyphs
 * far past 255): MIN_CODES of the ten suffice there. A font Ghostscript or mutool re-encoded with
 * one-byte codes numbers only the glyphs it uses, so an unused digit leaves no gap (breakit56
 * mutool-clean-gs r13: '０'–'７' at 0x3b–0x42 and another glyph at 0x38 made a window 0x38–0x41, and
 * 19 read 49 at 0.85): below it all ten codes must show.
 */
const MIN_ZERO_CODE = 0x100;
/** × advance. Glyphs this close (gap at either end) touch: they are one run. */
const TOUCH = 0.6;
/** × font size. How far two glyphs' baselines may lie apart and still be one run. */
const BASELINE_SLACK = 0.3;
/** What may touch a value's glyphs: ASCII digits, separators, white space, and a unit after the number. */
const VALUE_COMPANION = /^(?:[0-9.,\s]|件|项|个|次|)$/u;

/** The glyph drawn right before or after `g` on its baseline (touching it), if any. */
function touching(glyphs: readonly PlacedGlyph[], i: number, step: -1 | 1): PlacedGlyph | undefined {
  const g = glyphs[i]!;
  const n = glyphs[i + step];
  if (!n) return undefined;
  const size = g.size ?? g.advance;
  if (Math.abs(n.y - g.y) > BASELINE_SLACK * size) return undefined;
  const gap = step === 1 ? n.x - (g.x + g.advance) : g.x - (n.x + n.advance);
  return Math.abs(gap) <= TOUCH * Math.max(g.advance, n.advance) ? n : undefined;
}

/** Runs of touching glyphs holding miscoded glyphs and nothing else but VALUE_COMPANION characters: the miscoded glyphs of each. */
function valueRuns(glyphs: readonly PlacedGlyph[], badSet: ReadonlySet<PlacedGlyph>): PlacedGlyph[][] {
  const runs: PlacedGlyph[][] = [];
  let run: PlacedGlyph[] = [];
  let pure = true;
  const close = (): void => {
    const mine = run.filter((g) => badSet.has(g));
    if (pure && mine.length > 0) runs.push(mine);
    run = [];
    pure = true;
  };
  glyphs.forEach((g, i) => {
    if (run.length > 0 && touching(glyphs, i - 1, 1) !== g) close();
    run.push(g);
    if (!badSet.has(g) && !VALUE_COMPANION.test(g.str)) pure = false;
  });
  close();
  return runs;
}

/** Codes of the value runs each font showed on the pages read so far, a list per run (the document's evidence: a page shows few digits). */
export type DigitRunCodes = Map<string, number[][]>;

/**
 * The digits of the page's miscoded glyphs that stand as values, by code (empty unless one font's
 * window of ten codes is certain, above, from the runs of this page and the pages read before).
 */
export function garbledDigits(glyphs: readonly PlacedGlyph[], bad: readonly PlacedGlyph[], seen: DigitRunCodes = new Map()): Map<PlacedGlyph, string> {
  const out = new Map<PlacedGlyph, string>();
  if (bad.length === 0) return out;
  const byFont = new Map<string, PlacedGlyph[][]>();
  for (const run of valueRuns(glyphs, new Set(bad))) {
    const font = run[0]!.font;
    if (font === undefined || run.some((g) => g.font !== font || g.code === undefined)) continue;
    (byFont.get(font) ?? byFont.set(font, []).get(font)!).push(run);
    (seen.get(font) ?? seen.set(font, []).get(font)!).push(run.map((g) => g.code!));
  }
  for (const [font, runs] of byFont) {
    const lo = digitWindow(seen.get(font)!);
    if (lo === null) continue;
    for (const run of runs) if (run.every((g) => g.code! >= lo && g.code! <= lo + 9)) for (const g of run) out.set(g, String(g.code! - lo));
  }
  return out;
}

/** The code of '０' when exactly one window of ten codes has both ends and MIN_CODES codes in runs lying wholly inside it, else null. */
function digitWindow(runs: readonly number[][]): number | null {
  const windows = [...new Set(runs.flat())].filter((lo) => {
    const codes = new Set(runs.filter((r) => r.every((c) => c >= lo && c <= lo + 9)).flat());
    return codes.has(lo) && codes.has(lo + 9) && codes.size >= (lo >= MIN_ZERO_CODE ? MIN_CODES : 10);
  });
  return windows.length === 1 ? windows[0]! : null;
}
