/**
 * @file A page's text content read from its operator list (issue 17: one content-stream parse per
 * page instead of two). pdf.js's `getTextContent` parses the page's content stream again only to
 * follow the text state and join glyphs into runs; the operator list, which the loader needs for
 * the rulings anyway, carries the same glyph objects (`Font.charsToGlyphs`: unicode, width,
 * category) and the same text-state operators. `textFromOperators` replays them through a port of
 * `getTextContent`'s run assembly (`text-runs.ts`, pdf.js 5.6's code step for step: spaces from
 * gaps, joins, line ends, the view-box test, normalization) and gives the items `getTextContent`
 * gives. Where it could not be sure of that, it gives null and the page is read by
 * `getTextContent` as before: a font it has no info on or pdf.js could not load, a Type3 font set
 * at size ≤ 1 (pdf.js stretches those runs by the glyph bbox, which it does not send), right-to-left
 * text (pdf.js reorders it), an operator list pdf.js did not finish, unbalanced forms.
 * On the samples, corpus PDFs and 142 printer/rotation variants (512 pages) the items are the same
 * as `getTextContent`'s, bit for bit where the producer wrote `Tm` operands float32 keeps (WPS,
 * LibreOffice), else within ~1e-6 pt (`text-state.ts` `lexedNumber`).
 */
import type { FontTable } from './font-info.js';
import { NotSure, Stopped, TextRuns, type ContentItem } from './text-runs.js';
import { FONT_IDENTITY_MATRIX, lexedMatrix, transform } from './text-state.js';

export type { ContentItem } from './text-runs.js';

/** The pdf.js operator codes the port reads (pdf.js's `OPS`). */
export type ContentOps = Readonly<Record<string, number>>;

/** An operator list as pdf.js gives it. */
export interface OperatorListLike {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
  lastChunk?: boolean;
}

/** A glyph of the operator list's `showText` (pdf.js's `Glyph`). */
export interface ContentGlyph {
  unicode: string;
  width: number;
  vmetric?: number[] | null;
  originalCharCode: number;
  category: { isWhitespace: boolean; isZeroWidthDiacritic: boolean; isInvisibleFormatMark: boolean };
}

/** Image operators: text content ends the run at an XObject (inline images excepted). */
function imageOps(ops: ContentOps): Set<number> {
  const names = ['paintImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask', 'paintImageMaskXObjectGroup'];
  return new Set(names.map((n) => ops[n]).filter((c): c is number => c !== undefined));
}

/** `showText`'s glyphs and `TJ` adjustments in text content's chunks: glyphs up to each non-zero number. */
function showText(runs: TextRuns, glyphs: readonly (ContentGlyph | number)[]): void {
  if (!glyphs.some((g) => typeof g === 'number')) return runs.build(glyphs as ContentGlyph[], 0);
  const state = runs.state;
  const spaceFactor = ((state.font!.vertical ? 1 : -1) * state.fontSize) / 1000;
  let chunk: ContentGlyph[] = [];
  for (const g of glyphs) {
    if (typeof g !== 'number') chunk.push(g);
    else if (g !== 0) {
      runs.build(chunk, g * spaceFactor);
      chunk = [];
    }
  }
  if (chunk.length > 0) runs.build(chunk, 0);
}

/** Sets the run's font from the table; NotSure where the port cannot follow it. */
function setFont(runs: TextRuns, fonts: FontTable, loadedName: unknown, size: unknown, fontName: string | null): void {
  const font = typeof loadedName === 'string' ? fonts.get(loadedName) : undefined;
  if (!font || typeof size !== 'number' || (font.isType3Font && size <= 1)) throw new NotSure();
  const state = runs.state;
  state.fontName = fontName;
  state.fontSize = size;
  state.loadedName = loadedName as string;
  state.font = font;
  state.fontMatrix = font.fontMatrix ?? FONT_IDENTITY_MATRIX;
}

/**
 * The text content items of the page whose operator list is `list`, its view box `viewBox`
 * (`page.view`), fonts from `fonts` (`pdfjs.ts` `workerFonts`); `normalize`: pdf.js's
 * `normalizeUnicode`. Null where the port cannot vouch for them (see the file comment).
 */
export function textFromOperators(list: OperatorListLike, ops: ContentOps, fonts: FontTable, viewBox: readonly number[], normalize: (s: string) => string): ContentItem[] | null {
  // An empty list: pdf.js may have failed before the first operator, where getTextContent throws.
  if (list.lastChunk === false || list.fnArray.length === 0) return null;
  const runs = new TextRuns(viewBox, normalize);
  const images = imageOps(ops);
  const seen = new Map<number, number>();
  const { fnArray, argsArray } = list;
  let annotation = 0;
  // Forms still to skip the rest of, where pdf.js stopped reading one's text (`Stopped`).
  let skipped = 0;
  try {
    for (let k = 0; k < fnArray.length; k++) {
      const fn = fnArray[k]!;
      const args = argsArray[k] as unknown[];
      // Annotations' appearance streams are drawn, not part of the page's text content.
      if (fn === ops.beginAnnotation) annotation++;
      else if (fn === ops.endAnnotation) annotation--;
      if (annotation > 0 || fn === ops.endAnnotation) continue;
      if (skipped > 0) {
        if (fn === ops.paintFormXObjectBegin) skipped++;
        else if (fn === ops.paintFormXObjectEnd && --skipped === 0 && !runs.endForm()) throw new NotSure();
        continue;
      }
      runs.step();
      const state = runs.state;
      switch (fn) {
        case ops.save: runs.save(); break;
        case ops.restore: runs.restore(); break;
        case ops.transform: state.ctm = transform(state.ctm, args as number[]); break;
        case ops.setFont:
          if (!(state.font && args[0] === state.fontName && args[1] === state.fontSize)) setFont(runs, fonts, args[0], args[1], args[0] as string);
          break;
        case ops.setTextRise: state.textRise = args[0] as number; break;
        case ops.setHScale: state.textHScale = (args[0] as number) / 100; break;
        case ops.setLeading: state.leading = args[0] as number; break;
        case ops.moveText:
          state.translateTextLineMatrix(args[0] as number, args[1] as number);
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case ops.setLeadingMoveText:
          state.leading = -(args[1] as number);
          state.translateTextLineMatrix(args[0] as number, args[1] as number);
          state.textMatrix = state.textLineMatrix.slice();
          break;
        case ops.nextLine: state.carriageReturn(); break;
        case ops.setTextMatrix: {
          const m = lexedMatrix(args[0] as ArrayLike<number>, seen);
          state.textMatrix = m;
          state.textLineMatrix = m.slice();
          runs.updateAdvanceScale();
          break;
        }
        case ops.setCharSpacing: state.charSpacing = args[0] as number; break;
        case ops.setWordSpacing: state.wordSpacing = args[0] as number; break;
        case ops.beginText: state.beginText(); break;
        case ops.showText:
          try {
            if (state.font) showText(runs, args[0] as (ContentGlyph | number)[]);
          } catch (error) {
            if (!(error instanceof Stopped)) throw error;
            if (!runs.stop()) return runs.finish();
            skipped = 1;
          }
          break;
        case ops.paintFormXObjectBegin: runs.beginForm(args[0] as number[] | null); break;
        case ops.paintFormXObjectEnd: if (!runs.endForm()) throw new NotSure(); break;
        case ops.beginMarkedContent: case ops.beginMarkedContentProps: case ops.endMarkedContent: runs.flush(); break;
        case ops.setGState:
          for (const [key, value] of args[0] as [string, unknown][]) {
            if (key !== 'Font' || !Array.isArray(value)) continue;
            runs.flush();
            setFont(runs, fonts, value[0], value[1], null);
          }
          break;
        // Operators pdf.js turns into `showText` before it hands the list over: never seen here.
        case ops.showSpacedText: case ops.nextLineShowText: case ops.nextLineSetSpacingShowText: throw new NotSure();
        default: if (images.has(fn)) runs.flush();
      }
    }
    return runs.finish();
  } catch {
    // NotSure, or an operator list shaped otherwise than pdf.js 5.6 builds it: the port cannot
    // vouch for the page, which pdf.js's own getTextContent reads (its errors are the page's).
    return null;
  }
}
