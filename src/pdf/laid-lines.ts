/**
 * @file The stages after page layout, shared by every reader of positioned text items: the PDF path
 * and the PDF text saved by converters with its places (word boxes, pdftohtml -xml / -s / -c, MuPDF
 * stext and html): running lines dropped (furniture.ts), cells a page break cut joined (cut-cells.ts),
 * rows a page break broke joined (row-break.ts), borderless columns placed (free-columns.ts), and each
 * line keeping what the layout learned of it (grid columns, cell edges, joined pieces, pieces beside,
 * doubt). A converter's positioned text read without these stages lost what the PDF path reads of the
 * same page (a borderless table's cell edges, `Line.xs`, that map/band-places reads a header band by).
 */
import type { Line } from '../model/document.js';
import { joinCutCells } from './cut-cells.js';
import { placeFreeColumns } from './free-columns.js';
import { dropFurniture } from './furniture.js';
import type { PageLine } from './page-layout.js';
import { joinBrokenRows, type BrokenRow } from './row-break.js';

/** Laid-out pages in reading order and their heights → the document's page lines, and the rows a page break broke (joined). */
export function laidOutLines(pages: readonly PageLine[][], heights: readonly number[]): { lines: PageLine[]; brokenRows: BrokenRow[] } {
  const laidOut = joinCutCells(dropFurniture(pages as PageLine[][], heights as number[]));
  const brokenRows = joinBrokenRows(laidOut);
  return { lines: placeFreeColumns(laidOut.flat()), brokenRows };
}

/** A laid-out line as a document line: what the layout learned of it kept; `unread`, `damaged` as the reader found them (a row the page break left in doubt is damaged). */
export function lineOf(l: PageLine, unread: readonly number[] = l.unread ?? [], damaged = false): Line {
  return {
    cells: l.cells,
    separated: l.cells.length > 1,
    source: l.source,
    ...(l.cols ? { cols: l.cols } : {}),
    ...(l.ocr ? { ocr: l.ocr } : {}),
    ...(l.fused ? { fused: l.fused } : {}),
    ...(unread.length ? { unread: [...unread] } : {}),
    ...(l.atEdge ? { atEdge: l.atEdge } : {}),
    ...(l.free && l.xs?.length === l.cells.length ? { xs: l.xs } : {}),
    ...(l.joined ? { joined: l.joined } : {}),
    ...(l.piecesBeside ? { piecesBeside: true as const } : {}),
    ...(l.doubt || damaged ? { damaged: true } : {}),
    ...(l.opaqueCells ? { opaqueCells: true as const } : {}),
  };
}
