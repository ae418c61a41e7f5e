/**
 * @file Table 四 as pdfminer (`pdf2txt -A`, `--char-margin 0.5`) prints a ruled copy of it: each of
 * its three groups as a box of its own — the group's four result headers in pieces ('结果维' / '持',
 * '结果' / '维持', or one line '结果维持 结果纠正 …'), then the group's four values one per line,
 * then its '总' / '计' header and the total — the groups in the order the tool met them (left to
 * right), with other boxes between them (the next section's heading, table 三's stray columns, the
 * group labels '未经复议直接起诉' / '复议后起诉').
 *
 * A group is read when its header run is followed by exactly four values (or five, the '总计' in the
 * run) and its total by exactly one; its total must be the sum of its four values (the template's
 * identity, which a total taken from another box almost never meets). The table is put back as one
 * printed row under the template's header only when exactly three groups are read so and the three
 * group labels stand in the stream in the template's order. So is a region whose one row prints as a run
 * of 15 values among the header boxes (pdfminer's default: the header pieces, then the row left to
 * right), and one printed cell by cell (each header word, then its value; `readCells`). Otherwise the stream is left as printed
 * (its fields missing or ambiguous), never one group's values given to another.
 */
import { maxOf, minOf } from '../_internal/extremes.js';
import { normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { Line } from '../model/document.js';
import { columnValueText } from './column-major.js';

/** The four result headers of a group, joined as the run of pieces prints them. */
const RESULT_WORDS = '结果维持结果纠正其他结果尚未审结';
const TOTAL_WORD = '总计';
const HEADER_CHARS = new Set([...RESULT_WORDS, ...TOTAL_WORD]);
/** The group labels in the template's order (行政复议, then 行政诉讼's 未经复议直接起诉 and 复议后起诉). */
const GROUP_LABELS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
/** lines. How far after the section's body its groups' last boxes are looked for (the next sections' first lines). */
const MAX_AFTER_LINES = 120;
/** lines. A section body longer than this is no box-by-box print of table 四: not searched. */
const MAX_REGION_LINES = 400;
/** The printed rows that put the table back: the template's two header lines, then the 15 values. */
const HEADER_ROWS = [
  ['行政复议', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
];

/** Values of a group: upheld, corrected, other, pending, total. */
const GROUP_SIZE = 5;

interface Run { start: number; end: number; text: string }
/** A group read: where it starts, its five values, and the line of each value (its text block: Line.block). */
interface Group { start: number; values: number[]; at: number[] }

/** A line's Han text (full-width forms and radicals normalized), or '' when it holds anything else. */
function hanText(l: Line): string {
  const t = normalizeLabel(toHalfWidth(l.cells.join(''))).replace(/[\s\p{P}]/gu, '');
  return /^\p{Script=Han}+$/u.test(t) ? t : '';
}

const isHeaderPiece = (l: Line): boolean => {
  const t = hanText(l);
  return t !== '' && [...t].every((c) => HEADER_CHARS.has(c));
};

/** Maximal runs of header pieces, with their joined text. */
function headerRuns(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isHeaderPiece(lines[i]!)) { i++; continue; }
    let j = i;
    let text = '';
    while (j < lines.length && isHeaderPiece(lines[j]!)) text += hanText(lines[j++]!);
    runs.push({ start: i, end: j, text });
    i = j;
  }
  return runs;
}

/** The whole-number values on the lines from `at` on, one per line, up to the first other line. */
function valuesAt(lines: readonly Line[], at: number): number[] {
  const out: number[] = [];
  for (let k = at; k < lines.length; k++) {
    const v = columnValueText(lines[k]!)?.replace(/\s/g, '');
    if (v === undefined || !/^\d+$/.test(v)) break;
    out.push(Number(v));
  }
  return out;
}

/** Lines from..from+n-1 (where valuesAt read n values). */
const linesFrom = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

/** The first '总计' run in [from, to) followed by exactly one value: that value and its line, or null. */
function totalIn(lines: readonly Line[], runs: readonly Run[], from: number, to: number): { value: number; at: number } | null {
  for (const r of runs) {
    if (r.start < from || r.start >= to || r.text !== TOTAL_WORD) continue;
    const vs = valuesAt(lines, r.end);
    if (vs.length === 1) return { value: vs[0]!, at: r.end };
  }
  return null;
}

/** A group's total is the sum of its four results (the template's identity). */
const addsUp = (v: readonly number[]): boolean => v[0]! + v[1]! + v[2]! + v[3]! === v[4];

/** The groups read whole: header run, four values, a total that is their sum. */
function readGroups(lines: readonly Line[], runs: readonly Run[]): Group[] | null {
  const heads = runs.filter((r) => r.text === RESULT_WORDS || r.text === RESULT_WORDS + TOTAL_WORD);
  const groups: Group[] = [];
  for (const [i, r] of heads.entries()) {
    const vs = valuesAt(lines, r.end);
    const next = heads[i + 1]?.start ?? lines.length;
    let values: number[] | null = null;
    let at = linesFrom(r.end, vs.length);
    if (r.text === RESULT_WORDS && vs.length === 4) {
      const total = totalIn(lines, runs, r.end + 4, next);
      if (total !== null) (values = [...vs, total.value]), (at = [...at, total.at]);
    } else if (r.text !== RESULT_WORDS && vs.length === 5) values = vs;
    if (!values || !addsUp(values)) return null;
    groups.push({ start: r.start, values, at });
  }
  return groups.length === GROUP_LABELS.length ? groups : null;
}

/**
 * The table's one printed row as pdfminer prints it among the header boxes: exactly 15 values, one
 * per line, right after a header piece or a group label line (boxes of one row come out left to
 * right), every group adding up; the only such run of the region, and no number-only line after it
 * (there the row's last cells may stand, its ends not printed: map/review-tail). Null otherwise.
 */
function readRow(lines: readonly Line[]): Group[] | null {
  let found: Group[] | null = null;
  for (let k = 1; k < lines.length; k++) {
    const before = lines[k - 1]!;
    if (columnValueText(lines[k]!) === null || !(isHeaderPiece(before) || GROUP_LABELS.includes(hanText(before)))) continue;
    const vs = valuesAt(lines, k);
    if (vs.length !== 3 * GROUP_SIZE) continue;
    const groups = GROUP_LABELS.map((_, g) => ({ start: k, values: vs.slice(GROUP_SIZE * g, GROUP_SIZE * (g + 1)), at: linesFrom(k + GROUP_SIZE * g, GROUP_SIZE) }));
    if (found || !groups.every((g) => addsUp(g.values))) return null;
    found = groups;
    if (lines.slice(k + vs.length).some((l) => columnValueText(l) !== null)) return null;
  }
  return found;
}

/** A group's five header words, each one cell's: the four results and 总计. */
const CELL_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', TOTAL_WORD];

/**
 * Table 四 printed cell by cell (pdfminer's default on a ruled print with narrow cells: each header
 * word, a character per line, then the value below it): every run naming one header word and
 * followed by exactly one value is a cell; the region's cells must be the five words in order, three
 * times, and every group must add up. Null otherwise.
 */
function readCells(lines: readonly Line[], runs: readonly Run[]): Group[] | null {
  const cells = runs
    .map((r) => ({ r, word: CELL_WORDS.indexOf(r.text), vs: valuesAt(lines, r.end) }))
    .filter((c) => c.word >= 0 && c.vs.length === 1);
  if (cells.length !== GROUP_LABELS.length * GROUP_SIZE || cells.some((c, i) => c.word !== i % GROUP_SIZE)) return null;
  const groups = GROUP_LABELS.map((_, g) => {
    const own = cells.slice(GROUP_SIZE * g, GROUP_SIZE * (g + 1));
    return { start: own[0]!.r.start, values: own.map((c) => c.vs[0]!), at: own.map((c) => c.r.end) };
  });
  return groups.every((g) => addsUp(g.values)) ? groups : null;
}

/** 行政诉讼, the header's span over its two sub-groups: printed after 行政复议 in the template. */
const LITIGATION_SPAN = '行政诉讼';

/**
 * The group labels stand in the stream in the template's order: each at least once, every line of one
 * before every line of the next, and 行政复议 before the span 行政诉讼 when it is printed (a header
 * printing 行政诉讼 first has its groups in another order, whatever order the sub-group labels come in).
 */
function labelsInOrder(lines: readonly Line[]): boolean {
  const linesOf = (word: string): number[] => lines.flatMap((l, k) => (hanText(l) === word ? [k] : []));
  const at = GROUP_LABELS.map(linesOf);
  const span = linesOf(LITIGATION_SPAN);
  if (span.length > 0 && at[0]!.length > 0 && minOf(span) < maxOf(at[0]!)) return false;
  return at.every((ks) => ks.length > 0) && at.every((ks, g) => g === 0 || maxOf(at[g - 1]!) < minOf(ks));
}

/**
 * Table 四's section body (`region`, a run of `doc`'s lines; its groups' last boxes may follow it
 * in `doc`) put back as the template's header and one row of 15 values, or null when the stream is
 * not three groups printed box by box (see the file comment).
 */
export function reviewGroupsToRows(region: readonly Line[] | null, doc: readonly Line[]): Line[] | null {
  if (!region || region.length === 0 || region.length > MAX_REGION_LINES) return null;
  const at = doc.indexOf(region[0]!);
  const lines = at >= 0 && doc[at + region.length - 1] === region.at(-1) ? doc.slice(at, at + region.length + MAX_AFTER_LINES) : region;
  const runs = headerRuns(lines);
  const groups = readGroups(lines, runs) ?? readCells(lines, runs) ?? readRow(lines);
  if (!groups || !labelsInOrder(lines)) return null;
  const source = lines[groups[0]!.start]!.source;
  const header = HEADER_ROWS.map((cells): Line => ({ cells: [...cells], separated: true, source }));
  // The values' text blocks, when a block-ordered dump wrote them (map/review-blocks: their order may be the dumper's).
  const valueLines = groups.flatMap((g) => g.at.map((k) => lines[k]!));
  const blocks = valueLines.every((l) => l.blockOrdered && l.block !== undefined) ? { blockOrdered: true as const, valueBlocks: valueLines.map((l) => l.block!) } : {};
  return [...header, { cells: groups.flatMap((g) => g.values.map(String)), separated: true, source, ...blocks }];
}

/** Header piece lines from which a section reads as pdfminer's boxes (two groups' result headers in two pieces each). */
const MIN_BOX_PIECES = 8;

/**
 * The section prints table 四 as pdfminer's boxes (its result headers in pieces, one per line) and
 * the value lines after its last header piece hold a number of values other than 15, some lines more
 * than one: boxes of several cells ('2 0 0 0 2 6 1 1 0 8', two groups) and a value cut in two boxes
 * ('1' / '3'), which pdfminer put in an order of its own grouping, not left to right (breakit48 c33 at
 * `--char-margin 3`: 行政诉讼's two groups first, then 行政复议's four values and its total in two
 * pieces). The stream must be repaired to 15 values, and each group adds up under either order, so
 * nothing confirms which group the values are: the caller caps them. (15 values in boxes of one row
 * come left to right: those are read as printed.)
 */
export function reviewBoxOrderUnsure(region: readonly Line[] | null): boolean {
  if (!region || region.length > MAX_REGION_LINES) return false;
  let last = -1;
  region.forEach((l, k) => { if (isHeaderPiece(l)) last = k; });
  if (region.filter(isHeaderPiece).length < MIN_BOX_PIECES) return false;
  const counts: number[] = [];
  for (let k = last + 1; k < region.length; k++) {
    const ws = toHalfWidth(region[k]!.cells.join(' ')).trim().split(/\s+/);
    if (!ws.every((w) => /^\d+$/.test(w))) break;
    counts.push(ws.length);
  }
  return counts.length > 1 && counts.some((c) => c > 1) && counts.reduce((a, c) => a + c, 0) !== 3 * GROUP_SIZE;
}
