/**
 * Text in the content stream a reader does not see: drawn wholly outside the clip
 * (`pdf/clipped-text.ts`), painted over by an image without a mask (`pdf/covered-text.ts`),
 * inside optional content hidden by default (`pdf/optional-content.ts`), and text a page shows
 * through annotations (`pdf/annotation-text.ts`). Small PDFs built with `_internal/mini-pdf`, and
 * the matching of marked content and annotation boxes on plain data.
 */
import { read, row, table, text } from './helpers/mini-table.js';
import { shownDrawing, shownRuns, type OcCodes, type OcConfig } from '../src/pdf/optional-content.js';
import { readAnnotationText } from '../src/pdf/annotation-text.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';


describe('PDF text the page does not show', () => {
  it('should leave out digits drawn wholly outside a 1×1 pt clip, and keep those inside a clip', async () => {
    const decoy = `q 0 0 1 1 re W n ${text(320, 660, '7')} Q`;
    const inClip = `q 95 525 300 30 re W n ${text(100, 530, 'row9')} ${text(300, 530, '19')} Q`;
    const { cells, warnings } = await read([{ content: `${table}\n${decoy}\n${inClip}` }]);
    expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
    expect(row(cells, 'row9')).toEqual(['row9', '19']);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should leave out a number an image without a mask is painted over, and keep one painted over the image', async () => {
    const patch = 'q 20 0 0 12 296 658 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI Q';
    const { cells, warnings } = await read([{ content: `${table}\n${patch}\n${text(300, 640, '9')}` }]);
    expect(cells.flat()).not.toContain('12');
    expect(row(cells, 'row3')?.join(' ')).toContain('9');
    expect(warnings).toContain('hidden_text_dropped');
  });
});

describe('optional content hidden by default', () => {
  const codes: OcCodes = { beginMarkedContent: 1, beginMarkedContentProps: 2, endMarkedContent: 3, paintFormXObjectBegin: 4, paints: new Set([10, 11]), images: new Set([11]), texts: new Set([10]) };
  const config: OcConfig = { isVisible: (g) => (g as { id: string }).id !== 'off', [Symbol.iterator]: () => [['off', { visible: false }]][Symbol.iterator]() as Iterator<[string, { visible: boolean }]> };
  // BDC off { show; BMC { show } EMC } EMC, BDC on { show } EMC
  const list = { fnArray: [2, 10, 1, 10, 3, 3, 2, 10, 3], argsArray: [['OC', { type: 'OCG', id: 'off' }], [], null, [], null, null, ['OC', { type: 'OCG', id: 'on' }], [], null] };
  const items = [{ type: 'beginMarkedContentProps' }, { str: '35' }, { type: 'beginMarkedContent' }, { str: '36' }, { type: 'endMarkedContent' }, { type: 'endMarkedContent' }, { type: 'beginMarkedContentProps' }, { str: '12' }, { type: 'endMarkedContent' }];

  it('should leave out the runs of a hidden section and of sections nested in it, and its paints', () => {
    const drawing = shownDrawing(list, config, codes);
    expect(drawing.list.fnArray).toEqual([2, 1, 3, 3, 2, 10, 3]);
    const runs = shownRuns(items, drawing);
    expect(runs.items.map((it) => it.str)).toEqual(['12']);
    expect(runs.dropped).toEqual(['35', '36']);
    expect(runs.unsure).toBe(false);
  });

  it('should be unsure when the text content and the operator list do not pair their sections', () => {
    const runs = shownRuns(items.slice(2), shownDrawing(list, config, codes));
    expect(runs.unsure).toBe(true);
    expect(runs.items.map((it) => it.str)).toEqual(['36', '12']);
  });
});

describe('annotation text', () => {
  const item = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: 12, height: 10, size: 10 } as PdfItem);
  const identity = [1, 0, 0, 1, 0, 0] as const;

  it('should read a FreeText over a printed number instead of it, and a text field', () => {
    const read = readAnnotationText([item('41', 300, 100), item('7', 350, 100)], [{ subtype: 'FreeText', rect: [295, 98, 330, 112], contents: '38', color: [1, 1, 1] }, { subtype: 'Widget', rect: [400, 98, 430, 112], fieldValue: '5' }], identity);
    expect(read.items.map((it) => it.str).sort()).toEqual(['38', '5', '7']);
    expect(read.covered).toEqual(['41']);
    // The data need not be what the appearance draws: an annotation's numbers are not trusted, the content's are.
    expect(read.items.map((it) => [it.str, it.conflict === true]).sort()).toEqual([['38', true], ['5', true], ['7', false]]);
  });

  it('should not trust a number under a FreeText without a background, and skip hidden annotations and stamps', () => {
    const read = readAnnotationText([item('41', 300, 100)], [{ subtype: 'FreeText', rect: [295, 98, 330, 112], contents: '38' }, { subtype: 'FreeText', rect: [0, 0, 50, 50], contents: '99', annotationFlags: 2 }, { subtype: 'Stamp', rect: [0, 0, 50, 50], contents: 'APPROVED' }], identity);
    expect(read.items.map((it) => [it.str, it.conflict === true])).toEqual([['41', true], ['38', true]]);
  });
});
