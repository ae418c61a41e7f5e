/**
 * @file The loaded document: every input kind (text, HTML, PDF) is reduced to the same list of
 * lines of cells, so that sections, tables and mapping are one code path for all of them.
 */

/** Where a piece of text came from, kept on every mapped field. */
export interface SourceRef {
  /** 1-based page (PDF). */
  page?: number;
  /** 0-based `<table>` or ruled-grid index in document order (HTML, PDF). */
  table?: number;
  /** 0-based row inside that table. */
  row?: number;
  /** 0-based column of the value's cell on the table's expanded grid (HTML, ruled PDF). */
  column?: number;
  /** 1-based line in the text (text input). */
  line?: number;
  /** The text of the line the value came from (shortened). */
  text?: string;
  /** PDF: how the table's cells were found (drawn grid, or positions and gaps). */
  strategy?: 'ruled' | 'whitespace';
}

/**
 * One visual line of the document split into cells. A line of running text is one cell; a table
 * row is one cell per column that the input separated (tab, `|`, two spaces, a `<td>`, a PDF cell).
 * An empty string is an empty cell.
 */
export interface Line {
  cells: string[];
  source: SourceRef;
  /** True when the cells came from real separators (tab, pipe, td, PDF column gap). */
  separated: boolean;
  /** The grid column of each cell, when the table has a grid (HTML rowspan/colspan expanded, ruled PDF). */
  cols?: number[];
  /**
   * A row of a table saved as data (CSV, JSON, .xlsx: load/grid-lines): each cell is the file's cell
   * in its column, header cells included (map/grid-columns reads table 三's header by column).
   */
  saved?: boolean;
  /**
   * An HTML row that ends before the table's last column: a cell is missing somewhere in it and
   * the cells after the gap have moved left, so their columns do not say which template column
   * they are.
   */
  short?: boolean;
  /**
   * Cells that hold a value the file does not give: a spreadsheet's error cell ('#VALUE!', '#REF!',
   * load/load-xlsx). Such a cell is unread (derived from the identities, or missing), never 0.
   */
  unread?: number[];
  /**
   * A cell of the row shows what its text does not give: a picture, a drawing, a form field or an embedded object in it,
   * or digits the hidden-text pass left out (load/html-table cellRead `opaque`). Its empty text is no empty cell: a table
   * of such rows is not shown printed blank (map/blank-table showsEmptyCells).
   */
  opaqueCells?: true;
  /**
   * A line of a PDF's text dump with page feeds ('\f': `pdftotext` without -layout, -raw): such a dumper
   * writes each text block of a page as its own paragraph, in its block order — not left to right — so
   * the cells of one table row printed as separate blocks (one per line) come in an order the text does
   * not fix (map/table-rows mergeCellPerLine `blocksApart`, score BLOCK_ORDER_CAP).
   */
  blockOrdered?: true;
  /**
   * A line of a PDF pdftohtml -noframes turned into one flowing page (load/pdftohtml-flow): its pieces came one a line in
   * the order the printer drew them, and a table header's cells spanning several rows (table 三's 自然人 · 法人或其他组织 ·
   * 总计 over 商业企业 …) in that order too, not left to right — a column order read across such a band is not the page's
   * (map/column-order: not followed, every value of the table kept below 0.8).
   */
  flowOrdered?: true;
  /**
   * A block-ordered dump's text block the line is in, counted from the document's start: a line not written
   * right after the line before it (a blank line or a skipped running line between) starts the next block.
   * Lines of one block are the dumper's lines of one box top to bottom; blocks come in its block order
   * (map/review-stream: table 四's cells in several blocks).
   */
  block?: number;
  /**
   * The page of a block-ordered dump with page feeds the line is on, counted from 0 by the feeds before it (pdfminer's
   * `pdf2txt` ends each PDF page's boxes with one): the boxes of one page are written together, so no grouping tree of
   * a page's boxes takes a box of another (tables/box-pages).
   */
  feedPage?: number;
  /** A line put together from cells of several lines of a block-ordered dump (tables/review-groups): each cell's text block. */
  valueBlocks?: number[];
  /**
   * A row line put together from cells read in stream order from this many lines (tables/column-pages: headless columns,
   * values one per line): TableRow.linesApart. `blocksApart` instead when those lines are a block-ordered dump's.
   */
  linesApart?: number;
  blocksApart?: number;
  /**
   * A row tables/column-pages put together from values printed in stream order with no header word placing its
   * columns (headlessColumns, leadPages): which column is which only the dump's order says, and no identity
   * confirms it (a row's 总计 holds under any order of its addends) — map/index caps the table (columns_unread).
   */
  columnsByStream?: boolean;
  /**
   * A columnsByStream row read from bands of column runs (tables/box-bands): the runs were put in the template's columns left
   * to right by the dump's order alone — pdfminer writes a taller group first (a run grouped with its header piece) — which
   * a header band naming the categories in order does not confirm: map/index keeps the table below 0.8 in any case.
   */
  runsByOrder?: true;
  /**
   * A row tables/column-pages put together from a pile of labels and a stream of values after it (headlessColumns,
   * leadPages, streamPage): the k-th label took the k-th row of values by their order alone, not by a line holding both.
   * Its label pins no place among rows the identities cannot tell apart (score/exchangeable-rows, TableRow.valuesByOrder).
   */
  valuesByOrder?: true;
  /**
   * A header line a reader wrote in the template's order over rows it put together (tables/column-pages, box-pages), not
   * printed: it says nothing of the printed order (map/index asks the band's printed words without it).
   */
  headerWritten?: true;
  /**
   * A row line of a space-aligned dump printed right beside a line of number pieces that were not
   * joined into it (layout/stacked-pieces `rowsBesidePieces`: a number wrapped in a narrow cell over
   * three lines or more): any of its values may be a piece (score PIECES_BESIDE_CAP).
   */
  piecesBeside?: true;
  /**
   * A label line of a space-aligned dump that printed nothing beside it, read as a row of blank cells by its table's
   * header bands (layout/header-bands `placeByBands`: a label line followed by another row's): its blank cells are the
   * bands' reading of nothing printed, not empty cells seen (TableRow.labelAlone → RowEvidence `labelOnly`).
   */
  labelAlone?: true;
  /** A PDF line whose text runs to the page's left or right edge (pdf/page-layout `atPageEdge`): a name read from it may be cut there. */
  atEdge?: true;
  /**
   * A table row printed with no label and every cell empty (table 四's one row a pypdf / PDFBox dump wrote as a line of
   * spaces: layout/blank-review-cells `blankReviewRowLine`): its cells are counted, so it is a row of blank cells, not nothing.
   */
  blankCells?: true;
  /**
   * Each cell is one element of the page (a table built of `<div>`s: load/html-div-table), read as a `<td>` is: an empty
   * cell is an element printed empty, not a gap a text dump left (map/blank-table `showsEmptyCells`). The line still has a
   * text line's `source.line` (no grid columns: it is mapped as a dump's row is).
   */
  elementCells?: true;
  /** The line was read by OCR (a scanned page): one entry per cell. */
  ocr?: OcrCellInfo[];
  /**
   * Cells whose number may be the touching numbers of several cells (a PDF printed right- and
   * left-aligned cells without padding: '16' | '18' as '1618'; pdf/free-columns `fusedCells`): the
   * row readings also split them, and reading one whole is a repair.
   */
  fused?: number[];
  /**
   * A cell of the line was printed twice (fake bold) and was read once (layout/clean-lines), while
   * its numbers were kept as printed: '66' beside a doubled label may be 6 printed twice or 66.
   */
  undoubled?: boolean;
  /**
   * The line holds U+FFFD where the file had bytes that do not decode (a stray byte, a cut
   * character: load warning `encoding_repaired`): a digit, a separator or a line break may be lost.
   * Also an HTML row with a number joined from runs set in different font sizes ('168' + a small
   * '3'): a marker printed small or digits of the value (load/html-table).
   */
  damaged?: boolean;
  /**
   * Cells whose number was joined from pieces a page break cut apart (a PDF table row allowed to
   * break across pages: '21' at the foot of page 1, '9' at the top of page 2; pdf/row-break): read
   * whole, flagged `joined`.
   */
  joined?: number[];
  /**
   * Space-aligned text (`pdftotext -layout`, a fixed-width dump): the character column at which each
   * cell starts on its printed line. Cells of different lines are placed against each other by it
   * (a header wrapped over several lines: map/header-order).
   */
  starts?: number[];
  /**
   * A PDF line laid out by position (pdf/page-layout free lines): the left edge (pt) of each cell. Cells of different lines
   * are placed in the page's columns by it (meta/column-titles: a sidebar's links beside the page's own title).
   */
  xs?: number[];
}

/** What OCR knows about one cell beyond its text. */
export interface OcrCellInfo {
  /** Other readings of the cell's number (confusable digits). */
  alternatives?: string[];
  /** Ink in a value column that does not read as a number: a value the scan does not give. */
  unread?: boolean;
  /** Read on a speckled copy (`ocr/specks.ts`): a toner speck beside a digit may have been read as one ('1' + the value). */
  speckled?: boolean;
  /** Read from a table printed small for the scan's resolution (`ocr/index.ts` `SMALL_SCAN_GLYPH_PX`): digits are lost or misread where no identity shows it. */
  smallPrint?: boolean;
  /**
   * Read by another program's OCR (a PDF's invisible OCR text layer, a text dump of one, tesseract's text): it splits
   * and drops digits ('11' read '1 1' or '1') where no identity shows it (score/speckled `foreignOcr`).
   */
  foreign?: boolean;
  /** Read through a solved cipher of glyph codes (a text layer without a character map, `pdf/cipher.ts`): flag `deciphered`. */
  deciphered?: boolean;
}

/** Input kinds the loader understands. */
export type DocumentKind = 'pdf' | 'html' | 'text' | 'docx' | 'csv' | 'json' | 'xlsx';

/** What every loader returns. */
export interface LoadedDocument {
  kind: DocumentKind;
  name: string;
  sha256: string;
  bytes: number;
  pages?: number;
  lines: Line[];
  /** Title from metadata (`<title>`, PDF Title, crawl header), when the input has one. */
  metaTitle?: string;
  /** Publication date from metadata (发布时间 header, `<meta>`), ISO yyyy-mm-dd. */
  metaDate?: string;
  /** Quality notes raised while loading (encoding guessed, images in tables, …). */
  warnings: Warning[];
  /**
   * A second reading of the document (load/positioned-html: a PDF converted to positioned text
   * elements, read by position): `extract` assembles both and keeps the one that confirms more
   * values, this one with its warning added.
   */
  alternative?: {
    lines: Line[];
    warning: Warning;
    /** The readings are this OCR's and a searchable scan's own OCR layer: kept by `outweighs`, disagreements so named. */
    ocrLayer?: true;
    /**
     * The readings are a PDF dump's paragraph rows and its text boxes (load/load-text): kept by the identities they hold
     * (`identitiesOutweigh`; a box reading's values are the trees' placing, below 0.9, so confirmed values do not weigh
     * them), the boxes not assembled when the paragraphs hold every identity (`allIdentitiesHold`: they cannot lose).
     */
    boxes?: true;
  };
  /**
   * A PDF whose pages carry another program's OCR layer, read again by this OCR (`ocr: 'auto'`): the pages so
   * read, and the lines of the layer as it reads with OCR off (load/load-pdf). The title, agency and year this
   * OCR did not read are taken from them (score/layer-meta.ts); the layer is also the document's `alternative`.
   */
  ocrLayer?: { pages: number[]; lines?: Line[] };
  /**
   * A PDF read through a cipher of its glyph codes (`decipher`, pdf/cipher.ts): the document read without it — its
   * undecodable pages left out, E_PDF_NO_TEXT when nothing else decodes. `extract` falls back to it when the
   * deciphered reading is no report (a crib that fit by chance: the cipher is not solved).
   */
  undeciphered?: () => Promise<LoadedDocument>;
  /**
   * Lines of a text dump holding a no-break space alone (load/empty-cell-boxes): each an empty table cell that a layout
   * analyser (pdfminer) wrote as a text box of its own. Counted where any; map/blank-table `blankByEmptyBoxes` reads a
   * table of labels alone as printed blank when its cells number exactly these boxes.
   */
  emptyCellBoxes?: number;
  /** Loader-specific intermediate stages (PDF: items, rulings, grids per page), with `trace`. */
  trace?: Record<string, unknown>;
}

/** A document-quality note (never an exception). */
export interface Warning {
  code: string;
  message: string;
  keys?: string[];
}
