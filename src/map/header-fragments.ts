/**
 * @file Column headers that could not be read whole, but whose pieces show an order other than
 * the template's. A header cell wrapped over two or three lines in a narrow column ('法律服' /
 * '务机构') leaves lines of pieces of several columns side by side ('人法律服社会公商业科研其计'):
 * no header word is on one line, so column-order.ts finds no header and the values stay in the
 * template's order. Were the columns printed in another order, those values are wrong while every
 * identity holds (a row total holds under any order of its parts, the column identities under any
 * order of the columns), so nothing else can catch it. The pieces still tell the order: each
 * two-character piece that belongs to one header word only ('法律' → 法律服务机构, '企业' →
 * 商业企业) names its column, and a header-like line whose pieces name columns out of template order
 * is evidence the table is not in the template's order.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { groupPathsRead } from './header-words.js';

/** Share of a line's characters that must lie in pieces of header words for the line to be header text. */
const PIECE_SHARE = 0.6;

/**
 * Every two-character piece of the vocabulary, with the rank of the only word it belongs to (null:
 * several words, or a piece of the `extra` header text, which names no column).
 */
export function piecesOf(words: readonly string[], extra: readonly string[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  [...words, ...extra].forEach((w, rank) => {
    for (let i = 0; i + 2 <= w.length; i++) {
      const p = w.slice(i, i + 2);
      out.set(p, (out.has(p) && out.get(p) !== rank) || rank >= words.length ? null : rank);
    }
  });
  return out;
}

/** A row's numbering at the start of a line: '2.', '（三）', '一、'. Header cells carry none. */
const ROW_NUMBERING = /^\s*(?:[0-9０-９]+\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+\s*、)/;

/** Whole header words a line needs to be a header that was read (not only pieces of one); fewer for a short vocabulary (table 四's three groups: two). */
const MIN_WHOLE_WORDS = 3;

/**
 * The columns a header-like line's pieces name, in printed order; null when the line is not header
 * text. Whole `words` (template order, as for piecesOf) are read first, longest first, and only the
 * text between them is read in pieces: the rest of a wording that carries a whole word ('其他组织':
 * 其他 and '组织') must not name the column whose word its piece also is in ('他组' of 法人或其他组织).
 */
export function pieceRanks(norm: string, pieces: ReadonlyMap<string, number | null>, words: readonly string[] = []): number[] | null {
  if (norm.length < 4 || /\d/.test(norm)) return null;
  const covered = new Array<boolean>(norm.length).fill(false);
  const found: { at: number; rank: number }[] = [];
  for (const [rank, w] of words.map((w, rank) => [rank, w] as const).sort((a, b) => b[1].length - a[1].length)) {
    for (let at = norm.indexOf(w); at >= 0; at = norm.indexOf(w, at + w.length)) {
      if (covered.slice(at, at + w.length).some(Boolean)) continue;
      covered.fill(true, at, at + w.length);
      found.push({ at, rank });
    }
  }
  for (let i = 0; i + 2 <= norm.length; i++) {
    const p = norm.slice(i, i + 2);
    if (!pieces.has(p) || covered[i] || covered[i + 1]) continue;
    const rank = pieces.get(p);
    if (rank !== null && rank !== undefined) found.push({ at: i, rank });
  }
  for (let i = 0; i + 2 <= norm.length; i++) if (pieces.has(norm.slice(i, i + 2))) covered[i] = covered[i + 1] = true;
  const ranks: number[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (ranks.at(-1) !== f.rank) ranks.push(f.rank);
  return covered.filter(Boolean).length < PIECE_SHARE * norm.length ? null : ranks;
}

/** Characters a piece of a word must have to show the word printed twice. */
const REPEAT_PIECE = 2;

/**
 * A line of pieces that prints one word's pieces at several places ('法人或 法人或 法人或其' / '其他组
 * 其他组 他组织': a flat header naming each sub-column by its path, '法人或其他组织-商业企业', wrapped
 * in narrow cells) prints that word once per column: its pieces, and the whole words inside it (其他 in
 * '其他组'), name no column there. Every piece of such a word (two characters or more, longest first)
 * is masked; a word counts as repeated when a piece of it that is no other word's occurs twice.
 */
function repeatedWordsMasked(norm: string, words: readonly string[]): string {
  let out = norm;
  for (const w of words) {
    const own = (p: string): boolean => !words.some((o) => o !== w && o.includes(p));
    let repeated = false;
    for (let i = 0; i + REPEAT_PIECE <= w.length && !repeated; i++) {
      const p = w.slice(i, i + REPEAT_PIECE);
      repeated = own(p) && out.split(p).length > 2;
    }
    if (!repeated) continue;
    for (let len = w.length; len >= REPEAT_PIECE; len--) {
      for (let i = 0; i + len <= w.length; i++) out = out.split(w.slice(i, i + len)).join('#'.repeat(len));
    }
  }
  return out;
}

/**
 * Evidence that the printed column order is not the template's, from a header that was not read
 * whole: a text line (no digit) made mostly of pieces of `words` (template order; `extra`: other
 * header text, whose pieces name no column) that names columns out of order; or lines of such
 * pieces naming two or more columns while no line prints three header words whole — a header
 * printed but unread, whose order nothing confirms (the identities hold under any order). Returns
 * the line read (`unread`: only the second kind), or null.
 */
export function piecesOutOfOrder(lines: readonly Line[], words: readonly string[], extra: readonly string[] = []): { line: string; unread: boolean } | null {
  const pieces = piecesOf(words, extra);
  let unread: string | null = null;
  let whole = false;
  for (const l of lines) {
    // A line numbered as a row is ('2.其他法律', a label cut where an extractor split it) is no header text.
    if (ROW_NUMBERING.test(l.cells.join(''))) continue;
    const norm = groupPathsRead(normalizeLabel(l.cells.join('')));
    if (!/\d/.test(norm) && words.filter((w) => norm.includes(w)).length >= Math.min(MIN_WHOLE_WORDS, words.length - 1)) whole = true;
    const ranks = pieceRanks(repeatedWordsMasked(norm, words), pieces, words);
    if (!ranks) continue;
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) return { line: norm, unread: false };
    if (ranks.length >= 2) unread ??= norm;
  }
  return whole || unread === null ? null : { line: unread, unread: true };
}
