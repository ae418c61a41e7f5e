/**
 * @file A band of table rows printed in two parts, left columns then right columns (plain
 * `pdftotext`, no -layout, of a LibreOffice-printed 2019 table 三: the 其他 and 总计 columns stand
 * apart from the five before them, so pdftotext reads them as text flows of their own). The band's
 * cells come as: every row's first k cells, then every row's last w − k cells; each part cut into
 * blocks of consecutive rows, each block printed row by row or column by column (one flow per
 * column). `一、本年新收 … （三）1.国家秘密` of a 2019 table:
 *
 *     36 5 4 4 6 | 0 0 0 0 0 | 0 0 2 0 0 | 1 0 0 0 0 | 0 0 0 0 2     (left part: 5 rows, row by row)
 *     6 0 2 | 61 0 4 | 0 1 | 0 2                                      (right part: 3 rows by column, then 2 rows)
 *
 * Every such structure whose rows keep their identities is a reading (distinct grids only); the
 * row identities of table 三 (总计 = Σ) bound where k may fall. Placed by position: never ≥ 0.9.
 * A report may print a wrong total (TEMPLATE.md: the printed number is the value): asked for it
 * (`maxBroken`), a reading may have that many rows that break their identities as printed.
 */

/** Most rows of one split band: the header-level rows a flow of the 其他/总计 columns runs along (f(6) = 99 ways to cut a part). */
export const MAX_SPLIT_ROWS = 6;
/** Most distinct readings of one band (more: the band is not read so). */
export const MAX_SPLIT_READINGS = 24;

/**
 * The grids (h rows × `cols` columns) that `tokens` (exactly h · cols of them) can be, read as
 * consecutive blocks of rows each printed row by row or column by column.
 */
function partGrids(tokens: readonly number[], h: number, cols: number, cuts: ReadonlySet<number> = new Set()): number[][][] {
  const out: number[][][] = [];
  const seen = new Set<string>();
  const grid: number[][] = Array.from({ length: h }, () => new Array<number>(cols).fill(0));
  const walk = (r: number): void => {
    if (r === h) {
      const key = grid.map((row) => row.join(',')).join(';');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(grid.map((row) => [...row]));
      }
      return;
    }
    const base = r * cols;
    for (let b = r + 1; b <= h; b++) {
      // A row whose label starts a pile of its own starts a block (its label printed before its cells).
      if (b - 1 > r && cuts.has(b - 1)) break;
      const bh = b - r;
      // Row by row.
      for (let rr = 0; rr < bh; rr++) for (let c = 0; c < cols; c++) grid[r + rr]![c] = tokens[base + rr * cols + c]!;
      walk(b);
      if (bh === 1 || cols === 1) continue;
      // Column by column.
      for (let rr = 0; rr < bh; rr++) for (let c = 0; c < cols; c++) grid[r + rr]![c] = tokens[base + c * bh + rr]!;
      walk(b);
    }
  };
  walk(0);
  return out;
}

/**
 * The readings of `tokens` (h · w of them) as a band of h rows of w cells printed left part then
 * right part, cut after column k (1 ≤ k < w; `cutOk(k)`: the stream allows a part to start there),
 * every row keeping `rowHolds`. Distinct grids; null when more than MAX_SPLIT_READINGS or past `stop`.
 */
export function splitBandReads(
  tokens: readonly number[],
  h: number,
  w: number,
  rowHolds: (rr: number, row: readonly number[]) => boolean,
  cutOk: (k: number) => boolean,
  /** One step of the caller's search budget per left grid paired; true: the budget is spent (null). */
  stop: () => boolean = () => false,
  /** Rows (0-based in the band) whose labels start a pile: the left part starts a block there. */
  leftCuts: ReadonlySet<number> = new Set(),
  /** Most rows of a reading that may break `rowHolds` (a total printed wrong). */
  maxBroken = 0,
): number[][][] | null {
  if (h < 2 || h > MAX_SPLIT_ROWS || tokens.length !== h * w) return [];
  const out: number[][][] = [];
  const seen = new Set<string>();
  for (let k = 1; k < w; k++) {
    if (!cutOk(k)) continue;
    const lefts = partGrids(tokens.slice(0, h * k), h, k, leftCuts);
    const rights = partGrids(tokens.slice(h * k), h, w - k);
    for (const l of lefts) {
      if (stop()) return null;
      for (const r of rights) {
        const rows = l.map((row, rr) => [...row, ...r[rr]!]);
        let broken = 0;
        for (let rr = 0; rr < h && broken <= maxBroken; rr++) if (!rowHolds(rr, rows[rr]!)) broken++;
        if (broken > maxBroken) continue;
        const key = rows.map((row) => row.join(',')).join(';');
        if (seen.has(key)) continue;
        seen.add(key);
        if (out.length >= MAX_SPLIT_READINGS) return null;
        out.push(rows);
      }
    }
  }
  return out;
}

/**
 * Most rows of one ragged band: a rowspan group of table 三 ((三)不予公开 prints 8 rows under one
 * group cell). Each row tries at most w + 1 cuts, pruned by its identity at once.
 */
export const MAX_RAGGED_ROWS = 8;

/**
 * Most rows of a long ragged band, read only with one cut for every row (each row's first k cells by its label, the
 * same k): plain `pdftotext` of a Chromium A5 print of a full table 三 writes the label and first cell of 10–13 rows
 * across the (三)…(六) groups, then the rows' other six cells one line per row (fresh50 f02/f04 __chra5). One k per
 * band keeps the readings at most w + 1 per left part, each row pruned by its identity.
 */
export const MAX_LONG_RAGGED_ROWS = 24;

/**
 * The readings of `tokens` (h · w of them) as a ragged band: plain `pdftotext` of a Chromium page
 * whose rowspan group cell (（五）不予处理 over five rows) pulls each row's label and its first
 * cells into one text flow, the rows' other cells following as a flow of their own after the
 * group's labels (breakit55 ptt-plain-b5/r10: `1.信访… 0 | 2.重复申请 7 0 | 3.… 0 | 4.… 30 | 5.…`
 * then `2 0 0 1 1 4 | 0 1 0 0 8 | …`). Row r's first k_r cells (0 ≤ k_r ≤ w, one k per row: the
 * cell widths decide where each row's flow breaks) are the left part, row by row; its last w − k_r
 * cells are the right part, row by row. `leftOk(L)`: the stream allows the right part to start
 * after L tokens. Every row keeps `rowHolds` (or at most `maxBroken` rows break it). Distinct
 * grids; null when more than MAX_SPLIT_READINGS or past `stop`. A band of more than MAX_RAGGED_ROWS
 * rows (up to MAX_LONG_RAGGED_ROWS) is read with one k for all its rows.
 */
export function raggedBandReads(
  tokens: readonly number[],
  h: number,
  w: number,
  rowHolds: (rr: number, row: readonly number[]) => boolean,
  leftOk: (left: number) => boolean,
  stop: () => boolean = () => false,
  maxBroken = 0,
): number[][][] | null {
  if (h < 2 || h > MAX_LONG_RAGGED_ROWS || tokens.length !== h * w) return [];
  // A band longer than MAX_RAGGED_ROWS is read with one k for every row only.
  const uniform = h > MAX_RAGGED_ROWS;
  const out: number[][][] = [];
  const seen = new Set<string>();
  const rows: number[][] = [];
  let aborted = false;
  let k0 = -1;
  const walk = (left: number, r: number, p: number, broken: number): void => {
    if (aborted || (aborted = stop())) return;
    if (r === h) {
      const key = rows.map((row) => row.join(',')).join(';');
      if (seen.has(key)) return;
      seen.add(key);
      if (out.length >= MAX_SPLIT_READINGS) aborted = true;
      else out.push(rows.map((row) => [...row]));
      return;
    }
    // The right part's next token: every row before r took w − k of its cells there.
    const q = left + r * w - p;
    for (let k = 0; k <= w && p + k <= left; k++) {
      if (uniform && r > 0 && k !== k0) continue;
      if (r === 0) k0 = k;
      // The left tokens still unread must fit in the rows after this one.
      if (left - p - k > (h - r - 1) * w) continue;
      const row = [...tokens.slice(p, p + k), ...tokens.slice(q, q + w - k)];
      const holds = rowHolds(r, row);
      if (!holds && broken >= maxBroken) continue;
      rows.push(row);
      walk(left, r + 1, p + k, broken + (holds ? 0 : 1));
      rows.pop();
      if (aborted) return;
    }
  };
  for (let left = 1; left < h * w && !aborted; left++) if (leftOk(left)) walk(left, 0, 0, 0);
  return aborted ? null : out;
}
