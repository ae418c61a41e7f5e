/**
 * @file Table 四 is one printed row of 15 cells under a two-level header; real reports split it in
 * three small tables, wrap it, or fuse it into one digit run. Its values are read as one stream in
 * column order from the lines that hold only header words and numbers.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { Group } from '../solve/index.js';
import type { TableRow } from '../tables/build-rows.js';
import { REVIEW_KEYS } from '../template/index.js';
import { rowCandidates } from './row-candidates.js';
import type { StreamMode } from './stream-moves.js';
import { valueSources, type Placement } from './table-rows.js';
import { digitsDoubt, type RowEvidence } from './row-evidence.js';
import { readTransposed } from './review-transposed.js';

const REVIEW_WORDS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '维持', '纠正', '直接起诉'];
/** chars. Label text left after removing header words; more than this is narrative, not table. */
const MAX_FOREIGN_CHARS = 2;

function isTableText(text: string): boolean {
  let rest = normalizeLabel(text);
  for (const w of REVIEW_WORDS) rest = rest.split(w).join('');
  return rest.length <= MAX_FOREIGN_CHARS;
}

/** The review table's rows → one group of 15 keys. */
export function reviewGroup(rows: readonly TableRow[], stream?: StreamMode, lines: readonly string[] = []): { groups: Group[]; placements: Map<string, Placement>; transposed?: boolean } {
  const printedRows = rows.filter((r) => r.values.length > 0 && isTableText(r.label));
  // Printed transposed (results as rows, groups as columns): read back into template order (map/review-transposed).
  const transposed = readTransposed(rows, printedRows, lines);
  const tableRows = transposed ? transposed.rows : printedRows;
  const values = transposed ? transposed.values : printedRows.flatMap((r) => r.values);
  const placements = new Map<string, Placement>();
  if (values.length === 0) return { groups: [], placements };
  const keys = REVIEW_KEYS.map((k) => `reviewLitigation.${k}`);
  const sources = transposed ? transposed.values.map((v, i) => (v.col === undefined ? transposed.rows[i]!.source : { ...transposed.rows[i]!.source, column: v.col })) : valueSources(tableRows, keys.length);
  // One stream in column order: no neighbours to confirm it, its value count (exactly 15) does.
  const doubt = tableRows.some((r) => digitsDoubt(r, false)) || digitsDoubt({ label: '', pending: '', values, source: {} });
  const row: RowEvidence = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: doubt };
  // One run read positionally: a group whose total fails shows the whole run misread (score: `run`).
  keys.forEach((k, i) => placements.set(k, { by: 'columns', labelScore: 1, source: sources?.[i] ?? tableRows[0]!.source, row, run: 'reviewLitigation', ...(transposed?.orderUnconfirmed ? { orderUnconfirmed: true } : {}) }));
  return { groups: [{ id: 'reviewLitigation', keys, candidates: rowCandidates({ values, blankCells: 0 }, keys.length, [], stream) }], placements, ...(transposed ? { transposed: true } : {}) };
}
