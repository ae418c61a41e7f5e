/**
 * @file PDF input via pdfjs-dist (legacy build, Node 20). Per page: text items with their boxes
 * (`getTextContent`) and, on pages that may hold a table, the rulings (`getOperatorList`) → grids
 * (`pdf/grid.ts`) → lines (`pdf/page-layout.ts`); then page furniture is dropped across pages.
 * cMaps and standard fonts are loaded from the package (without cMaps CJK text is silently empty).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XxgkError } from '../errors.js';
import type { Line, LoadedDocument } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { drawCodes } from '../pdf/draw-ops.js';
import { dropFurniture } from '../pdf/furniture.js';
import { buildGrids } from '../pdf/grid.js';
import { layoutPage, type GridTrace, type PageLine } from '../pdf/page-layout.js';
import { splitNumberRuns, type PdfItem } from '../pdf/pdf-lines.js';
import { multiply, pageRulings, type Matrix, type OpCodes, type Rulings } from '../pdf/rulings.js';
import { noTextMessage, ocrAvailable, ocrPdfPage } from '../ocr/index.js';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
/** Filesystem paths ending in '/', as pdf.js in Node expects (not file:// URLs). */
const PDFJS_PARAMS = {
  cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
  isEvalSupported: false,
  verbosity: 0,
};

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** Pages with fewer number-only text items than this hold no statistics table: no rulings read. */
const MIN_NUMBERS_FOR_TABLE = 3;

/** What the PDF loader did on one page, for `trace`. */
export interface PdfPageTrace {
  page: number;
  items: PdfItem[];
  rulings: Rulings | null;
  grids: GridTrace[];
}

function errorFor(error: unknown, name: string, password: string | undefined): XxgkError {
  const n = (error as { name?: string }).name;
  if (n === 'PasswordException') {
    return password
      ? new XxgkError('E_PDF_WRONG_PASSWORD', `${name}: the password does not open this PDF`, { cause: error })
      : new XxgkError('E_PDF_ENCRYPTED', `${name}: the PDF is encrypted; pass a password`, { cause: error });
  }
  return new XxgkError('E_PDF_CORRUPT', `${name}: the PDF is corrupt or truncated`, { cause: error });
}

/** A text item's box in top-left page coordinates: its baseline run and its ascent, transformed. */
function itemBox(str: string, transform: Matrix, width: number, viewport: Matrix): PdfItem {
  const m = multiply(transform, viewport);
  const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 10;
  const along = Math.hypot(m[0], m[1]) || 1;
  const [ux, uy] = [m[0] / along, m[1] / along];
  const [vx, vy] = [m[2] / size, m[3] / size];
  const xs = [m[4], m[4] + ux * width, m[4] + vx * size, m[4] + ux * width + vx * size];
  const ys = [m[5], m[5] + uy * width, m[5] + vy * size, m[5] + uy * width + vy * size];
  const x = Math.min(...xs);
  const top = Math.min(...ys);
  return { str, x, top, width: Math.max(...xs) - x, height: Math.max(...ys) - top, size };
}

function opCodes(lib: PdfJs): OpCodes {
  const { OPS } = lib;
  return {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    constructPath: OPS.constructPath,
    paintFormXObjectBegin: OPS.paintFormXObjectBegin,
    paintFormXObjectEnd: OPS.paintFormXObjectEnd,
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

/** True when the page's drawing paints an image (what a scanned page is made of). */
async function paintsImage(page: PDFPageProxy, lib: PdfJs): Promise<boolean> {
  const { OPS } = lib;
  const paints = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
  const list = await page.getOperatorList().catch(() => null);
  return list?.fnArray.some((f) => paints.has(f)) ?? false;
}

/** PDF bytes → document, in this thread (see `pdf-isolate.ts` for the guarded entry). */
export async function loadPdfInThread(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, opts: ResolvedOptions): Promise<LoadedDocument> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  const draw = await drawCodes(lib, PDFJS_PARAMS);
  const doc = await lib.getDocument({ ...PDFJS_PARAMS, data: new Uint8Array(bytes), password: opts.password }).promise.catch((error: unknown) => {
    throw errorFor(error, base.name, opts.password);
  });
  try {
    if (doc.numPages === 0) throw new XxgkError('E_PDF_CORRUPT', `${base.name}: the PDF has no pages`);
    if (doc.numPages > opts.maxPages) throw new XxgkError('E_TOO_LARGE', `${base.name}: ${doc.numPages} pages is more than the limit of ${opts.maxPages}`);
    const pages: PageLine[][] = [];
    const heights: number[] = [];
    const traces: PdfPageTrace[] = [];
    let chars = 0;
    let tables = 0;
    let ocrPages = 0;
    // A page pdf.js cannot read (broken object, bad stream) is skipped with a warning: its
    // fields come out missing. Only when no page can be read is the PDF corrupt.
    const unreadable: { page: number; cause: unknown }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p).catch((cause: unknown) => void unreadable.push({ page: p, cause }));
      if (!page) continue;
      const viewport = page.getViewport({ scale: 1 });
      const vt = viewport.transform as unknown as Matrix;
      const content = await page.getTextContent().catch((cause: unknown) => void unreadable.push({ page: p, cause }));
      if (!content) continue;
      let items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        items.push(...splitNumberRuns(itemBox(it.str, it.transform as unknown as Matrix, it.width, vt)));
        chars += it.str.length;
      }
      // A page without text (a scan, a table pasted as a picture) is read by OCR when enabled.
      // `auto`: only a page that paints an image (a blank, broken or rulings-only page is no scan).
      const scan = opts.ocr === 'force' || (opts.ocr === 'auto' && items.length === 0 && (await paintsImage(page, lib)));
      const ocr = scan ? await ocrPdfPage(page) : null;
      if (ocr) {
        items = ocr.items;
        chars += items.reduce((n, it) => n + it.str.length, 0);
        ocrPages++;
      }
      const numbers = items.filter((it) => /^\s*[\d,.\uff10-\uff19]+\s*$/.test(it.str)).length;
      // A drawing that cannot be read costs the rulings of that page, not the document.
      const list = !ocr && draw && numbers >= MIN_NUMBERS_FOR_TABLE ? await page.getOperatorList().catch(() => null) : null;
      const rulings = list && draw ? pageRulings(list, opCodes(lib), draw, vt) : null;
      const laid = layoutPage(items, ocr ? ocr.grids : rulings ? buildGrids(rulings) : [], p, tables);
      ocr?.mark(laid.lines, tables);
      tables += laid.grids.length;
      pages.push(laid.lines);
      heights.push(viewport.height);
      if (opts.trace) traces.push({ page: p, items, rulings, grids: laid.grids });
      page.cleanup();
    }
    if (unreadable.length === doc.numPages || (chars === 0 && unreadable.length > 0)) {
      throw new XxgkError('E_PDF_CORRUPT', `${base.name}: ${unreadable.length} of ${doc.numPages} pages cannot be read and the rest have no text (corrupt or truncated)`, { cause: unreadable[0]?.cause });
    }
    if (chars === 0) throw new XxgkError('E_PDF_NO_TEXT', noTextMessage(base.name, opts.ocr, await ocrAvailable()));
    const lines: Line[] = dropFurniture(pages, heights).flat().map((l) => ({ cells: l.cells, separated: l.cells.length > 1, source: l.source, ...(l.cols ? { cols: l.cols } : {}), ...(l.ocr ? { ocr: l.ocr } : {}) }));
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    return {
      ...base,
      kind: 'pdf',
      pages: doc.numPages,
      lines,
      warnings: [
        ...(draw ? [] : [{ code: 'pdf_rulings_unavailable', message: 'this pdf.js packs paths in an unknown way: tables read by whitespace only' }]),
        ...(ocrPages > 0 ? [{ code: 'ocr_used', message: `${ocrPages} of ${doc.numPages} pages had no text layer and were read by OCR: their values are flagged ocr` }] : []),
        ...unreadable.map(({ page, cause }) => ({ code: 'pdf_page_unreadable', message: `page ${page} cannot be read (${cause instanceof Error ? cause.message : String(cause)}): its content is missing` })),
      ],
      ...(info?.Title ? { metaTitle: info.Title } : {}),
      ...(opts.trace ? { trace: { pdfPages: traces } } : {}),
    };
  } finally {
    await doc.destroy();
  }
}
