/**
 * Text drawn over other text (`pdf/overlapping-text.ts`): an old value left in the text layer
 * under the shown one (a white box over it, invisible render mode 3) makes the numbers there
 * damaged (U+FFFD beside them: never ≥ 0.9); watermarks set aslant or tiled over the page are left
 * out; a number set far larger than the table's beside a table number is damaged too. Plain
 * tables, fake bold (the same digits again) and a scan's invisible-only text layer read as before.
 * Small PDFs built with `_internal/mini-pdf`.
 */
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { tokenizeCell } from '../src/tables/tokenize-cell.js';
import { dropTiles } from '../src/pdf/overlapping-text.js';
import type { RawTextItem } from '../src/pdf/text-items.js';

async function read(pages: MiniPage[]): Promise<{ cells: string[][]; warnings: string[] }> {
  const doc = await load(buildPdf(pages), resolveOptions({ format: 'pdf', ocr: 'off' }));
  return { cells: doc.lines.map((l) => l.cells), warnings: doc.warnings.map((w) => w.code) };
}

const text = (x: number, y: number, s: string, paint = '', size = 10): string => `q ${paint} BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET Q`;
/** Eight rows of label and three numbers: a table page, whose drawing is walked. */
const table = Array.from({ length: 8 }, (_, i) => [text(100, 700 - 20 * i, `row${i}`), text(300, 700 - 20 * i, String(10 + i)), text(350, 700 - 20 * i, String(20 + i)), text(400, 700 - 20 * i, String(30 + i))].join('\n')).join('\n');
const row = (cells: string[][], label: string): string[] | undefined => cells.find((c) => c[0] === label);
/** Every number read from the row's cells is marked suspect (damaged), none trusted. */
const allSuspect = (cells: string[]): boolean => {
  const nums = cells.slice(1).flatMap((c) => tokenizeCell(c).parts.filter((p) => p.kind === 'num'));
  return nums.length > 0 && nums.every((p) => p.kind === 'num' && p.suspect === true);
};

describe('PDF text drawn over other text', () => {
  it('should not trust an old value covered by a white box under the shown one', async () => {
    const edit = [text(100, 500, 'coercion'), text(300, 500, '350'), 'q 1 1 1 rg 298 497 20 12 re f Q', text(302, 500, '0')].join('\n');
    const { cells, warnings } = await read([{ content: `${table}\n${edit}` }]);
    const r = row(cells, 'coercion')!;
    expect(r.join('')).toContain('\ufffd');
    expect(allSuspect(r)).toBe(true);
    expect(warnings).toContain('overlapping_text');
    // The rest of the table is read as printed.
    expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
  });

  it('should not trust a shown digit drawn over part of an invisible (render mode 3) old value', async () => {
    // '35' invisible, then '5' over its second digit: the overprint of '5' is dropped, '35' kept — marked.
    const edit = [text(100, 500, 'coercion'), text(294.44, 500, '35', '3 Tr'), text(300, 500, '5')].join('\n');
    const { cells, warnings } = await read([{ content: `${table}\n${edit}` }]);
    const r = row(cells, 'coercion')!;
    expect(allSuspect(r)).toBe(true);
    expect(warnings).toContain('overlapping_text');
  });

  it('should leave out a watermark set aslant across the page', async () => {
    const wm = 'q 0.85 g 0.819 0.574 -0.574 0.819 200 300 cm BT /F1 40 Tf 0 0 Td (2024 CONFIDENTIAL) Tj ET Q';
    const { cells, warnings } = await read([{ content: `${table}\n${wm}` }]);
    expect(cells.flat().join(' ')).not.toContain('2024');
    expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
    expect(warnings).toContain('overlapping_text');
  });

  it('should leave out a watermark tiled over the page', async () => {
    const tiles = [0, 1, 2].flatMap((r) => [0, 1].map((c) => text(80 + 200 * c, 690 - 60 * r + 5, 'WM 2025', '0.9 g', 12))).join('\n');
    const { cells, warnings } = await read([{ content: `${table}\n${tiles}` }]);
    expect(cells.flat().join(' ')).not.toContain('2025');
    expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
    expect(warnings).toContain('overlapping_text');
  });

  it('should keep a year repeated in the title and the prose, each a word of its line (no tile)', () => {
    // Chromium's runs: the year a run of its own (another font) between the words around it, at 16 pt.
    const run = (str: string, x: number, y: number, width: number, size = 16): RawTextItem => ({ str, transform: [size, 0, 0, size, x, y], width });
    const title = [run('平潭综合实验区管理委员会', 48, 782, 192), run('2023', 240, 782, 36), run('年政府信息公开工作年度报告', 276, 782, 208)];
    const prose = [[132, 722], [228, 722], [48, 660], [300, 600]].flatMap(([x, y]) => [run('全年', x! - 33, y!, 32), run('2023', x!, y!, 36), run('年度', x! + 37, y!, 32)]);
    const table = Array.from({ length: 30 }, (_, i) => run(String(10 + i), 300 + 40 * (i % 3), 500 - 20 * Math.floor(i / 3), 10, 10));
    expect(dropTiles([...title, ...prose, ...table]).items).toHaveLength(title.length + prose.length + table.length);
    // The same year set alone at the same places is a tiled watermark.
    const alone = [[48, 782], [132, 722], [228, 722], [48, 660], [300, 600]].map(([x, y]) => run('2023', x!, y!, 36));
    expect(dropTiles([...alone, ...table]).items).toHaveLength(table.length);
  });

  it('should not trust a table number beside a number set far larger (a horizontal watermark)', async () => {
    const wm = text(200, 555, '2025', '0.85 g', 40);
    const { cells, warnings } = await read([{ content: `${table}\n${wm}` }]);
    const r = cells.find((c) => c.join('').includes('2025'));
    expect(r?.join('')).toContain('\ufffd');
    expect(warnings).toContain('overlapping_text');
  });

  it('should leave out a run set far larger than the table across its rulings (a horizontal watermark), and keep the cells under it', async () => {
    // Column borders at x 290, 340, 390, 440 over rows 0–7; the 22 pt run crosses three of them on row 3's line.
    const rules = [290, 340, 390, 440].map((x) => `${x} 540 m ${x} 715 l S`).join('\n');
    const wm = text(295, 637, '2024 P1', '0.85 g', 22);
    const { cells, warnings } = await read([{ content: `${table}\n${rules}\n${wm}` }]);
    expect(cells.flat().join(' ')).not.toContain('2024');
    expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
    expect(warnings).toContain('overlapping_text');
    // The same run in black between the rulings (no border crossed) is not left out: it stays conflicting.
    const inCell = text(200, 637, '2024', '0 g', 22);
    const kept = await read([{ content: `${table}\n${rules}\n${inCell}` }]);
    expect(kept.cells.flat().join(' ')).toContain('2024');
  });

  it('should leave out light grey text with digits at the size of the table (a pale watermark), not a dark one', async () => {
    // Between row 3's label and its numbers, at the table's size: read into the row when kept.
    const pale = text(150, 640, 'WM 2024', '0.8 g');
    const { cells, warnings } = await read([{ content: `${table}\n${pale}` }]);
    expect(cells.flat().join(' ')).not.toContain('2024');
    expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
    expect(warnings).toContain('overlapping_text');
    const dark = await read([{ content: `${table}\n${text(150, 640, 'WM 2024', '0.3 g')}` }]);
    expect(dark.cells.flat().join(' ')).toContain('2024');
  });

  it('should not trust a number under other text holding digits at its own size (which is the cell\'s cannot be told)', async () => {
    const { cells, warnings } = await read([{ content: `${table}\n${text(290, 640, 'WM 2024')}` }]);
    const r = row(cells, 'row3')!;
    expect(r.join('')).toContain('\ufffd');
    expect(allSuspect(r.slice(0, 2))).toBe(true);
    expect(warnings).toContain('overlapping_text');
  });

  it('should not take a label whose only digit is its item number, overflowing under a number, for a conflict', async () => {
    // A letter-spaced label ('2 . 其 他 法 律 …') running on under the next cell's '0': its '2' numbers the item.
    const label = [text(100, 500, '2 . otherlawsandrulesforbiddisclosureofthiskindofinfo'), text(300, 500, '0'), text(350, 500, '6'), text(400, 500, '44')].join('\n');
    const { cells, warnings } = await read([{ content: `${table}\n${label}` }]);
    expect(cells.flat().join('')).not.toContain('\ufffd');
    expect(warnings).not.toContain('overlapping_text');
    // A label holding digits besides its number ('2 . 2024 …') is still one.
    const dated = [text(100, 500, '2 . 2024otherlawsandrulesforbiddisclosureofthisinfo'), text(300, 500, '0')].join('\n');
    expect((await read([{ content: `${table}\n${dated}` }])).warnings).toContain('overlapping_text');
  });

  it('should read plain tables, fake bold and an invisible-only text layer as before', async () => {
    const bold = [text(100, 500, 'coercion'), text(300, 500, '79'), text(300.3, 500, '79')].join('\n');
    for (const content of [table, `${table}\n${bold}`, `3 Tr\n${table}`]) {
      const { cells, warnings } = await read([{ content }]);
      expect(row(cells, 'row3')).toEqual(['row3', '13', '23', '33']);
      expect(cells.flat().join('')).not.toContain('\ufffd');
      expect(warnings).not.toContain('overlapping_text');
    }
    const { cells } = await read([{ content: `${table}\n${bold}` }]);
    expect(row(cells, 'coercion')).toEqual(['coercion', '79']);
  });
});
