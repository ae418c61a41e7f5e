/**
 * @file One page image → the PDF path's positioned text items and grids, so the layout, grid,
 * whitespace and row stages that read text-layer PDFs read scans too:
 * render → straighten (skew from the sharpest projection) → rulings (long dark runs) → grids
 * (`pdf/grid.ts`, the builder of the PDF path) → rulings erased → a page pass of Chinese
 * recognition (prose, headings, labels) → every numeric cell re-read on its own, cropped inside
 * its rulings, upscaled with a white margin, digits only, single line. A page pass alone turns a
 * ruled grid into `oo|ololol` noise; a crop that keeps a ruling reads it as '1'.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { buildGrids, type Grid } from '../pdf/grid.js';
import type { PdfItem } from '../pdf/pdf-lines.js';
import { readNumber, readNumbers } from './digits.js';
import { borderlessNumbers } from './borderless.js';
import { inkWords } from './ink-words.js';
import { lostLines } from './lost-lines.js';
import type { CellRead } from './reads.js';
import { HAN, NOISE_CONFIDENCE, recognizeText, type OcrWord } from './engine.js';
import { erase, inkBox, rotate, shrink, type Box, type Grey } from './image.js';
import { estimateSkew } from './skew.js';
import { straighten } from './unwarp.js';
import { evenFaint } from './faint.js';
import type { Region } from './regions.js';
import { OCR_DPI, renderPage } from './render.js';
import { findRulings, paperLevel, ruleLevel } from './rulings.js';
import { unreverse } from './reverse-fill.js';
import { rulingBridges, rulingPaths } from './ruling-paths.js';
import { cachedPage, keepPage } from './page-cache.js';
import { numberBox } from './word-box.js';
import { pageOrientation, turnBy, type Turn } from './orient.js';
import { clearPageEdges } from './page-edges.js';
import { evenPaper } from './paper.js';
import { clearPageSpecks } from './specks.js';
import { unshade } from './shading.js';
import { median, minOf, pushAll } from '../_internal/extremes.js';

/** A ruled cell read by OCR: other readings of its number, or inked but unreadable as a number. */
export interface OcrCell {
  alternatives?: string[];
  unread?: true;
  /** The cell holds ink: if no text comes out of it, it is unread, never an empty (0) cell. */
  inked?: true;
  /** (Inked) not in a label column: a lone glyph read there is a number misread, not text (`index.ts` `LONE_GLYPH`). */
  value?: true;
}

/** What OCR read on one page, in page pt (top-left origin) like the text-layer items. */
export interface OcrPage {
  items: PdfItem[];
  grids: Grid[];
  /** What OCR knows about grid cells beyond their text, by `grid:row:col` (grid = index in `grids`). */
  cells: Map<string, OcrCell>;
  /** Skew corrected, degrees. */
  skew: number;
  /** Degrees clockwise the page was turned to be read (it was scanned upside down or sideways: `orient.ts`); its items are placed on the turned page. */
  turn?: Exclude<Turn, 0>;
  /** ms spent rendering vs recognising (for the bench). */
  /** ms spent rendering (render, deskew, rulings) vs recognising; of the latter, the Chinese page pass. */
  timing: { renderMs: number; recogniseMs: number; textMs: number };
  /** The sheet was a speckled copy (`scannedSheet`): its numbers were read from cells cleared of specks, a speck may stand as a digit. */
  speckled?: true;
}

/**
 * px. Crops start this far inside a cell's ruling centre lines. The rulings themselves (their
 * dark band, a pixel before and two after) are already erased to white, so the crop need not keep
 * clear of them: a 3 px inset cut ~1 px beyond the erased band, the edge of a left-aligned first
 * glyph touching its ruling ('3761' read '1761', the '-' of '-4' lost).
 */
const CELL_INSET = 1;
/**
 * dpi. The Chinese page pass (prose, headings, labels) reads the page scaled down to this. On
 * 100 dpi grey scans of real reports (corpus pages, characters found vs their text layer) 150 dpi
 * read as well as 200 (0.956 vs 0.957, 0.910 vs 0.904, 0.65 vs 0.63 on 6.5 pt table labels) in
 * about half the time; 300 dpi read worse.
 */
const TEXT_DPI = 150;
/**
 * pt. Small print in the grids: the page-pass Han words centred in grid cells are this high or less
 * (median, at least `SMALL_PRINT_WORDS` of them; a Han glyph is ~0.9 em: 6.5 pt print ~6 pt, 9 pt
 * ~8 pt). At `TEXT_DPI` such a label is ~12 px high and the page pass reads none (a 6.5 pt table of a
 * 120 dpi 1-bit scan: '计' '程' '党' for '属于过程性信息'): every row of the table was placed by
 * position and left ambiguous. The page is then read again by a second pass at `LABEL_DPI`, whose
 * words replace the page pass's inside the grids (the prose and title stay the page pass's: read at
 * `LABEL_DPI`, a dev scan's title was lost). The second pass reads the whole page, not the grids
 * alone: on the grids cut out (the rest painted white) the same dev scan read 128 fields right vs 138.
 */
const SMALL_PRINT_PT = 6.6;
const SMALL_PRINT_WORDS = 8;
/** dpi. The grids' second pass for small print (`SMALL_PRINT_PT`): 6.5 pt labels ~27 px high. */
const LABEL_DPI = 300;

/** The median height (pt, from px at `dpi`) of page-pass Han words centred in the grids, or undefined with fewer than `SMALL_PRINT_WORDS`. */
export function gridPrintHeight(words: readonly OcrWord[], gridBoxes: readonly Box[], dpi: number): number | undefined {
  const hs = words.filter((w) => HAN.test(w.text) && gridBoxes.some((b) => centreIn(w, b))).map((w) => ((w.y1 - w.y0) * 72) / dpi);
  return hs.length >= SMALL_PRINT_WORDS ? median(hs) : undefined;
}

/** Share of a grid column's inked cells that must read as numbers for it to be a value column. */
const VALUE_COLUMN_SHARE = 0.5;
/** Most alternative readings kept for one cell. */
const MAX_ALTERNATIVES = 6;
/**
 * A page-pass reading that may be a number (digits and what a page pass makes of them). Curly
 * double quotes too: on a 120 dpi scan of a borderless table printed with blank zeros the page pass
 * read '1293' and '25' as '”1293' and '”25' (no mark printed there); kept as text, table 三's 总计 row
 * had six numbers, no two rows printed all seven, and no row's blanks were placed in their columns.
 */
const NUMBERISH = /^[\doOlI|.,，。\-—–/\\'"‘’“”:;!()（）]+$/;
/** A page-pass word that may be a number misread (`NUMBERISH`, with a digit or a letter taken for one): re-read by the digit reader from its box. */
export const isNumberishText = (t: string): boolean => NUMBERISH.test(t) && /\d|[oOlI]/.test(t);
function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const centreIn = (w: OcrWord, b: Box): boolean => {
  const cx = (w.x0 + w.x1) / 2;
  const cy = (w.y0 + w.y1) / 2;
  return cx >= b.x1 && cx <= b.x2 && cy >= b.y1 && cy <= b.y2;
};

/** Paints white everything outside the regions (pt): the text layer reads the rest of the page. */
function keepRegions(img: Grey, regions: readonly Region[], dpi: number): Grey {
  const k = dpi / 72;
  const data = new Uint8Array(img.data.length).fill(255);
  for (const r of regions) {
    const [x1, x2] = [Math.max(0, Math.floor(r.x1 * k)), Math.min(img.width, Math.ceil(r.x2 * k))];
    for (let y = Math.max(0, Math.floor(r.y1 * k)); y < Math.min(img.height, Math.ceil(r.y2 * k)); y++) data.set(img.data.subarray(y * img.width + x1, y * img.width + x2), y * img.width + x1);
  }
  return { ...img, data };
}

/**
 * × the word's height. A page-pass '1' or '|' narrower than this, in a grid cell the cell reader
 * found without ink, is what is left of a faint ruling (a doubled table edge; a border segment too
 * broken to be found as a run), not a digit: it added an eighth value to rows of table 三, which
 * then matched no template row. A digit '1' of the print is wider (its foot, its flag).
 */
const RESIDUE_ASPECT = 0.2;
export const isRulingResidue = (w: OcrWord): boolean => /^[1lI|!]$/.test(w.text.trim()) && w.x1 - w.x0 <= RESIDUE_ASPECT * (w.y1 - w.y0);

/**
 * Page-pass words in value cells of number rows that the cell reader found without ink, holding
 * no digit: faint digits (or the reverse side showing through) read as Han ('外', '壮', '人'). Taken
 * as label text they cut the row in two around them, and neither part matched a template row
 * (huaian-2024 printed faint at 6.5 pt: half of table 三's rows). The word is dropped and its cell
 * marked unread: ink the scan does not give as a number (derived from the identities or missing,
 * never 0).
 */
function faintValueWords(words: OcrWord[], blanks: readonly { box: Box; key: string }[], cells: Map<string, OcrCell>): OcrWord[] {
  return words.filter((w) => {
    const at = /\d/.test(w.text) ? undefined : blanks.find((b) => centreIn(w, b.box));
    if (at) cells.set(at.key, { unread: true });
    return at === undefined;
  });
}

/** Least inked cells of a label column (`labelColumns`), and the most of them that may read as numbers. */
const LABEL_COLUMN_INKED = 3;
const LABEL_COLUMN_NUMBERS = 0.25;

/**
 * A grid's label columns: not value columns, at least `LABEL_COLUMN_INKED` inked cells, at most a
 * quarter of them read as numbers. A number read there is label text forced into digits (a 6.5 pt
 * '规章' read '258' by the digit reader: taken as a value, it made table 二's first row '258 1 0 11'
 * and the row was left ambiguous between its readings, its label lost); the page pass reads it.
 */
export function labelColumns(reads: readonly { c: { col: number }; read: CellRead }[], valueCols: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const col of new Set(reads.map((r) => r.c.col))) {
    if (valueCols.has(col)) continue;
    const inked = reads.filter((r) => r.c.col === col && r.read !== 'blank');
    const nums = inked.filter((r) => typeof r.read === 'object').length;
    if (inked.length >= LABEL_COLUMN_INKED && nums <= LABEL_COLUMN_NUMBERS * inked.length) out.add(col);
  }
  return out;
}

/**
 * A page-pass number in a cell of a label column (`labelColumns`) beside label words (a word holding
 * Han in the same cell) is an item number split off its label ('1' of '1.本机关…', '（一）' read '4'),
 * never a value: taken as one it put table 三's rows one off (an extra value before each row's own).
 * Dropped, not joined to the label word after it (joined, the labels matched fewer template rows).
 * A number alone in its cell stays: a value column the cell reader could not read (its digits 'other')
 * may be taken for a label column, and its page-pass numbers are its values.
 */
export function isLabelNumber(w: OcrWord, labelCells: readonly Box[], words: readonly OcrWord[]): boolean {
  if (!NUMBERISH.test(w.text.trim()) || !/\d/.test(w.text)) return false;
  const cell = labelCells.find((b) => centreIn(w, b));
  return cell !== undefined && words.some((x) => x !== w && HAN.test(x.text) && centreIn(x, cell));
}

/** Least numbers on each side of a lone Han glyph on its line for it to be a misread digit (`isHanBetweenNumbers`). */
const NUMBERS_AROUND = 2;
/** Chinese numerals and brackets: a label's item number ('三', '（七）'), never a misread digit. */
const ITEM_HAN = /[一二三四五六七八九十()（）]/;

/**
 * A page-pass word of one Han glyph, no wider than it is high ×1.2, on a line of numbers (at least
 * `NUMBERS_AROUND` read numbers on its line to its left and to its right): a digit of a borderless row
 * the page pass read as Han ('1' → '工', '3' → '过', '7' → '妥' on a grey zebra row of table 四: the
 * row lost half its values, the table unread). It is re-read by the digit reader, and taken only if
 * that reads a number; not where it overlaps a number of its line (two page-pass words over one
 * digit's ink read as two numbers: a row of 16 values where 15 are printed).
 */
export function isHanBetweenNumbers(w: OcrWord, numbers: readonly { box: Box }[]): boolean {
  const t = w.text.trim();
  if (t.length !== 1 || !HAN.test(t) || ITEM_HAN.test(t) || w.x1 - w.x0 > 1.2 * (w.y1 - w.y0)) return false;
  const cy = (w.y0 + w.y1) / 2;
  const onLine = numbers.filter((n) => n.box.y1 <= cy && n.box.y2 >= cy);
  // Over a number read there already (two page-pass words over one digit's ink): not another digit.
  if (onLine.some((n) => n.box.x1 < w.x1 && n.box.x2 > w.x0)) return false;
  return onLine.filter((n) => n.box.x2 <= w.x0).length >= NUMBERS_AROUND && onLine.filter((n) => n.box.x1 >= w.x1).length >= NUMBERS_AROUND;
}

/**
 * An inked cell of a number row that did not read as a number, with numbers read in its row on
 * both sides of it: a value the scan does not give, wherever its column stands. A one-row table
 * (table 四: two header rows over one row of 15 values) has no value column by
 * `VALUE_COLUMN_SHARE` where that row's only value did not read (its header cells are text), and
 * the page pass's Han there ('2' '4' read '二坟达') went into the row as label text: it cut the row
 * in two and neither part matched the template (gen61 100 dpi photocopy: table 四's 15 values lost).
 * Between two numbers of its row no label stands (labels are left of their values): the cell is left
 * to the page pass (which reads some such digits right: blanked before it as a value column's
 * unread cells are, a held-out scan's table 四 lost its page-pass digits and went missing), and
 * a word of it holding no digit is dropped, the cell unread (`faintValueWords`).
 */
export function isValueBetweenNumbers(reads: readonly { c: { row: number; col: number; colSpan: number }; read: CellRead }[], at: { row: number; col: number; colSpan: number }): boolean {
  if (at.colSpan !== 1) return false;
  const nums = reads.filter((r) => r.c.row === at.row && typeof r.read === 'object');
  return nums.some((r) => r.c.col < at.col) && nums.some((r) => r.c.col > at.col);
}

/** pt. A ruling box within this distance of a grid's frame belongs to the grid. */
const GRID_MARGIN_PT = 4;

/**
 * The ruling boxes that lie on a table grid: only these are erased. A long dark run elsewhere is a
 * stroke of a large or bold glyph (a heading's vertical strokes are ≥ 12 pt long at 16 pt, its
 * horizontal ones join across neighbouring glyphs): erasing it cut the heading '三、收到和处理政府
 * 信息公开申请情况' into '三、!故晶元玫…', and no section was found.
 */
export function onGrids(boxes: readonly Box[], grids: readonly Grid[], dpi: number): Box[] {
  const k = dpi / 72;
  const m = GRID_MARGIN_PT * k;
  const frames = grids.map((g) => ({ x1: g.xs[0]! * k - m, y1: g.ys[0]! * k - m, x2: g.xs.at(-1)! * k + m, y2: g.ys.at(-1)! * k + m }));
  return boxes.filter((b) => frames.some((f) => b.x1 >= f.x1 && b.x2 <= f.x2 && b.y1 >= f.y1 && b.y2 <= f.y2));
}

/** The pixel box a cell (pt, between its rulings' centre lines) is cropped to on a page at `dpi`. */
export function cellBox(c: { x1: number; y1: number; x2: number; y2: number }, dpi: number): Box {
  const k = dpi / 72;
  return { x1: c.x1 * k + CELL_INSET, y1: c.y1 * k + CELL_INSET, x2: c.x2 * k - CELL_INSET, y2: c.y2 * k - CELL_INSET };
}

/** A rendered page as its cells are read: straightened (`skew`), its ink `level`, its ruled grids, and `clean` (rulings erased). */
export interface TablePage {
  skew: number;
  level: number;
  grids: Grid[];
  clean: Grey;
}

/**
 * pt. A grid smaller than this both ways (`GLYPH_GRID_WIDTH` × `GLYPH_GRID_HEIGHT`) with a row thinner
 * than `GLYPH_GRID_ROW` is the strokes of a large or bold heading's glyphs, not a table: at 18 pt and
 * more a heading's strokes are long dark runs, and those that cross make a small grid of cells a few
 * pt across (seen 29–111 pt wide, 13–23 pt high, rows of 3–7.5 pt, over the title of every scan with a
 * large title). Erased as rulings they cut the title ('平潭综合实验区2024年度…' read '1202441年 府信息公开工'),
 * and no agency or year was read. A table's row holds a line of text (≥ 8 pt at 6.5 pt print) and
 * its grid is wider than a few glyphs.
 */
const GLYPH_GRID_WIDTH = 150;
const GLYPH_GRID_HEIGHT = 30;
const GLYPH_GRID_ROW = 8;
export function isGlyphGrid(g: Grid): boolean {
  const rows = g.ys.slice(1).map((y, i) => y - g.ys[i]!);
  return g.xs.at(-1)! - g.xs[0]! < GLYPH_GRID_WIDTH && g.ys.at(-1)! - g.ys[0]! < GLYPH_GRID_HEIGHT && minOf(rows) < GLYPH_GRID_ROW;
}

/** A scanned page as printed: its sheet's dark edges and punch holes painted paper (`page-edges.ts`), its uneven light evened out (`paper.ts`), a speckled copy's specks cleared (`specks.ts`; `speckled`: there were many). */
export function scannedSheet(rendered: Grey, dpi: number): { img: Grey; speckled: boolean } {
  const { img, specks } = clearPageSpecks(evenPaper(clearPageEdges(rendered, dpi).img, dpi).img, dpi);
  return { img, speckled: specks > 0 };
}

/**
 * Straightens a rendered page, finds its ruled grids and erases their rulings (along their whole
 * course: `ruling-paths.ts`); `sheet`: the page is a whole scanned sheet, to be cleaned first
 * (`scannedSheet`; false when that is done already or the image is a picture within a page);
 * `speckled`: the sheet, cleaned already, was a speckled copy (`scannedSheet`), whose specks that
 * touched a ruling are cleared once the rulings are erased.
 */
export function tablePage(rendered: Grey, dpi: number, sheet = true, speckled = false): TablePage {
  if (sheet) ({ img: rendered, speckled } = scannedSheet(rendered, dpi));
  const skew = estimateSkew(rendered);
  // Dark shaded bands (header bars) turned to black print on paper (`shading.ts`), then reverse-printed
  // cells left (white on dark grey) turned to dark print (`reverse-fill.ts`).
  const turned = rotate(rendered, skew);
  // A bent page's rows and columns straightened strip by strip (`unwarp.ts`; an unbent page is left as it is).
  const even = unshade(evenFaint(straighten(turned, dpi, ruleLevel(turned))).img, dpi).img;
  // (The ink level is the page's as printed: the turned print, black, would lower it below faint digits elsewhere.)
  const level = ruleLevel(even);
  const img = unreverse(even, dpi, level, paperLevel(even));
  const { rulings, boxes } = findRulings(img, dpi, level);
  let grids = buildGrids(rulings).filter((g) => !isGlyphGrid(g));
  let pieces = onGrids(boxes, grids, dpi);
  const bridges = rulingBridges(pieces, grids, dpi);
  if (bridges.vertical.length + bridges.horizontal.length > 0) {
    grids = buildGrids({ ...rulings, horizontal: [...rulings.horizontal, ...bridges.horizontal], vertical: [...rulings.vertical, ...bridges.vertical] }).filter((g) => !isGlyphGrid(g));
    pieces = onGrids(boxes, grids, dpi);
  }
  const erased = erase(img, [...pieces, ...rulingPaths(pieces, grids, dpi)]);
  // A speckled copy's specks that touched a ruling stand alone once it is erased.
  const clean = speckled ? clearPageSpecks(erased, dpi, true).img : erased;
  return { skew, level, grids, clean };
}

/** A grid's cells row by row, left to right, each with its pixel box; cells too small to hold a digit left out. */
export function cellRows(grid: Grid, dpi: number): { c: Grid['cells'][number]; box: Box }[][] {
  const byRow = new Map<number, { c: Grid['cells'][number]; box: Box }[]>();
  for (const c of grid.cells) {
    const box = cellBox(c, dpi);
    if (box.x2 - box.x1 < 4 || box.y2 - box.y1 < 4) continue;
    const row = byRow.get(c.row) ?? [];
    row.push({ c, box });
    byRow.set(c.row, row.sort((a, b) => a.c.col - b.c.col));
  }
  return [...byRow.values()];
}

/** OCRs one page, or only `regions` of it (pt, top-left: pictures on a page with a text layer). */
export async function ocrPage(page: PDFPageProxy, dpi = OCR_DPI, regions?: readonly Region[], scale = 1): Promise<OcrPage> {
  let t = process.hrtime.bigint();
  // `scale`: the page's points per point of the paper it was scanned from (`pdf/scan-paper.ts`): rendered at `dpi` of the paper, read in its points.
  const whole = await renderPage(page, dpi / scale);
  const rendered = regions ? keepRegions(whole, regions, dpi) : whole;
  // A scanned sheet's dark edges and punch holes are not print, and its paper is evened out (a picture in a text page has neither fault).
  const { img: sheet, speckled } = regions ? { img: rendered, speckled: false } : scannedSheet(rendered, dpi);
  const cached = cachedPage(rendered, dpi);
  if (cached) return speckled ? { ...cached, speckled: true } : cached;
  let table = tablePage(sheet, dpi, false, speckled);
  // A whole page upside down or sideways (not a picture in a text page: its regions are placed upright).
  const turn = regions ? 0 : (await pageOrientation(table.clean)).turn;
  if (turn !== 0) table = tablePage(turnBy(sheet, turn), dpi, false, speckled);
  const { skew, level, grids, clean } = table;
  const renderMs = ms(t);
  t = process.hrtime.bigint();
  const px = (pt: number): number => (pt * dpi) / 72;
  const pt = (p: number): number => (p * 72) / dpi;
  const gridBoxes = grids.map((gr) => ({ x1: px(gr.xs[0]!), y1: px(gr.ys[0]!), x2: px(gr.xs.at(-1)!), y2: px(gr.ys.at(-1)!) }));
  const cells = new Map<string, OcrCell>();
  const numbers: { box: Box; text: string }[] = [];
  const blanked: Box[] = [];
  /** Grid cells without ink at the ink level (their faint rulings' residue aside). */
  const empty: Box[] = [];
  /** Value cells of number rows the cell reader found without ink or between read numbers (`isValueBetweenNumbers`): a page-pass word there is no label (`faintValueWords`). */
  const valueBlanks: { box: Box; key: string }[] = [];
  /** Cells of label columns: a page-pass number there is an item number of the label (`labelNumbers`). */
  const labelCells: Box[] = [];
  for (const [g, grid] of grids.entries()) {
    const rows = cellRows(grid, dpi);
    const got = await readNumbers(clean, rows.map((row) => row.map((x) => x.box)), level);
    const reads: { c: Grid['cells'][number]; box: Box; read: CellRead }[] = rows.flatMap((row, i) => row.map((x, j) => ({ ...x, read: got[i]![j]! })));
    // A value column: most of its inked cells read as numbers. There, a cell that does not read
    // as one is a number the scan does not give (unread), never label text.
    const valueCols = new Set<number>();
    for (const col of new Set(reads.map((r) => r.c.col))) {
      const inked = reads.filter((r) => r.c.col === col && r.read !== 'blank');
      if (inked.filter((r) => typeof r.read === 'object').length >= VALUE_COLUMN_SHARE * inked.length && inked.length > 0) valueCols.add(col);
    }
    // A row of numbers: most of its inked value-column cells read as numbers (not a header row
    // where one glyph happened to read as '1').
    const numberRows = new Set<number>();
    for (const row of new Set(reads.map((r) => r.c.row))) {
      const inked = reads.filter((r) => r.c.row === row && valueCols.has(r.c.col) && r.read !== 'blank');
      const nums = inked.flatMap((r) => (typeof r.read === 'object' ? [r.read.text] : []));
      if (nums.length > 0 && (nums.length >= VALUE_COLUMN_SHARE * inked.length || nums.some((t) => t.length >= 2))) numberRows.add(row);
    }
    const labelCols = labelColumns(reads, valueCols);
    for (const { c, box, read } of reads) {
      const key = `${g}:${c.row}:${c.col}`;
      if (labelCols.has(c.col)) labelCells.push(box);
      if (typeof read === 'object' && numberRows.has(c.row) && !labelCols.has(c.col)) {
        numbers.push({ box, text: read.text });
        blanked.push(box);
        cells.set(key, read.alternatives.length > 0 ? { alternatives: read.alternatives } : {});
      } else if (read === 'other' && valueCols.has(c.col) && c.colSpan === 1 && numberRows.has(c.row)) {
        blanked.push(box);
        cells.set(key, { unread: true });
      } else if (read !== 'blank') {
        cells.set(key, labelCols.has(c.col) ? { inked: true } : { inked: true, value: true });
        // Left to the page pass, which may read its digits; its Han there is no label (`isValueBetweenNumbers`).
        if (read === 'other' && numberRows.has(c.row) && !labelCols.has(c.col) && isValueBetweenNumbers(reads, c)) valueBlanks.push({ box, key });
      }
      else {
        empty.push(box);
        if (valueCols.has(c.col) && c.colSpan === 1 && numberRows.has(c.row)) valueBlanks.push({ box, key });
      }
    }
  }
  // Borderless tables: values stacked in columns of short ink words outside the grids.
  const ink = inkWords(gridBoxes.length > 0 ? erase(clean, gridBoxes) : clean, level);
  for (const n of await borderlessNumbers(clean, level, ink)) {
    numbers.push({ box: n.box, text: n.read.text });
    blanked.push(n.box);
  }
  // Prose, headings, labels and borderless tables: one page pass with the numbers blanked out.
  // At TEXT_DPI: Chinese at 10.5 pt is still ~22 px high.
  const k = dpi / TEXT_DPI;
  const tText = process.hrtime.bigint();
  const textImage = shrink(erase(clean, blanked), k);
  let words = inkBox(textImage, 50) ? (await recognizeText(textImage)).map((w) => ({ ...w, x0: w.x0 * k, x1: w.x1 * k, y0: w.y0 * k, y1: w.y1 * k })) : [];
  words = words.filter((w) => w.text.trim() !== '' && (HAN.test(w.text) || /\d/.test(w.text) || w.confidence >= NOISE_CONFIDENCE));
  // Small print in the grids: the page read again at LABEL_DPI, its words taking the page pass's place in the grids.
  const printPt = gridPrintHeight(words, gridBoxes, dpi);
  const small = printPt !== undefined && printPt <= SMALL_PRINT_PT;
  if (small) {
    const kl = dpi / LABEL_DPI;
    const labelImage = shrink(erase(clean, blanked), kl);
    const inGrids = (w: OcrWord): boolean => gridBoxes.some((b) => centreIn(w, b));
    const labels = (await recognizeText(labelImage))
      .map((w) => ({ ...w, x0: w.x0 * Math.max(1, kl), x1: w.x1 * Math.max(1, kl), y0: w.y0 * Math.max(1, kl), y1: w.y1 * Math.max(1, kl) }))
      .filter((w) => w.text.trim() !== '' && (HAN.test(w.text) || /\d/.test(w.text) || w.confidence >= NOISE_CONFIDENCE) && inGrids(w));
    words = [...words.filter((w) => !inGrids(w)), ...labels];
  }
  const textMs = ms(tText);
  words = words.filter((w) => !blanked.some((b) => centreIn(w, b)) && !(isRulingResidue(w) && empty.some((b) => centreIn(w, b))));
  words = faintValueWords(words, valueBlanks, cells);
  // (Small print: the ink words neither pass read are read at LABEL_DPI too.)
  pushAll(words, await lostLines(clean, ink, words, blanked, (small ? LABEL_DPI : TEXT_DPI) / dpi));
  const pageWords = words;
  words = words.filter((w) => !isLabelNumber(w, labelCells, pageWords));
  // Numbers outside ruled grids (borderless tables): each re-read from its own box.
  const inGrid = (w: OcrWord): boolean => gridBoxes.some((b) => centreIn(w, b));
  // (Numberish words first: the numbers a lone Han word stands between are then known.)
  const numberish = (w: OcrWord): boolean => isNumberishText(w.text);
  for (const w of [...words.filter(numberish), ...words.filter((x) => !numberish(x))]) {
    if (!numberish(w) && !isHanBetweenNumbers(w, numbers)) continue;
    if (inGrid(w)) continue;
    const read = await readNumber(clean, numberBox(clean, w, level), level);
    if (typeof read !== 'object') continue;
    words = words.filter((x) => x !== w);
    numbers.push({ box: { x1: w.x0, y1: w.y0, x2: w.x1, y2: w.y1 }, text: read.text });
  }
  const items: PdfItem[] = [
    ...words.map((w) => ({ str: w.text, x: pt(w.x0), top: pt(w.y0), width: pt(w.x1 - w.x0), height: pt(w.y1 - w.y0), size: pt(w.y1 - w.y0) })),
    ...numbers.map((n) => ({ str: n.text, x: pt(n.box.x1), top: pt(n.box.y1), width: pt(n.box.x2 - n.box.x1), height: pt(n.box.y2 - n.box.y1), size: Math.min(12, pt(n.box.y2 - n.box.y1)) })),
  ];
  const result = keepPage(rendered, dpi, { items, grids, cells, skew, ...(turn !== 0 ? { turn } : {}), timing: { renderMs, recogniseMs: ms(t), textMs } });
  return speckled ? { ...result, speckled: true } : result;
}
