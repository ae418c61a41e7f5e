/**
 * @file Table 二's rows printing their label alone, in a document that prints its zeros blank (a small agency's report page:
 * 0 an empty cell). A crawler's dump of the page keeps the row's label and nothing of its empty cells — a tag strip writes
 * the label's text node alone on its line ('行政许可' / '第二十条第（六）项'), lynx and w3m the label and spaces — so no
 * reading of the table's rows places a value there and the row's fields came out missing, though the page shows the row
 * printed with every cell empty: 0. Read so where the label stands whole on a line of its own with no number on it or
 * at the start of the next line holding anything (the row's value printed on the line under its label, as a tag strip
 * writing one text node a line prints it: '行政处罚' / '267', is the row's value, not a blank row), the template's row is
 * printed once so, and no reading filled any of its fields by a label (a value placed by position alone — the next row's
 * '7' read again for a row printing none, fixture test/crawler-blank-tables — gives way). Each cell 0, flag `blank`, placed `unprinted` (score
 * UNPRINTED_ROW_CAP, below 0.8: table 二 has no identity, and nothing printed tells a blank row from one whose values a
 * dumper moved elsewhere).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import type { SolvedField } from '../solve/index.js';
import type { RowSpec } from '../template/index.js';
import type { Placement } from './table-rows.js';
import { namesTwoSmallTables } from '../template/active.js';

/** A number standing in a line's text (a count, an amount). */
const NUMBER = /\d/;
/** A line starting with a number or a mark (the row's value, or '/' for not applicable, printed under its label). */
const NUMBER_START = /^[\s\u00a0\u3000]*(?:[-+]?\d|[/／\\—–－~～×*＊]|无|不适用)/;

/** A line of a label's characters only (table 二's labels are ideographs): nothing printed in its cells, no mark. */
const LABEL_ONLY = /^\p{Script=Han}+$/u;

/** A line of numbers only (a value, or a row's values, printed on a line of its own). */
const NUMBERS_ONLY = /^[\s\u00a0\u3000]*\d[\d.,，\s\u00a0\u3000]*$/;
/** A line opening one of table 二's small tables ('第二十条第（五）项', 2021) or its section: where a small table starts. */
const SMALL_TABLE_START = /第[二十]+条|^[一二三四五六七八]、/;

const textOf = (l: Line): string => l.cells.join(' ');
const squeezed = (l: Line): string => normalizeLabel(textOf(l)).replace(/[\s\u00a0\u3000]+/g, '');

/** A field no reading filled: no value, no mark, no candidates. */
function unfilled(f: SolvedField | undefined): boolean {
  return f === undefined || (f.value === null && !f.flags.includes('notApplicable') && !f.flags.includes('ambiguous') && !(f.candidates?.length));
}

/**
 * Table 二's rows (`specs`) in `lines` (its section's lines) printing their label alone: their `fields` set 0 (`blank`) and
 * placed `unprinted` in `placements`. Only called for a document printing its zeros blank (map/index `zerosBlankPrint`).
 */
export function fillEmptyActiveRows(lines: readonly Line[] | null, specs: readonly RowSpec[], fields: Map<string, SolvedField>, placements: Map<string, Placement>): void {
  if (!lines) return;
  const texts = lines.map(squeezed);
  // A small table holding two small tables' column words: the dump wrote the headers (and values) apart from their tables
  // (plain pdftotext: every label first, then '本年制发件数' … '3' … '本年收费金额', fresh51 k4 b04) — no label alone says anything.
  const tables = smallTables(texts);
  if (tables.some(([a, b]) => namesTwoSmallTables(texts.slice(a, b)))) return;
  for (const spec of specs) {
    const keys = spec.columns.map((c) => `activeDisclosure.${spec.key}.${c}`);
    // (A value placed by position only — no label named it: a neighbour's value read again for a row of no values — gives way.)
    if (!keys.every((k) => unfilled(fields.get(k)) || placements.get(k)?.by === 'position')) continue;
    const at = texts.flatMap((t, i) => (spec.labels.includes(t) ? [i] : []));
    if (at.length !== 1) continue;
    const i = at[0]!;
    // (Its label's characters only: a mark in its cells ('规章///': not applicable, fresh49 k3-3011) is no blank row.)
    if (NUMBER.test(textOf(lines[i]!)) || !LABEL_ONLY.test(textOf(lines[i]!).replace(/[\s\u00a0\u3000]+/g, ''))) continue;
    const next = lines.slice(i + 1).find((l) => textOf(l).trim() !== '');
    if (next && NUMBER_START.test(textOf(next))) continue;
    if (valuesApart(lines, texts, tableAt(tables, i, texts.length), specs)) continue;
    for (const k of keys) {
      fields.set(k, { value: 0, flags: ['blank'] });
      placements.set(k, { by: 'label', labelScore: 1, source: lines[i]!.source, unprinted: true, row: { neighboursPlaced: true, rivals: 0, copies: 0, tableDuplicated: false, numberedLabels: 0, digitsDoubt: false } });
    }
  }
}

/**
 * True when the small table `[start, end)` (the lines holding a label alone) prints a line of numbers that follows no row
 * label (after its header words, or before its labels): the dump printed the table's values apart from their labels — plain
 * `pdftotext` of a borderless print writes a small table column by column, '现行有效件数' / '9' / '1' / '31' / '规章' /
 * '行政规范性文件' — so a label standing alone there says nothing of its cells (its values may be those numbers). A number
 * line under a row's label (a tag strip's '行政处罚' / '267', a row's values one a line) is that row's.
 */
function valuesApart(lines: readonly Line[], texts: readonly string[], [start, end]: [number, number], specs: readonly RowSpec[]): boolean {
  const isLabel = (t: string): boolean => specs.some((spec) => spec.labels.includes(t));
  for (let j = start; j < end; j++) {
    if (!NUMBERS_ONLY.test(textOf(lines[j]!))) continue;
    let p = j - 1;
    while (p >= start && (texts[p] === '' || NUMBERS_ONLY.test(textOf(lines[p]!)))) p--;
    if (p < start || !isLabel(texts[p]!)) return true;
  }
  return false;
}

/** The small table of `tables` holding line `at`; before the first heading, the lines from the section's start to it. */
function tableAt(tables: readonly [number, number][], at: number, count: number): [number, number] {
  return tables.find(([a, b]) => a <= at && at < b) ?? [0, tables[0]?.[0] ?? count];
}

/** The line ranges [start, end) of the small tables (each from its heading, SMALL_TABLE_START, to the next). */
function smallTables(texts: readonly string[]): [number, number][] {
  const starts = texts.flatMap((t, i) => (SMALL_TABLE_START.test(t) ? [i] : []));
  return starts.map((a, k) => [a, starts[k + 1] ?? texts.length]);
}
