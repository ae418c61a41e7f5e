/**
 * @file Rows that start on their values line: an item number printed on the line of a row's values
 * ('(1)   1 0 0 0 0 0 1', '4.无 (1)   1 …' with the block column's piece before it) starts that
 * row there. A narrow label column printed with its cells' text at the top (LibreOffice, Word:
 * `pdftotext -layout` of '(1)' / '本机' / '关不' / '掌握' …) puts each row's values on its first line
 * and its label below them: read as printed, the label text above a values line — the previous
 * row's tail — would name it, one row off inside a block whose sums hold either way. The numbers
 * belong to the item number's row, since rows do not overlap on the page: the text lines after
 * the values line, up to the next values line or a line starting another item, are its label (a
 * page's number and repeated column header between them left out); the
 * block column's pieces on them ('法提', '供') are dropped. The text that was left above such a row
 * (no such row before it took it) closes the previous row's label.
 */
import { isHeaderText, type TableRow } from '../tables/build-rows.js';
import type { RowSpec } from '../template/index.js';
import { ITEM_MARKER, markerOnly, withoutBlockPieces } from './named-row.js';
import { comparable, MIN_LABEL_SCORE } from './join-fragments.js';
import { bestMatch } from './label-match.js';
import { EXACT_LABEL } from './row-evidence.js';

/** Values lines whose own label is an item number with label text below, from which a table prints its rows this way. */
const MIN_ITEM_ROWS = 2;

const hasValues = (r: TableRow): boolean => r.values.some((v) => v.kind === 'num');

/** The text lines printed between `rows[i]`'s values line and the next one's, as whole lines, or null when they are not known as lines. */
function linesBelow(rows: readonly TableRow[], i: number): { lines: string[]; upTo: number } | null {
  const lines: string[] = [];
  let j = i + 1;
  // A page's column header between them leaves the text before it as an orphan row (one line as far as we know).
  while (j < rows.length && rows[j]!.orphan) lines.push(rows[j++]!.label);
  const next = rows[j];
  if (next === undefined) return { lines, upTo: j };
  if (!next.around || next.pending !== next.around.above.join(' ')) return next.pending === '' ? { lines, upTo: j } : null;
  return { lines: [...lines, ...next.around.above], upTo: j };
}

/** A line that starts a page's furniture: a column-header word ('申请人情况', '自然人'), the header's note, a page number ('—3—', '- 3 -', '第3页'). */
const FURNITURE_LINE = /申请人情况|勾稽|法人或其他组织|自然人|^[\s—\-－–·第]*\d+[\s—\-－–·页]*$/;

/** Table 三's header text (its note and column words) without punctuation, for pieces of it wrapped in narrow header cells. */
/** Table 三's note as the template prints it over its label columns. */
const REQUEST_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const HEADER_TEXT = `${REQUEST_NOTE}|申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计`.replace(/[^\p{L}\p{N}|]/gu, '');
const bare = (piece: string): string => piece.replace(/[^\p{L}\p{N}]/gu, '');
/** Every piece of the line is a piece of the header's text ('社会公益组 法律服务机', '织 构'). */
const headerPieces = (line: string): boolean => line.trim().split(/\s+/).every((p) => bare(p) !== '' && HEADER_TEXT.includes(bare(p)));

/**
 * The lines without a page's furniture: a page number or the column header repeated on a new page,
 * printed in lines that are no header by themselves ('申请人情况' / '（本列数据的勾稽关 法人或其他组织'
 * / '社会公益组 法律服务机' / '织 构'): from a line starting it (FURNITURE_LINE, isHeaderText), every
 * line made of pieces of the header's text; anywhere, a line of two or more such pieces (a label
 * line holds one, after a block column's piece). The label continues after it.
 */
function withoutFurniture(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inHeader = false;
  for (const l of lines) {
    if (FURNITURE_LINE.test(l) || isHeaderText(l)) inHeader = true;
    // Two or more cells of header text on one line: the header's lower lines (its first consumed as a header).
    else if (!(inHeader || /\S\s+\S/.test(l.trim())) || !headerPieces(l)) {
      inHeader = false;
      out.push(l);
    }
  }
  return out;
}

/** True for a label line that starts a row of its own (an item number, after the block column). */
const startsItem = (line: string): boolean => ITEM_MARKER.test(withoutBlockPieces(line));

/** A values line's own label starts its row: an item number first, after the block column ('(2)', '4.无 (1)', '2.其他'). */
const startsOnLine = (label: string): boolean => markerOnly(label) || startsItem(label);

/** The best score of `text` (compared as labels are) against any template row's labels. */
const nameScore = (text: string, specs: readonly RowSpec[]): number => {
  const c = comparable(text);
  let best = 0;
  for (const s of specs) best = Math.max(best, bestMatch(c, s.labels).score);
  return best;
};
/** A values line's own label text after its item number ('1.规章' → '规章'). */
const afterMarker = (label: string): string => withoutBlockPieces(label).replace(ITEM_MARKER, '').trim();

/**
 * A values line's label wrapped around it, centred (Chromium's table cells): the text above the line is the
 * label's head and its own text after the item number its tail — the two name a template row exactly
 * ('行政规范性文' + '2.件' → 行政规范性文件) and the tail alone names none ('件'). A top-aligned label (LibreOffice:
 * '(1)' / '本机' …) prints a head on its values line and nothing of its own above it.
 */
/** chars. Longest own text of a values line read as a centred label's tail ('件', '文件', '信息'). */
const MAX_TAIL_CHARS = 6;
/** Pieces of the line above a values line tried as a centred label's head. */
const MAX_HEAD_PIECES = 8;

function centredLabel(row: TableRow | undefined, specs: readonly RowSpec[]): boolean {
  if (!row || !hasValues(row) || !startsOnLine(row.label)) return false;
  const own = afterMarker(row.label);
  // (Its own text a short tail that names no row by itself: a long text on the line is a top-aligned label's, whatever
  // the line above makes of it — '三、要求缴' + '度办 本年理结果 （六）其他处理 纳费用、行政机关不再处' matches 逾期不缴纳收费 too.)
  if (own === '' || comparable(own).length > MAX_TAIL_CHARS || nameScore(own, specs) >= MIN_LABEL_SCORE) return false;
  // The line above as a whole, or one piece of it (a CMS sidebar's text printed beside the table on the same lines).
  const above = row.around?.above.at(-1) ?? row.pending;
  const heads = [above, ...above.split(/\s+/).slice(0, MAX_HEAD_PIECES)].filter((h) => h !== '');
  return heads.some((h) => nameScore(`${h}${own}`, specs) >= EXACT_LABEL);
}

/**
 * Row `i` does not start on its values line with its label below: its own label is centred around the line
 * (centredLabel), or its own text after the number names a template row exactly ('1.规章') and the text below
 * is the next row's centred head (a 序号 column in a 2-up print: breaker39 ptt-layout-2up/r36, '行政规范性文'
 * joined to 规章's label — 规章's 2 · 17 · 11 read as 行政规范性文件's at 0.876, and its own 15 · 5 · 16 lost).
 */
function notItemStart(rows: readonly TableRow[], i: number, upTo: number, specs: readonly RowSpec[]): boolean {
  if (centredLabel(rows[i], specs)) return true;
  const own = afterMarker(rows[i]!.label);
  return own !== '' && nameScore(own, specs) >= EXACT_LABEL && centredLabel(rows[upTo], specs);
}

/**
 * The rows with each row that starts on its values line given the label printed below it (see the file comment); `rows` when none does.
 * `specs`: the table's template rows, to tell a label centred around its values line from one printed below it (notItemStart).
 */
export function startItemRows(rows: readonly TableRow[], specs: readonly RowSpec[] = []): readonly TableRow[] {
  const starts = rows.flatMap((r, i) => {
    if (!hasValues(r) || !startsOnLine(r.label)) return [];
    const below = linesBelow(rows, i);
    if (below === null || below.lines.length === 0 || startsItem(below.lines[0]!)) return [];
    return specs.length > 0 && notItemStart(rows, i, below.upTo, specs) ? [] : [i];
  });
  if (starts.length < MIN_ITEM_ROWS) return rows;
  const out = rows.map((r) => ({ ...r }));
  const drop = new Set<number>();
  for (const i of starts) {
    const below = linesBelow(out, i);
    if (below === null) continue;
    const { upTo } = below;
    const lines = withoutFurniture(below.lines);
    const cut = lines.findIndex(startsItem);
    const own = (cut < 0 ? lines : lines.slice(0, cut)).map(withoutBlockPieces).filter((l) => l !== '');
    const rest = cut < 0 ? [] : lines.slice(cut);
    const row = out[i]!;
    // Text above the item's values line that no item row took: the previous values row's tail.
    if (row.pending !== '' && !startsItem(row.pending)) {
      const prev = out[i - 1];
      if (prev && hasValues(prev) && !drop.has(i - 1)) out[i - 1] = { ...withoutLineData(prev), label: `${prev.label} ${row.pending}` };
    }
    out[i] = { ...withoutLineData(row), label: [withoutBlockPieces(row.label), ...own].join(' '), pending: startsItem(row.pending) ? row.pending : '' };
    for (let j = i + 1; j < upTo; j++) drop.add(j);
    const next = out[upTo];
    if (next) out[upTo] = { ...withoutLineData(next), pending: rest.join(' ') };
  }
  return out.filter((_, i) => !drop.has(i));
}

/** A row without the data of how its label lay around its line (pendingLines, around): its label was regrouped. */
function withoutLineData(row: TableRow): TableRow {
  const { pendingLines: _lines, around: _around, ...rest } = row;
  return rest;
}
