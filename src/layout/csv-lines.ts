/**
 * @file Table rows saved as comma-separated values inside a text file (a scraper that wrote each
 * table as CSV between the report's prose: `"规章",6,0,23`, `"行政许可",0,,`). Such a line is a row
 * of cells. A comma in prose is not a separator: lines are split only in a text with at least
 * MIN_CSV_ROWS lines that are CSV beyond doubt (a quoted field, or a label and two value fields),
 * and never where a comma sits between digits and a word (`收到申请1,234件`: a thousands separator).
 */
import { parseCsvWith } from '../load/csv-parse.js';

/** Lines that must be CSV beyond doubt before the text's comma lines are read as rows. */
const MIN_CSV_ROWS = 3;
/** Fields of a row. */
const MIN_FIELDS = 3;
/** A value field: a number, a not-applicable mark, or nothing (a blank cell). */
const VALUE = /^(?:[-\u2212]?\d+(?:\.\d+)?|[/／—–-])?$/;
/** A quoted field in the raw line. */
const QUOTED = /(?:^|,)\s*"[^"]*"\s*(?=,|$)/;
/** A field that is a word touching a digit at a comma: the comma is inside a number ('申请1' | '234件'). */
const DIGIT_AT_COMMA = { end: /\d$/, start: /^\d(?![.、．])/ };

/** The fields of a comma line, or null when its commas may be prose or thousands separators. */
function csvFields(raw: string): { cells: string[]; sure: boolean } | null {
  // A quoted field makes a row of two fields sure too ('行政强制,"15,697"': one value, its thousands separator quoted).
  const quoted = QUOTED.test(raw);
  const fields = quoted ? 2 : MIN_FIELDS;
  if (raw.includes('\t') || (raw.match(/,/g)?.length ?? 0) < fields - 1) return null;
  const cells = (parseCsvWith(raw.trim(), ',')[0] ?? []).map((c) => c.trim());
  if (cells.length < fields) return null;
  if (!quoted) {
    const words = cells.map((c) => !VALUE.test(c));
    const touching = cells.some((c, i) => words[i] && ((i < cells.length - 1 && DIGIT_AT_COMMA.end.test(c)) || (i > 0 && DIGIT_AT_COMMA.start.test(c))));
    if (touching) return null;
  }
  const values = cells.filter((c) => VALUE.test(c)).length;
  return { cells, sure: quoted || (values >= 2 && values < cells.length) };
}

/** The lines of `raws` that are CSV rows, with their cells (none unless MIN_CSV_ROWS are sure). */
export function csvRowCells(raws: readonly string[]): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let sure = 0;
  raws.forEach((raw, i) => {
    const f = csvFields(raw);
    if (!f) return;
    rows.set(i, f.cells);
    if (f.sure) sure++;
  });
  return sure >= MIN_CSV_ROWS ? rows : new Map();
}
