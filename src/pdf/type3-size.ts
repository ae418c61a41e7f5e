/**
 * @file The size of text set in a Type 3 font whose glyph space is not 1/1000 of text space.
 * pdf.js's text content gives a run the font size (`Tf`) as its height, as if every font's matrix
 * were 0.001; only for a Type 3 font set at size ≤ 1 does it stretch the height by the glyph
 * box. Ghostscript's pdfwrite re-encodes Chromium's Type 3 headings with FontMatrix 0.00977 at
 * `Tf` ≈ 1.1 (seen on pages whose content it turned 90°): the runs' advance is right (11 pt a
 * character) but their height is 1.1 pt, so the page's six section headings were dropped as
 * tiny text (`tiny-text.ts`) and table 四's heading with them. Such a run's height is scaled by
 * the font's matrix, when its advance says the glyphs are that large.
 */
import type { FontTable } from './font-info.js';
import type { RawTextItem } from './text-items.js';

/** A Type 3 font matrix at least this many times 0.001 is one whose glyph units are not thousandths of the size. */
const LARGE_MATRIX = 2;
/** The run's advance per em (estimated from its characters) must exceed its height at least this many times. */
const UNDERSIZED = 2;
/** Ems a character advances: ideographs and full-width forms one, others (digits, Latin, spaces) about half. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** Estimated ems the run's characters advance. */
function ems(str: string): number {
  let n = 0;
  for (const ch of str) n += WIDE.test(ch) ? 1 : 0.5;
  return n;
}

/**
 * The runs with the height of those set in an oversized-matrix Type 3 font scaled by the font's
 * matrix (× 1000), where their advance confirms it. `fonts`: the fonts the page's operator list
 * used (`pdfjs.ts` `workerFonts`); without them the runs are given back as they are.
 */
export function fixType3Sizes<T extends RawTextItem>(raw: T[], fonts: FontTable | undefined): T[] {
  // Most documents use no such font: the runs are not walked.
  const large = (f: { isType3Font: boolean; fontMatrix: number[] | null } | null): boolean => !!f?.isType3Font && !!f.fontMatrix && Math.abs(f.fontMatrix[3]!) * 1000 >= LARGE_MATRIX;
  if (!fonts || ![...fonts.values()].some(large)) return raw;
  return raw.map((it) => {
    const font = it.fontName === undefined ? null : fonts.get(it.fontName);
    const m = font?.isType3Font ? font.fontMatrix : null;
    if (!m) return it;
    const k = Math.abs(m[3]!) * 1000;
    if (k < LARGE_MATRIX) return it;
    const t = it.transform;
    const size = Math.hypot(t[2], t[3]);
    const n = ems(it.str);
    if (size === 0 || n === 0 || it.width / n < UNDERSIZED * size) return it;
    // The height the matrix gives, kept within what the advance allows (a run letter-spaced wide is no larger).
    const scale = Math.min(k, it.width / n / size);
    return { ...it, transform: [t[0], t[1], t[2] * scale, t[3] * scale, t[4], t[5]] };
  });
}
