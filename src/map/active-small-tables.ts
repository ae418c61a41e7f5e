/**
 * @file Table 二 read small table by small table (第二十条第（一）（五）（六）（八）（九）项), for a dump
 * that does not keep the page's layout (plain `pdftotext`, pdfminer's `pdf2txt.py`): each small
 * table's heading and column header, then its row labels and values in some order — a label pile
 * then the values ('行政处罚' / '行政强制' / '0' / '0'), a value printed before its label ('本年处理决定数量'
 * / '8934211' / '行政许可'), or each label followed by its row's values.
 *
 * Steps: rowsToEvents (the rows' text lines and values in printed order) → eventsToBlocks (cut at
 * each small table's heading 第二十条第（…）项 when every one is printed, else at headings and column headers) → blockReading (the block's values, when it holds
 * exactly its rows × columns values and their order among its cells is determined).
 *
 * A block's values are placed only when the structure determines them: the whole table is cut into
 * as many blocks as it has small tables, every block naming exactly its own rows once and holding
 * exactly rows × columns clean numbers (so no value crossed a heading: a value moved out of one block
 * leaves a count wrong somewhere). In a block of one column (or one row) the printed order of the
 * values is the cells' order whatever the labels do; in a block of several rows and columns it is
 * determined only when each label is followed by exactly its row's values (row by row); otherwise a
 * cell is placed where the row-by-row and column-by-column readings give it the same value (the
 * block's first and last cells always), and is ambiguous between the two values elsewhere. Such a value is the row's by its label's block, so the doubt that a value line before
 * a label may be another row's (orphan-before, values-first) does not apply to it.
 */
import { fixCompatibilityChars, normalizeLabel, toHalfWidth } from '../layout/normalize-text.js';
import type { SolvedField } from '../solve/index.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { RowSpec } from '../template/index.js';
import { namesTwoSmallTables, SMALL_TABLE_COLUMN_WORDS as COLUMN_WORDS, SMALL_TABLE_HEADING as HEADING } from '../template/active.js';
import type { Placement } from './table-rows.js';
import { minOf, pushAll, spliceAll } from '../_internal/extremes.js';
import { blockOf } from './review-blocks.js';
import { NOTE_LINE } from './join-fragments.js';

/** The small tables of table 二, by their rows' keys. */
const SMALL_TABLES: readonly (readonly string[])[] = [['regulations', 'normativeDocuments'], ['licensing', 'otherServices'], ['punishment', 'coercion'], ['fees'], ['procurement']];
/** Guess flags of a row reading that a determined block reading replaces (the rows' own repairs). */
const REPLACEABLE = ['joined', 'repaired', 'collapsed', 'ambiguous', 'position'] as const;

/** A cell's value: a count, or null for a printed not-applicable mark ('/', '—'). */
type Cell = number | null;

/** A block's reading: `values` placed, `open` cells with both orders' values. */
interface BlockReading {
  values: Map<string, Cell>;
  open: Map<string, number[]>;
  rows: RowSpec[];
  source: TableRow;
  /** The row each placed cell's value was printed on (row by row in the labels' order: the reading `values` holds). */
  cellRows: Map<string, TableRow>;
  /** The block's order among its cells rests on a stream that is not one clean run (see `cleanRun`): its placed values are `orderUnconfirmed`. */
  unsure: boolean;
  /** Rows (keys) whose values a block-ordered dump wrote in several text blocks: their cells' order is the dumper's (score/block-order). */
  inBlocks: Set<string>;
  /** Read from fewer values than cells as a zeros-blank print's (`blockShape` short): its cells fill fields not read only. */
  short?: true;
  /** Cells (keys) of a short block that printed nothing: 0, flag `blank`, placed `unprinted`. */
  blank?: Set<string>;
}

/** A value event's `block`: its text block in a block-ordered dump (map/review-blocks `blockOf`). */
type Event = { text: string; raw: string; row: TableRow } | { value: ValueToken; row: TableRow; block: number | undefined };

/** The rows' text lines and values, in printed order. */
function rowsToEvents(rows: readonly TableRow[]): Event[] {
  const out: Event[] = [];
  let note: number | undefined;
  for (const r of rows) {
    // A note under a small table ('注：行政事业性收费金额单位为万元，全年 4213.4 万元；…空白表示为 0。', cut into rows at its
    // numbers, every piece on the note's line): its numbers are prose, no cell's (pdfminer of a LibreOffice print: the
    // note gave 行政事业性收费's block two more values, and no block was read).
    const isNote = NOTE_LINE.test(r.label);
    if (isNote) note = r.source.line;
    const above = r.pendingLines ?? (r.pending.trim() === '' ? [] : [r.pending]);
    // The lines above a note's row are not the note: a label printed after its value, right above the note
    // ('1698.41' / '行政事业性收费' / '注：…'), is its small table's row (plain pdftotext of a Word print, perf42 g61
    // ptt-plain-docx r32: the block lost its label, no block was read, and '行政处罚' took 行政强制's 15 at 0.95).
    if (isNote) for (const t of above) if (t.trim() !== '' && !NOTE_LINE.test(t)) out.push({ text: normalizeLabel(t), raw: t, row: r });
    if (isNote || (note !== undefined && r.source.line === note)) continue;
    for (const t of [...above, ...(r.orphanLines ?? [r.label])].flatMap(atHeadings)) if (t.trim() !== '') out.push({ text: normalizeLabel(t), raw: t, row: r });
    r.values.forEach((v, i) => v.kind !== 'blank' && out.push({ value: v, row: r, block: blockOf(r, i) }));
  }
  return out;
}

/** A small table's heading with its item inside a run of text ('第二十条第（五）项'; any bracket, or none). */
const HEADING_IN_TEXT = /(第二十条第\s*[（(]?\s*[一二三四五六七八九十]+\s*[）)]?\s*项)/;

/**
 * A label text cut before and after each small table's heading in it: pypdf joins the label lines of rows printing no value
 * with the headings between them into one pending text ('规章行政规范性文件第二十条第（五）项…行政许可第二十条第（六）项…'), which
 * would name rows of several small tables in one block.
 */
function atHeadings(text: string): string[] {
  return HEADING_IN_TEXT.test(text) ? text.split(HEADING_IN_TEXT) : [text];
}

const startsBlock = (text: string): boolean => HEADING.test(text) || COLUMN_WORDS.some((w) => text.includes(w));
const isHeading = (text: string): boolean => HEADING.test(text);

/**
 * The events cut into blocks, a block starting at a heading or column header line once the block
 * before it names a row or holds a value (a heading runs over several lines: '第二十条第(一)项' /
 * '信息内容' / '本年制发件数 …'); null when a value or row label comes before the first.
 */
function eventsToBlocks(events: readonly Event[], labelled: (t: string) => boolean, starts: (t: string) => boolean): Event[][] | null {
  const blocks: Event[][] = [];
  // (A heading line that also holds the block's first label, '第二十条第(一)项 信息内容 规章', is that label too: kept, not counted as filling.)
  const heads = new Set<Event>();
  const filled = (b: readonly Event[]): boolean => b.some((e) => !heads.has(e) && ('value' in e || labelled(e.text)));
  for (const e of events) {
    const head = 'text' in e && starts(e.text);
    if (blocks.length === 0 && !head && ('value' in e || labelled(e.text))) return null;
    if (head && (blocks.length === 0 || filled(blocks.at(-1)!))) blocks.push([]);
    if (!head) blocks.at(-1)?.push(e);
    else if (labelled(e.text)) {
      heads.add(e);
      blocks.at(-1)!.push(e);
    }
  }
  return blocks;
}

/** The item of 第二十条 each small table of SMALL_TABLES is printed under ('第二十条第（五）项' heads 行政许可's). */
const SMALL_TABLE_ITEMS: readonly string[] = ['一', '五', '六', '八', '九'];
/** A small table's heading with its item, in a text made half-width: '第二十条第(五)项'. */
const NUMBERED_HEADING = /第二十条第\(([一二三四五六七八九十]+)\)项/g;
/** Characters a line before the first heading holds at least to be prose ('及时准确。全年共召开专题会议' 3 '次'), not a cell's label. */
const PROSE_MIN_CHARS = 4;

/** The item a heading line names last ('…第二十条第（一）项至第（九）项… 第二十条第（一）项' → '一'), or undefined. */
function headingItem(raw: string): string | undefined {
  const t = toHalfWidth(fixCompatibilityChars(raw)).replace(/\s+/g, '');
  return [...t.matchAll(NUMBERED_HEADING)].at(-1)?.[1];
}

/**
 * The events cut at the small tables' numbered headings, each block its heading's small table (by the item
 * it names), for a dump that prints a table's labels apart from its values' headings: pdfminer `pdf2txt` of
 * a Chromium print groups the label column of several small tables into one text box run ('信息内容' / '行政许可' /
 * '信息内容' / '行政处罚' / '行政强制') and each value column with its heading ('第二十条第（五）项' /
 * '本年处理决定数量' / '2237'). A row label printed in another small table's block, or before the first
 * heading, is moved to the block its heading names — only into a block that names none of its rows itself.
 * Numbers before the first heading are left out when the text before them is prose (a paragraph above the
 * table printed into its stretch: '全年共召开专题会议' 3 '次'), as a number there that is a cell leaves its
 * block a value short. Null when a heading names no item, two blocks name one small table, a text names
 * rows of two small tables, or the blocks are not one per small table. `moved`: the blocks given labels.
 */
function numberedBlocks(events: readonly Event[], specs: readonly RowSpec[], tables: readonly (readonly string[])[], labelled: (t: string) => boolean): { blocks: Event[][]; moved: Set<Event[]> } | null {
  const tableOf = (t: string): number => {
    const ts = new Set(rowsNamed(t, specs).map((s) => tables.findIndex((tb) => tb.includes(s.key))));
    return ts.size === 1 ? [...ts][0]! : ts.size === 0 ? -1 : -2;
  };
  const blocks: Event[][] = [];
  const items: number[] = [];
  const strays: Event[] = [];
  let lastText: Event | undefined;
  for (const e of events) {
    if ('text' in e && isHeading(e.text)) {
      const item = headingItem(e.raw);
      const t = item === undefined ? -1 : tables.findIndex((tb) => SMALL_TABLE_ITEMS[SMALL_TABLES.indexOf(tb)] === item);
      if (t < 0) return null;
      // (Headings one after another with nothing between: the last one heads the block.)
      if (blocks.length > 0 && blocks.at(-1)!.length === 0) items[items.length - 1] = t;
      else (blocks.push([]), items.push(t));
      if (labelled(e.text)) blocks.at(-1)!.push(e);
      lastText = e;
      continue;
    }
    if (blocks.length === 0) {
      if ('text' in e) {
        if (labelled(e.text)) strays.push(e);
        lastText = e;
        continue;
      }
      const prose = lastText !== undefined && 'text' in lastText && !labelled(lastText.text) && !startsBlock(lastText.text) && lastText.text.length >= PROSE_MIN_CHARS;
      if (prose) continue;
      return null;
    }
    blocks.at(-1)!.push(e);
    if ('text' in e) lastText = e;
  }
  if (blocks.length !== tables.length || new Set(items).size !== tables.length) return null;
  const kept = blocks.map((b, i) => b.filter((e) => {
    if (!('text' in e)) return true;
    const t = tableOf(e.text);
    if (t === -2) return true; // (rows of two small tables in one text: blockShape turns the block down)
    if (t < 0 || t === items[i]) return true;
    strays.push(e);
    return false;
  }));
  const byTable = new Map(items.map((t, i) => [t, kept[i]!]));
  // Each block given labels → those labels, in printed order (a block that names one of its rows itself takes none).
  const given = new Map<Event[], Event[]>();
  for (const e of strays) {
    const t = tableOf((e as { text: string }).text);
    const b = t >= 0 ? byTable.get(t) : undefined;
    if (!b) return null;
    const own = given.get(b);
    if (own) own.push(e);
    else if (b.some((x) => 'text' in x && tableOf(x.text) === t)) return null;
    else given.set(b, [e]);
  }
  for (const [b, own] of given) spliceAll(b, 0, 0, own);
  return { blocks: kept, moved: new Set(given.keys()) };
}

/** The template rows a text names, in printed order. */
function rowsNamed(text: string, specs: readonly RowSpec[]): RowSpec[] {
  const at = (s: RowSpec): number => minOf(s.labels.map((l) => (text.includes(l) ? text.indexOf(l) : Infinity)));
  return specs.filter((s) => at(s) < Infinity).sort((a, b) => at(a) - at(b));
}

/** Most text lines one row label is wrapped over in a block (a 2-character-wide cell: '行政' / '规范' / '性文' / '件'). */
const MAX_LABEL_PIECES = 6;

/**
 * The block's events as row labels (the rows a text line names) and values, in printed order. A
 * label wrapped over lines in a narrow cell whose value is centred beside it comes out around its
 * value ('行政' / '24726' / '许可', '行政' / '规范 26' / '6 141' / '性文' / '件'): no piece names a row.
 * Pieces naming nothing are joined (over the values between them) from the piece where a label
 * starts to the one where it ends, and the row stands where its first piece is.
 */
function blockSequence(block: readonly Event[], specs: readonly RowSpec[]): (RowSpec[] | ValueToken)[] {
  const seq = block.map((e) => ('text' in e ? rowsNamed(e.text, specs) : e.value));
  const loose = block.map((e, i) => 'text' in e && (seq[i] as RowSpec[]).length === 0);
  for (let i = 0; i < block.length; i++) {
    if (!loose[i]) continue;
    const first = (block[i] as { text: string }).text;
    let joined = first;
    for (let j = i + 1, pieces = 1; j < block.length && pieces < MAX_LABEL_PIECES; j++) {
      if ('value' in block[j]!) continue;
      if (!loose[j]) break;
      joined += (block[j] as { text: string }).text;
      pieces++;
      const named = rowsNamed(joined, specs).filter((s) => s.labels.some((l) => joined.indexOf(l) >= 0 && joined.indexOf(l) < first.length && joined.indexOf(l) + l.length > joined.length - (block[j] as { text: string }).text.length));
      if (named.length !== 1) continue;
      seq[i] = named;
      for (let k = i + 1; k <= j; k++) if (loose[k]) loose[k] = false;
      loose[i] = false;
      break;
    }
  }
  return seq;
}

/** A short block's cell (see `blockShape`): the index of its value among the block's values, or BLANK_CELL (printed empty: 0), or OPEN_CELL (not determined). */
const BLANK_CELL = -1;
const OPEN_CELL = -2;

/**
 * The block's row labels (printed order) and values when it names one small table's rows once each and holds exactly their
 * cells' count of clean numbers. `blankZeros` (a dump keeping no positions of a print that leaves its zeros blank, map/review-stream
 * textZerosBlank: an empty cell leaves nothing in the stream) also takes a block holding fewer (`short`, see `shortShape`):
 * `take` then gives each cell (labels' printed order) its value's index, BLANK_CELL or OPEN_CELL.
 */
function blockShape(block: readonly Event[], specs: readonly RowSpec[], blankZeros = false): { seq: (RowSpec[] | ValueToken)[]; named: RowSpec[]; nums: Cell[]; short?: 'empty' | 'column' | 'rows'; take?: number[] } | null {
  const seq = blockSequence(block, specs);
  const named = seq.flatMap((x) => (Array.isArray(x) ? x : []));
  const tokens = seq.filter((x): x is ValueToken => !Array.isArray(x));
  const table = SMALL_TABLES.find((t) => t.includes(named[0]?.key ?? ''));
  if (!table) return null;
  const own = specs.filter((s) => table.includes(s.key));
  if (named.length !== own.length || new Set(named).size !== own.length || named.some((s) => !own.includes(s))) return null;
  const cellCount = named.reduce((n, s) => n + s.columns.length, 0);
  const short = blankZeros && tokens.length < cellCount ? shortShape(block, seq, named) : null;
  if (tokens.length !== cellCount && !short) return null;
  // (An amount grouped by '.' or '、' may be a decimal too: a money table's block holding one is not read here.)
  const money = own.some((spec) => (spec.money?.length ?? 0) > 0);
  // A dash one space before a number may be its minus sign (map/signed-pairs): the row reading decides, not the block's count.
  const nums = tokens.map((v) => (v.kind === 'na' ? (v.sign === true ? NaN : null) : v.kind === 'num' && !v.suspect && !v.approximate && !v.cellWords && !v.scaled && !(money && v.decimal !== undefined) ? v.value : NaN));
  if (nums.some((v) => v !== null && Number.isNaN(v))) return null;
  return short ? { seq, named, nums, short: short.kind, take: short.take } : { seq, named, nums };
}

/** The block's text holds the column words of two or more small tables (制发件数 and 收费金额: headers printed apart from their tables). */
function headersApart(block: readonly Event[]): boolean {
  return namesTwoSmallTables(block.flatMap((e) => ('text' in e ? [e.text] : [])));
}

/** The block names rows of one small table and holds more values than their cells. */
function overfull(block: readonly Event[], specs: readonly RowSpec[]): boolean {
  const seq = blockSequence(block, specs);
  const cells = seq.flatMap((x) => (Array.isArray(x) ? x : [])).reduce((n, r) => n + r.columns.length, 0);
  return cells > 0 && seq.filter((x) => !Array.isArray(x)).length > cells;
}

/**
 * A block of fewer values than cells read as cells printed blank (see `blockShape`): `take` per cell of the labels' printed
 * order. 'empty': no value at all, every cell blank. 'column': one column, each value right after a label (none before the
 * first, never two in a row), a row printing none blank. 'rows': every value on its row label's own line (pypdf / PDFBox
 * write a row's cells after its label), a row printing none blank, one printing every cell read, one printing some of its
 * cells open (which are blank, nothing tells). Null otherwise.
 */
function shortShape(block: readonly Event[], seq: readonly (RowSpec[] | ValueToken)[], named: readonly RowSpec[]): { kind: 'empty' | 'column' | 'rows'; take: number[] } | null {
  const cells = named.reduce((n, s) => n + s.columns.length, 0);
  if (!seq.some((x) => !Array.isArray(x))) return { kind: 'empty', take: new Array<number>(cells).fill(BLANK_CELL) };
  // The values after each named label, and whether all are on that label's own line.
  const after: number[][] = [];
  let onLabelLines = true;
  let label: Event | null = null;
  let at = 0;
  for (const [i, x] of seq.entries()) {
    if (Array.isArray(x)) {
      if (x.length > 1) return null;
      if (x.length === 1) {
        after.push([]);
        label = block[i]!;
      }
    } else {
      if (!label) return null;
      after.at(-1)!.push(at++);
      const e = block[i]!;
      if (!('text' in label) || label.row !== e.row || label.raw !== e.row.label) onLabelLines = false;
    }
  }
  if (named.every((s) => s.columns.length === 1)) {
    if (after.some((v) => v.length > 1)) return null;
    return { kind: 'column', take: after.map((v) => v[0] ?? BLANK_CELL) };
  }
  if (!onLabelLines) return null;
  return { kind: 'rows', take: named.flatMap((s, r) => (after[r]!.length === 0 ? s.columns.map(() => BLANK_CELL) : after[r]!.length === s.columns.length ? after[r]! : s.columns.map(() => OPEN_CELL))) };
}

/**
 * The block's values by key (`values`); where its order is not determined (several rows and columns,
 * labels in a pile), the cells both orders give alike are placed and the others are `open` with
 * both readings' values. Null when the block's shape is not its small table's.
 */
function blockReading(block: readonly Event[], specs: readonly RowSpec[], moved = false, blankZeros = false): BlockReading | null {
  const shape = blockShape(block, specs, blankZeros);
  if (!shape) return null;
  const { seq, named, nums } = shape;
  const cells = named.flatMap((s) => s.columns.map((c) => `activeDisclosure.${s.key}.${c}`));
  if (shape.short) {
    // Blank cells vanished from the stream: each value is the label's before it (one column: a value right after a label may
    // be the next row's printed before its label — a label centred in a tall cell — so the order is open), or on its line.
    const take = shape.take!;
    const source = block.find((e) => 'value' in e)?.row ?? block[0]!.row;
    const values = new Map(cells.flatMap((k, i) => (take[i]! === OPEN_CELL ? [] : [[k, take[i]! === BLANK_CELL ? 0 : nums[take[i]!]!] as const])));
    const blank = new Set(cells.filter((_, i) => take[i] === BLANK_CELL));
    const valueRows = block.flatMap((e) => ('value' in e ? [e.row] : []));
    const cellRows = new Map(cells.flatMap((k, i) => (take[i]! >= 0 ? [[k, valueRows[take[i]!] ?? source] as const] : [])));
    return { values, open: new Map(), rows: named, source, cellRows, unsure: shape.short === 'column' && named.length > 1, inBlocks: new Set(), short: true, blank };
  }
  const byRow = new Map(cells.map((k, i) => [k, nums[i]!]));
  const open = new Map<string, number[]>();
  const width = named[0]!.columns.length;
  if (named.length > 1 && width > 1 && !eachLabelThenItsRow(seq, width)) {
    // The values' rows in the labels' printed order or in the template's (a label printed after its
    // values — centred in a tall cell — comes out below the next row's: '3 0 14' / '规范性文件 0 0 24' / '规章'),
    // each read row by row or column by column: a cell is placed only where every reading agrees.
    const template = [...named].sort((a, b) => specs.indexOf(a) - specs.indexOf(b));
    const readings = [named, template].flatMap((order) => [false, true].map((byColumn) => cellValues(order, nums, width, byColumn)));
    for (const k of cells) {
      const seen = [...new Set(readings.map((r) => r.get(k)!))];
      if (seen.length === 1) continue;
      byRow.delete(k);
      open.set(k, seen.filter((v): v is number => v !== null).sort((a, b) => a - b));
    }
  }
  const source = block.find((e) => 'value' in e)!.row;
  // (Value events are the block's tokens in order: nums[i] is cells[i]'s under the row-by-row reading `byRow` holds.)
  const valueRows = block.flatMap((e) => ('value' in e ? [e.row] : []));
  const cellRows = new Map(cells.map((k, i) => [k, valueRows[i] ?? source]));
  // Each row's values (row by row in the labels' order) from two text blocks or more (map/review-blocks).
  const blocks = block.flatMap((e) => ('value' in e ? [e.block] : []));
  // Values in several text boxes of a block-ordered dump: the boxes' order is the dumper's, neither reading's, so the
  // readings agree by chance too (pdfminer `-A` of a Chromium print wrote 规章's and 规范性文件's columns 2, 3, 1:
  // '9' / '0' / '18' / '9' / '20' / '13', the corners 9 and 13 read at 0.95 for 20 and 9; gen61 1003213 r13).
  const boxed = new Set(blocks).size > 1 && blocks.every((b) => b !== undefined);
  // Labels moved to the block by its heading's item (numberedBlocks): the count places the block, and a single column's
  // values run down its rows in the labels' order only where that is the template's; nothing else orders them.
  const movedOpen = moved && named.length > 1 && (width > 1 || named.some((x, i) => i > 0 && specs.indexOf(x) < specs.indexOf(named[i - 1]!)));
  const unsure = movedOpen || (named.length > 1 && width > 1 && !eachLabelThenItsRow(seq, width) && (boxed || !cleanRun(seq, width)));
  const inBlocks = new Set(named.filter((_, r) => new Set(blocks.slice(r * width, (r + 1) * width).filter((b) => b !== undefined)).size > 1).map((s) => s.key));
  return { values: byRow, open, rows: named, source, cellRows, unsure, inBlocks };
}

/** The block's cells by key when its values run through `order`'s rows row by row, or column by column. */
function cellValues(order: readonly RowSpec[], nums: readonly Cell[], width: number, byColumn: boolean): Map<string, Cell> {
  const out = new Map<string, Cell>();
  order.forEach((s, r) => s.columns.forEach((c, col) => out.set(`activeDisclosure.${s.key}.${c}`, nums[byColumn ? col * order.length + r : r * width + col]!)));
  return out;
}

/** Each row label is followed by exactly its row's values before the next label, none before the first. */
function eachLabelThenItsRow(seq: readonly (RowSpec[] | ValueToken)[], width: number): boolean {
  let run = -1; // values since the last label (-1: before the first label)
  for (const x of seq) {
    if (!Array.isArray(x)) {
      if (run < 0) return false;
      run++;
    } else if (x.length > 0) {
      if (run >= 0 && run !== width) return false;
      if (x.length > 1) return false;
      run = 0;
    }
  }
  return run === width;
}

/**
 * The block's labels and values are one clean run whose cells' order the row-by-row and column-by-column
 * readings cover: every label, then every value (a label pile); every value, then every label; or each
 * row's values then its label (a label centred in a tall cell printed after them). Anything else — a
 * label followed by more values than its row holds and another label with the rest, values inside a
 * wrapped label (plain pdftotext printing a table's cell blocks in its own order: '规章' / '5' / '12' /
 * '20' / '1' / '20' / '规范性' / '13' / '文件', breakit56 ptt-gbk-m30 r35) — is an order no reading has,
 * so the cells the readings agree on agree by chance.
 */
function cleanRun(seq: readonly (RowSpec[] | ValueToken)[], width: number): boolean {
  const marks = seq.filter((x) => !Array.isArray(x) || x.length > 0).map((x) => (Array.isArray(x) ? 'L'.repeat(x.length) : 'v')).join('');
  const labels = marks.replace(/v/g, '').length;
  const values = marks.length - labels;
  return marks === 'L'.repeat(labels) + 'v'.repeat(values) || marks === 'v'.repeat(values) + 'L'.repeat(labels) || marks === `${'v'.repeat(width)}L`.repeat(labels);
}

/**
 * Places table 二's values small table by small table where the dump determines them (see the file
 * comment). Fields the rows read alike keep their reading; fields they missed or read with a guess
 * (joined, repaired, by position) or read otherwise take the block's value. Returns the row keys ('activeDisclosure.licensing') so placed;
 * `unsure` receives the row keys of blocks whose values were placed in an order no clean run confirms (`cleanRun`, held below 0.8: `orderOpen`).
 */
export function fillFromSmallTables(rows: readonly TableRow[], specs: readonly RowSpec[], fields: Map<string, SolvedField>, placements: Map<string, Placement>, unsure: string[] = [], blankZeros = false): Set<string> {
  const done = new Set<string>();
  const events = rowsToEvents(rows);
  const labelled = (t: string): boolean => rowsNamed(t, specs).length > 0;
  const tables = SMALL_TABLES.filter((t) => specs.some((s) => t.includes(s.key)));
  // Cut at the small tables' headings when each is printed (a column header may follow its table's labels:
  // '行政许可' / '本年处理决定数量' / '2549'), else at headings and column headers.
  const byHeading = eventsToBlocks(events, labelled, isHeading);
  let blocks = byHeading?.length === tables.length ? byHeading : eventsToBlocks(events, labelled, startsBlock);
  let moved = new Set<Event[]>();
  let partial = false;
  // Every block must hold exactly its cells' count (a count off anywhere may be a value moved across a heading).
  if (!blocks || blocks.length !== tables.length || blocks.some((b) => !blockShape(b, specs, blankZeros))) {
    // Else the blocks the numbered headings head, labels printed apart moved to them (numberedBlocks), under the same count.
    const numbered = numberedBlocks(events, specs, tables, labelled);
    if (numbered && !numbered.blocks.some((b) => !blockShape(b, specs, blankZeros))) ({ blocks, moved } = numbered);
    // A zeros-blank print cut at every small table's heading: the blocks its values determine are read, the others left —
    // each placed value in doubt (a count off in one block may be a value moved across a heading into another).
    // Only the short readings (fewer values than cells) are taken there: a block of exactly its count may hold another block's
    // values moved into it (plain pdftotext wrote （五）'s '-1' / '4975' / '11' after （一）'s three values).
    else if (blankZeros && byHeading?.length === tables.length) partial = (blocks = byHeading) !== null;
    else return done;
  }
  // A block holding more values than its cells holds a value moved across a heading: a block short of values may be short by
  // those, not by blank cells (plain pdftotext put （五）'s '16' / '2' under （一）, and （五） read blank) — no short reading then.
  // Nor where a block holds the column words of two small tables: the dump wrote headers apart from their tables (plain
  // pdftotext: every label first, then '本年制发件数' … '本年收费金额' with the values among them, fresh51 k4 b04).
  const shortOk = blankZeros && !blocks.some((b) => overfull(b, specs) || headersApart(b));
  const read = blocks
    .map((b) => blockReading(b, specs, moved.has(b), shortOk))
    .map((r) => (r && partial ? (r.short ? { ...r, unsure: true } : null) : r));
  // Every block holding exactly its cells' count is what confirms their order; where some block is read short (cells printed
  // blank), a block of its count may hold another's values moved across a heading (plain pdftotext writing table 二 labels
  // first and its values after the last small table's header: '本年制发件数' … '3' … '本年收费金额' read 3 as 收费 at 0.95,
  // fresh51 k4 b04; pdfminer's boxes alike, b17): its values are placed in doubt (below 0.8).
  const anyShort = blocks.some((b) => !blockShape(b, specs));
  const readings = read.map((r) => (r && anyShort && !r.short ? { ...r, unsure: true } : r));
  for (const r of readings) {
    if (!r) continue;
    if (r.short) {
      fillShort(r, fields, placements);
      continue;
    }
    for (const [key, value] of r.values) placeOne(key, value, r, fields, placements);
    if (r.unsure && r.values.size > 0) pushAll(unsure, r.rows.map((s) => `activeDisclosure.${s.key}`));
    // A cell the block leaves open is ambiguous, whatever a row reading of labels apart from their values took.
    for (const [key, candidates] of r.open) {
      fields.set(key, { value: null, flags: ['ambiguous'], candidates });
      placements.set(key, { by: 'position', labelScore: 0, source: r.source.source });
    }
    for (const s of r.rows) if (s.columns.every((c) => r.values.has(`activeDisclosure.${s.key}.${c}`))) done.add(`activeDisclosure.${s.key}`);
  }
  return done;
}

/**
 * A short block's cells (a zeros-blank print's block of fewer values than cells, `blockShape`) on the fields no row reading
 * read a number for, or read the same: a cell that printed nothing is 0, flag `blank`, placed `unprinted` (score
 * UNPRINTED_ROW_CAP: nothing printed shows the cell was not lost instead); a value is its label's (order open when the
 * block has several rows: a value printed before its label would be the next row's).
 */
function fillShort(block: BlockReading, fields: Map<string, SolvedField>, placements: Map<string, Placement>): void {
  for (const [key, value] of block.values) {
    const had = fields.get(key);
    // (A row reading's guess — placed by position, repaired, joined — gives way; a value read by its label does not.)
    if (had && typeof had.value === 'number' && had.value !== value && placements.get(key)?.by !== 'position' && !REPLACEABLE.some((f) => had.flags.includes(f))) continue;
    if (!block.blank!.has(key)) {
      placeOne(key, value, block, fields, placements);
      continue;
    }
    fields.set(key, { value: 0, flags: ['blank'] });
    const row = { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false };
    placements.set(key, { by: 'label', labelScore: 1, source: block.source.source, row, unprinted: true });
  }
}

/**
 * Places one value of a block, determined by the block's count and order: a row reading that read
 * another value (a label read with the value after it, which is the next row's or the next small
 * table's: '48' / '行政处罚' / '84' / '行政强制') is replaced.
 */
function placeOne(key: string, value: Cell, block: BlockReading, fields: Map<string, SolvedField>, placements: Map<string, Placement>): void {
  const had = fields.get(key);
  const plain = had && (typeof had.value === 'number' || had.flags.includes('notApplicable')) && !REPLACEABLE.some((f) => had.flags.includes(f));
  // (A row reading that agrees keeps its flags; its placement is the block's, its label's doubts settled by the block.)
  // A number joined from pieces of one cell (wrapped, or cut by a page break: pdf/row-break) keeps `joined` when the
  // block reads it alike: the block's count and order place it, they do not tell its digits.
  const joinedAlike = had !== undefined && had.value === value && had.flags.includes('joined');
  fields.set(key, (plain || joinedAlike) && had!.value === value ? had! : value === null ? { value, flags: ['notApplicable'] } : { value, flags: [] });
  // The line the cell's value was printed on, not the block's first values line (a -layout dump's '规范性文件 2 10 0' had
  // pointed at '规章 20 1 0' above it).
  const row = block.cellRows.get(key) ?? block.source;
  const placement: Placement = { by: 'label', labelScore: 1, source: row.source, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: !!row.digitsSuspect } };
  if (placements.get(key)?.row?.digitsDoubt) placement.row!.digitsDoubt = true;
  // No clean run: the readings' agreement is chance (pdfminer's boxes, a column's values before the labels and the rest
  // after them: '5' / '5' / '0' / '0' / '规章' / '行政规范性文件' / '10' / '15' agree on 5 and 15, both wrong), and table 二 has no
  // identity to narrow it: the order is open (score ORDER_OPEN_CAP, below 0.8), not merely unconfirmed.
  if (block.unsure) Object.assign(placement, { orderUnconfirmed: true, orderOpen: true });
  if (block.inBlocks.has(key.split('.')[1]!)) Object.assign(placement.row!, { cellsApart: true, cellsInBlocks: true });
  placements.set(key, placement);
}
