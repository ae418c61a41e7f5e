/**
 * @file A measure word printed after a number, one space or a cell boundary before the next value
 * ('5件 2件', '1001件 113件 29件' — a line of cells a dump joined with single spaces, `pdftotext -raw`
 * and plain of a report printing 件 after its table cells): the number's unit, not label text. Left as
 * text, each '件' started a row of its own between the row's values (a row '件' holding 113, another
 * holding 29), and the row printed whole read one value (fb36 jian j5-big-plain: table 三's first row
 * unread once its wrapped units were written back onto its numbers, layout/unit-lines).
 */
import { MEASURE_SOURCE, type CellParts } from './tokenize-cell.js';

/** A measure word starting a text part, the text's end or white space right after it. */
const UNIT_FIRST = new RegExp(`^\\s*(?:${MEASURE_SOURCE})(?=\\s|$)`);

/** A cell's parts with each measure word that starts a text part right after a number dropped (the part too when nothing else is left). */
export function withoutUnitsAfterValues(parts: CellParts['parts']): CellParts['parts'] {
  if (!parts.some((p, i) => i > 0 && p.kind === 'text' && parts[i - 1]!.kind === 'num' && UNIT_FIRST.test(p.text))) return parts;
  return parts.flatMap((p, i) => {
    if (i === 0 || p.kind !== 'text' || parts[i - 1]!.kind !== 'num' || !UNIT_FIRST.test(p.text)) return [p];
    const text = p.text.replace(UNIT_FIRST, '');
    return text.trim() === '' ? [] : [{ ...p, text }];
  });
}
