/**
 * @file A dump writing every table cell as a paragraph of its own — its text, then one empty line —
 * where a run of empty cells leaves one more empty line, however many cells it holds (`lynx -dump` of a
 * Word-exported page: each filled cell is a `<p class=MsoNormal>`, an empty one an inline '&nbsp;'
 * that lynx writes as one blank line for the whole run; breakit57 mso-lynx). Read line by line the
 * empty lines are layout, so a row's values lose their columns ('54', '10', '3', '2', '69' for seven
 * cells) and the table comes out ambiguous. Here a row's values are placed where the empty lines say:
 * a row is a label paragraph followed by value paragraphs; one empty line between two paragraphs
 * parts adjacent cells, two or more mark a gap of one or more empty cells (after the label: the row's
 * first cells empty). A row of table 三 (7 cells, its total last) with E empty cells is determined when
 * it shows one gap (all E there) or E gaps (one each); table 四's one row (15 cells) when exactly one
 * way of spreading its empty cells over its gaps (and after its last value) keeps the sums of its three
 * groups; rows of table 三 their gaps place several ways get the placing every placing of the table that
 * keeps its column sums (items add up to 总计, 一 + 二 = 总计 + 四) gives them, when all agree. A table
 * with cells to place is written whole as tab-separated lines ('二、上年结转…\t3\t\t\t\t\t\t3'), a
 * label alone between rows as a row of empty cells, a row still in doubt as its values alone (a short
 * row, read as ambiguous: rows left one value a line beside tab rows mislead the labels). A table is read so only when its gaps are
 * trustworthy: no row shows more gaps than it has empty cells, no row short of cells shows no gap, no
 * row prints more cells than the table has, no two of a row's paragraphs touch, and — unless every row's extra empty lines
 * count its empty cells — no gap shows more than one extra empty line (some empty cells wrote a line, others none). A table that
 * names 总计 before its applicant columns is left as printed (cell-lines.ts: its columns are not the
 * template's order).
 */
import { blankRowLabel, OWN_ROW_START } from './wrapped-rows.js';
import { keepsReviewSums, REVIEW_CELLS, REVIEW_HEADER, totalNamedFirst, withJoinedRows } from './cell-lines.js';

/** A value paragraph: a number (maybe with its unit) or a dash or slash for none. */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个|项)?|[-—–－/／]|--)$/;
/** Table 三's cells: 自然人, the five 法人或其他组织 columns, 总计. */
const REQUEST_CELLS = 7;
/** Its header names 自然人 (table 四's names 结果维持): the table a row belongs to. */
const REQUEST_HEADER = '自然人';
/** Table 四's header's last cell, the label its one row follows. */
const REVIEW_TOTAL = '总计';
/** Text that ends a table: a section heading or a sentence of prose. */
const TABLE_END = /主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|存在的主要问题|其他需要报告|。/;
/** Empty lines between two paragraphs of adjacent cells; more mark a gap of empty cells. */
const CELL_BREAK = 1;
/** Ways of spreading a row's empty cells looked at (table 四: 15 cells, a few gaps): past this, the row stays as printed. */
const MAX_SPREADS = 5000;

interface Block {
  /** Index of its first line and just past its last. */
  from: number;
  to: number;
  text: string;
  /** Empty lines after it. */
  after: number;
}

/** Paragraphs: runs of non-empty lines, a wrapped label's lines joined (no space beside CJK). */
/** An ideograph or a full-width form: lines of these join with nothing between. */
const WIDE = /^[\u3000-\u9fff\uff00-\uffef]$/;

function blocksOf(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const from = i;
    // The paragraph's lines joined (ideographs with nothing between, other words with a space), as pieces: testing the
    // growing text's last character on the string itself cost the square of a long paragraph (130 000 lines: minutes).
    const pieces: string[] = [];
    let last = '';
    while (i < lines.length && lines[i]!.trim() !== '') {
      const t = lines[i++]!.trim();
      if (pieces.length > 0 && !WIDE.test(last) && !WIDE.test(t[0]!)) pieces.push(' ');
      pieces.push(t);
      last = t[t.length - 1]!;
    }
    const text = pieces.join('');
    const to = i;
    while (i < lines.length && lines[i]!.trim() === '') i++;
    out.push({ from, to, text, after: i - to });
  }
  return out;
}

const isValue = (b: Block): boolean => b.to - b.from === 1 && VALUE.test(b.text);

/** A section label ('三、本年度办理结果') above its first block ('（一）予以公开'): a group label, no row. */
const sectionAbove = (label: string, next: string): boolean => /^[一二三四五六七八九十]+、/.test(label) && /^[（(][一二三四五六七八九十]+[）)]/.test(next);

interface Table {
  width: number;
  from: number;
  rows: Row[];
  /** Row labels printed alone between its rows: rows whose every cell is empty. */
  blank: Block[];
}

interface Row {
  label: Block | null;
  values: Block[];
  /** Per value: a gap of empty cells before it. */
  gapBefore: boolean[];
  /** Per value: the empty lines before it past the one parting adjacent cells; after its last value, when a row of the table follows (`tail`). */
  extra: number[];
  tail: number;
  /** Lines it spans: from its label (or first value) to just past its last value. */
  from: number;
  to: number;
}

/** Every way of putting `empty` cells into `gaps` gaps (each one at least) and, when `tail`, after the last value (any), up to MAX_SPREADS. */
function spreads(gaps: number, empty: number, tail: boolean): number[][] | null {
  const out: number[][] = [];
  const slots = gaps + (tail ? 1 : 0);
  const rec = (k: number, left: number, acc: number[]): boolean => {
    if (out.length > MAX_SPREADS) return false;
    if (k === slots) {
      if (left === 0) out.push([...acc]);
      return true;
    }
    const min = k < gaps ? 1 : 0;
    for (let n = min; n <= left; n++) if (!rec(k + 1, left - n, [...acc, n])) return false;
    return true;
  };
  return rec(0, empty, []) ? out : null;
}

/** A row's cells with `spread[g]` empty cells at its g-th gap (the last entry, with `tail`, after its values). */
function placed(row: Row, spread: readonly number[]): string[] {
  const cells: string[] = [];
  let g = 0;
  row.values.forEach((v, k) => {
    if (row.gapBefore[k]) for (let n = spread[g++]!; n > 0; n--) cells.push('');
    cells.push(v.text);
  });
  for (let n = spread[g] ?? 0; n > 0; n--) cells.push('');
  return cells;
}

/**
 * The row's cells with each gap holding as many empty cells as it shows empty lines past the one parting adjacent cells
 * (and as many after its last value), when those add up to its empty cells; else null.
 */
function countedCells(row: Row, width: number): string[] | null {
  const empty = width - row.values.length;
  if (row.extra.reduce((a, b) => a + b, 0) + row.tail !== empty) return null;
  return placed(row, [...row.extra.filter((_, k) => row.gapBefore[k]), row.tail]);
}

/**
 * A table whose every row shows one empty line more per empty cell (crawl48: `lynx -dump` of a CMS page writing
 * '&nbsp;' into each blank cell's `<p>`: each empty cell its own empty line): every row's extra empty lines add up
 * to its empty cells. A table printing one more empty line per run of empty cells (Word's HTML) shows that only
 * where every run is one cell, and then both readings place the cells alike.
 */
const countsCells = (rows: readonly Row[], width: number): boolean => rows.length > 0 && rows.every((r) => countedCells(r, width) !== null);

/** Every placing of a table 三 row's values its gaps allow (its total last: no empty cell after it), up to MAX_SPREADS. */
function requestOptions(row: Row): string[][] {
  const gaps = row.gapBefore.filter(Boolean).length;
  const empty = REQUEST_CELLS - row.values.length;
  if (empty < 0 || (gaps > 0 && empty === 0) || (gaps === 0 && empty > 0)) return [];
  return (spreads(gaps, empty, false) ?? []).map((s) => placed(row, s));
}

/** A cell's count for the sums (an empty cell or a dash none). */
const countOf = (c: string): number => {
  const m = /^[-\u2212]?\d[\d,]*(?:\.\d+)?/.exec(c);
  return m ? Number(m[0].replace(/[,\u2212]/g, (x) => (x === ',' ? '' : '-'))) : 0;
};

/** Table 三's rows by role: received (一), carried over (二), the results' total (总计), carried forward (四), the results' items (the rest). */
const ROLE: readonly [string, RegExp][] = [
  ['received', /^一、本年新收/],
  ['carried', /^二、上年结转/],
  ['total', /总计$/],
  ['forward', /^四、结转下年度/],
];
/** Search nodes tried before the table's column sums give up placing its rows. */
const MAX_NODES = 200_000;
/** Counts are whole numbers: sums agree exactly (a tolerance for the float sum only). */
const SUM_TOLERANCE = 1e-6;

/** Placings kept that keep the column sums: past this, the table's rows stay as printed. */
const MAX_SOLUTIONS = 1000;

/**
 * Per table 三 row, the placing (an index into its options) that every placing of the table keeping its column sums gives it —
 * per column, the results' items add up to 总计 and 一 + 二 = 总计 + 四 (a row printed all empty: 0) — or -1 where they differ;
 * null when none keeps them or the search ran past MAX_NODES or MAX_SOLUTIONS.
 */
function byColumnSums(rows: readonly Row[], options: readonly string[][][]): number[] | null {
  const role = rows.map((r) => ROLE.find(([, re]) => re.test(r.label!.text))?.[0] ?? 'item');
  for (const [name] of ROLE) if (role.filter((x) => x === name).length > 1) return null;
  if (!role.includes('total')) return null;
  const counts = options.map((os) => os.map((cells) => cells.map(countOf)));
  const order = rows.map((_, i) => i).sort((a, b) => options[a]!.length - options[b]!.length);
  const pick = new Array<number>(rows.length).fill(0);
  let agreed: number[] | null = null;
  let solutions = 0;
  let nodes = 0;
  const check = (): boolean => {
    for (let c = 0; c < REQUEST_CELLS; c++) {
      const sum: Record<string, number> = { item: 0, received: 0, carried: 0, total: 0, forward: 0 };
      rows.forEach((_, i) => (sum[role[i]!]! += counts[i]![pick[i]!]![c]!));
      if (Math.abs(sum.item! - sum.total!) > SUM_TOLERANCE || Math.abs(sum.received! + sum.carried! - sum.total! - sum.forward!) > SUM_TOLERANCE) return false;
    }
    return true;
  };
  const visit = (k: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (k === order.length) {
      if (check()) {
        solutions++;
        agreed = agreed ? agreed.map((p, i) => (p === pick[i] ? p : -1)) : [...pick];
      }
      return solutions <= MAX_SOLUTIONS;
    }
    const i = order[k]!;
    for (let o = 0; o < options[i]!.length; o++) {
      pick[i] = o;
      if (!visit(k + 1)) return false;
    }
    return true;
  };
  return visit(0) ? agreed : null;
}

/** Table 四's row's cells when exactly one spread of its empty cells keeps its groups' sums; null otherwise. */
function reviewCells(row: Row): string[] | null {
  const gaps = row.gapBefore.filter(Boolean).length;
  const all = spreads(gaps, REVIEW_CELLS - row.values.length, true);
  if (!all) return null;
  const fits = all.map((s) => placed(row, s)).filter((cells) => keepsReviewSums(cells));
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * A table's rows are read by their gaps only when those are trustworthy (see the file comment). Read by runs (not counted),
 * every gap shows one more empty line, whatever its length: a gap of two or more extra lines in a table whose counts do not
 * add up means some empty cells wrote a line and others none (a Word page whose blank cells hold '&nbsp;' in some, `<o:p>`
 * or nothing in others: strip50 `--word mix`), so no gap says where its row's values stand.
 */
function trusted(rows: readonly Row[], width: number, lines: readonly string[]): boolean {
  if (rows.some((r) => r.extra.some((n) => n > 1) || r.tail > 1)) return false;
  return rows.every((r) => {
    const gaps = r.gapBefore.filter(Boolean).length;
    const empty = width - r.values.length;
    const touching = r.values.some((v, k) => k + 1 < r.values.length && v.after < CELL_BREAK) || (r.label !== null && r.label.after < CELL_BREAK);
    return empty >= 0 && gaps <= empty && (empty === 0 || gaps > 0 || width === REVIEW_CELLS) && !touching && lines.length > 0;
  });
}

/** The text with its paragraph-cell rows written one row a line where their gaps place the cells (see the file comment); the same array when none. */
export function joinGapCells(lines: readonly string[]): readonly string[] {
  if (lines.some((l) => l.includes('\t'))) return lines;
  const blocks = blocksOf(lines);
  // Rows, grouped by the table whose header precedes them.
  const tables: Table[] = [];
  let table: Table | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const inReview = (table as { width: number } | null)?.width === REVIEW_CELLS;
    if (!isValue(b)) {
      if (b.text.includes(REQUEST_HEADER)) tables.push((table = { width: REQUEST_CELLS, from: b.from, rows: [], blank: [] }));
      else if (b.text === REVIEW_HEADER && !inReview) tables.push((table = { width: REVIEW_CELLS, from: b.from, rows: [], blank: [] }));
      else if (TABLE_END.test(b.text)) table = null;
    }
    if (!table) continue;
    const label = isValue(b) ? null : b;
    const at = label ? i + 1 : i;
    let j = at;
    while (j < blocks.length && isValue(blocks[j]!)) j++;
    if (j === at) {
      // A row label alone between rows (its every cell empty): a blank row, unless a group label above its items.
      const next = blocks[i + 1];
      if (label && next && !isValue(next) && table.rows.length > 0 && OWN_ROW_START.test(label.text) && !sectionAbove(label.text, next.text) && blankRowLabel(label.text, next.text)) table.blank.push(label);
      continue;
    }
    const values = blocks.slice(at, j);
    const lead = values.map((v, k) => (k === 0 ? (label ? label.after : blocks[at - 1]?.after ?? 0) : values[k - 1]!.after));
    const gapBefore = lead.map((n) => n > CELL_BREAK);
    const extra = lead.map((n) => Math.max(0, n - CELL_BREAK));
    // Empty lines after its last value count empty cells only when a row of the table follows (a label, not the table's end).
    const next = blocks[j];
    const tail = next && !TABLE_END.test(next.text) ? Math.max(0, values.at(-1)!.after - CELL_BREAK) : 0;
    table.rows.push({ label, values, gapBefore, extra, tail, from: (label ?? values[0]!).from, to: values.at(-1)!.to });
    i = j - 1;
  }
  const joined = new Map<number, { line: string; end: number }>();
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const counted = countsCells(t.rows.filter((r) => r.label || t.width === REVIEW_CELLS), t.width);
    // (A counted table's rows may end in empty cells, its gaps placed by their counts: trusted by those.)
    if (!counted && !trusted(t.rows, t.width, lines)) continue;
    if (t.width === REQUEST_CELLS && totalNamedFirst(lines, t.rows[0]!.from)) continue;
    if (t.width === REVIEW_CELLS) {
      // Table 四's row has no label of its own: the header's last cell ('总计') stays on its line.
      for (const r of t.rows) {
        const byCount = counted ? countedCells(r, REVIEW_CELLS) : null;
        const cells = r.values.length < REVIEW_CELLS && (r.label?.text === REVIEW_TOTAL || !r.label) ? (byCount && keepsReviewSums(byCount) ? byCount : reviewCells(r)) : null;
        if (cells) joined.set(r.values[0]!.from, { line: cells.join('\t'), end: r.to });
      }
      continue;
    }
    const rows = t.rows.filter((r) => r.label);
    // Nothing to place (every row prints every cell): the table stays as printed.
    if (t.blank.length === 0 && rows.every((r) => r.values.length === REQUEST_CELLS)) continue;
    // Each empty cell its own empty line in every row: the counts place every row's cells (countsCells).
    const options = counted ? rows.map((r) => [countedCells(r, REQUEST_CELLS)!]) : rows.map(requestOptions);
    // A row its gaps place one way is written so; rows placed several ways get what every placing keeping the table's column sums gives them.
    const picks = options.every((os) => os.length === 1) ? options.map(() => 0) : options.some((os) => os.length === 0) ? null : byColumnSums(rows, options);
    // Rows printed all empty, before the table's last row: as many empty cells.
    const last = rows.at(-1)!.from;
    for (const b of t.blank) if (b.from < last) joined.set(b.from, { line: [b.text, ...new Array<string>(REQUEST_CELLS).fill('')].join('\t'), end: b.to });
    rows.forEach((r, i) => {
      // Every row of the table a tab line (rows left one value a line beside tab rows mislead the labels): a row its gaps
      // and the sums leave in doubt as its values alone, a short row the reader reads as ambiguous (its placings open).
      const cells = picks && picks[i]! >= 0 ? options[i]![picks[i]!]! : options[i]!.length === 1 ? options[i]![0]! : r.values.map((v) => v.text);
      joined.set(r.from, { line: [r.label!.text, ...cells].join('\t'), end: r.to });
    });
  }
  return withJoinedRows(lines, joined);
}
