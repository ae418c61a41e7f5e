/**
 * What real printers, viewers and scanners do to a PDF: pages turned (/Rotate, content drawn
 * rotated), fake bold (text drawn twice), radicals for ideographs (Chromium/Skia subsets), text
 * layers that cannot be decoded. Small PDFs built with `_internal/mini-pdf`; turned copies of a
 * bundled sample with qpdf and Ghostscript when they are installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPdf, type MiniPage } from '../src/_internal/mini-pdf.js';
import { unifyRadicals } from '../src/_internal/radicals.js';
import { compareReport, extract, type Golden } from '../src/index.js';
import { load } from '../src/load/index.js';
import { resolveOptions } from '../src/options.js';
import { readingFrame } from '../src/pdf/orientation.js';
import type { Matrix } from '../src/pdf/graphics-state.js';
import { dropOverprints, pageItems } from '../src/pdf/text-items.js';
import { CORPUS, describeIfExists, ROOT } from './helpers/paths.js';

const text = (x: number, y: number, s: string): string => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;

/** A ruled 3-column table (the one of test/pdf.test.ts) in PDF user space of a 595 × 842 page. */
const TABLE = [
  ...[700, 680, 660, 640].map((y) => `100 ${y} m 400 ${y} l S`),
  ...[100, 200, 300, 400].map((x) => `${x} 700 m ${x} 640 l S`),
  text(105, 685, 'Row'),
  text(205, 685, 'A'),
  text(305, 685, 'Total'),
  text(105, 665, 'First'),
  text(205, 665, '12'),
  text(305, 665, '15'),
  text(105, 645, 'Second'),
  text(205, 645, '7'),
  text(305, 645, '8'),
].join('\n');
const UPRIGHT = [
  ['Row', 'A', 'Total'],
  ['First', '12', '15'],
  ['Second', '7', '8'],
];

async function read(pages: MiniPage[]) {
  return load(buildPdf(pages), resolveOptions({ format: 'pdf' }));
}
const cellsOf = (doc: { lines: { cells: string[] }[] }): string[][] => doc.lines.map((l) => l.cells);
const codes = (doc: { warnings: { code: string }[] }): string[] => doc.warnings.map((w) => w.code);

describe('turned pages', () => {
  it('should read an upright page as it is, without a warning', async () => {
    const doc = await read([{ content: TABLE }]);
    expect(cellsOf(doc)).toEqual(UPRIGHT);
    expect(codes(doc)).not.toContain('pdf_page_rotated');
  });

  it.each([90, 180, 270])('should read a page saved with /Rotate %i as its upright content, and warn', async (rotate) => {
    const doc = await read([{ content: TABLE, rotate }]);
    expect(cellsOf(doc)).toEqual(UPRIGHT);
    expect(doc.warnings.find((w) => w.code === 'pdf_page_rotated')?.message).toMatch(/^page 1:/);
  });

  // Content drawn turned on the page (what Ghostscript writes for a /Rotate page, or a scanner's 180°).
  const turned: [number, string, number, number][] = [
    [90, '0 -1 1 0 0 595', 842, 595],
    [180, '-1 0 0 -1 595 842', 595, 842],
    [270, '0 1 -1 0 842 0', 842, 595],
  ];
  it.each(turned)('should read content drawn turned by %i° as upright', async (_deg, cm, width, height) => {
    const doc = await read([{ content: `q ${cm} cm\n${TABLE}\nQ`, width, height }]);
    expect(cellsOf(doc)).toEqual(UPRIGHT);
    expect(codes(doc)).toContain('pdf_page_rotated');
  });

  /** `cm` operands turning content by `deg` degrees (counter-clockwise as displayed) about the table's middle. */
  const tiltCm = (deg: number): string => {
    const a = (deg * Math.PI) / 180;
    const [c, s, cx, cy] = [Math.cos(a), Math.sin(a), 250, 670];
    return `${c} ${s} ${-s} ${c} ${cx - c * cx + s * cy} ${cy - s * cx - c * cy}`;
  };
  const RULES = TABLE.split('\n').filter((l) => l.endsWith(' S')).join('\n');
  const TEXTS = TABLE.split('\n').filter((l) => !l.endsWith(' S')).join('\n');

  // Issue 17 (breakit30 skew3): a page placed at an angle; each row's label and numbers fell in different grid rows.
  it.each([0.75, -1.2, 3])('should read content tilted by %s° as upright, and warn', async (deg) => {
    const doc = await read([{ content: `q ${tiltCm(deg)} cm\n${TABLE}\nQ` }]);
    expect(cellsOf(doc)).toEqual(UPRIGHT);
    expect(codes(doc)).toContain('pdf_page_rotated');
  });

  it('should not trust the numbers of a table whose lines lean while its text is upright', async () => {
    const doc = await read([{ content: `q ${tiltCm(0.8)} cm\n${RULES}\nQ\n${TEXTS}` }]);
    expect(codes(doc)).toContain('pdf_table_tilted');
    expect(cellsOf(doc).flat().filter((c) => /^\d+$/.test(c))).toEqual([]);
  });

  it('should not turn a page for a minority of rotated labels', () => {
    const run = (str: string, transform: Matrix) => ({ str, transform });
    const display = { transform: [1, 0, 0, -1, 0, 842] as Matrix, width: 595, height: 842 };
    const upright = Array.from({ length: 6 }, (_, i) => run('一二三四五', [10, 0, 0, 10, 100, 700 - 20 * i]));
    expect(readingFrame([...upright, run('一二三四五六七', [0, 10, -10, 0, 50, 600])], display).rotation).toBe(0);
    expect(readingFrame([run('一二', [10, 0, 0, 10, 100, 700]), run('一二三四五六七', [0, 10, -10, 0, 50, 600])], display).rotation).toBe(270);
  });
});

describe('fake bold (overprinted text)', () => {
  const bold = (x: number, y: number, s: string, dx: number): string => `${text(x, y, s)}\n${text(x + dx, y, s)}`;

  it.each([0, 0.35, 0.5])('should read numbers drawn twice %s pt apart once', async (dx) => {
    const content = [text(100, 700, 'Label'), bold(200, 700, '1286', dx), bold(260, 700, '57', dx), text(320, 700, '3')].join('\n');
    expect(cellsOf(await read([{ content }]))).toEqual([['Label', '1286', '57', '3']]);
  });

  it('should keep the same number printed in two neighbouring cells', () => {
    const it = (x: number, str: string) => ({ str, x, top: 100, width: 10, height: 10, size: 10 });
    expect(dropOverprints([it(100, '12'), it(112, '12')]).map((i) => i.x)).toEqual([100, 112]);
    // A run repeating part of a longer run at its place is an overprint too.
    expect(dropOverprints([{ ...it(100, '1286'), width: 20 }, { ...it(110.3, '86'), width: 10 }]).map((i) => i.str)).toEqual(['1286']);
  });
});

describe('radicals for ideographs (Chromium/Skia subsets)', () => {
  it('should map CJK Radicals Supplement and Kangxi radicals to their ideographs', () => {
    expect(unifyRadicals('⻓⻘县⻩⻰镇人⺠政府')).toBe('长青县黄龙镇人民政府');
    expect(unifyRadicals('⼀⼈⻔⻢')).toBe('一人门马');
    expect(unifyRadicals('青禾县 2024')).toBe('青禾县 2024');
  });

  it('should map them in PDF text items', () => {
    const items = pageItems([{ str: '⻓⻘县⻩⻰镇人⺠政府', transform: [10, 0, 0, 10, 100, 700], width: 90 }], [1, 0, 0, -1, 0, 842]);
    expect(items.map((i) => i.str)).toEqual(['长青县黄龙镇人民政府']);
  });
});

describe('text layers that cannot be decoded', () => {
  // Glyph codes of a font without ToUnicode come out as Latin-1 letters and symbols.
  const garbage = '\\341\\365\\351\\253 \\310\\307\\2622 \\267\\244\\374\\261 \\241\\306\\325\\322';

  it('should say OCR is needed when every page is undecodable', async () => {
    const content = Array.from({ length: 8 }, (_, i) => text(100, 700 - 20 * i, garbage)).join('\n');
    await expect(read([{ content }, { content }])).rejects.toMatchObject({ code: 'E_PDF_NO_TEXT', message: expect.stringMatching(/cannot be decoded.*OCR/) });
  });

  it('should leave out an undecodable page of an otherwise readable PDF and name it', async () => {
    const readable = Array.from({ length: 8 }, (_, i) => text(100, 700 - 20 * i, `Readable line number ${i} of the report`)).join('\n');
    const bad = Array.from({ length: 8 }, (_, i) => text(100, 700 - 20 * i, garbage)).join('\n');
    const doc = await read([{ content: readable }, { content: bad }]);
    expect(doc.warnings.find((w) => w.code === 'pdf_text_undecodable')?.message).toMatch(/^page 2:/);
    expect(doc.lines.every((l) => l.source.page === 1)).toBe(true);
  });
});

/** True when the command runs (qpdf / gs installed). */
const has = (cmd: string): boolean => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

(has('qpdf') && has('gs') ? describe : describe.skip)('turned copies of a sample (qpdf, Ghostscript)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-turn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sample = join(ROOT, 'samples', 'pdf-libreoffice-word.pdf');
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'pdf-libreoffice-word.golden.json'), 'utf8')) as Golden;

  it.each([
    ['qpdf --rotate=+90', 90, false],
    ['Ghostscript re-print of a /Rotate 270 page', 270, true],
  ])('should read the %s as the upright original', async (_name, rotate, reprint) => {
    const turned = join(dir, `r${rotate}.pdf`);
    execFileSync('qpdf', [`--rotate=+${rotate}`, sample, turned]);
    let file = turned;
    if (reprint) {
      file = join(dir, `g${rotate}.pdf`);
      execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${file}`, turned]);
    }
    const report = await extract(file);
    const cmp = compareReport(file, report, golden);
    expect(cmp.fields.filter((f) => !f.ok)).toEqual([]);
    expect(cmp.meta).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain('pdf_page_rotated');
  });
});

describe('touching cells (text-object boundaries)', () => {
  it('should split numbers of touching cells drawn as separate text objects', async () => {
    // '23' right-aligned ending at x=209 (Helvetica digits are 5.56 pt at 10 pt), '4' left-aligned from there.
    const bt = (x: number, s: string): string => `BT /F1 10 Tf 1 0 0 1 ${x} 700 Tm (${s}) Tj ET`;
    const content = [bt(20, 'Requests received this year'), bt(197.88, '23'), bt(209, '4'), bt(260, '01'), bt(271.12, '5'), bt(400, '7')].join('\n');
    // Three number items are needed before the page is taken as a table page.
    expect(cellsOf(await read([{ content }]))).toEqual([['Requests received this year', '23', '4', '01', '5', '7']]);
  });

  it('should start a cell at a number item that starts a text object touching the previous number', async () => {
    // Chromium, cells without padding: '19' right-aligned ends where '16' (another font subset, so
    // another pdf.js item) starts its own text object.
    const { cutAtTextObjects } = await import('../src/pdf/text-objects.js');
    const { itemsToLines } = await import('../src/pdf/pdf-lines.js');
    const it = (x: number, str: string) => ({ str, x, top: 90, width: 6 * str.length, height: 12, size: 12 });
    const items = [it(20, 'Requests received'), it(362.1, '19'), it(374.1, '16')];
    expect(itemsToLines(items)[0]!.cells).toEqual(['Requests received', '1916']);
    const starts = [{ x: 20, y: 101 }, { x: 362.1, y: 101 }, { x: 374.1, y: 101 }];
    expect(itemsToLines(cutAtTextObjects(items, starts))[0]!.cells).toEqual(['Requests received', '19', '16']);
  });

  it('should not cut where a producer writes every glyph as its own text object', async () => {
    const { cutAtTextObjects } = await import('../src/pdf/text-objects.js');
    const item = { str: '1286', x: 100, top: 90, width: 20, height: 10, size: 10 };
    expect(cutAtTextObjects([item], [{ x: 105, y: 100 }]).map((i) => i.str)).toEqual(['1', '286']);
    const perGlyph = [100, 105, 110, 115].map((x) => ({ x, y: 100 }));
    expect(cutAtTextObjects([item], perGlyph).map((i) => i.str)).toEqual(['1286']);
  });

  it('should place the numbers of cells pdf.js joined into one item where their text objects start', async () => {
    // Digits set at Tz 160 (reportlab): pdf.js joined '20278 2157 568' (one space per 3 em gap); cut
    // by character share, '2157' landed 8 pt right of its cell and '568' 15 pt left of its own.
    const { cutAtTextObjects } = await import('../src/pdf/text-objects.js');
    const { splitNumberRuns } = await import('../src/pdf/pdf-lines.js');
    const joined = { str: '20278 2157 568', x: 237.3, top: 459.7, width: 128.6, height: 9, size: 9 };
    const parts = splitNumberRuns(joined);
    expect(parts.map((p) => Math.round(p.x))).toEqual([237, 292, 338]);
    const starts = [237.3, 284.3, 324.2].map((x) => ({ x, y: 468.7 }));
    const placed = cutAtTextObjects([{ str: '规章', x: 51, top: 459.7, width: 18, height: 9, size: 9 }, ...parts], starts);
    expect(placed.slice(1).map((p) => [p.str, Math.round(p.x), p.objectEdge])).toEqual([['20278', 237, true], ['2157', 284, true], ['568', 324, true]]);
    expect(placed.slice(1).every((p, k, all) => k === 0 || all[k - 1]!.x + all[k - 1]!.width <= p.x)).toBe(true);
    // Starts that do not match the parts one for one say nothing: the parts stay where the cut put them.
    expect(cutAtTextObjects(parts, starts.slice(0, 2)).map((p) => Math.round(p.x))).toEqual([237, 292, 338]);
  });

  it('should place the numbers after a label in one run by the label\'s ideographs, not by character share', async () => {
    // LibreOffice's .doc print of a row set as one paragraph: '规章 16 3 7', label and numbers one space
    // (Noto Sans CJK, 0.22 em) apart; the numbers' text object starts at 309.6. By character share '16'
    // started a digit early (300.3) and was cut '规章1' | '6'; the ideographs 1 em each, the rest shared.
    const { splitNumberRuns } = await import('../src/pdf/pdf-lines.js');
    const parts = splitNumberRuns({ str: '规章 16 3 7', x: 286.3, top: 387, width: 51.3, height: 10.5, size: 10.5 });
    expect(parts.map((p) => p.str)).toEqual(['规章', '16', '3', '7']);
    expect(parts.map((p) => Math.round(p.x))).toEqual([286, 312, 325, 333]);
    // '16' starts after the label's two ideographs (307.3), within half a digit of where it was drawn (309.6).
    expect(parts[1]!.x).toBeGreaterThan(286.3 + 2 * 10.5);
    expect(Math.abs(parts[1]!.x - 309.6)).toBeLessThan(0.5 * 5.84);
  });

  it('should cut where a scan of every text-object start cuts (starts looked up by baseline)', async () => {
    const fc = (await import('fast-check')).default;
    const { cutAtTextObjects } = await import('../src/pdf/text-objects.js');
    type It = { str: string; x: number; top: number; width: number; height: number; size: number };
    // The cut as it was written first: every start tried against every number item.
    const byScan = (items: It[], starts: { x: number; y: number }[]): string[] =>
      items.flatMap((it) => {
        if (!/^\d/.test(it.str)) return [it.str];
        const perChar = it.width / it.str.trimEnd().length;
        const cuts = new Set<number>();
        let edge = false;
        for (const s of starts) {
          if (s.y < it.top || s.y > it.top + it.height * 1.2) continue;
          const k = (s.x - it.x) / perChar;
          const at = Math.round(k);
          if (at === 0 && Math.abs(k) <= 0.25) edge = true;
          else if (/^\d{2,}$/.test(it.str) && at > 0 && at < it.str.length && Math.abs(k - at) <= 0.25) cuts.add(at);
        }
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), it.str.length];
        return cuts.size === 0 ? [`${it.str}${edge ? '|e' : ''}`] : bounds.slice(1).map((end, i) => `${it.str.slice(bounds[i], end)}${i > 0 ? '|s' : edge ? '|e' : ''}`);
      });
    const shown = (items: ReturnType<typeof cutAtTextObjects>): string[] => items.map((i) => `${i.str}${i.objectStart ? '|s' : i.objectEdge ? '|e' : ''}`);
    const y = fc.oneof(fc.integer({ min: 80, max: 130 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 90, 100, 102, 114.4));
    const item = fc.record({ str: fc.constantFrom('1286', '19', '7', '2023年', '总计', '100 '), x: fc.integer({ min: 90, max: 130 }), top: fc.oneof(fc.integer({ min: 80, max: 120 }), fc.constant(Number.NaN)), width: fc.integer({ min: 5, max: 30 }), height: fc.oneof(fc.integer({ min: 8, max: 14 }), fc.constant(Number.NaN)), size: fc.constant(10) });
    let cut = 0;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.array(fc.record({ x: fc.integer({ min: 90, max: 160 }), y }), { maxLength: 12 }), (items, starts) => {
        // Many items per start: the page is not one whose producer writes a text object per glyph.
        const page = [...items, { str: '示例市政府信息公开工作年度报告示例市政府信息公开工作年度报告', x: 0, top: 0, width: 300, height: 10, size: 10 }];
        const got = shown(cutAtTextObjects(page, starts));
        const want = starts.length === 0 ? page.map((i) => i.str) : byScan(page, starts);
        if (got.some((s) => s.includes('|'))) cut++;
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(cut).toBeGreaterThan(100);
  });
});

describe('bevelled borders (Chromium, <table border="1">)', () => {
  it('should read a table whose sides are mitred quadrilaterals, outer and cell borders 2.5 pt apart', async () => {
    // Each side a filled 1 pt trapezoid; the table frame 2.5 pt outside the cell borders (cellspacing).
    const vSide = (x: number, y1: number, y2: number): string => `${x} ${y1} m ${x + 1} ${y1 + 1} l ${x + 1} ${y2 - 1} l ${x} ${y2} l h f`;
    const hSide = (y: number, x1: number, x2: number): string => `${x1} ${y} m ${x2} ${y} l ${x2 - 1} ${y + 1} l ${x1 + 1} ${y + 1} l h f`;
    const borders = [
      ...[97.5, 402.5].map((x) => vSide(x, 637.5, 702.5)),
      ...[637.5, 702.5].map((y) => hSide(y, 97.5, 402.5)),
      ...[100, 200, 300, 400].map((x) => vSide(x, 640, 700)),
      ...[640, 660, 680, 700].map((y) => hSide(y, 100, 400)),
    ];
    const texts = [text(105, 685, 'Row'), text(205, 685, 'A'), text(305, 685, 'Total'), text(105, 665, 'First'), text(205, 665, '12'), text(305, 665, '15'), text(105, 645, 'Second'), text(205, 645, '7'), text(305, 645, '8')];
    const doc = await read([{ content: [...borders, ...texts].join('\n') }]);
    expect(cellsOf(doc)).toEqual(UPRIGHT);
    expect(doc.lines.every((l) => l.source.strategy === 'ruled')).toBe(true);
  });
});

describe('tables pasted as pictures (table_is_image)', () => {
  // samples/html-image-tables.html with its three tables as screenshots and a seal by the
  // signature, printed by Chromium (scripts/make-table-image-pdf.mjs): tables 二 and 三 are
  // pictures on page 1, table 四 on page 2, under their headings; the seal is on page 2 too.
  const fixture = join(ROOT, 'test', 'fixtures', 'pdf-table-images.pdf');

  it('should warn table_is_image naming the pages whose tables are pictures', async () => {
    const doc = await load(new Uint8Array(readFileSync(fixture)), resolveOptions({ format: 'pdf' }));
    expect(doc.warnings.find((w) => w.code === 'table_is_image')?.message).toMatch(/^pages 1, 2: /);
    expect(doc.lines.some((l) => l.cells.join('').includes('存在的主要问题'))).toBe(true);
  });

  it('should leave every table field of that report missing, never invented (golden of the HTML page)', async () => {
    const report = await extract(fixture);
    expect(report.warnings.map((w) => w.code)).toContain('table_is_image');
    const golden = JSON.parse(readFileSync(join(ROOT, 'golden', 'html-image-tables.golden.json'), 'utf8')) as Golden;
    expect(compareReport(fixture, report, golden).fields.filter((f) => !f.ok)).toEqual([]);
  });

  it('should not take a seal, a logo or a thin banner for a table', async () => {
    const { tableSizedImages, hasTableHeading } = await import('../src/pdf/table-images.js');
    const a4 = { width: 595, height: 842 };
    expect(tableSizedImages([{ x: 400, y: 600, width: 68, height: 68 }], a4)).toEqual([]); // seal
    expect(tableSizedImages([{ x: 0, y: 0, width: 595, height: 30 }], a4)).toEqual([]); // banner
    expect(tableSizedImages([{ x: 72, y: 300, width: 450, height: 73 }], a4)).toHaveLength(1); // a 4-row table
    expect(hasTableHeading(['四、政府信息公开行政复议、', '行政诉讼情况'])).toBe(true);
    expect(hasTableHeading(['五、存在的主要问题及改进情况'])).toBe(false);
  });

  it('should not warn on a text PDF whose tables are text', async () => {
    const doc = await load(new Uint8Array(readFileSync(join(ROOT, 'samples', 'pdf-chromium-web.pdf'))), resolveOptions({ format: 'pdf' }));
    expect(codes(doc)).not.toContain('table_is_image');
  });
});

/**
 * The real corpus PDFs (WPS, ../shared/corpus) turned as viewers and scanners turn them: read as
 * their upright originals. One turn per file (rotations spread over the files) to keep it fast.
 */
describeIfExists(CORPUS)('turned copies of the corpus PDFs (qpdf, Ghostscript)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-turn-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string, number, boolean][] = [
    ['hongze-2023', 90, false],
    ['hongze-2024', 180, true],
    ['huaian-2024', 270, false],
  ];
  const run = has('qpdf') && has('gs') ? it.each(cases) : it.skip.each(cases);
  run('should read %s turned by %i° (Ghostscript re-print: %s) as the upright original', async (name, rotate, reprint) => {
    const original = join(CORPUS, name, 'report.pdf');
    const turned = join(dir, `${name}-r${rotate}.pdf`);
    execFileSync('qpdf', [`--rotate=+${rotate}`, original, turned]);
    let file = turned;
    if (reprint) {
      // Ghostscript draws the turned content into upright pages (no /Rotate left).
      file = join(dir, `${name}-g${rotate}.pdf`);
      execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${file}`, turned]);
    }
    const golden = JSON.parse(readFileSync(join(CORPUS, name, 'golden.json'), 'utf8')) as Golden;
    const report = await extract(file);
    expect(compareReport(file, report, golden).fields.filter((f) => !f.ok)).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain('pdf_page_rotated');
  });
});

describe('drawn spaces between numbers (a row set as one line of text)', () => {
  /** /F2: digits 0.556 em, a space of `space` em (a CJK font's narrow space), mapped to their characters. */
  const font = (space: number) => ({
    widths: { 0x20: space * 1000, ...Object.fromEntries([...'0123456789'].map((d) => [d.charCodeAt(0), 556])) },
    toUnicode: { 0x20: ' ', ...Object.fromEntries([...'0123456789'].map((d) => [d.charCodeAt(0), d])) },
  });
  const page = (row: string): MiniPage => ({
    content: [text(20, 700, 'Requests received'), `BT /F2 10 Tf 1 0 0 1 200 700 Tm (${row}) Tj ET`, text(20, 680, 'Other'), text(200, 680, '7'), text(260, 680, '8'), text(320, 680, '9')].join('\n'),
    f2: font(0.08),
  });

  it('should cut a digit run where a space narrower than any gap pdf.js notices was drawn', async () => {
    expect(cellsOf(await read([page('10 5 16')]))[0]).toEqual(['Requests received', '10', '5', '16']);
  });

  it('should keep a number drawn without spaces whole', async () => {
    expect(cellsOf(await read([page('10516')]))[0]).toEqual(['Requests received', '10516']);
  });

  it('should start a cell at a number item a drawn space ends before, though the gap is narrower than a cell gap', async () => {
    const { markDrawnSpaces } = await import('../src/pdf/drawn-spaces.js');
    const { itemsToLines } = await import('../src/pdf/pdf-lines.js');
    // Noto Sans CJK at 12 pt: digits 6 pt, a space 3 pt (0.25 em, under the 0.3 em number gap).
    const it = (x: number, str: string) => ({ str, x, top: 90, width: 6 * str.length, height: 12, size: 12 });
    const items = [it(61.5, '10'), it(76.5, '5'), it(85.5, '16')];
    expect(itemsToLines(items)[0]!.cells).toEqual(['10516']);
    const spaces = [{ x: 73.5, y: 102, advance: 3 }, { x: 82.5, y: 102, advance: 3 }];
    expect(itemsToLines(markDrawnSpaces(items, spaces))[0]!.cells).toEqual(['10', '5', '16']);
    // A space elsewhere on the line (before the label, another baseline) changes nothing.
    expect(itemsToLines(markDrawnSpaces(items, [{ x: 40, y: 102, advance: 3 }, { x: 73.5, y: 60, advance: 3 }]))[0]!.cells).toEqual(['10516']);
  });

  it('should take a drawn space up to half an em off for a number cut from a run at pdf.js\'s space', async () => {
    const { markDrawnSpaces } = await import('../src/pdf/drawn-spaces.js');
    // '行政规范性文件 14 12 3' (LibreOffice, 10.5 pt): '12' placed by estimate at 348.7, the space before it drawn 344.7–347.0.
    const part = { str: '12', x: 348.7, top: 372, width: 9, height: 10.5, size: 10.5 };
    const space = [{ x: 344.7, y: 381.5, advance: 2.3 }];
    expect(markDrawnSpaces([{ ...part, spacedGap: 3 }], space)[0]!.spaceBefore).toBe(true);
    // An item not cut at pdf.js's space keeps the narrow tolerance (0.15 em).
    expect(markDrawnSpaces([part], space)[0]!.spaceBefore).toBeUndefined();
  });
});

describe('numbers across a ruling (touching cells re-printed as one run)', () => {
  it('should cut a number item where a column ruling of its table runs through it', async () => {
    // Column A right-aligned, Total left-aligned, no padding: '12' ends on the ruling at x=300 and
    // '15' starts there, written as one run '1215' (Helvetica digits 5.56 pt at 10 pt).
    const rulings = [...[700, 680, 660, 640].map((y) => `100 ${y} m 400 ${y} l S`), ...[100, 200, 300, 400].map((x) => `${x} 700 m ${x} 640 l S`)];
    const texts = [text(105, 685, 'Row'), text(205, 685, 'A'), text(305, 685, 'Total'), text(105, 665, 'First'), text(288.88, 665, '1215'), text(105, 645, 'Second'), text(294.44, 645, '78')];
    // A page is read for rulings when it has three number items (a page number, a note's numbers).
    const notes = [text(105, 600, '5'), text(205, 600, '6'), text(305, 600, '9')];
    const doc = await read([{ content: [...rulings, ...texts, ...notes].join('\n') }]);
    expect(cellsOf(doc)).toEqual([
      ['Row', 'A', 'Total'],
      ['First', '12', '15'],
      ['Second', '7', '8'],
      ['5', '6', '9'],
    ]);
  });

  it('should cut at the character boundary nearest the ruling, and not at all next to the item\'s ends', async () => {
    const { cutAtColumns } = await import('../src/pdf/cross-rulings.js');
    const cellsOn = (xs: number[]) => xs.slice(1).map((x2, col) => ({ row: 0, col, rowSpan: 1, colSpan: 1, x1: xs[col]!, y1: 600, x2, y2: 700 }));
    const grid = { xs: [100, 200, 300], ys: [600, 700], cells: cellsOn([100, 200, 300]) };
    const item = (x: number) => ({ str: '1215', x, top: 640, width: 22.24, height: 10, size: 10 });
    expect(cutAtColumns([item(188.88)], grid).map((i) => i.str)).toEqual(['12', '15']);
    // Ghostscript re-print: the ruling 1.3 characters into '05' (widths and the ruling's width).
    expect(cutAtColumns([{ str: '05', x: 370.87, top: 640, width: 12, height: 12, size: 12 }], { ...grid, xs: [348.9, 378.9, 406.9], cells: cellsOn([348.9, 378.9, 406.9]) }).map((i) => i.str)).toEqual(['0', '5']);
    expect(cutAtColumns([item(198)], grid).map((i) => i.str)).toEqual(['1215']);
    expect(cutAtColumns([item(178.5)], grid).map((i) => i.str)).toEqual(['1215']);
  });

  it('should not cut a number where only another row draws a boundary (rows printed as boxes of their own)', async () => {
    const { cutAtColumns } = await import('../src/pdf/cross-rulings.js');
    // Row 0 a box 100–200 ('规章 16 3 7'), row 1 a wider box 80–260 whose '14' the row-0 box's edge at 200 runs past.
    const grid = {
      xs: [80, 100, 200, 260],
      ys: [600, 620, 640],
      cells: [{ row: 0, col: 1, rowSpan: 1, colSpan: 1, x1: 100, y1: 600, x2: 200, y2: 620 }, { row: 1, col: 0, rowSpan: 1, colSpan: 3, x1: 80, y1: 620, x2: 260, y2: 640 }],
    };
    expect(cutAtColumns([{ str: '14', x: 195, top: 625, width: 10, height: 10, size: 10 }], grid).map((i) => i.str)).toEqual(['14']);
    expect(cutAtColumns([{ str: '14', x: 195, top: 605, width: 10, height: 10, size: 10 }], grid).map((i) => i.str)).toEqual(['1', '4']);
  });
});
