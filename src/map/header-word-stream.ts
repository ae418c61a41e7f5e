/**
 * @file Table 三's header words as the band prints them in reading order, joined with no spaces: a
 * text browser that dumps a rowspan header one cell per line (lynx) or lays it out with its cells
 * side by side (html2text, w3m) prints each whole column word the page printed, in the page's order
 * within one header row. Where the order the values were read in (the template's, or one the rows'
 * totals chose) puts two of those words the other way round, the header contradicts that order
 * whether or not it could be read whole: the values' columns are open (≤ 0.75).
 *
 * Only pairs one header row holds are compared — two sub-columns of 法人或其他组织, or 自然人 and 总计
 * (both span the header's two rows): a browser draws a rowspan cell on a line of its own, above or
 * below the group's line (w3m centres it), so where 自然人 or 总计 stands against the group or its
 * sub-columns in the stream says nothing — unless the order read is unconfirmed anyway (then either side is doubt). A word must be found once, whole (a word wrapped into pieces
 * beside other cells' pieces is not found: no evidence); the group word is taken out first (its 其他).
 */
import type { Line } from '../model/document.js';
import { headerBand } from './header-order.js';
import { REQUEST_GROUP, REQUEST_HEADER, SWAPPABLE_REQUEST } from './header-words.js';

/** Pairs of leaves one header row prints: the sub-columns among themselves, 自然人 and 总计. */
function sameRow(a: string, b: string): boolean {
  return (SWAPPABLE_REQUEST.has(a) && SWAPPABLE_REQUEST.has(b)) || (a === 'naturalPerson' && b === 'total') || (a === 'total' && b === 'naturalPerson');
}

/** The group's place among the leaves' (bandWordPlaces). */
const GROUP = 'group';

/** Leaf key → index in the band's joined text of its word found there once whole (others left out); the group word's under GROUP. */
export function bandWordPlaces(lines: readonly Line[]): Map<string, number> {
  const joined = headerBand(lines).join('').replace(/[^\p{Script=Han}]/gu, '').split(REQUEST_GROUP).join('#');
  const out = new Map<string, number>();
  for (const [word, key] of REQUEST_HEADER) {
    if (key === null) continue;
    const at = joined.indexOf(word);
    if (at >= 0 && joined.indexOf(word, at + 1) < 0) out.set(key, at);
  }
  const group = joined.indexOf('#');
  if (group >= 0 && joined.indexOf('#', group + 1) < 0) out.set(GROUP, group);
  return out;
}

/**
 * Whether the band prints two leaves one header row holds the other way round from `order` (leaf keys
 * in printed column order, left to right: the order the values were read in).
 */
export function bandWordsContradict(lines: readonly Line[], order: readonly string[], unconfirmed = false): boolean {
  const places = bandWordPlaces(lines);
  const found = order.filter((k) => places.has(k));
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      if (sameRow(found[i]!, found[j]!) && places.get(found[i]!)! > places.get(found[j]!)!) return true;
    }
  }
  // An order nothing confirmed (unread, or 总计 placed by the rows' totals): 自然人 or 总计 printed on the other side of the
  // group word than the order puts them of its sub-columns is the header in another order too — or a rowspan cell drawn
  // below the group's line (a PDF's centred cell): either way the order is not the page's beyond doubt.
  // …and a band whose words were cut inside their characters (U+FFFD: Debian html2text lays a narrow header out by
  // bytes, '商�科�社会�法律�其他��构'): which word heads which column is not printed whole, any order may be the page's.
  if (unconfirmed && headerBand(lines).some((l) => l.includes('\ufffd'))) return true;
  const group = places.get(GROUP);
  if (!unconfirmed || group === undefined) return false;
  const firstSub = order.findIndex((k) => SWAPPABLE_REQUEST.has(k));
  return ['naturalPerson', 'total'].some((k) => places.has(k) && (places.get(k)! < group) !== (order.indexOf(k) < firstSub));
}
