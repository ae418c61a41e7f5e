/**
 * @file Positioned PDF text items (top-left origin, pt) → lines of cells, for text outside ruled
 * tables (the whitespace strategy): items whose vertical centres are close form a line (reading
 * order by position, not by content-stream order); inside a line a horizontal gap wider than a
 * fraction of the font size starts a new cell, and a smaller one already does between two numbers
 * (narrow borderless columns).
 */
import { fixCompatibilityChars, normalizeLabel } from '../layout/normalize-text.js';
import { headerWordsOnly } from '../tables/build-rows.js';
import { matchHeading } from '../sections/match-heading.js';
import { continuesObject, numberJoinGaps, spacesInObjects } from './letter-spacing.js';
import { isBareNumber, numberColumnStarts, onColumnEdge, ZERO_LETTER } from './number-columns.js';
import { maxOf, minOf } from '../_internal/extremes.js';
import { claimLabelTails, firstValueIndex, isNumberCell, ITEM_LABEL_START, releaseOtherItems } from './item-starts.js';
import { NA_SIGN_SOURCE } from '../tables/tokenize-cell.js';
import { isCaptionLine } from './caption-lines.js';
import { ACTIVE_COLUMN_WORDS_2019, ACTIVE_COLUMN_WORDS_2021, ACTIVE_ROWS_2019, ACTIVE_ROWS_2021 } from '../template/active.js';
import { REQUEST_ROWS_SPLIT } from '../template/requests.js';

/** One text item: its box in pt (top-left origin) and its font size. */
export interface PdfItem {
  str: string;
  x: number;
  top: number;
  width: number;
  height: number;
  size: number;
  /** A text object of its own starts here, touching the previous one: a cell boundary without a gap. */
  objectStart?: boolean;
  /** A text object starts at this number item (`text-objects.ts`): a cell boundary where it touches the previous number (`TOUCH_GAP`). */
  objectEdge?: boolean;
  /** A space glyph the producer drew ends right before it (`drawn-spaces.ts`): a cell boundary, whatever the gap. */
  spaceBefore?: boolean;
  /** The run's baseline runs down the page (a number in vertical writing, `vertical-text.ts`). */
  down?: boolean;
  /**
   * A converter of the PDF to positioned text wrote white space right before it (a run's leading
   * space: pdftohtml's ' ２２' after a '|' set in another font, load/text-advance.ts): joined to the
   * text before it in its cell, a space goes between them, as pdf.js puts one inside a run.
   */
  spaced?: boolean;
  /**
   * The first item of a converter's positioned run (a pdf2xml `<text>`, load/text-advance.ts): the
   * converter ended a run before it — a font change or a gap. A bare number so starting over
   * TEXT_NUMBER_GAP after label text starts a cell, as one starting a PDF text object does.
   */
  runStart?: boolean;
  /** pt. Cut from a run at a space pdf.js put there: the gap before it, estimated from the run's width (`splitNumberRuns`). */
  spacedGap?: number;
  /**
   * Its text may be read with another text drawn over or beside it that the page does not show:
   * part of it drawn again over it (`dropOverprints`: maybe two different numbers one over the
   * other), or white text on a page with too much of it to drop (`white-text.ts`). Its numbers are
   * not trusted (`overlapping-text.ts`).
   */
  conflict?: boolean;
  /**
   * Runs dropped as overprints of this one (`dropOverprints`), before the page's render modes are
   * known: when this one turns out invisible, they are what the page shows (`invisible-text.ts`).
   */
  overprints?: PdfItem[];
  /** Recognised by OCR (`ocr/`): a scan's word box, not a text run (its characters' boxes are their ink, apart, pieces of a word may be lost). */
  ocr?: true;
}

/** A line of cells with its vertical extent on the page and the left (and right) edge of every cell. */
export interface PositionedLine {
  cells: string[];
  xs: number[];
  /** Right edge of every cell (free-columns.ts places values under their column headers by it). */
  ends?: number[];
  top: number;
  bottom: number;
  /** A table's column header read as whole cells (header-band.ts): never part of a row's label. */
  header?: boolean;
}

/** × font size. Items whose centres differ by less than this share a line. */
const LINE_TOLERANCE = 0.45;
/** × font size. A gap wider than this between items separates cells. */
const CELL_GAP = 1.2;
/** × font size. Between two numbers a gap this wide already separates cells. */
const NUMBER_GAP = 0.3;
/**
 * × font size. A number starting a text object of its own this far after text is the next cell's,
 * not part of the text: a narrow label column's last line ends close to the first number
 * (Chromium, borderless, left-aligned numbers: '理结果（一）' 0.96 em before '11', joined into the
 * label, and the row lost its first value). Prose runs a number into its words (gaps ≤ a space).
 */
const TEXT_NUMBER_GAP = 0.6;

/**
 * × font size. A number starting its own text object this close to the previous number touches it:
 * two cells (a right-aligned column next to a left-aligned one). Letter-spaced digits, which some
 * producers also write one object each, stand at least the spacing (≥ 0.2 em, `letter-spacing.ts`) apart.
 */
const TOUCH_GAP = 0.05;

/** em. Advance assumed for a digit or a decimal point (digits: Times 0.5, Helvetica and Arial 0.556, whose gaps come out wider, so they are joined less). */
const DIGIT_EM = 0.5;
/** em. Gaps inside a run of digits narrower than this are letter spacing; cells are at least their padding apart. */
const MAX_LETTER_GAP_EM = 0.25;

/**
 * A number printed letter-spaced (CSS `letter-spacing`, justified cells): pdf.js puts a space in
 * every gap ('1 9 1 6'), which would read as four cells. Its gaps are the narrow spacing, while two
 * cells' numbers are at least the cells' padding apart: judged from the item's width less its digits.
 */
function letterSpaced(it: PdfItem): boolean {
  if (!/^\d(?:\s[\d.])+$/.test(it.str) || /\.\s\.|\..*\./.test(it.str)) return false;
  const digits = it.str.replace(/\s/g, '').length;
  const gap = (it.width - digits * DIGIT_EM * it.size) / (digits - 1);
  return gap < MAX_LETTER_GAP_EM * it.size;
}

/**
 * pdf.js joins nearby text runs on one line into one item, putting a space where they were apart:
 * two numbers of neighbouring cells can arrive as '12 3'. Such an item is cut between the
 * numbers, each part placed proportionally along the item (digits have equal advance widths).
 */
export function splitNumberRuns(it: PdfItem): PdfItem[] {
  if (!/\d\s+\d/.test(it.str) || it.width <= it.height) return [it];
  if (letterSpaced(it)) return [{ ...it, str: it.str.replace(/\s+/g, '') }];
  const gap = spaceWidth(it);
  const offset = charOffsets(it);
  const parts: PdfItem[] = [];
  for (const m of it.str.matchAll(/\S+(?:\s(?!\s*\d)\S+)*|\S+/g)) {
    const part: PdfItem = { ...it, str: m[0], x: it.x + offset(m.index), width: offset(m.index + m[0].length) - offset(m.index) };
    parts.push(parts.length > 0 && gap !== null ? { ...part, spacedGap: gap } : part);
  }
  return parts;
}

/** A character's advance in em as `spaceWidth` estimates it: digits and points `DIGIT_EM`, ideographs and full-width forms 1, others ½. */
const charEm = (c: string): number => (/[\d.]/.test(c) ? DIGIT_EM : WIDE_CHAR.test(c) ? 1 : 0.5);
/** An ideograph, CJK punctuation ('、', '。') or a full-width form: one em in a CJK font. */
const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;

/**
 * pt from the run's start to its character `k`: the run's width shared by its characters, a space
 * counting as one (digits have equal advances), but an ideograph taking one em — shared evenly
 * ('规章 16 3 7': LibreOffice sets a label and the numbers after it, one space apart, as one line)
 * the label's two ideographs were counted as two digits, '16' placed a digit early was cut
 * '规章1' | '63', and the row read 1 and 63 for 16 and 3 at 0.95. The narrow characters keep
 * equal shares of what the ideographs leave (spaces as wide as digits: the parts stay apart).
 */
function charOffsets(it: PdfItem): (k: number) => number {
  let wide = 0;
  for (let i = 0; i < it.str.length; i++) if (WIDE_CHAR.test(it.str[i]!)) wide++;
  const rest = it.width - wide * it.size;
  const narrow = it.str.length - wide;
  if (wide === 0 || narrow === 0 || rest <= 0) return (k) => (k * it.width) / it.str.length;
  const share = rest / narrow;
  const at = [0];
  for (let i = 0; i < it.str.length; i++) at.push(at[i]! + (WIDE_CHAR.test(it.str[i]!) ? it.size : share));
  return (k) => at[k] ?? (k * it.width) / it.str.length;
}

/** pt. The width of each space pdf.js put in a run: its width less its characters' advances (digits `DIGIT_EM`, ideographs 1 em, others ½), shared by its gaps. */
function spaceWidth(it: PdfItem): number | null {
  const gaps = it.str.trim().match(/\s+/g)?.length ?? 0;
  const ems = [...it.str.replace(/\s/g, '')].reduce((n, c) => n + charEm(c), 0);
  const gap = (it.width - ems * it.size) / gaps;
  return gaps > 0 && gap >= 0 ? gap : null;
}

const centre = (it: PdfItem): number => it.top + it.height / 2;

/** Groups items into visual lines (sorted top to bottom, each left to right). */
export function groupLines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => centre(a) - centre(b) || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    const rowCentre = row ? row.reduce((s, r) => s + centre(r), 0) / row.length : -Infinity;
    if (row && Math.abs(centre(it) - rowCentre) <= LINE_TOLERANCE * it.size) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

/** Spaces between two CJK characters are layout ('商 业 企 业', justified headings), not text. */
export function joinSpacedHan(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}（）、])[ \u3000]+(?=[\p{Script=Han}（）、])/gu, '');
}

/**
 * A space next to a decimal point between digits is spacing, not a separator: pdf.js puts one
 * where glyphs drawn apart leave a gap around a narrow '.' ('1289 .34': CSS letter-spacing in
 * Chromium; '12. 5': pdftocairo places glyphs one by one). Nothing in a statistics table starts
 * with '.', and numbering ('3. ') is followed by its label's text, never by a digit; read as
 * numbering, '12. 5' would give the value 5.
 */
export function joinSpacedDecimal(text: string): string {
  return text.replace(/(\d) +(?=[.．]\d)/g, '$1').replace(/(\d[.．]) +(?=\d)/g, '$1');
}

/** Cleans one cell's text. */
export function cellText(raw: string): string {
  return joinSpacedDecimal(joinSpacedHan(fixCompatibilityChars(raw).replace(/\s+/g, ' ').trim()));
}

/** Font sizes this far apart (ratio) are two blocks' text: a page's h1 and a narrow links box beside it. */
const SIZE_APART = 1.5;

/**
 * Words of two sizes side by side with a cell's gap of the smaller size between them (a large h1's wrapped line beside a links
 * box's entry: '…2023年政' | '度报告'): two cells, though the gap is narrow for the larger letters. Numbers are left as they are.
 */
function sizesApart(last: PdfItem | undefined, it: PdfItem, gap: number, text: string): boolean {
  if (!last || isBareNumber(text)) return false;
  const small = Math.min(last.size, it.size);
  return Math.max(last.size, it.size) >= SIZE_APART * small && gap > CELL_GAP * small;
}

/**
 * One visual line → cells split at wide gaps (narrower ones between numbers), with their x.
 * `joinGap` (em): on a letter-spaced line, the widest gap inside one number (`letter-spacing.ts`);
 * `objectSpaced`: the page spaces the digits of numbers drawn one text object each (`spacesInObjects`).
 */
function splitLine(row: readonly PdfItem[], joinGap: number | null = null, objectSpaced = false, numberEdges: readonly number[] = []): { cells: string[]; xs: number[]; ends: number[] } {
  const cells: string[] = [];
  const xs: number[] = [];
  const ends: number[] = [];
  const members: PdfItem[][] = [];
  let end = -Infinity;
  let last: PdfItem | undefined;
  for (const it of row) {
    const gap = it.x - end;
    const text = it.str.trim();
    const prev = cells.at(-1);
    const betweenNumbers = prev !== undefined && /\d$/.test(prev) && /^\d/.test(text);
    const spaced = betweenNumbers && continuesObject(it, (it.spacedGap ?? gap) / it.size, objectSpaced);
    const afterText = prev !== undefined && !/\d$/.test(prev) && (((it.objectEdge === true || it.runStart === true || onColumnEdge(it.x, numberEdges)) && isBareNumber(text) || (ZERO_LETTER.test(text) && onColumnEdge(it.x, numberEdges))) && gap > TEXT_NUMBER_GAP * it.size || edgeAfterText(it, text, gap, numberEdges));
    if (prev === undefined || gap > CELL_GAP * it.size || afterText || sizesApart(last, it, gap, text) || signApart(prev, text, gap / it.size) || (betweenNumbers && !spaced && (numberBreak(it, gap, joinGap) || objectsApart(last, it, gap)))) {
      cells.push(text);
      xs.push(it.x);
      ends.push(it.x + it.width);
      members.push([it]);
    } else {
      cells[cells.length - 1] += it.spaced ? ` ${text}` : text;
      members.at(-1)!.push(it);
    }
    end = Math.max(end, it.x + it.width);
    ends[ends.length - 1] = Math.max(ends.at(-1)!, it.x + it.width);
    last = it;
  }
  return splitKnownPieces({ cells: cells.map(cellText), xs, ends }, members);
}

/** Table 二's column words, both templates ('本年制发件数', '上一年项目数量'), as compared (no spaces). */
const ACTIVE_WORDS = [...Object.values(ACTIVE_COLUMN_WORDS_2021), ...Object.values(ACTIVE_COLUMN_WORDS_2019)];

/** `text` as two or more of table 二's column words one after another ('本年制发件数本年废止件数'), or null. */
function columnWords(text: string): string[] | null {
  if (text.length === 0) return [];
  for (const w of ACTIVE_WORDS) {
    if (!text.startsWith(w)) continue;
    const rest = columnWords(text.slice(w.length));
    if (rest) return [w, ...rest];
  }
  return null;
}

/** A bare number after a row label and a space ('行政规范性文件 25'). */
const LABEL_THEN_NUMBER = /^(\S.*?)\s+(\d[\d,.]*)$/u;

/**
 * The cells a cell's text stands for when it joins known pieces: two or more of table 二's column words, or one whole
 * row label of table 二 and a number a space after it (`splitKnownPieces`); null otherwise.
 */
function knownPieces(cell: string): string[] | null {
  const m = LABEL_THEN_NUMBER.exec(cell);
  if (m && ACTIVE_LABELS.has(labelText([m[1]!]))) return [m[1]!.replace(/\s+/g, ''), m[2]!];
  if (cell.length < 8) return null;
  const words = columnWords(cell.replace(/\s+/g, ''));
  return words && words.length >= 2 ? words : null;
}

/**
 * A cell holding two or more of table 二's column words one after another is that many header cells, each where its
 * characters are: a compact borderless table (cells 3 px inside their edges, Chromium at 12–16 pt) sets its header
 * cells a space apart, which pdf.js joins into one run ('本年制发件数 本年废'), so the header read as one cell over
 * all three columns and the rows' numbers under it were placed nowhere (规章's values lost). So a whole row label of
 * table 二 and the number a space after it ('行政规范性文件 25', the number 0.38 em after the label: under
 * TEXT_NUMBER_GAP) are two cells — joined, the row had no label the template knows and took the blank row above and
 * the next small table's heading as its wrapped label ('规章行政规范性文件 25第二十条第（五）项'). Each piece's extent is
 * its characters' (an ideograph one em, a run's narrow characters sharing the rest: `charOffsets`), from the items
 * that drew it; a cell whose characters do not pair with its items' is left whole.
 */
function splitKnownPieces(line: { cells: string[]; xs: number[]; ends: number[] }, members: readonly PdfItem[][]): { cells: string[]; xs: number[]; ends: number[] } {
  if (!line.cells.some((c) => knownPieces(c) !== null)) return line;
  const out = { cells: [] as string[], xs: [] as number[], ends: [] as number[] };
  line.cells.forEach((cell, i) => {
    const words = knownPieces(cell);
    const spans = words ? charSpans(members[i]!) : null;
    if (!words || !spans || spans.map((c) => c.ch).join('') !== words.join('')) {
      out.cells.push(cell);
      out.xs.push(line.xs[i]!);
      out.ends.push(line.ends[i]!);
      return;
    }
    let at = 0;
    for (const w of words) {
      out.cells.push(w);
      out.xs.push(spans[at]!.x);
      out.ends.push(spans[at + w.length - 1]!.end);
      at += w.length;
    }
  });
  return out;
}

/** The characters (spaces left out) of a cell's items, each with its extent (`charOffsets`). */
function charSpans(items: readonly PdfItem[]): { ch: string; x: number; end: number }[] {
  const out: { ch: string; x: number; end: number }[] = [];
  for (const it of items) {
    const offset = charOffsets(it);
    for (let k = 0; k < it.str.length; k++) if (!/\s/.test(it.str[k]!)) out.push({ ch: fixCompatibilityChars(it.str[k]!), x: it.x + offset(k), end: it.x + offset(k + 1) });
  }
  return out;
}

/**
 * A bare number right after label text (under TEXT_NUMBER_GAP, not drawn over it) that starts a text
 * object of its own exactly on a value column's left edge (numbers start there on three or more
 * lines): both say a cell starts there. A narrow A5 print of a borderless table whose values are
 * left-aligned ends a wrapped label's line at its cell's edge ('3.危及“三安全一稳定”' 0.1 em before
 * '2'): joined into the label, the row lost its first value and read ambiguous.
 */
function edgeAfterText(it: PdfItem, text: string, gap: number, numberEdges: readonly number[]): boolean {
  return it.objectEdge === true && isBareNumber(text) && onColumnEdge(it.x, numberEdges) && gap >= -TOUCH_GAP * it.size;
}

/**
 * Does a new cell start at `it`, a number after a number `gap` pt away? A text object starts there
 * (or a drawn space ends there),
 * or the gap is wider than the cells' padding; on a letter-spaced line, wider than `joinGap` em
 * (where pdf.js put a space in a run and it was cut there, the space's width is the gap).
 */
function numberBreak(it: PdfItem, gap: number, joinGap: number | null): boolean {
  if (it.objectStart === true || it.spaceBefore === true) return true;
  // Touching — or drawn over the previous number's end (a value overflowing its narrow cell): two cells.
  if (it.objectEdge === true && gap <= TOUCH_GAP * it.size) return true;
  if (joinGap === null) return gap > NUMBER_GAP * it.size;
  return (it.spacedGap ?? gap) > joinGap * it.size;
}

/** A number of two or more characters drawn as one item ('555', '1,251'): its digits are set together, not letter spaced. */
const WHOLE_NUMBER = /^\d[\d,.]*\d$/;

/**
 * Two numbers `gap` pt apart, the later starting a text object of its own, where one of them is a
 * multi-digit item (its digits drawn together): two cells, however narrow the gap. A borderless
 * table of narrow left-aligned columns (Chromium, A4 landscape, large numbers with thousands
 * separators) leaves only the cells' padding between one cell's number and the next ('1,251' then
 * '555' 0.25 em later): under NUMBER_GAP, joined as '1,251555', the row lost a column and the
 * header band its column positions. Letter-spaced digits some producers write one object each are
 * single-digit items on both sides of every gap.
 */
function objectsApart(prev: PdfItem | undefined, it: PdfItem, gap: number): boolean {
  if (prev === undefined || it.objectEdge !== true || gap <= TOUCH_GAP * it.size) return false;
  return WHOLE_NUMBER.test(prev.str.trim()) || WHOLE_NUMBER.test(it.str.trim());
}

/** An item number alone in a cell so far ('5.', '3、', '（二）'): ITEM_LABEL_START and nothing after it. */
const ITEM_ALONE = new RegExp(`(?:${ITEM_LABEL_START.source})\\s*$`, 'u');

/** A not-applicable sign alone ('/', '—', '－', '——'): tables/tokenize-cell NA_SIGN_SOURCE. */
const NA_SIGN = new RegExp(`^${NA_SIGN_SOURCE}$`, 'u');

/**
 * Does a new cell start at `text`, `gap` em after the cell `prev`, where one of them is a
 * not-applicable sign? Between values (a number or a sign) a gap wider than NUMBER_GAP, after label
 * text one wider than TEXT_NUMBER_GAP: the cells of a narrow borderless column (pandoc's .odt printed
 * by LibreOffice: one-character columns about 1 em apart) were read as one '————' cell and a row of
 * zeros printed '—' lost its columns, its first sign joined to the label ('2.—'). Dashes drawn
 * together ('——' as two glyphs) stay one sign; a dash inside words is not a sign alone. So after an
 * item number alone ('5.' in a one-character sub-item column, its label wrapped below): a number
 * there 1.2 em on was joined into the label ('5.28') — no number is printed ending in a stop.
 * A full-width '－' is drawn in a 1 em box whose ink stands in its middle, so its box starts close to
 * the number before it: Chromium on narrow custom paper (190 mm, breakit53 cr-custom/r13) put
 * 商业企业's '1' 1.03 em before 科研机构's '－' box — under CELL_GAP '1－' was one cell, the row a cell
 * short, and the identities repaired '－' to 2 (0.85).
 */
function signApart(prev: string, text: string, gap: number): boolean {
  // An item number alone ('5.', '3、') is label, however close the number after it: '5.28' was read as one label.
  if (ITEM_ALONE.test(prev) && isBareNumber(text)) return gap > TEXT_NUMBER_GAP;
  // An item number starting a label cell of its own after another column's text ('（' | '1.'): two cells.
  if (ITEM_ALONE.test(text) && /\p{Script=Han}|[（(]$/u.test(prev) && !isBareNumber(text)) return gap > TEXT_NUMBER_GAP;
  const sign = NA_SIGN.test(text);
  if (!sign && !NA_SIGN.test(prev)) return false;
  if (isNumberCell(prev) && (sign || isBareNumber(text))) return gap > NUMBER_GAP;
  return sign && gap > TEXT_NUMBER_GAP;
}

/** Groups free items into lines of cells. */
export function itemsToLines(items: readonly PdfItem[]): PositionedLine[] {
  const rows = groupLines(items);
  const joinGaps = numberJoinGaps(rows, NUMBER_GAP);
  const objectSpaced = spacesInObjects(rows);
  const numberEdges = numberColumnStarts(rows);
  return rows.map((row, i) => ({
    ...splitLine(row, joinGaps[i], objectSpaced, numberEdges),
    top: minOf(row.map((it) => it.top)),
    bottom: maxOf(row.map((it) => it.top + it.height)),
  }));
}

const hasNumbers = (l: PositionedLine): boolean => l.cells.some(isNumberCell);

/** × line height. A label line this close to a row's numbers may belong to that row. */
const WRAP_GAP = 1.5;

/** pt. A cell starting this far left of a row's first number still lies over the number columns. */
const OVER_NUMBERS_SLACK = 2;

/**
 * True when a text line has a cell over the number columns of `row`: a column header (a wrapped
 * header line '人 法律服 社会公 商业 科研 其 计' right above the first row) or a note, not a
 * fragment of the row's label. Absorbed, its cells were dropped (absorb keeps label cells only) and
 * the header lost: the table's printed column order could no longer be read.
 */
function overNumbers(line: PositionedLine, row: PositionedLine): boolean {
  const first = firstValueIndex(row.cells);
  if (first < 0) return false;
  if (line.xs.some((x) => x >= row.xs[first]! - OVER_NUMBERS_SLACK)) return true;
  // A later cell of the line, column-header words only, reaching over one of the row's numbers: a header cell starting left of a number right-aligned
  // under it ('信息内容 本年制发件数 本年废止件数 现行有效件数' over '规章 … 10', the row's one number in its last column).
  if (!line.ends || !row.ends || line.cells.length < 2) return false;
  const numbers = row.cells.flatMap((c, j) => (j >= first && isNumberCell(c) ? [j] : []));
  const over = (x: number, k: number): boolean => numbers.some((j) => Math.min(line.ends![k]!, row.ends![j]!) - Math.max(x, row.xs[j]!) > OVER_NUMBERS_SLACK);
  return line.xs.some((x, k) => k > 0 && headerWordsOnly(normalizeLabel(line.cells[k]!)) && over(x, k));
}

/** An item number starting a label: '3.', '（七）', '四、' (not a decimal '1.5'). */
const ITEM_START = ITEM_LABEL_START;

/**
 * True when a label line starting an item ('3.其他') lies over a label cell of `row` that starts an
 * item of its own ('（七）总计' reaching into the sub-item column, '4.保护第三方合法权益' in it): the
 * line is a row of its own printed blank (zeros left empty), not a wrapped fragment of that row's
 * label. Absorbed, the blank row vanished and its label was read with the row below's numbers.
 */
function ownItemThere(line: PositionedLine, row: PositionedLine): boolean {
  if (!line.ends || !row.ends || !ITEM_START.test(line.cells[0]!)) return false;
  const x = line.xs[0]!;
  const end = line.ends[0]!;
  return row.cells.some((c, k) => !isNumberCell(c) && ITEM_START.test(c) && Math.min(end, row.ends![k]!) > Math.max(x, row.xs[k]!));
}

/** Table 二's row labels, both templates, as compared (no spaces, ASCII brackets). */
const ACTIVE_LABELS = new Set([...ACTIVE_ROWS_2021, ...ACTIVE_ROWS_2019].flatMap((r) => r.labels));
const labelText = (cells: readonly string[]): string => cells.join('').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
/** pt. A line starting this close to a row's label cell (or, centred, within its extent this close) is in that cell's column. */
const SAME_COLUMN = 2;

/**
 * True when `line` starts in the column of `row`'s label (cells before `first`): at the same x, or — labels centred in
 * their cell (Chromium, LibreOffice: '规章' over '行政规范性文件') — the one's extent inside the other's.
 */
function sameLabelColumn(line: PositionedLine, row: PositionedLine, first: number): boolean {
  if (Math.abs(line.xs[0]! - row.xs[0]!) <= SAME_COLUMN) return true;
  if (!line.ends || !row.ends) return false;
  const a = { x: line.xs[0]!, end: line.ends.at(-1)! };
  const b = { x: row.xs[0]!, end: row.ends[first - 1]! };
  const inside = (p: typeof a, q: typeof a): boolean => p.x >= q.x - SAME_COLUMN && p.end <= q.end + SAME_COLUMN;
  return inside(a, b) || inside(b, a);
}

/** Table 三's row labels in full, as normalizeLabel gives them ('属于国家秘密', '总计', '其他'): not the short forms ('部分公开' starts a wrapped label). */
const REQUEST_LABELS = new Set(REQUEST_ROWS_SPLIT.map((r) => r.labels[0]!));
/** chars. Most text before a row's item number on its line: a neighbouring label column's piece ('（三）' | '1.属于国家秘密'). */
const MAX_LEAD = 6;

/**
 * True when `text` ends in one whole row label of table 三 led by its item number ('1.属于国家秘密', '（七）总计',
 * '3.其他'), after at most a short piece of another label column's text without digits ('（三）1.属于国家秘密').
 */
function endsInRequestRow(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  for (let i = 0; i <= Math.min(MAX_LEAD, t.length - 1); i++) {
    if (/\d/.test(t.slice(0, i))) return false;
    if (ITEM_START.test(t.slice(i)) && REQUEST_LABELS.has(normalizeLabel(t.slice(i)))) return true;
  }
  return false;
}

/**
 * True when the text-only line below `line` carries its label on into a longer row label of table 三: '2.其他' over
 * '法律行' is the first line of '2.其他法律行政法规禁止公开' wrapped, not the whole label '3.其他'.
 */
function continuedBelow(line: PositionedLine, below: PositionedLine | undefined): boolean {
  if (!below || below.cells.some(isNumberCell)) return false;
  const joined = normalizeLabel(`${line.cells.join('')}${below.cells[0]!}`);
  for (const label of REQUEST_LABELS) if (label.startsWith(joined)) return true;
  return false;
}

/** True when a row's last label cell (before its first number) is one whole row label of table 三 (endsInRequestRow). */
function requestRowLabelled(row: PositionedLine): boolean {
  const first = firstValueIndex(row.cells);
  return first > 0 && endsInRequestRow(row.cells[first - 1]!);
}

/**
 * True when a text-only line is a row of table 二 of its own, not a fragment of `row`'s label: the
 * line is one whole row label of table 二 ('行政强制') in the column of `row`'s label, or a small table's heading
 * ('第二十条第（六）项') anywhere, and `row`'s label is itself a whole row label ('行政处罚').
 * Two whole labels are never one wrapped label: the line is a row whose value cell printed blank (its
 * box lost in a dump without rulings: pdftohtml -xml / -s), or the next small table's heading. Absorbed,
 * the blank row's label was read with the row above's number ('行政处罚行政强制 6,566': 行政强制 = 6566 at 0.88).
 * So for table 三: a line ending in one whole row label led by its item number ('1.属于国家秘密', '3.其他') is a
 * row of its own when `row`'s label is one too ('（七）总计'), or when another line lies between them (`apart`: the
 * row's own wrapped label lines, '（二）部分公开（区分处理的，只计这一情形，不计' / '4 2 6' / '其他情形）', the numbers
 * centred between them). A Chromium print at 12 pt whose zeros print blank had '1.属于国家秘密' taken as the third
 * line of 部分公开's label and '3.其他' as the first of 总计's: 总计's values read as 3.其他's (< 0.8), 总计 missing.
 */
function ownLabelThere(line: PositionedLine, row: PositionedLine, apart: boolean, below?: PositionedLine): boolean {
  if (line.cells.some(isNumberCell)) return false;
  if (endsInRequestRow(line.cells.join('')) && !continuedBelow(line, below) && (apart || requestRowLabelled(row))) return true;
  const first = firstValueIndex(row.cells);
  if (first <= 0) return false;
  if (!ACTIVE_LABELS.has(labelText(row.cells.slice(0, first)))) return false;
  const text = labelText(line.cells);
  // (A small table's heading is centred over the whole table, not in the label column: a LibreOffice print's
  // '第二十条第（五）项' had joined '行政规范性文件 9 12' above it, the row's label read as two rows' text.)
  return (ACTIVE_LABELS.has(text) && sameLabelColumn(line, row, first)) || /^第二十条第\([一二三四五六七八九十]+\)项$/.test(text);
}

/**
 * Borderless tables centre their cells vertically: a label wrapped over several lines has lines
 * above and below the line of its numbers ('2.没有现成信息需' / '20 1 0 0 2 0 23' / '要另行制作').
 * Each text-only line close to lines with numbers joins the nearest of them (by centre distance),
 * in the label cell of its column, above or below the text that is there. Lines far from any
 * numbers (headings, narrative), and lines with text over the number columns (headers), are left alone.
 */
export function mergeWrappedLabels(lines: readonly PositionedLine[]): PositionedLine[] {
  const sorted = [...lines].sort(byTop);
  const n = sorted.length;
  // Per line, once: whether it prints numbers, and the nearest lines with numbers above and below.
  const numbered = sorted.map((l) => hasNumbers(l) && !isCaptionLine(l));
  const prevNumbered = new Int32Array(n);
  const nextNumbered = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    prevNumbered[i] = last;
    if (numbered[i]) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    nextNumbered[i] = last;
    if (numbered[i]) last = i;
  }
  const owner = new Map<PositionedLine, PositionedLine>();
  for (let i = 0; i < n; i++) {
    const line = sorted[i]!;
    // A section heading stays a line of its own, whatever is near it.
    if (numbered[i] || line.header === true || barred(line) || isCaptionLine(line) || matchHeading(line.cells.join('')) !== null) continue;
    const height = line.bottom - line.top;
    let best: PositionedLine | undefined;
    let bestGap = Infinity;
    let bestApart = false;
    // (Reach by the taller of the two lines: a row whose numbers are set in a taller face, or wrapped in their
    // cells ('3,3' over '54', its commas in a face of their own), reaches as far as its line is tall; a
    // label line set in its text's em (load/run-ems) fell just short of its row and its item stood alone.)
    // Only lines between (or right next to) rows of numbers, with nothing but label lines in between;
    // the nearer of the two by centre distance (the one above on a tie).
    for (const j of [prevNumbered[i]!, nextNumbered[i]!]) {
      if (j < 0) continue;
      const v = sorted[j]!;
      const gap = Math.abs(lineCentre(v) - lineCentre(line));
      if (gap <= WRAP_GAP * Math.max(height, v.bottom - v.top) * 2 && gap < bestGap && !barred(v) && !overNumbers(line, v) && labelLinesBetween(sorted, numbered, j, i, height)) [best, bestGap, bestApart] = [v, gap, linesBetween(sorted, j, i)];
    }
    // The nearest row's own item there: the line is a row of its own (not given to the farther row either).
    if (best === undefined || ownItemThere(line, best) || ownLabelThere(line, best, bestApart, sorted[i + 1])) continue;
    owner.set(line, best);
  }
  releaseOtherItems(owner);
  claimLabelTails(sorted, owner, (line, row) => line.header !== true && !barred(line) && !barred(row) && !isCaptionLine(line) && !isCaptionLine(row) && matchHeading(line.cells.join('')) === null && !overNumbers(line, row));
  // Each row's fragments in line order.
  const parts = new Map<PositionedLine, PositionedLine[]>();
  for (const l of sorted) {
    const row = owner.get(l);
    if (row !== undefined) (parts.get(row) ?? parts.set(row, []).get(row)!).push(l);
  }
  const out: PositionedLine[] = [];
  for (const line of sorted) {
    if (owner.has(line)) continue;
    const own = parts.get(line);
    out.push(own === undefined ? line : absorb(line, own));
  }
  return out;
}

const byTop = (a: PositionedLine, b: PositionedLine): number => a.top - b.top;
const lineCentre = (l: PositionedLine): number => (l.top + l.bottom) / 2;

/**
 * True when every line of `sorted` (by top) strictly between lines `j` and `i` by top prints no
 * numbers, is no header and is at most 1.5 `height` tall. Sorted by top, those lines lie between the two indexes.
 */
function labelLinesBetween(sorted: readonly PositionedLine[], numbered: readonly boolean[], j: number, i: number, height: number): boolean {
  const [lo, hi] = j < i ? [j, i] : [i, j];
  const [top, bottom] = [Math.min(sorted[j]!.top, sorted[i]!.top), Math.max(sorted[j]!.top, sorted[i]!.top)];
  for (let k = lo + 1; k < hi; k++) {
    const l = sorted[k]!;
    if (l.top > top && l.top < bottom && (numbered[k] || l.header === true || l.bottom - l.top > height * 1.5)) return false;
  }
  return true;
}

/** True when a line lies between lines `j` and `i` of `sorted` (by top), strictly below the upper one's top and above the lower one's. */
function linesBetween(sorted: readonly PositionedLine[], j: number, i: number): boolean {
  const [lo, hi] = j < i ? [j, i] : [i, j];
  const [top, bottom] = [Math.min(sorted[j]!.top, sorted[i]!.top), Math.max(sorted[j]!.top, sorted[i]!.top)];
  for (let k = lo + 1; k < hi; k++) if (sorted[k]!.top > top && sorted[k]!.top < bottom) return true;
  return false;
}

/**
 * True when a cell of the line is opened or closed by a column bar ('| 12', '０|', '|'): a table drawn in
 * text (a `<pre>` table's '|' bars, set by a converter in a font of their own, pdftohtml -xml). Its wrapped
 * labels print in cells of their own between bars, read by the text stages (layout/column-bars,
 * pipe-wrapped-rows), not fragments to give by position: where a row's last cell printed without a bar
 * ('| 16') it alone had a number cell ('０|' is none), and its bar-closed neighbour rows were taken as
 * its label lines (dev gen60 1007000 pdftohtml-xml r22, its full-width digits made ASCII: 24 of 186
 * right, 179 as the PDF path reads the same page keeping them full-width).
 */
function barred(l: PositionedLine): boolean {
  return l.cells.some((c) => /^\s*[|\uff5c]|[|\uff5c]\s*$/.test(c));
}

/** Puts wrapped label fragments into the label cells of a line with numbers. */
function absorb(row: PositionedLine, parts: readonly PositionedLine[]): PositionedLine {
  const cells = [...row.cells];
  const xs = [...row.xs];
  const ends = row.ends ? [...row.ends] : undefined;
  const firstNumber = firstValueIndex(cells);
  const numbersX = firstNumber < 0 ? Infinity : xs[firstNumber]!;
  const labelEnd = (): number => {
    const f = firstValueIndex(cells);
    return f < 0 ? cells.length : f;
  };
  const above = parts.filter((p) => p.top < row.top);
  const below = parts.filter((p) => p.top >= row.top);
  // Fragments above are prepended (nearest last), fragments below appended (nearest first).
  const place = (fragment: string, x: number, before: boolean): void => {
    if (x >= numbersX) return; // text over the number columns is a header, not a label
    let slot = -1;
    let best = Infinity;
    for (let i = 0; i < labelEnd(); i++) {
      const d = Math.abs(xs[i]! - x);
      if (d < best) [slot, best] = [i, d];
    }
    if (slot < 0 || best > 24) {
      // No label cell in that column yet: open one, keeping cells in x order.
      const at = xs.findIndex((cx, i) => i >= labelEnd() || cx > x);
      const index = at < 0 ? cells.length : at;
      cells.splice(index, 0, fragment);
      xs.splice(index, 0, x);
      ends?.splice(index, 0, x);
      return;
    }
    cells[slot] = before ? `${fragment}${cells[slot]}` : `${cells[slot]}${fragment}`;
  };
  for (const p of [...above].reverse()) p.cells.forEach((c, i) => place(c, p.xs[i]!, true));
  for (const p of below) p.cells.forEach((c, i) => place(c, p.xs[i]!, false));
  return { cells, xs, ...(ends ? { ends } : {}), top: minOf([row.top, ...parts.map((p) => p.top)]), bottom: maxOf([row.bottom, ...parts.map((p) => p.bottom)]) };
}
