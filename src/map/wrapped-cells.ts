/**
 * @file A number wrapped inside a narrow value cell (a PDF whose one value column is a few characters
 * wide prints 5176452 as '517' / '645' / '2', one piece per line; pdftotext gives one row per piece).
 * Table 二's one-column rows (行政许可, 行政处罚, 行政强制, 行政事业性收费) have no identity that could
 * reject a piece read as the whole number, so the pieces around a row's label are joined back into
 * one number, in printed order, flagged `joined` (a guess: < 0.9). Pieces are: the row's own lone
 * value, the lone values on the text-less lines after it, and lone values just before it on lines
 * whose only text is the block header above (its last lines: the label sits mid-cell, vertically centred).
 * A row right after such text-less pieces keeps its value with its digits in doubt (< 0.9): the
 * pieces may be the head of its cell (a label printed mid-cell), not the tail of the row above.
 * Only when every row of the table is named by some line: otherwise a text-less lone value may be a
 * row whose label was lost (placed by position), not a piece.
 */
import { normalizeLabel } from '../layout/normalize-text.js';
import type { TableRow } from '../tables/build-rows.js';
import type { ValueToken } from '../tables/tokenize-cell.js';
import type { RowSpec } from '../template/index.js';

/** The template row whose label (longest first) a row's own or pending text contains, or -1. */
function namedSpec(row: TableRow, specs: readonly RowSpec[]): number {
  const text = normalizeLabel(`${row.pending}${row.label}`);
  let best = -1;
  let len = 0;
  specs.forEach((s, i) => {
    for (const l of s.labels) if (l.length > len && text.includes(l)) [best, len] = [i, l.length];
  });
  return best;
}

/** A number's head cut at its decimal point, ending the row's text or the text above its label ('行政事业性收费 35.'). */
const DANGLING = /(?:^|[^\d.])(\d+\.)$/;

/** A row printing exactly one plain number (no mark, no blank). */
const lone = (r: TableRow): boolean => r.values.length === 1 && r.values[0]!.kind === 'num' && !r.values[0]!.ocr;
const textless = (r: TableRow): boolean => r.label === '' && r.pending === '';
/** Words of a table 二 block header (第二十条第（五）项 / 信息内容 / 本年处理决定数量), wrapped or not. */
const BLOCK_HEADER = /第二十条|信息内容/;
/** Every character table 二's block headers print (第二十条第（五）项 信息内容 本年处理决定数量 本年制发件数 本年收费金额（单位：万元） …). */
const HEADER_CHARS = new Set('第二十条一三四五六七八九项信息内容本年处理决定数量制发件废止现行有效收费金额单位万元千亿'.split(''));
/** A row whose only text is a block header above it: its value is the head of the next label's cell, not a row of its own ('行政确认 77' is one). */
const headerOnly = (r: TableRow): boolean => {
  const norm = normalizeLabel(r.pending);
  return r.label === '' && BLOCK_HEADER.test(norm) && [...norm].every((ch) => !/\p{Script=Han}/u.test(ch) || HEADER_CHARS.has(ch));
};

/** Pieces joined: digits in order; null when they do not make one number (two decimal points; a piece printed with thousands separators, '4,951', is a whole number, not a piece). */
function joinPieces(pieces: readonly TableRow[], head = ''): ValueToken | null {
  // A number grouped by '.' or '、' ('1.234') is a whole number, not a piece.
  if (pieces.some((p) => p.values[0]?.kind === 'num' && p.values[0].dotGroups === true)) return null;
  // A piece read with a full stop after it ('35.' / '168'): the number was cut at its decimal point.
  const raw = head + pieces.map((p, k) => { const v = p.values[0] as { raw: string; mark?: string }; return v.raw + (k < pieces.length - 1 && v.mark === '.' ? '.' : ''); }).join('');
  if ((raw.match(/\./g) ?? []).length > 1 || raw.startsWith('.') || raw.endsWith('.') || /[^\d.]/.test(raw)) return null;
  return { kind: 'num', value: Number(raw), raw, fusable: false, wrapped: true };
}

/**
 * The rows with each one-column row's wrapped pieces joined into it (one value, marked `wrapped`),
 * the piece rows removed. Rows unchanged when nothing is wrapped or some template row is named by no line.
 */
export function joinWrappedCells(rows: readonly TableRow[], specs: readonly RowSpec[]): TableRow[] {
  const named = rows.map((r) => namedSpec(r, specs));
  if (specs.some((_, j) => !named.includes(j))) return [...rows];
  const out = [...rows];
  const drop = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const j = named[i]!;
    if (j < 0 || specs[j]!.columns.length !== 1 || named.filter((x) => x === j).length > 1) continue;
    const own = rows[i]!;
    if (own.values.length > 1 || (own.values.length === 1 && !lone(own))) continue;
    // Text-less pieces just above went with the row above, but may be the head of this row's cell: its digits are in doubt.
    if (i > 0 && drop.has(i - 1) && textless(rows[i - 1]!) && own.values.length === 1) out[i] = { ...own, digitsSuspect: true };
    let from = i;
    // Before the label: lone values whose text names no row (not the previous row's tail: text-less lines go with the row above).
    while (from - 1 >= 0 && !drop.has(from - 1) && lone(rows[from - 1]!) && named[from - 1]! < 0 && headerOnly(rows[from - 1]!)) from--;
    let to = i;
    while (to + 1 < rows.length && lone(rows[to + 1]!) && textless(rows[to + 1]!)) to++;
    const pieces = rows.slice(from, to + 1).filter(lone);
    // A piece cut at the decimal point ('35.' / '168') is read as text, not a value: the end of the row's text.
    const head = (DANGLING.exec(`${own.pending}${own.label}`.trim()) ?? DANGLING.exec(own.pending.trim()))?.[1] ?? '';
    if (pieces.length + (head ? 1 : 0) < 2) continue;
    const value = joinPieces(pieces, head);
    if (!value) continue;
    const pending = rows.slice(from, i + 1).map((r) => r.pending).filter((p) => p !== '').join(' ');
    out[i] = { ...out[i]!, pending, values: [value] };
    for (let k = from; k <= to; k++) if (k !== i) drop.add(k);
  }
  return out.filter((_, k) => !drop.has(k));
}
