/**
 * @file pdf.js's text-content run assembly (`PartialEvaluator.getTextContent` in
 * `src/core/evaluator.js`, pdf.js 5.6), ported step for step for `text-from-ops.ts`: glyphs join a
 * run while they follow on its line; a gap of ~0.1–0.6 em becomes a space inside the run, a wider
 * one a space item of its own; a step back or off the line ends the run (an empty item with
 * `hasEOL` where it moved to another line); glyphs outside the view box are skipped. Kept in
 * pdf.js's order of floating-point operations (the same bits) and with its names, so it can be
 * diffed against a new pdf.js; what it leaves out (`keepWhiteSpace`, marked-content items, the
 * intersector for annotations) the loader never asks for. Functions are longer than our usual:
 * they are pdf.js's, cut where pdf.js cuts them.
 */
import { transform, TextState } from './text-state.js';
import type { ContentGlyph } from './text-from-ops.js';

/** An item as `getTextContent` gives it. */
export interface ContentItem {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string | null;
  hasEOL: boolean;
}

/** Thrown where the port cannot vouch for the items (`text-from-ops.ts` then gives null). */
export class NotSure extends Error {}

/**
 * Thrown where pdf.js's `getTextContent` itself throws (text shown after a `Tf` that did not load
 * a font, e.g. `/F1 0 Tf` first: it reads `font.name` of a state without a font): pdf.js then
 * ends that content stream's text there (`ignoreErrors`), and so does the port.
 */
export class Stopped extends Error {}

// pdf.js's factors (× font size), named as in getTextContent.
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** Characters pdf.js's `bidi` reorders (Hebrew, Arabic…): a run holding one is not ported. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** pdf.js's `textContentItem`: the run being built. */
class Run {
  initialized = false;
  str: string[] = [];
  totalWidth = 0;
  totalHeight = 0;
  width = 0;
  height = 0;
  vertical = false;
  prevTransform: number[] | null = null;
  prevTextRise = 0;
  textAdvanceScale = 0;
  spaceInFlowMin = 0;
  spaceInFlowMax = 0;
  trackingSpaceMin = Infinity;
  negativeSpaceMax = -Infinity;
  notASpace = -Infinity;
  transform: number[] | null = null;
  fontName: string | null = null;
  hasEOL = false;
}

/** One content stream's replay: the page's, or a form's (text content reads a form with a fresh run and state stack). */
class Stream {
  readonly stack: TextState[] = [];
  current: TextState | null = null;
  readonly run = new Run();
  readonly lastChars = [' ', ' '];
  lastCharsPos = 0;
  constructor(public state: TextState) {}
}

/** The text content of one page, built operator by operator (`text-from-ops.ts` drives it). */
export class TextRuns {
  readonly items: ContentItem[] = [];
  #stream = new Stream(new TextState());
  readonly #outer: Stream[] = [];

  constructor(
    private readonly viewBox: readonly number[],
    private readonly normalize: (s: string) => string,
  ) {}

  get state(): TextState {
    return this.#stream.state;
  }

  /** Before each operator, as getTextContent's loop: the state the next run compares fonts with. */
  step(): void {
    this.#stream.current ??= this.#stream.state.clone();
  }

  save(): void {
    const s = this.#stream;
    s.stack.push(s.state);
    s.state = s.state.clone();
  }

  restore(): void {
    const prev = this.#stream.stack.pop();
    if (prev) this.#stream.state = prev;
  }

  /** A form XObject: the run so far ends; the form is read on a copy of the state moved by its matrix. */
  beginForm(matrix: number[] | null): void {
    this.flush();
    const state = this.#stream.state.clone();
    if (matrix) state.ctm = transform(state.ctm, matrix);
    this.#outer.push(this.#stream);
    this.#stream = new Stream(state);
  }

  /** The form's end; false when no form was open. */
  endForm(): boolean {
    const outer = this.#outer.pop();
    if (!outer) return false;
    this.flush();
    this.#stream = outer;
    return true;
  }

  /** Where pdf.js stopped (`Stopped`): the run so far ends; true inside a form, whose text alone ends there. */
  stop(): boolean {
    this.flush();
    return this.#outer.length > 0;
  }

  /** The items, the last run ended; NotSure when a form was left open. */
  finish(): ContentItem[] {
    if (this.#outer.length > 0) throw new NotSure();
    this.flush();
    return this.items;
  }

  #saveLastChar(char: string): boolean {
    const s = this.#stream;
    const nextPos = (s.lastCharsPos + 1) % 2;
    const ret = s.lastChars[s.lastCharsPos] !== ' ' && s.lastChars[nextPos] === ' ';
    s.lastChars[s.lastCharsPos] = char;
    s.lastCharsPos = nextPos;
    return ret;
  }

  #shouldAddWhitespace(): boolean {
    const s = this.#stream;
    return s.lastChars[s.lastCharsPos] !== ' ' && s.lastChars[(s.lastCharsPos + 1) % 2] === ' ';
  }

  #resetLastChars(): void {
    const s = this.#stream;
    s.lastChars[0] = s.lastChars[1] = ' ';
    s.lastCharsPos = 0;
  }

  #pushWhitespace(width: number, height: number, at?: number[] | null, fontName?: string | null): void {
    const run = this.#stream.run;
    this.items.push({ str: ' ', dir: 'ltr', width, height, transform: (at === undefined ? run.prevTransform : at)!, fontName: fontName === undefined ? run.fontName : fontName, hasEOL: false });
  }

  /**
   * `transform(ctm, transform(textMatrix, [fontSize × hScale, 0, 0, fontSize, 0, rise]))` with those
   * products' own arithmetic in their order (the same bits), without the two matrices they
   * allocate: it runs twice per glyph shown.
   */
  #currentTransform(): number[] {
    const st = this.state;
    const t = st.textMatrix;
    const a2 = st.fontSize * st.textHScale, b2 = 0, c2 = 0, d2 = st.fontSize, e2 = 0, f2 = st.textRise;
    const ta = t[0]!, tb = t[1]!, tc = t[2]!, td = t[3]!, te = t[4]!, tf = t[5]!;
    const a = ta * a2 + tc * b2, b = tb * a2 + td * b2, c = ta * c2 + tc * d2, d = tb * c2 + td * d2, e = ta * e2 + tc * f2 + te, f = tb * e2 + td * f2 + tf;
    const m = st.ctm;
    const ma = m[0]!, mb = m[1]!, mc = m[2]!, md = m[3]!, me = m[4]!, mf = m[5]!;
    return [ma * a + mc * b, mb * a + md * b, ma * c + mc * d, mb * c + md * d, ma * e + mc * f + me, mb * e + md * f + mf];
  }

  #ensureRun(): Run {
    const run = this.#stream.run;
    if (run.initialized) return run;
    const st = this.state;
    run.fontName = st.loadedName;
    const trm = (run.transform = this.#currentTransform());
    if (!st.font!.vertical) {
      run.width = run.totalWidth = 0;
      run.height = run.totalHeight = Math.hypot(trm[2]!, trm[3]!);
      run.vertical = false;
    } else {
      run.width = run.totalWidth = Math.hypot(trm[0]!, trm[1]!);
      run.height = run.totalHeight = 0;
      run.vertical = true;
    }
    run.textAdvanceScale = Math.hypot(st.ctm[0]!, st.ctm[1]!) * Math.hypot(st.textLineMatrix[0]!, st.textLineMatrix[1]!);
    const fontSize = st.fontSize;
    run.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    run.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    run.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    run.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    run.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    run.hasEOL = false;
    run.initialized = true;
    return run;
  }

  /** After a `Tm`: a run whose scale changed keeps what it measured so far in page units. */
  updateAdvanceScale(): void {
    const run = this.#stream.run;
    if (!run.initialized) return;
    const st = this.state;
    const scaleFactor = Math.hypot(st.ctm[0]!, st.ctm[1]!) * Math.hypot(st.textLineMatrix[0]!, st.textLineMatrix[1]!);
    if (scaleFactor === run.textAdvanceScale) return;
    if (!run.vertical) {
      run.totalWidth += run.width * run.textAdvanceScale;
      run.width = 0;
    } else {
      run.totalHeight += run.height * run.textAdvanceScale;
      run.height = 0;
    }
    run.textAdvanceScale = scaleFactor;
  }

  /** Ends the run being built (pdf.js's `flushTextContentItem` with `runBidiTransform`). */
  flush(): void {
    const run = this.#stream.run;
    if (!run.initialized) return;
    if (!run.vertical) run.totalWidth += run.width * run.textAdvanceScale;
    else run.totalHeight += run.height * run.textAdvanceScale;
    const str = this.normalize(run.str.join(''));
    if (RIGHT_TO_LEFT.test(str)) throw new NotSure();
    this.items.push({ str, dir: run.vertical ? 'ttb' : 'ltr', width: Math.abs(run.totalWidth), height: Math.abs(run.totalHeight), transform: run.transform!, fontName: run.fontName, hasEOL: run.hasEOL });
    run.initialized = false;
    run.str.length = 0;
  }

  #appendEOL(): void {
    this.#resetLastChars();
    const run = this.#stream.run;
    if (run.initialized) {
      run.hasEOL = true;
      this.flush();
    } else {
      this.items.push({ str: '', dir: 'ltr', width: 0, height: 0, transform: this.#currentTransform(), fontName: this.state.loadedName, hasEOL: true });
    }
  }

  #addFakeSpaces(width: number, transf: number[] | null, textOrientation: number): boolean {
    const run = this.#stream.run;
    if (textOrientation * run.spaceInFlowMin <= width && width <= textOrientation * run.spaceInFlowMax) {
      if (run.initialized) {
        this.#resetLastChars();
        run.str.push(' ');
      }
      return false;
    }
    const fontName = run.fontName;
    let height = 0;
    if (run.vertical) {
      height = width;
      width = 0;
    }
    this.flush();
    this.#resetLastChars();
    this.#pushWhitespace(Math.abs(width), Math.abs(height), transf || this.#currentTransform(), fontName);
    return true;
  }

  /** pdf.js's `compareWithLastPosition`: false for a glyph outside the view box; else the run's spacing decisions. */
  #compareWithLastPosition(glyphWidth: number): boolean {
    const st = this.state;
    const run = this.#stream.run;
    const vb = this.viewBox;
    const cur = this.#currentTransform();
    let posX = cur[4]!;
    let posY = cur[5]!;
    if (st.font?.vertical) {
      if (posX < vb[0]! || posX > vb[2]! || posY + glyphWidth < vb[1]! || posY > vb[3]!) return false;
    } else if (posX + glyphWidth < vb[0]! || posX > vb[2]! || posY < vb[1]! || posY > vb[3]!) return false;
    if (!st.font || !run.prevTransform) return true;
    let lastPosX = run.prevTransform[4]!;
    let lastPosY = run.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    // (Upright text, `unrotated`'s case 0, keeps the four as they are: no array per glyph.)
    if (!(cur[0] && cur[1] === 0 && cur[2] === 0 && cur[0] > 0)) [posX, posY, lastPosX, lastPosY] = unrotated(cur, run.prevTransform, posX, posY, lastPosX, lastPosY);
    return st.font.vertical ? this.#nextVertical(posX, posY, lastPosX, lastPosY) : this.#nextHorizontal(cur, posX, posY, lastPosX, lastPosY);
  }

  #nextVertical(posX: number, posY: number, lastPosX: number, lastPosY: number): boolean {
    const run = this.#stream.run;
    const advanceY = (lastPosY - posY) / run.textAdvanceScale;
    const advanceX = posX - lastPosX;
    const textOrientation = Math.sign(run.height || run.totalHeight);
    if (advanceY < textOrientation * run.negativeSpaceMax) {
      if (Math.abs(advanceX) > 0.5 * run.width) {
        this.#appendEOL();
        return true;
      }
      this.#resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceX) > run.width) {
      this.#appendEOL();
      return true;
    }
    if (advanceY <= textOrientation * run.notASpace) this.#resetLastChars();
    if (advanceY <= textOrientation * run.trackingSpaceMin) {
      if (this.#shouldAddWhitespace()) {
        this.#resetLastChars();
        this.flush();
        this.#pushWhitespace(0, Math.abs(advanceY));
      } else run.height += advanceY;
    } else if (!this.#addFakeSpaces(advanceY, run.prevTransform, textOrientation)) {
      if (run.str.length === 0) {
        this.#resetLastChars();
        this.#pushWhitespace(0, Math.abs(advanceY));
      } else run.height += advanceY;
    }
    if (Math.abs(advanceX) > run.width * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  #nextHorizontal(cur: number[], posX: number, posY: number, lastPosX: number, lastPosY: number): boolean {
    const st = this.state;
    const run = this.#stream.run;
    const advanceX = (posX - lastPosX) / run.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const textOrientation = Math.sign(run.width || run.totalWidth);
    if (advanceX < textOrientation * run.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * run.height) {
        this.#appendEOL();
        return true;
      }
      this.#resetLastChars();
      this.flush();
      return true;
    }
    const textRiseDelta = st.textRise - run.prevTextRise;
    const advanceYCorrected = textRiseDelta === 0 ? advanceY : advanceY - (cur[3]! / st.fontSize) * textRiseDelta;
    if (Math.abs(advanceYCorrected) > run.height) {
      this.#appendEOL();
      return true;
    }
    if (advanceX <= textOrientation * run.notASpace) this.#resetLastChars();
    if (advanceX <= textOrientation * run.trackingSpaceMin) {
      if (this.#shouldAddWhitespace()) {
        this.#resetLastChars();
        this.flush();
        this.#pushWhitespace(Math.abs(advanceX), 0);
      } else run.width += advanceX;
    } else if (!this.#addFakeSpaces(advanceX, run.prevTransform, textOrientation)) {
      if (run.str.length === 0) {
        this.#resetLastChars();
        this.#pushWhitespace(Math.abs(advanceX), 0);
      } else run.width += advanceX;
    }
    if (Math.abs(advanceY) > run.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** Moves the text matrix along the writing direction by `d` (pdf.js's two-branch translate). */
  #advance(d: number, vertical: boolean): void {
    if (!vertical) this.state.translateTextMatrix(d * this.state.textHScale, 0);
    else this.state.translateTextMatrix(0, -d);
  }

  /** pdf.js's `buildTextContentItem`: one chunk of shown glyphs, `extraSpacing` after its last (a `TJ` adjustment). */
  build(glyphs: readonly ContentGlyph[], extraSpacing: number): void {
    const s = this.#stream;
    const st = s.state;
    const cts = s.current!;
    if (cts !== st && cts.fontSize === st.fontSize && cts.fontName !== st.fontName && !cts.font) throw new Stopped();
    if (cts !== st && (cts.fontSize !== st.fontSize || (cts.fontName !== st.fontName && (cts.font!.name !== st.font!.name || cts.font!.vertical !== st.font!.vertical)))) {
      this.flush();
      s.current = st.clone();
    }
    const font = st.font!;
    const baseCharSpacing = font.vertical ? -st.charSpacing : st.charSpacing;
    if (glyphs.length === 0) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) this.#advance(charSpacing, font.vertical);
      return;
    }
    const scale = st.fontMatrix[0]! * st.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) this.#glyph(glyphs[i]!, baseCharSpacing + (i + 1 === ii ? extraSpacing : 0), scale);
  }

  #glyph(glyph: ContentGlyph, charSpacing: number, scale: number): void {
    const st = this.state;
    const font = st.font!;
    const { category, originalCharCode } = glyph;
    if (category.isInvisibleFormatMark) return;
    let glyphWidth = glyph.width;
    if (font.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0]! : -glyphWidth;
    let scaledDim = glyphWidth * scale;
    if (originalCharCode === 0x20) charSpacing += st.wordSpacing;
    if (category.isWhitespace) {
      if (!font.vertical) {
        charSpacing += scaledDim;
        st.translateTextMatrix(charSpacing * st.textHScale, 0);
      } else {
        charSpacing += -scaledDim;
        st.translateTextMatrix(0, -charSpacing);
      }
      this.#saveLastChar(' ');
      return;
    }
    if (!category.isZeroWidthDiacritic && !this.#compareWithLastPosition(scaledDim)) {
      if (!font.vertical) st.translateTextMatrix(scaledDim * st.textHScale, 0);
      else st.translateTextMatrix(0, scaledDim);
      return;
    }
    const run = this.#ensureRun();
    if (category.isZeroWidthDiacritic) scaledDim = 0;
    if (!font.vertical) {
      scaledDim *= st.textHScale;
      st.translateTextMatrix(scaledDim, 0);
      run.width += scaledDim;
    } else {
      st.translateTextMatrix(0, scaledDim);
      scaledDim = Math.abs(scaledDim);
      run.height += scaledDim;
    }
    if (scaledDim) {
      run.prevTransform = this.#currentTransform();
      run.prevTextRise = st.textRise;
    }
    if (this.#saveLastChar(glyph.unicode)) run.str.push(' ');
    run.str.push(glyph.unicode);
    if (charSpacing) this.#advance(charSpacing, font.vertical);
  }
}

/** pdf.js's rotation of two positions into the run's writing direction (compareWithLastPosition). */
function unrotated(cur: number[], prev: number[], posX: number, posY: number, lastPosX: number, lastPosY: number): [number, number, number, number] {
  let rotate = -1;
  if (cur[0] && cur[1] === 0 && cur[2] === 0) rotate = cur[0] > 0 ? 0 : 180;
  else if (cur[1] && cur[0] === 0 && cur[3] === 0) rotate = cur[1] > 0 ? 90 : 270;
  switch (rotate) {
    case 0: return [posX, posY, lastPosX, lastPosY];
    case 90: return [posY, posX, lastPosY, lastPosX];
    case 180: return [-posX, -posY, -lastPosX, -lastPosY];
    case 270: return [-posY, -posX, -lastPosY, -lastPosX];
    default: {
      const inv = (x: number, y: number, m: number[]): [number, number] => {
        const s = Math.hypot(m[0]!, m[1]!);
        return [(m[0]! * x + m[1]! * y) / s, (m[2]! * x + m[3]! * y) / s];
      };
      return [...inv(posX, posY, cur), ...inv(lastPosX, lastPosY, prev)];
    }
  }
}
