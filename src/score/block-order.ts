/**
 * @file Values whose place in their row a PDF's block-ordered text dump leaves open (score BLOCK_ORDER_CAP).
 *
 * Plain `pdftotext` writes a table row's cells that are separate text blocks one per paragraph, in poppler's
 * block order — not always left to right (map/row-evidence `cellsApart`). A row total holds in any order of a
 * row's parts. A column identity (一 + 二 = 三 + 四 of table 三) tells two orders of the row apart only when no
 * other row of the identity whose own order is open (cells apart too, placed by position, an order nothing
 * confirms) could be exchanged the same way: the dumper exchanges the same two blocks in every row of the
 * page alike (breakit55 ptt-plain-b5/r17: 上年结转 and 结转下年度 both with 商业企业 and 法律服务机构 exchanged, every
 * identity holding). So a part of such a row is in doubt when another part of it reads a different value and
 * exchanging the two either touches no identity reaching other rows, or is matched, in every such identity, by
 * an order-open row whose two cells differ by as much. An identity with a derived member (map/derived-rows: a row
 * the identities computed) sees no exchange: it computed that member and holds by construction, whatever the order
 * of the other rows' cells (fb37 side12-let-plain: 上年结转 '0 0 0 1 2 0 3' for 1 2 0 0 0 0 3 at 0.98 beside a
 * 结转下年度 derived from it).
 * A row tables/column-pages read one value per line from a dump without page feeds (RowEvidence.linesOnly: headless
 * columns, lead pages) is in doubt only where no holding column identity sees the exchange in that row alone: such a
 * stream's order is the page's as often as a dumper's, so no exchange alike elsewhere is assumed. So are rows map/table-rows
 * mergeCellPerLine joins from adjacent lines (no blank line between: `pdftotext -bbox-layout` lines joined per <line>,
 * gen59 ptt-bbox-lines-a4/r07's exchange at 0.98); cells a blank line parts (an HTML converter's paragraphs) are not.
 */
import type { Placement } from '../map/index.js';
import type { Check } from '../schema/report.js';
import type { SolvedField } from '../solve/index.js';
import { rowOf } from './evidence.js';
import type { Identity } from '../template/index.js';
import { identityKeys } from '../solve/propagate.js';

/**
 * Table 二: no identity runs through it, so nothing but the stream places a row's cells. They are in doubt only when
 * they came from two text blocks or more (RowEvidence.cellsInBlocks); a row's cells as lines of one block keep the
 * page's order (map/review-blocks).
 */
const UNCHECKED_TABLE = 'activeDisclosure.';

const column = (key: string): string => key.slice(key.lastIndexOf('.') + 1);
const bare = (key: string): string => key.replace(/^-/, '');
const valueOf = (fields: ReadonlyMap<string, SolvedField>, key: string): number | null => {
  const v = fields.get(key)?.value;
  return typeof v === 'number' ? v : null;
};

/** A column identity's rows with their signs (total −1, part +1, '-part' −1), when every member is of column `col`. */
function columnTerms(identity: Identity, col: string): Map<string, number> | null {
  const terms = new Map<string, number>();
  const add = (key: string, sign: number): boolean => {
    if (column(bare(key)) !== col) return false;
    const row = rowOf(bare(key));
    terms.set(row, (terms.get(row) ?? 0) + sign);
    return true;
  };
  if (!add(identity.total, -1)) return null;
  for (const p of identity.parts) if (!add(p, p.startsWith('-') ? -1 : 1)) return null;
  return terms.size > 1 ? terms : null;
}

/** Most rows exchanged together that are tried before an exchange is taken as seen by the identities. */
const MAX_EXCHANGED_ROWS = 6;

/** Keys of `keys` whose cell order the dump leaves open (see the file comment). */
export function blockOrderDoubt(keys: readonly string[], fields: ReadonlyMap<string, SolvedField>, placements: ReadonlyMap<string, Placement>, checks: readonly Check[], identities: readonly Identity[]): Set<string> {
  const out = new Set<string>();
  const apart = new Set<string>();
  // Rows whose cells came from several lines of a dump without page feeds (RowEvidence.linesOnly): in doubt only where no column identity sees the exchange.
  const linesOnly = new Set<string>();
  const open = new Set<string>();
  for (const k of keys) {
    const p = placements.get(k);
    if (!p) continue;
    if (p.row?.cellsApart && (!k.startsWith(UNCHECKED_TABLE) || p.row.cellsInBlocks)) apart.add(rowOf(k));
    if (p.row?.linesOnly) linesOnly.add(rowOf(k));
    if (p.row?.cellsApart || p.by === 'position' || p.orderUnconfirmed || p.orderOpen) open.add(rowOf(k));
  }
  if (apart.size === 0) return out;
  const holding = new Set(checks.filter((c) => c.ok).map((c) => c.id));
  const derived = (key: string): boolean => fields.get(bare(key))?.flags.includes('derived') === true;
  const byColumn = new Map<string, Map<string, number>[]>();
  const termsOf = (col: string): Map<string, number>[] => {
    let t = byColumn.get(col);
    if (!t) byColumn.set(col, (t = identities.filter((i) => holding.has(i.id) && !identityKeys(i).some(derived)).flatMap((i) => columnTerms(i, col) ?? [])));
    return t;
  };
  const num = (key: string): number | null => valueOf(fields, key);
  // Exchanging columns c and d in rows `rows`: the first identity of column c it breaks, with its sum's change; null when none breaks.
  const broken = (rows: ReadonlySet<string>, c: string, d: string): { terms: Map<string, number>; delta: number } | null => {
    for (const terms of termsOf(c)) {
      let delta = 0;
      for (const [row, sign] of terms) if (rows.has(row)) delta += sign * ((num(`${row}.${d}`) ?? 0) - (num(`${row}.${c}`) ?? 0));
      if (delta !== 0) return { terms, delta };
    }
    return null;
  };
  // The rows exchanging c and d in `row` and in order-open rows chosen to make up every identity it breaks leaves all
  // holding (`row` first), or null.
  // `alone`: no other row is exchanged with it (a dump without page feeds: one row's lines, not the dumper's blocks of a page).
  const unseen = (row: string, c: string, d: string, alone: boolean): Set<string> | null => {
    const rows = new Set([row]);
    for (let i = 0; i < MAX_EXCHANGED_ROWS; i++) {
      const b = broken(rows, c, d);
      if (!b) return rows;
      if (alone) return null;
      const mend = [...b.terms].find(([r, sign]) => !rows.has(r) && open.has(r) && sign * ((num(`${r}.${d}`) ?? 0) - (num(`${r}.${c}`) ?? 0)) === -b.delta);
      if (!mend) return null;
      rows.add(mend[0]);
    }
    return null;
  };
  for (const k of keys) {
    const row = rowOf(k);
    const v = num(k);
    if (!apart.has(row) || column(k) === 'total' || v === null) continue;
    const others = keys.filter((x) => x !== k && rowOf(x) === row && column(x) !== 'total' && num(x) !== null && num(x) !== v);
    for (const x of others) {
      const rows = unseen(row, column(k), column(x), linesOnly.has(row));
      if (!rows) continue;
      out.add(k);
      // The order-open rows exchanged with it are as open: their two cells read as well the other way (fb37
      // side1-let-plain: 结转下年度 placed by position, its 商业企业/法律服务机构 exchanged with 上年结转's, at 0.85).
      for (const r of rows) if (r !== row) for (const col of [column(k), column(x)]) if (keys.includes(`${r}.${col}`)) out.add(`${r}.${col}`);
    }
  }
  return out;
}
