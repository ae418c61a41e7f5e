/**
 * @file Stage 3, sections: lines → the six standard sections in document order, each with its
 * heading as printed, a confidence, its text and its line range (tables are looked for there).
 */
import type { Line } from '../model/document.js';
import type { SectionKey } from '../schema/report.js';
import { lineText } from '../meta/line-text.js';
import { matchHeading, type HeadingMatch } from './match-heading.js';
import { cutHeading } from './cut-heading.js';
import { SECTION_HEADINGS } from './heading-patterns.js';

/** A found section. `start`/`end` index into the document's lines (end exclusive). */
export interface FoundSection {
  key: SectionKey;
  heading: string;
  confidence: number;
  start: number;
  end: number;
  text: string;
  /** The section's lines; text that followed the heading on its own line comes first. */
  body: Line[];
}

/** A line that may be a piece of a heading split over lines: short, no digit or sentence punctuation. */
const HEADING_PIECE = /^[^\d，。,;；:：]{1,16}$/;
/**
 * A heading's first piece: its numeral as headings print it ('二、', '（三', '4.', not a sheet's name '三'), maybe with
 * the title's first words ('三、收到和'; '4.政府信息公开行政复议、' wrapped on a narrow page before '行政诉讼情况').
 */
const NUMBERED_PIECE = /^\s*(?:[（(][一二三四五六七八九十][)）]?|[一二三四五六七八九十1-9][、.．])\s*[^\d，。,;；:：]{0,14}$/;
/** A heading's numeral at a line's start ('四、', '（三）', '4.'). */
const LEAD_NUMERAL = /^\s*(?:[（(]([一二三四五六七八九十]+)[)）]|([一二三四五六七八九十1-9]+)\s*[、.．])/;
/**
 * True when two lines start with the same heading numeral ('四、结转下年度继续办理', '四、政府信息公开行政复议、行'): the
 * second is a heading (or a row label) of its own, never the rest of the first — table 三's last row printed alone
 * (`mutool draw -F txt`, a narrow page's print) had taken table 四's wrapped heading as its tail.
 */
const sameNumeral = (a: string, b: string): boolean => {
  const numeral = (t: string): string | undefined => {
    const m = LEAD_NUMERAL.exec(t);
    return m ? `${m[1] ?? ''}|${m[2] ?? ''}` : undefined;
  };
  const [x, y] = [numeral(a), numeral(b)];
  return x !== undefined && x === y;
};
/** Most lines a heading is split over (a page's text nodes: '二、' / '主动公开政府' / '信息情况'). */
const MAX_HEADING_PIECES = 3;

/**
 * Picks, for each key, its best-scoring heading line (the first one on ties). A heading whose runs
 * came as lines of their own (a spider's text nodes, bold runs of a page: '二、' / '主动公开政府' /
 * '信息情况') is read joined, from a numbered first piece, when joined it scores above its first line.
 */
function pickHeadings(lines: readonly Line[]): (HeadingMatch & { index: number; span: number })[] {
  const best = new Map<SectionKey, HeadingMatch & { index: number; span: number }>();
  // A long dump repeats its lines (a table printed many times): each distinct text is matched once.
  const memo = new Map<string, HeadingMatch | null>();
  const matchOf = (text: string): HeadingMatch | null => {
    let match = memo.get(text);
    if (match === undefined) memo.set(text, (match = matchHeading(text)));
    return match;
  };
  /**
   * A heading line followed at once by another section's heading (a contents list printing the
   * headings one a line): an equal heading later, with a body, is the section's.
   */
  const listedHeading = (h: HeadingMatch & { index: number; span: number }): boolean => {
    const next = lines[h.index + h.span];
    const m = next ? matchOf(lineText(next)) : null;
    return m !== null && m.key !== h.key && m.rest === '';
  };
  lines.forEach((line, index) => {
    const text = lineText(line);
    let match = matchOf(text);
    let span = 1;
    if (NUMBERED_PIECE.test(text) && (!match || match.rest === '')) {
      let joined = text;
      for (let k = 1; k < MAX_HEADING_PIECES && index + k < lines.length; k++) {
        const next = lineText(lines[index + k]!);
        // A piece starting with the first piece's own numeral starts a heading of its own: the line before it is no
        // heading's first piece (table 三's last row printed blank, '四、结转下年度继续办理', above a heading wrapped on a
        // narrow page, '四、政府信息公开行政复议、行' / '政诉讼情况': joined, the row was taken for table 四's heading).
        if (!HEADING_PIECE.test(next.trim()) || sameNumeral(text, next)) break;
        joined += next.trim();
        const m = matchOf(joined);
        if (m && m.rest === '' && m.score > (match?.score ?? 0)) {
          match = m;
          span = k + 1;
        }
      }
    }
    if (!match) return;
    const prev = best.get(match.key);
    if (!prev || match.score > prev.score || (match.score === prev.score && listedHeading(prev))) best.set(match.key, { ...match, index, span });
  });
  return [...best.values()].sort((a, b) => a.index - b.index);
}

type PickedHeading = HeadingMatch & { index: number; span: number };

/**
 * Adds, for each section no heading was found for, a numbered heading OCR cut or misread
 * (`cut-heading.ts`) found between the headings of the sections around it in template order — the
 * nearest earlier section's must be found (a table of contents or a list before the report's
 * sections stays text), and the line must lie before the nearest later section's heading.
 */
function addCutHeadings(lines: readonly Line[], heads: PickedHeading[]): PickedHeading[] {
  const found = new Map(heads.map((h) => [h.key, h]));
  const order = SECTION_HEADINGS.map((h) => h.key);
  const added: PickedHeading[] = [];
  order.forEach((key, k) => {
    if (found.has(key)) return;
    const before = order.slice(0, k).reverse().map((x) => found.get(x)).find((h) => h !== undefined);
    const after = order.slice(k + 1).map((x) => found.get(x)).find((h) => h !== undefined);
    if (!before) return;
    const hi = after?.index ?? lines.length;
    for (let i = before.index + before.span; i < hi; i++) {
      let match: HeadingMatch | null = null;
      let span = 0;
      let joined = '';
      for (let n = 1; n <= MAX_HEADING_PIECES && i + n <= hi; n++) {
        const piece = lineText(lines[i + n - 1]!);
        if (n > 1 && !HEADING_PIECE.test(piece.trim())) break;
        joined += n > 1 ? piece.trim() : piece;
        const m = cutHeading(joined, key);
        if (m) [match, span] = [m, n];
      }
      if (match) {
        added.push({ ...match, index: i, span });
        return;
      }
    }
  });
  return added.length === 0 ? heads : [...heads, ...added].sort((a, b) => a.index - b.index);
}

/** Finds the standard sections. Sections not found are simply absent (a warning is raised later). */
export function findSections(lines: readonly Line[]): FoundSection[] {
  const heads = addCutHeadings(lines, pickHeadings(lines));
  return heads.map((h, i) => {
    const end = heads[i + 1]?.index ?? lines.length;
    const headLine = lines[h.index];
    const rest: Line[] = h.rest.trim() && headLine ? [{ ...headLine, cells: [h.rest.trim()], separated: false }] : [];
    const body = [...rest, ...lines.slice(Math.min(h.index + h.span, end), end)];
    const text = body.map(lineText).join('\n');
    return { key: h.key, heading: h.heading, confidence: Math.round(h.score * 100) / 100, start: h.index, end, text, body };
  });
}
