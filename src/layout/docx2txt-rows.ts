/**
 * @file Text that Python's docx2txt made of a .docx (`scripts/docx2txt.py` restates it;
 * `scripts/converter-text-variants.mjs`): it writes two line breaks before every paragraph, so every
 * paragraph — every table cell — stands after a blank line, a line break inside one (`<w:br>`) gives
 * lines without one between, and an EMPTY paragraph or cell gives two more line breaks (three blank
 * lines between its neighbours; a cell holding a no-break space, a line of white space). Read line by
 * line, the empty cells are lost and the values after them move one column left. In such a dump the
 * paragraphs are put back, and a run of value paragraphs (numbers, dashes, empty cells) with at least
 * one number or three empty cells is written as one tab-separated line after the text paragraphs just
 * before it, its row's label cells (two when only they stand since the run before, else the last one): '二、上年结转…\t3\t1\t\t\t\t1\t5'. The empty cells
 * of merged cells that Word writes at the start of the next row stay at the end of the row before
 * (empty cells after the row's values: map/row-candidates reads them as layout). Text that does not
 * keep the rhythm, or has no empty paragraph, or holds a page feed (a PDF dump's) and many lone counts (full tables' boxes), is
 * left as it is.
 */

/** A value cell: a number (maybe a money or count unit after it), a dash or slash for none. */
const VALUE = /^(?:[-\u2212]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个)?|[-—–－/／])$/;
/**
 * A grid table's border line ('+----+====+'): docx2txt writes a table's cells as paragraphs and draws
 * none, while pandoc's reST and plain writers draw every table so — and part paragraphs by one blank
 * line, the rhythm read here (breakit59 pandoc-rst-ctl: a page's layout table unwrapped into its
 * cells' text, layout-grids.ts, was read as docx2txt's and its data tables' grid lines joined into rows).
 */
const GRID_BORDER = /^\s*\+(?:[-=]{3,}\+){2,}\s*$/;
/** A line that is one count (a PDF dump's table cell as a text box of its own). */
const LONE_COUNT = /^\s*\d[\d,]*\s*$/;
/** Lone counts that make a page-fed dump's tables full: half of table 三's 7 × 25 cells. */
const MIN_FULL_COUNTS = 88;
/** Paragraphs needed before a text is taken as docx2txt's. */
const MIN_PARAGRAPHS = 30;
/** Share of paragraphs after the first that must stand after an odd number of blank lines. */
const MIN_RHYTHM = 0.9;
/** Empty cells that make a run of value paragraphs without a number a row (a row of zeros printed blank). */
const MIN_EMPTY_ROW = 3;
/** Text paragraphs before a run of values read as its row's label cells. */
const MAX_LABEL_CELLS = 2;

interface Paragraph {
  text: string;
  /** Index of its first line. */
  line: number;
}

/** The paragraphs of a docx2txt dump, empty ones included; null when the text does not keep its rhythm. */
function paragraphs(lines: readonly string[]): Paragraph[] | null {
  const out: Paragraph[] = [];
  let blank = 0;
  let rhythm = 0;
  let empties = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === '') {
      blank++;
      continue;
    }
    if (out.length > 0 && blank === 0) {
      // A line break inside the paragraph.
      out[out.length - 1]!.text += l.trim();
      continue;
    }
    if (out.length > 0 && blank % 2 === 1) rhythm++;
    for (let k = 0; k < (blank - 1) >> 1; k++) out.push({ text: '', line: i });
    empties += Math.max(0, (blank - 1) >> 1) + (l.trim() === '' ? 1 : 0);
    out.push({ text: l.trim(), line: i });
    blank = 0;
  }
  const placed = out.filter((p, i) => i > 0 && (p.text !== '' || out[i - 1]!.text !== '')).length;
  if (out.length < MIN_PARAGRAPHS || empties === 0 || rhythm < MIN_RHYTHM * placed) return null;
  return out;
}

const isValue = (p: Paragraph): boolean => p.text === '' || VALUE.test(p.text);

/**
 * True when `lines` hold a page feed (a PDF dumper's: pdfminer's `pdf2txt` ends every page with one, and with `-L 0.3` writes
 * each text line a box with a blank line after it, docx2txt's rhythm: fresh50 k2 pdf2txt-L0.3-full; docx2txt writes none) and
 * tables printing full (half of table 三's cells or more as numbers standing alone). Such a dump may be read by its boxes
 * (tables/box-pages: every cell a box) — but plain `pdftotext` writes a Chromium print's table a cell a paragraph with page
 * feeds too, and reads right by the paragraphs (test/ragged-band, fresh50 f05 lohtml): load/load-text reads it both ways
 * (`boxes` below) and keeps the reading confirming more values (2026-12-06 miner51, the merge).
 */
export function pageFedFullCounts(lines: readonly string[]): boolean {
  return lines.some((l) => l.includes('\f')) && lines.filter((l) => LONE_COUNT.test(l)).length >= MIN_FULL_COUNTS;
}

/**
 * The dump with each table row on one tab-separated line (see the file comment); the same array when it is not docx2txt's,
 * or when `boxes` and its tables print full in a PDF dumper's boxes (pageFedFullCounts: left to the box readers).
 */
export function joinDocxParagraphRows(lines: readonly string[], boxes = false): readonly string[] {
  // Cheap test first: docx2txt leaves a blank line between every two paragraphs.
  const blanks = lines.reduce((n, l) => n + (l === '' ? 1 : 0), 0);
  if (blanks * 2 < lines.length - 1) return lines;
  // A drawn grid's border: a markup dump (pandoc's reST or plain writer, its paragraphs too parted by a blank line), no docx2txt's.
  if (lines.some((l) => GRID_BORDER.test(l))) return lines;
  // (A table printed mostly blank prints no box for a blank cell, which the box readers cannot place: read by the paragraphs.)
  if (boxes && pageFedFullCounts(lines)) return lines;
  const ps = paragraphs(lines);
  if (ps === null) return lines;
  const out: string[] = [];
  let i = 0;
  while (i < ps.length) {
    let j = i;
    while (j < ps.length && isValue(ps[j]!)) j++;
    const run = ps.slice(i, j);
    const numbers = run.filter((p) => p.text !== '').length;
    if (run.length > 0 && (numbers > 0 || run.length >= MIN_EMPTY_ROW)) {
      // The row's label cells: the text paragraphs just before the run, when they stand in `out` as lines of their own.
      // Two only when nothing but them stands since the run before (a group label and its item); after a header's
      // words ('本年废止件数', '现行有效件数', '规章') the last one alone.
      let texts = 0;
      while (i - texts - 1 >= 0 && !isValue(ps[i - texts - 1]!)) texts++;
      const want = texts <= MAX_LABEL_CELLS ? texts : 1;
      const labels: string[] = [];
      while (labels.length < want && out.length > 0 && out[out.length - 1] === ps[i - labels.length - 1]!.text) labels.unshift(out.pop()!);
      out.push([...labels, ...run.map((p) => p.text)].join('\t'));
      i = j;
      continue;
    }
    // Text, or a few empty paragraphs between texts: each text on a line of its own.
    for (const p of run) if (p.text !== '') out.push(p.text);
    if (j < ps.length) out.push(ps[j]!.text);
    i = j + 1;
  }
  return out;
}
