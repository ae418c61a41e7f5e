/**
 * A small PDF table for the hidden-content tests: eight rows `rowN | 10+N | 20+N` set in
 * Helvetica 10 pt (`_internal/mini-pdf`), read through `load` into line cells and warning codes.
 */
import { buildPdf, type MiniPage } from '../../src/_internal/mini-pdf.js';
import { load } from '../../src/load/index.js';
import { resolveOptions } from '../../src/options.js';

/** The PDF of `pages` read into its lines' cells and its warning codes. */
export async function read(pages: MiniPage[]): Promise<{ cells: string[][]; warnings: string[] }> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf', ocr: 'off' }));
  return { cells: doc.lines.map((l) => l.cells), warnings: doc.warnings.map((w) => w.code) };
}

/** `s` shown at (x, y) in /F1 10 pt, inside q/Q with `paint` operators first. */
export const text = (x: number, y: number, s: string, paint = ''): string => `q ${paint} BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET Q`;
/** Eight rows: `rowN` at x 100, `10+N` at 300, `20+N` at 350, 20 pt apart from y 700 down. */
export const table = Array.from({ length: 8 }, (_, i) => [text(100, 700 - 20 * i, `row${i}`), text(300, 700 - 20 * i, String(10 + i)), text(350, 700 - 20 * i, String(20 + i))].join('\n')).join('\n');
/** The cells of the line labelled `label`. */
export const row = (cells: string[][], label: string): string[] | undefined => cells.find((c) => c[0] === label);
