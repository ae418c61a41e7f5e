/**
 * @file Table 三's column header of a space-aligned dump whose header cells are narrow (Ghostscript
 * `txtwrite`, `pdftotext -layout` of a page whose table cells are a few ems wide): every header word
 * is wrapped inside its cell — '商业企' over '业', '法人或' / '其他组' / '织' — and cells side by side
 * touch, so one printed line holds pieces of several columns glued ('自然人其他组',
 * '商业企科研机社会公法律服其他'). Read line by line no word is whole and the columns' order is not
 * known. A wrapped cell's pieces start at the cell's left edge, so each column word is looked for as
 * a stack: its first characters on one line, the rest on the lines below starting at the same place
 * (within STACK_SLACK), the lines skipped in between printing nothing there, no piece longer than the
 * first (a cell wraps at its width; a converter may split one of its lines in two). Group words
 * (法人或其他组织, 申请人情况) are placed first and their characters taken; then each leaf must stack
 * in exactly one way (a header printing no group word: the sub-columns' pieces stand for its span).
 * The order is read from the pieces' places (see lineOrder). Positions are display columns (a U+FFFD
 * stands for an ideograph), rebuilt from the line's cell starts, with an ideograph counted two
 * columns wide and, again, one (map/stack-band, which also tells from the value rows which of the
 * two the dump counted); the converters' spacing is approximate, hence the slack.
 */
import type { Line } from '../model/document.js';
import { memoByObject } from '../_internal/memo.js';
import { VARIANTS } from './header-order.js';
import { REQUEST_GROUP, REQUEST_HEADER, REQUEST_LEAVES, SWAPPABLE_REQUEST } from './header-words.js';
import { BAND_START, headerBand, ideographWidth, MIN_VALUES, runsOf, type Glyph } from './stack-band.js';
import { tick } from '../_internal/work-budget.js';

/** Display columns. Pieces of one wrapped cell start this close to each other (converters round their spacing). */
const STACK_SLACK = 2;
/** Lines a stack may skip between two pieces (cells centred in a taller row interleave their lines: '自' / … / '然'). */
const MAX_SKIP = 4;
/** Display columns. Two pieces on different lines this far apart (both ways of counting, or the way the dump counts: see lineOrder) are in different columns, in that order. */
const LEAD_GAP = 3;
/** Characters of a word per miscoded glyph it may hold ('法人或�他组�', '社会�' / '益' / '组�'). */
const MISCODED_PER = 3;
/** Group words over the leaves: placed first, their characters not read as leaves (其他 inside 法人或其他组织). */
const GROUPS = [REQUEST_GROUP, '申请人情况'];

/** A piece of a word: line index, run index, glyph range [from, to). */
interface Piece {
  line: number;
  run: number;
  from: number;
  to: number;
}
type Placement = Piece[];


/** A glyph the converter miscoded: U+FFFD, or a Latin letter or sign among ideographs ('w' for 其: layout/miscoded-chars). */
const miscoded = (g: Glyph): boolean => g.ch === '\uFFFD' || /^[^\d\s\u2e80-\u9fff]$/.test(g.ch);
const same = (g: Glyph, ch: string): boolean => g.ch === ch || miscoded(g);
const near = (g: Glyph, x: number): boolean => Math.abs(g.x - x) <= STACK_SLACK;
const key = (p: Piece, i: number): string => `${p.line}:${p.run}:${i}`;

/** Every way `word` stacks in `band` (glyphs in `taken` excluded), with at most one miscoded glyph per MISCODED_PER characters when wrapped or a group word (one in a shorter word, or a column word printed whole, as map/header-order reads it). */
function placements(word: string, band: readonly Glyph[][][], taken: ReadonlySet<string>): Placement[] {
  const out: Placement[] = [];
  const free = (line: number, run: number, i: number): boolean => !taken.has(`${line}:${run}:${i}`);
  /** Pieces from `from` matching `rest`, continuing below at column `x0` with pieces at most `width` long. */
  const extend = (rest: string, line: number, run: number, from: number, x0: number, width: number | null, sofar: Placement): void => {
    tick();
    const glyphs = band[line]![run]!;
    for (let to = from + 1; to <= glyphs.length && to - from <= rest.length; to++) {
      if (!same(glyphs[to - 1]!, rest[to - from - 1]!) || !free(line, run, to - 1)) break;
      const piece = { line, run, from, to };
      const len = to - from;
      if (len === rest.length) {
        if (width === null || len <= width) out.push([...sofar, piece]);
        break;
      }
      if (width !== null && len > width) break;
      below(rest.slice(len), line, x0, width ?? len, [...sofar, piece]);
    }
  };
  const below = (rest: string, line: number, x0: number, width: number, sofar: Placement): void => {
    for (let j = line + 1; j < band.length && j <= line + 1 + MAX_SKIP; j++) {
      band[j]!.forEach((glyphs, r) => glyphs.forEach((g, i) => near(g, x0) && extend(rest, j, r, i, x0, width, sofar)));
      // A line printing a cell here ends the search: the cell's next piece is there or nowhere. Printing here is a glyph
      // at this very column or a piece starting near it; the inside of a piece of the next cell over, starting a few
      // columns before, is not (cells of two heights interleave their lines: '社会' / '商业 科研' / '公益' / '企业 机构' / '组织').
      if (band[j]!.some((glyphs) => glyphs.some((g, i) => g.x === x0 || (i === 0 && near(g, x0))))) break;
    }
  };
  band.forEach((runs, line) => runs.forEach((glyphs, run) => glyphs.forEach((_, i) => extend(word, line, run, i, glyphs[i]!.x, null, []))));
  const misses = (p: Placement): number => p.flatMap((pc) => band[pc.line]![pc.run]!.slice(pc.from, pc.to)).filter(miscoded).length;
  return out.filter((p) => misses(p) <= (p.length > 1 || GROUPS.includes(word) ? Math.max(1, Math.floor(word.length / MISCODED_PER)) : 1));
}

const glyphKeys = (p: Placement): string[] => p.flatMap((pc) => Array.from({ length: pc.to - pc.from }, (_, k) => key(pc, pc.from + k)));

/** A leaf's one placement over all its forms (a short form inside the full word's placement is the same cell); null unless exactly one. */
function onePlacement(forms: readonly string[], band: readonly Glyph[][][], taken: ReadonlySet<string>): Placement | null {
  const all = forms.flatMap((w) => placements(w, band, taken));
  const sets = all.map((p) => new Set(glyphKeys(p)));
  const maximal = all.filter((_, i) => !sets.some((s, j) => j !== i && s.size > sets[i]!.size && [...sets[i]!].every((k) => s.has(k))));
  const distinct = new Map(maximal.map((p) => [glyphKeys(p).join(), p]));
  return distinct.size === 1 ? [...distinct.values()][0]! : null;
}


/**
 * Table 三's leaves in the order their stacked header cells print them (see the file comment), or
 * null when the band's lines carry no positions, some word does not stack in exactly one way, or
 * the order is not printed. Places are only compared on one line, where a converter keeps the
 * printed order exactly: across lines its spacing drifts (Ghostscript places a cell after glued
 * ideographs as if each were one column wide, a laid-out dump as two), so the stacks are looked for
 * both ways and must not disagree. The order: 自然人, the group and 总计 as pieces of them share
 * lines, the group's sub-columns as theirs do.
 */
export function stackedRequestLeaves(lines: readonly Line[]): string[] | null {
  const leaves = stackedLeaves(lines);
  return leaves && [...leaves];
}

/** stackedRequestLeaves' reading, once per lines (map/printed-order's probe and map/column-order read the same header). */
const stackedLeaves = memoByObject((lines: readonly Line[]): string[] | null => {
  const found = headerBand(lines);
  if (!found) return null;
  // The value rows may tell how the dump counts an ideograph: then places on different lines are compared so counted.
  // (Stacks are still looked for both ways: a converter's spacing drifts between lines whatever it counts.)
  const known = ideographWidth(found.rows);
  const [narrow, wide2] = [leavesAt(found.band, 1, known), leavesAt(found.band, 2, known)];
  if (narrow && wide2 && narrow.join() !== wide2.join()) return null;
  return narrow ?? wide2 ?? leavesByColumns(found.band, found.rows[0]);
});

/** Columns a table 三 value row prints (its seven leaves). */
const VALUE_COLUMNS = REQUEST_LEAVES.length;
/** Display columns (an ideograph one). A header piece starts at most this far left of the first value column (a left-aligned header over right-aligned numbers). */
const LEFT_OF_VALUES = 2;
/** Display columns (an ideograph one). One column's pieces start within this of each other (pdftotext -layout drifts a drawn line sideways by what is left of it). */
const COLUMN_DRIFT = 6;
/** Ways of reading the band at most, and steps of the search: past either, nothing is read. */
const MAX_READINGS = 4;
const MAX_STEPS = 100_000;

/**
 * The leaves in printed order read column by column, when the stacks above do not read (single
 * ideographs drifting sideways line by line, '自然 商 科 … 总' / '人 业 研 社会 法律 其 计' /
 * '企 机 公益 服务 他' / '业 构 组织 机构': `pdftotext -layout` of a Chromium page). The first value
 * row prints seven numbers: seven columns. Each band line's pieces right of the label column (group
 * words taken out) go, left to right, to columns left to right — a piece to one column, a glued run
 * maybe to several ('业构') —, each column's pieces joined top to bottom must spell a leaf's word
 * (or a short form), the seven leaves each once, one column's pieces starting within COLUMN_DRIFT,
 * the columns' mean places left to right. Exactly one order over all such readings (at most
 * MAX_READINGS), or null.
 */
function leavesByColumns(bandLines: readonly Line[], row: Line | undefined): string[] | null {
  const values = row ? runsOf(row, 1)?.filter((r) => /^\d[\d,.]*$/.test(r.map((g) => g.ch).join(''))) : undefined;
  if (!values || values.length !== VALUE_COLUMNS) return null;
  const left = values[0]![0]!.x1 - LEFT_OF_VALUES;
  const band: Glyph[][][] = [];
  // From the band's first line naming a header word (lines above it: a caption, the table before).
  for (const l of bandLines.slice(Math.max(0, bandLines.findIndex((x) => BAND_START.test(x.cells.join('')))))) {
    const runs = runsOf(l, 1);
    if (!runs) return null;
    band.push(runs);
  }
  const groups = GROUPS.map((g) => placements(g, band, new Set()));
  // The group word stacked at several places: each sub-column named by its path (its cells spell '法人或其他组织商业企业').
  const paths = groups[0]!.length > 1 && groups[1]!.length <= 1;
  if (!paths && groups.some((g) => g.length > 1)) return null;
  const taken = new Set((paths ? groups.slice(1) : groups).flat().flatMap(glyphKeys));
  // Each line's glyphs right of the label column, group words out, in runs (a space between runs: a column boundary).
  const lines = band.map((runs, li) => runs.filter((r) => r[0]!.x1 >= left)
    .map((r) => r.filter((g, i) => !taken.has(`${li}:${runs.indexOf(r)}:${i}`) && !PATH_SEPARATOR.test(g.ch))).filter((r) => r.length > 0)).filter((r) => r.length > 0);
  const forms = ([...REQUEST_HEADER, ...VARIANTS].filter((w) => w[1] !== null) as [string, string][])
    .map(([w, k]): [string, string] => [paths && SWAPPABLE_REQUEST.has(k) ? REQUEST_GROUP + w : w, k]);
  const prefixOk = (t: string): boolean => forms.some(([w]) => w.startsWith(t));
  const orders = new Set<string>();
  const text: string[] = Array(VALUE_COLUMNS).fill('');
  const xs: number[][] = text.map(() => []);
  let [readings, steps] = [0, 0];
  const fits = (col: number, add: string, x: number | null): boolean =>
    prefixOk(text[col]! + add) && (x === null || xs[col]!.every((y) => Math.abs(y - x) <= COLUMN_DRIFT));
  /** Glyph `gi` of run `ri` of line `li`, the previous glyph on the line in column `col` (-1: none). */
  const walk = (li: number, ri: number, gi: number, col: number): void => {
    tick();
    if (readings > MAX_READINGS || ++steps > MAX_STEPS) return;
    if (li === lines.length) {
      const leaves = text.map((t) => forms.find(([w]) => w === t)?.[1]);
      // The columns' pieces, on average, also stand left to right.
      const mean = xs.map((p) => p.reduce((a, x) => a + x, 0) / p.length);
      if (leaves.every((k): k is string => k !== undefined) && new Set(leaves).size === VALUE_COLUMNS && mean.every((m, i) => i === 0 || m > mean[i - 1]!)) {
        readings++;
        orders.add(leaves.join());
      }
      return;
    }
    const runs = lines[li]!;
    if (ri === runs.length) return walk(li + 1, 0, 0, -1);
    const run = runs[ri]!;
    if (gi === run.length) return walk(li, ri + 1, 0, col);
    const g = run[gi]!;
    // Inside a run the glyph continues the previous one's piece, or starts a piece of a column further right (cells glued).
    if (gi > 0 && fits(col, g.ch, null)) {
      text[col] += g.ch;
      walk(li, ri, gi + 1, col);
      text[col] = text[col]!.slice(0, -1);
    }
    for (let c = col + 1; c < VALUE_COLUMNS; c++) {
      if (!fits(c, g.ch, g.x1)) continue;
      text[c] += g.ch;
      xs[c]!.push(g.x1);
      walk(li, ri, gi + 1, c);
      text[c] = text[c]!.slice(0, -1);
      xs[c]!.pop();
    }
  };
  walk(0, 0, 0, -1);
  if (readings > MAX_READINGS || steps > MAX_STEPS || orders.size !== 1) return null;
  return [...orders][0]!.split(',');
}

/**
 * Table 三's printed leaves of a table whose last columns a page cut off (map/clipped-total:
 * `printed`, the template's first leaves, 自然人 first) in the order their header cells print them,
 * or null — read as the stacks above, each printed leaf stacking in exactly one way, their places
 * compared as `stackedRequestLeaves` compares them. Words printed whole on lines of their own
 * (自然人 alone on its line, centred in the header's rows, beside the sub-columns' line) are read
 * here too: their places on the lines of a space-aligned dump print their order as a wrapped
 * piece's do. Null when the band's lines carry no positions (a dump with no layout).
 */
export function stackedPrintedLeaves(lines: readonly Line[], printed: readonly string[]): string[] | null {
  // The value rows print the printed columns only.
  const found = printed[0] === 'naturalPerson' ? headerBand(lines, Math.min(printed.length, MIN_VALUES)) : null;
  if (!found) return null;
  const known = ideographWidth(found.rows);
  const [narrow, wide2] = [leavesAt(found.band, 1, known, printed), leavesAt(found.band, 2, known, printed)];
  if (narrow && wide2 && narrow.join() !== wide2.join()) return null;
  return narrow ?? wide2;
}

/**
 * The leaves' order with an ideograph `cjk` display columns wide; places on different lines compared with an ideograph `known` wide, or both ways (null).
 * `printed`: the leaves the table prints (a clipped table's first ones; whole words on separate lines then read too), else every leaf.
 */
function leavesAt(lines0: readonly Line[], cjk: number, known: 1 | 2 | null, printed?: readonly string[]): string[] | null {
  const band: Glyph[][][] = [];
  for (const l of lines0) {
    const runs = runsOf(l, cjk);
    if (!runs) return null;
    // A path's separator ('法人或其他组织-商业企业', '织—商') joins its two words: not part of either.
    band.push(runs.map((r) => r.filter((g) => !PATH_SEPARATOR.test(g.ch))).filter((r) => r.length > 0));
  }
  const groups = GROUPS.map((g) => placements(g, band, new Set()));
  // The group word stacked at several places: a flat header naming each sub-column by its path, the group word in each cell.
  const paths = groups[0]!.length > 1;
  // The group word may be left out of the header (the sub-columns printed under no span); printed once, it must stack one way.
  const taken = new Set((paths ? groups.slice(1) : groups).flat().flatMap(glyphKeys));
  const found = new Map<string, Placement>();
  for (const leaf of printed ?? REQUEST_LEAVES) {
    const forms = [...REQUEST_HEADER, ...VARIANTS].filter((w) => w[1] === leaf).map((w) => w[0]);
    const p = onePlacement(paths && SWAPPABLE_REQUEST.has(leaf) ? forms.map((w) => REQUEST_GROUP + w) : forms, band, taken);
    if (!p) return null;
    found.set(leaf, p);
    for (const k of glyphKeys(p)) taken.add(k);
  }
  // A header whose words are all printed whole on a line is map/header-order's to read.
  if (!printed && ![...found.values(), ...(paths ? [] : groups[0]!)].some((p) => p.length > 1)) return null;
  const subs = (printed ?? REQUEST_LEAVES).filter((k) => SWAPPABLE_REQUEST.has(k));
  // With no group word (or one per path), the sub-columns' pieces stand for the span they would print under.
  const group = (!paths && groups[0]![0]) || subs.flatMap((k) => found.get(k)!);
  const tops = (['naturalPerson', REQUEST_GROUP, 'total'] as const).filter((k) => k === REQUEST_GROUP ? subs.length > 0 : found.has(k));
  const top = lineOrder(band, tops.map((k) => [k, k === REQUEST_GROUP ? group : found.get(k)!] as const), known);
  const sub = lineOrder(band, subs.map((k) => [k, found.get(k)!]), known);
  return top && sub ? top.flatMap((k) => (k === REQUEST_GROUP ? sub : [k])) : null;
}

/** Characters joining a path's words ('法人或其他组织-商业企业', '—', '/'): dropped from the band's runs. */
const PATH_SEPARATOR = /^[-－—–/／_·]$/;

/**
 * The units' order from the lines where pieces of two of them are printed, and from pieces at least
 * LEAD_GAP apart whether an ideograph before them counts one column or two (the converter's own
 * place lies between) — or counted as the dump counts (`known`, from its value rows);
 * transitively. Null unless every pair is ordered, one way only.
 */
function lineOrder(band: readonly Glyph[][][], units: readonly (readonly [string, Placement])[], known: 1 | 2 | null): string[] | null {
  const n = units.length;
  const before = units.map(() => units.map(() => false));
  const place = (pc: Piece): number => pc.run * 1e4 + pc.from;
  const at = (pc: Piece): Glyph => band[pc.line]![pc.run]![pc.from]!;
  const gap = (pa: Piece, pb: Piece, x: 'x1' | 'x2'): boolean => at(pb)[x] - at(pa)[x] >= LEAD_GAP;
  const apart = (pa: Piece, pb: Piece): boolean => (known === 1 ? gap(pa, pb, 'x1') : known === 2 ? gap(pa, pb, 'x2') : gap(pa, pb, 'x1') && gap(pa, pb, 'x2'));
  units.forEach(([, a], i) => units.forEach(([, b], j) => {
    if (i === j) return;
    if (a.some((pa) => b.some((pb) => (pa.line === pb.line ? place(pa) < place(pb) : apart(pa, pb))))) before[i]![j] = true;
  }));
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (before[i]![k] && before[k]![j]) before[i]![j] = true;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (before[i]![j] === before[j]![i]) return null;
  return units.map((u, i) => ({ u, rank: before.filter((row) => row[i]).length })).sort((a, b) => a.rank - b.rank).map((x) => x.u[0]);
}
