/**
 * @file OCR as one more source of positioned text items for the PDF loader: a page without a text
 * layer (a scan, a table pasted as a picture) is rendered and recognised (`page.ts`); its items and
 * grids go through the same layout as text-layer pages, and the lines that come out are marked
 * `ocr` (every value flagged, alternative digit readings and unreadable cells attached per cell).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { OcrCellInfo } from '../model/document.js';
import type { Grid } from '../pdf/grid.js';
import type { PageLine } from '../pdf/page-layout.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { OCR_INSTALL_HINT, ocrAvailable } from './engine.js';
import type { Region } from './regions.js';
import { liftThinGlyphs } from './thin-glyphs.js';

export { newOcrDocument, OCR_INSTALL_HINT, ocrAvailable, stopOcr } from './engine.js';
export { inRegions, MAX_TEXT_NUMBERS, type Region } from './regions.js';

/**
 * One letter or ideograph alone in an inked cell outside the label columns, where the digit reader
 * read no number: a number misread under a seal or in bad print ('10 | 3' read '下 | 和'), not text.
 * It is unread (derived or missing): as label text it left the row's cells empty, and the row came
 * out 0 0 0 `blank`. A mark ('/', '-', '—') is not matched: it is the cell's not-applicable mark.
 */
const LONE_GLYPH = /^[\p{Script=Han}A-Za-z]$/u;

/**
 * A unit alone in an inked cell where the digit reader read no number ('0件' whose '0' the page
 * pass lost), in any column: no label is only a unit. As label text it cut the row in two and its
 * next value was placed by position in another row ('规章 3 件 9': 9 taken for 行政许可).
 */
const UNIT_ONLY = /^(?:件|个|项|条|次|人次|万元|元)$/u;

/**
 * Scan px. A table whose Han glyphs stand lower than this in the scan's own pixels (the print's height
 * in its grids, `page.ts` `gridPrintHeight`, at the scan's resolution: 6.5–8 pt print at 100 dpi,
 * 7 pt at 120) is printed small for its scan: its digits are 6–8 px high, a faint leading '1' is lost
 * or a '1' read '3' ('144' for 1144, '3005' for 1085), and where no identity reaches the value
 * (table 二) nothing shows it. Such values are capped as a speckled copy's (`score/speckled.ts`):
 * on scan45's dev scans 3 of the 5 table 二 values read at 0.85 were right. 9 pt at 100 dpi (~11 px)
 * and 6.5 pt at 150 dpi (~12.5 px) are not.
 */
export const SMALL_SCAN_GLYPH_PX = 11;

/** Whether a table's print (`printPt`: its Han glyphs' median height, pt) is small for a scan of `scanDpi` (`SMALL_SCAN_GLYPH_PX`). */
export const smallForScan = (printPt: number | undefined, scanDpi: number): boolean => printPt !== undefined && (printPt * scanDpi) / 72 < SMALL_SCAN_GLYPH_PX;

/** One OCR'd page, ready for `layoutPage`; `mark` tags the laid-out lines. */
export interface OcrResult {
  items: PdfItem[];
  grids: Grid[];
  skew: number;
  /** The page was read turned (scanned upside down or sideways: `orient.ts`). */
  turned: boolean;
  /** It was turned a quarter: its items lie on a page as wide as the scanned one is high. */
  sideways: boolean;
  timing: { renderMs: number; recogniseMs: number; textMs: number };
  /** Marks the page's lines as OCR'd (`firstTable`: the number of the page's first grid). */
  mark: (lines: PageLine[], firstTable: number) => void;
}

/**
 * OCRs a page, or only `regions` of it (tables pasted as pictures on a page with a text layer:
 * only the lines within them are marked); null when the OCR packages are not installed. `scale`: the
 * page's points per point of the paper it was scanned from (`pdf/scan-paper.ts`; its items are in the paper's points).
 */
export async function ocrPdfPage(page: PDFPageProxy, regions?: readonly Region[], scanDpi?: number, scale = 1): Promise<OcrResult | null> {
  if (!(await ocrAvailable())) return null;
  // Imported here: the page pipeline (rendering, deskew, rulings, digits) is loaded only when OCR runs, not with every PDF.
  const { ocrPage, gridPrintHeight } = await import('./page.js');
  const r = await ocrPage(page, undefined, regions, scale);
  const small = scanDpi !== undefined && smallForScan(gridPrintHeight(r.items.map((it) => ({ text: it.str, confidence: 1, x0: it.x, x1: it.x + it.width, y0: it.top, y1: it.top + it.height })), r.grids.map((g) => ({ x1: g.xs[0]!, y1: g.ys[0]!, x2: g.xs.at(-1)!, y2: g.ys.at(-1)! })), 72), scanDpi);
  const speckledInfo: OcrCellInfo = { ...(r.speckled ? { speckled: true } : {}), ...(small ? { smallPrint: true } : {}) };
  const mark = (lines: PageLine[], firstTable: number): void => {
    for (const l of lines) {
      if (regions && !regions.some((g) => (l.top + l.bottom) / 2 >= g.y1 && (l.top + l.bottom) / 2 <= g.y2)) continue;
      const g = l.source.table === undefined ? undefined : l.source.table - firstTable;
      l.ocr = l.cells.map((text, i): OcrCellInfo => {
        const cell = g === undefined || !l.cols ? undefined : r.cells.get(`${g}:${l.source.row}:${l.cols[i]}`);
        // Ink that gave no text (nothing recognised): a value the scan does not give, not a 0.
        if (cell?.inked) return text.trim() === '' || UNIT_ONLY.test(text.trim()) || (cell.value && LONE_GLYPH.test(text.trim())) ? { unread: true } : { ...speckledInfo };
        return { ...(cell?.alternatives ? { alternatives: cell.alternatives } : {}), ...(cell?.unread ? { unread: true } : {}), ...speckledInfo };
      });
    }
  };
  // Items marked as OCR's word boxes (pdf/header-band reads a scan's stacked header by them).
  return { items: liftThinGlyphs(r.items).map((it) => ({ ...it, ocr: true as const })), grids: r.grids, skew: r.skew, turned: r.turn !== undefined, sideways: r.turn === 90 || r.turn === 270, timing: r.timing, mark };
}

/** What to add to a message saying OCR would be needed: how to enable it ('' when it ran). */
export function ocrHint(mode: 'auto' | 'off' | 'force', installed: boolean): string {
  const install = installed ? '' : ` and install the optional packages: ${OCR_INSTALL_HINT}`;
  if (mode === 'off') return `; OCR is off: pass ocr: 'auto' (CLI --ocr auto)${install}`;
  return installed ? '' : `; to read it with OCR install the optional packages: ${OCR_INSTALL_HINT}`;
}

/** The E_PDF_NO_TEXT message: how to enable OCR. */
export function noTextMessage(name: string, mode: 'auto' | 'off' | 'force', installed: boolean): string {
  const install = installed ? '' : ` and install the optional packages: ${OCR_INSTALL_HINT}`;
  if (mode === 'off') return `${name}: the PDF has no text layer (a scan?); OCR is off: pass ocr: 'auto' (CLI --ocr auto)${install}`;
  return installed
    ? `${name}: the PDF has no text layer and OCR found no text in it`
    : `${name}: the PDF has no text layer (a scan?); to read it with OCR install the optional packages: ${OCR_INSTALL_HINT}`;
}
