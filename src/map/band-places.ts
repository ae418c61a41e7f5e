/**
 * @file Table 三's header read across its lines in an order its words' places on the page contradict.
 * A PDF line laid out by position keeps each cell's left edge (`Line.xs`). A header whose columns do
 * not line up with the values below — a `<pre>` table printed in a proportional CJK fallback font
 * (LibreOffice's Word 97 print), its header wrapped into a note beside it — is read by joining its
 * lines, so the words come in the lines' order ('法律服务' inside the note line above '科研机构 社会公益
 * 其他', above '自然 人 商业企业'), not in the columns'. A column order so read is no printed order when
 * two of its words, each starting a cell of the band, stand on the page the other way round: the
 * order is not followed (map/column-order: unread, every value kept below 0.8).
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { REQUEST_HEADER } from './header-words.js';
import { firstRowAt } from './positional-band.js';

/** A leaf column word's first two characters (distinct among table 三's words) → its key. */
const HEADS = REQUEST_HEADER.flatMap((w): [string, string][] => (w[1] === null ? [] : [[w[0].slice(0, 2), w[1]]]));
/** Two cells' left edges closer than this (pt) are not ordered by them. */
const SLACK = 3;
/** A line of values (three numbers or more): the band ends there. */
const isNumber = (c: string): boolean => /^[\d,.]+$/.test(c.trim());

/** The leaf words starting a cell of the band's PDF lines, with their cells' left edges. */
function placedWords(lines: readonly Line[]): { key: string; x: number }[] {
  const out: { key: string; x: number }[] = [];
  for (const l of lines) {
    if (l.cells.filter(isNumber).length >= 3 || firstRowAt(l.cells.join(' ').trim()) >= 0) break;
    if (!l.xs || l.xs.length !== l.cells.length) continue;
    l.cells.forEach((c, i) => {
      const t = normalizeLabel(c).replace(/\s+/g, '');
      const head = HEADS.find(([h]) => t.startsWith(h));
      if (head && t.length <= 8) out.push({ key: head[1], x: l.xs![i]! });
    });
  }
  return out;
}

/**
 * The order `moves` names (template key → printed key at that column) is contradicted by the band's
 * places: two leaf words starting cells of the band's PDF lines stand left to right on the page in
 * the reverse of their order there.
 */
export function requestBandAgainstPlaces(lines: readonly Line[], moves: ReadonlyMap<string, string>): boolean {
  const rank = new Map<string, number>();
  [...moves.values()].forEach((k, i) => rank.set(k, i));
  const words = placedWords(lines).filter((w) => rank.has(w.key));
  // Sorted by place, a word ranked before a word standing left of it by more than the slack contradicts the order (linear after the sort).
  const byX = [...words].sort((a, b) => a.x - b.x);
  let maxRank = -1;
  let maxX = -Infinity;
  for (const w of byX) {
    const r = rank.get(w.key)!;
    if (maxRank > r && w.x - maxX > SLACK) return true;
    if (r > maxRank) { maxRank = r; maxX = w.x; }
  }
  return false;
}
