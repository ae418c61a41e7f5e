/**
 * @file Table 三's header read across its lines in an order its words' places on the page contradict.
 * A PDF line laid out by position keeps each cell's left edge (`Line.xs`). A header whose columns do
 * not line up with the values below — a `<pre>` table printed in a proportional CJK fallback font
 * (LibreOffice's Word 97 print), its header wrapped into a note beside it — is read by joining its
 * lines, so the words come in the lines' order ('法律服务' inside the note line above '科研机构 社会公益
 * 其他', above '自然 人 商业企业'), not in the columns'. A column order so read is no printed order when
 * two of its words, each starting a cell of the band, stand on the page the other way round: the
 * order is not followed (map/column-order: unread, every value kept below 0.8).
 *
 * The same holds for a space-aligned text dump (`Line.starts`: w3m, lynx, elinks, `pdftotext -layout`):
 * a text browser draws a cell spanning the header's two rows (自然人, 总计) vertically centred, on a
 * line below (or above) the 法人或其他组织 group line or its sub-columns' first line, so the band read
 * line by line names the sub-columns before 自然人 ('法人或其他组织' / '自然人 总计' / '商业企业 科研机构 …')
 * while every word still stands over its own column. There a word's place is its display column,
 * counted with an ideograph one column wide and two (the dump does one or the other): an order is
 * contradicted only when it is under both counts (`scripts/header-lines-variants.mjs`).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { REQUEST_HEADER, REQUEST_LEAVES } from './header-words.js';
import { firstRowAt } from './positional-band.js';
import { runsOf } from './stack-band.js';

/** A leaf column word's first two characters (distinct among table 三's words) → its key. */
const HEADS = REQUEST_HEADER.flatMap((w): [string, string][] => (w[1] === null ? [] : [[w[0].slice(0, 2), w[1]]]));
/** Two cells' left edges closer than this (pt) are not ordered by them. */
const SLACK = 3;
/** A line of values (three numbers or more): the band ends there. */
const isNumber = (c: string): boolean => /^[\d,.]+$/.test(c.trim());

/** A leaf word starting `text` (a cell, or a run of a text line) → its key. */
function leafOf(text: string): string | null {
  const t = normalizeLabel(text).replace(/\s+/g, '');
  const head = HEADS.find(([h]) => t.startsWith(h));
  return head && t.length <= 8 ? head[1] : null;
}

/** The band's lines: up to the first line of values or table 三's first row label. */
function bandLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (l.cells.filter(isNumber).length >= 3 || firstRowAt(l.cells.join(' ').trim()) >= 0) break;
    out.push(l);
  }
  return out;
}

/** The leaf words starting a cell of the band's PDF lines, with their cells' left edges. */
function placedWords(lines: readonly Line[]): { key: string; x: number }[] {
  const out: { key: string; x: number }[] = [];
  for (const l of bandLines(lines)) {
    if (!l.xs || l.xs.length !== l.cells.length) continue;
    l.cells.forEach((c, i) => {
      const key = leafOf(c);
      if (key) out.push({ key, x: l.xs![i]! });
    });
  }
  return out;
}

/**
 * The leaf words starting a run (text between spaces) of the band's space-aligned text lines, at their
 * display columns with an ideograph `cjk` columns wide; none unless two or more band lines print cells apart.
 */
function columnWords(lines: readonly Line[], cjk: 1 | 2): { key: string; x: number }[] {
  const band = bandLines(lines).filter((l) => !l.xs && l.starts && l.starts.length === l.cells.length);
  // Laid out (map/positional-band): two or more lines print cells apart. A plain stream's lines start at the margin: their columns say nothing.
  if (band.filter((l) => l.separated && l.cells.length > 1).length < 2) return [];
  return band.flatMap((l) => runsOf(l, cjk)!.flatMap((r) => {
    const key = leafOf(r.map((g) => g.ch).join(''));
    return key ? [{ key, x: r[0]!.x }] : [];
  }));
}

/** Two words ranked by `rank` stand left to right in the reverse of their ranks, further apart than `slack`. */
function contradicted(words: readonly { key: string; x: number }[], rank: ReadonlyMap<string, number>, slack: number): boolean {
  // Sorted by place, a word ranked before a word standing left of it by more than the slack contradicts the order (linear after the sort).
  const byX = words.filter((w) => rank.has(w.key)).sort((a, b) => a.x - b.x);
  let maxRank = -1;
  let maxX = -Infinity;
  for (const w of byX) {
    const r = rank.get(w.key)!;
    if (maxRank > r && w.x - maxX > slack) return true;
    if (r > maxRank) { maxRank = r; maxX = w.x; }
  }
  return false;
}

/**
 * The order `moves` names (template key → printed key at that column) is contradicted by the band's
 * places: two leaf words starting cells of the band's PDF lines stand left to right on the page in
 * the reverse of their order there.
 */
export function requestBandAgainstPlaces(lines: readonly Line[], moves: ReadonlyMap<string, string>): boolean {
  const rank = new Map<string, number>();
  [...moves.values()].forEach((k, i) => rank.set(k, i));
  if (contradicted(placedWords(lines), rank, SLACK)) return true;
  // A text dump: two words standing the other way round whichever width the dump gave an ideograph.
  return contradicted(columnWords(lines, 1), rank, 0) && contradicted(columnWords(lines, 2), rank, 0);
}

/**
 * Table 三's leaf columns in the order their words stand on a space-aligned text dump's band, left to
 * right: every leaf named once, the same order whichever width the dump gave an ideograph; else null.
 */
export function requestOrderByColumns(lines: readonly Line[]): string[] | null {
  const orders = ([1, 2] as const).map((cjk) => {
    const words = columnWords(lines, cjk);
    const keys = words.map((w) => w.key);
    if (keys.length !== REQUEST_LEAVES.length || new Set(keys).size !== keys.length) return null;
    // Two words at one column: no order.
    if (new Set(words.map((w) => w.x)).size !== words.length) return null;
    return [...words].sort((a, b) => a.x - b.x).map((w) => w.key);
  });
  return orders[0] && orders[1] && orders[0].join() === orders[1].join() ? orders[0] : null;
}

/**
 * Table 三's header unread and read in the template's order (nothing moved, nothing confirmed): its words' places
 * name another order under either width an ideograph may have in the dump (or on a PDF's lines), two words
 * standing the other way round (w3m of a page printing 自然人 after the sub-columns, the word wrapped '自然' / '人'
 * and the band not read whole: crawl48). Nothing is followed — one count may be the dump's wrong one —
 * but the template's order is then no reading the page supports better than another (map/column-order: open).
 */
export function templateAgainstPlaces(lines: readonly Line[]): boolean {
  const rank = new Map(REQUEST_LEAVES.map((k, i) => [k, i]));
  return contradicted(placedWords(lines), rank, SLACK) || contradicted(columnWords(lines, 1), rank, 0) || contradicted(columnWords(lines, 2), rank, 0);
}
