/**
 * @file The box a number the page pass read outside the grids is read again from: the word's box
 * (the page pass's estimate, at its coarser resolution) padded to take in the strokes it cut off,
 * but not into the next glyph. A fixed pad of 0.3 × the word's height took the first stroke of the
 * '年' after a year ('…关于2019年…' re-read '20191', the title's year lost); the pad now ends in
 * the white gap between the word's ink and its neighbour's.
 */
import type { Box, Grey } from './image.js';

/** × the word's height: the most a side is padded (a glyph's edge the word's box cut off). */
const MAX_SIDE_PAD = 0.3;
/** × the word's height: the pad above and below (lines of text are further apart than this). */
const ROW_PAD = 0.2;

/** Whether column `x` holds ink (darker than `level`) between rows y1 and y2. */
function inkedColumn(img: Grey, x: number, y1: number, y2: number, level: number): boolean {
  if (x < 0 || x >= img.width) return false;
  for (let y = Math.max(0, y1); y < Math.min(img.height, y2); y++) if (img.data[y * img.width + x]! < level) return true;
  return false;
}

/**
 * How far to pad one side (`dir` −1 left, +1 right) from column `edge`: through the word's own ink
 * that crosses the edge, then to the middle of the white gap before the next ink. The full pad when
 * no ink comes within it; none when ink runs on through it (the neighbour touches the word).
 */
export function sidePad(img: Grey, edge: number, dir: -1 | 1, rows: { y1: number; y2: number }, max: number, level: number): number {
  let d = 0;
  while (d <= max && inkedColumn(img, edge + dir * d, rows.y1, rows.y2, level)) d++;
  if (d > max) return 0;
  const gap = d;
  while (d <= max && !inkedColumn(img, edge + dir * d, rows.y1, rows.y2, level)) d++;
  return d > max ? max : Math.floor((gap + d) / 2);
}

/** The box (page image px) to re-read a page-pass number word from (`@file`). */
export function numberBox(img: Grey, w: { x0: number; y0: number; x1: number; y1: number }, level: number): Box {
  const h = w.y1 - w.y0;
  const rows = { y1: Math.round(w.y0), y2: Math.round(w.y1) };
  const max = Math.round(h * MAX_SIDE_PAD);
  const left = sidePad(img, Math.floor(w.x0) - 1, -1, rows, max, level);
  const right = sidePad(img, Math.ceil(w.x1), 1, rows, max, level);
  return { x1: Math.floor(w.x0) - left, y1: w.y0 - h * ROW_PAD, x2: Math.ceil(w.x1) + right, y2: w.y1 + h * ROW_PAD };
}
