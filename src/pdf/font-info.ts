/**
 * @file What the text-content port (`text-from-ops.ts`) needs of a font pdf.js loaded: read from
 * the message pdf.js's worker sends the page side for each font an operator list uses (`TextPort`
 * keeps this much and drops the font program). The message holds the font's properties compiled
 * into a buffer by pdf.js's `compileFontInfo` (`src/shared/obj_bin_transform_utils.js`, pdf.js 5):
 * 2-bit booleans, three float64 numbers, an int16 bbox, the float64 font matrix, int16 vertical
 * metrics, then length-prefixed UTF-8 strings. Its layout is pdf.js's, checked here: a buffer
 * that does not read as that layout gives null, and pages using that font are read by
 * `getTextContent` as before.
 */

/** A font as the port reads it. */
export interface PortFont {
  /** pdf.js's name of the font's program (`Font.name`): text content starts a new run when it changes. */
  name: string;
  vertical: boolean;
  isType3Font: boolean;
  /** Text space per glyph unit (pdf.js's `fontMatrix`), null when the font sets none. */
  fontMatrix: number[] | null;
}

/** Fonts by pdf.js's loaded name (`g_d0_f1`); null: pdf.js could not load it, or its info did not read. */
export type FontTable = Map<string, PortFont | null>;

// pdf.js 5's FONT_INFO: bools black, bold, disableFontFace, fontExtraProperties, isInvalidPDFjsFont,
// isType3Font, italic, missingFile, remeasure, vertical (2 bits each); numbers ascent, defaultWidth,
// descent; strings fallbackName, loadedName, mimetype, name.
const IS_TYPE3 = 5;
const VERTICAL = 9;
const BOOLS = 10;
const OFFSET_BBOX = Math.ceil((BOOLS * 2) / 8) + 3 * 8;
const OFFSET_FONT_MATRIX = OFFSET_BBOX + 1 + 2 * 4;
const OFFSET_STRINGS = OFFSET_FONT_MATRIX + 1 + 8 * 6 + 1 + 2 * 3;
const STRINGS = 4;

/** The 2-bit boolean `i`: undefined, false or true (pdf.js writes 0, 1, 2). */
function bool(view: DataView, i: number): boolean | undefined {
  const bits = (view.getUint8(i >> 2) >> ((i & 3) * 2)) & 3;
  return bits === 0 ? undefined : bits === 2;
}

/** The strings section: fallbackName, loadedName, mimetype, name; null when it overruns the buffer. */
function strings(view: DataView): string[] | null {
  const out: string[] = [];
  const decoder = new TextDecoder();
  let at = OFFSET_STRINGS + 4;
  for (let k = 0; k < STRINGS; k++) {
    if (at + 4 > view.byteLength) return null;
    const n = view.getUint32(at);
    if (at + 4 + n > view.byteLength) return null;
    out.push(decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 4, n)));
    at += 4 + n;
  }
  return out;
}

/** The font info pdf.js compiled into `buffer`, checked against the font's loaded name; null when it does not read. */
export function readFontInfo(buffer: unknown, loadedName: string): PortFont | null {
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < OFFSET_STRINGS + 4) return null;
  const view = new DataView(buffer);
  const strs = strings(view);
  if (!strs || strs[1] !== loadedName) return null;
  const matrixFlag = view.getUint8(OFFSET_FONT_MATRIX);
  if (matrixFlag !== 0 && matrixFlag !== 6) return null;
  const fontMatrix = matrixFlag === 6 ? Array.from({ length: 6 }, (_, k) => view.getFloat64(OFFSET_FONT_MATRIX + 1 + 8 * k, true)) : null;
  return { name: strs[3]!, vertical: bool(view, VERTICAL) === true, isType3Font: bool(view, IS_TYPE3) === true, fontMatrix };
}
