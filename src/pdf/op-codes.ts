/**
 * @file pdf.js's operator codes (`OPS`) as the tables our operator-list walkers read: the rulings
 * walker (pdf/rulings), the text walker (pdf/text-walk), and the image test that tells a scanned page.
 * Built once per document from the running pdf.js, whose numbering is not ours to fix.
 */
import { stateCodes } from './graphics-state.js';
import type { OpCodes } from './rulings.js';
import type { TextOpCodes } from './text-walk.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The operator codes the ruling walker (pdf/rulings) reads, from the running pdf.js. */
export function opCodes(lib: PdfJs): OpCodes {
  const { OPS } = lib;
  return {
    ...stateCodes(lib),
    constructPath: OPS.constructPath,
    stroke: OPS.stroke,
    closeStroke: OPS.closeStroke,
    fill: OPS.fill,
    eoFill: OPS.eoFill,
    fillStroke: OPS.fillStroke,
    eoFillStroke: OPS.eoFillStroke,
    closeFillStroke: OPS.closeFillStroke,
    closeEOFillStroke: OPS.closeEOFillStroke,
  };
}

/** The operator codes the text walker (pdf/text-walk) reads, from the running pdf.js. */
export function textOpCodes(lib: PdfJs): TextOpCodes {
  const { OPS } = lib;
  return {
    ...stateCodes(lib),
    beginText: OPS.beginText,
    setTextMatrix: OPS.setTextMatrix,
    moveText: OPS.moveText,
    setLeadingMoveText: OPS.setLeadingMoveText,
    setLeading: OPS.setLeading,
    nextLine: OPS.nextLine,
    showText: OPS.showText,
    showSpacedText: OPS.showSpacedText,
    nextLineShowText: OPS.nextLineShowText,
    nextLineSetSpacingShowText: OPS.nextLineSetSpacingShowText,
    setFont: OPS.setFont,
    setCharSpacing: OPS.setCharSpacing,
    setWordSpacing: OPS.setWordSpacing,
    setHScale: OPS.setHScale,
    textMode: OPS.setTextRenderingMode,
    beginAnnotation: OPS.beginAnnotation,
    endAnnotation: OPS.endAnnotation,
    endText: OPS.endText,
    paint: {
      setFillRGBColor: OPS.setFillRGBColor,
      setStrokeRGBColor: OPS.setStrokeRGBColor,
      setFillColorOther: OPS.setFillColorN,
      setTextRenderingMode: OPS.setTextRenderingMode,
      constructPath: OPS.constructPath,
      transform: OPS.transform,
      fills: [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke],
      eoFills: [OPS.eoFill, OPS.eoFillStroke, OPS.closeEOFillStroke],
      images: [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.shadingFill],
      opaqueImages: [OPS.paintImageXObject, OPS.paintInlineImageXObject],
      setGState: OPS.setGState,
    },
  };
}

/** True when the page's drawing paints an image (what a scanned page is made of). */
export function paintsImage(list: { fnArray: readonly number[] } | null, lib: PdfJs): boolean {
  const { OPS } = lib;
  const paints = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
  return list?.fnArray.some((f) => paints.has(f)) ?? false;
}
