/**
 * Numbers shown as pictures in a PDF table's cells (blank55, blank-band-variants `--zero-elsewhere --traps` `picture`): the
 * text layer holds the labels and no digit, as a table printed blank would. The loader marks each line a picture the size
 * of a cell is painted across (`Line.opaqueCells`, pdf/table-images `cellSizedPictures`), so map/blank-table reads no such
 * table as printed blank; a seal or a table-sized picture is no cell's.
 */
import { buildPdf } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { cellSizedPictures } from '../src/pdf/table-images.js';
import { text } from './helpers/mini-table.js';

/** A 2 × 2 grey inline image painted in a `w` × `h` pt box whose lower left corner is at (x, y). */
const picture = (x: number, y: number, w = 14, h = 10): string => `q ${w} 0 0 ${h} ${x} ${y} cm BI /W 2 /H 2 /CS /G /BPC 8 ID AAAA EI Q`;

/** Eight rows `rowN`, 20 pt apart from y 700 down: rows 0–5 print their numbers as text, rows 6 and 7 as pictures. */
const page = [
  ...Array.from({ length: 6 }, (_, i) => [text(100, 700 - 20 * i, `row${i}`), text(300, 700 - 20 * i, String(10 + i)), text(350, 700 - 20 * i, String(20 + i))]),
  ...[6, 7].map((i) => [text(100, 700 - 20 * i, `row${i}`), picture(300, 699 - 20 * i), picture(350, 699 - 20 * i)]),
].flat().join('\n');

describe('pictures the size of a cell in a PDF table', () => {
  it('mark the lines they are painted across (opaqueCells), not the others', async () => {
    const doc = await load(buildPdf([{ content: page }]), resolveOptions({ format: 'pdf', ocr: 'off' }));
    // (A label line with nothing beside it may be laid out with the line above: found by its label.)
    const line = (label: string) => doc.lines.find((l) => l.cells.join(' ').includes(label));
    expect(line('row6')?.opaqueCells).toBe(true);
    expect(line('row7')?.opaqueCells).toBe(true);
    for (const label of ['row0', 'row1', 'row2', 'row3', 'row4']) expect(line(label)?.opaqueCells).toBeUndefined();
  });

  it('are cell-sized: not a seal, a table-sized picture or a speck', () => {
    const page = { width: 595 };
    expect(cellSizedPictures([{ x: 300, y: 100, width: 14, height: 10 }], page)).toHaveLength(1);
    expect(cellSizedPictures([{ x: 400, y: 600, width: 113, height: 113 }], page)).toHaveLength(0);
    expect(cellSizedPictures([{ x: 50, y: 100, width: 500, height: 30 }], page)).toHaveLength(0);
    expect(cellSizedPictures([{ x: 50, y: 100, width: 1, height: 1 }], page)).toHaveLength(0);
  });
});
