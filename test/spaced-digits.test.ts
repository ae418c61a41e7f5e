/**
 * Letter-spaced numbers in a `pdftotext -layout` dump (layout/spaced-digits.ts; scripts/turned-ptt-variants.mjs looks,
 * breakit58 ptt-layout-rot270odd): closed up where the line's gaps decide, in doubt where they do not.
 */
import { closeSpacedDigits } from '../src/layout/spaced-digits.js';

describe('closeSpacedDigits', () => {
  const spaced = [
    '规章              1 5         2 0        7',
    '政府集中采购       2 0             8 7 4 2 . 7 3',
    '行政处罚           1 4 4        2        2 0 4',
  ];
  it('closes up numbers whose digits stand one gap apart when wider gaps part the cells', () => {
    const r = closeSpacedDigits(spaced);
    expect(r.lines.map((l) => l.trim().split(/ +/))).toEqual([['规章', '15', '20', '7'], ['政府集中采购', '20', '8742.73'], ['行政处罚', '144', '2', '204']]);
  });
  it('puts a line of evenly spaced digits in doubt in a letter-spaced document', () => {
    const r = closeSpacedDigits([...spaced, '（七）总计     1 4 1']);
    expect(r.lines[3]).toBe('（七）总计     1 4 1');
    expect([...r.doubt]).toEqual([3]);
  });
  it('leaves a document printing its numbers whole as it is', () => {
    const lines = ['规章   15   20   7', '行政许可   4938   5   1740', '行政处罚   144   2   204', '（七）总计   1 4 1'];
    expect(closeSpacedDigits(lines)).toEqual({ lines, doubt: new Set() });
  });
  it('reads nothing by gaps near cells as close as the spacing (a 0 before a digit)', () => {
    const r = closeSpacedDigits([...spaced, '二、上年结转   4   1 0 0   0 3']);
    expect(r.lines.slice(0, 3)).toEqual(spaced);
    expect(r.doubt.has(0)).toBe(true);
  });
});
