/**
 * @file A tab-separated dump whose tabs were expanded to spaces (`expand`, an editor's "tabs to
 * spaces", a CRLF re-save: breakit52 crlf-expand). In the tab dump an empty cell is an empty field
 * between two tabs; expanded, each tab became the spaces up to the next tab stop, so an empty cell is
 * 8 spaces more and the spaces between two values say how many cells lie between them — but only
 * counted from tab stop to tab stop, in the measure the expander counted by (GNU `expand` counts
 * UTF-8 bytes, a multibyte-aware one characters, an editor display columns). Read as a space-aligned
 * table, a row's numbers shift with its label's width (a blank-zero table: no column anchors).
 *
 * When a text's gaps of 2+ spaces between two pieces of text nearly all end exactly on a tab stop of
 * one measure, stops 8 (else 4) apart (they end anywhere in a `pdftotext -layout` or a browser's dump: 1 in 8 by chance), the
 * gaps of its lines are made tabs again — as many as the tab stops they cross, so each empty cell
 * comes back as an empty field — on the lines whose every such gap ends on a stop; a single space
 * ending on a stop is a tab on a line that has a tab gap too (a 7-byte value before the next cell),
 * and the white space ending a line (trailing empty cells) or starting one that has tab gaps too
 * (leading empty cells: table 四's row, '        5       …') is counted the same way. Leading white
 * space of other lines stays (indentation). Other texts come back unchanged.
 */
import { displayWidth } from './aligned-columns.js';

/** Columns between two tab stops: every expander's default 8, then 4 (an editor's setting; a gap on a stop of 8 is on one of 4 too). */
const TAB_STOPS = [8, 4] as const;
/** Gaps of 2+ spaces a text must show before its gaps are judged (a few table rows). */
const MIN_GAPS = 20;
/** Share of those gaps that must end on a tab stop under one measure (by chance: 1 in 8). */
const MIN_ON_STOP = 0.95;

type Measure = (s: string) => number;
const byteCount: Measure = (s) => Buffer.byteLength(s, 'utf8');
const charCount: Measure = (s) => [...s].length;
/** The measures an expander counts by, in the order preferred on a tie (ASCII-only rows agree in all). */
const MEASURES: readonly Measure[] = [byteCount, charCount, displayWidth];

/** A run of spaces inside a line: where it starts and ends in the line (string indexes), and whether it ends the line. */
interface Gap {
  from: number;
  to: number;
  last: boolean;
  /** It starts the line (leading empty cells, or indentation). */
  first: boolean;
}

/** The gaps of a line. */
function gapsOf(line: string): Gap[] {
  const out: Gap[] = [];
  const re = / +/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ from: m.index, to: m.index + m[0].length, last: m.index + m[0].length === line.length, first: m.index === 0 });
  return out;
}

/** How the tabs were expanded: columns counted by `measure`, stops `stop` apart. */
interface Expansion {
  measure: Measure;
  stop: number;
}

/** Where each gap starts and ends in `measure`'s columns: one walk along the line (a long line is measured once, not per gap). */
function gapColumns(line: string, gaps: readonly Gap[], measure: Measure): { p: number; q: number }[] {
  let at = 0;
  let col = 0;
  return gaps.map((g) => {
    const p = col + measure(line.slice(at, g.from));
    col = p + (g.to - g.from);
    at = g.to;
    return { p, q: col };
  });
}

/** Tabs a gap from column p to q stands for with stops `stop` apart (0: it does not end on a stop). */
function tabsOf({ p, q }: { p: number; q: number }, gap: Gap, stop: number): number {
  if (q % stop !== 0) return 0;
  if (gap.first) return q / stop;
  const firstStop = p - (p % stop) + stop;
  return q < firstStop ? 0 : (q - firstStop) / stop + 1;
}

/** A gap between two pieces of text, 2+ spaces wide: what tells an expanded dump. */
const wideInner = (g: Gap): boolean => !g.last && !g.first && g.to - g.from >= 2;

/** The expansion on whose tab stops ≥ MIN_ON_STOP of the text's inner gaps of 2+ spaces end, or null. */
function expansionOf(lines: readonly string[]): Expansion | null {
  const withGaps = lines.map((l) => ({ l, gaps: gapsOf(l) })).filter(({ gaps }) => gaps.some(wideInner));
  const inner = withGaps.reduce((n, { gaps }) => n + gaps.filter(wideInner).length, 0);
  if (inner < MIN_GAPS) return null;
  const columns = MEASURES.map((measure) => withGaps.map(({ l, gaps }) => gapColumns(l, gaps, measure)));
  for (const stop of TAB_STOPS) {
    let best: { e: Expansion; on: number } | null = null;
    MEASURES.forEach((measure, m) => {
      let on = 0;
      withGaps.forEach(({ gaps }, i) => gaps.forEach((g, k) => (on += wideInner(g) && tabsOf(columns[m]![i]![k]!, g, stop) > 0 ? 1 : 0)));
      if (!best || on > best.on) best = { e: { measure, stop }, on };
    });
    const found = best as { e: Expansion; on: number } | null;
    if (found && found.on >= MIN_ON_STOP * inner) return found.e;
  }
  return null;
}

/** A line with its tab gaps made tabs again, or the line itself when one of its wide gaps ends off a stop. */
function retab(line: string, e: Expansion): string {
  const gaps = gapsOf(line);
  const cols = gapColumns(line, gaps, e.measure);
  const tabs = gaps.map((g, i) => tabsOf(cols[i]!, g, e.stop));
  // A wide inner gap off every stop: this line was not tab-separated (prose, a space-aligned block).
  if (gaps.some((g, i) => wideInner(g) && tabs[i] === 0)) return line;
  // No gap of 2+ spaces on a stop after its text (a trailing one: a row of empty cells): no tab on this line, its indentation kept.
  if (!gaps.some((g, i) => !g.first && g.to - g.from >= 2 && tabs[i]! > 0)) return line;
  let out = '';
  let at = 0;
  gaps.forEach((g, i) => {
    if (tabs[i] === 0) return;
    out += line.slice(at, g.from) + '\t'.repeat(tabs[i]!);
    at = g.to;
  });
  return out + line.slice(at);
}

/** The text's lines with expanded tabs put back (see the file comment); the same array when it is no expanded tab dump. */
export function restoreExpandedTabs(lines: string[]): string[] {
  if (lines.some((l) => l.includes('\t'))) return lines;
  const e = expansionOf(lines);
  return e ? lines.map((l) => retab(l, e)) : lines;
}
