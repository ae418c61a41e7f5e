/**
 * @file One PDF page's text items cleaned before layout (`layoutPage`): a list of steps run in
 * order, each taking the items and giving back those it keeps and the texts it left out, which go to
 * the document's warning lists with the page number. Steps: text set aslant or tiled over the page
 * (on pdf.js's raw items); then on the page's items an annotation's text, struck-through numbers,
 * tiny text, and on a page whose drawing was read (`walkText` once) the text-object cuts, text
 * outside the clip, invisible, white, light and covered text, glyphs stacked over each other, drawn
 * spaces and miscoded glyphs; last
 * a watermark across the table and text drawn over other text.
 */
import { lap } from '../_internal/stage-clock.js';
import type { Matrix } from './graphics-state.js';
import type { PdfItem } from './pdf-lines.js';
import type { Rulings } from './rulings.js';
import type { RawTextItem } from './text-items.js';
import type { PlacedGlyph } from './text-walk.js';
import { annotationAppearances, readAnnotationText, type AnnotationData } from './annotation-text.js';
import { dropClippedText } from './clipped-text.js';
import { dropCoveredText, paintsImageOverText } from './covered-text.js';
import { markDrawnSpaces } from './drawn-spaces.js';
import { doubtFaintText, readInvisibleText, setsInvisible } from './invisible-text.js';
import { dropLightText } from './light-text.js';
import { garbledDigits, type DigitRunCodes } from './garbled-digits.js';
import { markMiscoded, mayBeMiscoded, miscodedGlyphs } from './miscoded-glyphs.js';
import { dropDiagonal, dropOverTable, dropTiles, markOverlappingText } from './overlapping-text.js';
import { dropStruckNumbers } from './struck-text.js';
import { cutAtTextObjects } from './text-objects.js';
import { mayStack, overlappingDigitRuns, readStackedGlyphs } from './stacked-glyphs.js';
import { someShownGlyph, walkText, type TextOpCodes } from './text-walk.js';
import { dropTinyText } from './tiny-text.js';
import { dropWhiteText, isLightColour, setsWhite, type Box } from './white-text.js';
import { pushAll } from '../_internal/extremes.js';

/** A text a step left out, on its page. */
export interface DroppedText {
  page: number;
  text: string;
}

/** The texts left out, by the warning that names them (`load-pdf.ts`). */
export interface DropLogs {
  /** `hidden_text_dropped`: set too small to read. */
  tiny: DroppedText[];
  /** `hidden_text_dropped`: white on the page, outside the clip, under an image or an annotation. */
  white: DroppedText[];
  /** `hidden_text_dropped`: render mode 3 over or beside shown text. */
  invisible: DroppedText[];
  /** `overlapping_text`: set aslant, tiled, a watermark's ink, or drawn over other text. */
  overlapping: DroppedText[];
}

/** Empty warning lists for a document. */
export const newDropLogs = (): DropLogs => ({ tiny: [], white: [], invisible: [], overlapping: [] });

/** One cleaning step. */
export interface CleanStep<T> {
  /** Run it (default true); a step not run still ends its lap. */
  when?: boolean;
  /** The warning list its left-out texts go to. */
  log?: keyof DropLogs;
  /** The stage clock's lap it ends (none: its time goes to the next lap). */
  lap?: string;
  run(items: T[]): { items: T[]; dropped?: readonly string[] };
}

/** Runs `steps` in order over `items`; left-out texts go to `logs` with `page`. */
export function runSteps<T>(items: T[], steps: readonly CleanStep<T>[], page: number, logs: DropLogs): T[] {
  for (const step of steps) {
    if (step.when !== false) {
      const out = step.run(items);
      items = out.items;
      if (step.log && out.dropped?.length) pushAll(logs[step.log], out.dropped.map((text) => ({ page, text })));
    }
    if (step.lap) lap(step.lap);
  }
  return items;
}

/** Appends `why` to each text (the warning says where it was). */
const noting = (texts: readonly string[], why: string): string[] => texts.map((text) => `${text} (${why})`);

/**
 * pdf.js's raw items less the runs set aslant across an upright page (a watermark, a seal's
 * lettering) and one text tiled over the page (`overlapping-text.ts`); not on an undecodable page.
 */
export function cleanRawItems<T extends RawTextItem>(raw: T[], frame: Matrix, decoded: boolean, page: number, logs: DropLogs): T[] {
  return runSteps<T>(raw, [
    { when: decoded, log: 'overlapping', run: (items) => dropDiagonal(items, frame) },
    { when: decoded, log: 'overlapping', lap: 'aslant, tiled text', run: (items) => dropTiles(items) },
  ], page, logs);
}

/** What the page gives its cleaning. */
export interface PageDrawing {
  page: number;
  /** The page's reading frame (`orientation.ts`). */
  frame: Matrix;
  rulings: Rulings | null;
  /** The page's operator list, when read (a page that may hold a table); null: the drawing steps are skipped. */
  list: { fnArray: number[]; argsArray: unknown[] } | null;
  /** The page's annotations (read with the operator list). */
  annotations: readonly AnnotationData[];
  textOps: TextOpCodes;
  /** The codes of the text-show operators (`showCodes`). */
  shows: ReadonlySet<number>;
  /** The page was read by OCR: no overlapping-text steps. */
  ocr: boolean;
  /** Codes of miscoded value runs per font on the pages read before (`garbled-digits.ts`): added to. */
  digitRuns?: DigitRunCodes;
}

/** The page's items cleaned; `ocrLayer`: its text is an invisible layer (`invisible-text.ts`). */
export function cleanPage(items: PdfItem[], page: PageDrawing, logs: DropLogs): { items: PdfItem[]; ocrLayer: boolean; clipped: readonly Box[]; digitsByCode: boolean } {
  const { list, rulings } = page;
  // The runs left out as tiny text: the drawing steps know those strings are gone.
  let tiny: PdfItem[] = [];
  items = runSteps(items, [
    // A FreeText's or a form field's text is on the page; what it covers is not (`annotation-text.ts`).
    { when: list !== null, log: 'white', run: (its) => { const read = readAnnotationText(its, page.annotations, page.frame, () => annotationAppearances(list!, page.textOps, page.shows)); return { items: read.items, dropped: noting(read.covered, 'under an annotation') }; } },
    { run: (its) => ({ items: dropStruckNumbers(its, rulings) }) },
    { log: 'tiny', lap: 'struck, tiny text', run: (its) => { const out = dropTinyText(its); const kept = new Set(out.items); tiny = its.filter((it) => !kept.has(it)); return out; } },
  ], page.page, logs);
  let ocrLayer = false;
  let clipped: readonly Box[] = [];
  let digitsByCode = false;
  if (list) {
    const drawn = drawingSteps(list, page, tiny, overlappingDigitRuns(items), () => (ocrLayer = true), (boxes) => (clipped = boxes), () => (digitsByCode = true));
    items = runSteps(items, drawn, page.page, logs);
  }
  // A watermark set far larger than the table, across its rulings, is left out; then two
  // different texts drawn over each other (an old value under a white box, a watermark): their numbers are not trusted.
  items = runSteps(items, [
    { when: !page.ocr, log: 'overlapping', run: (its) => dropOverTable(its, rulings) },
    { when: !page.ocr, log: 'overlapping', lap: 'overlapping text', run: (its) => { const over = markOverlappingText(its); return { items: over.items, dropped: over.conflicts }; } },
  ], page.page, logs);
  return { items, ocrLayer, clipped, digitsByCode };
}

/** Items with the page's miscoded glyphs marked unknown, or read as the full-width digits their codes say (`garbled-digits.ts`). */
function readMiscoded(items: PdfItem[], glyphs: readonly PlacedGlyph[], seen: DigitRunCodes | undefined, onDigits: () => void): PdfItem[] {
  const bad = miscodedGlyphs(glyphs);
  const digits = garbledDigits(glyphs, bad, seen);
  if (digits.size > 0) onDigits();
  return markMiscoded(items, glyphs, bad, digits);
}

/** The steps that read the page's drawing: the paint checks and one walk of its text first (`text-walk.ts`). */
function drawingSteps(list: NonNullable<PageDrawing['list']>, page: PageDrawing, tiny: readonly PdfItem[], overlapping: boolean, onOcrLayer: () => void, onClipped: (boxes: readonly Box[]) => void, onDigitsByCode: () => void): CleanStep<PdfItem>[] {
  const { textOps, rulings } = page;
  // Glyphs are placed one by one only on a page that may show miscoded ones (miscoded-glyphs.ts).
  const white = setsWhite(list, textOps.paint!);
  const invisible = setsInvisible(list, textOps.paint!);
  const light = setsWhite(list, textOps.paint!, isLightColour);
  const miscoded = someShownGlyph(list, textOps, mayBeMiscoded);
  const patched = paintsImageOverText(list, page.shows, textOps.paint!);
  // Glyphs stacked over each other: an advance taken back, or digit runs overlapping (stacked-glyphs.ts).
  const stacked = overlapping || mayStack(list, textOps);
  const painted = white || invisible || light || patched;
  lap('paint checks');
  const walk = walkText(list, painted ? textOps : { ...textOps, paint: undefined }, page.frame, painted || miscoded || stacked);
  lap('text walk');
  // The boxes of the strings the clip cut: a table may run past the page's edge there (pdf/page-layout cutAtEdge).
  onClipped(walk.clipped);
  return [
    // Cut first: pdf.js joins a white digit's text object to the number beside it.
    { lap: 'text-object cuts', run: (its) => ({ items: cutAtTextObjects(its, walk.starts) }) },
    // Text drawn wholly outside the clip is not on the page (`clipped-text.ts`).
    { log: 'white', run: (its) => { const out = dropClippedText(its, walk.clipped, tiny); return { items: out.items, dropped: noting(out.dropped, 'outside the clip') }; } },
    // Invisible text over shown text is left out; invisible text over a scan is someone else's OCR (`invisible-text.ts`).
    { when: invisible, log: 'invisible', run: (its) => { const read = readInvisibleText(its, walk.glyphs); if (read.ocrLayer) onOcrLayer(); return { items: doubtFaintText(read.items, walk.glyphs), dropped: read.dropped }; } },
    { when: white, log: 'white', run: (its) => dropWhiteText(its, walk.glyphs, walk.grounds) },
    // A watermark's pale ink over the table (`light-text.ts`).
    { when: light, log: 'overlapping', run: (its) => dropLightText(its, walk.glyphs, rulings) },
    // A number an image is pasted over (a corrected number's picture) is left out (`covered-text.ts`).
    { when: patched, log: 'white', lap: 'invisible, white, light text', run: (its) => { const under = dropCoveredText(its, walk.glyphs); return { items: under.items, dropped: noting(under.covered, 'under an image') }; } },
    // Glyphs of a run drawn over each other (an advance taken back): shown once, or not trusted (`stacked-glyphs.ts`).
    { when: stacked, log: 'overlapping', run: (its) => readStackedGlyphs(its, walk.glyphs) },
    { lap: 'drawn spaces, miscoded glyphs', run: (its) => ({ items: readMiscoded(markDrawnSpaces(its, walk.spaces), miscoded ? walk.glyphs : [], page.digitRuns, onDigitsByCode) }) },
  ];
}
