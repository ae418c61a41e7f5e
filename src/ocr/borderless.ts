/**
 * @file Numbers of borderless tables on a scan (no rulings, or rulings too faint to survive a
 * 100 dpi grey JPEG): the page's ink words (`ink-words.ts`) that stack into columns of short words
 * are a table's value columns; a value glued to its label (a narrow column: '禁止公开5') is cut off at
 * the column's edge; each row's values are read by the row strips of the ruled path
 * (`digits.ts` `readNumbers`: digits only, one line, several preprocessings voting). The values
 * become positioned items like a text layer's, so the PDF path's row and column stages for
 * borderless tables (free and aligned columns) place them; the Chinese page pass reads the rest
 * with them blanked out. A Chinese page pass alone reads a lone '0' as '口' and drops others.
 */
import { readNumbers } from './digits.js';
import type { Box, Grey } from './image.js';
import type { InkWords } from './ink-words.js';
import type { CellRead, NumberRead } from './reads.js';
import { maxOf, median, minOf, pushAll } from '../_internal/extremes.js';

/** × glyph height. The widest word taken for a number (~7 digits of 0.55 glyph). */
const NUMBER_WIDTH = 4.5;
/** × glyph height. The tallest word taken for a number (digits are shorter than Han glyphs). */
const NUMBER_HEIGHT = 1.2;
/** × glyph height. The shortest (a '-' or '.' alone is no value of a column). */
const NUMBER_MIN_HEIGHT = 0.4;
/**
 * × glyph height. Words of a column further apart than this (vertically) belong to different
 * tables or to prose: a row's label may wrap over three lines between two values.
 */
const RUN_GAP = 4;
/**
 * × glyph height. Words of a column further apart than `RUN_GAP` but within this stay one run when
 * no other ink word crosses the column between them: a narrow label column wraps a row's label
 * over 4–7 lines (the tester's breakit46 c06, 10.5 pt: '5.要求行政机关确认或重新出具已获取信息' in
 * five lines, a seven-line label's value 14 glyph heights below the row above), its value sits in
 * the middle, and the column broke into runs of one or two values, too short to be columns: those
 * rows were left to the page pass, which read '471' as '和 71' or nothing. Prose or a heading
 * between two tables crosses the columns.
 */
const WRAPPED_GAP = 16;
/**
 * × glyph height. The widest a digit may be (with `DIGIT_SLACK` over the whole): a Han word read as
 * digits by the shape classifier ('信息内容' read '17') is about a glyph wide per character.
 */
const DIGIT_WIDTH = 0.7;
const DIGIT_SLACK = 0.3;
/**
 * × glyph height (the page's median glyph, a Han glyph's ink). Digits are shorter: 0.81–0.85 of it on
 * a 100 dpi scan of a LibreOffice print, while a Han word read as digits ('内容' read '17', '总计'
 * read '5341', at confidence 0.2–0.5) is 1.0.
 */
const DIGIT_HEIGHT = 0.93;
/** Words (in distinct lines) a column must stack to be a column of a table. */
const MIN_COLUMN = 3;
/** Share of a column's words that must read as numbers for it to be a value column. */
const VALUE_SHARE = 0.6;
/**
 * Numbers a line must hold, outside any column, to be a row of values. A borderless table whose
 * rows are too few to stack into columns of `MIN_COLUMN` — table 四's one row of 15 values, table 二's
 * 规章 and 规范性文件 rows (three values each), the last rows of table 三 on a page of their own —
 * gave its values to the Chinese page pass alone, which dropped most of them (breakit57
 * scan100-faint page 6: '0 5 0 2 7 0 5 5 0 10 0 0 0 0 0' read as nothing).
 */
const MIN_ROW = 3;
/** Share of a line's digit-high short words that must read as numbers for it to be a row of values. */
const ROW_VALUE_SHARE = 0.75;
/**
 * Share of the height of a row's numbers (median) a lone value beside them must reach: a '、' or
 * a comma after a wrapped label is lower.
 */
const LONE_MIN_HEIGHT = 0.6;
/** × glyph height. Where a word glued to a column's first value may be cut: this far either side of the column's left edge. */
const CUT_REACH = 0.5;
/** × glyph height. The least of a word that must lie right of a column's edge to be cut off as a value. */
const CUT_MIN_VALUE = 0.2;
/** × glyph height. How far right of the column's edge a cut may fall (a value's first glyph starts about there). */
const CUT_AFTER = 0.1;

/** × glyph height. Margins a word is read with, across and along (columns are ≥ 0.6 apart, lines closer). */
const PAD_X = 0.25;
const PAD_Y = 0.12;

/** A number read outside ruled grids, with its box in page px. */
export interface BorderlessNumber {
  box: Box;
  read: NumberRead;
}

const xOverlap = (a: Box, b: Box): boolean => Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1);

/**
 * Words stacked into columns: groups of words whose x spans overlap (transitively), each ≥ `MIN_COLUMN`
 * words. `others`: the page's other ink words (labels, prose), which part a column's runs where they
 * cross it (`WRAPPED_GAP`).
 */
export function stackColumns(words: readonly Box[], glyph: number, others: readonly Box[] = []): Box[][] {
  const cols: Box[][] = [];
  for (const w of [...words].sort((a, b) => a.x1 - b.x1)) {
    const hit = cols.filter((c) => c.some((o) => xOverlap(o, w)));
    const merged = [...hit.flat(), w];
    for (const h of hit) cols.splice(cols.indexOf(h), 1);
    cols.push(merged);
  }
  return cols.flatMap((c) => runs(c, glyph, others)).filter((c) => c.length >= MIN_COLUMN);
}

/**
 * A column's words cut where they stand further apart than `RUN_GAP` (one table's column, not words
 * of prose far above), or than `WRAPPED_GAP` or across another word (`others`) that crosses the
 * column between them.
 */
function runs(col: Box[], glyph: number, others: readonly Box[]): Box[][] {
  const out: Box[][] = [];
  for (const b of [...col].sort((p, q) => p.y1 - q.y1)) {
    const last = out.at(-1);
    const bottom = last ? maxOf(last.map((o) => o.y2)) : 0;
    const gap = b.y1 - bottom;
    const span = last ? { x1: minOf([b.x1, ...last.map((o) => o.x1)]), x2: Math.max(b.x2, maxOf(last.map((o) => o.x2))) } : undefined;
    const open = (): boolean => !others.some((o) => o.y1 < b.y1 && o.y2 > bottom && Math.min(o.x2, span!.x2) > Math.max(o.x1, span!.x1));
    if (last && (gap <= RUN_GAP * glyph || (gap <= WRAPPED_GAP * glyph && open()))) last.push(b);
    else out.push([b]);
  }
  return out;
}

/** Ink pixels of `img` in column x between y1 and y2. */
function columnInk(img: Grey, x: number, y1: number, y2: number, level: number): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y1)); y < Math.min(img.height, Math.ceil(y2)); y++) if (img.data[y * img.width + x]! < level) n++;
  return n;
}

/**
 * The part of `word` right of a column's left edge `edge`, when the word starts well left of it
 * (a label) and its ink thins out near the edge: cut at the lightest pixel column within
 * `CUT_REACH` glyphs left of the edge (`CUT_AFTER` right of it), nearest the edge. Null when the word does not reach over the edge.
 */
export function cutAtEdge(img: Grey, word: Box, edge: number, glyph: number, level: number): Box | null {
  if (word.x1 > edge - glyph || word.x2 < edge + CUT_MIN_VALUE * glyph || word.x2 - edge > NUMBER_WIDTH * glyph) return null;
  let best = -1;
  let bestInk = Infinity;
  // From the edge leftwards: the nearest of the lightest columns (a left-aligned value starts at the edge).
  for (let x = Math.round(Math.min(edge + CUT_AFTER * glyph, word.x2 - 0.2 * glyph)); x >= Math.round(edge - CUT_REACH * glyph); x--) {
    const ink = columnInk(img, x, word.y1, word.y2, level);
    if (ink < bestInk) [best, bestInk] = [x, ink];
  }
  return best < 0 ? null : { x1: best + 1, y1: word.y1, x2: word.x2, y2: word.y2 };
}

/** Whether `word` can be `text` in digits: no wider (`DIGIT_WIDTH`), shorter than the Han glyphs (`DIGIT_HEIGHT`). */
const digitWide = (word: Box, text: string, glyph: number): boolean => word.x2 - word.x1 <= (text.length * DIGIT_WIDTH + DIGIT_SLACK) * glyph && word.y2 - word.y1 <= DIGIT_HEIGHT * glyph;

/** Groups boxes into lines (vertical centre within half a glyph of the line's first), top to bottom, each left to right. */
function lines(boxes: readonly Box[], glyph: number): Box[][] {
  const out: { y: number; boxes: Box[] }[] = [];
  for (const b of [...boxes].sort((p, q) => p.y1 + p.y2 - q.y1 - q.y2)) {
    const y = (b.y1 + b.y2) / 2;
    const line = out.find((l) => Math.abs(l.y - y) <= glyph / 2);
    if (line) line.boxes.push(b);
    else out.push({ y, boxes: [b] });
  }
  return out.map((l) => l.boxes.sort((p, q) => p.x1 - q.x1));
}

/** A crop of `b` with a white margin: a crop's ink touching its edge is taken for a ruling's remnant. */
const padded = (b: Box, glyph: number): Box => ({ x1: b.x1 - PAD_X * glyph, y1: b.y1 - PAD_Y * glyph, x2: b.x2 + PAD_X * glyph, y2: b.y2 + PAD_Y * glyph });

/**
 * Lines that may be rows of values outside the columns (`MIN_ROW`): the short words of no column
 * (`loose`), by line, those of digit height only (Han words are as tall as the page's glyph), in
 * lines of at least `MIN_ROW` such words.
 */
export function looseRows(loose: readonly Box[], glyph: number): Box[][] {
  return lines(loose.filter((w) => w.y2 - w.y1 <= DIGIT_HEIGHT * glyph), glyph).filter((r) => r.length >= MIN_ROW);
}

/**
 * A loose row's numbers (`reads`: its words read as numbers, or not): when at least `MIN_ROW` words,
 * and `ROW_VALUE_SHARE` of the row, read as numbers each as narrow as its digits; else none.
 */
export function rowNumbers(row: readonly Box[], reads: readonly CellRead[], glyph: number): BorderlessNumber[] {
  const got = row.flatMap((b, j) => {
    const r = reads[j];
    return typeof r === 'object' && digitWide(b, r.text, glyph) ? [{ box: b, read: r }] : [];
  });
  return got.length >= MIN_ROW && got.length >= ROW_VALUE_SHARE * row.length ? got : [];
}

/** The numbers of the rows of values outside the columns (`looseRows`, `rowNumbers`). */
async function valueRows(clean: Grey, level: number, loose: readonly Box[], glyph: number): Promise<BorderlessNumber[]> {
  const rows = looseRows(loose, glyph);
  if (rows.length === 0) return [];
  const reads = await readNumbers(clean, rows.map((r) => r.map((b) => padded(b, glyph))), level);
  return rows.flatMap((row, i) => rowNumbers(row, reads[i]!, glyph));
}

/**
 * Lone values of rows whose other cells are blank zeros: the digit-high short words, not yet read,
 * of a line that holds numbers read already (`taken`: a column's, mostly its row total), right of
 * its label (every other word of the line left of them) — a value of a column too sparse to stack
 * (科研机构 printed in two rows of a table whose zeros are blank), one or two a line, fewer than
 * `MIN_ROW` (s964003: '(一)予以公开 · · · 1 · 2 3' read without its '1', '8.属于行政查询事项 17 …
 * 19' without its '17'). By line, left to right.
 */
export function loneValues(words: readonly Box[], taken: readonly Box[], short: (w: Box) => boolean, glyph: number): Box[][] {
  const done = new Set(taken);
  const out: Box[][] = [];
  for (const line of lines([...words.filter((w) => !done.has(w)), ...taken], glyph)) {
    const anchors = line.filter((b) => done.has(b));
    if (anchors.length === 0) continue;
    const h = median(anchors.map((b) => b.y2 - b.y1));
    const fits = (b: Box): boolean => !done.has(b) && short(b) && b.y2 - b.y1 <= DIGIT_HEIGHT * glyph && b.y2 - b.y1 >= LONE_MIN_HEIGHT * h;
    // The label ends at the last word that is neither a number read nor a lone value's shape.
    const labelEnd = maxOf(line.filter((b) => !done.has(b) && !fits(b)).map((b) => b.x2), -Infinity);
    const lone = line.filter((b) => fits(b) && b.x1 >= labelEnd);
    if (lone.length > 0) out.push(lone);
  }
  return out;
}

/**
 * × glyph height. The least gap between a row's label and a value beside it (`labelledValues`): a
 * table's columns stand apart, while words of prose are joined by the ink words (`ink-words.ts`,
 * closer than 0.6 glyph heights) or a space.
 */
const LABEL_GAP = 2;

/**
 * Values of table rows too few to stack into a column: the digit-high short words, not yet read, that
 * end a line right of a label (a word as tall as the page's Han glyphs, `LABEL_GAP` or more to their
 * left), fewer than `MIN_ROW` of them. Table 二's one-value sub-tables (行政许可, 行政处罚, 行政强制,
 * 行政事业性收费 of the 2021 template), each under a heading line and a header row that cross its value
 * column, give runs of one or two values, too short to be columns (`MIN_COLUMN`); they were left to the
 * page pass, which drops a short value now and then (s1149001, 100 dpi: '行政强制 12' read without its
 * '12', the field taken for a blank 0). A line with words right of the values (prose: '共 12 条'), or
 * whose words left of them hold no Han-high word (a page number), gives none. By line, left to right.
 */
export function labelledValues(words: readonly Box[], taken: readonly Box[], short: (w: Box) => boolean, glyph: number): Box[][] {
  const done = new Set(taken);
  const digitHigh = (b: Box): boolean => !done.has(b) && short(b) && b.y2 - b.y1 <= DIGIT_HEIGHT * glyph;
  const out: Box[][] = [];
  for (const line of lines(words, glyph)) {
    if (line.some((b) => done.has(b))) continue;
    // The values: the digit-high words at the end of the line.
    let i = line.length;
    while (i > 0 && digitHigh(line[i - 1]!)) i--;
    const values = line.slice(i);
    const before = line.slice(0, i);
    if (values.length === 0 || values.length >= MIN_ROW || before.length === 0) continue;
    if (!before.some((b) => b.y2 - b.y1 > DIGIT_HEIGHT * glyph)) continue;
    if (values[0]!.x1 - maxOf(before.map((b) => b.x2)) < LABEL_GAP * glyph) continue;
    out.push(values);
  }
  return out;
}

/** The numbers of `loneValues`: each word read as a number as narrow as its digits. */
async function readLoneValues(clean: Grey, level: number, rows: readonly Box[][], glyph: number): Promise<BorderlessNumber[]> {
  if (rows.length === 0) return [];
  const reads = await readNumbers(clean, rows.map((r) => r.map((b) => padded(b, glyph))), level);
  return rows.flatMap((row, i) => row.flatMap((b, j) => {
    const r = reads[i]![j];
    return typeof r === 'object' && digitWide(b, r.text, glyph) ? [{ box: b, read: r }] : [];
  }));
}

/**
 * The numbers of borderless tables on a straightened page with its rulings erased (`clean`), from
 * its ink words outside the ruled grids (`inkWords`, px). `level`: the page's ink level.
 */
export async function borderlessNumbers(clean: Grey, level: number, { words, glyph }: InkWords): Promise<BorderlessNumber[]> {
  if (glyph <= 0) return [];
  const short = (w: Box): boolean => w.x2 - w.x1 <= NUMBER_WIDTH * glyph && w.y2 - w.y1 <= NUMBER_HEIGHT * glyph && w.y2 - w.y1 >= NUMBER_MIN_HEIGHT * glyph;
  const cols = stackColumns(words.filter(short), glyph, words.filter((w) => !short(w)));
  const out: BorderlessNumber[] = [];
  // Short words of no value column (a column of a header's words over one value is none) may be rows of values.
  const rowsOutside = async (): Promise<BorderlessNumber[]> => {
    const taken = new Set(out.map((n) => n.box));
    return valueRows(clean, level, words.filter((w) => short(w) && !taken.has(w)), glyph);
  };
  // Then the lone values beside the numbers read (rows of blank zeros).
  // Then the values beside a label on lines of no number read (one-value rows: `labelledValues`).
  const withLone = async (got: BorderlessNumber[]): Promise<BorderlessNumber[]> => {
    const all = [...got, ...(await readLoneValues(clean, level, loneValues(words, got.map((n) => n.box), short, glyph), glyph))];
    return [...all, ...(await readLoneValues(clean, level, labelledValues(words, all.map((n) => n.box), short, glyph), glyph))];
  };
  if (cols.length === 0) return withLone(await rowsOutside());
  // Values glued to their labels, cut off at the left edge of the column they reach into.
  const members = new Set(cols.flat());
  const edges = cols.map((c) => median(c.map((b) => b.x1)));
  // Only words within a column's rows (not prose above or below the table) are cut at its edge.
  const spans = cols.map((c): [number, number] => [minOf(c.map((b) => b.y1)), maxOf(c.map((b) => b.y2))]);
  const cuts: Box[] = [];
  for (const w of words) {
    if (members.has(w)) continue;
    // The value glued last in the word: the rightmost column edge it reaches over.
    const y = (w.y1 + w.y2) / 2;
    const i = edges.reduce((best, e, k) => (e < w.x2 - CUT_MIN_VALUE * glyph && e > w.x1 + glyph && y > spans[k]![0] && y < spans[k]![1] && (best < 0 || e > edges[best]!) ? k : best), -1);
    const cut = i < 0 ? null : cutAtEdge(clean, w, edges[i]!, glyph, level);
    if (cut) {
      cuts.push(cut);
      cols[i]!.push(cut);
    }
  }
  const rows = lines(cols.flat(), glyph);
  // Read with a white margin: a crop's ink touching its edge is taken for a ruling's remnant.
  const pad = (b: Box): Box => ({ ...padded(b, glyph), x1: cuts.includes(b) ? b.x1 : b.x1 - PAD_X * glyph });
  const reads = await readNumbers(clean, rows.map((r) => r.map(pad)), level);
  const readOf = new Map<Box, NumberRead | null>();
  rows.forEach((row, i) => row.forEach((b, j) => readOf.set(b, typeof reads[i]![j] === 'object' && digitWide(b, (reads[i]![j] as NumberRead).text, glyph) ? (reads[i]![j] as NumberRead) : null)));
  for (const c of cols) {
    const got = c.flatMap((b) => (readOf.get(b) ? [{ box: b, read: readOf.get(b)! }] : []));
    if (got.length >= MIN_COLUMN && got.length >= VALUE_SHARE * c.length) pushAll(out, got);
  }
  return withLone([...out, ...(await rowsOutside())]);
}
