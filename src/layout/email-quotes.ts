/**
 * @file A report forwarded or replied to by e-mail: its lines quoted with '>' (one per level, '> >'
 * or '>>' for a quote of a quote). When quoted lines make up much of the document, the quote marks
 * (each '>' with the one space after it) are cut off the lines that have them; the mail's own header
 * lines ('Subject:', '-------- Forwarded Message --------') stay as they are.
 */

/**
 * The quote marks at the start of a line: '>' repeated, each with an optional space after it; or a
 * bar some mail clients draw ('| text'), on a line with no other bar (a markdown table row has more).
 */
const QUOTES: readonly RegExp[] = [/^(?:> ?)+/, /^\| ?(?=[^|]*$)/];

/** lines. Fewer quoted lines than this are a quotation in a report, not a quoted report. */
const MIN_QUOTED = 12;
/** Share of the non-blank lines that must be quoted (a mail adds a few header and signature lines). */
const MIN_SHARE = 0.5;

/** The lines without their e-mail quote marks, when the document is a quoted mail (else as they are). */
export function stripEmailQuotes(lines: readonly string[]): readonly string[] {
  const filled = lines.filter((l) => l.trim() !== '').length;
  for (const quote of QUOTES) {
    const quoted = lines.filter((l) => quote.test(l)).length;
    if (quoted >= MIN_QUOTED && quoted >= filled * MIN_SHARE) return lines.map((l) => l.replace(quote, ''));
  }
  return lines;
}
