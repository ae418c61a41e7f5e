/**
 * @file PDF input via pdfjs-dist (legacy build, Node 20). Per page: text items with their boxes
 * (pdf.js's text content, built from the operator list by `pdf/text-from-ops.ts`, else
 * `getTextContent`) and, on pages that may hold a table, the rulings (the operator list) → grids
 * (`pdf/grid.ts`) → lines (`pdf/page-layout.ts`); then page furniture is dropped across pages.
 * cMaps and standard fonts are loaded from the package (without cMaps CJK text is silently empty).
 */
import { lap } from '../_internal/stage-clock.js';
import { enterStage, extendBudget, skippedStage } from '../_internal/stages.js';
import { OCR_PAGE_BUDGET_MS } from '../options-defaults.js';
import { XxgkError } from '../errors.js';
import type { Line, LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { drawCodes } from '../pdf/draw-ops.js';
import { brokenRowsWarning } from '../pdf/row-break.js';
import { laidOutLines, lineOf } from '../pdf/laid-lines.js';
import { buildGrids } from '../pdf/grid.js';
import { readingFrame, type Rotation } from '../pdf/orientation.js';
import { turnVerticalBlocks } from '../pdf/vertical-text.js';
import { FONT_FACE_PARAMS, loadPdfJs, textWorker, workerFonts } from '../pdf/pdfjs.js';
import { textFromOperators } from '../pdf/text-from-ops.js';
import { PDFJS_PARAMS, withFastInflate } from '../pdf/pdfjs-data.js';
import { cellStacks, rebuildStacks, type PageStacks } from '../pdf/cell-stack.js';
import { layoutPage, type GridTrace, type PageLine } from '../pdf/page-layout.js';
import { carryHeaderBand } from '../pdf/header-band.js';
import { splitTwoUp } from '../pdf/two-up.js';
import { orderHalves, type HalfSide } from '../pdf/two-up-order.js';
import { countNumberCells, mayHoldTable } from '../pdf/table-page.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { leaningPage, pageRulings, type Rulings } from '../pdf/rulings.js';
import type { Matrix } from '../pdf/graphics-state.js';
import { opCodes, paintsImage, textOpCodes } from '../pdf/op-codes.js';
import { cellSizedPictures, hasTableHeading, imageOpCodes, largestPicture, paintedImages, tableImageBoxes, type ImageBox } from '../pdf/table-images.js';
import { scanPaper } from '../pdf/scan-paper.js';
import { isOcrLayerPage } from '../pdf/invisible-text.js';
import { dropOcrNoise } from '../pdf/ocr-layer-noise.js';
import { pageItems, type RawTextItem } from '../pdf/text-items.js';
import { fixType3Sizes } from '../pdf/type3-size.js';
import { showCodes } from '../pdf/text-walk.js';
import { textFromDrawing } from '../pdf/drawn-text.js';
import { cleanPage, cleanRawItems, newDropLogs, type DroppedText } from '../pdf/clean-page.js';
import type { AnnotationData } from '../pdf/annotation-text.js';
import { hiddenContentConfig, ocCodes, readShownPage, type ShownPage } from '../pdf/optional-content.js';
import { countGarbage, isUndecodable } from '../pdf/text-quality.js';
import { decipher, solveCipher, type CipherRun, type CipherSolution } from '../pdf/cipher.js';
import { garbledCells } from '../pdf/garbled-cells.js';
import type { DigitRunCodes } from '../pdf/garbled-digits.js';
import { fixDigitLies, newDigitLies, settleDigitLies, suspectLine } from '../pdf/lying-digits.js';
import { inRegions, MAX_TEXT_NUMBERS, newOcrDocument, noTextMessage, OCR_INSTALL_HINT, ocrAvailable, ocrHint, ocrPdfPage, type Region } from '../ocr/index.js';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { pushAll } from '../_internal/extremes.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * A page with a table heading and fewer number-only items than this holds no table of values as
 * text (the smallest statistics table, 四, has 15; dates, page numbers and years are a few).
 */
const MAX_NUMBERS_BESIDE_IMAGE_TABLE = 10;


/**
 * Characters the decodable pages of a PDF with undecodable pages must have between them for the
 * rest to be worth reading (a page number or a stray heading is not a report).
 */
const MIN_DECODED_CHARS = 100;

/** Characters: a page whose text content gave fewer is checked against its drawing (`pdf/drawn-text.ts`); a report's table pages give far more. */
const LOST_TEXT_CHECK = 200;

/** The watched stage of reading page `p` with pdf.js (named for people: it appears in E_TIMEOUT messages). */
const pageStage = (p: number): string => `pdf.js reading page ${p}`;

/** Crib characters a solved cipher must place before a document is read through it (a heading or two is not a solution). */
const MIN_EXPLAINED = 60;

/** A font's name the same in every reading of the document (pdf.js's 'g_d3_f7' holds the document's number). */
const fontKey = (name: string | undefined): string => (name ?? '').replace(/^g_d\d+_/, '');

/** An undecodable run for the cipher: its font, string and place. */
const cipherRun = (it: RawTextItem, page: number): CipherRun => {
  const t = it.transform;
  return { font: fontKey(it.fontName), str: it.str, row: `${page}:${Math.round(t[5])}`, x: t[4], end: t[4] + it.width, size: Math.hypot(t[2], t[3]) || 10 };
};

/** The `pdf_text_deciphered` warning. */
const decipheredMessage = (pages: readonly number[], sol: CipherSolution): string =>
  `${pageList(pages)}: the text layer does not decode (fonts without a character map): read as a cipher of glyph codes solved against the template's fixed texts (${sol.map.size} codes read${sol.digitsFromRows.length ? `; digits ${sol.digitsFromRows.join('')} from the tables' sums` : ''}); codes not read are '\uFFFD', values flagged deciphered and not trusted unless the identities confirm them`;

/** E_PDF_NO_TEXT for a text layer that cannot be decoded: both ways out (OCR, or the cipher where it was not tried). */
const undecodableMessage = (name: string, opts: ResolvedOptions, ocrInstalled: boolean): string => {
  const head = `${name}: the PDF's text layer cannot be decoded (its fonts do not map glyphs to characters)`;
  const cipher = "decipher: true (CLI --decipher) to solve the glyph codes against the template (values flagged 'deciphered', capped)";
  if (opts.ocr === 'off' && !opts.decipher) {
    return `${head}, OCR would be needed: pass ocr: 'auto' (CLI --ocr auto) to recognise the pages${ocrInstalled ? '' : ` (with the optional packages: ${OCR_INSTALL_HINT})`}, or ${cipher}`;
  }
  if (opts.ocr === 'off') return `${head} and the template's texts do not solve its glyph codes: OCR would be needed${ocrHint(opts.ocr, ocrInstalled)}`;
  return `${head}: OCR would be needed${ocrHint(opts.ocr, ocrInstalled)}`;
};

/** 'page 3' / 'pages 1, 2, 5'. */
const pageList = (pages: readonly number[]): string => (pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`);

/** What the PDF loader did on one page, for `trace`. */
export interface PdfPageTrace {
  page: number;
  /** Clockwise quarter turn of the page's text on the display; the page was read turned back. */
  rotation: Rotation;
  items: PdfItem[];
  rulings: Rulings | null;
  grids: GridTrace[];
}

/** Bytes a PDF's header must appear within (the spec allows junk before `%PDF-`; readers accept 1 KiB). */
const PDF_HEADER_WINDOW = 1024;

function errorFor(error: unknown, name: string, opts: Pick<ResolvedOptions, 'password' | 'format'>, bytes: Uint8Array): XxgkError {
  const n = (error as { name?: string }).name;
  const password = opts.password;
  if (!Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).includes('%PDF-')) {
    const why = opts.format === 'pdf' ? "the format was forced to pdf, but the file is another kind" : 'the file is damaged (its start is missing) or another kind of binary file named .pdf';
    return new XxgkError('E_PDF_CORRUPT', `${name}: not a PDF (no %PDF- header in its first ${PDF_HEADER_WINDOW} bytes): ${why}`, { cause: error });
  }
  if (n === 'PasswordException') {
    return password
      ? new XxgkError('E_PDF_WRONG_PASSWORD', `${name}: the password does not open this PDF`, { cause: error })
      : new XxgkError('E_PDF_ENCRYPTED', `${name}: the PDF is encrypted; pass a password`, { cause: error });
  }
  return new XxgkError('E_PDF_CORRUPT', `${name}: the PDF is corrupt or truncated`, { cause: error });
}

type OperatorList = Awaited<ReturnType<PDFPageProxy['getOperatorList']>>;
type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** A placed image as an OCR region. */
const toRegion = (b: ImageBox): Region => ({ x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height });

/** The `overlapping_text` warning: pages, and the texts quoted (diagonal ones and overlapping pairs). */
function overlappingMessage(found: readonly DroppedText[]): string {
  const texts = found.map((f) => f.text);
  const quoted = texts.slice(0, 5).map((t) => `'${t.slice(0, 30)}'`).join(', ');
  return `${pageList([...new Set(found.map((f) => f.page))])}: text drawn over other text (a watermark set aslant, left out; or an old value under a white box, invisible or white text over a shown value: numbers there not trusted): ${quoted}${texts.length > 5 ? ` and ${texts.length - 5} more` : ''}`;
}

/**
 * PDF bytes → document, in this thread (`extract` runs it in a helper process: see `isolate.ts`);
 * pdf.js's flate streams are inflated at once while it runs (`withFastInflate`).
 */
/** How to have such a layer's picture read by this OCR, which reads the tables a tesseract layer mostly loses (gen60 tess-pdf: 27 % of values as a layer). */
const layerHint = (hint: string): string => (hint ? `${hint}: the picture is then read again, its tables read by their identities` : '');

export function loadPdfInThread(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  // The OCR reads this document with no state learnt from the ones read before in this process.
  newOcrDocument();
  lap('read, sniff, hash');
  return withFastInflate(() => readPdf(bytes, base, opts)).then(async (doc) => {
    if (!doc.ocrLayer) return doc;
    // Pages whose OCR layer was set aside: the layer read too (OCR off, seconds beside the OCR's minutes), for the meta
    // this OCR's page pass loses (a title across a sidebar) and the layer holds.
    const layer = await withFastInflate(() => readPdf(bytes, base, { ...opts, ocr: 'off', trace: false })).catch(() => null);
    // The layer is also a reading of its own: at times it holds a table this OCR loses (score/readings `outweighs`).
    const warning = { code: 'ocr_text_layer', message: `${pageList(doc.ocrLayer.pages)}: the scan's own OCR layer read instead of this OCR's reading of the picture: it reads more of the tables (its values flagged ocr)` };
    return layer ? { ...doc, ocrLayer: { ...doc.ocrLayer, lines: layer.lines }, ...(doc.alternative ? {} : { alternative: { lines: layer.lines, warning, ocrLayer: true as const } }) } : doc;
  });
}

/**
 * Loads what the first PDF of a process loads before its first page: pdf.js (`loadPdfJs`) and the
 * path draw codes, whose probe reads a tiny PDF through pdf.js's own worker module (`drawCodes`);
 * both are kept for the process, so a document read later finds them loaded.
 */
export async function preloadPdf(): Promise<void> {
  await drawCodes(await loadPdfJs(), PDFJS_PARAMS);
}

/**
 * `cipher`: the solved cipher to read undecodable runs through; null when one was solved and its reading is no report
 * (the reading without it: undecodable pages left out, E_PDF_NO_TEXT as for a cipher not solved).
 */
async function readPdf(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions, cipher?: CipherSolution | null): Promise<LoadedDocument> {
  const lib = await loadPdfJs();
  const draw = await drawCodes(lib, PDFJS_PARAMS);
  const codes = opCodes(lib);
  // The draw codes let the walk read clipping paths and fills by their shape (`clip-region.ts`).
  const textOps = { ...textOpCodes(lib), ...(draw ? { draw } : {}) };
  const shows = showCodes(textOps);
  const layerCodes = ocCodes(lib);
  // Pages may be rendered (OCR) only when OCR is on: otherwise no glyph outlines are compiled.
  // …and then on a port that neither clones operator lists nor delivers fonts for drawing (pdfjs.ts).
  const worker = opts.ocr === 'off' ? await textWorker(lib) : undefined;
  // …whose fonts let a page's text content be read from its operator list (`pdf/text-from-ops.ts`).
  const portFonts = workerFonts(worker);
  const fonts = opts.ocr === 'off' ? { ...FONT_FACE_PARAMS, ...(worker ? { worker } : {}) } : {};
  const doc = await lib.getDocument({ ...PDFJS_PARAMS, ...fonts, data: new Uint8Array(bytes), password: opts.password } as Parameters<PdfJs['getDocument']>[0]).promise.catch((error: unknown) => {
    worker?.destroy();
    throw errorFor(error, base.name, opts, bytes);
  });
  try {
    if (doc.numPages === 0) throw new XxgkError('E_PDF_CORRUPT', `${base.name}: the PDF has no pages`);
    if (doc.numPages > opts.maxPages) throw new XxgkError('E_TOO_LARGE', `${base.name}: ${doc.numPages} pages is more than the limit of ${opts.maxPages}`);
    const pages: PageLine[][] = [];
    const stacked: PageStacks[] = [];
    const heights: number[] = [];
    // Which half of its sheet each laid-out page is (pdf/two-up-order.ts).
    const sides: { side: HalfSide; leftColumn: boolean }[] = [];
    const traces: PdfPageTrace[] = [];
    let chars = 0;
    let decodedChars = 0;
    let tables = 0;
    const rotated: number[] = [];
    // Pages whose table lines lean (tilted by an angle the text did not tell): numbers not trusted.
    const leaning: number[] = [];
    const twoUp: number[] = [];
    const undecodable: number[] = [];
    // Undecodable pages' runs (a cipher of glyph codes, `pdf/cipher.ts`), and the pages read through a solved one.
    const cipherRuns: CipherRun[] = [];
    const deciphered: number[] = [];
    // Pages whose text content pdf.js lost (an error stopped it) and that were read from their drawing.
    const textLost: number[] = [];
    // Texts the page cleaning left out (`clean-page.ts`), for the warnings.
    const dropped = newDropLogs();
    const { tiny: tinyText, white: whiteText, invisible: invisibleText, overlapping } = dropped;
    // Optional content hidden in the document's default view (a draft layer switched off): left out (`optional-content.ts`).
    const hiddenLayer = await hiddenContentConfig(doc);
    const layerText: { page: number; text: string }[] = [];
    const unsureLayers: number[] = [];
    // Pages whose text is an invisible layer over a scanned picture: their lines are marked OCR'd.
    const ocrLayerPages: number[] = [];
    // Pages whose miscoded full-width digits were read by their codes (pdf/garbled-digits.ts): numbers there not trusted.
    const digitsByCode = new Set<number>();
    const digitRuns: DigitRunCodes = new Map();
    // Pages with such a layer read again by OCR (`--ocr auto`).
    const relayered: number[] = [];
    let ocrPages = 0;
    const imageTables: number[] = [];
    // A table heading on a page without table values: its table may be a picture, there or on the next page.
    let headingWithoutTable = false;
    // The previous page drew a ruled table: this page may continue it with rows printing too few numbers to count (`pdf/table-page.ts`).
    let ruledBefore = false;
    // The previous page, laid out without rulings: its items, for a header band that ends it (carryHeaderBand).
    // `mark`: the OCR'd page's line marks, given again to its lines when they are laid out anew.
    let lastFree: { items: PdfItem[]; page: number; at: number; tables: number; height: number; mark?: ((lines: PageLine[], firstTable: number) => void) | undefined } | null = null;
    // A page pdf.js cannot read (broken object, bad stream) is skipped with a warning: its
    // fields come out missing. Only when no page can be read is the PDF corrupt.
    const unreadable: { page: number; cause: unknown }[] = [];
    // Fonts whose ToUnicode map lies about digits (`pdf/lying-digits.ts`): what the glyphs' codes said so far.
    const digitLies = newDigitLies();
    lap('pdf.js open');
    for (let p = 1; p <= doc.numPages; p++) {
      // pdf.js can loop for ever on one page (a broken font), blocking this thread: the page is a
      // watched stage, and the helper process stuck in it is killed and the document read again
      // without that page (`_internal/stages.ts`).
      const stalled = skippedStage(pageStage(p));
      if (stalled !== undefined) {
        unreadable.push({ page: p, cause: new Error(`pdf.js did not finish reading it within ${stalled} ms of CPU time and was stopped`) });
        continue;
      }
      enterStage(pageStage(p));
      const page = await doc.getPage(p).catch((cause: unknown) => void unreadable.push({ page: p, cause }));
      if (!page) continue;
      const viewport = page.getViewport({ scale: 1 });
      // The page's drawing, fetched once and only when a check needs it.
      let drawn: Promise<OperatorList | null> | undefined;
      const drawing = (): Promise<OperatorList | null> => (drawn ??= page.getOperatorList().catch(() => null));
      // One parse of the page's content stream: its text content read from the operator list
      // where the port vouches for it, else from pdf.js's getTextContent.
      const fromOps = async (): Promise<TextContent | null> => {
        const list = portFonts && draw ? await drawing() : null;
        const items = list ? textFromOperators(list, lib.OPS, portFonts!, page.view, lib.normalizeUnicode) : null;
        return items ? ({ items, styles: {}, lang: null } as unknown as TextContent) : null;
      };
      const content = await (hiddenLayer ? readShownPage(page, hiddenLayer, layerCodes) : fromOps().then((read) => read ?? page.getTextContent())).catch((cause: unknown) => void unreadable.push({ page: p, cause }));
      lap('pdf.js text');
      if (!content) continue;
      if ('shown' in content) {
        const shown = content.shown as ShownPage<OperatorList>;
        drawn = Promise.resolve(shown.list);
        pushAll(layerText, shown.dropped.map((text) => ({ page: p, text })));
        if (shown.unsure) unsureLayers.push(p);
      }
      let raw = content.items.filter((it) => 'str' in it && it.str.trim() !== '') as unknown as RawTextItem[];
      let count = countGarbage(raw.map((it) => it.str));
      // pdf.js's text content stops at an error on the page (a font set at size 0): a page that gave
      // little text is read from its drawing when that shows far more (`pdf/drawn-text.ts`).
      const rebuilt = count.chars < LOST_TEXT_CHECK && draw ? await drawing().then((list) => (list ? textFromDrawing(list, textOps, count.chars, page.view) : null)) : null;
      if (rebuilt) {
        raw = rebuilt;
        count = countGarbage(raw.map((it) => it.str));
        textLost.push(p);
      }
      chars += count.chars;
      // A text layer that does not decode (no ToUnicode) is not read: its glyph codes could pass
      // for digits. Its lines are left out; the page is named in a warning (or the error below).
      let undecoded = isUndecodable(count);
      if (undecoded && cipher === undefined && opts.decipher && opts.ocr === 'off') pushAll(cipherRuns, raw.map((it) => cipherRun(it, p)));
      if (undecoded && cipher) {
        raw = raw.map((it) => ({ ...it, str: decipher(cipher, fontKey(it.fontName), it.str) }));
        undecoded = false;
        deciphered.push(p);
      }
      if (undecoded) undecodable.push(p);
      else decodedChars += count.chars;
      // A page that may hold a table (its operator list is read anyway): digits of a font whose
      // map contradicts its glyph order are read as the glyphs show them, not trusted.
      if (!undecoded && !rebuilt && draw && textOps.setFont !== undefined && mayHoldTable(raw.map((it) => it.str))) {
        const painted = await drawing();
        if (painted) raw = fixDigitLies(raw, painted, textOps, shows, p, digitLies);
        lap('pdf.js operator list');
      }
      // Type 3 runs whose height pdf.js took from the size alone, their font matrix being larger (`pdf/type3-size.ts`).
      raw = fixType3Sizes(raw, portFonts);
      let frame = readingFrame(raw, { transform: viewport.transform as unknown as Matrix, width: viewport.width, height: viewport.height });
      lap('orientation');
      const upright = cleanRawItems(raw, frame.transform, !undecoded, p, dropped);
      let items = undecoded ? [] : pageItems(upright, frame.transform);
      lap('text items');
      // Hidden layers that cannot be told from the shown text: the page's numbers are not trusted.
      if (unsureLayers.at(-1) === p) items = items.map((it) => (/\d/.test(it.str) ? { ...it, conflict: true } : it));
      // Text read from the drawing (pdf.js lost the text content): its numbers are not trusted.
      if (textLost.at(-1) === p) items = items.map((it) => (/^\s*[\d,.]+\s*$/.test(it.str) ? { ...it, conflict: true } : it));
      // A page without text (a scan, a table pasted as a picture) or whose text cannot be decoded
      // is read by OCR when enabled. `auto`: an undecodable page, or a page without text that
      // paints an image (a blank, broken or rulings-only page is no scan).
      // `auto`: a picture with another program's OCR as an invisible text layer over it (a searchable
      // scan: that OCR's digits dropped and misread) is read again by this OCR, the layer set aside.
      const layerScan = opts.ocr === 'auto' && !undecoded && items.length > 0 && draw !== undefined && (await ocrAvailable()) && (await drawing().then((list) => (list ? isOcrLayerPage(list, { setTextRenderingMode: textOps.paint!.setTextRenderingMode, save: lib.OPS.save, restore: lib.OPS.restore }, shows, paintedImages(list, imageOpCodes(lib), frame.transform), frame) : false)));
      const scan = opts.ocr === 'force' || layerScan || (opts.ocr === 'auto' && (undecoded || (items.length === 0 && paintsImage(await drawing(), lib))));
      // `auto`: a page with text whose table is a picture: OCR reads the picture, the text layer the rest.
      const textNumbers = items.filter((it) => /^\s*[\d,.]+\s*$/.test(it.str)).length;
      const regions = !scan && opts.ocr === 'auto' && items.length > 0 && frame.rotation === 0 && textNumbers < MAX_TEXT_NUMBERS && (await ocrAvailable()) ? await drawing().then((list) => (list ? tableImageBoxes(list, lib, frame).map(toRegion) : [])) : [];
      // OCR (seconds a page) is bounded by the document's budget, not by the page watch; the budget grows by a page's OCR allowance.
      if (scan || regions.length > 0) {
        enterStage(null);
        extendBudget(OCR_PAGE_BUDGET_MS);
      }
      // The scan's own resolution (its largest picture's pixels across its width): small print for it is trusted less (ocr/index SMALL_SCAN_GLYPH_PX).
      // A whole-page scan on a page of no paper size whose pixels are a paper (a wrapper that wrote no resolution) is read as that paper.
      const picture = scan || regions.length > 0 ? await drawing().then((list) => (list ? largestPicture(list, imageOpCodes(lib), frame.transform) : undefined)) : undefined;
      const paper = scan ? scanPaper(picture, viewport) : undefined;
      const scanDpi = paper?.dpi ?? (picture ? (picture.pxWidth * 72) / picture.width : undefined);
      const ocr = scan ? await ocrPdfPage(page, undefined, scanDpi, paper?.scale) : regions.length > 0 ? await ocrPdfPage(page, regions, scanDpi) : null;
      enterStage(pageStage(p));
      if (ocr && regions.length > 0) items = [...items.filter((it) => !inRegions(regions, it.x + it.width / 2, it.top + it.height / 2)), ...ocr.items];
      else if (ocr) items = ocr.items;
      if (ocr) {
        const read = ocr.items.reduce((n, it) => n + it.str.length, 0);
        chars += read;
        decodedChars += read;
        ocrPages++;
        if (layerScan) relayered.push(p);
        // OCR reads a scanned page upright, turned a quarter either way or by 180° (`ocr/orient.ts`).
        if (ocr.turned) rotated.push(p);
        const k = paper?.scale ?? 1;
        const [width, height] = ocr.sideways ? [viewport.height / k, viewport.width / k] : [viewport.width / k, viewport.height / k];
        if (regions.length === 0) frame = { transform: viewport.transform as unknown as Matrix, width, height, rotation: 0, tilt: 0 };
        if (undecoded) undecodable.pop();
      }
      if ((frame.rotation !== 0 || frame.tilt !== 0) && !rotated.includes(p)) rotated.push(p);
      const texts = items.map((it) => it.str);
      const numbers = countNumberCells(texts);
      // A drawing that cannot be read costs the rulings of that page, not the document.
      const list = !ocr && draw && (mayHoldTable(texts, numbers) || ruledBefore) ? await drawing() : null;
      ruledBefore = false;
      lap('pdf.js operator list');
      let rulings = list && draw ? pageRulings(list, codes, draw, frame.transform) : null;
      lap('rulings');
      if (rulings && leaningPage(rulings)) {
        leaning.push(p);
        items = items.map((it) => (/\d/.test(it.str) ? { ...it, conflict: true } : it));
      }
      const annotations = list ? ((await page.getAnnotations().catch(() => [])) as AnnotationData[]) : [];
      const cleaned = cleanPage(items, { page: p, frame: frame.transform, rulings, list, annotations, textOps, shows, ocr: Boolean(ocr), digitRuns }, dropped);
      // An OCR layer's noise words (specks read between lines) are left out (pdf/ocr-layer-noise.ts).
      items = cleaned.ocrLayer ? dropOcrNoise(cleaned.items) : cleaned.items;
      if (cleaned.ocrLayer) ocrLayerPages.push(p);
      if (cleaned.digitsByCode) digitsByCode.add(p);
      // A table pasted as a picture: a table-sized image on a page that has a table heading (or
      // follows one) but not a table's values. Other pages' drawings are not fetched for it.
      const heading = !ocr && numbers < MAX_NUMBERS_BESIDE_IMAGE_TABLE && hasTableHeading(items.map((it) => it.str));
      if (!ocr && numbers < MAX_NUMBERS_BESIDE_IMAGE_TABLE && (heading || headingWithoutTable)) {
        const painted = await drawing();
        if (painted && tableImageBoxes(painted, lib, frame).length > 0) imageTables.push(p);
      }
      headingWithoutTable = heading;
      lap('table images');
      // Blocks of vertical writing (writing-mode: vertical-rl) are read turned (pdf/vertical-text.ts).
      const turned = ocr ? null : turnVerticalBlocks(items, rulings);
      if (turned?.turned) {
        ({ items, rulings } = turned);
        if (!rotated.includes(p)) rotated.push(p);
      }
      lap('vertical text');
      // Two report pages printed side by side on one sheet are laid out as two pages, left then right (pdf/two-up.ts).
      const halves = ocr ? null : splitTwoUp(items, rulings, frame.width, frame.height);
      if (halves) twoUp.push(p);
      lap('two-up');
      // A picture the size of a cell across a line of a page holding a table: a cell may show its number as one (Line.opaqueCells).
      const pictures = list ? cellSizedPictures(paintedImages(list, imageOpCodes(lib), frame.transform), frame) : [];
      for (const half of halves ?? [{ items, rulings }]) {
        const grids = ocr ? ocr.grids : half.rulings ? buildGrids(half.rulings) : [];
        lap('grids');
        // A borderless table's header band ending the previous page, cut from its rows by the page
        // break, is read over this page's rows (pdf/header-band.ts); the previous page is laid out again without it.
        // A borderless scan (OCR'd whole, no grid found) too: its header band read over the next page's rows.
        const free = (!ocr || (regions.length === 0 && ocr.grids.length === 0)) && !halves && grids.length === 0;
        const carried: { kept: PdfItem[]; carried: PdfItem[]; under: PdfItem[] } | null = free && lastFree?.page === p - 1 ? carryHeaderBand(lastFree.items, half.items, [lastFree.height, frame.height]) : null;
        if (carried) {
          const kept = layoutPage(carried.kept, [], lastFree!.page, lastFree!.tables).lines;
          lastFree!.mark?.(kept, lastFree!.tables);
          pages[lastFree!.at] = kept;
        }
        const pageItems: PdfItem[] = carried ? [...carried.carried, ...carried.under] : half.items;
        lastFree = free ? { items: pageItems, page: p, at: pages.length, tables, height: frame.height, mark: ocr?.mark } : null;
        // Grid cells beyond the page's visible box are not read as empty (pdf/page-layout beyondPage); a half of a 2-up sheet is half as wide.
        // The strings the clip cut: a table cut at the page's edge there (pdf/page-layout cutAtEdge).
        const view = ocr || turned?.turned ? undefined : { width: halves ? frame.width / 2 : frame.width, height: frame.height, ...(cleaned.clipped.length > 0 ? { clipped: cleaned.clipped } : {}) };
        // A div grid LibreOffice printed as a stack of boxes, one cell a line (pdf/cell-stack.ts): its rows rebuilt below.
        const stacks = ocr || halves ? [] : cellStacks(half.rulings, pageItems, frame.height);
        if (stacks.length > 0) stacked.push({ at: pages.length, page: p, height: frame.height, stacks });
        const laid = layoutPage(pageItems, grids, p, tables, view);
        lap('page layout');
        ocr?.mark(laid.lines, tables);
        for (const l of laid.lines) if (pictures.some((b) => b.y < l.bottom && b.y + b.height > l.top)) l.opaqueCells = true;
        if (ocrLayerPages.at(-1) === p) for (const l of laid.lines) l.ocr ??= l.cells.map(() => ({ foreign: true }));
        tables += laid.grids.length;
        if (laid.grids.length > 0) ruledBefore = true;
        pages.push(laid.lines);
        heights.push(frame.height);
        const leftColumn = halves ? half === halves[0] : pageItems.reduce((sum, it) => sum + it.x + it.width / 2, 0) <= (pageItems.length * frame.width) / 2;
        sides.push({ side: halves ? (half === halves[0] ? 'left' : 'right') : 'whole', leftColumn });
        if (opts.trace) traces.push({ page: p, rotation: frame.rotation, items: half.items, rulings: half.rulings, grids: laid.grids });
      }
      page.cleanup();
      lap('pdf.js page cleanup');
    }
    enterStage(null);
    if (unreadable.length === doc.numPages || (chars === 0 && unreadable.length > 0)) {
      throw new XxgkError('E_PDF_CORRUPT', `${base.name}: ${unreadable.length} of ${doc.numPages} pages cannot be read and the rest have no text (corrupt or truncated)`, { cause: unreadable[0]?.cause });
    }
    if (chars === 0) throw new XxgkError('E_PDF_NO_TEXT', noTextMessage(base.name, opts.ocr, await ocrAvailable()));
    // Undecodable pages not read by OCR, with `decipher` on: read again through their cipher where the crib solves it (`pdf/cipher.ts`).
    const solved = cipherRuns.length > 0 ? solveCipher(cipherRuns) : null;
    if (solved && solved.explained >= MIN_EXPLAINED) {
      // A crib that fits is no proof the reading is a report: when it is none, `extract` reads the document without it.
      const read = await readPdf(bytes, base, opts, solved);
      return { ...read, undeciphered: () => readPdf(bytes, base, opts, null) };
    }
    if (undecodable.length > 0 && decodedChars < MIN_DECODED_CHARS) {
      throw new XxgkError('E_PDF_NO_TEXT', undecodableMessage(base.name, opts, await ocrAvailable()));
    }
    settleDigitLies(digitLies);
    rebuildStacks(pages, stacked, tables);
    // Two reports imposed side by side are read as two columns of halves, one report after the other (pdf/two-up-order.ts).
    const order = orderHalves(pages.map((lines, i) => ({ lines, ...sides[i]!, height: heights[i]! })));
    const { lines: laid, brokenRows } = laidOutLines(order.pages.map((o) => o.lines), order.pages.map((o) => o.height));
    const garbledPages = new Set<number>();
    const layerPages = new Set(ocrLayerPages);
    const lines: Line[] = laid.map((l) => {
      // Every line of an OCR layer's page is OCR'd, also when laid out again after the page (a header band carried
      // to the next page lays the page out anew: gen60 tess-pdf r22's table 二 came out unflagged at 0.95).
      if (l.source.page !== undefined && layerPages.has(l.source.page)) l.ocr ??= l.cells.map(() => ({ foreign: true }));
      // Read through a solved cipher: OCR's trust rule (≥ 0.9 only when identities through other cells confirm), flagged deciphered.
      if (l.source.page !== undefined && deciphered.includes(l.source.page)) l.ocr ??= l.cells.map(() => ({ deciphered: true }));
      // Value cells of garbled glyphs (a broken character map): unread, never blank zeros (pdf/garbled-cells).
      const garbled = l.cells.length > 1 && !l.ocr ? garbledCells(l.cells) : [];
      if (garbled.length > 0 && l.source.page !== undefined) garbledPages.add(l.source.page);
      // (Merged only where a cell is garbled: every other line keeps its own list, no set built per line.)
      const unread = garbled.length > 0 ? [...new Set([...(l.unread ?? []), ...garbled])].sort((a, b) => a - b) : l.unread ?? [];
      const damaged = garbled.length > 0 || (digitLies.found.size > 0 && suspectLine(l.cells, l.source.page, digitLies)) || (l.source.page !== undefined && digitsByCode.has(l.source.page) && l.cells.some((c) => /\d/.test(c)));
      return lineOf(l, unread, damaged);
    });
    lap('furniture, free columns');
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    return {
      ...base,
      kind: 'pdf',
      pages: doc.numPages,
      lines,
      warnings: [
        ...(draw ? [] : [{ code: 'pdf_rulings_unavailable', message: 'this pdf.js packs paths in an unknown way: tables read by whitespace only' }]),
        ...(rotated.length ? [{ code: 'pdf_page_rotated', message: `${pageList(rotated)}: the text runs turned on the displayed page; read in the direction it runs` }] : []),
        ...(leaning.length ? [{ code: 'pdf_table_tilted', message: `${pageList(leaning)}: the table's lines lean by a small angle the text does not show: its rows cannot be told apart, its numbers are not trusted` }] : []),
        ...(twoUp.length ? [{ code: 'pdf_two_up', message: `${pageList(twoUp)}: pages printed side by side on one sheet (2-up, or 4-up in two rows); ${order.columns ? 'each half of the first sheet begins a report (two reports imposed side by side): read every left half, then every right half' : order.booklet ? 'imposed as a booklet (the first sheet\'s right half begins the report: last page | first page, 2 | n−1, …): read in booklet page order' : 'read page by page, left before right, top row first'}` }] : []),
        ...(tinyText.length ? [{ code: 'hidden_text_dropped', message: `${pageList([...new Set(tinyText.map((t) => t.page))])}: ${tinyText.length} text(s) set too small to read (tiny font) were left out: ${tinyText.slice(0, 5).map((t) => `'${t.text.slice(0, 20)}'`).join(', ')}` }] : []),
        ...(layerText.length || unsureLayers.length ? [{ code: 'hidden_text_dropped', message: `${pageList([...new Set([...layerText.map((t) => t.page), ...unsureLayers])])}: ${layerText.length} text(s) in optional content hidden by default (a layer switched off) were left out${layerText.length ? `: ${layerText.slice(0, 5).map((t) => `'${t.text.slice(0, 20)}'`).join(', ')}` : ''}${unsureLayers.length ? `; ${pageList(unsureLayers)}: hidden content could not be told from the shown, numbers there not trusted` : ''}` }] : []),
        ...(whiteText.length ? [{ code: 'hidden_text_dropped', message: `${pageList([...new Set(whiteText.map((t) => t.page))])}: ${whiteText.length} text(s) drawn in white on the white page, outside the clip, under an image or under an annotation were left out (or not trusted): ${whiteText.slice(0, 5).map((t) => `'${t.text.slice(0, 20)}'`).join(', ')}` }] : []),
        ...(invisibleText.length ? [{ code: 'hidden_text_dropped', message: `${pageList([...new Set(invisibleText.map((t) => t.page))])}: ${invisibleText.length} invisible text(s) (render mode 3) over or beside shown text were left out: ${invisibleText.slice(0, 5).map((t) => `'${t.text.slice(0, 20)}'`).join(', ')}` }] : []),
        ...(relayered.length ? [{ code: 'ocr_text_layer', message: `${pageList(relayered)}: a scanned picture under an invisible text layer (another program's OCR): the layer was set aside, the page read again by OCR (its values flagged ocr)` }] : []),
        ...(ocrLayerPages.length ? [{ code: 'ocr_text_layer', message: `${pageList(ocrLayerPages)}: the text is an invisible layer (over a scanned picture: another program's OCR; or over nothing shown): its values are flagged ocr${layerHint(ocrHint(opts.ocr, await ocrAvailable()))}` }] : []),
        ...(overlapping.length ? [{ code: 'overlapping_text', message: overlappingMessage(overlapping) }] : []),
        ...(textLost.length ? [{ code: 'pdf_text_from_drawing', message: `${pageList(textLost)}: pdf.js could not read the text content (an error stopped it, e.g. a font set at size 0): the text was read from the page's drawing, its numbers not trusted` }] : []),
        ...(digitsByCode.size ? [{ code: 'pdf_tounicode_conflict', message: `${pageList([...digitsByCode])}: a font's character map (ToUnicode) gives its full-width digits as other characters ('ÿĀā', a converter's broken map): read by the font's order of its glyph codes, ten codes one after another from '０'; numbers on these pages are not trusted` }] : []),
        ...(digitLies.found.size ? [{ code: 'pdf_tounicode_conflict', message: `${pageList([...digitLies.found.keys()])}: a font's character map (ToUnicode) contradicts the font's own order of its digit glyphs (${[...new Set([...digitLies.found.values()].flatMap((f) => f.said))].slice(0, 6).join(', ')}: the text says the first, the glyph is the second): its digits were read as the glyphs show them; numbers holding those digits are not trusted` }] : []),
        ...brokenRowsWarning(brokenRows),
        ...(garbledPages.size ? [{ code: 'pdf_text_garbled', message: `${pageList([...garbledPages])}: table cells whose glyphs the text layer does not decode (a font's character map broken by a converter, e.g. Ghostscript's pdfwrite: full-width digits read as 'ÿĀā'): read as not given (derived from the totals, or missing), never as blank zeros; the numbers of their rows are not trusted` }] : []),
        ...(deciphered.length && cipher ? [{ code: 'pdf_text_deciphered', message: decipheredMessage(deciphered, cipher) }] : []),
        ...(undecodable.length ? [{ code: 'pdf_text_undecodable', message: `${pageList(undecodable)}: the text layer cannot be decoded (fonts without a character map): not read, OCR would be needed${ocrHint(opts.ocr, await ocrAvailable())}` }] : []),
        ...(imageTables.length ? [{ code: 'table_is_image', message: `${pageList(imageTables)}: a table is a picture (an image under its heading, no text): its values cannot be read, OCR would be needed${ocrHint(opts.ocr, await ocrAvailable())}` }] : []),
        ...(ocrPages > 0 ? [{ code: 'ocr_used', message: `${ocrPages} of ${doc.numPages} pages were read by OCR (no text layer, an undecodable one, a table as a picture, or OCR forced): their values are flagged ocr` }] : []),
        ...unreadable.map(({ page, cause }) => ({ code: 'pdf_page_unreadable', message: `page ${page} cannot be read (${cause instanceof Error ? cause.message : String(cause)}): its content is missing` })),
      ],
      ...(info?.Title ? { metaTitle: info.Title } : {}),
      ...(relayered.length ? { ocrLayer: { pages: relayered } } : {}),
      ...(opts.trace ? { trace: { pdfPages: traces } } : {}),
    };
  } finally {
    await doc.destroy();
    worker?.destroy();
  }
}
