/**
 * @file A PDF's plain text dump written without page feeds (`pdftotext -nopgbrk`): still a dump of text
 * blocks in the dumper's order (Line.blockOrdered), though no page feed says so (load-text PAGE_FEED).
 *
 * Plain `pdftotext` writes each text block as a paragraph: the lines of a wrapped block together, a blank
 * line after it; a table cell that is a block of its own is a paragraph of one number. The blocks come in
 * poppler's order, not always the page's: Chromium drew 复议后起诉's 结果维持 cell after the row's others and
 * `pdftotext -nopgbrk` wrote '0 0 0 0 5' for '5 0 0 0 5' (gen60 chrome-a4 r07: 其他结果 5 at 0.98; the group's
 * total holds in any order of its parts). With page feeds the dump is read as block-ordered (map/review-blocks,
 * score BLOCK_ORDER_CAP); without them, it is when its paragraphs show a block dump's shape: numbers standing
 * alone as paragraphs (cells as blocks) and running text cut by the page's width. Converters that write a
 * paragraph per cell in the document's own order (docx2txt, html2text: test/fixtures) cut no text so. Of the
 * gen60/gen61 chrome-a4 `-nopgbrk` dumps with three lone numbers or more, 2 in 144 show no such cut (left
 * as they were).
 */

/** A line that is one number (a table cell dumped as a text block when blank lines stand around it). */
const LONE_NUMBER = /^\s*-?[\d,.]+\s*$/;
/** Lone-number paragraphs needed: a table's cells written as blocks, not a stray page number. */
const MIN_LONE = 3;
/** chars. A line of running text a page's width cut (Chromium A4: 35 or more), not a table cell's piece (a few). */
const MIN_WRAPPED_CHARS = 25;
/** A line ending where a sentence or a clause may end: not cut by the page's width. */
const LINE_END = /[。；：！？）)」”]\s*$/;

/**
 * True when `text` (no page feeds) reads as a plain PDF text dump of blocks as paragraphs: numbers standing
 * alone between blank lines (cells as blocks) and a line of running text cut by the page's width (a long
 * line with no sentence end, the block's next line right under it). A converter writes a paragraph's text
 * on one line (docx2txt, html2text of CJK text) or cuts it at a sentence: no such cut.
 */
export function readsAsBlockDump(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i]!.trim() === '';
  let lone = 0;
  let cut = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (LONE_NUMBER.test(line)) {
      if (blank(i - 1) && blank(i + 1)) lone++;
      continue;
    }
    const t = line.trim();
    if (!cut && t.length >= MIN_WRAPPED_CHARS && !t.includes('\t') && !LINE_END.test(t) && !blank(i + 1) && !LONE_NUMBER.test(lines[i + 1]!)) cut = true;
  }
  return lone >= MIN_LONE && cut;
}
