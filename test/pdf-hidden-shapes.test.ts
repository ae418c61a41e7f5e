/**
 * What a viewer does not draw, by the shape of the clip and the paint order: clipping paths by fill
 * rule (`pdf/clip-region.ts`), text clips (render modes 4–7), a form XObject's /BBox through its
 * /Matrix, degenerate glyph matrices (`pdf/clipped-text.ts`), opaque fills painted over a number
 * (`pdf/covered-text.ts`); invisible runs and their overprints (`pdf/invisible-text.ts`); annotation
 * appearance text (`pdf/annotation-text.ts`). A decoy '0' right after a table number (read, it
 * would make 12 into 120) is hidden by each mechanism; controls keep text a viewer draws.
 * Small PDFs built with `_internal/mini-pdf`.
 */
import type { MiniPage } from '../src/_internal/mini-pdf.js';
import { read, row, table, text } from './helpers/mini-table.js';
import { readAnnotationText } from '../src/pdf/annotation-text.js';
import type { PdfItem } from '../src/pdf/pdf-lines.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';

/** A '0' right after row2's '12' (Helvetica '12' at 10 pt is 11.12 pt wide): read, row2 says 120. */
const decoy = (paint = ''): string => text(311.12, 660, '0', paint);
/** Row 2 read as printed, the decoy left out. */
async function decoyHidden(hide: string, page: Partial<MiniPage> = {}): Promise<void> {
  const { cells, warnings } = await read([{ ...page, content: `${table}\n${hide}` }]);
  expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
  expect(warnings).toContain('hidden_text_dropped');
}
/** Every number read from the row's cells is trusted (none marked suspect). */
const trusted = (cells: string[]): boolean => cells.slice(1).flatMap((c) => tokenizeCell(c).parts).every((p) => p.kind !== 'num' || p.suspect !== true);

describe('clipping paths by fill rule', () => {
  it('should leave out a digit drawn in an even-odd clip of two equal rectangles (an empty area)', async () => {
    await decoyHidden(`q 0 0 600 800 re 0 0 600 800 re W* n ${decoy()} Q`);
  });

  it('should leave out a digit in the hole of a nonzero clip whose inner rectangle is drawn the other way round', async () => {
    // `re` runs counter-clockwise; the inner path clockwise: winding 0 inside it.
    await decoyHidden(`q 0 0 600 800 re 308 655 m 308 672 l 322 672 l 322 655 l h W n ${decoy()} Q`);
  });

  it('should keep text inside a plain rectangle clip, and inside an even-odd ring off its hole', async () => {
    const held = `q 95 495 300 20 re W n ${text(100, 500, 'row9')} ${text(300, 500, '19')} Q`;
    const ring = `q 0 0 600 800 re 10 10 50 50 re W* n ${text(100, 480, 'row10')} ${text(300, 480, '5')} Q`;
    const { cells } = await read([{ content: `${table}\n${held}\n${ring}` }]);
    expect(row(cells, 'row9')).toEqual(['row9', '19']);
    expect(row(cells, 'row10')).toEqual(['row10', '5']);
  });
});

describe("a number ending at the clip's edge", () => {
  // Helvetica digits at 10 pt are 5.56 pt wide: '1075' drawn at x 300 ends at 322.24. Chromium drops
  // the glyphs of a table wider than the print area wholly out of the clip: '10757' prints '1075'.
  const clipped = (right: number): string => `q 95 495 ${right - 95} 20 re W n ${text(100, 500, 'row9')} ${text(300, 500, '1075')} Q`;

  it('should not trust a number whose last glyph ends at the clip edge (or runs past it)', async () => {
    for (const right of [322.5, 320.5]) {
      const { cells } = await read([{ content: `${table}
${clipped(right)}` }]);
      const r9 = row(cells, 'row9')!;
      expect(r9.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '1075']);
      expect(trusted(r9)).toBe(false);
    }
  });

  it('should not trust a number centred in its clip whose glyphs were dropped at both ends', async () => {
    // Chromium culls at an `overflow: hidden` box too: '7654321' centred by flexbox in a box five
    // digits wide prints '65432', 0.027 em inside both edges (measured on a Chromium print). Being
    // centred says nothing: the page shows five digits of a longer number.
    const { cells } = await read([{ content: `${table}
${text(100, 500, 'row9')} q 299.73 495 28.34 20 re W n ${text(300, 500, '65432')} Q` }]);
    const r9 = row(cells, 'row9')!;
    expect(r9.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '65432']);
    expect(trusted(r9)).toBe(false);
  });

  it('should trust a number well inside the clip', async () => {
    const { cells } = await read([{ content: `${table}
${clipped(330)}` }]);
    expect(row(cells, 'row9')).toEqual(['row9', '1075']);
    expect(trusted(row(cells, 'row9')!)).toBe(true);
  });
});

describe('text clips (render modes 4–7)', () => {
  for (const mode of [7, 4]) {
    it(`should clip what follows text in render mode ${mode} to its strings' boxes: a decoy outside left out, text inside kept`, async () => {
      const clip = `q BT /F1 10 Tf ${mode} Tr 300 500 Td (19) Tj ET ${text(300, 500, '19', '0 Tr')} ${decoy('0 Tr')} Q`;
      const { cells, warnings } = await read([{ content: `${table}\n${text(100, 500, 'row9')}\n${clip}` }]);
      expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
      // Inside a text clip's box is on an edge not known exactly (glyph outlines): kept, not trusted.
      const r9 = row(cells, 'row9')!;
      expect(r9.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '19']);
      expect(trusted(r9)).toBe(false);
      expect(warnings).toContain('hidden_text_dropped');
    });
  }
});

describe("a form XObject's /BBox", () => {
  it('should leave out a digit of a form outside its /BBox, keep one inside, and cut a string it crosses to its glyphs inside, not trusted', async () => {
    // The /BBox ends at x 305: '19' at 290 ends at 301.12, inside; '19' at 300 has its '9' (305.56–311.12) out: a viewer shows '1' (rendered with pdftoppm).
    const form = { content: `${decoy()}\n${text(290, 500, '19')}\n${text(300, 480, '19')}`, bbox: [0, 0, 305, 842] };
    const { cells, warnings } = await read([{ content: `${table}\n${text(100, 500, 'row9')}\n${text(100, 480, 'row10')}\n/Fm0 Do`, forms: [form] }]);
    expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
    expect(row(cells, 'row9')).toEqual(['row9', '19']);
    expect(trusted(row(cells, 'row9')!)).toBe(true);
    const r10 = row(cells, 'row10')!;
    expect(r10.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row10', '1']);
    expect(trusted(r10)).toBe(false);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should place the /BBox through the form\'s /Matrix', async () => {
    // Form space x 0..105 is page x 200..305: the decoy (page 311) is out, '19' (page 290–301.12) in.
    const form = { content: `${text(111.12, 660, '0')}\n${text(90, 500, '19')}`, bbox: [0, 0, 105, 842], matrix: [1, 0, 0, 1, 200, 0] };
    const { cells, warnings } = await read([{ content: `${table}\n${text(100, 500, 'row9')}\n/Fm0 Do`, forms: [form] }]);
    expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
    expect(row(cells, 'row9')).toEqual(['row9', '19']);
    expect(trusted(row(cells, 'row9')!)).toBe(true);
    expect(warnings).toContain('hidden_text_dropped');
  });
});

describe('degenerate glyph matrices draw nothing', () => {
  it('should leave out a digit drawn at 0 Tz', async () => {
    await decoyHidden('q BT /F1 10 Tf 0 Tz 311.12 660 Td (0) Tj ET Q');
  });

  it('should leave out a digit drawn at font size 0', async () => {
    await decoyHidden('q BT /F1 0 Tf 311.12 660 Td (0) Tj ET Q');
  });

  it('should leave out a digit drawn with a flat text matrix', async () => {
    await decoyHidden('q BT /F1 10 Tf 1 0 0 0 311.12 660 Tm (0) Tj ET Q');
  });

  it('should leave out every glyph of a several-digit string drawn at size 0 or 0 Tz (pdf.js gives it glyph by glyph)', async () => {
    await decoyHidden('q BT /F1 0 Tf 311.12 660 Td (17) Tj ET Q');
    await decoyHidden('q BT /F1 10 Tf 0 Tz 311.12 660 Td (17) Tj ET Q');
  });

  it('should leave out a digit drawn at 0.01 pt beside every number as tiny text, the numbers kept trusted', async () => {
    // The tiny runs are left out before the drawing is read: their strings (no area) are accounted for, not sought in the numbers beside them.
    const tiny = Array.from({ length: 8 }, (_, i) => `BT /F1 0.01 Tf ${311.52 + 50 * (i % 2)} ${700 - 20 * i} Td (0) Tj ET`).join('\n');
    const { cells, warnings } = await read([{ content: `${table}\n${tiny}` }]);
    expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
    expect(trusted(row(cells, 'row2')!)).toBe(true);
    expect(trusted(row(cells, 'row3')!)).toBe(true);
    expect(warnings).toContain('hidden_text_dropped');
    expect(warnings).not.toContain('overlapping_text');
  });

  it('should not trust a number beside digits drawn too narrow to read (1 Tz)', async () => {
    const { cells } = await read([{ content: `${table}\nq BT /F1 10 Tf 1 Tz 311.12 660 Td (17) Tj ET Q` }]);
    expect(trusted(row(cells, 'row2')!)).toBe(false);
    expect(trusted(row(cells, 'row3')!)).toBe(true);
  });
});

describe('fills painted over a number', () => {
  const row9 = `${text(100, 500, 'row9')}\n${text(300, 500, '19')}\n${text(350, 500, '29')}`;
  const box = '297 496 17 14 re f';

  it('should leave out a number an opaque white fill is painted over later', async () => {
    const { cells, warnings } = await read([{ content: `${table}\n${row9}\nq 1 1 1 rg ${box} Q` }]);
    expect(row(cells, 'row9')).toEqual(['row9', '29']);
    expect(warnings).toContain('hidden_text_dropped');
  });

  it('should keep a number on cell shading painted before it, under a translucent fill, and under a thin rule', async () => {
    const shading = { content: `${table}\nq 0.8 g ${box} Q\n${row9}` };
    const translucent = { content: `${table}\n${row9}\nq /GS0 gs 1 1 1 rg ${box} Q`, extGStates: ['/ca 0.5'] };
    const rule = { content: `${table}\n${row9}\nq 0 g 290 502 40 0.5 re f Q` };
    for (const page of [shading, translucent, rule]) {
      const { cells, warnings } = await read([page]);
      expect(row(cells, 'row9')).toEqual(['row9', '19', '29']);
      expect(trusted(row(cells, 'row9')!)).toBe(true);
      expect(warnings).not.toContain('hidden_text_dropped');
    }
  });

  it('should not trust a number under a white fill at alpha 0.8 (left faint), and leave out one under fills leaving it unseen', async () => {
    const faint = await read([{ content: `${table}\n${row9}\nq /GS0 gs 1 1 1 rg ${box} Q`, extGStates: ['/ca 0.8'] }]);
    expect(row(faint.cells, 'row9')!.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row9', '19', '29']);
    expect(trusted(row(faint.cells, 'row9')!)).toBe(false);
    // Two fills at 0.8 leave 0.04 of its contrast: unseen, as one at 0.97.
    for (const fills of [`q /GS0 gs 1 1 1 rg ${box} ${box} Q`, `q /GS1 gs 0 0 0 rg ${box} Q`]) {
      const { cells, warnings } = await read([{ content: `${table}\n${row9}\n${fills}`, extGStates: ['/ca 0.8', '/ca 0.97'] }]);
      expect(row(cells, 'row9')).toEqual(['row9', '29']);
      expect(warnings).toContain('hidden_text_dropped');
    }
  });
});

describe('invisible runs and the shown glyphs over them', () => {
  const coercion = async (...runs: string[]): Promise<string[]> => row((await read([{ content: `${table}\n${text(100, 500, 'coercion')}\n${runs.join('\n')}` }])).cells, 'coercion')!;

  it("should read a shown '7' over the first digit of an invisible '79' as 7, not trusted — not the invisible number", async () => {
    const r = await coercion(text(300, 500, '79', '3 Tr'), text(300.3, 500, '7'));
    expect(r.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['coercion', '7']);
    expect(trusted(r)).toBe(false);
  });

  it('should put back a shown run dropped as an overprint of an invisible one it does not redraw in place', async () => {
    // Shifted 2 pt (over 0.15 em): the invisible '79' is not shown; the shown copy is the page's number.
    const r = await coercion(text(300, 500, '79', '3 Tr'), text(302, 500, '79'));
    expect(r).toEqual(['coercion', '79']);
    expect(trusted(r)).toBe(true);
  });

  it('should put back a fake-bold shown run over an invisible one once', async () => {
    expect(await coercion(text(300, 500, '79', '3 Tr'), text(302, 500, '79'), text(302.3, 500, '79'))).toEqual(['coercion', '79']);
  });

  it('should read an invisible run redrawn in place by shown glyphs (fake bold over it) as shown', async () => {
    const r = await coercion(text(300, 500, '79', '3 Tr'), text(300.3, 500, '79'));
    expect(r).toEqual(['coercion', '79']);
    expect(trusted(r)).toBe(true);
  });
});

describe('annotation appearance text', () => {
  const item = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: 12, height: 10, size: 10 } as PdfItem);
  const identity = [1, 0, 0, 1, 0, 0] as const;
  const freeText = (contents: string) => ({ id: '7R', subtype: 'FreeText', rect: [295, 98, 330, 112], contents, color: [1, 1, 1] });

  it('should keep a printed number under a FreeText whose contents and appearance read the same, trusted', () => {
    const read = readAnnotationText([item('41', 300, 100), item('7', 350, 100)], [freeText('41')], identity, new Map([['7R', '41']]));
    expect(read.items.map((it) => [it.str, it.conflict === true])).toEqual([['41', false], ['7', false]]);
    expect(read.covered).toEqual([]);
  });

  it('should trust a FreeText whose appearance draws its contents, and not one whose appearance draws other text', () => {
    const same = readAnnotationText([item('41', 300, 100)], [freeText('38')], identity, new Map([['7R', '38']]));
    expect(same.items.map((it) => [it.str, it.conflict === true])).toEqual([['38', false]]);
    expect(same.covered).toEqual(['41']);
    // Contents repeat the printed number, the appearance draws another: the printed one is covered, the contents not trusted.
    const other = readAnnotationText([item('41', 300, 100)], [freeText('41')], identity, new Map([['7R', '38']]));
    expect(other.items.map((it) => [it.str, it.conflict === true])).toEqual([['41', true]]);
    expect(other.covered).toEqual(['41']);
  });
});

describe('a page whose text content pdf.js loses', () => {
  it('should read a page that starts with a string set at font size 0 (pdf.js text content stops there) from its drawing, its numbers not trusted, with a warning', async () => {
    const { cells, warnings } = await read([{ content: `BT /F1 0 Tf 100 750 Td (2019) Tj ET\n${table}` }]);
    expect(row(cells, 'row2')?.map((c) => c.replace(/\ufffd/g, ''))).toEqual(['row2', '12', '22']);
    expect(trusted(row(cells, 'row2')!)).toBe(false);
    expect(warnings).toContain('pdf_text_from_drawing');
  });

  it('should read a page whose text content is whole as before, without the warning', async () => {
    const { cells, warnings } = await read([{ content: table }]);
    expect(row(cells, 'row2')).toEqual(['row2', '12', '22']);
    expect(warnings).not.toContain('pdf_text_from_drawing');
  });
});
