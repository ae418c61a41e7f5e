/**
 * @file Line cleaning every loader's output goes through (text, HTML, docx, PDF): invisible Unicode
 * format characters removed, and lines whose every character is printed twice (a text dump of a
 * fake-bold PDF, where each glyph is drawn twice) de-doubled when that makes known words appear.
 */
import type { Line } from '../model/document.js';
import { TEMPLATE_2019, TEMPLATE_2021 } from '../template/index.js';
import { normalizeLabel } from './normalize-text.js';
import { tabCell } from './text-to-lines.js';

/**
 * Unicode format characters (category Cf: zero-width space/joiners U+200B–U+200D, word joiner
 * U+2060, BOM U+FEFF, bidi marks and embeddings, soft hyphen U+00AD, …). They are invisible on the
 * page, but split a number ('2\u200b3' read as 2 and 3) or a label for the tokenizer. Crawlers and
 * CMS editors leave them in text; KIROGOVCOMPARE ships a sanitizer for exactly these.
 */
const FORMAT_CHARS = /\p{Cf}/gu;
const HAS_FORMAT_CHAR = /\p{Cf}/u;

/** Removes Unicode format characters (invisible, never content in a report). */
export function removeFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, '');
}

/**
 * Words that a de-doubled document must contain for the de-doubling to be taken (the report's
 * headings and table vocabulary): doubling is read as a rendering artifact only when undoing it
 * makes the report's own words appear.
 */
const KNOWN_WORDS = ['政府信息公开', '主动公开', '总体情况', '申请', '行政复议', '行政诉讼', '自然人', '规章'];

/** Share of the Han-bearing lines that must be doubled for the document to be read as doubled. */
const DOUBLED_LINE_SHARE = 0.5;
/** Han characters a line needs to count in that share (shorter lines prove nothing). */
const MIN_HAN_PAIRS = 2;

/** The text with every character printed twice undone, or null when it is not so printed. */
export function undouble(text: string): string | null {
  const chars = [...text];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    // White space between doubled runs may be single (a separator the dump tool wrote itself).
    if (/\s/.test(c)) {
      out += c;
      i += chars[i + 1] === c ? 2 : 1;
      continue;
    }
    if (chars[i + 1] !== c) return null;
    out += c;
    i += 2;
  }
  return out;
}

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** Template row labels (normalized): a de-doubled line that holds one is a table row printed twice. */
const ROW_LABELS = [...new Set([...TEMPLATE_2021.activeRows, ...TEMPLATE_2019.activeRows, ...TEMPLATE_2021.requestRows, ...TEMPLATE_2019.requestRows].flatMap((r) => r.labels))];

/** Every cell of a line de-doubled, or null when some cell is not printed twice (or the line is empty). */
function undoubleCells(line: Line): string[] | null {
  const cells = line.cells.map((c) => undouble(c));
  if (cells.some((c) => c === null) || cells.every((c) => c!.trim() === '')) return null;
  return cells as string[];
}

/**
 * One line printed twice in an otherwise normal document (one bold row of a fake-bold PDF): taken
 * when its de-doubled text names a template row, or, for a line of numbers only, when a number
 * reads '00' as printed (no count is printed with a leading zero; '1122 00 1122' is '12 0 12').
 */
function undoubleLine(line: Line): Line {
  const cells = undoubleCells(line);
  if (!cells) return undoubleLabelCells(line);
  const text = normalizeLabel(cells.join(''));
  const named = hanCount(text) >= 2 && ROW_LABELS.some((l) => text.includes(l));
  const tokens = line.cells.join(' ').split(/\s+/).filter(Boolean);
  const numeric = tokens.length >= 2 && tokens.every((t) => /^\d+$/.test(t)) && tokens.includes('00');
  if (numeric) return { ...line, cells };
  if (!named) return line;
  // A bold label beside numbers that may or may not be bold ('11' is 1 twice, or 11): the numbers
  // are de-doubled only when that is proven (see doubledNumbers).
  const proven = doubledNumbers(line.cells.filter((c) => /^[\d.,\s]+$/.test(c)));
  return { ...line, cells: cells.map((c, i) => (proven || !/^[\d.,\s]+$/.test(line.cells[i]!) ? c : line.cells[i]!)), ...(proven ? {} : { undoubled: true }) };
}

/** A doubled cell that de-doubles to a template row label (the bold label cell of a row whose numbers are not bold). */
function undoubleLabelCells(line: Line): Line {
  const cells = line.cells.map((c) => {
    const once = undouble(c);
    if (once === null || hanCount(once) < 2) return c;
    const text = normalizeLabel(once);
    return ROW_LABELS.some((l) => text.includes(l)) ? once : c;
  });
  // The numbers beside the label stay as printed: they may be doubled too (map/row-evidence doubts them).
  return cells.some((c, i) => c !== line.cells[i]) ? { ...line, cells, undoubled: true } : line;
}

/**
 * De-doubles a doubled document: at least half of its lines with Han text are doubled, and the
 * de-doubled text contains report words the doubled text does not. Otherwise single doubled lines
 * are de-doubled when they prove to be (see undoubleLine).
 */
export function undoubleLines(lines: readonly Line[]): Line[] {
  const hanLines = lines.filter((l) => hanCount(l.cells.join('')) >= 2 * MIN_HAN_PAIRS);
  const doubled = hanLines.filter((l) => undoubleCells(l) !== null);
  if (hanLines.length > 0 && doubled.length >= DOUBLED_LINE_SHARE * hanLines.length) {
    const before = lines.map((l) => l.cells.join(' ')).join('\n');
    // A tab cell of the de-doubled text may now show a number printed with a space inside ('1 7').
    const out = lines.map((l) => ({ ...l, cells: l.cells.map((c) => undouble(c) ?? c).map((c) => (l.cells.length > 1 ? tabCell(c) : c)) }));
    const after = out.map((l) => l.cells.join(' ')).join('\n');
    if (KNOWN_WORDS.some((w) => after.includes(w) && !before.includes(w))) return out;
  }
  const out = lines.map(undoubleLine);
  // The lines read once here, not those undoubleValuesBelow marks or rewrites (taken for doubled
  // labels, the value lines below a first one would each start a run of their own, and the last
  // few of a run could then prove doubled where the run did not: '11' '112255' read 1 and 125).
  const once = out.flatMap((l, i) => (l !== lines[i] ? [i] : []));
  for (const i of once) undoubleValuesBelow(out, i + 1);
  return out;
}

const VALUE_LINE = /^[\d.,\s]+$/;

/**
 * Number cells beside a doubled label that are doubled too: every one printed twice, and either
 * one is '00' (no count is printed so) or there are several (a single '11' may be 1 printed
 * twice or the number 11; several values all of even length and repeated digits are not chance).
 */
function doubledNumbers(cells: readonly string[]): boolean {
  if (cells.length === 0 || cells.some((c) => undouble(c.trim()) === null)) return false;
  return cells.length >= 2 || cells.some((c) => c.trim() === '00');
}

/**
 * One value per line below a de-doubled row label (a bold row printed one cell per line): the
 * value lines that follow are de-doubled too when they prove doubled (see doubledNumbers).
 */
function undoubleValuesBelow(lines: Line[], from: number): void {
  let end = from;
  while (end < lines.length && lines[end]!.cells.length === 1 && VALUE_LINE.test(lines[end]!.cells[0]!)) end++;
  const printed = lines.slice(from, end).map((l) => l.cells[0]!.trim());
  const once = printed.map((t) => undouble(t));
  if (once.length === 0) return;
  // Not proven doubled: kept as printed, and in doubt ('66' may be 6 printed twice).
  if (!doubledNumbers(printed)) printed.forEach((_, j) => (lines[from + j] = { ...lines[from + j]!, undoubled: true }));
  else once.forEach((v, j) => (lines[from + j] = { ...lines[from + j]!, cells: [v!] }));
}

/** Format characters removed from every cell; a doubled document de-doubled. */
export function cleanLines(lines: readonly Line[]): Line[] {
  const stripped = lines.map((l) => (l.cells.some((c) => HAS_FORMAT_CHAR.test(c)) ? { ...l, cells: l.cells.map(removeFormatChars) } : l));
  return undoubleLines(stripped);
}
