/**
 * @file A block of an HTML page whose table was flattened into `<br>`-parted lines, each cell's
 * text a line and an empty cell an empty line (a crawler's or a CMS's export: breakit53 br-cells,
 * `<div>…一、本年新收…<br/>17589<br/>9677<br/>…<br/><br/>二、上年结转…<br/>3<br/><br/>…`). Read as
 * text lines the empty lines are dropped, so a blank-zero table's values lose their columns. When
 * the block's `<br>` pieces are a cell-per-line table as `layout/cell-lines.ts` reads one (rows of
 * N cells, empty cells among them), the pieces are read as a text file's lines; otherwise the
 * block is read as before.
 */
import type { AnyNode, Element } from 'domhandler';
import { joinCellLines } from '../layout/cell-lines.js';
import { fixCompatibilityChars } from '../layout/normalize-text.js';

/** Pieces a block needs to hold a table flattened so (table 四: its header lines and 15 cells, 35+; table 三: 26+ rows of 8). */
const MIN_PIECES = 30;
/** Inline elements whose text stays inside its piece. */
const INLINE = new Set(['span', 'b', 'strong', 'font', 'i', 'em', 'u', 'a', 'small', 'big', 'sub', 'sup']);

/** The block's `<br>`-parted pieces (inline markup read as text), null when it holds anything else. */
function piecesOf(el: Element): string[] | null {
  const pieces: string[] = [''];
  const visit = (node: AnyNode): boolean => {
    if (node.type === 'text') {
      pieces[pieces.length - 1] += (node as unknown as { data: string }).data.replace(/\s+/g, ' ');
      return true;
    }
    if (node.type !== 'tag') return node.type === 'comment';
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      pieces.push('');
      return true;
    }
    return INLINE.has(tag) && (node as Element).children.every(visit);
  };
  return el.children.every(visit) ? pieces : null;
}

/** The block's lines when they are a cell-per-line table (its rows then joined by tabs), else null. */
export function brCellLines(el: Element): readonly string[] | null {
  const pieces = piecesOf(el);
  if (!pieces || pieces.length < MIN_PIECES) return null;
  const lines = pieces.map((p) => fixCompatibilityChars(p).replace(/[ \u00a0\u3000]+/g, ' ').trim());
  const joined = joinCellLines(lines);
  return joined === lines ? null : joined;
}
