/**
 * @file Table 三 of a plain `pdftotext` dump (no -layout; page feeds or -nopgbrk) read back from poppler's blocks.
 *
 * Plain mode writes each text block as a paragraph (a blank line after it) in its own block order. In Chromium prints
 * (`pdftotext -bbox-layout` shows the blocks: scripts/poppler-blocks.py) a table 三 cell is mostly a block of its
 * own, written row by row; rows of equal height are joined into blocks of k cells down each column, written column by
 * column (a band of k rows: 7 paragraphs of k lines); cells close together share a line ('41 5'); a row's first cells
 * ride in the label pile's block, one on each label's line, or in the header's block, one a line; a cell now and then
 * comes after its row's others. The value pieces (a line's run of numbers) are placed on the template grid by that
 * order (layout/block-grid-search.ts), every row total and column identity kept; when exactly one reading is left the
 * table is written as tab rows in template order, else it stays as printed for the stream readers (map/table-stream).
 */
import { REQUEST_ROWS_COMBINED, REQUEST_ROWS_SPLIT, outcomeRowKeys } from '../template/requests.js';
import type { RowSpec } from '../template/types.js';
import { gridReadings, type GridShape, type Piece } from './block-grid-search.js';
import { pushAll } from '../_internal/extremes.js';

const START = /收到和处理政府信息公开申请情况/;
const END = /行政复议|行政诉讼|存在的主要问题/;
/** A value token: a count (grouped or not, '.0' kept), a count with its 件, a not-applicable mark. */
const VALUE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?件?$|^[/／－—–-]$/;
/** Table 二's words: a block holding them is table 二's tail poppler wrote after table 三's heading. */
const TABLE_TWO = /件数|金额|万元|第二十条/;
/** (三)'s split rows name these; else （六）其他处理 is one row. */
const SPLIT_OTHER = /逾期不补正|逾期未按收费/;
/** A space-aligned dump (-layout) lines its cells up with runs of spaces: not poppler's plain blocks. */
const ALIGNED = /\S {2,}\S/;

const GROUPS: Record<string, string> = {
  'denied.stateSecret': '（三）不予公开',
  'unavailable.notHeld': '（四）无法提供',
  'notProcessed.complaint': '（五）不予处理',
  'otherHandling.overdueCorrection': '（六）其他处理',
};
const PRINTED: Record<string, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'otherHandling.combined': '（六）其他处理',
  totalHandled: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** The rows' printed labels, group headings on lines of their own before their first row. */
function rowLabel(spec: RowSpec, rows: readonly RowSpec[]): string {
  if (PRINTED[spec.key]) return PRINTED[spec.key]!;
  const group = spec.key.split('.')[0]!;
  const n = rows.filter((r) => r.key.startsWith(group + '.')).findIndex((r) => r.key === spec.key) + 1;
  return `${n}.${spec.labels[0]}`;
}

function shapeOf(rows: readonly RowSpec[]): GridShape {
  const at = (k: string): number => rows.findIndex((r) => r.key === k);
  const outcomes = outcomeRowKeys(rows).map(at);
  return {
    rows: rows.length,
    width: 7,
    sums: [
      { plus: outcomes, minus: [at('totalHandled')] },
      { plus: [at('newReceived'), at('carriedOver')], minus: [at('totalHandled'), at('carriedForward')] },
    ],
  };
}

/** The value pieces of table 三's lines, with their text blocks; null when the lines are not a plain block dump. */
function piecesOf(lines: readonly string[]): Piece[] | null {
  const pieces: Piece[] = [];
  let block = 0;
  let blockLines: string[] = [];
  let blockPieces: Piece[] = [];
  const close = (): void => {
    if (!TABLE_TWO.test(blockLines.join('')) || blockLines.join('').includes('申请')) pushAll(pieces, blockPieces);
    blockLines = [];
    blockPieces = [];
    block++;
  };
  for (const line of lines) {
    if (ALIGNED.test(line.trim())) return null;
    if (line.trim() === '' || line.includes('\f')) {
      if (blockLines.length > 0) close();
      if (line.trim() === '') continue;
    }
    const t = line.replace(/\f/g, '').trim();
    blockLines.push(t);
    const values = t.split(/\s+/).filter((w) => VALUE.test(w));
    if (values.length > 0) blockPieces.push({ values, block });
  }
  if (blockLines.length > 0) close();
  return pieces;
}

/** The dump's lines, table 三 written as tab rows when its blocks read one way only; `apart`: each such row's line → the text blocks its cells came from. */
export interface BlockGridText {
  readonly lines: readonly string[];
  readonly apart: ReadonlyMap<number, number>;
}

/**
 * The dump's lines with table 三 written as tab rows when its blocks read one way only; else the lines as they are.
 * A row whose cells came from two blocks or more keeps that (Line.blocksApart): their order within the row is
 * poppler's, which no row total checks (score/block-order caps what no column identity sees).
 */
export function readBlockGrid(lines: readonly string[]): BlockGridText {
  const same = { lines, apart: new Map<number, number>() };
  const start = lines.findIndex((l) => START.test(l.replace(/\s/g, '')) && l.trim().length <= 40);
  if (start < 0) return same;
  let end = start + 1;
  while (end < lines.length && !END.test(lines[end]!)) end++;
  const body = lines.slice(start + 1, end);
  const pieces = piecesOf(body);
  if (!pieces || pieces.length === 0) return same;
  const rows = SPLIT_OTHER.test(body.join('').replace(/\s/g, '')) ? REQUEST_ROWS_SPLIT : REQUEST_ROWS_COMBINED;
  const cells = pieces.reduce((a, p) => a + p.values.length, 0);
  if (cells !== rows.length * 7) return same;
  const readings = gridReadings(pieces, shapeOf(rows));
  if (!readings || readings.length !== 1) return same;
  const { cells: grid, blocks } = readings[0]!;
  const out: string[] = ['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'];
  const apart = new Map<number, number>();
  rows.forEach((spec, i) => {
    if (GROUPS[spec.key]) out.push(GROUPS[spec.key]!);
    apart.set(start + 1 + out.length, new Set(blocks.slice(i * 7, i * 7 + 7)).size);
    out.push([rowLabel(spec, rows), ...grid.slice(i * 7, i * 7 + 7)].join('\t'));
  });
  return { lines: [...lines.slice(0, start + 1), ...out, ...lines.slice(end)], apart };
}

/** Why table 三's blocks were or were not read (scripts and tests). */
export function diagnose(lines: readonly string[], cost?: number): Record<string, unknown> {
  const start = lines.findIndex((l) => START.test(l.replace(/\s/g, '')) && l.trim().length <= 40);
  if (start < 0) return { why: 'no start' };
  let end = start + 1;
  while (end < lines.length && !END.test(lines[end]!)) end++;
  const body = lines.slice(start + 1, end);
  const pieces = piecesOf(body);
  if (!pieces) return { why: 'aligned' };
  const rows = SPLIT_OTHER.test(body.join('').replace(/\s/g, '')) ? REQUEST_ROWS_SPLIT : REQUEST_ROWS_COMBINED;
  const cells = pieces.reduce((a, p) => a + p.values.length, 0);
  const r = cells === rows.length * 7 ? gridReadings(pieces, shapeOf(rows), cost) : undefined;
  return { pieces: pieces.length, blocks: new Set(pieces.map((p) => p.block)).size, cells, want: rows.length * 7, readings: r === undefined ? '-' : r === null ? 'budget' : r.length };
}
