/**
 * @file Values printed before their row labels: some `pdftotext -raw` dumps print a table one cell
 * per line with each row's value block BEFORE its label (the value cells sit a little higher than
 * the label's baseline). `valuesFirstRows` re-pairs the printed rows so that each value block goes
 * with the label that follows it; `valuesFirstConfirmed` says when the input determines that
 * reading: a whole row's block before the first row label (no label before it to belong to) that the
 * re-paired reading places on a row by its label, and the re-paired table keeping every identity.
 * Otherwise map/table-rows keeps the after-label reading capped below 0.9 (`rows_unread`).
 */
import { solve, type Group } from '../solve/index.js';
import { parsePart } from '../solve/propagate.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { Identity } from '../template/index.js';
import { pushAll } from '../_internal/extremes.js';

/** A row label's start: an item number ('1.', '（三）', '三、'). Label text that does not start so continues a label above. */
const ROW_START = /[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]/;

/**
 * The rows re-paired values-first. A text-only label (a `pending` line) takes the values printed
 * since the previous label; a label printed on the same line as values keeps those values and the
 * value lines after it up to `width` values (the label wraps around its values, as '（二）部分公开…
 * 不计其他情 28 0 0 4' / '0' / '0 32' / '形）'). A label's second line (text that starts no row:
 * '提供', '处理其政府信息公开申请') after a block takes the block for the label above when that
 * label has none: a wrapped label prints its values between its lines. A label with no values
 * before it is kept as an orphan for map/join-fragments. Values after the last label complete the
 * rows above them (completeTail) or stay an unlabelled row.
 */
export function valuesFirstRows(rows: readonly TableRow[], width: number): TableRow[] {
  const out: TableRow[] = [];
  let block: ValueToken[] = [];
  let blockSource: TableRow['source'] | undefined;
  let open: TableRow | undefined; // a label printed beside its values, still taking value lines
  let suspect = false;
  const take = (row: TableRow): void => {
    row.values = block;
    delete row.orphan;
    if (suspect) row.digitsSuspect = true;
  };
  const orphan = (label: string, source: TableRow['source']): TableRow => ({ label, pending: '', values: [], blankCells: 0, orphan: true, source });
  const flush = (label: string, source: TableRow['source']): void => {
    const prev = out.at(-1);
    const start = label.search(ROW_START);
    if (block.length > 0 && start !== 0 && label !== '' && prev?.orphan) {
      // The second line of the label above: its values were printed between its lines.
      prev.label = `${prev.label} ${start < 0 ? label : label.slice(0, start)}`.trim();
      take(prev);
      if (start > 0) out.push(orphan(label.slice(start), source));
    } else if (block.length > 0) {
      const row: TableRow = orphan(label, blockSource ?? source);
      take(row);
      out.push(row);
    } else if (label !== '') out.push(orphan(label, source));
    block = [];
    blockSource = undefined;
    suspect = false;
  };
  for (const r of rows) {
    const values = r.values.filter((v) => v.kind !== 'blank');
    if (r.pending !== '') {
      open = undefined;
      flush(r.pending, r.source);
    }
    if (r.label !== '') {
      open = undefined;
      if (values.length === 0) {
        flush(r.label, r.source);
        continue;
      }
      // Values on the label's own line are its row's: a block before it has no label of its own.
      if (block.length > 0) flush('', r.source);
      open = { label: r.label, pending: '', values: [...values], blankCells: 0, source: r.source, ...(r.digitsSuspect ? { digitsSuspect: true } : {}) };
      out.push(open);
      if (open.values.length >= width) open = undefined;
      continue;
    }
    if (values.length === 0) continue;
    if (open) {
      pushAll(open.values, values);
      if (r.digitsSuspect) open.digitsSuspect = true;
      if (open.values.length >= width) open = undefined;
      continue;
    }
    if (block.length === 0) blockSource = r.source;
    pushAll(block, values);
    if (r.digitsSuspect) suspect = true;
  }
  if (block.length > 0) flush('', rows.at(-1)!.source);
  return completeTail(out, width);
}

/**
 * A page printed in two passes (`pdftotext` of a table whose left columns and right columns it
 * read as two text blocks): each of the page's labelled rows took its first k values, and the rest
 * of every row, (width − k) values each, follow the last label row by row. When the unlabelled
 * values after the last label are exactly that many for the run of rows holding k < width values
 * (orphan labels between them skipped), each row gets its share in order; otherwise the rows stay.
 */
function completeTail(rows: TableRow[], width: number): TableRow[] {
  const tail = rows.at(-1);
  if (!tail || tail.label !== '' || tail.values.length === 0) return rows;
  const run: TableRow[] = [];
  for (let i = rows.length - 2; i >= 0; i--) {
    const r = rows[i]!;
    if (r.orphan) continue;
    if (r.label === '' || r.values.length >= width || (run.length > 0 && r.values.length !== run[0]!.values.length)) break;
    run.unshift(r);
  }
  if (run.length < 2) return rows;
  const rest = width - run[0]!.values.length;
  if (tail.values.length !== rest * run.length) return rows;
  run.forEach((r, i) => {
    r.values = [...r.values, ...tail.values.slice(i * rest, (i + 1) * rest)];
    if (tail.digitsSuspect) r.digitsSuspect = true;
  });
  return rows.slice(0, -1);
}

/**
 * True when the values-first reading is determined: the leading block is one whole row (as many
 * values as the row it went to has columns) that the re-paired reading placed by its label and
 * resolved, and the re-paired table keeps every identity (none violated, search not exhausted) with
 * one identity across rows at least read whole (every member printed, none ambiguous) and holding.
 * `leadRow`: the group of the template row that took the leading block (null when none did).
 */
export function valuesFirstConfirmed(groups: readonly Group[], identities: readonly Identity[], lead: { count: number; group: Group | null }): boolean {
  if (!lead.group || lead.count !== lead.group.keys.length) return false;
  const { fields, stats } = solve(groups, identities);
  if (stats.exhausted || stats.violations > 0) return false;
  const read = (k: string): boolean => {
    const f = fields.get(k);
    return f !== undefined && typeof f.value === 'number' && !f.flags.includes('ambiguous') && !f.flags.includes('derived');
  };
  return lead.group.keys.every(read) && identities.some((id) => acrossRows(id) && members(id).every(read));
}

/** The row of a field key (its key without the column). */
const rowOf = (key: string): string => key.slice(0, key.lastIndexOf('.'));

/** The identity's field keys (a subtracted part's without its sign). */
const members = (id: Identity): string[] => [id.total, ...id.parts.map((p) => parsePart(p).key)];

/**
 * True when the identity's members lie in more than one row (a column sum, the balance 新收 + 上年结转 =
 * 办结 + 结转下年). A row's own total holds wherever its block went; only an identity across rows sees
 * every block moved by one row (pdfminer prints 本年新收's values before the label pile, the later rows'
 * after their labels: values-first re-pairing shifts those rows, each still adding up). No violation is
 * no confirmation: with most rows unread, nothing across rows was evaluated.
 */
const acrossRows = (id: Identity): boolean => new Set(members(id).map(rowOf)).size > 1;
