/**
 * @file Table 二 printed as two text blocks (plain `pdftotext` of a values-first page): every row
 * label of its four (2019: five) small tables first, then the value column — each small table's
 * column header followed by its values ('本年制发件数 本年废止件数 现行有效件数 0 2 135 0 8 199 /
 * 本年处理决定数量 385 / 本年处理决定数量 1597 9 / 本年收费金额 2663.04'). Table 二 has no
 * identity: the reading is taken only when the structure determines it — no value printed before
 * the first column header, no row label among the values (but another label pile naming later small
 * tables: the blocks before it stand for the small tables before those), as many value blocks as small tables,
 * each holding exactly rows × columns values (or a block after several small tables' headers
 * printed together holding exactly their cells, `blocksAsTables`) — and read row by row in each block. Nothing confirms
 * that order (a 2 × 3 block read column by column fits as well: pdfminer prints it so), so every value is placed by
 * position (flag `position`, below 0.9), and a cell the column-by-column reading gives another value is
 * ambiguous between the two (`columnMajorValue`). Applied to a pile's small tables only when the row reading resolved none of their fields.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { SolvedField } from '../solve/index.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { RowSpec } from '../template/index.js';
import { SMALL_TABLE_COLUMN_WORDS as COLUMN_WORDS, SMALL_TABLE_HEADING as HEADING } from '../template/active.js';
import type { Placement } from './table-rows.js';
import { pushAll } from '../_internal/extremes.js';

/** The small tables of table 二 (第二十条第（一）（五）（六）（八）（九）项), by their rows' keys. */
const BLOCKS: readonly (readonly string[])[] = [['regulations', 'normativeDocuments'], ['licensing', 'otherServices'], ['punishment', 'coercion'], ['fees'], ['procurement']];
/** The column headers a text holds, each small table's first header word counted once ('本年处理决定数量' before its tail '处理决定数量'). */
const HEADERS = new RegExp(COLUMN_WORDS.join('|'), 'g');

/** Every small table's heading in a text. */
const HEADINGS = new RegExp(HEADING.source, 'g');

/** A block of values after one or more small tables' column headers printed together (no value between them). */
interface ValueBlock {
  values: ValueToken[];
  /** Column headers printed before the values: the block spans at most this many small tables. */
  heads: number;
}

/** The value blocks after one label pile: they stand for the small tables from `from` up to the next pile's. */
interface Segment {
  from: number;
  blocks: ValueBlock[];
}

/**
 * The small table (index into `tables`) a text names the row label of, the earliest when several; -1 when none.
 */
function tableNamed(text: string, tables: readonly (readonly RowSpec[])[]): number {
  return tables.findIndex((t) => t.some((s) => s.labels.some((l) => text.includes(l))));
}

/**
 * A numbered caption's number read as a row's value ('表2-' then 1: a caption '表2-1' over each small table,
 * pdfminer `pdf2txt`): no cell's.
 */
const CAPTION_NUMBER = /表\s*[\d一二三四五六七八九十]+\s*[-－—–]$/;

/**
 * The value blocks after each label pile, in printed order, or null when the rows are not
 * labels-then-blocks. Row labels among the values start another pile only when they name small tables
 * after the previous pile's (pdfminer `pdf2txt` of a Chromium print: '… 现行有效件数' / 8 / 1 / 7 / 12 /
 * 4 / 0 / '信息内容 行政许可 信息内容 行政处罚 行政强制' / '本年处理决定数量' / 4666 / …, or the last small table
 * printed whole: '信息内容' / '本年收费金额（单位：万元）' / '行政事业性收费' / 3532.61); each pile's blocks stand for
 * the small tables from the first it names to the next pile's. A pile whose rows do not fit ends the reading there.
 */
function valueBlocks(rows: readonly TableRow[], tables: readonly (readonly RowSpec[])[]): Segment[] | null {
  const labels = tables.flatMap((t) => t.flatMap((s) => s.labels));
  const segments: Segment[] = [{ from: 0, blocks: [] }];
  // The piles read so far (a later pile that does not fit is dropped, the earlier ones stand).
  const upToLast = (): Segment[] | null => (segments.length > 1 ? segments.slice(0, -1) : null);
  let headed = false; // the previous row ended in a column header (its words may run over several rows)
  let headingSeen = false;
  for (const r of rows) {
    const text = normalizeLabel(`${r.pending} ${r.label}`);
    let values = r.values.filter((v) => v.kind !== 'blank');
    if (values.length === 1 && values[0]!.kind === 'num' && CAPTION_NUMBER.test(`${r.pending} ${r.label}`.trim())) values = [];
    const header = COLUMN_WORDS.some((w) => text.includes(w));
    let seg = segments.at(-1)!;
    // Labels may precede the first header (the label block); among the values they start another pile.
    if (seg.blocks.length > 0 && text !== '' && labels.some((l) => text.includes(l))) {
      const t = tableNamed(text, tables);
      if (t <= seg.from) return upToLast();
      seg = { from: t, blocks: [] };
      segments.push(seg);
      headed = false;
    }
    const blocks = seg.blocks;
    // The first small table's column header may have been taken as the table's header (not a row): its
    // heading (第二十条第（一）项) printed in the label block then stands for it.
    if (blocks.length === 0 && !header && values.length > 0) {
      if (segments.length > 1 || !headingSeen) return upToLast();
      blocks.push({ values: [], heads: 1 });
    }
    headingSeen ||= HEADING.test(text);
    if (header) {
      const heads = Math.max(text.match(HEADERS)?.length ?? 1, text.match(HEADINGS)?.length ?? 0);
      if (!headed || blocks.at(-1)!.values.length > 0) blocks.push({ values: [], heads });
      else blocks.at(-1)!.heads += heads;
    }
    const last = blocks.at(-1);
    if (last) pushAll(last.values, values);
    headed = header && values.length === 0;
  }
  // (A last pile with no values still bounds the one before it, or is labels printed after every value: see fillFromActiveBlocks.)
  return segments[0]!.blocks.length > 0 ? segments : null;
}

/** Cells of a small table. */
const cellsOf = (t: readonly RowSpec[]): number => t.reduce((n, s) => n + s.columns.length, 0);

/**
 * The values of each small table, or null when the blocks do not fit them: one block per small table
 * holding exactly its cells, or — where several small tables' headers are printed together before
 * their values ('本年处理决定数量' / '本年处理决定数量' / '本年收费金额' / '0' / '2457' / '36' / '240.30':
 * plain `pdftotext` of a `pdftocairo` re-print) — a block holding exactly the cells of as many
 * consecutive small tables as it has headers, or fewer, each ending where a small table ends; else
 * all blocks' values as one stream when they are exactly the table's cells (`asOneStream`). Every value a plain count.
 */
function blocksAsTables(blocks: readonly ValueBlock[], tables: readonly (readonly RowSpec[])[]): ValueToken[][] | null {
  const out: ValueToken[][] = [];
  let t = 0;
  for (const b of blocks) {
    if (b.values.some((v) => v.kind !== 'num')) return null;
    let at = 0;
    const first = t;
    while (t < tables.length && at < b.values.length && t - first < Math.max(1, b.heads)) {
      const n = cellsOf(tables[t]!);
      out.push(b.values.slice(at, at + n));
      at += n;
      t++;
    }
    if (at !== b.values.length) return asOneStream(blocks, tables);
  }
  return t === tables.length ? out : asOneStream(blocks, tables);
}

/**
 * The blocks' values taken as one stream through the small tables in order, when they hold exactly
 * the table's cells in all but no more blocks than small tables: a value printed past the next small
 * table's header (plain `pdftotext` sets a cell's value by its height: '本年处理决定数量' / '0' /
 * '第二十条第（八）项' / '本年收费金额' / '0' / '203.189', the first 0 punishment's, the second coercion's).
 */
function asOneStream(blocks: readonly ValueBlock[], tables: readonly (readonly RowSpec[])[]): ValueToken[][] | null {
  const values = blocks.flatMap((b) => b.values);
  if (blocks.length > tables.length || values.length !== tables.reduce((n, t) => n + cellsOf(t), 0)) return null;
  let at = 0;
  return tables.map((t) => values.slice(at, (at += cellsOf(t))));
}

/**
 * Fills table 二 from its value blocks when the structure determines them; returns true when it did.
 * `fields`/`placements` are completed in place (only when no field of the table has a value).
 */
export function fillFromActiveBlocks(rows: readonly TableRow[], specs: readonly RowSpec[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): boolean {
  const all = BLOCKS.map((b) => specs.filter((s) => b.includes(s.key))).filter((t) => t.length > 0);
  const found = valueBlocks(rows, all);
  if (!found) return false;
  let filled = false;
  found.forEach((seg, i) => {
    const next = found[i + 1];
    // A last pile with no values bounds the blocks before it (its small tables' values not printed), or is only
    // labels printed after every value (the blocks then stand for all the rest): whichever the blocks' counts fit.
    const ends = !next ? [all.length] : next.blocks.length === 0 && i + 2 === found.length ? [next.from, all.length] : [next.from];
    const end = ends.find((e) => blocksAsTables(seg.blocks, all.slice(seg.from, e)) !== null) ?? ends[0]!;
    const tables = all.slice(seg.from, end);
    // Only the small tables these blocks stand for: one the row reading has read (printed whole, its label by its value) keeps that reading.
    const keys = tables.flatMap((t) => t.flatMap((s) => s.columns.map((c) => `activeDisclosure.${s.key}.${c}`)));
    if (keys.some((k) => typeof fields.get(k)?.value === 'number' && !fields.get(k)!.flags.includes('ambiguous'))) return;
    const blocks = blocksAsTables(seg.blocks, tables);
    if (blocks) filled = fillTables(rows, tables, blocks, fields, placements) || filled;
  });
  return filled;
}

/** Fills the cells of `tables` from their blocks' values, each placed by position. */
function fillTables(rows: readonly TableRow[], tables: readonly (readonly RowSpec[])[], blocks: ValueToken[][], fields: Map<string, SolvedField>, placements: Map<string, Placement>): boolean {
  const source = rows.find((r) => r.values.length > 0)?.source ?? { line: 0 };
  tables.forEach((t, i) => {
    const values = blocks[i]!.map((v) => (v.kind === 'num' ? v.value : 0));
    let at = 0;
    t.forEach((s, r) => {
      s.columns.forEach((c, col) => {
        const key = `activeDisclosure.${s.key}.${c}`;
        const token = blocks[i]![at];
        // An amount grouped by '.' or '、' ('1.234') may be a decimal too: both readings, neither chosen.
        const decimal = token?.kind === 'num' && s.money?.includes(c) ? token.decimal : undefined;
        const across = columnMajorValue(values, t, r, col);
        // The block read column by column gives this cell another value: both readings, neither chosen.
        const other = across !== undefined && across !== values[at] ? across : undefined;
        fields.set(key, decimal !== undefined ? { value: null, flags: ['ambiguous'], candidates: [decimal, values[at]!] }
          : other !== undefined ? { value: null, flags: ['ambiguous'], candidates: [values[at]!, other] } : { value: values[at]!, flags: [] });
        at++;
        placements.set(key, { by: 'position', labelScore: 0, source, orderUnconfirmed: true });
      });
    });
  });
  return true;
}

/**
 * The value of row `r`, column `col` of small table `t` when its block is read column by column (each
 * column's values in row order): pdfminer prints a ruled 2 × 3 block so ('本年制发件数 本年废止件数
 * 现行有效件数' / 16 / 18 / 17 / 0 / 14 / 8, each cell a text box of its own), plain `pdftotext` row by
 * row (breakit50 pt-cairo: 0 0 10 / 0 0 171). Nothing in the block tells the two apart. Undefined for a
 * block of one row or one column (both readings are one) or rows of unequal widths.
 */
function columnMajorValue(values: readonly number[], t: readonly RowSpec[], r: number, col: number): number | undefined {
  const width = t[0]!.columns.length;
  if (t.length < 2 || width < 2 || t.some((s) => s.columns.length !== width)) return undefined;
  return values[col * t.length + r];
}
