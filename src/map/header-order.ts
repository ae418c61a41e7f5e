/**
 * @file Whether anything in the input confirms the column order of table 三 and table 四. Their
 * category columns can be permuted without breaking any identity: a row total holds under any order
 * of its parts, the column identities under any order of the columns, and table 四's three groups
 * (five columns each) and its four result columns likewise. Values are read in the template's
 * order, so that order is confirmed only by header text read in that order. The header band (the
 * digit-free lines before the first line that prints a number) is read twice: line by line, and
 * joined in reading order — a header wrapped character by character and dumped one piece per line
 * (pdftotext -raw: '自然' / '人', '商' / '业' / '企' / '业') reads whole once its pieces are joined.
 * A joined band that names every leaf column in another order is followed (the whole printed order);
 * one that names them in the template order confirms it; otherwise the order is unread.
 */
import type { Line } from '../model/document.js';
import { normalizeLabel } from '../layout/normalize-text.js';
import { pieceRanks, piecesOf } from './header-fragments.js';
import { stackedTexts } from './stacked-header.js';
import { BAND_END_NUMBERS, firstRowAt, positionalBand, wordSequence } from './positional-band.js';
import { GROUP_PATH_WORDS, groupPathsRead, isHeaderText, wordsOf, type HeaderWord, type Vocab } from './header-words.js';
import { minOf } from '../_internal/extremes.js';

/** Short forms of table 三's sub-column words printed by some reports (社会公益 for 社会公益组织): read as the same column. */
export const VARIANTS: readonly HeaderWord[] = [
  ['社会公益', 'socialOrg'],
  ['公益组织', 'socialOrg'],
  ['法律服务', 'legalService'],
];

/** Recognised words of a text in printed order (each word once, at its first position; longest first, masked once found), short forms included. */
function wordsIn(norm: string, vocab: Vocab): HeaderWord[] {
  let withVariants = VOCAB_VARIANTS.get(vocab);
  if (!withVariants) {
    const keys = new Set(vocab.map((w) => w[1]));
    VOCAB_VARIANTS.set(vocab, (withVariants = [...vocab, ...VARIANTS.filter((v) => keys.has(v[1]))]));
  }
  return wordsOf(norm, withVariants);
}

/** Each vocabulary with its short forms (one list per vocabulary, so wordsOf's memo knows it again). */
const VOCAB_VARIANTS = new WeakMap<Vocab, Vocab>();

/**
 * A text that names one of the words at two places, longer words masked first: it does not place that
 * word, so it reads no order. A header word not read whole (a glyph lost and not repaired, a cell
 * wrapped onto a line of its own) is not masked, and a shorter word inside it reads there too: the
 * band '自然人法人或其他组总计商业企业…其他' (织 lost) names 其他 before 总计 and again last, and its
 * first place would read the columns as reordered.
 */
function namesTwice(norm: string, vocab: Vocab): boolean {
  let masked = norm;
  for (const w of [...vocab, ...VARIANTS].sort((a, b) => b[0].length - a[0].length)) {
    const parts = masked.split(w[0]);
    if (parts.length > 2) return true;
    masked = parts.join('#'.repeat(w[0].length));
  }
  return false;
}


/** A number printed inside text, not as a cell: run into a character on either side ('表3', '2024年度', '申请2716件'), or with an ordinal before it or a unit after it ('表 3', '共 21 件'). */
const RUN_INTO = /[\p{Script=Han}A-Za-z]$|[第表]\s*$/u;
const UNIT_AFTER = /^\s*[件个人次年月日号项%％]|^[\p{Script=Han}A-Za-z]/u;
/** A count ('21件', '37 件'): a header prints none (a footnote mark run into a header word, '总计1', is no count). */
const COUNT_AFTER = /^\s*[件个次项%％]/u;
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** The few characters around a number the patterns above look at (a line may be a megabyte of digits). */
const before = (text: string, m: RegExpMatchArray): string => text.slice(Math.max(0, m.index! - 8), m.index);
const after = (text: string, m: RegExpMatchArray): string => text.slice(m.index! + m[0].length, m.index! + m[0].length + 8);

/** The numbers a text prints as values, the numbers inside its text left out. */
const valueMatches = (text: string): RegExpMatchArray[] => [...text.matchAll(NUMBER)].filter((m) => !RUN_INTO.test(before(text, m)) && !UNIT_AFTER.test(after(text, m)));

/** Where a text prints numbers as values, the numbers inside its text left out. */
function valueNumbers(text: string): number[] {
  return valueMatches(text).map((m) => m.index!);
}

/** The values a text prints as numbers, the numbers inside its text left out (a thousands comma dropped). */
export function textValues(text: string): number[] {
  return valueMatches(text).map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * A line above the header that is none of it: a caption ('表3  2024年度  单位：件', '表3：收到和处理…'),
 * a note ('注：…'), or a sentence of the narrative ('…其中自然人申请21件，法人或其他组织申请16件。'):
 * it prints numbers inside its text, or it is a note. A header line prints no number (its corner
 * note at most a digit or two, and a header line is mostly header words). Such a line neither ends
 * the band (its numbers are no values) nor is read as header (a sentence naming 自然人 and
 * 法人或其他组织 names them in its own order).
 */
function outsideHeader(text: string): boolean {
  if (/^\s*[（(]?\s*备?注\s*\d*\s*[:：]/.test(text)) return true;
  if ([...text.matchAll(NUMBER)].some((m) => COUNT_AFTER.test(after(text, m)))) return true;
  return /\d/.test(text) && !isHeaderText(normalizeLabel(text).replace(/\d/g, ''));
}

/**
 * The header band: lines before the first line printing two or more numbers as values or table
 * 三's first row label, and that line's text before its first value or that label (a header run
 * into the first row: a dump with every line break lost). Text before a sentence's end ('。') and
 * lines outside the header (captions, notes, sentences: `outsideHeader`) are left out.
 */
export function headerBand(lines: readonly Line[]): string[] {
  return [...bandOf(lines).band];
}

function bandOf(lines: readonly Line[]): { band: readonly string[]; joined: string | null } {
  const known = BANDS.get(lines);
  if (known && known.length === lines.length) return known;
  const read = { length: lines.length, ...readBand(lines) };
  BANDS.set(lines, read);
  return read;
}

/**
 * headerBand by the table's lines (a WeakMap: an entry goes with its lines; read again if lines were
 * added): the column-order, subtotal, clipped-total and merged-group checks each read table 三's band.
 */
const BANDS = new WeakMap<readonly Line[], { length: number; band: readonly string[]; joined: string | null }>();

function readBand(lines: readonly Line[]): { band: string[]; joined: string | null } {
  const out: string[] = [];
  const whole: (Line | null)[] = [];
  for (const l of lines) {
    const full = l.cells.join(' ');
    const text = full.slice(full.lastIndexOf('。') + 1);
    const values = valueNumbers(text);
    const ends = [values.length >= BAND_END_NUMBERS ? values[0]! : -1, firstRowAt(text)].filter((i) => i >= 0);
    if (ends.length) {
      out.push(text.slice(0, minOf(ends)));
      whole.push(null);
      break;
    }
    if (text.trim() === '' || outsideHeader(text)) continue;
    out.push(text);
    whole.push(text === full ? l : null);
  }
  return { band: out, joined: joinedByColumn(out, whole) };
}

/** A line of a table grid whose every cell has its column (a ruled PDF, HTML, .docx). */
const gridLine = (l: Line | null): l is Line & { cols: number[] } => l !== null && l.source.table !== undefined && l.cols !== undefined && l.cols.length === l.cells.length;

/**
 * The band joined with the lines of one table grid read column by column (top row first within a
 * column) instead of line after line: a header row's cells are named where they stand, and a
 * sub-column's cell the grid holds on a lower row than its neighbours' (a CSS grid cut by a page
 * break: '科研机构 … 其他' on one row, '商业企业' left of them on the row below) is not read after them.
 * Null when no two band lines are of one grid (the band joined in reading order is the reading).
 */
function joinedByColumn(band: readonly string[], whole: readonly (Line | null)[]): string | null {
  const parts: string[] = [];
  let changed = false;
  for (let i = 0; i < band.length; ) {
    const l = whole[i]!;
    let j = i + 1;
    if (gridLine(l)) while (j < band.length && gridLine(whole[j]!) && whole[j]!.source.table === l.source.table && whole[j]!.source.page === l.source.page) j++;
    if (j - i < 2) {
      parts.push(band[i]!);
      i = j;
      continue;
    }
    const cells = whole.slice(i, j).flatMap((g, row) => g!.cells.map((text, k) => ({ text, col: g!.cols![k]!, row })));
    const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
    if (sorted.some((c, k) => c !== cells[k])) changed = true;
    parts.push(sorted.map((c) => c.text).join(' '));
    i = j;
  }
  return changed ? parts.join(' ') : null;
}

/** Texts a band is read as: each line, and (pieces joined) all of them in reading order — a grid's lines column by column (`joinedByColumn`). */
function readings(texts: readonly string[], joined: string | null = null): string[] {
  const norm = texts.map((t) => groupPathsRead(normalizeLabel(t).replace(/\d/g, '')));
  return [...norm, joined === null ? norm.join('') : groupPathsRead(normalizeLabel(joined).replace(/\d/g, ''))];
}
const bandTexts = (lines: readonly Line[]): string[] => {
  const { band, joined } = bandOf(lines);
  return readings(band, joined);
};
/** The replacement character a PDF font without a usable ToUnicode map leaves for a glyph (a Ghostscript reprint: '法人或\uFFFD他组织'). */
const DAMAGED = '\uFFFD';

/**
 * A header word printed with one glyph undecodable reads as that word when no other column word
 * fits there ('\uFFFD他' is 其他): a column word of two or more characters, every other character as
 * printed. Repeated while a pass repairs something: a word with two glyphs lost reads once a shorter
 * word inside it is repaired ('法人或\uFFFD他组\uFFFD' → '法人或其他组\uFFFD' → 法人或其他组织).
 */
function undamaged(text: string, words: readonly string[]): string {
  let out = text;
  for (let before = ''; out !== before && out.includes(DAMAGED); ) {
    before = out;
    out = repairOnce(out, words);
  }
  return out;
}

/** One pass of `undamaged`: every window with one glyph lost that one column word alone fits, longest words first. */
function repairOnce(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (w.length < 2) continue;
    for (let i = 0; i + w.length <= out.length; i++) {
      const window = out.slice(i, i + w.length);
      const lost = [...window].filter((c) => c === DAMAGED).length;
      if (lost !== 1 || ![...window].every((c, k) => c === DAMAGED || c === w[k])) continue;
      const fits = words.filter((o) => o.length === w.length && [...window].every((c, k) => c === DAMAGED || c === o[k]));
      if (fits.length === 1) out = out.slice(0, i) + w + out.slice(i + w.length);
    }
  }
  return out;
}

/** The band read with header cells wrapped into pieces stacked over several lines joined (stacked-header.ts), pieces kept apart. */
function stackedBand(band: readonly string[], words: readonly string[]): string[] {
  const texts = band.map((t) => t.split(/\s+/).map((r) => normalizeLabel(r).replace(/\d/g, '')).join(' '));
  return stackedTexts(texts, words).map((t) => groupPathsRead(t.replace(/\s+/g, '')));
}
/** Table 四 prints no row labels: every digit-free line of its section is header text (a header per group stacked between the groups' rows). */
const textLines = (lines: readonly Line[]): string[] =>
  readings(lines.map((l) => beforeDigits(l.cells.join(' ')).replace(REVIEW_HEADING, '')).filter((t) => t.trim() !== ''));
/** Table 四's section heading, which names 行政复议 before 行政诉讼 whatever the header's order (kept in a dump run into one line). */
const REVIEW_HEADING = /政府信息公开行政复议\W?行政诉讼(情况)?/g;
/** Table 四's section heading alone on its line (normalised: numbering and punctuation dropped). */
const REVIEW_HEADING_LINE = /^政府信息公开行政复议行政诉讼(情况)?$/;
/** The group header over table 四's two litigation groups. */
const LITIGATION = '行政诉讼';
/** A line's text before its first digit (all of it when it has none). */
const beforeDigits = (t: string): string => (/\d/.test(t) ? t.slice(0, t.search(/\d/)) : t);

/** The order of `keys` (in template order) as named by one text: their printed order, or null when a key is not named. */
function orderIn(norm: string, vocab: Vocab, keys: readonly string[]): string[] | null {
  const named = wordsIn(norm, vocab).map((w) => w[1]).filter((k): k is string => k !== null && keys.includes(k));
  return named.length === keys.length && new Set(named).size === keys.length ? named : null;
}

const inOrder = (printed: readonly string[], keys: readonly string[]): boolean => printed.every((k, i) => k === keys[i]);

/**
 * Table 三's leaf columns as the header band names them, group header spliced with its sub-columns
 * ('法人或其他组织' replaced by the line or run naming 商业企业 … 其他): per text, the printed order of
 * the leaves, or null. Texts are tried line by line first, then the band joined.
 */
export function requestBandOrder(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[]): { order: string[]; text: string; confirms: boolean }[] {
  const words = [...vocab, ...VARIANTS].map((w) => w[0]);
  const band = headerBand(lines).map((t) => undamaged(t, words));
  const joined = bandOf(lines).joined;
  const positional = positionalBand(lines);
  const read = readings(band, joined === null ? null : undamaged(joined, words));
  // The band joined with its group word left out: a dump not laid out by position (plain pdftotext)
  // prints the group cell (法人或其他组织) above the line of 自然人, which stands left of the group,
  // so the group's place in reading order is not its column's; its sub-columns stand where named.
  // Only when they are named between other columns (自然人 … 总计): '法人或其他组织 自然人 总计'
  // followed by the sub-columns is a top row printed in its own order (法人或其他组织 first).
  // Such a stream does not say either whether 自然人 stands left or right of the group (a row-spanning
  // cell is read between the group's rows wherever it stands): this reading never confirms an order,
  // it only keeps the reading that places the group first from being followed.
  const ungrouped = band.length > 1 && read.at(-1)!.includes(group) ? [read.at(-1)!.split(group).join('')].filter((t) => subsEnclosed(t, vocab, subKeys)) : [];
  const texts = [...read, ...stackedBand(band, [...words, ...GROUP_PATH_WORDS])].filter((t) => !namesTwice(t, vocab));
  const byPosition = positional ? [undamaged(positional, words)].filter((t) => !namesTwice(t, vocab)) : [];
  const doubts = spliced(ungrouped.filter((t) => !namesTwice(t, vocab)), vocab, group, subKeys, leafKeys).map((r) => ({ ...r, confirms: false }));
  const perLine = cellPerLine(lines);
  // One cell per line, the band's lines come in baseline order: a cell wrapped over more lines starts
  // higher and is dumped before its left neighbour ('法律服' / '务机构' / '社会公益组织'), so the band joined
  // across lines names another order than the template's only between cells wrapped alike (the group
  // word's place is not read either: see below).
  const acrossLines = new Set(band.length > 1 ? [read.at(-1)!, ...ungrouped] : []);
  const trusted = (r: { order: string[]; text: string }): boolean => inOrder(r.order, leafKeys) || !acrossLines.has(r.text) || !wrapsDiffer(groupAtTemplateSlot(r.order, subKeys, leafKeys), band, vocab, leafKeys);
  type Reading = { order: string[]; text: string; confirms: boolean };
  const kept = (rs: Reading[]): Reading[] => (perLine ? rs.filter(trusted) : rs);
  // The sub-columns' order may be named by any of the band's texts (a reading by position that cuts '科研机构' names the group word only).
  const confirming = (ts: readonly string[]): Reading[] => kept(spliced(ts, vocab, group, subKeys, leafKeys, [...texts, ...byPosition]).map((r) => ({ ...r, confirms: true })));
  const all = [...confirming(texts), ...confirming(byPosition), ...kept(doubts)];
  const norms = band.map((t) => groupPathsRead(normalizeLabel(t)));
  if (norms.some((t) => groupWithLeaf(t, vocab, group, subKeys)) || !(perLine || leavesByBaseline(norms, vocab, group, subKeys) || groupPlaceUnread(groupPiecesJoined(norms, group), vocab, group, subKeys))) return all;
  // A dump in position order (every cell a line of its own, or lines gathered by baseline) prints the group
  // header's top row apart from the leaves spanning both header rows: the group word's place among them is
  // not read. The printed order is kept only where it does not rest on that place (the group word put back
  // at its template slot); a reading by the words' places on the line (map/positional-band) stands as read.
  const unplaced = (rs: Reading[]): Reading[] =>
    rs.flatMap((r) => {
      if (inOrder(r.order, leafKeys)) return [r];
      const order = groupAtTemplateSlot(r.order, subKeys, leafKeys);
      return inOrder(order, leafKeys) ? [] : [{ ...r, order }];
    });
  return [...unplaced(confirming(texts)), ...confirming(byPosition), ...unplaced(kept(doubts))];
}

/** A text names the sub-columns (`subKeys`) after another column and before another: 自然人 … 总计. */
function subsEnclosed(norm: string, vocab: Vocab, subKeys: readonly string[]): boolean {
  const isSub = wordsIn(norm, vocab).map((w) => w[1] !== null && subKeys.includes(w[1]));
  const first = isSub.indexOf(true);
  return first > 0 && isSub.lastIndexOf(true) < isSub.length - 1 && !isSub.slice(first, isSub.lastIndexOf(true)).includes(false);
}

/**
 * Two columns `order` prints against the template's order of which one is named whole on a band line
 * and the other is not (wrapped into pieces): their order across the lines is the dump's baseline
 * order, not their places.
 */
function wrapsDiffer(order: readonly string[], band: readonly string[], vocab: Vocab, leafKeys: readonly string[]): boolean {
  const tokens = new Set(band.flatMap((t) => t.split(/\s+/).map((x) => normalizeLabel(x))));
  const whole = (k: string): boolean => vocab.some((w) => w[1] === k && tokens.has(w[0]));
  return order.some((a, i) => order.slice(i + 1).some((b) => leafKeys.indexOf(b) < leafKeys.indexOf(a) && whole(a) !== whole(b)));
}

/** Numbers that print alone on a line, as a share of the lines printing a number, for a dump to read as one cell per line. */
const CELL_PER_LINE_SHARE = 0.8;
/** Lines printing a number a table region must hold to tell its dump's shape. */
const CELL_PER_LINE_MIN = 7;

/**
 * The region is a dump in position order with one cell per line (plain pdftotext of a ruled table): most
 * lines printing a number print that number alone.
 */
function cellPerLine(lines: readonly Line[]): boolean {
  const numeric = lines.map((l) => l.cells.join(' ').trim()).filter((t) => /\d/.test(t));
  if (numeric.length < CELL_PER_LINE_MIN) return false;
  return numeric.filter((t) => /^-?\d+$/.test(t)).length >= CELL_PER_LINE_SHARE * numeric.length;
}

/**
 * A band line names two leaves outside the group (自然人, 总计) and not the group word, which stands on
 * a line of its own: a dump that gathers text by baseline (PDFBox -sort, pdftotext's reading order)
 * prints the two cells spanning both header rows side by side, centred below the group's top row, so
 * the line order puts '法人或其他组织' above '自然人 总计' wherever its column stands (a header printing
 * the group first reads the same). The group's place among them is not read.
 */
function leavesByBaseline(norms: readonly string[], vocab: Vocab, group: string, subKeys: readonly string[]): boolean {
  const outside = (t: string): number => wordsIn(t, vocab).filter((w) => w[0] !== group && w[1] !== null && !subKeys.includes(w[1])).length;
  return norms.some((t) => t.includes(group)) && norms.some((t) => !t.includes(group) && outside(t) >= 2);
}

/**
 * No band line ties the group word's place to a leaf outside the group (自然人, 总计): the group word
 * stands on a line of its own and no line names an outside leaf with a sub-column. Its place among
 * them is then only the lines' order — a dump of one header cell per line (pdfminer -M 6: the group's
 * top-row cell drawn higher than the two cells spanning both rows, '法人或其他组织' / '自然人' / '总计' /
 * '商业企业' …) prints the group first whether or not its column stands first, so that order reads nothing.
 */
function groupPlaceUnread(norms: readonly string[], vocab: Vocab, group: string, subKeys: readonly string[]): boolean {
  const named = norms.map((t) => wordsIn(t, vocab));
  const outside = (w: HeaderWord): boolean => w[0] !== group && w[1] !== null && !subKeys.includes(w[1]);
  const sub = (w: HeaderWord): boolean => w[0] !== group && w[1] !== null && subKeys.includes(w[1]);
  return named.some((ws) => ws.some((w) => w[0] === group)) && named.every((ws) => !ws.some((w) => w[0] === group) || ws.length === 1) && !named.some((ws) => ws.some(outside) && ws.some(sub));
}

/**
 * The band's lines with the group word's pieces on lines of their own joined into one line ('法人或其' / '他组织': pdfminer
 * -M 6 of a cell wrapped inside the word prints its box over two lines), so the group word alone on its line is seen as such
 * (`groupPlaceUnread`; order48: a seeded template-order table read one column off at 0.85 so).
 */
function groupPiecesJoined(norms: readonly string[], group: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    let j = i;
    let joined = norms[i]!;
    while (joined !== group && group.startsWith(joined) && joined !== '' && j + 1 < norms.length && j - i < 3) joined += norms[++j]!;
    if (joined === group && j > i) {
      out.push(group);
      i = j;
    } else out.push(norms[i]!);
  }
  return out;
}

/** One band line names the group word and a leaf that is not one of its sub-columns (自然人, 总计): their order on that line is read. */
function groupWithLeaf(norm: string, vocab: Vocab, group: string, subKeys: readonly string[]): boolean {
  const ws = wordsIn(norm, vocab);
  return ws.some((w) => w[0] === group) && ws.some((w) => w[1] !== null && !subKeys.includes(w[1]));
}

/** `order` with its sub-columns (kept in their printed order) moved to the group's slot in the template among the other leaves. */
function groupAtTemplateSlot(order: readonly string[], subKeys: readonly string[], leafKeys: readonly string[]): string[] {
  const firstSub = leafKeys.findIndex((k) => subKeys.includes(k));
  const slot = leafKeys.slice(0, Math.max(0, firstSub)).filter((k) => !subKeys.includes(k)).length;
  const rest = order.filter((k) => !subKeys.includes(k));
  const subs = order.filter((k) => subKeys.includes(k));
  return [...rest.slice(0, slot), ...subs, ...rest.slice(slot)];
}

/** Per text, the printed order of `leafKeys`, the `group` word replaced by its sub-columns (`subKeys`, as named on this text or another of `named`). */
function spliced(texts: readonly string[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[], named: readonly string[] = texts): { order: string[]; text: string }[] {
  const subs = texts.map((t) => orderIn(t, vocab, subKeys));
  const elsewhere = named.map((t) => orderIn(t, vocab, subKeys)).find((s) => s !== null) ?? null;
  const out: { order: string[]; text: string }[] = [];
  texts.forEach((t, i) => {
    const words = wordsIn(t, vocab);
    const sub = subs[i] ?? subs.find((s) => s !== null) ?? elsewhere;
    if (!sub) return;
    const grouped = words.some((w) => w[0] === group);
    // The group word's place is the sub-columns' (named on this text or another); without it they stand where named.
    const keys = words.flatMap((w) => (w[0] === group ? sub : w[1] === null || (grouped && subKeys.includes(w[1])) ? [] : [w[1]]));
    const leaves = keys.filter((k) => leafKeys.includes(k));
    if (leaves.length === leafKeys.length && new Set(leaves).size === leaves.length) out.push({ order: leaves, text: t });
  });
  return out;
}

/**
 * Where table 三's header band names 总计 (`total`) among the leaves (0-based, printed order), when every
 * reading of the band that names all leaves puts it at one place; null otherwise. Unlike
 * `requestBandOrder`, readings across a dump's lines are not set aside (a one-cell-per-line dump's line
 * order may not be the columns'): alone this places nothing, it only agrees or not with a place the
 * rows' totals determine (map/column-order followRowOrder).
 */
export function requestBandTotalPlace(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[], total: string): number | null {
  const words = [...vocab, ...VARIANTS].map((w) => w[0]);
  const joined = bandOf(lines).joined;
  const band = headerBand(lines).map((t) => undamaged(t, words));
  const texts = readings(band, joined === null ? null : undamaged(joined, words)).filter((t) => !namesTwice(t, vocab));
  const places = spliced(texts, vocab, group, subKeys, leafKeys).map((r) => r.order.indexOf(total));
  return places.length > 0 && places.every((p) => p === places[0]) ? places[0]! : null;
}

/** Table 三: the band names every leaf in the template order. */
export function requestOrderConfirmed(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[]): boolean {
  return requestBandOrder(lines, vocab, group, subKeys, leafKeys).some((r) => r.confirms && inOrder(r.order, leafKeys));
}

/** Table 四: the band names its three groups and its result columns, each in the template order. */
export function reviewOrderConfirmed(lines: readonly Line[], groups: Vocab, columns: Vocab): boolean {
  const texts = textLines(lines);
  const gKeys = groups.map((w) => w[1]!);
  const cKeys = columns.map((w) => w[1]!);
  // 行政诉讼 heads the two litigation groups: its place is theirs ('行政诉讼 行政复议' over '未经复议直接起诉 复议后起诉' prints 行政复议 last).
  const subKeys = gKeys.slice(1);
  // The two litigation groups (no identity tells them apart) are confirmed only by one line naming both
  // in order (a laid-out dump, a PDF or HTML header row): in a text stream not laid out by position the
  // lines' reading order is not the columns' order ('未经复议直接起诉' on a line above '… 复议后起诉').
  const litigationInOrder =
    texts.slice(0, -1).some((t) => {
      const o = orderIn(t, groups, subKeys);
      return o !== null && inOrder(o, subKeys);
    }) || adjacentCells(texts.slice(0, -1), groups, subKeys);
  // The header band read by position (a space-aligned dump: 行政复议 spanning two header rows printed below the 行政诉讼 span).
  const positional = positionalBand(lines, REVIEW_HEADING_LINE);
  if (positional) texts.push(positional);
  const g = litigationInOrder && spliced(texts, [...groups, [LITIGATION, null]], LITIGATION, subKeys, gKeys).some((r) => inOrder(r.order, gKeys));
  const pieces = piecesOf(columns.map((w) => w[0]), []);
  const c = texts.some((t) => {
    const o = orderIn(t, columns, cKeys);
    return (o !== null && inOrder(o, cKeys)) || piecesInOrder(pieceRanks(t, pieces), cKeys.length - 1);
  });
  return g && c;
}

/**
 * A dump printing one header cell per line (mutool, pdfminer: each cell's text a line of its own,
 * in the order the page draws the cells) names the litigation groups as two lines that are each one
 * group word and follow each other: adjacent cells of one header row, the first printed first. Lines
 * holding more (a column of the page, a reading order by blocks) say nothing of the columns' order.
 */
function adjacentCells(texts: readonly string[], groups: Vocab, keys: readonly string[]): boolean {
  const only = (t: string, key: string): boolean => groups.some((w) => w[1] === key && w[0] === t);
  return texts.some((t, i) => keys.every((k, j) => only(texts[i + j] ?? '', k)));
}

/**
 * Table 四's header band read by position (a laid-out dump) is its header words only: the group words
 * in template order and the result columns in template order under each group. A line of such a band
 * naming columns out of order is pieces of wrapped cells ('维持 … 尚未审结 总计 结果维持'), not a reordered header.
 */
export function reviewBandInOrder(lines: readonly Line[], groups: Vocab, columns: Vocab): boolean {
  const text = positionalBand(lines, REVIEW_HEADING_LINE);
  const seq = text === null ? null : wordSequence(text.replace(REVIEW_HEADING, ''), [...groups, ...columns].map((w) => w[0]));
  const cols = columns.map((w) => w[0]);
  const inCols = (w: string): boolean => cols.includes(w);
  return seq !== null && seq.filter(inCols).join() === [...cols, ...cols, ...cols].join() && seq.filter((w) => !inCols(w)).join() === groups.map((w) => w[0]).join();
}

/**
 * Header cells wrapped in narrow columns ('结果维' / '持', one line per piece): a line whose
 * two-character pieces, each belonging to one column word only, name the first `n` columns once each
 * in template order (or that run repeated, one per group) reads the columns' order as well as whole words.
 */
function piecesInOrder(ranks: readonly number[] | null, n: number): boolean {
  const named = (ranks ?? []).filter((r) => r < n);
  return named.length >= n && named.length % n === 0 && named.every((r, i) => r === i % n);
}

/**
 * Table 三's leaf columns as each text of the header band names them when it names fewer than all
 * (a report that prints no 社会公益组织 column, or one part of a table split column-wise across
 * pages): per text, the group word replaced by the sub-columns named (on this text, or the text
 * naming most of them), the leaves in printed order, each once; texts naming none left out, and
 * (unless `subsOptional`: a part may hold only 自然人 or 总计) texts when the band names no sub-column.
 */
export function requestBandSubsets(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[], subsOptional = false): string[][] {
  return requestBandReadings(lines, vocab, group, subKeys, leafKeys, subsOptional).map((r) => r.leaves);
}

/**
 * `requestBandSubsets` with each reading marked `joined` when it is the band's lines joined in reading
 * order (two lines or more): its order of words from different lines is the lines' order, not the
 * columns' (a 总计 spanning two header rows printed on the line above the sub-columns beside it).
 */
export function requestBandReadings(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[], subsOptional = false): { leaves: string[]; joined: boolean }[] {
  const band = bandTexts(lines);
  const texts = band.map((t, i) => ({ t, joined: band.length > 2 && i === band.length - 1 })).filter(({ t }) => !namesTwice(t, vocab));
  const subsOf = texts.map(({ t }) => wordsIn(t, vocab).map((w) => w[1]).filter((k): k is string => k !== null && subKeys.includes(k)));
  const most = subsOf.reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
  return texts.flatMap(({ t, joined }, i) => {
    const words = wordsIn(t, vocab);
    const grouped = words.some((w) => w[0] === group);
    const sub = grouped && subsOf[i]!.length > 0 ? subsOf[i]! : most;
    const keys = words.flatMap((w) => (w[0] === group ? sub : w[1] === null || (grouped && subKeys.includes(w[1])) ? [] : [w[1]]));
    const leaves = keys.filter((k) => leafKeys.includes(k));
    return leaves.length > 0 && leaves.length < leafKeys.length && new Set(leaves).size === leaves.length && (sub.length > 0 || (subsOptional && !grouped)) ? [{ leaves, joined }] : [];
  });
}

/** The first of `requestBandSubsets` that names every key of `required`; null when none does. */
export function requestBandSubset(lines: readonly Line[], vocab: Vocab, group: string, subKeys: readonly string[], leafKeys: readonly string[], required: readonly string[]): string[] | null {
  return requestBandSubsets(lines, vocab, group, subKeys, leafKeys).find((leaves) => required.every((k) => leaves.includes(k))) ?? null;
}
