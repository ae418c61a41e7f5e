/**
 * @file Table 三's stacked column header read from a scan (issue 18). A small office's borderless
 * table 三 leaves most applicant columns empty, so the browser prints them at their narrowest: each
 * leaf header one character per line ('自' / '然' / '人', '法' / '律' / '服' / '务' / '机' / '构'). OCR
 * reads such a band with characters lost ('自' missed, '总' missed: '计' alone), with one cell's
 * characters split into word boxes apart ('法' | '律服' on one line: two x-chains for one column),
 * and with the group header '法人或其他组织' in pieces each lying over a single leaf — so
 * header-leaves.ts found no consistent leaf columns, the band was read line by line
 * (`columns_unread`), no value had a column and every blank row of the table stayed missing.
 *
 * Read here by the template: the band's pieces below its group line (the line holding four or more
 * characters of 法人或其他组织; that line's pieces of it, and the lines above it, are group text), each
 * word box cut into its characters at equal shares of its width (the recogniser may take a line of
 * single characters in neighbouring columns for one word, '然商科会律'), chain by x-overlap into
 * columns, and the chains are parted into the template's seven leaves, neighbours of one leaf being
 * one cell's split word boxes: each leaf's chains hold a character only that leaf has (自然人: 自/然/人,
 * 商业企业: 商/业/企, 科研机构: 科/研, 社会公益组织: 社/会/公/益/组/织, 法律服务机构: 法/律/服/务,
 * 其他: 其/他, 总计: 总/计/合) and none a character only another leaf has, so the template's order is
 * what the scan prints (a header printed in another order, or a column lost whole, is not read so and
 * stays as before). A chain no leaf's own character names goes to its nearer neighbour; partings
 * that put the rows' number columns under different leaves leave the band unread. Each leaf cell
 * then reads as its template word. The
 * rows' number columns must still fall one per leaf (leaf-columns.ts).
 */
import { maxOf, minOf } from '../_internal/extremes.js';
import { bandConflicts, type BandCell, type BandColumns, type Run } from './band-columns.js';
import { leafColumns } from './leaf-columns.js';

/** Table 三's leaf header words in template order, with the characters only each of them has. */
const LEAVES: readonly { word: string; own: string }[] = [
  { word: '自然人', own: '自然人' },
  { word: '商业企业', own: '商业企' },
  { word: '科研机构', own: '科研' },
  { word: '社会公益组织', own: '社会公益组织' },
  { word: '法律服务机构', own: '法律服务' },
  { word: '其他', own: '其他' },
  { word: '总计', own: '总计合' },
];
const GROUP = '法人或其他组织';
/** Characters of GROUP a line must hold to be the group header's line. */
const MIN_GROUP_CHARS = 4;
/** × font size. Pieces whose middles are this close vertically are on one line. */
const LINE_SLACK = 0.45;
/** × font size. A piece this close after label text on its line continues it (pdf-lines.ts CELL_GAP). */
const LABEL_GAP = 1.2;
/** Partings of the chains into leaves found before the search stops (so many: the header is not read). */
const MAX_PARTINGS = 16;
/** Share of a character's width kept as its piece when a word box is cut into its characters. */
const CHAR_CORE = 0.7;
/** × font size. A one-character word box wider than this holds more than its character (see leafRuns). */
const WIDE_BOX = 1.6;
/** pt. Least horizontal overlap for two pieces to be one column's (as header-leaves.ts). */
const MIN_OVERLAP = 0.5;

const mid = (r: Run): number => (r.top + r.bottom) / 2;
const overlaps = (a: { x: number; end: number }, b: { x: number; end: number }): boolean => Math.min(a.end, b.end) - Math.max(a.x, b.x) > MIN_OVERLAP;

/** Whether `text` (a run of chains) may be leaf `i`'s: a character only it has, none only another has. */
const fitsLeaf = (text: string, i: number): boolean => [...LEAVES[i]!.own].some((c) => text.includes(c)) && LEAVES.every((l, j) => j === i || ![...l.own].some((c) => text.includes(c)));

/** The ways (up to MAX_PARTINGS) to part chain texts `texts[from..]` into runs for leaves `leaf..`: [start, end) per leaf. */
function partings(texts: readonly string[], from: number, leaf: number): [number, number][][] {
  if (leaf === LEAVES.length) return from === texts.length ? [[]] : [];
  const out: [number, number][][] = [];
  for (let to = from + 1; to <= texts.length - (LEAVES.length - leaf - 1) && out.length < MAX_PARTINGS; to++) {
    if (!fitsLeaf(texts.slice(from, to).join(''), leaf)) continue;
    for (const rest of partings(texts, to, leaf + 1)) if (out.length < MAX_PARTINGS) out.push([[from, to], ...rest]);
  }
  return out;
}

/** Characters of the template's request band found in `text` for at least `least` of its leaves (a band OCR read in pieces). */
export function namesRequestLeaves(text: string, least = 5): boolean {
  return LEAVES.filter((l) => [...l.own].some((c) => text.includes(c))).length >= least;
}

/**
 * Whether a scan's band text (its OCR'd items' lines and columns) is table 三's: MIN_GROUP_CHARS of
 * 法人或其他组织's characters (OCR reads 组织 as '组纪织', '纪织', 自然人 with '自' lost) and most
 * of its leaves named (namesRequestLeaves). The one test of a scan's request band, on one page
 * (header-band.ts stackHeaderBands) or cut from its rows by a page break (carryHeaderBand).
 */
export function ocrRequestBand(text: string): boolean {
  return new Set([...text].filter((c) => GROUP.includes(c))).size >= MIN_GROUP_CHARS && namesRequestLeaves(text);
}

/**
 * Table 三's band pieces (`runs`) read as the template's seven leaf cells (see the file comment), or
 * null when the scan does not show them so. `cols`: the rows' number columns; `inBody`: a piece right
 * of the label column.
 */
export function ocrRequestLeafCells(runs: readonly Run[], cols: BandColumns, inBody: (r: Run) => boolean): { cells: BandCell[]; cols: BandColumns } | null {
  // A label's text running on past the label column's edge (the 勾稽关系 note's tail on the group line) is the label's.
  const labelTail = new Set<Run>();
  const firstInk = minOf(cols.ink.map((k) => k.x));
  const byX = [...runs].sort((a, b) => a.x - b.x);
  for (const r of byX) {
    if (!inBody(r)) continue;
    // (On its line: the boxes overlap in height, or their middles are close — a comma's box is small and low.)
    const onLine = (o: Run): boolean => Math.min(o.bottom, r.bottom) > Math.max(o.top, r.top) || Math.abs(mid(o) - mid(r)) <= LINE_SLACK * Math.max(o.size, r.size);
    const follows = (o: Run): boolean => o !== r && o.end <= r.x + MIN_OVERLAP && r.x - o.end <= LABEL_GAP * Math.max(o.size, r.size) && onLine(o);
    // (Not over the rows' number columns: a leaf's tall first character beside the note's end, '自' of 自然人, is the leaf's.)
    if (r.end <= firstInk && byX.some((o) => follows(o) && (!inBody(o) || labelTail.has(o)))) labelTail.add(r);
  }
  const body = runs.filter((r) => inBody(r) && !labelTail.has(r));
  if (body.length === 0) return null;
  const size = maxOf(body.map((r) => r.size));
  // The group line: the highest line of body pieces holding enough of 法人或其他组织's characters.
  const groupLine = [...body].sort((a, b) => mid(a) - mid(b)).find((r) => {
    const line = body.filter((o) => Math.abs(mid(o) - mid(r)) <= LINE_SLACK * size);
    return new Set([...line.map((o) => o.str).join('')].filter((c) => GROUP.includes(c))).size >= MIN_GROUP_CHARS;
  });
  if (!groupLine) return null;
  const groupMid = mid(groupLine);
  const onGroupLine = (r: Run): boolean => Math.abs(mid(r) - groupMid) <= LINE_SLACK * size;
  // A word box over several characters may span several narrow columns (the recogniser took a line of one character per
  // column, '然商科会律', for one word): its characters placed at equal shares of its width, each a piece of its own.
  const charsOf = (r: Run): Run[] => {
    const chars = [...r.str];
    // A single character's box wider than WIDE_BOX ems took in its neighbour's blank or lost ink: the character is at its left.
    if (chars.length < 2) return r.end - r.x > WIDE_BOX * r.size ? [{ ...r, end: r.x + r.size }] : [r];
    // Each character an em (or its share of the box) wide, the rest of the box the gaps between them; a piece is its
    // character's middle part (CHAR_CORE of it), so pieces of neighbouring columns read on other lines do not touch.
    const em = Math.min(r.size, (r.end - r.x) / chars.length);
    const pitch = (r.end - r.x - em) / (chars.length - 1);
    return chars.map((c, k) => ({ ...r, str: c, x: r.x + k * pitch + ((1 - CHAR_CORE) / 2) * em, end: r.x + k * pitch + ((1 + CHAR_CORE) / 2) * em }));
  };
  // On the group line, a word box holding the group's characters is the group's from its first to its last such character
  // (a misread one between them, '组纪织', too); characters before or after them are the first line of a leaf printed
  // level with the group ('自' of 自然人 and '总' of 总计, centred on the band, glued by OCR onto '法人或其他组织': '自法人或其他组纪织').
  const groupOf = (r: Run): { group: boolean; pieces: Run[] } => {
    if (mid(r) < groupMid - LINE_SLACK * size) return { group: true, pieces: [] };
    const chars = [...r.str];
    const inGroup = chars.map((c) => GROUP.includes(c));
    const first = inGroup.indexOf(true);
    const last = inGroup.lastIndexOf(true);
    if (!onGroupLine(r) || first < 0) return { group: false, pieces: charsOf(r) };
    if (first === 0 && last === chars.length - 1) return { group: true, pieces: [] };
    // Group characters one or two alone in a box (其他 of a leaf on the group line): not the group's.
    if (inGroup.filter(Boolean).length < MIN_GROUP_CHARS - 1) return { group: false, pieces: charsOf(r) };
    const pieces = charsOf(r);
    return { group: true, pieces: pieces.filter((_, k) => k < first || k > last) };
  };
  const isGroup = (r: Run): boolean => groupOf(r).group;
  const leafRuns = body.flatMap((r) => groupOf(r).pieces);
  // Chains by x-overlap, left to right, then split word boxes joined: the chains parted into seven runs of neighbours,
  // each holding a character only its template leaf has and none only another has (one such parting, or none read).
  const chains: { x: number; end: number }[] = [];
  for (const r of [...leafRuns].sort((a, b) => a.x - b.x)) {
    const last = chains.at(-1);
    if (last && overlaps(last, r)) last.end = Math.max(last.end, r.end);
    else chains.push({ x: r.x, end: r.end });
  }
  const texts = chains.map((c) => leafRuns.filter((r) => overlaps(c, r)).map((r) => r.str).join(''));
  // Chains no leaf's own character names (a misread '入', '机构' of two leaves) may go with either neighbour: every parting
  // must put the rows' number columns under the same leaves, and the one joining each such chain to its nearer neighbour
  // (least gap inside its leaves) is taken.
  const leavesOf = (p: readonly [number, number][]): { x: number; end: number }[] => p.map(([a, b]) => ({ x: chains[a]!.x, end: maxOf(chains.slice(a, b).map((c) => c.end)) }));
  const read = partings(texts, 0, 0).map((p) => ({ p, leaves: leavesOf(p) })).filter((r) => leafColumns(r.leaves, cols.ink) !== null);
  if (read.length === 0 || read.length >= MAX_PARTINGS) return null;
  const under = (ls: readonly { x: number; end: number }[]): string => cols.ink.map((k) => ls.findIndex((l) => overlaps(l, k))).join();
  if (new Set(read.map((r) => under(r.leaves))).size > 1) return null;
  const inside = (p: readonly [number, number][]): number => p.reduce((s, [a, b]) => s + chains.slice(a + 1, b).reduce((g, c, k) => g + c.x - chains[a + k]!.end, 0), 0);
  const leaves = read.reduce((best, r) => (inside(r.p) < inside(best.p) ? r : best)).leaves;
  const chainOf = (r: Run): number => leaves.findIndex((c) => overlaps(c, r));
  // One cell per leaf, read as its template word over its pieces' extent; the group text and the label column's as they are.
  const cells: BandCell[] = leaves.map((c, i) => {
    const mine = leafRuns.filter((r) => chainOf(r) === i);
    return { col: i, runs: [{ str: LEAVES[i]!.word, x: c.x, end: c.end, top: minOf(mine.map((r) => r.top)), bottom: maxOf(mine.map((r) => r.bottom)), size: maxOf(mine.map((r) => r.size)) }] };
  });
  // The group text (法人或其他组织's pieces, 申请人情况 above): a cell per line.
  const lines: Run[][] = [];
  for (const r of body.filter(isGroup).sort((a, b) => mid(a) - mid(b))) {
    const line = lines.at(-1);
    if (line && Math.abs(mid(line[0]!) - mid(r)) <= LINE_SLACK * size) line.push(r);
    else lines.push([r]);
  }
  for (const rs of lines) {
    rs.sort((a, b) => a.x - b.x);
    cells.push({ col: -2, runs: [{ str: rs.map((r) => r.str).join(''), x: minOf(rs.map((r) => r.x)), end: maxOf(rs.map((r) => r.end)), top: minOf(rs.map((r) => r.top)), bottom: maxOf(rs.map((r) => r.bottom)), size: maxOf(rs.map((r) => r.size)) }] });
  }
  const label = runs.filter((r) => !inBody(r) || labelTail.has(r));
  if (label.length > 0) cells.push({ col: -1, runs: [...label].sort((a, b) => a.top - b.top || a.x - b.x) });
  if (bandConflicts(cells, leaves.length) !== 0) return null;
  return { cells, cols: { centres: leaves.map((c) => (c.x + c.end) / 2), ink: leaves } };
}
