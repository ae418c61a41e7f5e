/**
 * @file Table rows a page break cut in two. Word, WPS and LibreOffice let a row break across pages by
 * default: a tall row (a number wrapped one or two digits a line in a narrow cell, a label wrapped in
 * a narrow column) starts at the foot of one page and its last lines go on at the top of the next,
 * under the table's continued rulings — '2' / '1' in 现行有效 on page 1, '9' on page 2 for 219, the
 * label cell empty or holding the label's tail ('件'). Read page by page the row says 21 and a row of
 * one '9' follows; a number cut so must never be read whole from its first part.
 *
 * The next page's first line continues the previous page's last ruled row (a row with a label) when
 * it is the first row of a ruled grid, no text above it, and each of its non-empty cells lies under a
 * cell of that row with the same left and right edges — under a piece of a number a number or
 * nothing, under a piece of text the row's text ('1.信访举报' / '投诉类申请') — and its label cell is empty or holds text that
 * starts no row label of the template (a label's wrapped tail: '件', '性收费', '方合法权益'; a row of
 * its own at the top of the page starts its label: '行政处罚', '3.要求提供…'). Its pieces are then
 * joined to their cells — a number's digits continue the number, `joined`, never trusted on its own
 * — and the line is dropped. A line of numbers alone there (no label text) whose pieces do not all
 * line up under the row's cells cannot be placed: both rows are left as read and not trusted
 * (`doubt`). Either way warning `pdf_row_broken` names the row and the pages.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import { ROW_AND_HEADING_LABELS } from '../template/index.js';
import { acrossBreak } from './cut-cells.js';
import { isNumberCell, ITEM_LABEL_START } from './item-starts.js';
import { asciiDigits } from '../tables/tokenize-cell.js';
import type { PageLine } from './page-layout.js';

/** pt. Cells under one column ruling have these same edges on both pages (rulings snapped, anti-aliasing). */
const EDGE_SLACK = 2;

/** A number or a piece of one ('2', '21', '8954.', '46', '-3'; full-width digits '２１' as ASCII: `isPiece`). */
const NUMBER_PIECE = /^[-+]?[\d.,]+$/;
const isPiece = (c: string): boolean => NUMBER_PIECE.test(asciiDigits(c));

/** A row cut by a page break: where it is and whether its pieces were joined. */
export interface BrokenRow {
  /** Page the row starts on (1-based, as `source.page`). */
  page: number;
  /** The row's label as read on that page. */
  label: string;
  /** True when the pieces were joined into the row; false when the rows were left as read, not trusted. */
  joined: boolean;
}

/** Index in `row`'s cells of the cell with the same edges as `box`, or -1. */
function sameColumn(row: PageLine, box: { x1: number; x2: number }): number {
  return row.boxes!.findIndex((b) => Math.abs(b.x1 - box.x1) <= EDGE_SLACK && Math.abs(b.x2 - box.x2) <= EDGE_SLACK);
}

/** Every row label of the templates, and the group rows' (normalized). */
const LABELS: readonly string[] = [...new Set(ROW_AND_HEADING_LABELS.map((l) => normalizeLabel(l)))];

/** True when `text` may start a row of its own: its normalized text starts a template label (or is one with more after it). */
function startsLabel(text: string): boolean {
  const t = normalizeLabel(text);
  return t !== '' && LABELS.some((l) => l.startsWith(t) || t.startsWith(l));
}

/**
 * A number's first piece and its next piece that cannot be one number: the first is a lone zero
 * ('0' + '693' would print 0693; '0' + '.5' is 0.5). A row whose cells read so is a row of its own
 * under the row above (a Chromium print of table 三 broken between '5.属于内部事务信息' and
 * '6.属于过程性信息': the 2021 template words them '属于三类…' / '属于四类…', so the next page's label
 * started no template label and the two rows were read as one, '00 0693 00 00 08 00 0701').
 */
const zeroLed = (head: string, tail: string): boolean => /^[-+]?0\d/.test(asciiDigits(head + tail).replace(/,/g, ''));

/**
 * Where each non-empty cell of `first` goes in `last` (cell index); `misfit` when a cell lies under no
 * cell of it, a number piece under text, a text piece under a number or an empty cell.
 */
function continuation(last: PageLine, first: PageLine): { to: Map<number, number>; misfit: boolean } {
  const to = new Map<number, number>();
  let misfit = false;
  for (let j = 0; j < first.cells.length; j++) {
    const text = first.cells[j]!.trim();
    if (text === '') continue;
    const k = sameColumn(last, first.boxes![j]!);
    const above = k < 0 ? '' : last.cells[k]!.trim();
    if (k < 0 || (isPiece(text) ? above !== '' && !isPiece(above) : above === '' || isPiece(above))) misfit = true;
    else to.set(j, k);
  }
  return { to, misfit };
}

/** A cell of text: not empty, a number or a not-applicable sign ('/', '—', '－': pdf/item-starts `isNumberCell`). */
const isText = (c: string): boolean => c !== '' && !isNumberCell(asciiDigits(c));

/**
 * A table row's label — its text cells (a group's, an item number's, the row's own), after which it
 * prints only numbers, not-applicable signs or nothing, one number at least — or null (a header row, no label).
 */
function dataRowLabel(row: PageLine): string | null {
  const cells = row.cells.map((c) => c.trim());
  let end = -1;
  cells.forEach((c, i) => {
    if (isText(c)) end = i;
  });
  if (end < 0 || !cells.slice(end + 1).some(isPiece) || !cells.slice(end + 1).every((c) => !isText(c))) return null;
  return cells.slice(0, end + 1).filter(isText).join('');
}

/**
 * Joins each row a page break cut (see the file comment); the pages' lines are changed in place
 * (joined cells listed in `joined`, rows not trusted marked `doubt`). Returns the rows found.
 */
export function joinBrokenRows(pages: PageLine[][]): BrokenRow[] {
  const found: BrokenRow[] = [];
  for (let p = 0; p + 1 < pages.length; p++) {
    const pair = acrossBreak(pages, p);
    if (!pair) continue;
    const { last, first } = pair;
    // A row of numbers only continues a row with a label (not a header row: table 四's values under its header).
    const label = dataRowLabel(last);
    if (label === null) continue;
    const pieces = first.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (!pieces.some(isPiece)) continue;
    const texts = pieces.filter((c) => !isPiece(c));
    // A label of its own: a row the page break did not cut (read as before). So is text with characters
    // that did not decode ('��本�度…': a Ghostscript re-print's miscoded glyphs): what it starts is not known.
    // An item number ('6.', '（三）') starts a row too, whatever words follow it (a label worded unlike the template's).
    if (texts.some((t) => startsLabel(t) || ITEM_LABEL_START.test(t) || t.includes('\uFFFD'))) continue;
    const { to, misfit } = continuation(last, first);
    // Numbers that would read with a leading zero joined: the line is a row of its own (`zeroLed`).
    if ([...to].some(([j, k]) => isPiece(last.cells[k]!.trim()) && zeroLed(last.cells[k]!.trim(), first.cells[j]!.trim()))) continue;
    if (misfit) {
      // Numbers alone at the top of the page that do not line up under the row: they belong to it, but not placeably.
      if (texts.length > 0) continue;
      last.doubt = true;
      first.doubt = true;
      found.push({ page: last.source.page ?? 0, label, joined: false });
      continue;
    }
    for (const [j, k] of to) {
      if (last.cells[k]!.trim() !== '') (last.joined ??= []).push(k);
      last.cells[k] = last.cells[k]!.trim() + first.cells[j]!.trim();
    }
    pages[p + 1] = pages[p + 1]!.filter((l) => l !== first);
    found.push({ page: last.source.page ?? 0, label, joined: true });
  }
  return found;
}

/** The warning for the rows found, or none. */
export function brokenRowsWarning(rows: readonly BrokenRow[]): { code: string; message: string }[] {
  if (rows.length === 0) return [];
  const said = rows.map((r) => `'${r.label.slice(0, 16)}' (pages ${r.page}–${r.page + 1}): ${r.joined ? 'its pieces joined, the joined numbers not trusted' : 'numbers on the next page that do not line up under its cells: the row and the numbers not trusted'}`);
  return [{ code: 'pdf_row_broken', message: `table rows cut by a page break: ${said.join('; ')}` }];
}
