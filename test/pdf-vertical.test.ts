/**
 * Vertical writing in a PDF (issue 17: read text in the direction its glyphs run): Chromium prints a
 * `writing-mode: vertical-rl` table as upright ideographs one glyph per run, stacked at 1 em, and
 * its numbers as runs turned to run down the page; lines follow each other right to left. Boxes
 * below are written by hand in the shape Chromium printed them (pt, size 8).
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';
import { itemBox } from '../src/pdf/text-items.js';
import { turnVerticalBlocks, verticalBlocks } from '../src/pdf/vertical-text.js';

const S = 8;
/** An upright text run (one line of horizontal text, or one stacked glyph). */
const upright = (str: string, x: number, top: number): PdfItem => ({ str, x, top, width: S * str.length, height: S, size: S });
/** A vertical line of text at `x` from `top`: each ideograph a run of its own 1 em below the last, each number a run turned to run down. */
function column(x: number, top: number, parts: readonly string[], advance = S): PdfItem[] {
  const out: PdfItem[] = [];
  let y = top;
  for (const p of parts) {
    if (/^\d+$/.test(p)) {
      y += 2 * S; // the cell's padding
      out.push({ str: p, x, top: y, width: S, height: (S / 2) * p.length, size: S, down: true });
      y += (S / 2) * p.length;
    } else {
      for (const ch of p) {
        out.push(upright(ch, x, y));
        y += advance;
      }
    }
  }
  return out;
}

const before = upright('二、主动公开政府信息情况', 40, 60);
const after = upright('三、收到和处理政府信息公开申请情况', 40, 400);
// Right to left: the first row of the table is the rightmost line.
const table = [...column(300, 100, ['规章', '10', '5', '16']), ...column(270, 100, ['行政规范性文件', '20', '13', '17'])];

describe('vertical writing: runs whose baseline runs down the page', () => {
  const display: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 842];
  it('should mark a number Chromium turned in vertical writing (transform [0 -8 8 0]) and not an upright one', () => {
    expect(itemBox('4408', [0, -8, 8, 0, 205.5, 435.8], 16, display)).toMatchObject({ down: true, width: 8, height: 16 });
    expect(itemBox('4408', [8, 0, 0, 8, 205.5, 435.8], 16, display).down).toBeUndefined();
  });
});

describe('vertical writing: a vertical-rl block is read turned, in place on the page', () => {
  it('should read each vertical line as a row, right to left becoming top to bottom, between the text above and below', () => {
    const { items, turned } = turnVerticalBlocks([before, ...table, after], null);
    expect(turned).toBe(true);
    expect(itemsToLines(items).map((l) => l.cells)).toEqual([['二、主动公开政府信息情况'], ['规章', '10', '5', '16'], ['行政规范性文件', '20', '13', '17'], ['三、收到和处理政府信息公开申请情况']]);
  });

  it('should read letter-spaced vertical writing (ideographs stacked 1.5 em apart) with its block, labels and numbers in one row', () => {
    // letter-spacing: .5em in a vertical-rl cell: each label's glyphs 1.5 em apart, as far as an upright header wrapped one per line.
    const spaced = [...column(300, 100, ['规章', '10', '5', '16'], 1.5 * S), ...column(270, 100, ['行政规范性文件', '20', '13', '17'], 1.5 * S)];
    const { items, turned } = turnVerticalBlocks([before, ...spaced, after], null);
    expect(turned).toBe(true);
    expect(itemsToLines(items).map((l) => l.cells.map((c) => c.replace(/\s/g, '')))).toEqual([['二、主动公开政府信息情况'], ['规章', '10', '5', '16'], ['行政规范性文件', '20', '13', '17'], ['三、收到和处理政府信息公开申请情况']]);
  });

  it('should read the vertical presentation forms of a turned block as the brackets and punctuation they stand for', () => {
    const forms = [...column(300, 100, ['︵三︶不予公开', '1', '0', '1']), ...column(270, 100, ['规章︑文件', '20', '13', '17'])];
    const { items } = turnVerticalBlocks([before, ...forms, after], null);
    const text = itemsToLines(items).map((l) => l.cells.join(' ')).join('\n');
    expect(text).toContain('(三)不予公开');
    expect(text).toContain('规章、文件');
    expect(text).not.toMatch(/[\uFE10-\uFE19\uFE30-\uFE4F]/);
  });

  it('should turn the rulings inside the block with it', () => {
    const rulings = { horizontal: [{ x1: 260, y1: 95, x2: 312, y2: 95 }], vertical: [{ x1: 285, y1: 95, x2: 285, y2: 240 }] };
    const out = turnVerticalBlocks([before, ...table, after], rulings).rulings!;
    // The line between the two vertical lines (x 285) now runs between the two rows, left to right.
    expect(out.horizontal).toHaveLength(1);
    expect(out.vertical).toHaveLength(1);
    expect(out.horizontal[0]!.x2 - out.horizontal[0]!.x1).toBeCloseTo(145);
  });

  it('should leave an upright page alone: a header wrapped one character per line stacks at its line height, and its numbers stand upright', () => {
    const header = column(300, 100, ['商业企业'], 1.3 * S).map((it) => it);
    const numbers = [upright('12', 300, 200), upright('7', 340, 200), upright('19', 380, 200)];
    expect(verticalBlocks([before, ...header, ...numbers, after])).toEqual([]);
    const { items, turned } = turnVerticalBlocks([before, ...header, ...numbers, after], null);
    expect(turned).toBe(false);
    expect(items).toEqual([before, ...header, ...numbers, after]);
  });

  it('should not take a few sideways labels in an upright table for vertical writing', () => {
    const sideways = [{ ...upright('不予公开', 50, 200), width: S, height: 4 * S, down: true }];
    expect(verticalBlocks([before, ...sideways, upright('1.属于国家秘密 0 0 0', 70, 200), after])).toEqual([]);
  });
});
