/**
 * @file .xlsx (a report's tables saved as a workbook) → LoadedDocument: each sheet's used range as
 * rows of cells (exceljs), split into tables at blank rows. A formula cell gives its cached result; a
 * cell of a merged range other than its top-left one is empty (as a colspan is); an error cell
 * ('#VALUE!', '#REF!', …) or a formula without a cached result holds no value: unread (Line.unread,
 * warning `spreadsheet_error_cells`), never 0. Rows and columns hidden in the sheet (hidden, or set to
 * zero width: a column of last year's values kept beside this year's) are left out as
 * `display:none` is in HTML, with warning `hidden_text_dropped`. The archive is checked before
 * exceljs inflates it.
 */
import ExcelJS from 'exceljs';
import { XxgkError } from '../errors.js';
import type { LoadedDocument, Warning } from '../model/document.js';
import type { ResolvedOptions } from '../options.js';
import { gridsToLines, splitAtBlankRows, UNREAD_CELL, type SavedGrid } from './grid-lines.js';
import { MAX_LINE_CELLS } from './text-limits.js';

/** Sheet names a spreadsheet program gives by default: not a title worth a line. */
const DEFAULT_SHEET_NAME = /^(?:sheet|工作表|表)\s*\d+$/i;
/** Error cells quoted in the warning. */
const MAX_QUOTED_CELLS = 5;

/** A cell's text, or null when the cell holds no value (an error, a formula with no cached result). */
function cellValue(cell: ExcelJS.Cell): string | null {
  if (cell.isMerged && cell.master !== cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return cell.text;
  if ('error' in v) return null;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in (result as object))) return null;
    return result instanceof Date ? cell.text : String(result);
  }
  return cell.text;
}

/** What a sheet does not show: hidden rows, and columns hidden or of zero width (Excel shows neither). */
interface HiddenParts {
  rows: number;
  cols: number;
  /** Addresses of the non-empty cells left out, for the warning. */
  cells: string[];
}

// A row of zero height (`ht="0"`) is not told apart: exceljs reads no height 0. Excel writes hidden="1".
const rowHidden = (row: ExcelJS.Row): boolean => row.hidden;

/** The 1-based columns of the sheet that are hidden or of zero width (only those the sheet describes in `<cols>`). */
function hiddenColumns(ws: ExcelJS.Worksheet): Set<number> {
  const hidden = new Set<number>();
  for (let c = 1; c <= Math.min(ws.columnCount, MAX_LINE_CELLS); c++) {
    const col = ws.getColumn(c);
    if (col.hidden || col.width === 0) hidden.add(c);
  }
  return hidden;
}

/**
 * One sheet → its grid: its name (unless a default one) over the rows of its used range, hidden rows
 * and columns left out (a hidden row is no blank row: the table goes on); a cell without a value is UNREAD_CELL.
 */
function sheetGrid(ws: ExcelJS.Worksheet, errors: string[], dropped: HiddenParts): SavedGrid {
  const rows: string[][] = DEFAULT_SHEET_NAME.test(ws.name.trim()) ? [] : [[ws.name.trim()]];
  const hiddenCols = hiddenColumns(ws);
  dropped.cols += hiddenCols.size;
  // The column a visible cell lands in once the hidden columns before it are gone.
  const shown = (c: number): number => c - [...hiddenCols].filter((h) => h < c).length;
  let last = 0;
  // Only the rows and cells the sheet stores: a stray cell at XFD1048576 must not make a grid of 10^10 cells.
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > last + 1) rows.push([]);
    last = r;
    const hiddenRow = rowHidden(row);
    if (hiddenRow) dropped.rows++;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_LINE_CELLS) return;
      if (hiddenRow || hiddenCols.has(c)) {
        if (cell.text.trim() !== '') dropped.cells.push(`${ws.name}!${cell.address}`);
        return;
      }
      const text = cellValue(cell);
      if (text === null) errors.push(`${ws.name}!${cell.address}`);
      while (cells.length < shown(c) - 1) cells.push('');
      cells[shown(c) - 1] = text ?? UNREAD_CELL;
    });
    if (!hiddenRow) rows.push(cells);
  });
  return { rows };
}

function errorWarning(cells: readonly string[]): Warning[] {
  if (cells.length === 0) return [];
  const more = cells.length > MAX_QUOTED_CELLS ? ` (+${cells.length - MAX_QUOTED_CELLS} more)` : '';
  return [{ code: 'spreadsheet_error_cells', message: `${cells.length} cell${cells.length === 1 ? '' : 's'} hold an error ('#VALUE!', '#REF!', …) or a formula without a saved result: not read, ${cells.slice(0, MAX_QUOTED_CELLS).join(', ')}${more}` }];
}

function hiddenWarning(d: HiddenParts): Warning[] {
  if (d.cells.length === 0) return [];
  const parts = [d.rows ? `${d.rows} hidden row${d.rows === 1 ? '' : 's'}` : '', d.cols ? `${d.cols} hidden column${d.cols === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
  const more = d.cells.length > MAX_QUOTED_CELLS ? ` (+${d.cells.length - MAX_QUOTED_CELLS} more)` : '';
  return [{ code: 'hidden_text_dropped', message: `${d.cells.length} cell(s) in ${parts} of the workbook, which a reader of the sheet cannot see, were left out: ${d.cells.slice(0, MAX_QUOTED_CELLS).join(', ')}${more}` }];
}

/** .xlsx bytes → document; E_DECODE when exceljs cannot read the workbook. */
export async function loadXlsx(bytes: Uint8Array, base: Pick<LoadedDocument, 'name' | 'sha256' | 'bytes'>, _opts: ResolvedOptions): Promise<LoadedDocument> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer).catch((cause: unknown) => {
    throw new XxgkError('E_DECODE', `${base.name}: not a readable .xlsx (damaged or not a workbook)`, { cause });
  });
  const errors: string[] = [];
  const dropped: HiddenParts = { rows: 0, cols: 0, cells: [] };
  const grids = wb.worksheets.filter((ws) => ws.state === 'visible').flatMap((ws) => splitAtBlankRows(sheetGrid(ws, errors, dropped)));
  if (grids.length === 0) throw new XxgkError('E_EMPTY', `${base.name}: the workbook has no cells`);
  return { ...base, kind: 'xlsx', lines: gridsToLines(grids), warnings: [...errorWarning(errors), ...hiddenWarning(dropped)] };
}
