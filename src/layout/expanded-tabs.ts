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

/** Tabs a gap stands for under the expansion (0: it does not end on a tab stop). */
function tabsOf(line: string, gap: Gap, { measure, stop: TAB_STOP }: Expansion): number {
  const p = measure(line.slice(0, gap.from));
  const q = measure(line.slice(0, gap.to));
  if (q % TAB_STOP !== 0) return 0;
  if (gap.first) return q / TAB_STOP;
  const firstStop = p - (p % TAB_STOP) + TAB_STOP;
  return q < firstStop ? 0 : (q - firstStop) / TAB_STOP + 1;
}

/** The expansion on whose tab stops ≥ MIN_ON_STOP of the text's inner gaps of 2+ spaces end, or null. */
function expansionOf(lines: readonly string[]): Expansion | null {
  const inner = lines.flatMap((l) => gapsOf(l).filter((g) => !g.last && !g.first && g.to - g.from >= 2).map((g) => ({ l, g })));
  if (inner.length < MIN_GAPS) return null;
  for (const stop of TAB_STOPS) {
    let best: { e: Expansion; on: number } | null = null;
    for (const measure of MEASURES) {
      const e = { measure, stop };
      const on = inner.filter(({ l, g }) => tabsOf(l, g, e) > 0).length;
      if (!best || on > best.on) best = { e, on };
    }
    if (best && best.on >= MIN_ON_STOP * inner.length) return best.e;
  }
  return null;
}

/** A line with its tab gaps made tabs again, or the line itself when one of its wide gaps ends off a stop. */
function retab(line: string, e: Expansion): string {
  const gaps = gapsOf(line);
  const tabs = gaps.map((g) => tabsOf(line, g, e));
  // A wide inner gap off every stop: this line was not tab-separated (prose, a space-aligned block).
  if (gaps.some((g, i) => !g.last && !g.first && g.to - g.from >= 2 && tabs[i] === 0)) return line;
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
