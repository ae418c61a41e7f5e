/**
 * @file The cuts of a fused token in a table's value stream: an extractor that keeps no gap
 * between two touching cells of a row prints their numbers as one run of digits (pdfminer
 * `pdf2txt` and plain `pdftotext` of a cell right-aligned against the next one's left-aligned
 * number: '81833671' for 8183 | 3671, '2567623' for 2567 | 623). The run is read as 2 or 3 cells
 * by every cut whose pieces are counts as printed (no piece led by a 0 unless it is the digit 0),
 * each cut a move of the stream alignment (map/stream-align `split`); the row's identities choose
 * the cut, and a run they do not settle stays ambiguous. A cut cell is flagged `segmented`.
 */

/** Most cells one fused run is read as (a row's cells glued two or three at a time; a whole row glued is another shape: map/row-candidates). */
export const MAX_SPLIT_PIECES = 3;
/**
 * Most cuts one table's stream may need (cells − tokens): each is one unit of cost on top of the
 * alignment's own repairs, and each multiplies a row's readings by its run's length; past it the
 * stream is not read whole (the rows keep what their labels give).
 */
export const MAX_STREAM_CUTS = 8;
/** Longest run cut (a fused run of three cells of up to five digits each). */
const MAX_CUT_DIGITS = 15;

/** A run of two digits or more led by 0: never one count, so cells printed with no gap. */
export const zeroLedRun = (t: { raw?: string }): boolean => /^0\d/.test(t.raw ?? '');

/** A piece of a run that a count prints as: '0', or digits not led by 0. */
const countPiece = (s: string): boolean => s === '0' || /^[1-9]\d*$/.test(s);

/**
 * The ways to read the digit run `raw` as 2 … min(MAX_SPLIT_PIECES, room) cells, each a list of
 * the pieces' values in printed order; [] when `raw` is not a run of digits that can be cut so.
 */
export function cutsOf(raw: string, room: number): number[][] {
  if (room < 2 || raw.length < 2 || raw.length > MAX_CUT_DIGITS || !/^\d+$/.test(raw)) return [];
  const out: number[][] = [];
  const most = Math.min(MAX_SPLIT_PIECES, room, raw.length);
  const pieces: string[] = [];
  const walk = (at: number): void => {
    if (at === raw.length) {
      if (pieces.length >= 2) out.push(pieces.map(Number));
      return;
    }
    if (pieces.length === most) return;
    for (let end = at + 1; end <= raw.length; end++) {
      const p = raw.slice(at, end);
      if (!countPiece(p)) {
        // A piece led by 0 is '0' only; longer ones never become counts.
        if (p[0] === '0') return;
        continue;
      }
      pieces.push(p);
      walk(end);
      pieces.pop();
    }
  };
  walk(0);
  return out;
}

/** How many more cells than tokens the runs of `raws` can give at most (each run up to MAX_SPLIT_PIECES cells). */
export function cutRoom(raws: readonly string[]): number {
  let room = 0;
  for (const r of raws) if (/^\d{2,}$/.test(r) && r.length <= MAX_CUT_DIGITS) room += Math.min(MAX_SPLIT_PIECES, r.length) - 1;
  return room;
}

/** Where a row came from, as far as telling a text dump's row from a grid's or a PDF page's. */
interface RowOrigin {
  /** Page (PDF), table (HTML, ruled PDF) and line (text input) of the row, when known. */
  source?: { page?: number; table?: number; line?: number };
}

/** A value token as the row readings see it (tables/tokenize-cell ValueToken, the fields used here). */
interface RunToken {
  kind: string;
  raw?: string;
  fusable?: boolean;
  mayFuse?: boolean;
  mark?: string;
}

/**
 * The values of a text dump's row short of values (fewer than `k`, at most `most` short) with each
 * plain run of two digits or more marked `mayFuse` — it may be the numbers of touching cells
 * printed with no gap (pdfminer, plain `pdftotext`: '（七）总计 2314 0 0 3 4 44' for 23 | 14 | …),
 * so the row readings (map/row-candidates touchingReadings) list its cuts beside the readings that
 * keep it whole with a cell missing, and the identities choose. A row of a PDF page or a grid
 * (the layout tells its cells apart), with a blank cell (a separated row) or a mark is left as it
 * is (null); a zero-led run beside the others is cut only (no whole reading). A run glued to the
 * label (`fusable`) beside other runs is marked too: pypdf writes a row's first cell against a label
 * that fills its cell ('…内部事务信息79 71 13 00 1 164' for 79 71 13 0 0 1 164) — left out, the row was
 * read by cuts of that run only, never of the others (plain56, fresh55 f033).
 */
export function markTextRuns<T extends RunToken>(row: RowOrigin & { values: readonly T[] }, k: number, most: number): T[] | null {
  const src = row.source;
  if (!src || src.line === undefined || src.page !== undefined || src.table !== undefined) return null;
  const n = row.values.length;
  if (n === 0 || n >= k || k - n > most) return null;
  // A zero-led run ('035': no count is printed so) is fusable already, and certainly cells run together: beside
  // it the other runs may be too (pypdf: '29 60 0 0 035' for 29 6 0 0 0 0 35, one gap lost at two columns).
  // So is a run glued to its label (see above).
  // (A row of one run glued to its label is a glued row, read by its cuts or with a hole: map/row-candidates gluedWithHole.)
  if (n === 1 && row.values[0]!.fusable === true) return null;
  if (row.values.some((t) => t.kind !== 'num' || t.mayFuse === true || t.mark !== undefined || !/^\d+$/.test(t.raw ?? ''))) return null;
  if (!row.values.some((t) => (t.raw ?? '').length >= 2)) return null;
  return row.values.map((t) => ((t.raw ?? '').length >= 2 ? { ...t, mayFuse: true } : t));
}
