/**
 * @file The text state `text-from-ops.ts` follows through an operator list: pdf.js's `TextState`
 * (`src/core/evaluator.js`, pdf.js 5) as its `getTextContent` keeps it — `q` copies all of it,
 * the text matrices included, and `Q` brings that copy back — and the numbers of a `Tm` as pdf.js's
 * lexer read them, which the operator list keeps only as float32.
 */
import type { PortFont } from './font-info.js';

/** pdf.js's `FONT_IDENTITY_MATRIX`: glyph units are 1/1000 of the font size. */
export const FONT_IDENTITY_MATRIX: readonly number[] = [0.001, 0, 0, 0.001, 0, 0];
const IDENTITY: readonly number[] = [1, 0, 0, 1, 0, 0];

/** pdf.js's `Util.transform` (m1 × m2 in pdf.js's order), the same arithmetic so the same bits. */
export function transform(m1: ArrayLike<number>, m2: ArrayLike<number>): number[] {
  const [a1, b1, c1, d1, e1, f1] = [m1[0]!, m1[1]!, m1[2]!, m1[3]!, m1[4]!, m1[5]!];
  const [a2, b2, c2, d2, e2, f2] = [m2[0]!, m2[1]!, m2[2]!, m2[3]!, m2[4]!, m2[5]!];
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** pdf.js's `TextState` with its graphics-state CTM (text content keeps both in one object). */
export class TextState {
  ctm: ArrayLike<number> = new Float32Array(IDENTITY);
  /** The name `Tf` set the font by (here: the loaded name; null after an ExtGState font). */
  fontName: string | null = null;
  fontSize = 0;
  loadedName: string | null = null;
  font: PortFont | null = null;
  fontMatrix: readonly number[] = FONT_IDENTITY_MATRIX;
  textMatrix: number[] = IDENTITY.slice();
  textLineMatrix: number[] = IDENTITY.slice();
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  beginText(): void {
    this.textMatrix = IDENTITY.slice();
    this.textLineMatrix = IDENTITY.slice();
  }

  clone(): TextState {
    const copy = Object.assign(Object.create(TextState.prototype) as TextState, this);
    copy.textMatrix = this.textMatrix.slice();
    copy.textLineMatrix = this.textLineMatrix.slice();
    return copy;
  }
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * The number pdf.js's lexer read for `f`, a `Tm` operand the operator list keeps as float32
 * (`new Float32Array(args)` in `getOperatorList`): the shortest decimal that rounds to `f`, as the
 * lexer computes it (all digits as an integer, divided by the power of ten) — what producers
 * write (WPS, LibreOffice: 2–3 decimals). A producer that wrote more digits than float32 keeps
 * gets a number within float32's rounding of its own (~1e-6 pt): the same text, its place off by
 * that much.
 */
export function lexedNumber(f: number): number {
  if (Number.isInteger(f)) return f;
  const a = Math.abs(f);
  for (let k = 1; k < POWERS.length; k++) {
    const d = Math.round(a * POWERS[k]!) / POWERS[k]!;
    if (Math.fround(d) === a) return f < 0 ? -d : d;
  }
  return f;
}

/** A `Tm`'s six operands as pdf.js's text content reads them (`lexedNumber`, memoized in `seen`). */
export function lexedMatrix(m: ArrayLike<number>, seen: Map<number, number>): number[] {
  const out = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 6; i++) {
    const f = m[i]!;
    let d = seen.get(f);
    if (d === undefined) {
      d = lexedNumber(f);
      seen.set(f, d);
    }
    out[i] = d;
  }
  return out;
}
