/**
 * @file Table 三 printed without some of its columns (a report leaving out 社会公益组织, or two
 * sub-columns): its rows print fewer values than the template's seven. Read in the template's
 * order with cells missing, the solver would choose where the missing cells go (any place keeps the
 * identities when the total column covers them), shifting values into wrong columns. When the header
 * names the columns it prints — a subset of the leaves, 自然人 and 总计 among them — and the rows
 * print exactly that many values, each value is placed by its column's name, the columns not named
 * are absent (missing), and a `columns_absent` warning names them.
 */
import type { Line, Warning } from '../model/document.js';
import type { SolvedField } from '../solve/index.js';
import type { TableRow } from '../tables/build-rows.js';
import { requestBandOrder, requestBandSubset } from './header-order.js';
import { gridRequestLeaves } from './grid-columns.js';
import { GROUP_COLUMN, REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import { mergeCellPerLine, type Placement } from './table-rows.js';
import { loneSubColumn, mergedGroupColumns } from './merged-group.js';

/** Leaves a subset header must name: a header missing these is not read whole, not a table without them. */
const REQUIRED = ['naturalPerson', 'total'];
/** Share of the value rows that must print exactly the named columns' count (a few rows may be damaged). */
const ROW_SHARE = 0.8;
/** Values a row needs to count as a value row (not a heading's stray number). */
const MIN_ROW_VALUES = 2;

/**
 * The leaf columns table 三 prints, in printed order, when its header names only some of them and
 * its rows agree (most value rows print that many values, none prints all seven); null otherwise.
 */
export function printedRequestColumns(lines: readonly Line[] | null, rows: readonly TableRow[]): string[] | null {
  if (!lines) return null;
  // The five 法人或其他组织 sub-columns printed as one column (map/merged-group): 自然人 and 总计 placed, the group no template key.
  const merged = mergedGroupColumns(lines, rows);
  if (merged) return merged;
  // A grid's value columns are those its rows print numbers in: its header names them all, nothing to count.
  // (One legal-person sub-column alone may be the whole group under a short name, 其他组织: not placed by its name.)
  const byGrid = gridSubset(lines);
  if (byGrid) return loneSubColumn(byGrid) ? null : byGrid;
  const named = requestBandSubset(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES, REQUIRED);
  if (!named || loneSubColumn(named)) return null;
  // The band names every leaf, on its lines together (a header wrapped or refilled over lines: '申请人情况 自然人 总计' /
  // '法人或其他组织 商业企业 科研机构' / …): no column is absent, the line naming two is a piece of it (rows printing
  // fewer values print blank cells, collapsed by the dump).
  if (requestBandOrder(lines, REQUEST_HEADER, REQUEST_GROUP, [...SWAPPABLE_REQUEST], REQUEST_LEAVES).length > 0) return null;
  const counts = mergeCellPerLine(rows).map((r) => r.values.length).filter((n) => n >= MIN_ROW_VALUES);
  if (counts.length === 0 || counts.some((n) => n >= REQUEST_LEAVES.length)) return null;
  if (counts.filter((n) => n === named.length).length < ROW_SHARE * counts.length) return null;
  return printsAbsentInPieces(lines, named) ? null : named;
}

/** Characters of each leaf's name that no other header word of table 三 holds (商业企业: 商 业 企; 其他 none). */
const OWN_CHARS: Record<string, string> = { commercial: '商业企', research: '科研机构', socialOrg: '社会公益', legalService: '律服务机构' };

/**
 * A leaf not named whose own characters all stand in the header (the lines before 本年新收): the header may print it in
 * pieces the word search did not join — pypdf's '商' / '业科' / '研社会' of narrow cells glued across columns — and rows of
 * fewer values may be glued cells ('0 00 0 2 02' for 0 0 0 0 2 0 2), so the columns it prints are not determined (read as
 * absent, 商业企业 / 科研机构 left out and every row placed under five names at 0.97: chrome-break-variants seed 7 pypdf).
 */
function printsAbsentInPieces(lines: readonly Line[], named: readonly string[]): boolean {
  const first = lines.findIndex((l) => l.cells.join('').includes('本年新收'));
  const header = new Set(lines.slice(0, first < 0 ? 0 : first).map((l) => l.cells.join('')).join(''));
  return REQUEST_LEAVES.some((k) => !named.includes(k) && OWN_CHARS[k] !== undefined && [...OWN_CHARS[k]!].every((ch) => header.has(ch)));
}

/** A grid the file gives whose header cells name each of its value columns, fewer than seven, 自然人 and 总计 among them (map/grid-columns). */
function gridSubset(lines: readonly Line[]): string[] | null {
  const grid = gridRequestLeaves(lines);
  if (!grid || grid.leaves.length >= REQUEST_LEAVES.length || grid.leaves.some((k) => k === null)) return null;
  const leaves = grid.leaves as string[];
  return REQUIRED.every((k) => leaves.includes(k)) ? leaves : null;
}

/** Removes the fields of the columns not printed (derived by an identity or not: the table has no such column) and of a merged group column; warns. */
export function dropAbsentColumns(table: string, printed: readonly string[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): Warning {
  const absent = REQUEST_LEAVES.filter((k) => !printed.includes(k));
  const merged = printed.includes(GROUP_COLUMN);
  for (const key of [...fields.keys(), ...placements.keys()]) {
    const column = key.slice(key.lastIndexOf('.') + 1);
    if (key.startsWith(`${table}.`) && (absent.includes(column) || column === GROUP_COLUMN)) {
      fields.delete(key);
      placements.delete(key);
    }
  }
  const words = absent.map((k) => REQUEST_HEADER.find((w) => w[1] === k)![0]);
  if (merged) {
    return {
      code: 'columns_absent',
      message: `table ${table} prints its ${REQUEST_GROUP} sub-columns as one column (its header names 自然人, that group and 总计, and its rows sum to 总计): 自然人 and 总计 are placed by the header; the group column is no template column, and its ${words.join(' / ')} fields are missing`,
      keys: [table],
    };
  }
  return {
    code: 'columns_absent',
    message: `table ${table} prints no ${words.join(' / ')} column (its header names ${printed.length} of ${REQUEST_LEAVES.length} columns and its rows print ${printed.length} values): the values are placed by the columns the header names; ${words.join(' / ')} fields are missing`,
    keys: [table],
  };
}
