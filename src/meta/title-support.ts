/**
 * @file Which of the report titles a page prints for its year is its own: the one printed in the most places
 * outside lists of links. A CMS page prints its own title as its heading, in its info table ('名　　称：…'), in
 * its `<title>`, and lists the agency's reports in a sidebar ('年报目录': 'XX局2025年政府信息公开工作年度报告',
 * 'XX局2024年…') whose entry for the same year is a rebuilt title ('XX局2025年…' beside the printed 'XX局2025年度…',
 * 'XX局关于2025年…', '2025年XX局…'). An entry read first was taken as the title at 0.95 (its agency and year are
 * right, its words are not). A title printed only as a list entry, or as often as another title of its year, is not
 * determined by the page: `listedOnly`, `rivals` (score/meta caps it).
 */
import { normaliseTitle, titleParts } from './agency-name.js';
import { metaText } from './line-text.js';
import type { Line } from '../model/document.js';

/** A title as found (meta/title FoundTitle), the fields read here. */
export interface SupportCandidate {
  text: string;
  line?: number;
}

/** Where a page's report titles are printed, as title-support reads them. */
export interface TitleSpread {
  lines: readonly Line[];
  /** Lines looked at (the title's reach). */
  reach: number;
  /** Whether line k (0-based) is an entry of a list of report titles (a sidebar's, a links box's). */
  entry: (k: number) => boolean;
  /** The page's metadata title (`<title>`, PDF Title), cleaned of its site name; '' when none. */
  metaTitle: string;
}

/** The verdict on a chosen title: the one to report, and what the page leaves open about it. */
export interface SupportVerdict<T> {
  title: T;
  /** Printed only as a list entry: the page's own heading does not print it. */
  listedOnly: boolean;
  /** Other titles of its year printed as often (not only as list entries): the page does not say which is its own. */
  rivals: string[];
}

/** A title's words as compared: half-width, Arabic years, no white space. */
export function flatTitle(text: string): string {
  return normaliseTitle(text).replace(/\s+/g, '');
}

/** The year a title names (first 19xx/20xx before 年), null when none. */
function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(normaliseTitle(text));
  return m ? Number(m[1]) : null;
}

/** Whether two titles may be the same report's: the same year, agencies alike where both name one. */
function sameReport(a: string, b: string): boolean {
  const pa = titleParts(a), pb = titleParts(b);
  if (yearIn(a) === null || yearIn(a) !== yearIn(b)) return false;
  if (pa.agency === null || pb.agency === null) return true;
  const x = pa.agency.replace(/\s+/g, ''), y = pb.agency.replace(/\s+/g, '');
  return x.endsWith(y) || y.endsWith(x);
}

/** Occurrences of `needle` in `hay`, not overlapping. */
function occurrences(hay: string, needle: string): number {
  return needle === '' ? 0 : hay.split(needle).length - 1;
}

/**
 * Places printing the title: its occurrences in the reach's lines that are no list entries (a title wrapped onto the next
 * line counted once, at its first line), a line it was read from though its words are not in one piece there (a wrapped title
 * with a sidebar's entry between its lines), and the metadata title when it reads the same. `listed`: occurrences in list entries.
 */
function placesOf(flat: string, readAt: readonly number[], spread: TitleSpread, text: readonly string[]): { places: number; listed: number } {
  let places = spread.metaTitle !== '' && flatTitle(spread.metaTitle) === flat ? 1 : 0;
  let listed = 0;
  const counted = new Set<number>();
  for (let k = 0; k < text.length; k++) {
    const own = occurrences(text[k]!, flat);
    // Wrapped: in the two lines joined, in neither alone (the next line's own occurrences are its own).
    const wrapped = own === 0 && k + 1 < text.length ? occurrences(text[k]! + text[k + 1]!, flat) - occurrences(text[k + 1]!, flat) : 0;
    const n = own + Math.max(0, wrapped);
    if (n > 0) counted.add(k);
    if (spread.entry(k)) listed += n;
    else places += n;
  }
  for (const line of new Set(readAt)) if (!counted.has(line - 1) && line - 1 < text.length) spread.entry(line - 1) ? listed++ : places++;
  return { places, listed };
}

/** Characters before a title that are no words of a name (a label's colon, a lost glyph, a space, a mark): junk a dump left before it. */
const NOT_NAME = /[^\p{Script=Han}]/u;

/**
 * A title reading another's words after words of its own that are no name ('名 \ufffd…': html2text's cut '名称：' label), or
 * naming its agency again after its year ('XX局2025年XX局政府…': a PDF line joining the info table's 发布机构 and 名称 cells):
 * not a title of its own.
 */
function junkOf(flat: string, others: readonly string[]): boolean {
  const y = /(?:19|20)\d{2}/.exec(flat);
  const head = y ? flat.slice(0, y.index) : '';
  if (head.length >= 4 && flat.slice(y!.index).includes(head.slice(-4))) return true;
  return others.some((o) => o !== flat && flat.endsWith(o) && NOT_NAME.test(flat.slice(0, flat.length - o.length)));
}

/**
 * The chosen title, or another title of its year printed in more places outside lists of links (`make` builds it from its
 * text and first line when no title was read there); with whether it is printed only in a list, and the rival titles printed as often.
 */
export function bySupport<T extends SupportCandidate & { trimmed: boolean }>(chosen: T, candidates: readonly T[], spread: TitleSpread, make: (text: string, line: number | undefined) => T): SupportVerdict<T> {
  const plain = { title: chosen, listedOnly: false, rivals: [] as string[] };
  // A heading read whole, in no list, is the printed title, whatever the page's furniture prints (a breadcrumb's or `<title>`'s
  // '…2023年…' over an <h1> '…二〇二三年度…').
  const heading = !chosen.trimmed && chosen.line !== undefined && !spread.entry(chosen.line - 1);
  if (yearIn(chosen.text) === null || heading) return plain;
  const text = spread.lines.slice(0, spread.reach).map((l) => flatTitle(metaText(l)));
  const chosenFlat = flatTitle(chosen.text);
  const read = new Map<string, T[]>();
  for (const c of [chosen, ...candidates]) {
    const flat = flatTitle(c.text);
    if (flat !== '' && (flat === chosenFlat || sameReport(chosen.text, c.text))) read.set(flat, [...(read.get(flat) ?? []), c]);
  }
  const meta = spread.metaTitle !== '' && sameReport(chosen.text, spread.metaTitle) ? flatTitle(spread.metaTitle) : '';
  const flats = [...new Set([...read.keys(), ...(meta ? [meta] : [])])];
  const junk = new Set(flats.filter((f) => junkOf(f, flats)));
  const counted = flats.map((flat) => ({ flat, ...placesOf(flat, (read.get(flat) ?? []).flatMap((c) => (c.line !== undefined ? [c.line] : [])), spread, text) }));
  // A title inside a longer one ('B局2025年…' in 'A市B局2025年…') is printed wherever the longer one is: those places are the
  // longer one's (a junk reading's places are the title's it holds: counted in its own lines already).
  const scored = counted
    .filter((s) => !junk.has(s.flat))
    .map((s) => {
      const longer = counted.filter((o) => o !== s && !junk.has(o.flat) && o.flat.includes(s.flat));
      return { ...s, places: Math.max(0, s.places - longer.reduce((n, o) => n + o.places, 0)), listed: Math.max(0, s.listed - longer.reduce((n, o) => n + o.listed, 0)) };
    });
  if (scored.length === 0) return plain;
  // Most places outside lists first; of as many, one printed outside a list, then the title chosen.
  const rank = (s: (typeof scored)[number]): number => s.places * 4 + (s.places > 0 || s.listed === 0 ? 2 : 0) + (s.flat === chosenFlat ? 1 : 0);
  const best = scored.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const own = read.get(best.flat) ?? [];
  const title = best.flat === chosenFlat ? chosen : (own.find((c) => !c.trimmed && !(c.line !== undefined && spread.entry(c.line - 1))) ?? make(own[0]?.text ?? spread.metaTitle, own[0]?.line ?? lineOf(text, best.flat)));
  const rivals = scored.filter((s) => s !== best && s.places > 0 && s.places >= best.places).map((s) => read.get(s.flat)?.[0]?.text ?? spread.metaTitle);
  return { title, listedOnly: best.places === 0 && best.listed > 0, rivals };
}

/** The 1-based line first printing the title (or its first half, wrapped), undefined when none does. */
function lineOf(text: readonly string[], flat: string): number | undefined {
  const k = text.findIndex((t, j) => t.includes(flat) || (j + 1 < text.length && (t + text[j + 1]!).includes(flat)));
  return k >= 0 ? k + 1 : undefined;
}
