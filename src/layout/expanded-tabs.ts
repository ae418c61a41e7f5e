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
 * one measure (they end anywhere in a `pdftotext -layout` or a browser's dump: 1 in 8 by chance), the
 * gaps of its lines are made tabs again — as many as the tab stops they cross, so each empty cell
 * comes back as an empty field — on the lines whose every such gap ends on a stop; a single space
 * ending on a stop is a tab on a line that has a tab gap too (a 7-byte value before the next cell),
 * and the white space ending a line after a piece that ends it (trailing empty cells) is counted the
 * same way. Leading white space stays (indentation). Other texts come back unchanged.
 */
import { displayWidth } from './aligned-columns.js';

/** Columns between two tab stops (every expander's default). */
const TAB_STOP = 8;
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
}

/** The gaps of a line after its first non-space character. */
function gapsOf(line: string): Gap[] {
  const out: Gap[] = [];
  const re = / +/g;
  const lead = line.length - line.trimStart().length;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index < lead || m.index === 0) continue;
    out.push({ from: m.index, to: m.index + m[0].length, last: m.index + m[0].length === line.length });
  }
  return out;
}

/** Tabs a gap stands for under `measure` (0: it does not end on a tab stop). */
function tabsOf(line: string, gap: Gap, measure: Measure): number {
  const p = measure(line.slice(0, gap.from));
  const q = measure(line.slice(0, gap.to));
  if (q % TAB_STOP !== 0) return 0;
  const firstStop = p - (p % TAB_STOP) + TAB_STOP;
  return q < firstStop ? 0 : (q - firstStop) / TAB_STOP + 1;
}

/** The measure whose tab stops ≥ MIN_ON_STOP of the text's inner gaps of 2+ spaces end on, or null. */
function expandMeasure(lines: readonly string[]): Measure | null {
  const inner = lines.flatMap((l) => gapsOf(l).filter((g) => !g.last && g.to - g.from >= 2).map((g) => ({ l, g })));
  if (inner.length < MIN_GAPS) return null;
  let best: { measure: Measure; on: number } | null = null;
  for (const measure of MEASURES) {
    const on = inner.filter(({ l, g }) => tabsOf(l, g, measure) > 0).length;
    if (!best || on > best.on) best = { measure, on };
  }
  return best && best.on >= MIN_ON_STOP * inner.length ? best.measure : null;
}

/** A line with its tab gaps made tabs again, or the line itself when one of its wide gaps ends off a stop. */
function retab(line: string, measure: Measure): string {
  const gaps = gapsOf(line);
  const tabs = gaps.map((g) => tabsOf(line, g, measure));
  // A wide inner gap off every stop: this line was not tab-separated (prose, a space-aligned block).
  if (gaps.some((g, i) => !g.last && g.to - g.from >= 2 && tabs[i] === 0)) return line;
  // No gap of 2+ spaces on a stop (a trailing one: a row of empty cells): no tab on this line.
  if (!gaps.some((g, i) => g.to - g.from >= 2 && tabs[i]! > 0)) return line;
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
  const measure = expandMeasure(lines);
  return measure ? lines.map((l) => retab(l, measure)) : lines;
}
