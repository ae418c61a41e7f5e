/**
 * @file A table's caption printed as a line of its own above or below the table ('表2-3', '表 3', '附表1',
 * '表' and '2-3' in two fonts, '表2  政府信息公开情况统计表'). Its number is the table's, not a value: a
 * caption line between two small tables (table 二 printed as one table per group, each captioned) had been
 * taken for a wrapped label fragment of the row beside it (`mergeWrappedLabels`), and '表2-3' read as
 * 行政许可's count (3 at 0.85, xml46 scripts/wrapped-cell-variants.mjs lo-xml). Such a line is kept as a line of
 * its own, as printed — no label fragment, and no row of numbers for other fragments to join (an earlier rule that
 * dropped caption runs from pdftohtml -xml lost table 三 under a caption printed below table 二).
 */
import type { PositionedLine } from './pdf-lines.js';

/** '表' and the table's number ('2', '2-3', '2.1'), then the end or the caption's words (no digit, no amount). */
const CAPTION = /^附?表\s*\d{1,2}(?:\s*[-－—.．]\s*\d{1,2})?(?:$|\s*[^\d\s.．,，、])/u;

/** True when the line is a table's caption (CAPTION over its cells' text). */
export function isCaptionLine(l: Pick<PositionedLine, 'cells'>): boolean {
  return CAPTION.test(l.cells.join(' ').trim());
}
