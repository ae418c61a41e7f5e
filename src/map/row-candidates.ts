/**
 * @file A printed row's values → the readings it admits for a template row of k columns:
 * exactly k values (one reading); too many (which to drop); too few (which cells are missing);
 * fused digit runs (every way to split them). The solver chooses between them by the identities.
 */
import type { FieldFlag } from '../schema/report.js';
import type { Candidate, Cell } from '../solve/types.js';
import type { TableRow } from '../tables/build-rows.js';
import { MAX_VALUE_DIGITS, type ValueToken } from '../tables/tokenize-cell.js';
import { isGroupedCount, splitGrouped } from '../tables/glued-groups.js';
import { pieceGroupings, piecesJoin } from '../tables/number-pieces.js';
import { streamReadings, wrapShadows, type StreamMode } from './stream-moves.js';
import { dedupeReadings } from './dedupe-readings.js';
import { tick } from '../_internal/work-budget.js';
import { cutsOf, markTextRuns, zeroLedRun } from './fused-split.js';
import { minOf, pushAll } from '../_internal/extremes.js';
import { signedVariants } from './signed-pairs.js';
import { MAX_REPAIR } from './repair-limit.js';

/** Most readings generated for one row (segmentations of long runs are many). */
export const MAX_CANDIDATES = 50_000;

function combinations(n: number, r: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]): void => {
    if (out.length >= MAX_CANDIDATES) return;
    if (acc.length === r) {
      out.push([...acc]);
      return;
    }
    for (let i = start; i <= n - (r - acc.length); i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

function tokenCell(t: ValueToken, extra0: FieldFlag[]): Cell {
  // (Pushed, not spread from a list of optional arrays: every candidate reading of every row makes its cells here.)
  const extra: FieldFlag[] = extra0.slice();
  if (t.ocr) extra.push('ocr');
  if (t.ocr?.deciphered) extra.push('deciphered');
  if (t.kind === 'num' && t.wrapped) extra.push('joined');
  if (t.kind === 'num' && t.mark !== undefined && t.footnote !== true) extra.push('marked');
  if (t.kind === 'num' && t.approximate) extra.push('approximate');
  if (t.kind === 'num' && t.cellWords) extra.push('cellWords');
  if (t.chineseNumeral) extra.push('chineseNumeral');
  if (t.kind === 'num' && t.gluedRun) extra.push('segmented');
  if (t.ocr?.unread || t.unread) return { value: undefined, flags: ['derived', ...extra] };
  // A piece of glued grouped counts that is no one count ('2169,527'): unknown as one cell.
  if (t.kind === 'num' && t.printed !== undefined && !isGroupedCount(t.printed)) return { value: undefined, flags: ['derived', ...extra] };
  if (t.kind === 'na') return { value: null, flags: ['notApplicable', ...extra] };
  if (t.kind === 'blank') return { value: 0, flags: ['blank', ...extra] };
  // A run too long to be one number (it can only be fused cells): unknown as one cell.
  if (t.raw.replace('.', '').length > MAX_VALUE_DIGITS) return { value: undefined, flags: ['derived', ...extra] };
  return { value: t.value, flags: extra, ...(t.decimal !== undefined ? { decimal: t.decimal } : {}) };
}

/**
 * Readings with a money column's cell grouped by '.' or '、' ('1.234') read as the decimal it may
 * also be, at the same cost: an amount may be a fraction, so the thousands reading is not chosen
 * for it (the identities check no amount: the field stays ambiguous). Counts keep the thousands.
 */
export function withDecimalReadings(readings: readonly Candidate[], money: readonly boolean[]): Candidate[] {
  if (!readings.some((c) => c.cells.some((cell, i) => money[i] && cell.decimal !== undefined))) return [...readings];
  return readings.flatMap((c) => {
    const at = c.cells.flatMap((cell, i) => (money[i] && cell.decimal !== undefined ? [i] : []));
    if (at.length === 0) return [c];
    return [c, { ...c, cells: c.cells.map((cell, i) => (at.includes(i) ? { ...cell, value: cell.decimal! } : cell)) }];
  });
}

/** Most readings one row's OCR alternatives may add (each is one cell read another way). */
const MAX_OCR_READINGS = 64;
/** Alternatives of each cell (its first: readings other preprocessings gave, then the recogniser's) paired with another cell's. */
const PAIR_ALTERNATIVES = 2;
/** Most readings with two cells read another way, on top of `MAX_OCR_READINGS`. */
const MAX_PAIR_READINGS = 16;

/**
 * OCR's other readings of confusable digits: each one alone, as a reading that costs 1 more (the
 * solver takes it only when the identities reject the first reading) and is flagged `repaired`;
 * then two cells read alike and read another way alike at once, among their first
 * `PAIR_ALTERNATIVES`, costing 2: small print misread alike in a part and its total ('34' read
 * '31' in 自然人 and in 总计 of one row) keeps the row's own total, and no single other reading
 * mends the columns. Only alike: any two cells' alternatives together made rows whose identities
 * fail anyway ambiguous between many pairs (a huaian-2024 scan not tuned on lost 4 fields so, 1 fixed).
 */
function withAlternatives(tokens: readonly ValueToken[], base: Candidate): Candidate[] {
  const out = [base];
  const other = (c: Cell, value: number): Cell => ({ value, flags: [...new Set<FieldFlag>([...c.flags, 'repaired'])] });
  tokens.forEach((t, i) => {
    for (const value of t.ocr?.alternatives ?? []) {
      if (out.length >= MAX_OCR_READINGS) return;
      out.push({ cells: base.cells.map((c, j) => (j === i ? other(c, value) : c)), cost: base.cost + 1 });
    }
  });
  const firsts = tokens.map((t) => (t.ocr?.alternatives ?? []).slice(0, PAIR_ALTERNATIVES));
  const cap = out.length + MAX_PAIR_READINGS;
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      if (base.cells[i]!.value !== base.cells[j]!.value) continue;
      for (const a of firsts[i]!) {
        if (!firsts[j]!.includes(a)) continue;
        if (out.length >= cap) return out;
        out.push({ cells: base.cells.map((c, k) => (k === i || k === j ? other(c, a) : c)), cost: base.cost + 2 });
      }
    }
  }
  return out;
}

/**
 * Exactly k values. Blank cells are read per cell: as printed (0, flag blank); a blank in a total
 * column unknown (derived from its row's parts) and the other blanks 0; or every blank unknown.
 * OCR'd cells with confusable digits also get their other readings (`withAlternatives`).
 * The identities choose; cheaper readings first when several hold.
 */
function exact(tokens: readonly ValueToken[], totalCols: readonly number[] = []): Candidate[] {
  const asRead: Candidate = { cells: tokens.map((t) => tokenCell(t, [])), cost: 0 };
  const readings = tokens.some((t) => t.ocr?.alternatives) ? withAlternatives(tokens, asRead) : [asRead];
  if (!tokens.some((t) => t.kind === 'blank')) return readings;
  const unknownWhere = (pick: (i: number) => boolean, cost: number): Candidate => ({
    cells: tokens.map((t, i) => (t.kind === 'blank' && pick(i) ? { value: undefined, flags: ['derived'] } : tokenCell(t, []))),
    cost,
  });
  const blankTotal = totalCols.some((i) => tokens[i]?.kind === 'blank');
  const totalsDerived = blankTotal ? [unknownWhere((i) => totalCols.includes(i), BLANK_TOTAL_COST)] : [];
  return [...readings, ...totalsDerived, unknownWhere(() => true, 1)];
}

/**
 * Cost of reading a row of a grid as shifted one cell right: above every reading of its cells as
 * printed (all unknown included), so only the identities choose it.
 */
const SHIFTED_COST = 1.5;

/**
 * A row of a grid whose first value cell is empty and whose cells as printed break its own total:
 * also read as its values one cell right of their columns, the last one lost (`（六）其他处理 | |
 * 2,084 | 0 | 145 | 0 | 0 | 0`). A group label spanning one row too many (`（五）不予处理`
 * rowspan=6 over a one-row `（六）其他处理`) pushes that row one column right in a browser, and a
 * converter keeping the table's width (pandoc's reST, Org, MediaWiki tables) drops its last cell.
 * Every cell `repaired`, the lost one derived: the identities through other rows choose it
 * (breakit55 pandoc-org/mediawiki/rst: that row's cells read as printed came out wrong below 0.8).
 */
function shiftedRight(tokens: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] {
  // A not-applicable mark ('—', '/', Textile's '--') moves with its row's cells: a mark, never a value (breakit56 pandoc-textile r23).
  if (tokens.length !== k || tokens[0]?.kind !== 'blank' || totalCols.length !== 1 || tokens.slice(1).some((t) => t.kind !== 'num' && t.kind !== 'blank' && t.kind !== 'na') || !tokens.slice(1).some((t) => t.kind === 'num')) return [];
  // A cell in doubt (a damaged number, an unread cell: html2text's byte-cut cells) breaks the total as well as a shift does.
  if (tokens.some((t) => t.unread || (t.kind === 'num' && (t.suspect || t.cellWords)))) return [];
  if (keepsTotal({ cells: tokens.map((t) => tokenCell(t, [])), cost: 0 }, totalCols)) return [];
  const cells: Cell[] = [...tokens.slice(1).map((t) => tokenCell(t, ['repaired'])), { value: undefined, flags: ['repaired', 'derived'] }];
  return [{ cells, cost: SHIFTED_COST }];
}

/** Cost of reading a row's empty total as derived: above every blank read as 0, below all unknown. */
const BLANK_TOTAL_COST = 0.5;

function dropExtra(tokens: readonly ValueToken[], k: number): Candidate[] {
  return combinations(tokens.length, tokens.length - k).map((drop) => ({
    cells: tokens.filter((_, i) => !drop.includes(i)).map((t) => tokenCell(t, ['repaired'])),
    cost: 0,
  }));
}

/** Cost of dropping a row's extra tokens as strays where they also join into split counts keeping its total (`pieceReadings`). */
const PIECES_OVER_DROPS_COST = 1;

/**
 * A token a Word page's split count may be a piece of (tables/number-pieces): a plain count as printed, nothing beside it —
 * not a number printed with thousands marks or cut out of such a run ('1,1611' read 1161 | 1 is never the pieces of 11611).
 */
const plainPiece = (t: ValueToken): t is Extract<ValueToken, { kind: 'num' }> =>
  t.kind === 'num' && t.mark === undefined && !t.fusable && t.mayFuse !== true && t.printed === undefined && t.gluedRun !== true &&
  t.grouped !== true && t.dotGroups !== true && /^\d+$/.test(t.raw);

/**
 * A row printing more numbers than cells, read as a Word page's split counts dumped a node a line (layout/node-lines: '1' /
 * '2' for 12): every grouping of its tokens into its k cells, each one token or two adjacent ones joined (`joined`), that keeps
 * the row's own total; the identities through other rows choose. Empty when a token is no plain count.
 */
function pieceReadings(tokens: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] {
  if (!tokens.every(plainPiece)) return [];
  const raws = tokens.map((t) => t.raw);
  return pieceGroupings(raws, k, k).map((sizes): Candidate => {
    let at = 0;
    const cells = sizes.map((n): Cell => {
      const cell = n === 1 ? tokenCell(tokens[at]!, []) : { value: Number(raws.slice(at, at + n).join('')), flags: ['joined'] as FieldFlag[] };
      at += n;
      return cell;
    });
    return { cells, cost: 0 };
  }).filter((c) => keepsTotal(c, totalCols));
}

/**
 * Cost of a missing cell anywhere but the row's total: an empty 总计 (a blank total column, lost as
 * trailing white space in a text layout) is the usual missing cell, so it is tried first; other
 * holes are read when the identities need them. Without the order, a table of rows each one cell
 * short had 7^rows equally good readings and went ambiguous.
 */
const HOLE_COST = 0.5;

function insertMissing(tokens: readonly ValueToken[], k: number, totalCols: readonly number[] = []): Candidate[] {
  return combinations(k, k - tokens.length).map((holes) => {
    let next = 0;
    const cells = Array.from({ length: k }, (_, i): Cell =>
      holes.includes(i) ? { value: undefined, flags: ['repaired', 'derived'] } : tokenCell(tokens[next++]!, ['repaired']),
    );
    return { cells, cost: holes.every((h) => totalCols.includes(h)) ? 0 : HOLE_COST };
  });
}

/** Every split of a digit run into `parts` integers without leading zeros. */
export function splitRun(run: string, parts: number): string[][] {
  if (run.length > parts * MAX_VALUE_DIGITS) return [];
  if (parts === 1) return run.length === 1 || run[0] !== '0' ? [[run]] : [];
  const out: string[][] = [];
  for (let len = 1; len <= Math.min(run.length - (parts - 1), MAX_VALUE_DIGITS); len++) {
    const head = run.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    for (const rest of splitRun(run.slice(len), parts - 1)) {
      out.push([head, ...rest]);
      if (out.length >= MAX_CANDIDATES) return out;
    }
  }
  return out;
}

/**
 * Every split of a digit run into `parts` integers (no leading zeros) whose last is the sum of the
 * others: a row of table 三 glued into one run ('2073552561242856123292730248', pdftotext -layout of
 * an A5 page whose cells touch) read with its 总计 last. No part is longer than the total; partial sums
 * over it are cut off — the few splits keeping the row's total, where the free splits are more than
 * MAX_CANDIDATES (296 010 for 28 digits in 7 parts: the first 50 000 listed, the solver's work on them
 * ~30 s, and the one true split not among them). At most `cap` splits (more: none, the row not read so).
 */
export function splitRunWithTotal(run: string, parts: number, cap = MAX_CANDIDATES): string[][] {
  const out: string[][] = [];
  for (let tl = 1; tl <= Math.min(MAX_VALUE_DIGITS, run.length - (parts - 1)); tl++) {
    const totalText = run.slice(run.length - tl);
    if (tl > 1 && totalText[0] === '0') continue;
    const total = Number(totalText);
    const body = run.slice(0, run.length - tl);
    const acc: string[] = [];
    const walk = (i: number, sum: number): void => {
      tick();
      if (out.length > cap) return;
      const left = parts - 1 - acc.length;
      if (left === 0) {
        if (i === body.length && sum === total) out.push([...acc, totalText]);
        return;
      }
      for (let len = 1; len <= tl && i + len <= body.length; len++) {
        const rest = body.length - i - len;
        if (rest < left - 1 || rest > (left - 1) * tl) continue;
        const head = body.slice(i, i + len);
        if (len > 1 && head[0] === '0') break;
        if (sum + Number(head) > total) break;
        acc.push(head);
        walk(i + len, sum + Number(head));
        acc.pop();
      }
    };
    walk(0, 0);
  }
  return out.length > cap ? [] : out;
}

/** How many splits `splitRun` would list for a digit run (counted, not listed; at most MAX_CANDIDATES). */
export function splitCount(run: string, parts: number): number {
  if (!/^\d+$/.test(run)) return 0;
  // rows[j][p]: splits of the run's last j digits into p parts.
  const rows: number[][] = [Array.from({ length: parts + 1 }, (_, p) => (p === 0 ? 1 : 0))];
  for (let i = run.length - 1; i >= 0; i--) {
    const here = Array.from({ length: parts + 1 }, () => 0);
    for (let len = 1; len <= MAX_VALUE_DIGITS && i + len <= run.length; len++) {
      if (len > 1 && run[i] === '0') break;
      const after = rows[run.length - (i + len)]!;
      for (let p = 1; p <= parts; p++) here[p] = Math.min(MAX_CANDIDATES, here[p]! + after[p - 1]!);
    }
    rows.push(here);
  }
  return rows[run.length]![parts]!;
}

/**
 * Most free splits of a row glued into one run listed for the solver (segment, gluedWithHole).
 * Past it the row is read only as the splits keeping its total (totalKeepingSplits): a pypdf or
 * pdfminer dump gluing every row of table 三 (17–29 digits: 5 000–45 000 splits a row, below
 * MAX_CANDIDATES) listed ~500 000 readings for the table, and their cells, the dedupe and the
 * solver took ~10 s of CPU and 1 GB (GC most of it): E_TIMEOUT at 60 s on a loaded machine. The
 * listed splits breaking the row's own total were never the solver's choice where one kept it.
 */
const MAX_FREE_SPLITS = 2_000;

/**
 * A row that is one digit run (fusable) whose free splits into k cells are too many to list
 * (past MAX_FREE_SPLITS), with its total in the last column: the splits keeping the total
 * (splitRunWithTotal), each cell `segmented`, and those of the run one cell short with an empty 0
 * at each place before the total (as gluedWithHole reads them); null when the row is not so.
 */
function totalKeepingSplits(tokens: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] | null {
  const t = tokens[0];
  if (tokens.length !== 1 || !t || t.kind !== 'num' || !t.fusable || t.printed !== undefined || !/^\d+$/.test(t.raw) || totalCols.length !== 1 || totalCols[0] !== k - 1) return null;
  const full = splitRunWithTotal(t.raw, k).map((split): Candidate => ({ cells: split.map((v) => ({ value: Number(v), flags: ['segmented'] as FieldFlag[] })), cost: 0 }));
  // The run one cell short, an empty 0 left unprinted (gluedWithHole): the k − 1 splits keeping the total, the 0 at each place before it.
  const short = k > 2 ? splitRunWithTotal(t.raw, k - 1) : [];
  const holed = short.flatMap((split) => {
    const cells: Cell[] = split.map((v) => ({ value: Number(v), flags: ['segmented', 'repaired'] }));
    return Array.from({ length: k - 1 }, (_, h): Candidate => ({ cells: [...cells.slice(0, h), { value: 0, flags: ['blank', 'repaired'] }, ...cells.slice(h)], cost: GLUED_HOLE_COST }));
  });
  return [...full, ...holed];
}

function segment(tokens: readonly ValueToken[], k: number): Candidate[] {
  const out: Candidate[] = [];
  const walk = (i: number, acc: Cell[]): void => {
    tick();
    if (out.length >= MAX_CANDIDATES) return;
    if (i === tokens.length) {
      if (acc.length === k) out.push({ cells: acc, cost: 0 });
      return;
    }
    const t = tokens[i]!;
    const left = k - acc.length - (tokens.length - i - 1);
    if (t.kind !== 'num' || !(t.fusable || t.mayFuse === true) || t.raw.includes('.') || left <= 1) {
      if (left >= 1) walk(i + 1, [...acc, tokenCell(t, [])]);
      return;
    }
    // The last token takes every cell left: fewer parts end short of k cells (a one-run row listed its splits into 1 … k − 1 parts for nothing).
    for (let p = i === tokens.length - 1 ? left : 1; p <= Math.min(left, t.raw.length); p++) {
      // Counts glued with their thousands separators (tables/glued-groups) split where the groups allow.
      for (const split of t.printed !== undefined ? splitGrouped(t.printed, p).map((xs) => xs.map((x) => x.replace(/,/g, ''))) : splitRun(t.raw, p)) {
        const flags: FieldFlag[] = p > 1 ? ['segmented'] : [];
        walk(i + 1, [...acc, ...split.map((s) => ({ value: Number(s), flags }))]);
      }
    }
  };
  walk(0, []);
  return out.map((c) => ({ ...c, cells: c.cells.map((cell) => ({ ...cell, flags: [...new Set([...cell.flags, 'segmented' as const])] })) }));
}

/**
 * A whole number of a row too short of values to be read with missing cells (pypdf's
 * `extract_text()` prints a row's cells with nothing between them: '6630739820773' for
 * 663 0 73 9 8 20 773): it can only be cells run together, so it is split like a fused run.
 */
function asGlued(t: ValueToken): ValueToken {
  return t.kind === 'num' && t.mark === undefined && t.value >= 0 && /^\d{2,}$/.test(t.raw) ? { ...t, fusable: true } : t;
}

/**
 * Cost of reading a glued row as one cell short: above every split into k cells, so a full split
 * the identities accept wins, and the empty cell is read only where none is.
 */
const GLUED_HOLE_COST = 1;
/** Most splits into k − 1 cells read with an empty cell (each at k places): a longer run is not read so. */
const MAX_HOLE_SPLITS = 2_000;

/**
 * A whole row glued into one run may have printed an empty cell (0) as nothing (pypdf drops it:
 * '000006' for 0 0 0 0 0 6 6 with one 0 left blank): the run split into k − 1 cells with a 0 put
 * at each place — the row's own total then chooses, unlike an unknown cell, which any split fits.
 * Every cell of such a reading is a repair (≤ 0.85): which cell was empty is the identities' guess,
 * and so is the split that it shifts.
 */
function gluedWithHole(tokens: readonly ValueToken[], k: number): Candidate[] {
  if (tokens.length !== 1 || k < 2) return [];
  // Counted before listing: a run with more splits is not read so, and listing them (up to MAX_CANDIDATES) only to drop them cost seconds.
  const t = tokens[0]!;
  if (t.kind === 'num' && (t.fusable || t.mayFuse === true) && t.printed === undefined && splitCount(t.raw, k - 1) > MAX_HOLE_SPLITS) return [];
  const splits = segment(tokens, k - 1);
  if (splits.length > MAX_HOLE_SPLITS) return [];
  const out: Candidate[] = [];
  for (const c of splits) {
    const cells = c.cells.map((cell) => ({ ...cell, flags: [...new Set<FieldFlag>([...cell.flags, 'repaired'])] }));
    for (let h = 0; h < k; h++) out.push({ cells: [...cells.slice(0, h), { value: 0, flags: ['blank', 'repaired'] }, ...cells.slice(h)], cost: GLUED_HOLE_COST });
  }
  return out;
}

function allUnknown(k: number): Candidate[] {
  return [{ cells: Array.from({ length: k }, () => ({ value: undefined, flags: ['derived'] as FieldFlag[] })), cost: 1 }];
}

/**
 * Stream readings for a row whose values do not fill k cells as printed; null to read it as any row.
 * In a collapsed stream a digit run glued to label text (the next row's numbering, `323.其他`) is
 * one printed line as well as maybe fused cells: both readings are listed, the identities choose
 * (read only as fused cells, a collapsed row broke its row and every column identity with it).
 */
function fromStream(tokens: readonly ValueToken[], k: number, stream: StreamMode): Candidate[] | null {
  if (tokens.length === 0 || tokens.length === k || tokens.some((t) => t.kind === 'blank' || (t.kind === 'num' && t.mayFuse === true))) return null;
  if (!tokens.some((t) => t.kind === 'num' && t.fusable)) return streamReadings(tokens, k, stream);
  if (!stream.collapse || tokens.length > k) return null;
  return dedupeReadings([...segment(tokens, k), ...streamReadings(tokens, k, stream)]);
}

/**
 * Empty cells kept by separated input: readings that take a window of k consecutive tokens
 * holding every printed value (leading/trailing empties may be layout, interior ones are cells).
 */
function blankWindows(tokens: readonly ValueToken[], k: number, totalCols: readonly number[] = []): Candidate[] {
  const filled = tokens.map((t, i) => (t.kind === 'blank' ? -1 : i)).filter((i) => i >= 0);
  const first = filled[0] ?? 0;
  const last = filled.at(-1) ?? 0;
  const out: Candidate[] = [];
  for (let start = Math.max(0, last - k + 1); start <= first && start + k <= tokens.length; start++) {
    const window = tokens.slice(start, start + k);
    const readings = [...exact(window, totalCols), ...shiftedRight(window, k, totalCols)];
    // Empty cells outside the printed values may be layout (a spanned label column): a repair.
    if (start < first || start + k - 1 > last) readings.forEach((c) => c.cells.forEach((cell) => cell.flags.push('repaired')));
    pushAll(out, readings);
  }
  return out;
}

/** True when a row's values can fill k columns as printed (empty cells included or not). */
export function fitsColumns(tokens: readonly ValueToken[], k: number): boolean {
  return tokens.filter((t) => t.kind !== 'blank').length === k || blankWindows(tokens, k).length > 0;
}

/** A number of two digits or more that may be the touching numbers of several cells (a PDF cell marked `fused`). */
const touching = (t: ValueToken): boolean => t.kind === 'num' && t.mayFuse === true && /^\d{2,}$/.test(t.raw);

/**
 * A row short of values holding a number that may be two touching cells ('行政规范性文件 1618 11'
 * under three columns): every split of it, and the readings that keep it whole and leave a cell
 * empty or missing — those are repairs (`repaired`: nothing printed says the run is one number).
 * No reading is preferred (the identities choose, or the fields stay ambiguous) — unless a split
 * fills every cell and keeps the row's own total: then the whole readings, each leaving a cell
 * unknown, cost more (HOLE_COST), and are read only where the splits do not add up across rows
 * (pypdf gluing the 其他 and 总计 cells of every row, fresh55 f033 '… 2 524' for 2 | 5 | 24: some 8
 * equal readings a row, 8^23 combinations, and table 三 left ambiguous whole).
 */
function touchingReadings(values: readonly ValueToken[], filled: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] {
  const windows = blankWindows(values, k, totalCols);
  const whole = windows.length > 0 ? windows : k - filled.length <= MAX_REPAIR ? insertMissing(filled, k, totalCols) : [];
  // '00', '019': no printed count starts with 0, so the run is never one number.
  const zeroLed = filled.some((t) => t.kind === 'num' && (touching(t) || t.fusable) && zeroLedRun(t));
  const splits = segment(filled, k);
  const cost = splits.some((c) => splitKeepsTotal(c, totalCols)) ? HOLE_COST : 0;
  const repaired = (zeroLed ? [] : whole).map((c) => ({ ...c, cost, cells: c.cells.map((cell) => ({ ...cell, flags: [...new Set<FieldFlag>([...cell.flags, 'repaired'])] })) }));
  return dedupeReadings([...repaired, ...splits]);
}

/** A reading with every cell known that keeps the row's one total (a row printing no total, table 二, has none to keep). */
const splitKeepsTotal = (c: Candidate, totalCols: readonly number[]): boolean => totalCols.length === 1 && c.cells.every((cell) => cell.value !== undefined) && keepsTotal(c, totalCols);

/** True unless the reading's one total cell is known and differs from the sum of its other cells. */
function keepsTotal(c: Candidate, totalCols: readonly number[]): boolean {
  if (totalCols.length !== 1) return true;
  const values = c.cells.map((cell) => cell.value);
  if (values.some((v) => v === undefined)) return true;
  const total = values[totalCols[0]!] ?? 0;
  return values.reduce<number>((s, v, i) => (i === totalCols[0] ? s : s + (v ?? 0)), 0) === total;
}

/**
 * A row of a collapsed stream that fills its cells as printed, with its `shadows`: the readings
 * the stream's moves make of the same tokens at the same count (map/stream-moves wrapShadows).
 * Where the printed reading keeps the row's own total and a shadow does not, the total tells them
 * apart: the printed reading stands. Where the printed reading breaks it, the shadows are listed
 * too (the identities choose). Elsewhere (no total: table 二) nothing tells them apart: the cells
 * a shadow reads otherwise are flagged `repaired` (below 0.9), the values as printed kept.
 */
function shadowed(readings: Candidate[], shadows: readonly Candidate[], totalCols: readonly number[]): Candidate[] {
  if (shadows.length === 0 || readings.length === 0) return readings;
  const printed = readings[0]!;
  if (!keepsTotal(printed, totalCols)) return dedupeReadings([...readings, ...shadows]);
  return repairedWhereRivals(readings, shadows.filter((c) => keepsTotal(c, totalCols)));
}

/**
 * `readings` with every cell that one of `rivals` reads otherwise than the first reading flagged
 * `repaired` (its value is the identities' choice, below 0.9); unchanged when none does.
 */
function repairedWhereRivals(readings: Candidate[], rivals: readonly Candidate[]): Candidate[] {
  const first = readings[0]!;
  const doubted = new Set<number>();
  for (const c of rivals) c.cells.forEach((cell, i) => cell.value !== first.cells[i]?.value && doubted.add(i));
  if (doubted.size === 0) return readings;
  return readings.map((r) => ({ ...r, cells: r.cells.map((cell, i) => (doubted.has(i) ? { ...cell, flags: [...new Set<FieldFlag>([...cell.flags, 'repaired'])] } : cell)) }));
}

/**
 * A row whose values, each grouped number ('39,846' in a single-spaced line: tables/tokenize-cell
 * GROUPED_RUN) read as one, fill its k columns exactly: the row's count confirms them, so their
 * separators are no longer in doubt (not `marked`). Split at their marks the row would print more
 * values than it has columns. Otherwise they stay marked: an identity through the value confirms it.
 */
function groupsConfirmed<R extends Pick<TableRow, 'values'>>(row: R, k: number): R {
  if (!row.values.some((t) => t.kind === 'num' && t.grouped === true) || row.values.filter((t) => t.kind !== 'blank').length !== k) return row;
  return { ...row, values: row.values.map((t) => (t.kind === 'num' && t.grouped === true ? (({ mark: _mark, grouped: _grouped, ...rest }) => rest)(t) : t)) };
}

/**
 * A row whose numbers grouped by single spaces ('4 124' in a line split at wide gaps: tables/build-rows
 * spacedThousands), split at their spaces, fill its k columns exactly: the row's count says each space
 * was the narrow gap between two cells of a laid-out dump ('106  11   0     1      2    4 124'), so
 * they are read as those cells, unmarked. Otherwise the row is read as it was built.
 */
function spacesConfirmed<R extends Pick<TableRow, 'values'>>(row: R, k: number): R {
  const spaced = (t: ValueToken): boolean => t.kind === 'num' && t.grouped === true && t.mark === ' ';
  if (!row.values.some(spaced)) return row;
  const pieces = (t: ValueToken): string[] => (t.kind === 'num' ? digitGroups(t.raw) : []);
  const filled = row.values.filter((t) => t.kind !== 'blank');
  if (filled.reduce((n, t) => n + (spaced(t) ? pieces(t).length : 1), 0) !== k) return row;
  const values = row.values.flatMap((t): ValueToken[] => {
    if (!spaced(t) || t.kind !== 'num') return [t];
    const { mark: _mark, grouped: _grouped, ...rest } = t;
    return pieces(t).map((g) => ({ ...rest, value: Number(g), raw: g }));
  });
  return { ...row, values };
}

/**
 * The readings of a printed row for k columns; `totalCols` are the columns holding the row's total.
 * `stream`: the table came one value per line, so a row with too few or too many values is read by
 * the stream moves (map/stream-moves).
 */
export function rowCandidates(row: Pick<TableRow, 'values' | 'blankCells' | 'onGrid' | 'ocrRead'> & { source?: TableRow['source'] }, k: number, totalCols: readonly number[] = [], stream?: StreamMode, zerosBlank = false, counted = false, signed: readonly boolean[] = [], totalBlank = false): Candidate[] {
  if (zerosBlank && totalBlank) {
    const placed = blankPlacements(row.values, k, totalCols, true);
    if (placed) return ocrRow(row) ? ocrBlanks(placed) : placed;
  }
  const readings = printedReadings(row, k, totalCols, stream, zerosBlank, counted, signed);
  return ocrRow(row) ? ocrBlanks(readings) : readings;
}

/** A row read by OCR: from an OCR'd line (TableRow.ocrRead) or holding a value OCR read. */
export const ocrRow = (row: Pick<TableRow, 'values' | 'ocrRead'>): boolean => row.ocrRead === true || row.values.some((t) => t.ocr !== undefined);

/**
 * Readings with every empty cell read as 0 (`blank`) flagged `ocr` (issue 18): on an OCR'd page a cell found empty may
 * hold a faint digit the recogniser missed, so its 0 is an OCR reading and takes the OCR trust rule (score OCR_CAP) —
 * whichever path made the cell (a blank token, a row of empty cells counted, zeros placed around printed values).
 */
export function ocrBlanks(readings: readonly Candidate[]): Candidate[] {
  const unmarked = (cell: Cell): boolean => cell.flags.includes('blank') && !cell.flags.includes('ocr');
  return readings.map((c) => (c.cells.some(unmarked) ? { ...c, cells: c.cells.map((cell) => (unmarked(cell) ? { ...cell, flags: [...cell.flags, 'ocr'] } : cell)) } : c));
}

function printedReadings(row000: Pick<TableRow, 'values' | 'blankCells' | 'onGrid'> & { source?: TableRow['source'] }, k: number, totalCols: readonly number[], stream: StreamMode | undefined, zerosBlank: boolean, counted: boolean, signed: readonly boolean[]): Candidate[] {
  // A dash one space before a number (map/signed-pairs): a mark and a cell, or a minus sign in a signed column, as the row's count decides.
  const signs = signedVariants(row000.values, k, signed, counted || row000.onGrid === true);
  const again = (values: ValueToken[]): Candidate[] => rowCandidates({ ...row000, values }, k, totalCols, stream, zerosBlank, counted);
  if (signs && signs.ways.length > 1) return tiedReadings(signs.ways.map(again));
  // One way prints the row's cells; where a dropped empty cell would let another, the cells it reads otherwise are in doubt (`repaired`).
  if (signs && signs.rivals.length > 0) return repairedWhereRivals(again(signs.ways[0]!), signs.rivals.flatMap(again));
  const row00 = signs ? { ...row000, values: signs.ways[0]! } : row000;
  const placed = zerosBlank ? (blankPlacements(row00.values, k, totalCols) ?? cutPlacements(row00.values, k, totalCols)) : null;
  if (placed) return placed;
  // A row of a table printing its empty cells, printing exactly its cells and all empty: each cell's place is printed, so the row is all 0.
  if (counted && emptyCellsRow(row00, k)) return [{ cells: Array.from({ length: k }, (): Cell => ({ value: 0, flags: ['blank'] })), cost: 0 }];
  // A text dump's row short of values: a number in it may be touching cells printed with no gap (map/fused-split).
  const runs = stream ? null : markTextRuns(row00, k, MAX_REPAIR);
  const row0 = runs ? { ...row00, values: runs } : row00;
  const row1 = stream ? row0 : spacesConfirmed(row0, k);
  const readings = rowReadings(stream ? row0 : groupsConfirmed(row1, k), k, totalCols, stream, counted);
  const split = stream ? [] : groupsSplit(row1.values, k);
  return split.length > 0 ? dedupeReadings([...readings, ...split]) : readings;
}

/** The readings of several ways to read one row, each way's cheapest at cost 0: nothing prefers one way, so the fields they read otherwise stay ambiguous. */
export function tiedReadings(byWay: readonly Candidate[][]): Candidate[] {
  return dedupeReadings(byWay.flatMap((readings) => {
    const least = readings.length > 0 ? minOf(readings.map((c) => c.cost)) : 0;
    return readings.map((c) => ({ ...c, cost: c.cost - least }));
  }));
}

/** A row printing exactly its k cells, each empty (a segment of empty cells only keeps none of its values). */
export const emptyCellsRow = (row: Pick<TableRow, 'values' | 'blankCells'>, k: number): boolean => k > 0 && row.values.length === 0 && row.blankCells === k;

/** A row printing exactly its k cells, a number in some and some empty. */
const countedRow = (row: Pick<TableRow, 'values'>, k: number): boolean =>
  row.values.length === k && row.values.some((t) => t.kind === 'num') && row.values.some((t) => t.kind === 'blank' && !t.unread);

/** Fewest rows printing all their cells, some empty, before a table's rows of empty cells read as printed zeros. */
const MIN_COUNTED_ROWS = 3;

/**
 * True when the table prints each row's cells, empty ones included (a grid, a pipe or grid text
 * table, cells split at tabs): at least MIN_COUNTED_ROWS rows (`widths[i]` cells for `rows[i]`)
 * print exactly their cells with a number and an empty cell among them. A row of such a table
 * printing exactly its cells, all empty, is all 0: every cell's place is printed.
 */
export function cellsCounted(rows: readonly Pick<TableRow, 'values'>[], widths: readonly number[]): boolean {
  return rows.filter((r, i) => countedRow(r, widths[i]!)).length >= MIN_COUNTED_ROWS;
}

/** The digit groups of a grouped number ('39846' → ['39', '846']; a decimal part stays on the last). */
function digitGroups(raw: string): string[] {
  const [int, dec] = raw.split('.') as [string, string | undefined];
  const head = int.length % 3 || 3;
  const groups = [int.slice(0, head), ...(int.slice(head).match(/\d{3}/g) ?? [])];
  if (dec !== undefined) groups[groups.length - 1] += `.${dec}`;
  return groups;
}

/**
 * A row short of values whose grouped numbers, split at their separators, fill its k columns
 * exactly ('规章 39,846 5' under three columns: 39846 and a cell missing, or 39 | 846 | 5 printed
 * with a comma between two cells): that reading too, as a repair (`repaired`), so the identities
 * choose or the fields stay ambiguous.
 */
function groupsSplit(values: readonly ValueToken[], k: number): Candidate[] {
  const grouped = values.filter((t) => t.kind === 'num' && t.grouped === true);
  const filled = values.filter((t) => t.kind !== 'blank');
  if (grouped.length === 0 || filled.length >= k) return [];
  const split = filled.flatMap((t): Cell[] => (t.kind === 'num' && t.grouped === true && t.value >= 0 ? digitGroups(t.raw).map((g) => ({ value: Number(g), flags: ['repaired'] })) : [tokenCell(t, ['repaired'])]));
  return split.length === k ? [{ cells: split, cost: HOLE_COST }] : [];
}

/**
 * A row printing only not-applicable marks, fewer than its cells ('3.补正后申请内容仍不明确 / / /' of a
 * dump that lost or moved the rest of its marks, a merged cell printing one '/'): the row is marked not
 * applicable, every cell. A cell it did not print is not a number either — it is not read as a hole
 * the identities fill ('/' is not 0: a derived 0 there was wrong), but as not applicable, `repaired`
 * (the mark's place is a guess). Null for a row printing a number or nothing.
 */
function markedRow(tokens: readonly ValueToken[], k: number): Candidate[] | null {
  if (tokens.length === 0 || tokens.length >= k || tokens.some((t) => t.kind !== 'na')) return null;
  const cells = Array.from({ length: k }, (_, i): Cell => (i < tokens.length ? tokenCell(tokens[i]!, []) : { value: null, flags: ['notApplicable', 'repaired'] }));
  return [{ cells, cost: 0 }];
}

function rowReadings(row: Pick<TableRow, 'values' | 'blankCells' | 'onGrid'>, k: number, totalCols: readonly number[], stream?: StreamMode, counted = false): Candidate[] {
  const marked = markedRow(row.values.filter((t) => t.kind !== 'blank'), k);
  if (marked) return marked;
  const streamed = stream ? fromStream(row.values, k, stream) : null;
  if (streamed) return streamed;
  const filled = row.values.filter((t) => t.kind !== 'blank');
  // Before the grid's cells: a borderless row placed under its headers left a cell empty where the run beside it may hold its number.
  if (filled.length > 0 && filled.length < k && filled.some(touching)) return touchingReadings(row.values, filled, k, totalCols);
  // A full row of a table grid (HTML, ruled PDF) with one cell per column, or of a table printing its empty cells: its empty cells are cells, not layout.
  if ((row.onGrid || counted) && row.values.length === k && row.values.some((t) => t.kind !== 'blank')) return [...exact(row.values, totalCols), ...shiftedRight(row.values, k, totalCols)];
  if (filled.length > 0 && filled.length < k) {
    const windows = blankWindows(row.values, k, totalCols);
    if (windows.length > 0) return dedupeReadings(windows);
  }
  // A cell printed and not read (`unread`: '3,31', a count cut inside its digit group, or '\ufffd') beside as many numbers as
  // the row has cells: which of them are the row's cells the stream does not say (the unread one may be the value and the
  // number after it its tail: table 二's '行政处罚' / '3,31' / '' / '8' read 8 at 0.95). Each choice is a repair.
  const unreadCells = row.values.filter((t) => t.kind === 'blank' && t.unread === true).length;
  if (unreadCells > 0 && filled.length > 0 && filled.length <= k && filled.length + unreadCells > k && filled.length + unreadCells - k <= MAX_REPAIR) {
    return dedupeReadings(dropExtra(row.values.filter((t) => t.kind !== 'blank' || t.unread === true), k));
  }
  const tokens = filled;
  if (tokens.length === 0) {
    if (row.blankCells === 0) return allUnknown(k);
    const zeros: Candidate = { cells: Array.from({ length: k }, () => ({ value: 0, flags: ['blank'] as FieldFlag[] })), cost: 0 };
    return [zeros, ...allUnknown(k)];
  }
  if (tokens.length === k) return stream ? shadowed(exact(tokens), wrapShadows(tokens, k, stream), totalCols) : exact(tokens);
  if (tokens.length > k) {
    // (Where its extra tokens join into counts keeping the row's total, dropping tokens as strays is the dearer reading.)
    const pieces = pieceReadings(tokens, k, totalCols);
    const drops = tokens.length - k <= MAX_REPAIR ? dropExtra(tokens, k).map((c) => (pieces.length > 0 ? { ...c, cost: PIECES_OVER_DROPS_COST } : c)) : [];
    const readings = dedupeReadings([...pieces, ...drops]);
    return readings.length > 0 ? readings : allUnknown(k);
  }
  const fusable = tokens.some((t) => t.kind === 'num' && t.fusable && t.raw.length > 1);
  if (fusable) {
    // A run whose free splits are too many to list: only those keeping the row's total (none: not read as split).
    // (A run glued with its thousands separators splits only where its groups allow: splitGrouped's few splits, not these.)
    const free = tokens.length === 1 && tokens[0]!.kind === 'num' && tokens[0]!.printed === undefined ? splitCount(tokens[0]!.raw, k) : 0;
    const split = free > MAX_FREE_SPLITS ? totalKeepingSplits(tokens, k, totalCols) : null;
    if (split) return dedupeReadings(split);
    // Splits past MAX_CANDIDATES and no one total to keep (table 四's 15 cells in one run): the list would stop at its first
    // MAX_CANDIDATES, an arbitrary few without the true split (its fields came out checkFailed or ambiguous), and cost seconds. Unread.
    if (free >= MAX_CANDIDATES) return [];
    const segmented = dedupeReadings([...segment(tokens, k), ...gluedWithHole(tokens, k)]);
    if (segmented.length > 0) return segmented;
  }
  if (k - tokens.length > MAX_REPAIR) {
    const asRun = tokens.map(asGlued);
    const glued = dedupeReadings([...segment(asRun, k), ...gluedWithHole(asRun, k)]);
    if (glued.length > 0) return glued;
  }
  return k - tokens.length <= MAX_REPAIR ? dedupeReadings(insertMissing(tokens, k, totalCols)) : allUnknown(k);
}

/** Most placements of a short row's values among its cells (C(7, 3) = 35 for table 三's rows). */
const MAX_PLACEMENTS = 64;

/**
 * A row of a table whose zero cells print nothing (a text dump of a table printed with zeros left
 * blank: `（一）予以公开 2 2` for 0 0 0 0 0 2 2; see `zerosPrintedBlank`): its printed values in
 * order, each cell not given one an empty 0 (`blank`), at every placement that keeps the row's own
 * total; a row printing nothing is all 0. The identities through other
 * rows choose the placement; a cell the placements keeping the total read otherwise is `repaired`
 * (its column is the identities' choice, below 0.9). null when the row does not read so (more
 * values than cells, a mark, a fused run, a placement list too long).
 */
export function blankPlacements(values: readonly ValueToken[], k: number, totalCols: readonly number[], totalBlank = false): Candidate[] | null {
  // (A one-digit run glued to the label — pypdf writes a row's first cell against its label, '…申请数量3          3' — holds one
  // cell: touching cells' digits need two digits at least. plain52: fresh51 k4 pypdf b02, 总计 printing 0, had read nothing.)
  if (values.some((t) => t.kind !== 'num' || (t.fusable && t.raw.length > 1) || t.mayFuse === true || t.mark !== undefined || t.value < 0)) return null;
  const m = values.length;
  if (m > k) return null;
  // A row of such a table printing nothing is all 0 (a non-zero row prints its total): no unknown reading, which would absorb any identity.
  if (m === 0) return [{ cells: Array.from({ length: k }, (): Cell => ({ value: 0, flags: ['blank'] })), cost: 0 }];
  if (totalBlank) return totalBlankPlacements(values, k, totalCols);
  const picks = combinations(k, m);
  if (picks.length > MAX_PLACEMENTS) return null;
  const readings = picks.map((at): Candidate => {
    let next = 0;
    return { cells: Array.from({ length: k }, (_, i): Cell => (at.includes(i) ? tokenCell(values[next++]!, []) : { value: 0, flags: ['blank'] })), cost: 0 };
  }).filter((c) => keepsTotal(c, totalCols));
  // Printed zeros among the values: placements differing only in which zero stands where read the same row (one reading).
  const distinct = dedupeReadings(readings);
  return distinct.length === 0 ? null : repairedWhereRivals(distinct, distinct);
}

/**
 * A row of a zeros-blank table whose 总计 column is printed empty in every row (`totalPrintedBlank`: fresh51 r09–r16, a
 * small agency's page leaving the total to the reader): its printed values are its applicant cells, placed among them at
 * every placement (the identities through other rows choose; a cell they read otherwise `repaired`), the other applicant
 * cells 0 (`blank`), its total the sum of its values — the cell an identity proves (TEMPLATE: an empty 总计 of a row whose
 * parts are not 0), flagged `derived`. Null when the row prints as many values as it has applicant cells or more.
 */
function totalBlankPlacements(values: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] | null {
  if (totalCols.length !== 1) return null;
  const parts = Array.from({ length: k }, (_, i) => i).filter((i) => !totalCols.includes(i));
  if (values.length > parts.length) return null;
  const picks = combinations(parts.length, values.length);
  if (picks.length > MAX_PLACEMENTS) return null;
  let sum = 0;
  for (const t of values) sum += t.kind === 'num' ? t.value : 0;
  const total: Cell = { value: sum, flags: ['derived'] };
  const readings = picks.map((at): Candidate => {
    const cols = at.map((j) => parts[j]!);
    let next = 0;
    return { cells: Array.from({ length: k }, (_, i): Cell => (totalCols.includes(i) ? total : cols.includes(i) ? tokenCell(values[next++]!, []) : { value: 0, flags: ['blank'] })), cost: 0 };
  });
  const distinct = dedupeReadings(readings);
  return repairedWhereRivals(distinct, distinct);
}

/**
 * True when a table printing its zeros blank prints its 总计 column empty too: no 0 and no empty cell kept, at least
 * MIN_SHORT_ROWS rows printing values, each fewer than its applicant cells, and not one of them keeping its own total at any
 * placement (`blankPlacements`: a zeros-blank row prints a part and its total, '6' / '6'; here '6' alone), every row named by
 * an exact label (`exactLabels`, as zerosPrintedBlank's few-counts reading asks).
 */
export function totalPrintedBlank(rows: readonly Pick<TableRow, 'values'>[], widths: readonly number[], totals: readonly (readonly number[])[], exactLabels: boolean): boolean {
  if (!exactLabels) return false;
  const nums = rows.flatMap((r) => r.values);
  if (nums.some((t) => t.kind !== 'num' || t.value <= 0 || t.fusable || t.mayFuse === true || t.mark !== undefined)) return false;
  const printing = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.values.length > 0);
  if (printing.length < MIN_SHORT_ROWS) return false;
  return printing.every(({ r, i }) => totals[i]!.length === 1 && r.values.length < widths[i]! - 1 && blankPlacements(r.values, widths[i]!, totals[i]!) === null);
}

/** Most readings of a zeros-blank row whose runs are cut (`cutPlacements`): past it the row is read otherwise. */
const MAX_CUT_PLACEMENTS = 256;

/**
 * A row of a zeros-blank table that no placement of its values as printed reads with its own total
 * (`blankPlacements` null): an extractor that glues touching cells (pypdf `extract_text()`: '137 41 4 4
 * 12 8206' for 137 41 4 4 12 8 206, the blank cells dropped) printed some of its numbers as one run. Each
 * run read whole or cut into 2–3 counts (map/fused-split cutsOf), the pieces placed among the row's cells
 * with the others empty (0, `blank`), every reading keeping the row's total; a cut piece is `segmented`,
 * a cell the readings read otherwise `repaired`. Also two adjacent numbers read as one count a Word page split into two
 * `<span>` runs, dumped a node a line ('1' / '2' for 12; tables/number-pieces), flagged `joined`. Not the empty-cell readings of a short row: in such a
 * table an empty cell is a 0, not an unknown that any run fits (the run kept whole as the total, 8206,
 * with a derived cell absorbing it). Null when nothing keeps the total, or the readings are too many.
 */
export function cutPlacements(values: readonly ValueToken[], k: number, totalCols: readonly number[]): Candidate[] | null {
  const nums = values.filter((t): t is Extract<ValueToken, { kind: 'num' }> => t.kind === 'num' && t.mark === undefined && /^\d+$/.test(t.raw));
  if (totalCols.length !== 1 || values.length === 0 || nums.length !== values.length) return null;
  const ways = nums.map((t): string[][] => [...(t.raw === '0' || t.raw[0] !== '0' ? [[t.raw]] : []), ...cutsOf(t.raw, k).map((c) => c.map(String))]);
  // …or two adjacent numbers one count a Word page split into two runs ('1' / '2' for 12: tables/number-pieces), joined.
  const joins = nums.some((t, i) => i + 1 < nums.length && piecesJoin(t.raw, nums[i + 1]!.raw));
  if (!ways.some((w) => w.length > 1) && !joins) return null;
  const out: Candidate[] = [];
  // A reading cuts runs (an extractor gluing cells) or joins pieces (Word's runs), never both: the two dumps are different kinds.
  const walk = (i: number, pieces: { raw: string; cut: boolean; joined?: boolean; t: ValueToken }[]): boolean => {
    if (pieces.length > k) return true;
    if (i === values.length) {
      for (const at of combinations(k, pieces.length)) {
        let next = 0;
        const cells = Array.from({ length: k }, (_, c): Cell => {
          if (!at.includes(c)) return { value: 0, flags: ['blank'] };
          const p = pieces[next++]!;
          return p.joined ? { value: Number(p.raw), flags: ['joined'] } : p.cut ? { value: Number(p.raw), flags: ['segmented'] } : tokenCell(p.t, []);
        });
        const reading = { cells, cost: 0 };
        if (keepsTotal(reading, totalCols)) out.push(reading);
        if (out.length > MAX_CUT_PLACEMENTS) return false;
      }
      return true;
    }
    const t = values[i]!;
    const joining = pieces.some((p) => p.joined);
    const cutting = pieces.some((p) => p.cut);
    for (const w of ways[i]!) if ((w.length === 1 || !joining) && !walk(i + 1, [...pieces, ...w.map((raw) => ({ raw, cut: w.length > 1, t }))])) return false;
    const [raw, next] = [nums[i]!.raw, nums[i + 1]?.raw];
    if (joins && !cutting && next !== undefined && piecesJoin(raw, next)) return walk(i + 2, [...pieces, { raw: raw + next, cut: false, joined: true, t }]);
    return true;
  };
  if (!walk(0, []) || out.length === 0) return null;
  return repairedWhereRivals(out, out);
}

/**
 * A row printed as one digit run holding all its k cells (pypdf `extract_text()` of a page whose cells touch:
 * '2631523072148' for 26 31 52 30 7 2 148, every row of table 三 so): the run cuts into k counts keeping the
 * row's total (`splitRunWithTotal`), and no reading of fewer cells with the others left empty (`blankPlacements`,
 * `cutPlacements`) keeps it. Its zeros are printed, inside the run ('…30 7 0…' is '3070'): such a row is no
 * short row, and no 0 standing alone in a table of such rows says nothing of zeros printed blank.
 */
export function gluedWholeRow(values: readonly ValueToken[], k: number, totalCols: readonly number[]): boolean {
  const t = values[0];
  if (values.length !== 1 || !t || t.kind !== 'num' || t.mark !== undefined || !/^\d+$/.test(t.raw) || t.raw.length < k) return false;
  if (totalCols.length !== 1 || totalCols[0] !== k - 1) return false;
  return blankPlacements(values, k, totalCols) === null && cutPlacements(values, k, totalCols) === null && splitRunWithTotal(t.raw, k).length > 0;
}

/** Fewest values a table prints before the absence of any 0 among them says its zeros print blank. */
const MIN_BLANK_EVIDENCE_VALUES = 15;
/** Fewest rows printing fewer values than cells (and some) for that reading. */
const MIN_SHORT_ROWS = 3;
/** A table printing some zeros and leaving others blank: fewest short rows, and their least share (num/den) of the rows printing values. */
const MIN_MIXED_SHORT_ROWS = 6;
const MIXED_SHORT_SHARE_NUM = 2;
const MIXED_SHORT_SHARE_DEN = 3;

/**
 * True when a table's zero cells were printed blank and a text dump dropped them: its rows print
 * at least MIN_BLANK_EVIDENCE_VALUES plain counts and not one 0 (a table of some 150 counts holds
 * zeros; printed, one would show), no empty cell kept as such, and at least MIN_SHORT_ROWS rows
 * print some values but fewer than their cells (`widths[i]` for `rows[i]`). A table printing some zeros
 * (and leaving the others blank: a small agency's page, browse49) when at least MIN_MIXED_SHORT_ROWS rows,
 * two thirds of those printing values, print fewer values than cells and every row printing values keeps
 * its own total (`totals[i]`) at some placement (`streamRowsDelimited`: a run glued from several cells does not). A table
 * printing fewer counts (strip50) when every row printing values is short, keeps its total (its glued runs cut) and, by
 * the caller (`exactLabels`), was matched by an exact label.
 */
export function zerosPrintedBlank(rows: readonly Pick<TableRow, 'values'>[], widths: readonly number[], totals?: readonly (readonly number[])[], exactLabels = true): boolean {
  const nums = rows.flatMap((r) => r.values);
  if (nums.some((t) => t.kind === 'blank' || (t.kind === 'num' && t.value < 0))) return false;
  // (A row glued whole prints every cell, its zeros inside the run: no short row.)
  const short = rows.filter((r, i) => r.values.length > 0 && r.values.length < widths[i]! && !(totals && gluedWholeRow(r.values, widths[i]!, totals[i]!))).length;
  const printing = rows.filter((r) => r.values.length > 0).length;
  if (nums.some((t) => t.kind === 'num' && t.value === 0)) {
    // Every row printing values keeps its own total at some placement (no run glued from several cells, '1032126103033').
    return short >= MIN_MIXED_SHORT_ROWS && short * MIXED_SHORT_SHARE_DEN >= printing * MIXED_SHORT_SHARE_NUM && totals !== undefined && streamRowsDelimited(rows, widths, totals);
  }
  if (short < MIN_SHORT_ROWS) return false;
  if (nums.filter((t) => t.kind === 'num').length >= MIN_BLANK_EVIDENCE_VALUES) return true;
  // Fewer counts (a small agency's page, strip50): every row printing values prints fewer than its cells and keeps its own
  // total at some placement ('7' / '7' after 一、本年新收: one applicant column and the total; a row of one cell would not),
  // its runs cut where a tag strip glued its cells ('12517': 12 | 5 | 17, `cutPlacements`).
  // …and every row printing values named by its label exactly: a narrow page's layout dump wraps labels into fragments, and
  // a short row matched to a neighbour's label would carry its total there, the neighbour read all 0 (fresh49 k1-1003-pandoc).
  return short === printing && exactLabels && totals !== undefined && rows.every((r, i) => r.values.length === 0 || (blankPlacements(r.values, widths[i]!, totals[i]!) ?? cutPlacements(r.values, widths[i]!, totals[i]!)) !== null);
}

/**
 * True when a one-value-per-line stream's rows are the table's rows as printed (`totals[i]`: the
 * total columns of `rows[i]`, `widths[i]` its cells): every row printing values has a placement of
 * them keeping its own total (`blankPlacements`), as a row does whose values follow its label. A
 * dump that piles the labels and prints the values after them (pdfminer's text boxes) gives some
 * label no values and another the values of many rows: such a label's row is not empty, and
 * reading the rows as zeros-blank rows would make it all 0. Collapsed streams are not read so.
 */
export function streamRowsDelimited(rows: readonly Pick<TableRow, 'values'>[], widths: readonly number[], totals: readonly (readonly number[])[]): boolean {
  return rows.every((r, i) => r.values.length === 0 || blankPlacements(r.values, widths[i]!, totals[i]!) !== null);
}

/**
 * A short row of a zeros-blank table (`blankPlacements`) read with only its total known: its last
 * value (a row that prints anything prints its total, the last column), the other cells unknown.
 * For a table whose placements together are too many to search (`MAX_BLANK_SPACE`). A row no placement
 * of its values as printed reads (`readings`: what it was read as, e.g. its runs cut, `cutPlacements`)
 * keeps the total its cheapest readings all agree on, as they read it; where they differ, or where its
 * last value is a run ('12 8206' for 12 | 8 | 206), the total is unknown too: the last number is not the total.
 */
export function blankTotalOnly(values: readonly ValueToken[], k: number, totalCols: readonly number[], readings: readonly Candidate[] = [], totalBlank = false): Candidate[] | null {
  if (totalCols.length !== 1 || totalCols[0] !== k - 1 || values.length === 0) return null;
  const unknown = (): Cell => ({ value: undefined, flags: ['derived'] });
  // (Its 总计 printed empty, `totalPrintedBlank`: every reading derives the same total, the sum of its values.)
  const total = totalBlank ? agreedCell(readings, k - 1) ?? unknown() : blankPlacements(values, k, totalCols) ? tokenCell(values.at(-1)!, []) : agreedCell(readings, k - 1) ?? unknown();
  return [{ cells: Array.from({ length: k }, (_, i): Cell => (i === k - 1 ? total : unknown())), cost: 0 }];
}

/** The cell `at` of the cheapest readings when they all read it as one known value; undefined otherwise. */
function agreedCell(readings: readonly Candidate[], at: number): Cell | undefined {
  if (readings.length === 0) return undefined;
  const least = minOf(readings.map((c) => c.cost));
  const cells = readings.filter((c) => c.cost === least).map((c) => c.cells[at]);
  const first = cells[0];
  return first && first.value !== undefined && cells.every((c) => c?.value === first.value) ? first : undefined;
}
