/**
 * @file Rows the identities cannot tell apart, and which of them only their order placed.
 *
 * Two rows are *exchangeable* when every identity reaching beyond one row treats them alike,
 * column by column: table 三's outcome rows (（一）予以公开 … （六）其他处理 3.其他, every one a part of
 * （七）总计), or 本年新收 and 上年结转 (both on one side of the balance). Swapping the values of two such
 * rows leaves every identity holding — the rows' own totals, the column totals, the balance — so a
 * sum confirms which row a set of values belongs to no more than the alignment's order did.
 *
 * A row is *pinned* when its placement rests on more than its position among such rows: its own
 * printed label names its template row beyond doubt (map/named-row, recorded as RowEvidence
 * `named`). Rows of one class that are not pinned (a lost, garbled, fuzzy or joined label, a row
 * placed by position or by a stream reading, a template row printed nowhere) could hold each other's
 * values; a row among them is *order-only* when another of them has other values — when all hold
 * the same values (a block of zero rows), a swap changes nothing and nothing is in doubt. A row that
 * is the only unpinned one of its class is pinned by its siblings' labels.
 *
 * Worked example: （六）其他处理's rows 1 and 2 read from a `pdftotext -layout` dump where row 2's
 * label start sits over row 1's values ('（六）其他 2.申请人…、行政' / values / '处理 机关不再处理…'): row 2
 * got row 1's values with a label cut short (a fragment: not named), row 1 the rest under a label
 * naming both rows alike. Both unpinned, other values → both order-only → ≤ 0.85, flag `position`,
 * although every identity holds (they held at 0.97 before).
 */
import type { Placement } from '../map/index.js';
import type { SolvedField } from '../solve/index.js';
import { signedMembers } from '../solve/propagate.js';
import type { Identity } from '../template/index.js';
import { rowOf } from './evidence.js';

/**
 * Classes of exchangeable rows (row prefixes), each of two rows or more: rows of one block (one key
 * parent: 'requests.denied', 'requests' for （一）/（二）) whose every column sits with the same sign in
 * the same identities reaching beyond the row. (Rows of different blocks sum alike too, but a
 * reading that moves values from one block into another also breaks the printed order of the block
 * labels between them; within a block, sub-rows are printed in other orders and their labels lost.)
 * `acrossBlocks`: the classes of rows that sum alike whatever their block (for rows no label placed).
 */
export function exchangeableRows(identities: readonly Identity[], acrossBlocks = false): readonly (readonly string[])[] {
  // Every document of a template variant asks it of the same identities (the template's objects): the last answer is kept.
  const memo = last[acrossBlocks ? 1 : 0];
  if (memo && memo.identities.length === identities.length && memo.identities.every((id, i) => id === identities[i])) return memo.classes;
  const classes = exchangeableClasses(identities, acrossBlocks);
  last[acrossBlocks ? 1 : 0] = { identities: [...identities], classes };
  return classes;
}

/** The identities `exchangeableRows` was last asked about, and its answer (within blocks, across blocks). */
const last: ({ identities: readonly Identity[]; classes: readonly (readonly string[])[] } | null)[] = [null, null];

function exchangeableClasses(identities: readonly Identity[], acrossBlocks: boolean): string[][] {
  // Per row: column → its (identity, sign) terms in identities spanning several rows.
  const terms = new Map<string, Map<string, string[]>>();
  for (const id of identities) {
    const all = signedMembers(id);
    if (new Set(all.map(([k]) => rowOf(k))).size < 2) continue;
    for (const [key, sign] of all) {
      const row = rowOf(key);
      const col = key.slice(row.length + 1);
      const cols = terms.get(row) ?? new Map<string, string[]>();
      cols.set(col, [...(cols.get(col) ?? []), `${id.id.replace(/\.[^.]*$/, '')}${sign}`]);
      terms.set(row, cols);
    }
  }
  const classes = new Map<string, string[]>();
  for (const [row, cols] of terms) {
    const block = acrossBlocks ? '' : row.slice(0, row.lastIndexOf('.'));
    const signature = `${block}#${[...cols].map(([c, t]) => `${c}:${[...t].sort().join(',')}`).sort().join('|')}`;
    classes.set(signature, [...(classes.get(signature) ?? []), row]);
  }
  return [...classes.values()].filter((c) => c.length >= 2);
}

/** A field's value where the solver settled it (a number, not ambiguous); null otherwise. */
export const resolvedValue = (f: SolvedField | undefined): number | null => (f && !f.flags.includes('ambiguous') && typeof f.value === 'number' ? f.value : null);

/** The values of a row's fields, in key order (null for a field not resolved). */
function rowValues(row: string, keys: readonly string[], fields: ReadonlyMap<string, SolvedField>): (number | null)[] {
  return keys.filter((k) => rowOf(k) === row).map((k) => resolvedValue(fields.get(k)));
}

/** The rows of `rows` (one class of exchangeable rows) beside which another of them holds other values: a swap would change them. */
function withOtherValues(rows: readonly string[], keys: readonly string[], fields: ReadonlyMap<string, SolvedField>): string[] {
  const values = new Map(rows.map((r) => [r, rowValues(r, keys, fields)]));
  return rows.filter((r) => rows.some((s) => s !== r && !sameValues(values.get(r)!, values.get(s)!)));
}

/** Both rows' values equal, every one resolved. */
export const sameValues = (a: readonly (number | null)[], b: readonly (number | null)[]): boolean =>
  a.length === b.length && a.every((v, i) => v !== null && v === b[i]);

/**
 * True when the row's values were read on a printed row whose label names it beyond doubt
 * (map/row-evidence `named`): every field placed by a label is, and one of them was read. A named
 * label over no values (every field derived: a label whose values line went to another label) pins
 * nothing. Fields a stream reading placed by position (map/table-stream, anchored-runs) are capped
 * as such already and do not unpin the cells the label placed.
 */
function pinned(row: string, keys: readonly string[], fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>): boolean {
  const byLabel = keys.filter((k) => rowOf(k) === row && placements.get(k)?.by === 'label');
  const read = byLabel.some((k) => !fields.get(k)?.flags.includes('derived'));
  return read && byLabel.every((k) => placements.get(k)?.row?.named === true) && !printedNothing(row, keys, fields, placements);
}

/**
 * The row's label printed nothing beside it (map/row-evidence `labelOnly`) and every field of it is blank: its zeros are
 * the absence of cells, not cells seen empty, so its label pins nothing — values on a line of their own beside it
 * may be its own (breaker39 ptt-layout-2up-r32: '1.属于国家秘密' alone, its '1 1' on a line between it and
 * '2.其他法律行政法规禁止公' / '开').
 */
function printedNothing(row: string, keys: readonly string[], fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>): boolean {
  const own = keys.filter((k) => rowOf(k) === row);
  return own.length > 0 && own.every((k) => fields.get(k)?.flags.includes('blank') === true && placements.get(k)?.row?.labelOnly === true);
}

/** Each class of rows the identities cannot tell apart (exchangeableRows), as its rows present and not pinned by their label. */
function looseClasses(
  keys: readonly string[],
  identities: readonly Identity[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
): string[][] {
  const present = new Set(keys.map(rowOf));
  return exchangeableRows(identities).map((cls) => cls.filter((r) => present.has(r) && !pinned(r, keys, fields, placements)));
}

/**
 * Rows (prefixes) placed by their order alone among rows the identities cannot tell apart: not
 * pinned by their label, with another unpinned row of their class holding other values.
 */
export function orderOnlyRows(
  keys: readonly string[],
  identities: readonly Identity[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
): Set<string> {
  return new Set(looseClasses(keys, identities, fields, placements).flatMap((loose) => withOtherValues(loose, keys, fields)));
}

/**
 * Order-only rows (orderOnlyRows) that nothing but an order placed — no label of their own on the values' line: placed by
 * position among other rows, or given their values by a stream's order after a pile of labels (RowEvidence.valuesByOrder,
 * tables/column-pages). Their class's rows hold other values and every identity holds under an exchange of them, so which
 * row holds which values is the order's word alone (score ORDER_ONLY_CAP, below 0.8). Plain `pdftotext` of a Chromium print
 * writes a row's label after its values where a group label's piece shares the label's line ('2 0 1 0 0 0 3' / '（三）不
 * 4.保护第三方合法权益'), so the order of labels and value lines is not the page's (fresh51 v/pdftotext-raw-thead r03: 三安全一稳定
 * and 第三方合法权益 exchanged at 0.85). The block that keeps rows of one class apart (exchangeableRows) is the printed order
 * of the block labels between their values; rows only an order placed have no such label between them, so among those the
 * class is every row summing alike, whatever its block (fresh55 f011, plain `pdftotext` of a table printed column by column,
 * aligned to the grid by map/table-stream: 部分公开's values read as 保护第三方合法权益's, and 部分公开's zeros kept at 0.85 beside
 * 予以公开's zeros — its block's rows all held the same values).
 */
export function orderPlacedRows(
  keys: readonly string[],
  identities: readonly Identity[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
  orderOnly: ReadonlySet<string> = orderOnlyRows(keys, identities, fields, placements),
): Set<string> {
  const byOrder = new Set<string>();
  for (const k of keys) {
    const p = placements.get(k);
    if (p && (p.by === 'position' || p.row?.valuesByOrder === true)) byOrder.add(rowOf(k));
  }
  const out = new Set([...orderOnly].filter((r) => byOrder.has(r)));
  // Across blocks too, among rows only an order placed: no block label between their values keeps them in their blocks.
  for (const cls of exchangeableRows(identities, true)) {
    const loose = cls.filter((r) => byOrder.has(r) && !pinned(r, keys, fields, placements));
    for (const r of withOtherValues(loose, keys, fields)) out.add(r);
  }
  return out;
}

/**
 * Order-only rows (orderOnlyRows) whose class holds a row with no value of its own — every field missing or
 * ambiguous, or a label that printed nothing beside it (printedNothing) — beside a row of it with a nonzero value:
 * those values may be that row's. Every identity holds either way (the class's rows sum alike), and nothing but the
 * order of the lines placed them, so neither row's values are determined: the blank row's zeros and the other's
 * numbers (score EMPTY_SWAP_CAP, below 0.8). LibreOffice's print of a Word table centres each label in its cell, so
 * a row's label and its values may sit on different lines, two labels on one (fresh48 k12-lodocx-pdf k12_17: '处理
 * 4.无正当理由大量反复申请 2.重复申请 3 3', 无正当理由… left missing, 3 3 read as 重复申请's at 0.88). A row named only by the
 * label line above its values counts among them though its label pins it (fresh51 b60, a `-layout` dump of a mostly-blank
 * table: '1.本机关不掌握…' alone, '2.没有现成信息需要另行制作', then '1 1' over '办理结果 提供' — read as 2.'s at 0.85/0.88, 1.'s).
 */
export function emptySwapRows(
  keys: readonly string[],
  identities: readonly Identity[],
  fields: ReadonlyMap<string, SolvedField>,
  placements: ReadonlyMap<string, Placement>,
): Set<string> {
  const out = new Set<string>();
  const present = new Set(keys.map(rowOf));
  const classes = exchangeableRows(identities);
  looseClasses(keys, identities, fields, placements).forEach((loose, c) => {
    const unread = (r: string): boolean => rowValues(r, keys, fields).every((v) => v === null);
    const empty = loose.filter((r) => unread(r) || printedNothing(r, keys, fields, placements));
    // A row its label names only through the text above its values (RowEvidence `shiftDoubt`: a numbers line between label
    // lines) is pinned by no label of its line: beside a sibling that printed nothing, the values may be that one's.
    const fromAbove = classes[c]!.filter((r) => present.has(r) && !loose.includes(r) && namedFromAboveOnly(r, keys, placements));
    const valued = [...loose, ...fromAbove].filter((r) => rowValues(r, keys, fields).some((v) => v !== null && v !== 0));
    if (empty.length === 0 || valued.length === 0) return;
    for (const r of [...empty, ...valued]) out.add(r);
  });
  return out;
}

/** Every field of the row placed by a label that names it only through the lines above its values (RowEvidence `shiftDoubt`). */
function namedFromAboveOnly(row: string, keys: readonly string[], placements: ReadonlyMap<string, Placement>): boolean {
  const own = keys.filter((k) => rowOf(k) === row);
  return own.length > 0 && own.every((k) => placements.get(k)?.by === 'label' && placements.get(k)?.row?.shiftDoubt === true);
}
