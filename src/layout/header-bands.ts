/**
 * @file Rows of a mostly blank space-aligned table placed in the bands of its header's column words
 * (`pdftotext -layout` of a small office's print whose zeros are blank cells: Chromium, LibreOffice
 * from HTML or .docx, A4 or A5). Each row prints 0–3 numbers, no two rows agree on enough places for
 * anchors (aligned-columns.ts), the table is cut into stretches by wrapped group labels
 * ('三、本年度办理   （一）予以公开' ends a stretch), and a stretch far below the header reads none.
 *
 * The bands: the header lines above the table's first row (up to HEADER_BAND_LINES, from the
 * section's heading on), under the measure the dump pads by (padded-measure.ts), their pieces made of
 * the column words' characters (table 三's 自然人 … 总计, table 二's 本年制发件数 … 现行有效件数; the
 * group word 法人或其他组织 over two or more pieces and the label column's words left out) chained by
 * overlap into columns — exactly the table's count of columns (7, 3), else no bands. A number is in
 * the band its characters' span lies in (BAND_TOLERANCE cells either side: pdftotext rounds each
 * line on its own); a row's readings are its numbers' left-to-right assignments to such bands, a
 * cell every reading fills alike is placed (a number, or '' — a blank cell, TEMPLATE.md: 0 with flag
 * `blank`), a cell they fill differently unread (the identities derive it or it stays missing); a
 * number in no band leaves its row as printed. A label line of the table that starts a row of its
 * own, followed by another such row, is a row of blank cells. The bands hold for every line down to
 * the next section heading: rows and blank rows the other placements left as printed get them.
 */
import type { Measure } from './wrapped-rows.js';
import { OWN_ROW_START, blankRowLabel } from './wrapped-rows.js';
import type { Num, Row } from './aligned-columns.js';
import { agreedCell, assignments, spansOf, sumsOthers, type Span } from './header-spans.js';
import { matchHeading } from '../sections/match-heading.js';
import { maxOf, pushAll } from '../_internal/extremes.js';

/** Cells. How far a number's span may reach past its band's header word on either side. */
const BAND_TOLERANCE = 2;
/**
 * Lines above a table's first row that may hold its header (a header wrapped over 3–5 lines, the group words above; an A5
 * header of one character a line over 8–10 lines, its first column word's first character on the top one: '自' / '然' / '人').
 */
const HEADER_BAND_LINES = 12;
/** Most readings of one row before it is left unplaced (header-spans' assignments list one more at most). */
const MAX_READINGS = 64;
/** chars. Two numbers of a row this far apart or more: the table is laid out in columns (not a stream of values one space apart). */
const LAID_OUT_GAP = 3;
/** chars. A line without numbers longer than this is prose: the table has ended. */
const PROSE_CHARS = 60;
/** A line without numbers that heads another table (table 二's sub-tables, table 四's group words): the bands end. */
const OTHER_HEADER = /信息内容|第二十条|处理决定|收费金额|申请人情况|行政复议|行政诉讼/u;

/** A table's column words, in the template's order (each may be written in one of several ways), and the characters they are made of. */
interface BandTable {
  columns: readonly (readonly string[])[];
  chars: RegExp;
  /** Header text that names this table (two or more of its words). */
  words: RegExp;
}

const TABLES: readonly BandTable[] = [
  {
    columns: [['自然人'], ['商业企业'], ['科研机构'], ['社会公益组织'], ['法律服务机构'], ['其他'], ['总计', '合计']],
    chars: /^[自然人商业企科研机构社会公益组织法律服务其他总计合]+$/u,
    words: /自然|商业|科研|社会|法律|总计/gu,
  },
  {
    columns: [['本年制发件数', '本年新制作数量'], ['本年废止件数', '本年新公开数量'], ['现行有效件数', '对外公开总数量']],
    chars: /^[本年制发件数废止现行有效新作公开对外总量]+$/u,
    words: /制发|废止|现行|有效|新制作|新公开|对外公开/gu,
  },
];

/** A header column: its span under one measure (hi exclusive). */
interface Band {
  lo: number;
  hi: number;
}

/** Bands of a table under a measure. */
export interface Bands {
  k: number;
  m: Measure;
  bands: Band[];
  /** The table's last column is its rows' 总计 (table 三): a row whose last number sums the others prints it there (bandCells). */
  total?: boolean;
  /** Parted by spelling (bySpelling), or of a header no column word is whole in (spelledOut): kept only where the table's first row's numbers lie in them (placeByBands). */
  spelled?: boolean;
}

type Piece = Span;

const overlaps = (a: Band, b: Band): boolean => a.lo < b.hi && b.lo < a.hi;

/** Whether `header`'s pieces made of `t`'s characters hold every character of one of each column's words. */
function spelledOut(header: readonly string[], t: BandTable): boolean {
  const have = new Set([...header.flatMap((raw) => raw.match(/\S+/gu) ?? []).filter((p) => t.chars.test(p)).join('')]);
  return t.columns.every((words) => words.some((w) => [...w].every((c) => have.has(c))));
}

/** The bands of `header`'s column words under `m`, exactly as many as its table's columns, else null. */
export function headerBands(header: readonly string[], m: Measure): Bands | null {
  const text = header.join(' ');
  // Named by two of its words, or (a header of one character per line: no word whole on a line) by pieces holding every column word's characters.
  const named = TABLES.find((t) => new Set(text.match(t.words) ?? []).size >= 2);
  const table = named ?? TABLES.find((t) => spelledOut(header, t));
  if (!table) return null;
  const all = header.flatMap((raw, i) => spansOf(raw, i, m));
  // A group word over two or more pieces of another line (法人或其他组织) is no column — a column word's head is one though
  // another line packs two columns' tails under it ('社会公益' over '组织 机构', '法律服务' over '他 计': fresh51 b04).
  const head = (p: Piece): boolean => table.columns.some((words) => words.some((w) => w.startsWith(p.text)));
  const words = all.filter((p) => table.chars.test(p.text) && (head(p) || !header.some((_, i) => i !== p.line && all.filter((q) => q.line === i && table.chars.test(q.text) && overlaps(p, q)).length >= 2)));
  // A piece set one space after the label column's text on its line ('…等于第三项加第 自': pdftotext could not place it over its
  // column, the label text reaching past it) stands where the label pushed it: it spells its column's word, its place is none.
  const pushed = words.filter((p) => afterLabelText(all, p));
  const pieces = words.filter((p) => !pushed.includes(p));
  const chains: { band: Band; pieces: Piece[] }[] = [];
  for (const p of [...pieces].sort((a, b) => a.lo - b.lo)) {
    const c = chains.at(-1);
    if (c && p.lo < c.band.hi) {
      c.band.hi = Math.max(c.band.hi, p.hi);
      c.pieces.push(p);
    } else chains.push({ band: { lo: p.lo, hi: p.hi }, pieces: [p] });
  }
  const k = table.columns.length;
  // Each band spells its column's word, top line first ('商业企' / '业'), the words in the template's order: a chance chain of pieces is no header.
  const spelled = chains.map((c) => [...c.pieces].sort((a, b) => a.line - b.line || a.lo - b.lo).map((p) => p.text).join(''));
  const total = table === TABLES[0] ? { total: true } : {};
  if (chains.length === k && spellsWithPushed(spelled, pushed, table)) return { k, m, bands: chains.map((c) => c.band), ...total, ...(named ? {} : { spelled: true }) };
  const spelledBands = bySpelling(words, table);
  return spelledBands === null ? null : { k, m, bands: spelledBands, ...total, spelled: true };
}

/** Whether `p` follows text of the label column on its line, one space or none between them (the label's text is no column word). */
function afterLabelText(all: readonly Piece[], p: Piece): boolean {
  const before = all.filter((q) => q.line === p.line && q.hi <= p.lo).at(-1);
  return before !== undefined && p.lo - before.hi <= 1 && /\p{Script=Han}/u.test(before.text) && !TABLES.some((t) => t.chars.test(before.text));
}

/**
 * Whether the chains' words (`spelled`, in column order) are the table's column words, each piece the label pushed
 * (`pushed`, headerBands) the head of one column's word: '然人' + '自' → '自然人'. Every pushed piece is used once.
 */
function spellsWithPushed(spelled: readonly string[], pushed: readonly Piece[], table: BandTable): boolean {
  const left = pushed.map((p) => p.text);
  return (
    spelled.every((w, j) => {
      if (table.columns[j]!.includes(w)) return true;
      const at = left.findIndex((head) => table.columns[j]!.includes(head + w));
      return at >= 0 && left.splice(at, 1).length === 1;
    }) && left.length === 0
  );
}

/** Most partitions of a header's pieces bySpelling walks (a header of one-character pieces: a few hundred steps). */
const MAX_SPELL_STEPS = 20_000;
/** Cells. How much wider than its widest piece a parted column's band may be (the drift of pdftotext's rounding from line to line). */
const SPELL_DRIFT = 2;

/**
 * The bands of a header whose lines pdftotext rounded each on its own, so one column's pieces do not
 * overlap from line to line (a crowded line packs its words one space apart: '社会 法律 总' puts 总 over
 * the 其 of the next line) or two columns' pieces overlap: the pieces parted into the table's columns
 * so that on every line they stand in the columns' order and each column's pieces, top line first,
 * spell its word. One such parting (or several giving the same bands): each band the hull of its
 * pieces — bands may overlap; a row's numbers take them in order (bandCells). None, or partings that
 * differ: null.
 */
function bySpelling(pieces: readonly Piece[], table: BandTable): Band[] | null {
  const k = table.columns.length;
  const ordered = [...pieces].sort((a, b) => a.line - b.line || a.lo - b.lo);
  const spelled: string[] = Array.from({ length: k }, () => '');
  // The parts the pieces are cut into (a piece over two columns packed without a space: '他计'), each its column's.
  const parts: Band[] = [];
  const owner: number[] = [];
  // Each part's header line.
  const partLines: number[] = [];
  const found: string[] = [];
  let result: { bands: Band[]; parts: Band[]; owner: number[]; lines: number[] } | null = null;
  let steps = 0;
  const walk = (i: number, at: number, lastLine: number, lastCol: number): void => {
    if (++steps > MAX_SPELL_STEPS || found.length > 1) return;
    if (i === ordered.length) {
      if (spelled.some((w, j) => !table.columns[j]!.includes(w))) return;
      const bands: Band[] = Array.from({ length: k }, () => ({ lo: Infinity, hi: -Infinity }));
      parts.forEach((q, x) => {
        const b = bands[owner[x]!]!;
        b.lo = Math.min(b.lo, q.lo);
        b.hi = Math.max(b.hi, q.hi);
      });
      const key = bands.map((b) => `${b.lo}-${b.hi}`).join(',');
      if (!found.includes(key)) {
        found.push(key);
        result = { bands, parts: [...parts], owner: [...owner], lines: [...partLines] };
      }
      return;
    }
    const p = ordered[i]!;
    const cell = (p.hi - p.lo) / p.text.length;
    const from = p.line === lastLine ? lastCol + 1 : 0;
    for (let j = from; j < k; j++) {
      for (let to = p.text.length; to > at; to--) {
        const next = spelled[j] + p.text.slice(at, to);
        if (!table.columns[j]!.some((w) => w.startsWith(next))) continue;
        const before = spelled[j]!;
        spelled[j] = next;
        parts.push({ lo: p.lo + at * cell, hi: p.lo + to * cell });
        owner.push(j);
        partLines.push(p.line);
        if (to === p.text.length) walk(i + 1, 0, p.line, j);
        else walk(i, to, p.line, j);
        parts.pop();
        owner.pop();
        partLines.pop();
        spelled[j] = before;
      }
    }
  };
  walk(0, 0, -1, -1);
  if (steps > MAX_SPELL_STEPS || found.length !== 1 || result === null) return null;
  const { bands, parts: cut, owner: of, lines } = result as { bands: Band[]; parts: Band[]; owner: number[]; lines: number[] };
  // Pieces of one column scattered wide (a line pdftotext spread out, another it packed), or bands out of order: no bands.
  const widest = (j: number): number => maxOf(cut.filter((_, x) => of[x] === j).map((q) => q.hi - q.lo));
  const sane = bands.every((b, j) => b.hi - b.lo <= widest(j) + SPELL_DRIFT && (j === 0 || (b.lo >= bands[j - 1]!.lo && b.hi >= bands[j - 1]!.hi)));
  return sane ? bands : fullLineBands(cut, of, lines, k);
}

/**
 * The bands of a parted header whose columns' pieces lie wide apart, from its one line holding a part of every column (in
 * the columns' order, one part each): pdftotext spread that line out over the columns and packed another ('人 商业 科研 社会公益
 * 法律服务 其 总' over '企业 机构 组织 机构 他 计', 他 four cells left of 其: fresh51 b04, b13, b24). Two such lines, or none: null.
 */
function fullLineBands(parts: readonly Band[], owner: readonly number[], lines: readonly number[], k: number): Band[] | null {
  const full = [...new Set(lines)].filter((l) => {
    const cols = owner.filter((_, x) => lines[x] === l);
    return cols.length === k && cols.every((j, x) => j === x);
  });
  if (full.length !== 1) return null;
  return parts.filter((_, x) => lines[x] === full[0]).map((q) => ({ lo: q.lo, hi: q.hi }));
}

/** Cells. How far pdftotext may have rounded one row's line from its header's (each line rounded on its own): a row whose numbers lie past the bands is tried this far either way. */
const ROW_SHIFT = 3;

/**
 * The cells of a row under bands: a number or '' where every reading agrees, null where they differ; null when not placed.
 * A number is in the band its span lies in; when it lies in none, in the one band it overlaps (a number wider than its
 * column's word packed one space from the next: '42' under '然' / '人' of '然 商业'); else in those it reaches within
 * BAND_TOLERANCE. A row with a number in none of them is read shifted by up to ROW_SHIFT cells either way (pdftotext put
 * its line two cells right of the header's: '（七）总计  42 … 42' past 总计's band): its readings those of every shift
 * that puts each number in a band by span or overlap, so a cell two shifts read differently stays unread. In table 三 a
 * row whose last number is the sum of the others has it in 总计's band: readings (and shifts) putting it elsewhere are
 * dropped (b27: '（一）予以公开  53  53' two cells left of the header under 商业 and 社会).
 */
export function bandCells(row: Row, b: Bands): (string | null)[] | null {
  if (row.nums.length === 0 || row.nums.length >= b.k) return null;
  const within = (n: Num, t: number, s: number): number[] => b.bands.flatMap((x, j) => (n.start[b.m] + s >= x.lo - t && n.end[b.m] + s <= x.hi + t ? [j] : []));
  const overlapping = (n: Num, s: number): number[] => b.bands.flatMap((x, j) => (n.start[b.m] + s < x.hi && x.lo < n.end[b.m] + s ? [j] : []));
  const inBand = (n: Num, s: number): number[] => {
    const strict = within(n, 0, s);
    if (strict.length > 0) return strict;
    const over = overlapping(n, s);
    return over.length === 1 ? over : [];
  };
  const unshifted = row.nums.map((n) => {
    const placed = inBand(n, 0);
    return placed.length > 0 ? placed : within(n, BAND_TOLERANCE, 0);
  });
  // A row of table 三 whose last number is the sum of the others prints its 总计 last: a reading placing it elsewhere is no reading.
  const total = b.total === true && sumsOthers(row);
  const keep = (at: number[][]): number[][] => (total ? at.filter((r) => r.at(-1) === b.k - 1) : at);
  const readings: number[][] = [];
  if (unshifted.every((o) => o.length > 0)) pushAll(readings, keep(assignments(unshifted)));
  if (readings.length === 0) {
    for (let s = -ROW_SHIFT; s <= ROW_SHIFT; s++) {
      const options = s === 0 ? [] : row.nums.map((n) => inBand(n, s));
      if (s !== 0 && options.every((o) => o.length > 0)) pushAll(readings, keep(assignments(options)));
    }
  }
  if (readings.length === 0 || readings.length > MAX_READINGS) return null;
  const rows = readings.map((at) => {
    const cells = Array.from({ length: b.k }, () => '');
    at.forEach((j, i) => (cells[j] = row.nums[i]!.text));
    return cells;
  });
  return rows[0]!.map((_, j) => agreedCell(rows, j));
}

/** The header lines above line `at` (top to bottom): up to HEADER_BAND_LINES non-blank lines without digits, up to a section heading. */
function headerLines(raws: readonly string[], at: number, skip: (index: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < HEADER_BAND_LINES; i--) {
    const raw = raws[i]!;
    if (skip(i) || raw.trim() === '') continue;
    if (/[0-9\uFF10-\uFF19\t|]/.test(raw) || matchHeading(raw.trim()) !== null) break;
    out.unshift(raw.replace(/\f/g, ' '));
  }
  return out;
}

/** The label's last piece (a row label printed beside its group label: '（三）不予   4.保护第三方合法权益'). */
const lastPiece = (label: string): string => label.trim().split(/\s{2,}/).at(-1) ?? '';

/** Whether `raw`'s text starts where the row label (last piece) of `label`, printed on `labelRaw`, starts, and is shorter: its wrapped tail. */
function wrapOf(raw: string, labelRaw: string, label: string): boolean {
  const own = lastPiece(label);
  const at = labelRaw.lastIndexOf(own);
  const start = raw.length - raw.trimStart().length;
  return at >= 0 && start === at && raw.trim().length < own.length && !/\s{2,}/.test(raw.trim());
}

/** Whether `raw`'s text ends left of where the row label (last piece) of `label`, printed on `labelRaw`, starts, that piece after a group label's. */
function groupPiece(raw: string, labelRaw: string, label: string): boolean {
  const own = lastPiece(label);
  const at = labelRaw.lastIndexOf(own);
  return own !== label.trim() && at > 0 && raw.trimEnd().length < at;
}

/**
 * Rows of the tables under a header of column bands that the other placements left as printed
 * (`out` has no entry for them): placed in the bands (bandCells; unread cells into `unread`, label
 * cell 0), and label lines that are rows of blank cells (their lines into `alone`: nothing printed beside the label, so
 * its row pins no place among rows the identities cannot tell apart — score/exchangeable-rows). `rowAt`: a line's row (label and numbers), or
 * null; `measures`: the measures the dump may pad by (padded-measure.ts).
 */
export function placeByBands(raws: readonly string[], skip: (index: number) => boolean, rowAt: (index: number) => Row | null, measures: readonly Measure[], out: Map<number, string[]>, unread: Map<number, number[]>, doubt: Set<number> = new Set(), alone: Set<number> = new Set()): void {
  let bands: Bands[] = [];
  // The current table's placements, kept when one of its rows prints two numbers apart (it is laid out in columns).
  let staged: { index: number; cells: string[]; open: number[]; alone?: true }[] = [];
  let laidOut = false;
  // The table's first row (the one under the header) with a number in no band (within BAND_TOLERANCE) of bands parted by spelling: they are not its columns.
  let misfit = false;
  let first = false;
  // A label line waiting for the next line to say whether it is a row of blank cells.
  let pending: { index: number; label: string; first: string; wraps: number[] } | null = null;
  let valuedSeen = false;
  const settle = (next: string | undefined): void => {
    if (pending && valuedSeen && !out.has(pending.index)) {
      const own = OWN_ROW_START.test(lastPiece(pending.label));
      const nextOwn = next === undefined || OWN_ROW_START.test(lastPiece(next));
      if (own && nextOwn && blankRowLabel(lastPiece(pending.label), next === undefined ? undefined : lastPiece(next))) {
        staged.push({ index: pending.index, cells: [pending.label, ...Array.from({ length: bands[0]!.k }, () => '')], open: [], alone: true });
        // Its label's wrapped lines: joined into it.
        for (const w of pending.wraps) if (!out.has(w)) staged.push({ index: w, cells: [], open: [] });
      }
    }
    pending = null;
  };
  const end = (): void => {
    if (bands.length > 0) settle(undefined);
    if (laidOut && !misfit) {
      for (const st of staged) {
        out.set(st.index, st.cells);
        // A band is the header word's extent, not the cell's: which column a number is in stays in doubt (below 0.8).
        doubt.add(st.index);
        if (st.open.length > 0) unread.set(st.index, st.open);
        // A label line with nothing beside it: its blank cells are no cells seen (values on a line of their own may be its).
        if (st.alone) alone.add(st.index);
      }
    }
    bands = [];
    staged = [];
    laidOut = false;
    misfit = false;
    valuedSeen = false;
    pending = null;
  };
  // The next (step 1) or previous (step -1) line holding text.
  const near = (index: number, step: 1 | -1): number => {
    for (let i = index + step; i >= 0 && i < raws.length; i += step) if (!skip(i) && raws[i]!.trim() !== '') return i;
    return -1;
  };
  // A row printed over two lines, its numbers parted between its label's lines ('（二）部分公开（…不  3 0' / '计其他情形）  0 0 0 0 3'):
  // together they print every column, the second line continuing the first's label (no row number of its own). Neither half is a
  // short row of blank cells: both are left to the join of split rows (map/split-rows.ts).
  const splitHalf = (index: number, row: Row, k: number): boolean =>
    ([1, -1] as const).some((step) => {
      const i = near(index, step);
      const other = i < 0 || /[\t|]/.test(raws[i]!) ? null : rowAt(i);
      if (!other || other.nums.length === 0 || row.nums.length + other.nums.length !== k) return false;
      const second = step === 1 ? other : row;
      return second.label.trim() !== '' && !OWN_ROW_START.test(lastPiece(second.label));
    });
  raws.forEach((raw, index) => {
    if (skip(index) || raw.trim() === '') return;
    const t = raw.trim();
    if (matchHeading(t) !== null) return end();
    const row = /[\t|]/.test(raw) ? null : rowAt(index);
    if (!row || row.nums.length === 0) {
      if (bands.length === 0) return;
      // Prose, or another table's header, ends the table.
      if (t.length > PROSE_CHARS || OTHER_HEADER.test(t)) return end();
      // A piece of a group label wholly left of the waiting label's row label ('（三）不   4.保护第三方合法权益' / '      予公开'):
      // the group cell's wrapped text, no line of the rows — the next line decides.
      if (pending && !OWN_ROW_START.test(t) && groupPiece(raw, raws[pending.index]!, pending.first)) return;
      // The waiting label's next line, starting where its row label starts ('1.本机关不掌握相关政府' / '信息'): its wrapped tail.
      if (pending && !OWN_ROW_START.test(t) && wrapOf(raw, raws[pending.index]!, pending.first)) {
        pending.label = `${pending.label}${t}`;
        pending.wraps.push(index);
        return;
      }
      settle(t);
      pending = { index, label: t, first: t, wraps: [] };
      return;
    }
    if (bands.length === 0 || row.nums.length >= bands[0]!.k) {
      // A new table's first row: its header's bands, under every measure the dump may pad by.
      const header = headerLines(raws, index, skip);
      const found = measures.map((m) => headerBands(header, m)).filter((b): b is Bands => b !== null);
      if (found.length === measures.length && found.every((b) => b.k === found[0]!.k)) {
        end();
        bands = found;
        first = true;
      }
      if (bands.length === 0) return;
    }
    // A numbers line without a label under a label line: that label's row, wrapped around its values ('（二）部分公开（区分处理的，只计这一情' / '12 12 24' / '形，不计其他情形）') — no blank row.
    if (row.label === '') pending = null;
    settle(row.label === '' ? undefined : row.label);
    valuedSeen = true;
    // (A first row printing every column: the table is full, the other placements read it.)
    misfit ||= first && bands.some((b) => b.spelled === true && (row.nums.length >= b.k || !row.nums.every((n) => b.bands.some((s) => n.start[b.m] >= s.lo - BAND_TOLERANCE && n.end[b.m] <= s.hi + BAND_TOLERANCE))));
    first = false;
    laidOut ||= row.nums.some((n, i) => i > 0 && n.start.chars - row.nums[i - 1]!.end.chars >= LAID_OUT_GAP);
    // A row another placement left with fewer cells than the header's columns (as printed, a wrapped label joined; or on
    // anchors of the columns its table's rows happen to fill, 5 of 7) is placed too, under its joined label.
    const before = out.get(index);
    const asPrinted = before !== undefined && before.length > 0 && before.length - 1 < bands[0]!.k;
    if ((before !== undefined && !asPrinted) || row.label === '') return;
    if (splitHalf(index, row, bands[0]!.k)) return;
    const read = bands.map((b) => bandCells(row, b));
    if (read.some((c) => c === null)) return;
    const cells = read[0]!.map((c, j) => (read.every((r) => r![j] === c) ? c : null));
    staged.push({ index, cells: [before?.[0] ?? row.label, ...cells.map((c) => c ?? '')], open: cells.flatMap((c, j) => (c === null ? [j + 1] : [])) });
  });
  end();
}
