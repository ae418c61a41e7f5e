/**
 * Blank cells LibreOffice drew as one space glyph each (a Word table's '&nbsp;' cells, zeros printed
 * blank): a borderless row printing one number keeps the column it is in (pdf/drawn-blank-cells.ts).
 */
import { laidOutLines } from '../src/pdf/laid-lines.js';
import { layoutPage, type PageView } from '../src/pdf/page-layout.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import type { DrawnSpace } from '../src/pdf/text-walk.js';

/** Six value columns (总计 run off the page): their centres, pt. */
const COLUMNS = [262, 304, 346, 388, 430, 472];
const SIZE = 9;

const text = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: [...str].length * SIZE, height: SIZE, size: SIZE });
const number = (str: string, centre: number, top: number): PdfItem => ({ str, x: centre - (str.length * SIZE * 0.556) / 2, top, width: str.length * SIZE * 0.556, height: SIZE, size: SIZE });
/** LibreOffice's space glyph centred in a blank cell, on the row's baseline. */
const space = (centre: number, top: number): DrawnSpace => ({ x: centre - 1.25, y: top + SIZE * 0.86, advance: 2.5 });

/** A row: its label, and its value per column ('' printed blank: a drawn space). */
function row(label: string, values: readonly string[], top: number): { items: PdfItem[]; spaces: DrawnSpace[] } {
  const items = [text(label, 60, top)];
  const spaces: DrawnSpace[] = [];
  values.forEach((v, j) => (v === '' ? spaces.push(space(COLUMNS[j]!, top)) : items.push(number(v, COLUMNS[j]!, top))));
  return { items, spaces };
}

const ROWS: [string, string[]][] = [
  ['1.属于国家秘密', ['', '', '', '', '', '']],
  ['2.其他法律行政法规禁止公开', ['', '', '3', '', '', '']],
  ['3.危及三安全一稳定', ['', '', '', '', '1', '']],
  ['4.保护第三方合法权益', ['2', '', '', '', '', '']],
  ['5.属于三类内部事务信息', ['', '', '', '', '', '4']],
];

/** The page laid out and its free columns placed, as the document's lines are (`laidOutLines`): its rows. */
function laid(items: readonly PdfItem[], view: PageView) {
  return laidOutLines([layoutPage(items, [], 1, 0, view).lines], [view.height]).lines.filter((l) => /^\d\./.test(l.cells[0]!));
}

function page(rows: readonly [string, string[]][], withSpaces = true) {
  const made = rows.map(([label, values], i) => row(label, values, 200 + i * 24));
  const items = made.flatMap((m) => m.items);
  const spaces = withSpaces ? made.flatMap((m) => m.spaces) : [];
  return laid(items, { width: 500, height: 842, spaces });
}

describe('blank cells drawn as space glyphs (LibreOffice .docx prints, zeros blank)', () => {
  it('should give each row an empty cell at every drawn space, its number in its own column', () => {
    const lines = page(ROWS);
    expect(lines.map((l) => l.cells)).toEqual(ROWS.map(([label, values]) => [label, ...values]));
  });

  it('should leave the rows as printed without drawn spaces', () => {
    const lines = page(ROWS, false);
    expect(lines[1]!.cells).toEqual(['2.其他法律行政法规禁止公开', '3']);
  });

  it('should take no space touching a number (a separator inside one run) for a blank cell', () => {
    const made = ROWS.map(([label, values], i) => row(label, values, 200 + i * 24));
    const items = made.flatMap((m) => m.items);
    // Separators drawn right after each number: no cell of their own.
    const spaces = items.filter((it) => /^\d+$/.test(it.str)).map((it) => ({ x: it.x + it.width, y: it.top + SIZE * 0.86, advance: 2.5 }));
    const lines = laid(items, { width: 500, height: 842, spaces });
    expect(lines[1]!.cells).toEqual(['2.其他法律行政法规禁止公开', '3']);
  });

  it('should not read the spaces of fewer than three rows as a table', () => {
    const lines = page(ROWS.slice(0, 2));
    expect(lines[1]!.cells).toEqual(['2.其他法律行政法规禁止公开', '3']);
  });
});
