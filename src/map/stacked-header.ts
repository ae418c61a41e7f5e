/**
 * @file Header cells wrapped over several lines whose pieces are stacked vertically: each column's
 * word is split across the header band's lines ('自然' over '人', '商业企' over '业', '社会公' over
 * '益组织'), so neither a line nor the band joined in reading order names the columns. The pieces
 * are positioned only by their order on each line (pdftotext -layout and PDF lines shift a line's
 * pieces by its other text — a long note in the first cell pushes '自然' far right of its '人' — so
 * character columns do not align across lines). A lower line whose pieces each complete an open
 * piece above it (a proper prefix of a column word: 自然 + 人 = 自然人), the pieces taken from each
 * upper line in that line's order, names the columns in its own order; the upper lines' other
 * pieces keep their place next to the pieces they were printed beside. The result is one more
 * text for the header band to be read as (header-order.ts); it never decides an order by itself.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { maxOf } from '../_internal/extremes.js';

/** A piece of a header line: its text, and whether it is a proper prefix of a column word (a wrapped cell's upper part). */
interface Piece {
  text: string;
  line: number;
  open: boolean;
}

/** Fewest completed pieces for a line to count as the lower part of a stacked header (one join can be chance). */
const MIN_JOINS = 2;

const isPrefix = (t: string, words: readonly string[]): boolean => words.some((w) => w.length > t.length && w.startsWith(t));
const isWordOrPrefix = (t: string, words: readonly string[]): boolean => words.some((w) => w.startsWith(t));

/**
 * A line's pieces: whitespace-separated runs, each cut into the longest runs that are (prefixes
 * of) column words ('科研机社会公益法律服务机其他' → 科研机 / 社会公益 / 法律服务机 / 其他), other text kept in runs.
 */
function piecesOf(text: string, line: number, words: readonly string[]): Piece[] {
  const out: Piece[] = [];
  // No piece longer than the longest word is a word or a prefix of one (a line of prose is one long run).
  const longest = maxOf(words.map((w) => w.length), 0);
  for (const run of text.split(/\s+/).filter((r) => r !== '')) {
    let other = '';
    let i = 0;
    while (i < run.length) {
      let len = 0;
      for (let n = Math.min(run.length - i, longest); n >= 2; n--) {
        if (isWordOrPrefix(run.slice(i, i + n), words)) {
          len = n;
          break;
        }
      }
      if (len === 0) {
        other += run[i];
        i++;
        continue;
      }
      if (other) out.push({ text: other, line, open: false });
      other = '';
      const t = run.slice(i, i + len);
      out.push({ text: t, line, open: isPrefix(t, words) });
      i += len;
    }
    // A one-character run that starts a word (其 over 他, 总 over 计) is an open piece too.
    if (other) out.push({ text: other, line, open: other.length === 1 && isPrefix(other, words) });
  }
  return out;
}

/**
 * Joins the pieces of `above` that `lower` completes: each lower piece to the first open piece
 * (per upper line, after the last one joined on that line) that it extends to a column word or a
 * longer prefix of one. Null unless every lower piece joins and at least MIN_JOINS do.
 */
function join(above: readonly Piece[], lower: readonly Piece[], words: readonly string[]): Map<Piece, Piece> | null {
  const joined = new Map<Piece, Piece>();
  const lastOfLine = new Map<number, number>();
  for (const p of lower) {
    const i = above.findIndex((a, k) => a.open && !joined.has(a) && k > (lastOfLine.get(a.line) ?? -1) && isWordOrPrefix(a.text + p.text, words));
    if (i < 0) return null;
    joined.set(above[i]!, p);
    lastOfLine.set(above[i]!.line, i);
  }
  return joined.size >= MIN_JOINS ? joined : null;
}

/**
 * The header band's lines read with their stacked pieces joined: for each line whose pieces all
 * complete open pieces above it, the text of the joined words in that line's order, the upper
 * lines' other pieces inserted after the piece they followed on their line. Empty when no line does.
 */
export function stackedTexts(texts: readonly string[], words: readonly string[]): string[] {
  const out: string[] = [];
  let above: Piece[] = [];
  texts.forEach((t, line) => {
    const lower = piecesOf(t, line, words);
    const joined = lower.length ? join(above, lower, words) : null;
    if (!joined) {
      above = [...above, ...lower];
      return;
    }
    const byLower = new Map([...joined].map(([a, p]) => [p, a]));
    const placed = new Set(joined.keys());
    const seq: Piece[] = [];
    for (const p of lower) {
      const a = byLower.get(p)!;
      // The upper line's pieces printed before this one and not yet placed go first (a note, a group word).
      for (const b of above) if (b.line === a.line && !placed.has(b) && above.indexOf(b) < above.indexOf(a)) {
        seq.push(b);
        placed.add(b);
      }
      seq.push({ text: a.text + p.text, line: a.line, open: isPrefix(a.text + p.text, words) });
    }
    for (const b of above) if (!placed.has(b) && [...joined.keys()].some((a) => a.line === b.line)) seq.push(b);
    out.push(seq.map((p) => p.text).join(' '));
    // Lines of the band not joined stay above, as do the joined words (a third line may extend them).
    above = [...above.filter((b) => !placed.has(b) && ![...joined.keys()].some((a) => a.line === b.line)), ...seq.map((p) => ({ ...p, line }))];
  });
  return out;
}

/** Lines of a table read for stacked words at most (the pieces above a line grow with the lines left unjoined). */
const MAX_STACK_LINES = 200;
/** Characters (spaces left out) of a line read for stacked words at most: a header line of narrow cells is short, a paragraph is not read. */
const MAX_STACK_LINE_CHARS = 60;

/**
 * `stackedTexts` over a table's lines, each run normalised and its digits dropped (a run of narrow
 * cells glued to their values: '规范性 13 17'): what wrapped header words the table prints whole
 * only when its pieces are joined (table 二's '本年新' / '制作数' / '量' for template detection).
 */
export function stackedLineTexts(lines: readonly Line[], words: readonly string[]): string[] {
  const short = lines.filter((l) => l.cells.join('').replace(/\s/g, '').length <= MAX_STACK_LINE_CHARS);
  const texts = short.slice(0, MAX_STACK_LINES).map((l) => l.cells.join(' ').split(/\s+/).map((r) => normalizeLabel(r).replace(/\d/g, '')).join(' '));
  return stackedTexts(texts, words);
}
