/**
 * A compact borderless table 二 (cells 3 px inside their edges, Chromium at 14 pt): pdf.js joins the header's
 * cells into runs with a space where a cell ended ('本年制发件数 本年废', '止', '件数 现', …) and a row's label
 * with its first number ('件 25'). itemsToLines must give the header words and the label and number as cells
 * of their own, each where its characters are.
 */
import { itemsToLines, type PdfItem } from '../src/pdf/pdf-lines.js';

const SIZE = 12;
/** An item at x whose ideographs are one em and narrow characters (digits, spaces) `narrow` pt each. */
const item = (str: string, x: number, top: number, narrow = 4.5): PdfItem => {
  const wide = [...str].filter((c) => /\p{Script=Han}/u.test(c)).length;
  return { str, x, top, width: wide * SIZE + (str.length - wide) * narrow, height: SIZE, size: SIZE };
};

describe('compact table 二: cells a space apart in one pdf.js run', () => {
  it('should cut a run of table 二 column words into its words at their places', () => {
    const x0 = 125.26;
    const head = [item('信息内容', 36.75, 264), item('本年制发件数 本年废', x0, 264), item('止', x0 + 112.5, 264), item('件数 现', x0 + 124.5, 264), item('行', x0 + 153, 264), item('有效件数', x0 + 165, 264)];
    const [line] = itemsToLines(head);
    expect(line!.cells).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(line!.xs[2]).toBeCloseTo(x0 + 76.5, 0);
    expect(line!.xs[3]).toBeCloseTo(x0 + 153, 0);
  });

  it('should cut a whole row label and the number a space after it', () => {
    const [line] = itemsToLines([item('行', 36.75, 307), item('政规范性', 48.75, 307), item('文', 96.75, 307), item('件 25', 108.75, 307, 5.9), item('3', 201.77, 307)]);
    expect(line!.cells).toEqual(['行政规范性文件', '25', '3']);
    expect(line!.xs[1]).toBeGreaterThan(120.75);
  });

  it('should leave other text with a number after a space as it is', () => {
    const [line] = itemsToLines([item('全年共收到申请 25', 36.75, 307, 5.9)]);
    expect(line!.cells).toEqual(['全年共收到申请 25']);
  });
});
