/**
 * @file Blank cells of a row printed beside a line of values with no label of its own. A dump of a page whose
 * zeros print blank and whose labels wrap (a 2-up print, a CMS page with a sidebar, a two-column page) writes a
 * row's numbers on a line of their own: under the next row's wrapped label head ('1.属于国家秘密' /
 * '2.其他法律行政法规禁止公' / '1 1' / '开': the 1 · 1 are 属于国家秘密's), under a small table's heading
 * ('行政规范性文件 4' / '第二十条第（五）项' / '5 11'), or after two rows' labels run together ('（一）予以公开
 * （二）部分公开' / '3 3'). Read as printed, the row's cells are blank (= 0) and the line's values go to the next
 * row or nowhere; both readings are printed and nothing but the line order tells them apart (breaker39
 * ptt-layout-2up/r32, b2-ptt-2up/r39-sidenum, b2-ptt-layout/r29-inside: 0 for 1, 5 · 11, 3 at 0.85).
 * Such blank cells are marked `blankBesideValues` (score BLANK_BESIDE_VALUES_CAP: below 0.8 unless an identity
 * reaching other rows confirms them), and so are cells read as nothing and derived from their row's parts (score
 * DERIVED_OPEN_ROW_CAP: the cell may have printed the line's values — fixf53 f009, pdftohtml -xml / -s of a
 * 总计 cell wrapped '38' / '9' above and under its row's line: 379 derived at 0.85 where 389 was printed).
 */
import type { TableRow } from '../tables/build-rows.js';
import type { SolvedField } from '../solve/index.js';
import type { Placement } from './table-rows.js';
import type { RowSpec } from '../template/index.js';
import type { SourceRef } from '../model/document.js';
import { MIN_LABEL_SCORE, rowMatches } from './join-fragments.js';

/** Values a row prints (blank cells not counted). */
const printed = (r: TableRow | undefined): number => r?.values.filter((v) => v.kind !== 'blank').length ?? 0;
/** A line of values with no label of its own (its label text, if any, above it). */
const valuesLine = (r: TableRow | undefined): r is TableRow => r !== undefined && r.label === '' && printed(r) > 0;
/** A line of values whose own label text names no template row: a wrapped label's tail ('信息 8 0 0 1 1 10'), or none. */
const tailValuesLine = (r: TableRow | undefined, specs: readonly RowSpec[]): r is TableRow =>
  r !== undefined && printed(r) > 0 && (r.label === '' || rowMatches({ label: r.label, pending: '' }, specs).own.every((m) => m.score < MIN_LABEL_SCORE));

/**
 * Marks (in place) the placements of blank cells under `prefix` whose row was read from a values line with no
 * label (its values went to another row: the row read no value) or from the line just before one (or before a
 * line whose own label text names no row: a wrapped label's tail, '…已获取 0' / '信息 8 0 0 1 1 10'), when that
 * line prints no more values than the row has blank cells. `rows`: the table's printed rows (build-rows).
 * Returns the number of cells marked.
 */
export function markBlankBesideValues(prefix: string, rows: readonly TableRow[], fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>, specs: readonly RowSpec[]): number {
  const byRow = new Map<string, string[]>();
  for (const k of placements.keys()) {
    if (!k.startsWith(prefix)) continue;
    const row = k.slice(0, k.lastIndexOf('.'));
    byRow.set(row, [...(byRow.get(row) ?? []), k]);
  }
  // (Several printed rows may share a line: a 序号 read as a value, a label's pieces.) A positioned page's rows
  // (no line numbers) by page and text: a value's source is its row's with the value's column.
  const where = (src: SourceRef): string | undefined => (src.line !== undefined ? `${src.line}` : src.page !== undefined && src.text !== undefined ? `${src.page}\u0000${src.text}` : undefined);
  const at = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const w = where(r.source);
    if (w !== undefined) at.set(w, [...(at.get(w) ?? []), i]);
  });
  // Where some row's values start: a line read by a row.
  const started = new Set([...placements.values()].map((p) => where(p.source)));
  let marked = 0;
  for (const keys of byRow.values()) {
    // A cell derived through the identities read nothing either: the line's values may be what it printed
    // (a total wrapped '38' / '9' in a narrow 总计 cell, read 379 from its parts where it printed 389).
    const blank = keys.filter((k) => fields.get(k)?.flags.some((f) => f === 'blank' || f === 'derived') === true);
    const line = where(placements.get(keys[0]!)!.source);
    if (blank.length === 0 || line === undefined || keys.some((k) => where(placements.get(k)!.source) !== line)) continue;
    // The row's own line is a values line and the row read none of it; else the line just after the row's —
    // after the values lines a row read from a stream of them ('55' / … / '62' / '38' / '9': the row read
    // six, its 总计 derived), when no row starts there.
    const read = keys.length - blank.length;
    const afterRead = (i: number): TableRow | undefined => {
      let n = 0;
      let j = i;
      while (n < read && valuesLine(rows[j])) n += printed(rows[j++]);
      const next = rows[j];
      return n === read && valuesLine(next) && !started.has(where(next.source) ?? '') ? next : undefined;
    };
    const besideOf = (i: number): TableRow | undefined => (valuesLine(rows[i]) ? (blank.length === keys.length ? rows[i] : read > 0 ? afterRead(i) : undefined) : tailValuesLine(rows[i + 1], specs) ? rows[i + 1] : undefined);
    const beside = (at.get(line) ?? []).map(besideOf).find((r) => r !== undefined && printed(r) <= blank.length);
    if (!beside) continue;
    for (const k of blank) placements.get(k)!.blankBesideValues = true;
    marked += blank.length;
  }
  return marked;
}

/**
 * Marks (in place) the placements under `prefix` of rows read from their label's line when the printed row
 * just after that line is a line of values with no label and no text above it, as many as the row's cells,
 * none of them read by any row: either line may be the row's. A PDFBox `-sort` dump of a 2-up print (two
 * pages side by side) writes the lines of both pages by height, so a row's label line carries the other
 * page's values and its own come on the next line (breaker39 pdfbox-sort-2up/r09: 属于三类内部事务 read
 * 1240 · 0 · 30 … of 没有现成信息 for 273 · 0 · 185 … at 0.85). Marked `valuesBeside` (score
 * BESIDE_VALUES_CAP). Returns the number of cells marked.
 */
export function markUnreadValuesBeside(prefix: string, rows: readonly TableRow[], placements: ReadonlyMap<string, Placement>): number {
  const byRow = new Map<string, Placement[]>();
  const placedAt = new Set<number>();
  for (const [k, p] of placements) {
    if (!k.startsWith(prefix)) continue;
    if (p.source.line !== undefined) placedAt.add(p.source.line);
    if (p.by !== 'label') continue;
    const row = k.slice(0, k.lastIndexOf('.'));
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  let marked = 0;
  for (const ps of byRow.values()) {
    const line = ps[0]!.source.line;
    if (line === undefined || ps.some((p) => p.source.line !== line)) continue;
    const unreadAfter = rows.some((r, i) => {
      const next = rows[i + 1];
      return r.source.line === line && r.label !== '' && printed(r) > 0 && valuesLine(next) && next.pending === '' && printed(next) === ps.length && next.source.line !== undefined && !placedAt.has(next.source.line);
    });
    if (!unreadAfter) continue;
    for (const p of ps) p.valuesBeside = true;
    marked += ps.length;
  }
  return marked;
}
