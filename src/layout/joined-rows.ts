/**
 * @file Rows of a drawn table that an archiver joined onto one line. A crawler or archiver that
 * drops newlines leaves several rows of a w3m / lynx box table ('│…│ │…│ ├──┼──┤') or of an
 * html2text / markdown '|' table on one line, joined with nothing, a space or a tab, maybe with
 * the prose line before or after them. The row boundaries are found again from the separators and
 * the table's own row shape: a drawn table's rows are all one display width (box tables), or hold
 * one of the few bar counts its rows hold ('|' tables). The document's row lines give those
 * measures (a measure seen on 2+ lines, unless those lines all split into rows of smaller ones);
 * a joined line is split at a right border followed by a left one ('│ │', '││', '┤\t├') where each
 * piece has a measure of the document's — only when exactly one such split exists. A line that
 * splits no way or in several ways is left as it is (read as before: its values not confirmed).
 */
import { displayWidth } from './aligned-columns.js';
import { LEFT_EDGES, RIGHT_EDGES } from './grid-tables.js';

/** Characters a drawn row or border line starts with / ends with. */
const LEFT = new RegExp(`[${LEFT_EDGES}]`);
const RIGHT = new RegExp(`[${RIGHT_EDGES}]`);
/** Box-drawing characters: a line holding one is measured by its display width. */
const BOX = /[\u2500-\u257f]/;
/** A bar of a '|' table (its cells' separators). */
const BAR = /\|/g;
/** A row line: starts with a left border, ends with a right one. */
const ROW_LINE = new RegExp(`^[${LEFT_EDGES}].*[${RIGHT_EDGES}]$`);
/** chars. Lines longer than this are left as they are (the split is quadratic in its boundaries). */
const MAX_LINE = 20_000;
/** Boundaries on one line past which it is left as it is. */
const MAX_BOUNDARIES = 1_500;
/** Lines a measure is seen on before it is a row shape of the document. */
const MIN_SEEN = 2;

type Measure = (piece: string) => number;

const boxMeasure: Measure = (piece) => displayWidth(piece);
const barMeasure: Measure = (piece) => piece.match(BAR)?.length ?? 0;

/** The measure a row line is compared by (null: no drawn row). */
function measureOf(line: string): Measure | null {
  if (BOX.test(line)) return boxMeasure;
  if (line.includes('|')) return barMeasure;
  return null;
}

/**
 * The ways `core` (a left border … a right border) splits into pieces at boundaries (a right border,
 * nothing or one space or tab, a left border), each piece's measure in `shapes`: the unique split's piece
 * starts/ends, or null (none, or more than one).
 */
function uniqueSplit(core: string, measure: Measure, shapes: Set<number>): Array<[number, number]> | null {
  // Piece starts: 0 and each left border after a right border (spaces/tabs between).
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < core.length - 1; i++) {
    if (!RIGHT.test(core[i]!)) continue;
    // The joint: nothing, a space or a tab (a wider gap between two bars is an empty cell).
    let j = i + 1;
    if (core[j] === ' ' || core[j] === '\t') j++;
    if (j < core.length && LEFT.test(core[j]!)) {
      ends.push(i + 1);
      starts.push(j);
    }
    if (ends.length > MAX_BOUNDARIES) return null;
  }
  if (ends.length === 0) return null;
  ends.push(core.length);
  // ways[k]: splits of core[starts[k]…] (capped at 2); next[k]: the end index of the first piece of the unique one.
  const n = starts.length;
  const ways = new Array<number>(n + 1).fill(0);
  const next = new Array<number>(n).fill(-1);
  ways[n] = 1;
  for (let k = n - 1; k >= 0; k--) {
    for (let e = k; e < n; e++) {
      if (ways[e + 1] === 0) continue;
      if (!shapes.has(measure(core.slice(starts[k]!, ends[e]!)))) continue;
      ways[k] = Math.min(2, ways[k]! + ways[e + 1]!);
      next[k] = e;
      if (ways[k] === 2) break;
    }
  }
  if (ways[0] !== 1) return null;
  const pieces: Array<[number, number]> = [];
  for (let k = 0; k < n; k = next[k]! + 1) pieces.push([starts[k]!, ends[next[k]!]!]);
  return pieces.length > 1 ? pieces : null;
}

/**
 * The row shapes (measures) of the document's row lines: seen on 2+ lines, smallest first, each
 * kept unless every line of it splits into rows of the smaller shapes kept (two rows joined the
 * same way on two lines give no shape).
 */
function rowShapes(lines: string[], kind: Measure): Set<number> {
  const byMeasure = new Map<number, string[]>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > MAX_LINE || !ROW_LINE.test(line) || measureOf(line) !== kind) continue;
    const m = kind(line);
    byMeasure.set(m, [...(byMeasure.get(m) ?? []), line]);
  }
  const shapes = new Set<number>();
  for (const [m, of] of [...byMeasure].sort((a, b) => a[0] - b[0])) {
    if (of.length < MIN_SEEN) continue;
    if (shapes.size > 0 && of.every((line) => uniqueSplit(line, kind, shapes) !== null)) continue;
    shapes.add(m);
  }
  return shapes;
}

/** The dump's lines with the rows of drawn tables joined on one line split back, one row per line. */
export function splitJoinedRows(lines: string[]): string[] {
  if (!lines.some((l) => l.length <= MAX_LINE && (BOX.test(l) || l.includes('|')))) return lines;
  const shapes = new Map<Measure, Set<number>>([
    [boxMeasure, rowShapes(lines, boxMeasure)],
    [barMeasure, rowShapes(lines, barMeasure)],
  ]);
  let changed = false;
  const out: string[] = [];
  for (const raw of lines) {
    const kind = raw.length <= MAX_LINE ? measureOf(raw) : null;
    const set = kind ? shapes.get(kind)! : null;
    if (!kind || !set || set.size === 0) {
      out.push(raw);
      continue;
    }
    // The drawn part: first left border to last right border; text before / after with no border is prose.
    let first = -1;
    for (let i = 0; i < raw.length; i++) if (LEFT.test(raw[i]!)) { first = i; break; }
    let last = -1;
    for (let i = raw.length - 1; i >= 0; i--) if (RIGHT.test(raw[i]!)) { last = i; break; }
    if (first < 0 || last <= first) {
      out.push(raw);
      continue;
    }
    const core = raw.slice(first, last + 1);
    const before = raw.slice(0, first);
    const after = raw.slice(last + 1);
    if (set.has(kind(core))) {
      // One row; prose joined before or after a box row (no text browser prints one there) on its own line.
      if (kind !== boxMeasure || (before.trim() === '' && after.trim() === '')) {
        out.push(raw);
        continue;
      }
      changed = true;
      if (before.trim() !== '') out.push(before.trimEnd());
      out.push(core);
      if (after.trim() !== '') out.push(after.trim());
      continue;
    }
    const pieces = uniqueSplit(core, kind, set);
    if (!pieces) {
      out.push(raw);
      continue;
    }
    changed = true;
    if (before.trim() !== '') out.push(before.trimEnd());
    for (const [s, e] of pieces) out.push(core.slice(s, e));
    if (after.trim() !== '') out.push(after.trim());
  }
  return changed ? out : lines;
}
